// R25: applies what a paid order changes (planned by the pure planOrderEffects),
// once, inside the transaction that marks the order PAID (payment.service.ts).
import type { Tx } from '../../shared/db/transaction.js';
import { planOrderEffects } from './domain/order-effects.js';

export async function applyOrderEffects(tx: Tx, orderId: string, now: Date): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { position: 'asc' } }, service: { include: { items: true } } },
  });
  const plan = planOrderEffects(order, order.service.items, order.service, now);
  for (const change of plan.items) {
    switch (change.type) {
      case 'EXTEND':
        await tx.subscriptionItem.updateMany({
          where: { serviceId: order.serviceId, kind: change.kind, module: change.module, expiresAt: change.from, quantity: { gt: 0 } },
          data: { expiresAt: change.to, orderId: order.id },
        });
        break;
      case 'RESTATE':
        await tx.subscriptionItem.update({
          where: { id: change.itemId },
          data: {
            quantity: change.quantity,
            expiresAt: change.expiresAt,
            orderId: order.id,
            ...(change.startsAt ? { startsAt: change.startsAt } : {}),
          },
        });
        break;
      case 'JOIN':
        await tx.subscriptionItem.update({
          where: { id: change.itemId },
          data: { quantity: { increment: change.add }, orderId: order.id },
        });
        break;
      case 'CREATE':
        await tx.subscriptionItem.create({
          data: {
            serviceId: order.serviceId,
            kind: change.kind,
            module: change.module,
            quantity: change.quantity,
            startsAt: change.startsAt,
            expiresAt: change.expiresAt,
            orderId: order.id,
          },
        });
        break;
    }
  }
  await tx.service.update({
    where: { id: order.serviceId },
    data: {
      ...(plan.service.expiresAt ? { expiresAt: plan.service.expiresAt } : {}),
      ...(plan.service.activate ? { activatedAt: now } : {}),
      autoRenewEnabled: plan.service.autoRenewEnabled,
      autoRenewMethod: plan.service.autoRenewMethod,
      autoRenewFailures: 0,
      autoRenewNextAttemptAt: null,
    },
  });
}
