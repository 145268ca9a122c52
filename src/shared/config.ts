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

const schema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: databaseUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: logLevel.default('info'),
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
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).default('dev-payments-webhook-secret-change-me'),
  SDI_WEBHOOK_SECRET: z.string().min(16).default('dev-sdi-webhook-secret-change-me'),
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
  /** Execution time of one GraphQL query before it is answered with a timeout error, in milliseconds (mutations: their transaction timeouts). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one readable line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  return parsed.data;
}
