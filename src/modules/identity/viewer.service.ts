// The signed-in party and the filters of its lists.
import type { Prisma } from '../../generated/prisma/client.js';
import type { OrderStatus, OrderType } from '../../generated/prisma/enums.js';
import type { Principal } from '../../context.js';
import { orderVisibility, serviceVisibility } from './access.js';

export interface ViewerValue {
  principal: Principal;
}

/** Stable list order: newest first, ties broken by id. */
export const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

export function viewerServicesWhere(principal: Principal): Prisma.ServiceWhereInput {
  return serviceVisibility(principal);
}

export function viewerOrdersWhere(
  principal: Principal,
  filter: { status?: OrderStatus | null | undefined; type?: OrderType | null | undefined },
): Prisma.OrderWhereInput {
  return {
    AND: [orderVisibility(principal)],
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.type ? { type: filter.type } : {}),
  };
}
