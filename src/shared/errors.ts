// Expected failures: one class per failure, a stable `code`, the input `field`
// where it applies, and a message in English and Italian. They are returned as
// typed errors in mutation payloads (Pothos errors plugin).
import type { Locale } from '../context.js';

export interface Messages {
  en: string;
  it: string;
}

export abstract class UserError extends Error {
  abstract readonly code: string;
  readonly field: string[] | null;
  readonly messages: Messages;

  constructor(messages: Messages, field: string[] | null = null) {
    super(messages.en);
    this.messages = messages;
    this.field = field;
  }

  localized(locale: Locale): string {
    return this.messages[locale];
  }
}

interface Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** Input that fails validation (shape, range, format). */
export class InvalidInputError extends UserError {
  readonly code = 'INVALID_INPUT';

  static fromIssues(issues: ReadonlyArray<Issue>): InvalidInputError {
    const first = issues[0];
    const field = (first?.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
    const detail = issues.map((i) => i.message).join('; ');
    return new InvalidInputError(
      { en: `Invalid input: ${detail}`, it: `Dati non validi: ${detail}` },
      field.length ? field : null,
    );
  }
}

/** An object the principal may not see, or that does not exist (never told apart). */
export class NotFoundError extends UserError {
  readonly code = 'NOT_FOUND';

  constructor(what: string, field: string[] | null = null) {
    super({ en: `${what} not found`, it: `${what}: elemento non trovato` }, field);
  }
}

/** The principal is signed in but this operation is not theirs to do. */
export class ForbiddenError extends UserError {
  readonly code = 'FORBIDDEN';

  constructor() {
    super({ en: 'You are not allowed to do this', it: 'Non hai i permessi per questa operazione' });
  }
}
