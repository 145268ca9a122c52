// Outgoing webhooks (README "Outgoing webhooks"): endpoints of an account, the
// fan-out of each domain event to the endpoints that asked for its type (in
// the dispatcher's transaction, so no event is lost), and the delivery job:
// signed in the Standard Webhooks form, retried with backoff until a 2xx, an
// endpoint disabled (and its holder told) after too many failures in a row.
// Targets are checked against SSRF at registration and again at connection
// time (the checked address is the one connected to).
import { randomBytes } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma, WebhookEndpoint } from '../../generated/prisma/client.js';
import type { AppDeps, Scope } from '../../shared/scope.js';
import { ForbiddenError, NONE, notFound } from '../../shared/errors.js';
import { SCHEMA_LIMITS } from '../../shared/limits.js';
import { messages, storedLocale } from '../../i18n/index.js';
import { deliveryBody, isPrivateAddress, nextAttemptAfter, urlProblem, type WebhookEventType } from './domain/webhooks.js';
import { WebhookEndpointLimitError, WebhookUrlRefusedError } from './errors.js';
import { queueNotifications } from './notification.service.js';
import { publishPendingEvents } from '../../shared/events.js';

// ---------------------------------------------------------------- endpoints

/** The account of a holder signed in with a session or an API key (its BILLING scope is checked before the operation runs). */
function holderAccount(scope: Scope): string {
  if (scope.principal?.type !== 'HOLDER') throw new ForbiddenError(NONE);
  return scope.principal.accountId;
}

function checkUrl(scope: Scope, url: string): void {
  const problem = urlProblem(url, scope.config.WEBHOOKS_ALLOW_PRIVATE_TARGETS);
  if (problem) throw new WebhookUrlRefusedError({ reason: problem });
}

export interface CreatedEndpoint {
  endpoint: WebhookEndpoint;
  secret: string;
}

export async function createWebhookEndpoint(
  scope: Scope,
  input: { url: string; eventTypes: readonly WebhookEventType[]; description?: string | null },
): Promise<CreatedEndpoint> {
  const accountId = holderAccount(scope);
  checkUrl(scope, input.url);
  const max = SCHEMA_LIMITS.maxWebhookEndpointsPerAccount;
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const endpoint = await scope.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
    if ((await tx.webhookEndpoint.count({ where: { accountId, deletedAt: null } })) >= max) throw new WebhookEndpointLimitError({ max });
    return tx.webhookEndpoint.create({
      data: {
        accountId,
        url: input.url,
        description: input.description?.trim() ?? '',
        eventTypes: [...new Set(input.eventTypes)],
        secret,
        createdAt: scope.now,
      },
    });
  });
  return { endpoint, secret };
}

async function ownEndpoint(scope: Scope, endpointId: string): Promise<WebhookEndpoint> {
  const accountId = holderAccount(scope);
  const endpoint = await scope.prisma.webhookEndpoint.findFirst({ where: { id: endpointId, accountId, deletedAt: null } });
  if (!endpoint) throw notFound('Webhook endpoint', 'endpointId');
  return endpoint;
}

export async function updateWebhookEndpoint(
  scope: Scope,
  input: {
    endpointId: string;
    url?: string | null;
    eventTypes?: readonly WebhookEventType[] | null;
    description?: string | null;
    enabled?: boolean | null;
  },
): Promise<WebhookEndpoint> {
  const endpoint = await ownEndpoint(scope, input.endpointId);
  if (input.url) checkUrl(scope, input.url);
  const enabling = input.enabled === true && !endpoint.enabled;
  return scope.prisma.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      ...(input.url ? { url: input.url } : {}),
      ...(input.eventTypes ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
      ...(input.description !== undefined && input.description !== null ? { description: input.description.trim() } : {}),
      ...(input.enabled === false ? { enabled: false, disabledAt: scope.now, disabledReason: 'disabled by the holder' } : {}),
      ...(enabling ? { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
    },
  });
}

/** Deletes an endpoint: nothing more is delivered to it (pending deliveries are cancelled). */
export async function deleteWebhookEndpoint(scope: Scope, input: { endpointId: string }): Promise<string> {
  const endpoint = await ownEndpoint(scope, input.endpointId);
  await scope.prisma.$transaction([
    scope.prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { deletedAt: scope.now, enabled: false } }),
    scope.prisma.webhookDelivery.updateMany({ where: { endpointId: endpoint.id, status: 'PENDING' }, data: { status: 'CANCELLED' } }),
  ]);
  return endpoint.id;
}

/** Sends a delivery again, as a new attempt now (also after it succeeded or was given up). */
export async function redeliverWebhook(scope: Scope, input: { deliveryId: string }) {
  const accountId = holderAccount(scope);
  const delivery = await scope.prisma.webhookDelivery.findFirst({
    where: { id: input.deliveryId, endpoint: { accountId, deletedAt: null } },
  });
  if (!delivery) throw notFound('Webhook delivery', 'deliveryId');
  return scope.prisma.webhookDelivery.update({
    where: { id: delivery.id },
    data: { status: 'PENDING', nextAttemptAt: scope.now, lockedUntil: null },
  });
}

export function listWebhookEndpoints(scope: Scope, accountId: string) {
  return scope.prisma.webhookEndpoint.findMany({ where: { accountId, deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

// ---------------------------------------------------------------- fan-out

/**
 * Creates the deliveries of events for the enabled endpoints of their account
 * that asked for their type, with `tx` (the dispatcher's transaction).
 */
export async function fanOutEvents(
  tx: Prisma.TransactionClient,
  events: readonly { id: string; type: string; serviceId: string | null; orderId: string | null }[],
  now: Date,
): Promise<void> {
  for (const e of events) {
    await tx.$executeRaw`
      INSERT INTO "WebhookDelivery" ("id", "endpointId", "eventId", "eventType", "status", "attempts", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, w."id", ${e.id}, ${e.type}, 'PENDING', 0, ${now}, ${now}
      FROM "WebhookEndpoint" w
      WHERE w."enabled" AND w."deletedAt" IS NULL AND ${e.type} = ANY(w."eventTypes")
        AND w."accountId" = COALESCE((SELECT "accountId" FROM "Order" WHERE "id" = ${e.orderId}),
                                     (SELECT "accountId" FROM "Service" WHERE "id" = ${e.serviceId}))
      ON CONFLICT ("endpointId", "eventId") DO NOTHING`;
  }
}

// ---------------------------------------------------------------- delivery

export interface DeliveryRunResult {
  attempted: number;
  succeeded: number;
  failed: number;
}

interface Claimed {
  id: string;
  attempts: number;
  endpointId: string;
  eventId: string;
}

/** A node:http(s) lookup that refuses private addresses unless allowed (checked at connection time: DNS rebinding). */
function guardedLookup(allowPrivate: boolean): RequestOptions['lookup'] {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) {
        callback(err, '', 0);
        return;
      }
      const allowed = addresses.filter((a) => allowPrivate || !isPrivateAddress(a.address));
      const first = allowed[0];
      if (!first || allowed.length !== addresses.length) {
        callback(new Error(`refused target address of ${hostname}`), '', 0);
        return;
      }
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivate: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'fatturazione-webhooks/1',
          ...headers,
        },
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${String(timeoutMs)} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Delivers the due attempts (at most `batch`): claims them with a lease
 * (FOR UPDATE SKIP LOCKED, safe with several instances), POSTs each signed
 * event, records the outcome and schedules retries.
 */
export async function deliverDueWebhooks(deps: AppDeps, now: Date, batch = 20): Promise<DeliveryRunResult> {
  const { prisma } = deps.db;
  const lease = new Date(now.getTime() + deps.config.WEBHOOKS_TIMEOUT_MS + 30_000);
  const claimed = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Claimed[]>`
      SELECT "id", "attempts", "endpointId", "eventId" FROM "WebhookDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "id" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    if (rows.length) await tx.webhookDelivery.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { lockedUntil: lease } });
    return rows;
  });
  const result: DeliveryRunResult = { attempted: 0, succeeded: 0, failed: 0 };
  for (const row of claimed) {
    const endpoint = await prisma.webhookEndpoint.findUnique({ where: { id: row.endpointId } });
    const event = await prisma.outboxEvent.findUnique({ where: { id: row.eventId } });
    if (!endpoint || !event || endpoint.deletedAt || !endpoint.enabled) {
      await prisma.webhookDelivery.update({ where: { id: row.id }, data: { status: 'CANCELLED', lockedUntil: null } });
      continue;
    }
    result.attempted += 1;
    const body = JSON.stringify(
      deliveryBody({
        ...event,
        orderId: event.orderId ? encodeGlobalID('Order', event.orderId) : null,
        serviceId: event.serviceId ? encodeGlobalID('Service', event.serviceId) : null,
      }),
    );
    // Signed at the wall-clock time of sending: receivers check it against their own clock.
    const sentAt = new Date();
    const signed = new Webhook(endpoint.secret).sign(event.id, sentAt, body);
    const headers = {
      'webhook-id': event.id,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signed,
    };
    const started = performance.now();
    let status = 0;
    let error: string | null = null;
    try {
      status = await post(endpoint.url, body, headers, deps.config.WEBHOOKS_TIMEOUT_MS, deps.config.WEBHOOKS_ALLOW_PRIVATE_TARGETS);
      if (status < 200 || status > 299) error = `HTTP ${String(status)}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const latency = Math.round(performance.now() - started);
    const attempts = row.attempts + 1;
    if (!error) {
      result.succeeded += 1;
      await prisma.$transaction([
        prisma.webhookDelivery.update({
          where: { id: row.id },
          data: {
            status: 'SUCCEEDED',
            attempts,
            deliveredAt: now,
            lastResponseCode: status,
            lastLatencyMs: latency,
            lastError: null,
            lockedUntil: null,
          },
        }),
        prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0 } }),
      ]);
      continue;
    }
    result.failed += 1;
    const retryAt = nextAttemptAfter(attempts, now);
    await prisma.webhookDelivery.update({
      where: { id: row.id },
      data: {
        status: retryAt ? 'PENDING' : 'FAILED',
        attempts,
        nextAttemptAt: retryAt ?? now,
        lastResponseCode: status || null,
        lastLatencyMs: latency,
        lastError: error.slice(0, 500),
        lockedUntil: null,
      },
    });
    await noteFailure(deps, endpoint, now);
  }
  return result;
}

/** Counts a failure in a row; past the limit, disables the endpoint and tells its holder (once). */
async function noteFailure(deps: AppDeps, endpoint: WebhookEndpoint, now: Date): Promise<void> {
  const limit = deps.config.WEBHOOKS_DISABLE_AFTER_FAILURES;
  await deps.db.prisma.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: { increment: 1 } } });
    if (updated.consecutiveFailures < limit || !updated.enabled) return;
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { enabled: false, disabledAt: now, disabledReason: `${String(updated.consecutiveFailures)} failed deliveries in a row` },
    });
    const holder = await tx.holder.findUnique({ where: { accountId: endpoint.accountId } });
    if (!holder) return;
    const locale = storedLocale(holder.locale);
    const email = messages(locale).webhookEmails.disabled({
      holderName: holder.name,
      url: endpoint.url,
      failures: updated.consecutiveFailures,
    });
    await queueNotifications(
      tx,
      [
        {
          dedupKey: `WEBHOOK_DISABLED:${endpoint.id}:${now.toISOString()}`,
          kind: 'WEBHOOK_DISABLED',
          serviceId: null,
          accountId: endpoint.accountId,
          toEmail: holder.referenceEmail,
          locale,
          subject: email.subject,
          text: email.text,
        },
      ],
      now,
    );
    deps.log.warn({ event: 'webhook', outcome: 'endpoint disabled', endpointId: endpoint.id }, 'webhook endpoint disabled');
  });
}

/** Publishes new domain events to live updates and creates their webhook deliveries (the event dispatcher's run). */
export function dispatchEvents(deps: AppDeps, now: Date): Promise<number> {
  return publishPendingEvents(deps, now, fanOutEvents);
}
