// Signs test webhook deliveries the way the payment provider and SDI do
// (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature).
import { randomBytes, randomUUID } from 'node:crypto';
import { signWebhook } from '../../src/shared/http/signed-events.js';

/** The message id a test delivery uses by default: the event's own id (`id` or `eventId`), so a replay reuses it. */
function defaultMessageId(body: string | Buffer): string {
  try {
    const json = JSON.parse(body.toString()) as { id?: unknown; eventId?: unknown };
    const id = json.id ?? json.eventId;
    if (typeof id === 'string' && id !== '') return id;
  } catch {
    // not JSON: a fresh id
  }
  return `msg_${randomUUID()}`;
}

/** Standard Webhooks headers for `body` signed with `secret` (`whsec_...`); `timestamp` defaults to now. */
export function webhookHeaders(
  secret: string,
  body: string | Buffer,
  opts: { id?: string; timestamp?: Date } = {},
): Record<string, string> {
  return { ...signWebhook(secret, body, opts.id ?? defaultMessageId(body), opts.timestamp ?? new Date()) };
}

/** A `whsec_` secret of 32 random bytes (another party's key, a rotated key). */
export function randomWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
