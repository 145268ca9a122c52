// Refusals of the notifications module (outgoing webhooks), each defined once.
import { defineError } from '../../shared/errors.js';

/** The endpoint URL is refused (scheme, credentials, private or local target). */
export const WebhookUrlRefusedError = defineError<{ reason: string }>({
  name: 'WebhookUrlRefused',
  code: 'WEBHOOK_URL_REFUSED',
  description: 'The endpoint URL is refused: only https URLs of public hosts, without credentials (`reason` says why).',
  field: ['input', 'url'],
  message: (m, d) => m.errors.webhookUrlRefused(d),
  graphql: { reason: { type: 'String', description: 'Why the URL is refused.' } },
});

/** The account already has the most webhook endpoints allowed. */
export const WebhookEndpointLimitError = defineError<{ max: number }>({
  name: 'WebhookEndpointLimitReached',
  code: 'WEBHOOK_ENDPOINT_LIMIT_REACHED',
  description: 'The account already has the most webhook endpoints allowed (`max`): delete one first.',
  field: null,
  message: (m, d) => m.errors.webhookEndpointLimit(d),
  graphql: { max: { type: 'Int', description: 'Most endpoints per account.' } },
});
