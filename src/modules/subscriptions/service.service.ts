// Loading a service for the subscription model (domain/subscription.ts): the
// one Prisma selection every derived field needs.
import type { Db } from '../../shared/db/transaction.js';
import type { Subscription } from './domain/subscription.js';

/** The Prisma selection every derived field of a service needs. */
export const serviceFactsSelect = {
  id: true,
  createdAt: true,
  activatedAt: true,
  expiresAt: true,
  cancelledAt: true,
  autoRenewEnabled: true,
  autoRenewMethod: true,
  storage: true,
  items: { select: { kind: true, module: true, quantity: true, startsAt: true, expiresAt: true } },
} as const;

/** The relations of serviceFactsSelect, for a read that loads every scalar anyway (the Service type). */
export const serviceFactsInclude = {
  storage: serviceFactsSelect.storage,
  items: serviceFactsSelect.items,
} as const;

/** A service with its items (with ids), counter and configured panel users, for carts and order effects. */
export async function loadSubscription(db: Db, serviceId: string) {
  const row = await db.service.findUnique({
    where: { id: serviceId },
    include: { items: { orderBy: { expiresAt: 'asc' } }, storage: true, _count: { select: { panelUsers: true } } },
  });
  if (!row) return null;
  const { _count, ...service } = row;
  return { ...service, configuredUsers: _count.panelUsers } satisfies Subscription & { configuredUsers: number };
}

export type LoadedSubscription = NonNullable<Awaited<ReturnType<typeof loadSubscription>>>;
