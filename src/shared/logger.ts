// Logs: pino, one JSON object per line with ISO times (production, files,
// log collectors), or pino-pretty's readable lines (development in a terminal).
import { GraphQLError } from 'graphql';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

/** `LOG_FORMAT` when set; else pretty in a terminal outside production, JSON otherwise. */
export function logFormatOf(env: { LOG_FORMAT?: LogFormat | undefined; NODE_ENV: string }, isTty = process.stdout.isTTY): LogFormat {
  return env.LOG_FORMAT ?? (env.NODE_ENV !== 'production' && isTty ? 'pretty' : 'json');
}

export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: { service: 'fatturazione-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', '*.password', '*.token'],
  };
  if (format === 'pretty') {
    // Synchronous stream in this thread: lines stay in order with console output.
    return pino(
      options,
      pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', singleLine: true, sync: true }),
    );
  }
  return pino(options);
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
