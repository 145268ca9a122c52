// Refusals of sign-in, each defined once (class, code, field, messages, GraphQL type).
import { defineError } from '../../shared/errors.js';

/** Username or password is wrong (which one is never told). */
export const InvalidCredentialsError = defineError({
  name: 'InvalidCredentials',
  code: 'INVALID_CREDENTIALS',
  description: 'Username or password is wrong (which one is never told).',
  field: null,
  message: (m) => m.errors.invalidCredentials(),
});
