// What every resolver receives: the request's scope (see src/shared/scope.ts)
// plus the bearer token.
import type { Scope } from './shared/scope.js';

export type { AppDeps, Principal, Locale, Actor, Scope } from './shared/scope.js';
export { localeFrom } from './i18n/index.js';

export interface Context extends Scope {
  /** The bearer token of the request, if any (for logout). */
  token: string | null;
}
