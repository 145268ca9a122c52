import { GraphQLError } from 'graphql';
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'fatturazione-api' },
    redact: ['req.headers.authorization', '*.password', '*.token'],
  });
}

/** The innermost error of a GraphQL error (what a resolver threw). */
function originalOf(error: Error): Error {
  return error instanceof GraphQLError && error.originalError ? originalOf(error.originalError) : error;
}

/**
 * Pino fields of a Yoga log call: the first Error as `err` (message, type and
 * stack, serialized by pino), with the GraphQL path; anything else as `args`.
 */
export function yogaLogFields(args: unknown[]): Record<string, unknown> {
  const errors = args.filter((a): a is Error => a instanceof Error);
  const rest = args.filter((a) => !(a instanceof Error));
  const fields: Record<string, unknown> = {};
  const [first, ...more] = errors;
  if (first) {
    fields.err = originalOf(first);
    if (first instanceof GraphQLError && first.path) fields.graphqlPath = first.path.join('.');
  }
  if (more.length > 0)
    fields.moreErrors = more.map((e) => ({ type: originalOf(e).name, message: originalOf(e).message, stack: originalOf(e).stack }));
  if (rest.length > 0) fields.args = rest;
  return fields;
}
