// Complexity of an operation, computed at execution time with its variables
// (@pothos/plugin-complexity, before any root field resolves): every field
// costs 1, a connection multiplies its selection by `first`/`last` (or the
// default page size), `nodes` by the number of ids, other lists by 10, and the
// content fields are priced high (SCHEMA_LIMITS.contentComplexity). The same
// walk refuses page sizes above SCHEMA_LIMITS.maxPageSize and more ids than
// SCHEMA_LIMITS.maxNodeIds, before anything is read.
import { GraphQLError, GraphQLList, GraphQLNonNull, type GraphQLField, type GraphQLOutputType } from 'graphql';
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { SCHEMA_LIMITS } from '../limits.js';
import { messages } from '../../i18n/index.js';
import type { Scope } from '../scope.js';
import { badUserInput } from './input-hygiene.js';

/** Extension code of the error of an operation above MAX_QUERY_COMPLEXITY. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function isList(type: GraphQLOutputType): boolean {
  return type instanceof GraphQLList || (type instanceof GraphQLNonNull && isList(type.ofType));
}

function pageSize(args: Record<string, unknown>, name: 'first' | 'last', ctx: Pick<Scope, 'locale'>): number | null {
  const value = args[name];
  if (typeof value !== 'number') return null;
  const max = SCHEMA_LIMITS.maxPageSize;
  if (value < 0 || value > max) throw badUserInput((m) => m.errors.pageSizeOutOfRange({ arg: name, max }), ctx.locale, [name]);
  return value;
}

/** Complexity of one selected field; throws BAD_USER_INPUT for page sizes and id lists above the limits. */
export function fieldComplexity<C extends Pick<Scope, 'locale'>>(
  args: Record<string, unknown>,
  scope: C,
  field: GraphQLField<unknown, C, Record<string, unknown>>,
): FieldComplexityValue {
  const argNames = new Set(field.args.map((a) => a.name));
  if (argNames.has('first') || argNames.has('last')) {
    const first = pageSize(args, 'first', scope);
    const last = pageSize(args, 'last', scope);
    return { field: 1, multiplier: first ?? last ?? SCHEMA_LIMITS.defaultPageSize };
  }
  if (argNames.has('ids') && field.name === 'nodes') {
    const ids = Array.isArray(args.ids) ? args.ids.length : 0;
    const max = SCHEMA_LIMITS.maxNodeIds;
    if (ids > max) throw badUserInput((m) => m.errors.tooManyIds({ max }), scope.locale, ['ids']);
    return { field: 1, multiplier: ids };
  }
  // A connection's edges are already counted by its `first`/`last`.
  if (isList(field.type)) return { field: 1, multiplier: field.name === 'edges' ? 1 : 10 };
  return 1;
}

/** The error of an operation above the complexity limit (English here; localized by the request guards). */
export function complexityError(complexity: number, maxComplexity: number): GraphQLError {
  return new GraphQLError(messages('en').errors.queryTooComplex({ complexity, max: maxComplexity }), {
    extensions: { code: QUERY_TOO_COMPLEX, complexity, maxComplexity },
  });
}
