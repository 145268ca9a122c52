// Access log and Prometheus metrics.
// - One access-log line per HTTP request (`msg: 'request'`): request id (from
//   a valid `x-request-id` header, else generated, and echoed back), method,
//   path, GraphQL operation name, principal type, status, duration.
// - `GET /metrics`: GraphQL request counts, durations and errors by operation
//   (src/shared/http/graphql-metrics.ts), SQL statements sent, operator
//   alerts, plus gauges read at scrape time: the PostgreSQL pool and the
//   notification outbox.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Registry } from 'prom-client';
import { operatorAlertsCounter } from '../metrics.js';
import type { AppDeps } from '../scope.js';
import { sendJson } from './util.js';

/** What the access log line of one request says; filled in while it is served. */
export interface AccessInfo {
  reqId: string;
  /** GraphQL operation name, when the request ran one. */
  operation: string | null;
  /** HOLDER, PANEL_USER, OPERATOR or anonymous. */
  principal: string;
  /** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy (TRUST_PROXY). */
  clientIp: string | null;
}

/** The client address of `req` (X-Forwarded-For only when the proxy in front is trusted). */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  return req.socket.remoteAddress ?? null;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The caller's `x-request-id` when it is 1..128 characters of [A-Za-z0-9._-], else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * Starts the access record of `req`: sets `x-request-id` on the response and
 * writes one log line when the response is closed (finished, or its connection gone).
 */
export function beginAccess(req: IncomingMessage, res: ServerResponse, deps: AppDeps, path: string): AccessInfo {
  const started = performance.now();
  const access: AccessInfo = {
    reqId: requestIdFrom(req.headers['x-request-id']),
    operation: null,
    principal: 'anonymous',
    clientIp: clientIpOf(req, deps.config.TRUST_PROXY),
  };
  res.setHeader('x-request-id', access.reqId);
  // 'close' follows 'finish' for every response, and comes alone when the
  // connection goes first (then the line says aborted).
  res.once('close', () => {
    deps.log.info(
      {
        reqId: access.reqId,
        method: req.method,
        path,
        operation: access.operation,
        principal: access.principal,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      },
      'request',
    );
  });
  return access;
}

/** GET /metrics: the registry in Prometheus' text format (405 for other methods). */
export async function serveMetrics(registry: Registry, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    sendJson(res, 405, { error: 'method not allowed' });
    return;
  }
  const text = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType }).end(text);
}

/** A registry with the application's own gauges; the GraphQL server adds its metrics to it. */
export function createMetricsRegistry(deps: AppDeps): Registry {
  const registry = new Registry();
  const pool = deps.db.pool;
  if (pool) {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    gauge('db_pool_connections_total', 'PostgreSQL pool: open connections', () => pool.totalCount);
    gauge('db_pool_connections_idle', 'PostgreSQL pool: idle connections', () => pool.idleCount);
    gauge('db_pool_requests_waiting', 'PostgreSQL pool: queries waiting for a connection', () => pool.waitingCount);
  }
  let counted = 0;
  new Counter({
    name: 'db_statements_total',
    help: 'SQL statements sent to the database through Prisma (transactions: each statement inside them too)',
    registers: [registry],
    collect() {
      const now = deps.db.queryCount();
      this.inc(now - counted);
      counted = now;
    },
  });
  new Gauge({
    name: 'notification_outbox_pending',
    help: 'Notifications waiting to be sent (outbox rows in PENDING)',
    registers: [registry],
    async collect() {
      try {
        this.set(await deps.db.prisma.notification.count({ where: { status: 'PENDING' } }));
      } catch (err) {
        deps.log.warn({ err }, 'metrics: outbox count failed');
      }
    },
  });
  registry.registerMetric(operatorAlertsCounter);
  return registry;
}
