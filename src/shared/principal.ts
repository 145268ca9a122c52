// Who is signed in (kept apart from scope.ts so that lower parts can name it).
import type { ApiKeyScope } from '../generated/prisma/enums.js';

/** An API key acting for its account, with only its scopes (README "API keys"). */
export interface ApiKeyAccess {
  id: string;
  scopes: readonly ApiKeyScope[];
}

/**
 * Who is signed in. An API key signs in as the holder of its account
 * (`apiKey` set, `sessionId` null): every rule about what a holder sees
 * applies, narrowed by the key's scopes.
 */
export type Principal =
  | { type: 'HOLDER'; accountId: string; sessionId: string | null; apiKey?: ApiKeyAccess }
  | { type: 'PANEL_USER'; panelUserId: string; serviceId: string; sessionId: string }
  | { type: 'OPERATOR'; operatorId: string; sessionId: string };

/** Whether the principal may act within `scope`: always for a session, per its scopes for an API key. */
export function allows(principal: Principal | null, scope: ApiKeyScope): boolean {
  if (principal === null) return false;
  return principal.type !== 'HOLDER' || !principal.apiKey || principal.apiKey.scopes.includes(scope);
}
