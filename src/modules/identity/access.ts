// Who may read what: Prisma `where` filters per principal. Holders read their
// own account, panel users their one service's documents (never billing),
// operators everything. Something not visible behaves like something unknown.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Principal, Scope } from '../../shared/scope.js';
import { ForbiddenError, NONE } from '../../shared/errors.js';

/** A filter that matches nothing. */
export const NOTHING = { id: { in: [] as string[] } };

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

/** The signed-in holder's account id; ForbiddenError for anyone else (holder-only use cases). */
export function requireHolder(scope: Pick<Scope, 'principal'>): string {
  if (scope.principal?.type !== 'HOLDER') throw new ForbiddenError(NONE);
  return scope.principal.accountId;
}

/** Who may write a service's documents: its holder and its own panel users (never operators). */
export function canWriteDocumentsOf(principal: Principal | null, service: { id: string; accountId: string }): boolean {
  if (principal?.type === 'HOLDER') return principal.accountId === service.accountId;
  if (principal?.type === 'PANEL_USER') return principal.serviceId === service.id;
  return false;
}

/** Who may read (download) a service's documents: as for writing, plus operators. */
export function canReadDocumentsOf(principal: Principal | null, service: { id: string; accountId: string }): boolean {
  return principal?.type === 'OPERATOR' || canWriteDocumentsOf(principal, service);
}
