// Refusals of the subscriptions module, each defined once (class, code,
// field, messages, GraphQL type).
import { defineError } from '../../shared/errors.js';

/** runLifecycle as of an instant too far from the real clock, without ALLOW_CLOCK_OVERRIDE. */
export const ClockOverrideNotAllowedError = defineError<{ maxDriftHours: number }>({
  name: 'ClockOverrideNotAllowed',
  code: 'CLOCK_OVERRIDE_NOT_ALLOWED',
  description:
    'The lifecycle can only be run as of an instant within a day of the current time; other instants need a server started with a test clock.',
  field: ['input', 'now'],
  message: (m, d) => m.errors.clockOverrideNotAllowed(d),
  graphql: { maxDriftHours: { type: 'Int', description: 'Largest distance from the current time accepted, in hours.' } },
});
