// The audit log: who did what to which order and service.
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from './db/transaction.js';
import type { Actor } from './scope.js';

export async function audit(
  db: Db,
  entry: { actor: Actor; action: string; serviceId?: string | null; orderId?: string | null; data?: Prisma.InputJsonValue; now: Date },
): Promise<void> {
  await db.auditLog.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      serviceId: entry.serviceId ?? null,
      orderId: entry.orderId ?? null,
      ...(entry.data !== undefined ? { data: entry.data } : {}),
      createdAt: entry.now,
    },
  });
}
