// Domain events (order.paid, service.cancelled, ...): written to the outbox
// ("OutboxEvent") in the transaction of the change, so that an event exists
// exactly when its change was committed, then published by the dispatcher
// (publishPendingEvents, a background job every EVENTS_INTERVAL_MS) to the
// live-update subscribers on every instance, and fanned out to the webhook
// endpoints that asked for them (in the dispatcher's transaction). Two sources record them: the
// audit entries of order changes (src/shared/audit.ts) and the lifecycle
// notifications (src/modules/notifications). Recording is idempotent by
// dedupKey; publishing is at least once (subscribers read the object afresh).
import type { Db } from './db/transaction.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { LiveUpdates, PublishedEvent } from './live-updates.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';

import type { EventType } from './domain/events.js';

export { EVENT_TYPES, type EventType } from './domain/events.js';

export interface DomainEvent {
  /** Same key, same event: recorded once. */
  dedupKey: string;
  type: EventType;
  serviceId?: string | null;
  orderId?: string | null;
}

/** The event an audit action records, if any. */
export const AUDIT_EVENTS: Readonly<Record<string, EventType>> = {
  CHECKOUT: 'order.created',
  AUTO_RENEW_ORDER_CREATED: 'order.created',
  PAYMENT_REGISTERED: 'order.paid',
  PAYMENT_FAILED: 'order.payment_failed',
  ORDER_CANCELLED: 'order.cancelled',
};

/**
 * The event a lifecycle notification records, if any. Entering and leaving
 * restricted mode (service.restricted, service.reactivated) are recorded by
 * the lifecycle where it records the status change.
 */
export const NOTIFICATION_EVENTS: Readonly<Record<string, EventType>> = {
  EXPIRY_WARNING: 'service.expiring',
  SERVICE_CANCELLED: 'service.cancelled',
  STORAGE_WARNING: 'storage.warning',
  STORAGE_FULL: 'storage.full',
};

/** Writes events to the outbox with `db` (the transaction of the change); known dedupKeys are skipped. */
export async function recordEvents(db: Db, events: readonly DomainEvent[], now: Date): Promise<void> {
  if (events.length === 0) return;
  await db.outboxEvent.createMany({
    data: events.map((e) => ({
      dedupKey: e.dedupKey,
      type: e.type,
      serviceId: e.serviceId ?? null,
      orderId: e.orderId ?? null,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
}

/**
 * Publishes the events not published yet (oldest first, at most `batch`),
 * then marks them. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * instances share the work. Returns how many were published.
 */
export async function publishPendingEvents(
  deps: { db: Database; live: LiveUpdates; log: Logger },
  now: Date,
  /** Also done in the same transaction (the webhook deliveries of the events). */
  fanOut?: (tx: Prisma.TransactionClient, events: PublishedEvent[], now: Date) => Promise<void>,
  batch = 100,
): Promise<number> {
  return deps.db.prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<PublishedEvent[]>`
      SELECT "id", "type", "serviceId", "orderId" FROM "OutboxEvent"
      WHERE "publishedAt" IS NULL ORDER BY "createdAt", "id" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return 0;
    if (fanOut) await fanOut(tx, rows, now);
    for (const row of rows) deps.live.publish(row);
    await tx.outboxEvent.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { publishedAt: now } });
    return rows.length;
  });
}
