// The error of a field the caller may not use (scope-auth's unauthorizedError):
// anonymous callers get UNAUTHENTICATED (HTTP 401, `WWW-Authenticate: Bearer`),
// signed-in ones FORBIDDEN.
import { GraphQLError } from 'graphql';
import { messages } from '../../i18n/index.js';
import type { Scope } from '../scope.js';

export function authError(ctx: Pick<Scope, 'principal' | 'locale'>, field: string): GraphQLError {
  const m = messages(ctx.locale);
  if (!ctx.principal) {
    return new GraphQLError(m.errors.authenticationRequired({ field }), {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
    });
  }
  return new GraphQLError(m.errors.notAuthorized({ field }), { extensions: { code: 'FORBIDDEN' } });
}
