// The audit log: who did what to which order and service. An entry about an
// order change also records its domain event (src/shared/events.ts) in the
// same transaction.
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from './db/transaction.js';
import type { Actor } from './scope.js';
import { AUDIT_EVENTS, recordEvents } from './events.js';

export async function audit(
  db: Db,
  entry: { actor: Actor; action: string; serviceId?: string | null; orderId?: string | null; data?: Prisma.InputJsonValue; now: Date },
): Promise<void> {
  const row = await db.auditLog.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      serviceId: entry.serviceId ?? null,
      orderId: entry.orderId ?? null,
      ...(entry.data !== undefined ? { data: entry.data } : {}),
      createdAt: entry.now,
    },
    select: { id: true },
  });
  const type = AUDIT_EVENTS[entry.action];
  if (type) {
    await recordEvents(
      db,
      [{ dedupKey: `audit:${row.id}`, type, serviceId: entry.serviceId ?? null, orderId: entry.orderId ?? null }],
      entry.now,
    );
  }
}
