// Logs: pino, one JSON object per line with ISO times (production, files,
// log collectors), or pino-pretty's readable lines (development in a terminal).
import { GraphQLError } from 'graphql';
import { pino, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

/** `LOG_FORMAT` when set; else pretty in a terminal outside production, JSON otherwise. */
export function logFormatOf(env: { LOG_FORMAT?: LogFormat | undefined; NODE_ENV: string }, isTty = process.stdout.isTTY): LogFormat {
  return env.LOG_FORMAT ?? (env.NODE_ENV !== 'production' && isTty ? 'pretty' : 'json');
}

const options = (level: string) => ({
  level,
  base: { service: 'fatturazione-api' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: ['req.headers.authorization', '*.password', '*.token'],
});

/** A JSON-lines logger (tests, production). */
export function createLogger(level: string): Logger {
  return pino(options(level));
}

/** The process logger in `format` (pino-pretty is loaded only for `pretty`). */
export async function createProcessLogger(level: string, format: LogFormat): Promise<Logger> {
  if (format === 'json') return createLogger(level);
  const { default: pretty } = await import('pino-pretty');
  // Synchronous stream in this thread: lines stay in order with console output.
  const stream = pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', singleLine: true, sync: true });
  return pino(options(level), stream);
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
