// Signed webhook events (payment provider, SDI) in the Standard Webhooks form
// (https://www.standardwebhooks.com, package `standardwebhooks`): headers
// `webhook-id` (the message id: the idempotency key), `webhook-timestamp`
// (seconds; more than 5 minutes away from this machine's clock is refused)
// and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`,
// several space-separated signatures allowed). Secrets are `whsec_<base64>`;
// during a rotation both the current and the previous secret are accepted.
// Signing uses the package; verification hashes with node:crypto, because the
// package's SHA-256 is plain JavaScript: about 170 ms of the event loop for a
// 14 MB body (an invoice at the size limit) against 19 ms, for anyone who
// posts such a body, signed or not.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { z } from 'zod';
import { findBadText } from '../text.js';

/** Outcome of a webhook delivery: HTTP status and JSON body. */
export interface WebhookOutcome {
  status: number;
  body: Record<string, unknown>;
}

/** The three Standard Webhooks headers. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** Request headers as node:http gives them (also a plain record). */
export type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>> | WebhookHeaders;

/** Longest accepted `webhook-id`. */
const MAX_MESSAGE_ID_CHARS = 200;
/** How far `webhook-timestamp` may be from this machine's clock (the Standard Webhooks default). */
const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;
const SECRET_PREFIX = 'whsec_';

/** The `v1` signature of a message: base64 HMAC-SHA256 of "id.timestamp.body" with the secret's key. */
function expectedSignature(secret: string, id: string, timestamp: string, body: Buffer): Buffer {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return Buffer.from(createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64'));
}

/** Whether one of the space-separated `v1,<signature>` entries is `expected` (compared in constant time). */
function hasSignature(header: string, expected: Buffer): boolean {
  return header.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || signature === undefined) return false;
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Signs `rawBody` as message `id` at `timestamp` (default: now) with `secret`: the headers to send. */
export function signWebhook(secret: string, rawBody: string | Buffer, id: string, timestamp: Date = new Date()): WebhookHeaders {
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
  };
}

function header(headers: HeaderBag, name: keyof WebhookHeaders): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : value?.[0];
}

/**
 * Verifies the Standard Webhooks headers against any of `secrets` (current
 * first, then the previous one while rotating). Returns the message id, or why
 * it was refused (missing headers, stale timestamp, no matching signature).
 */
export function verifyWebhook(
  secrets: readonly string[],
  rawBody: Buffer,
  headers: HeaderBag,
): { ok: true; messageId: string } | { ok: false; reason: string } {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signature = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signature) return { ok: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature' };
  if (id.length > MAX_MESSAGE_ID_CHARS || !/^[\x21-\x7e]+$/.test(id)) return { ok: false, reason: 'malformed webhook-id' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed webhook-timestamp' };
  if (Math.abs(Math.floor(Date.now() / 1000) - Number(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'timestamp outside the 5-minute tolerance' };
  }
  for (const secret of secrets) {
    if (hasSignature(signature, expectedSignature(secret, id, timestamp, rawBody))) return { ok: true, messageId: id };
  }
  return { ok: false, reason: 'invalid signature' };
}

/**
 * Checks the signature (401), then parses the body as JSON and against
 * `schema` (400). Returns the event and its message id, or the outcome to answer with.
 */
export function readSignedEvent<S extends z.ZodType>(
  secrets: readonly string[],
  rawBody: Buffer,
  headers: HeaderBag,
  schema: S,
): { event: z.infer<S>; messageId: string } | { outcome: WebhookOutcome } {
  const verified = verifyWebhook(secrets, rawBody, headers);
  if (!verified.ok) return { outcome: { status: 401, body: { error: 'invalid signature', reason: verified.reason } } };
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return { outcome: { status: 400, body: { error: 'malformed JSON' } } };
  }
  // Text PostgreSQL cannot store (NUL, lone surrogates) is malformed, not a fault.
  const bad = findBadText(json, [], Number.MAX_SAFE_INTEGER);
  if (bad) return { outcome: { status: 400, body: { error: 'malformed event', issues: [`${bad.path.join('.')}: ${bad.problem}`] } } };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    return { outcome: { status: 400, body: { error: 'malformed event', issues } } };
  }
  return { event: parsed.data, messageId: verified.messageId };
}

/** The secrets a webhook accepts: the current one and, while rotating, the previous one. */
export function acceptedSecrets(current: string, previous: string | undefined): string[] {
  return previous === undefined ? [current] : [current, previous];
}
