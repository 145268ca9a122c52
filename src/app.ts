// The HTTP application: GraphQL over HTTP (graphql-yoga) at /graphql with
// GraphiQL on GET, Prometheus metrics at /metrics, plus health and webhook
// routes; one access-log line per request (src/shared/http/observability.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError, getOperationAST, type DocumentNode } from 'graphql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { Registry } from 'prom-client';
import { schema } from './schema.js';
import type { AppDeps, Context } from './context.js';
import { localeFrom, messages } from './i18n/index.js';
import { principalKey, requestScope } from './shared/scope.js';
import { apiKeyScopes, authenticate } from './modules/identity/index.js';
import { routes } from './shared/http/routes.js';
import { graphiqlOptions, renderGraphiQLPage } from './shared/http/graphiql.js';
import { BodyTooLargeError, sendJson } from './shared/http/util.js';
import { beginAccess, createMetricsRegistry, serveMetrics, type AccessInfo } from './shared/http/observability.js';
import { graphqlMetrics } from './shared/http/graphql-metrics.js';
import { readLimitedBody } from './shared/http/body-limit.js';
import { executionGuards, type BodySize } from './shared/http/graphql-guards.js';
import { limitsOf } from './shared/limits.js';
import { persistedOperationsPlugin } from './shared/http/persisted-operations.js';
import { yogaLogFields } from './shared/logger.js';
import { corsPolicy, introspectionSwitch, jsonPostsOnly } from './shared/http/browser-safety.js';
import { catalogResponseCache } from './shared/http/response-cache.js';
import { validationCache } from './shared/http/validation-cache.js';
import { catalogStoreOf } from './modules/catalog/index.js';
import './http/index.js';

/** Given by the HTTP server to each request Yoga serves (absent with `yoga.fetch`). */
interface ServerContext extends BodySize {
  access?: AccessInfo;
}

/** Builds the per-request GraphQL context. */
export async function buildContext(deps: AppDeps, headers: { get(name: string): string | null }, access?: AccessInfo): Promise<Context> {
  const now = deps.clock();
  const locale = localeFrom(headers.get('accept-language'));
  const { token, principal } = await authenticate(deps, headers.get('authorization'), now);
  if (access && principal) access.principal = principal.type;
  // A bearer token that is unknown, expired or revoked is refused (HTTP 401)
  // rather than silently treated as anonymous.
  if (token && !principal) {
    throw new GraphQLError(messages(locale).errors.invalidToken(), {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
    });
  }
  // The general budget of the caller (anonymous: of its address): HTTP 429 with Retry-After.
  const clientIp = access?.clientIp ?? null;
  const budget = await deps.limiter.consume('request', principalKey(principal, clientIp));
  if (!budget.ok) {
    const retryAfter = String(budget.retryAfterSeconds);
    throw new GraphQLError(messages(locale).errors.rateLimited({ retryAfterSeconds: budget.retryAfterSeconds }), {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds: budget.retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': retryAfter } },
      },
    });
  }
  const log = access ? deps.log.child({ reqId: access.reqId }) : deps.log;
  // The scope object itself, with the token added (a copy of its fields cost
  // about 3 % of the CPU of a `{ __typename }` request).
  return Object.assign(requestScope(deps, principal, locale, now, clientIp, log), { token });
}

/** Records the operation name of each executed operation in the request's access record. */
const accessLogPlugin: Plugin<ServerContext> = {
  onExecute({ args }) {
    const { contextValue, document, operationName } = args as {
      contextValue: ServerContext;
      document: DocumentNode;
      operationName?: string | null;
    };
    const { access } = contextValue;
    if (access) access.operation = getOperationAST(document, operationName)?.name?.value ?? operationName ?? null;
  },
};

/** Plugins built asynchronously at start (loaded only when configured): tracing. */
export interface OptionalPlugins {
  tracing?: Plugin | null;
}

/** The GraphQL server; it counts its operations in `metrics` (createHttpServer serves them at GET /metrics). */
export function createGraphQL(
  deps: AppDeps,
  optional: OptionalPlugins = {},
  metrics: Registry = new Registry(),
): YogaServerInstance<ServerContext, Context> {
  const limits = limitsOf(deps.config);
  const tracing = optional.tracing ?? null;
  const persisted = persistedOperationsPlugin(deps.config, deps.log);
  const responseCache = catalogResponseCache(schema, deps.config, deps.responses, () => catalogStoreOf(deps).edition(deps.clock()));
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Served from the installed package with example operations (src/shared/http/graphiql.ts).
    graphiql: deps.config.ENABLE_GRAPHIQL ? graphiqlOptions() : false,
    renderGraphiQL: renderGraphiQLPage,
    cors: corsPolicy(deps.config.CORS_ORIGINS),
    landingPage: false,
    logging: {
      debug: (...args) => {
        deps.log.debug(yogaLogFields(args), 'yoga');
      },
      info: (...args) => {
        deps.log.info(yogaLogFields(args), 'yoga');
      },
      warn: (...args) => {
        deps.log.warn(yogaLogFields(args), 'yoga');
      },
      error: (...args) => {
        deps.log.error(yogaLogFields(args), 'yoga');
      },
    },
    maskedErrors: true,
    // Parsed documents are kept by Yoga; validation results by validationCache below.
    parserAndValidationCache: { validationCache: false },
    // Only JSON bodies are accepted (jsonPostsOnly): no multipart parser.
    multipart: false,
    plugins: [
      validationCache(),
      // CSRF prevention: only application/json POSTs execute.
      jsonPostsOnly(),
      introspectionSwitch(deps.config.ENABLE_INTROSPECTION),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        // Cost counts every requested field, multiplied by `first`: about the
        // number of values in the response. The dashboard (50 services x 10
        // orders with lines) stays well below it.
        costLimit: { maxCost: 50000, depthCostFactor: 1 },
        maxAliases: { n: 30 },
        maxTokens: { n: 4000 },
      }),
      accessLogPlugin,
      // An API key reaches only what its scopes allow (deny by default).
      apiKeyScopes(),
      // GraphQL requests, their duration and errors by operation (GET /metrics).
      graphqlMetrics(metrics),
      // Upload-only large bodies, execution timeout; the complexity with
      // variables is checked by @pothos/plugin-complexity (src/builder.ts).
      executionGuards(limits),
      // documentId of a known operation instead of its text; an allow-list when required.
      ...(persisted ? [persisted] : []),
      // Anonymous catalog answers, stored per language (README "Caching").
      ...(responseCache ? [responseCache] : []),
      // One span per operation when OTEL_EXPORTER_OTLP_ENDPOINT is set.
      ...(tracing ? [tracing] : []),
    ],
    context: ({ request, access }) => buildContext(deps, request.headers, access),
  });
}

/** POST /graphql: the body is read within the limits (src/shared/limits.ts) before Yoga sees it. */
async function serveGraphQL(
  deps: AppDeps,
  yoga: YogaServerInstance<ServerContext, Context>,
  req: IncomingMessage,
  res: ServerResponse,
  access: AccessInfo,
): Promise<void> {
  if (req.method !== 'POST') {
    await yoga(req, res, { access });
    return;
  }
  const limits = limitsOf(deps.config);
  const read = await readLimitedBody(req, {
    limit: limits.maxBodyBytes,
    uploadLimit: limits.maxUploadBodyBytes,
    // Only a signed-in caller may send more than maxBodyBytes (a document upload).
    mayUpload: async () => (await authenticate(deps, req.headers.authorization, deps.clock())).principal !== null,
  });
  if (!read.ok) {
    const m = messages(localeFrom(req.headers['accept-language']));
    const error =
      read.status === 413
        ? { message: m.errors.bodyTooLarge({ maxBytes: read.maxBytes }), extensions: { code: 'PAYLOAD_TOO_LARGE' } }
        : { message: m.errors.bodyNotUtf8(), extensions: { code: 'BAD_REQUEST' } };
    // The rest of the body is not read: close the connection after answering.
    res.setHeader('connection', 'close');
    sendJson(res, read.status, { errors: [error] });
    return;
  }
  const request = read.body.length > 0 ? Object.assign(req, { body: handedBody(read.body, req.headers['content-type']) }) : req;
  await yoga(request, res, { bodyBytes: read.body.length, access });
}

/**
 * The body as Yoga gets it: a JSON object already parsed, else the bytes (Yoga
 * then answers malformed JSON itself). Handing Yoga a long buffer costs it one
 * `Object.keys` entry per byte (its Node request adapter): 60 KB of
 * variables took about 5 ms of CPU before anything else ran.
 */
function handedBody(body: Buffer, contentType: string | undefined): Buffer | Record<string, unknown> {
  // Only a JSON request (Yoga would treat any parsed object as JSON).
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType ?? '')) return body;
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length > 0)
      return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: Yoga refuses it with its own error.
  }
  return body;
}

export function createHttpServer(deps: AppDeps, optional: OptionalPlugins = {}): Server {
  const metrics = createMetricsRegistry(deps);
  const yoga = createGraphQL(deps, optional, metrics);
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const access = beginAccess(req, res, deps, path);
    if (path === '/metrics') {
      serveMetrics(metrics, req, res).catch((err: unknown) => {
        deps.log.error({ err, path, reqId: access.reqId }, 'metrics failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      });
      return;
    }
    if (path === '/graphql') {
      serveGraphQL(deps, yoga, req, res, access).catch((err: unknown) => {
        deps.log.error({ err, path }, 'graphql request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.' }] });
      });
      return;
    }
    const route = routes.get(path);
    if (!route) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    if (req.method !== route.method) {
      res.setHeader('allow', route.method);
      sendJson(res, 405, { error: 'method not allowed' });
      return;
    }
    route.handler(req, res, deps).catch((err: unknown) => {
      if (err instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: 'payload too large' });
        return;
      }
      deps.log.error({ err, path, reqId: access.reqId }, 'route failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    });
  });
}
