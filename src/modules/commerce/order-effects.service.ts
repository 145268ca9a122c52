// R25: what a paid order does to its service, applied once inside the
// transaction that marks the order PAID (see payment.service.ts).
import type { Prisma } from '../../generated/prisma/client.js';
import type { ItemKind, ModuleCode, OrderType } from '../../generated/prisma/enums.js';
import { autoRenewFromPayment } from '../subscriptions/domain/service.js';
import { startOfUtcDay } from '../../shared/domain/dates.js';

/** Orders that restate the whole service for a new period. */
export function restatesService(type: OrderType): boolean {
  return type === 'RENEWAL' || type === 'REACTIVATION' || type === 'FIRST_PURCHASE';
}

const sameKey = (kind: ItemKind, module: ModuleCode | null) => ({ kind, module: kind === 'MODULE' ? module : null });

/**
 * Applies every effect of a paid order: items extended or created per the order
 * lines' periods, co-termination (R20), service expiry, reactivation (R6, R25),
 * first activation, and auto-renew per the payment method (R3).
 */
export async function applyOrderEffects(tx: Prisma.TransactionClient, orderId: string, now: Date): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { position: 'asc' } }, service: { include: { items: true } } },
  });
  const today = startOfUtcDay(now);
  const items = order.service.items;
  let serviceExpiresAt: Date | null = restatesService(order.type) ? order.newExpiresAt : null;

  // R20: co-termination extensions first, so that new units can join the extended items.
  for (const line of order.lines.filter((l) => l.extension)) {
    await tx.subscriptionItem.updateMany({
      where: { serviceId: order.serviceId, ...sameKey(line.kind, line.module), expiresAt: line.periodStart, quantity: { gt: 0 } },
      data: { expiresAt: line.periodEnd, orderId: order.id },
    });
    if (line.kind === 'BASE') serviceExpiresAt = line.periodEnd;
  }

  for (const line of order.lines.filter((l) => !l.extension && l.quantity > 0)) {
    const key = sameKey(line.kind, line.module);
    if (restatesService(order.type)) {
      // The item is carried into the new period (modules left out keep their old expiry, R17).
      const latest = items
        .filter((i) => i.kind === key.kind && (key.kind !== 'MODULE' || i.module === key.module))
        .sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
      // A renewal carries only items still running; reactivation and first purchase restart expired ones.
      if (latest && (order.type !== 'RENEWAL' || latest.expiresAt > today)) {
        const restart = order.type !== 'RENEWAL' && latest.expiresAt <= today;
        await tx.subscriptionItem.update({
          where: { id: latest.id },
          data: { quantity: line.quantity, expiresAt: line.periodEnd, orderId: order.id, ...(restart ? { startsAt: line.periodStart } : {}) },
        });
        continue;
      }
    } else if (order.extendActiveServices) {
      // Co-terminated add-on: the new units join the active item that now ends with them.
      const joined = await tx.subscriptionItem.findFirst({
        where: { serviceId: order.serviceId, ...key, expiresAt: line.periodEnd, quantity: { gt: 0 } },
      });
      if (joined) {
        await tx.subscriptionItem.update({
          where: { id: joined.id },
          data: { quantity: { increment: line.quantity }, orderId: order.id },
        });
        continue;
      }
    }
    await tx.subscriptionItem.create({
      data: {
        serviceId: order.serviceId,
        ...key,
        quantity: line.quantity,
        startsAt: line.periodStart,
        expiresAt: line.periodEnd,
        orderId: order.id,
      },
    });
  }

  const autoRenew = autoRenewFromPayment(order.paymentMethod);
  await tx.service.update({
    where: { id: order.serviceId },
    data: {
      ...(serviceExpiresAt ? { expiresAt: serviceExpiresAt } : {}),
      ...(order.type === 'FIRST_PURCHASE' && !order.service.activatedAt ? { activatedAt: now } : {}),
      autoRenewEnabled: autoRenew,
      autoRenewMethod: autoRenew ? order.paymentMethod : null,
      autoRenewFailures: 0,
      autoRenewNextAttemptAt: null,
    },
  });
}
