// Process configuration from the environment, validated once at start.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const databaseUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^/\s]+(\/[^\s]*)?$/.test(v) || v === 'memory://' || /^(file:)?[^:]*$/.test(v), {
    message: 'must be postgres://user@host:port/db, memory:// or a folder path',
  })
  .refine((v) => !v.startsWith('postgres') || URL.canParse(v), { message: 'is not a valid PostgreSQL URL' });

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const DEV_PAYMENT_SECRET = 'whsec_ZGV2LXBheW1lbnRzLXdlYmhvb2stc2VjcmV0LWNoYW5nZS1tZQ==';
const DEV_SDI_SECRET = 'whsec_ZGV2LXNkaS13ZWJob29rLXNlY3JldC1jaGFuZ2UtbWU=';
/** Dev-only webhook secrets (public, in the README): accepted outside production, refused in it. */
export const DEV_WEBHOOK_SECRETS = { PAYMENT_WEBHOOK_SECRET: DEV_PAYMENT_SECRET, SDI_WEBHOOK_SECRET: DEV_SDI_SECRET } as const;

/** A Standard Webhooks secret: `whsec_` and the base64 of 24 to 64 random bytes. */
const webhookSecret = z
  .string()
  .trim()
  .refine(
    (v) => {
      const b64 = v.slice('whsec_'.length);
      if (!v.startsWith('whsec_') || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return false;
      const bytes = Buffer.from(b64, 'base64').length;
      return bytes >= 24 && bytes <= 64;
    },
    { message: 'must be whsec_ followed by the base64 of 24 to 64 random bytes' },
  );

/** A CORS allowlist: comma-separated origins (scheme://host[:port]), or `*` (any origin; refused in production). */
const corsOrigins = z
  .string()
  .trim()
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
  )
  .refine((list) => list.every((o) => o === '*' || (URL.canParse(o) && new URL(o).origin === o)), {
    message: 'must be comma-separated origins like https://app.example.com (scheme, host, optional port; no path), or *',
  });

const schema = z.object({
  /** `production` turns the safety checks on (see productionRefusals) and introspection/GraphiQL off by default. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: databaseUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  // PGlite's PostgreSQL buffer cache, inside the process's memory: PostgreSQL's
  // 128 MB default took the server's RSS from about 290 to 450 MB under load;
  // 8 MB kept it another 8-16 MB lower than 16 MB, with the same CPU per request.
  PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(4096).default(8),
  /**
   * The dashboard's read statements stay prepared in each database session
   * (src/shared/db/json-reader.ts). Off behind a pooler in transaction mode
   * that does not carry prepared statements (PgBouncer before 1.21).
   */
  DATABASE_PREPARED_STATEMENTS: bool.default(true),
  /**
   * How far V8 lets the old generation grow past the live heap after a full
   * collection, in percent (src/shared/v8-flags.ts); 0 leaves V8's own choice, up to
   * 4 times the live heap under load.
   */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(75),
  /**
   * true: V8 recompiles hot WebAssembly functions (PGlite, Prisma's query
   * compiler) with its optimizing compiler; false: baseline compiler only,
   * for less memory (src/shared/v8-flags.ts).
   */
  WASM_TIER_UP: bool.default(false),
  /** PostgreSQL connections of each instance (Prisma and the dashboard's reader share them). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: logLevel.default('info'),
  /**
   * Persisted operations: `off`; `optional` (default: a request may send a known
   * operation's `documentId` instead of its text); `required` (only the operations
   * of the manifest run: an allow-list for production).
   */
  PERSISTED_OPERATIONS: z.enum(['off', 'optional', 'required']).default('optional'),
  /** The manifest: JSON object from operation hash to document (written by `npm run codegen`). */
  PERSISTED_OPERATIONS_FILE: z.string().min(1).default('examples/client/gql/persisted-documents.json'),
  /** OTLP/HTTP collector (e.g. http://otel-collector:4318): one trace span per GraphQL operation; unset: no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), { message: 'must be an http(s) URL' })
    .optional(),
  /** `json` (one object per line) or `pretty` (readable); unset: pretty in a terminal outside production, else JSON. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** Seed demo data into an empty database at start. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Session lifetime. */
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(24),
  /** Lifecycle scheduler interval; 0 disables it. */
  LIFECYCLE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
  /** Notification sender interval; 0 disables it. */
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(30),
  /** Standard Webhooks secrets of POST /webhooks/payments and /webhooks/sdi; the _PREVIOUS ones are still accepted while rotating. */
  PAYMENT_WEBHOOK_SECRET: webhookSecret.default(DEV_WEBHOOK_SECRETS.PAYMENT_WEBHOOK_SECRET),
  PAYMENT_WEBHOOK_SECRET_PREVIOUS: webhookSecret.optional(),
  SDI_WEBHOOK_SECRET: webhookSecret.default(DEV_WEBHOOK_SECRETS.SDI_WEBHOOK_SECRET),
  SDI_WEBHOOK_SECRET_PREVIOUS: webhookSecret.optional(),
  /** Card and PayPal gateway; only the local sandbox exists, and production needs ALLOW_SANDBOX_GATEWAY=true to use it. */
  PAYMENT_GATEWAY: z.enum(['sandbox']).default('sandbox'),
  ALLOW_SANDBOX_GATEWAY: bool.default(false),
  /** Origins allowed to call the API from a browser; unset: any origin outside production, none in production. */
  CORS_ORIGINS: corsOrigins.optional(),
  /** Schema introspection and GraphiQL; unset: on outside production, off in production. */
  ENABLE_INTROSPECTION: bool.optional(),
  ENABLE_GRAPHIQL: bool.optional(),
  /** Lets runLifecycle run as of a `now` more than a day away from the real clock (tests, demos); refused in production. */
  ALLOW_CLOCK_OVERRIDE: bool.default(false),
  /** Operator address for alerts (payment mismatches, refunds); unset: alerts are logged at error level and counted. */
  OPERATOR_ALERT_EMAIL: z.email().optional(),
  /** Bank transfer and postal slip details shown in payment instructions (R24). */
  BANK_IBAN: z.string().min(5).default('IT60X0542811101000000123456'),
  BANK_BENEFICIARY: z.string().min(1).default('Fatturazione Elettronica S.p.A.'),
  POSTAL_ACCOUNT: z.string().min(3).default('1234567'),
  /** Redis for state shared by several instances (rate limits, caches, pub/sub, revocation); unset: in memory (one instance). */
  REDIS_URL: z
    .string()
    .trim()
    .refine((v) => /^rediss?:\/\//.test(v) && URL.canParse(v), { message: 'must be redis://host:port or rediss://...' })
    .optional(),
  /** SMTP URL for notifications; unset: emails are logged. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('noreply@fatturazione.example'),
  // Limits against hostile traffic (see src/shared/limits.ts).
  /** Largest POST /graphql body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Largest POST /graphql body of a signed-in caller uploading a document, and of POST /webhooks/sdi, in bytes. */
  MAX_UPLOAD_BODY_BYTES: z.coerce.number().int().positive().default(16_777_216),
  /** Largest complexity of one operation (fields, multiplied by first/last, content fields priced high). */
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().positive().default(50_000),
  /** Longest text argument, in characters (document contents are bounded by the body limit and the policy). */
  MAX_STRING_CHARS: z.coerce.number().int().positive().default(10_000),
  // Rate limits (src/shared/rate-limit.ts; 0 points: unlimited). In Redis when REDIS_URL is set.
  /** Sign-in attempts per client address per window (every aliased `login` counts). */
  RATE_LIMIT_LOGIN_PER_CLIENT: z.coerce.number().int().min(0).default(30),
  /** Sign-in attempts per username per window, from any client. */
  RATE_LIMIT_LOGIN_PER_ACCOUNT: z.coerce.number().int().min(0).default(10),
  RATE_LIMIT_LOGIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  /** Convention codes tried per principal per window. */
  RATE_LIMIT_CONVENTION_CODES: z.coerce.number().int().min(0).default(10),
  RATE_LIMIT_CONVENTION_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
  /** GraphQL requests per principal (anonymous: per client address) per window; refused with HTTP 429. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(1200),
  RATE_LIMIT_REQUESTS_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Take the client address from X-Forwarded-For (behind a trusted reverse proxy only). */
  TRUST_PROXY: bool.default(false),
  // Caches (README "Caching"). Revocations and catalog changes reach every instance through the bus (src/shared/bus.ts).
  /** How long a session or API key, once read, is trusted without reading it again, in seconds (0: read every request). */
  AUTH_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(60),
  /** Most credentials remembered per instance. */
  AUTH_CACHE_MAX_ENTRIES: z.coerce.number().int().positive().default(50_000),
  /** How often each instance checks whether the catalog (products, prices, conventions) changed, in seconds (0: every read). */
  CATALOG_REFRESH_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  /** How often each instance publishes new domain events to live-update subscribers, in milliseconds (0: never). */
  EVENTS_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  // Outgoing webhooks (README "Outgoing webhooks").
  /** Allow http:// and private, loopback or link-local endpoint targets (development and tests only; refused in production). */
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: bool.default(false),
  /** How often each instance delivers due webhook attempts, in milliseconds (0: never). */
  WEBHOOKS_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** How long a receiver has to answer one delivery, in milliseconds. */
  WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(10_000),
  /** Failed deliveries in a row after which an endpoint is disabled and its holder notified. */
  WEBHOOKS_DISABLE_AFTER_FAILURES: z.coerce.number().int().positive().default(15),
  /** How long the public catalog query's answer is reused, in seconds (0: not cached). */
  CATALOG_RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** Execution time of one GraphQL query before it is answered with a timeout error, in milliseconds (mutations: their transaction timeouts). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
});

type Parsed = z.infer<typeof schema>;

/**
 * The validated configuration; the production-dependent switches resolved:
 * ENABLE_INTROSPECTION and ENABLE_GRAPHIQL to booleans, CORS_ORIGINS to the
 * allowed origins (`['*']`: any; empty: no cross-origin access).
 */
export type Config = Omit<Parsed, 'ENABLE_INTROSPECTION' | 'ENABLE_GRAPHIQL' | 'CORS_ORIGINS'> &
  Record<'ENABLE_INTROSPECTION' | 'ENABLE_GRAPHIQL', boolean> &
  Record<'CORS_ORIGINS', string[]>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one readable line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  const config: Config = {
    ...parsed.data,
    ENABLE_INTROSPECTION: parsed.data.ENABLE_INTROSPECTION ?? !production,
    ENABLE_GRAPHIQL: parsed.data.ENABLE_GRAPHIQL ?? !production,
    CORS_ORIGINS: parsed.data.CORS_ORIGINS ?? (production ? [] : ['*']),
  };
  return config;
}

/** The server's start-up check (src/server.ts): throws ConfigError with one line listing every unsafe production setting. */
export function assertSafeForProduction(config: Config): void {
  const refusals = productionRefusals(config);
  if (refusals.length > 0) throw new ConfigError(`unsafe configuration for production: ${refusals.join('; ')}`);
}

/**
 * What makes a configuration unsafe in production (empty outside it): a
 * missing or dev webhook secret, the sandbox gateway without explicit consent,
 * an open CORS policy, a clock override, demo data.
 */
export function productionRefusals(config: Config): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const refusals: string[] = [];
  for (const name of ['PAYMENT_WEBHOOK_SECRET', 'SDI_WEBHOOK_SECRET'] as const) {
    const dev = Object.values(DEV_WEBHOOK_SECRETS) as string[];
    if (dev.includes(config[name])) refusals.push(`${name} must be set (the development secret is public)`);
    const previous = config[`${name}_PREVIOUS`];
    if (previous !== undefined && dev.includes(previous)) refusals.push(`${name}_PREVIOUS must not be the development secret`);
  }
  // Only the sandbox exists today (PAYMENT_GATEWAY has one value): production runs it only by explicit consent.
  if (!config.ALLOW_SANDBOX_GATEWAY)
    refusals.push('PAYMENT_GATEWAY=sandbox pays any card: set ALLOW_SANDBOX_GATEWAY=true to run it anyway');
  if (config.CORS_ORIGINS.includes('*')) refusals.push('CORS_ORIGINS must list the allowed origins, not *');
  if (config.ALLOW_CLOCK_OVERRIDE) refusals.push('ALLOW_CLOCK_OVERRIDE must be false');
  if (config.WEBHOOKS_ALLOW_PRIVATE_TARGETS)
    refusals.push('WEBHOOKS_ALLOW_PRIVATE_TARGETS must be false (webhooks could reach internal services)');
  if (config.SEED_DEMO) refusals.push('SEED_DEMO must be false (the demo logins share a public password)');
  return refusals;
}
