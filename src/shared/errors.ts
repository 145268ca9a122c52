// Expected failures (refusals). Each one is defined once with `defineError`:
// that definition is the error class a service throws, its stable `code`, the
// input `field` it is about, its messages (from the i18n catalogs) and the
// GraphQL type it is returned as (built by shared/schema/user-error.ts from
// `graphql`). Services list the refusals of each use case next to it; the
// mutation payload unions are built from those lists.
import { messages, type Catalog, type Locale } from '../i18n/index.js';
import type { RateBucket } from './limits.js';
import type { Logger } from './logger.js';

/** GraphQL types an error's extra fields can have (resolved in shared/schema/user-error.ts). */
export type ErrorFieldType =
  'Int' | 'String' | 'BigInt' | 'ModuleCode' | 'ServiceAction' | 'ActionBlockCode' | 'ServiceStatus' | '[RestrictionReason]';

export interface ErrorFieldSpec<Data> {
  type: ErrorFieldType;
  description: string;
  /** The value of the field; defaults to `data[<field name>]`. */
  resolve?: (data: Data) => unknown;
}

export interface ErrorSpec<Data> {
  /** GraphQL type name. */
  name: string;
  /** Stable machine-readable code. */
  code: string;
  /** GraphQL description: what the refusal means to a client. */
  description: string;
  /** Path of the input field it is about (a thrower may give another one). */
  field: readonly string[] | null;
  /** The message in the catalog's language. */
  message: (m: Catalog, data: Data) => string;
  /** Extra GraphQL fields, read from the error's data. */
  graphql?: Record<string, ErrorFieldSpec<Data>>;
}

/** A refusal: returned as a typed error in a mutation payload. */
export abstract class UserError extends Error {
  abstract readonly code: string;
  abstract readonly field: string[] | null;
  /** The message in `locale`. */
  abstract localized(locale: Locale): string;
}

export interface UserErrorClass<Data> {
  new (data: Data, field?: readonly string[] | null): UserError & { readonly data: Data };
  readonly spec: ErrorSpec<Data>;
}

/** Any refusal class, whatever its data (for lists of refusals). */
export interface AnyUserErrorClass {
  new (data: never, field?: readonly string[] | null): UserError;
  readonly spec: ErrorSpec<never>;
}

/** Defines one refusal: class, code, field, messages and GraphQL type in one place. */
export function defineError<Data extends object = Record<string, never>>(spec: ErrorSpec<Data>): UserErrorClass<Data> {
  class Refusal extends UserError {
    static readonly spec = spec;
    readonly code = spec.code;
    readonly field: string[] | null;
    readonly data: Data;

    constructor(data: Data, field?: readonly string[] | null) {
      super(spec.message(messages('en'), data));
      this.name = `${spec.name}Error`;
      this.data = data;
      const path = field === undefined ? spec.field : field;
      this.field = path ? [...path] : null;
    }

    localized(locale: Locale): string {
      return spec.message(messages(locale), this.data);
    }
  }
  Object.defineProperty(Refusal, 'name', { value: `${spec.name}Error` });
  return Refusal;
}

/** No data. */
export const NONE: Record<string, never> = {};

// ---------------------------------------------------------------- refusals every module uses

/** Input that fails validation (shape, range, format). */
export const InvalidInputError = defineError<{ say: (m: Catalog) => string }>({
  name: 'InvalidInput',
  code: 'INVALID_INPUT',
  description: 'The input is malformed or out of range.',
  field: null,
  message: (m, d) => d.say(m),
});

interface Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/** InvalidInput from validation issues (zod), about the first issue's field. */
export function invalidInputFromIssues(issues: readonly Issue[]): UserError {
  const first = issues[0];
  const field = (first?.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
  const detail = issues.map((i) => i.message).join('; ');
  return new InvalidInputError({ say: (m) => m.errors.invalidInput({ detail }) }, field.length ? field : null);
}

/** An object the principal may not see, or that does not exist (never told apart). */
/** Too many attempts of one kind (sign-ins, convention codes): retry later. */
export const RateLimitedError = defineError<{ retryAfterSeconds: number }>({
  name: 'RateLimited',
  code: 'RATE_LIMITED',
  description: 'Too many attempts of this kind in a short time: the same call is refused until `retryAfterSeconds` have passed.',
  field: null,
  message: (m, d) => m.errors.rateLimited(d),
  graphql: { retryAfterSeconds: { type: 'Int', description: 'Seconds to wait before trying again.' } },
});

/** Takes one attempt from a budget; throws RateLimited (and logs a security event) when it is spent. */
export async function takeAttempt(
  scope: {
    limiter: { consume(bucket: RateBucket, key: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> };
    log: Logger;
  },
  bucket: RateBucket,
  key: string,
  event: Record<string, unknown>,
): Promise<void> {
  const decision = await scope.limiter.consume(bucket, key);
  if (decision.ok) return;
  scope.log.warn({ ...event, outcome: 'rate-limited', bucket, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limited');
  throw new RateLimitedError({ retryAfterSeconds: decision.retryAfterSeconds });
}

export const NotFoundError = defineError<{ what: string }>({
  name: 'NotFound',
  code: 'NOT_FOUND',
  description: 'The object does not exist or is not visible to you.',
  field: null,
  message: (m, d) => m.errors.notFound(d),
});

/** The principal is signed in but this operation is not theirs to do. */
export const ForbiddenError = defineError({
  name: 'Forbidden',
  code: 'FORBIDDEN',
  description: 'The operation is not allowed for the signed-in party.',
  field: null,
  message: (m) => m.errors.forbidden(),
});

/** Shorthand: NotFound of `what` about `input.<field>`. */
export function notFound(what: string, field: string): UserError {
  return new NotFoundError({ what }, ['input', field]);
}
