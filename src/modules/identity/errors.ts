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

/** The account already has the most live API keys allowed. */
export const ApiKeyLimitError = defineError<{ max: number }>({
  name: 'ApiKeyLimitReached',
  code: 'API_KEY_LIMIT_REACHED',
  description: 'The account already has the most live API keys allowed (`max`): revoke one first.',
  field: null,
  message: (m, d) => m.errors.apiKeyLimit(d),
  graphql: { max: { type: 'Int', description: 'Most live API keys per account.' } },
});

/** An API key cannot expire in the past. */
export const ApiKeyExpiryInPastError = defineError({
  name: 'ApiKeyExpiryInPast',
  code: 'API_KEY_EXPIRY_IN_PAST',
  description: 'The expiry of the new API key is not in the future.',
  field: ['input', 'expiresAt'],
  message: (m) => m.errors.apiKeyExpiryInPast(),
});
