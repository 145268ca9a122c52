// Who may read what: Prisma `where` filters per principal. Holders read their
// own account, panel users their one service's documents (never billing),
// operators everything. Something not visible behaves like something unknown.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Principal } from '../../context.js';

/** A filter that matches nothing. */
export const NOTHING = { id: { in: [] as string[] } };

export function canSeeBilling(principal: Principal | null): boolean {
  return principal?.type === 'HOLDER' || principal?.type === 'OPERATOR';
}

export function serviceVisibility(principal: Principal | null): Prisma.ServiceWhereInput {
  switch (principal?.type) {
    case 'HOLDER':
      return { accountId: principal.accountId };
    case 'PANEL_USER':
      return { id: principal.serviceId };
    case 'OPERATOR':
      return {};
    default:
      return NOTHING;
  }
}

/** Orders are billing: panel users never see them. */
export function orderVisibility(principal: Principal | null): Prisma.OrderWhereInput {
  switch (principal?.type) {
    case 'HOLDER':
      return { accountId: principal.accountId };
    case 'OPERATOR':
      return {};
    default:
      return NOTHING;
  }
}

export function documentVisibility(principal: Principal | null): Prisma.DocumentWhereInput {
  switch (principal?.type) {
    case 'HOLDER':
      return { service: { accountId: principal.accountId } };
    case 'PANEL_USER':
      return { serviceId: principal.serviceId };
    case 'OPERATOR':
      return {};
    default:
      return NOTHING;
  }
}

export function accountVisibility(principal: Principal | null): Prisma.AccountWhereInput {
  switch (principal?.type) {
    case 'HOLDER':
      return { id: principal.accountId };
    case 'OPERATOR':
      return {};
    default:
      return NOTHING;
  }
}

/** Panel users of a service: account data, so holders and operators only. */
export function panelUserVisibility(principal: Principal | null): Prisma.PanelUserWhereInput {
  switch (principal?.type) {
    case 'HOLDER':
      return { service: { accountId: principal.accountId } };
    case 'PANEL_USER':
      return { id: principal.panelUserId };
    case 'OPERATOR':
      return {};
    default:
      return NOTHING;
  }
}
