// Signed webhook events (payment provider, SDI): the `x-signature` header is
// the hex HMAC-SHA256 of the raw body. One mechanism for every webhook.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { findBadText } from '../text.js';

/** Outcome of a webhook delivery: HTTP status and JSON body. */
export interface WebhookOutcome {
  status: number;
  body: Record<string, unknown>;
}

/** Hex HMAC-SHA256 of the raw body: the `x-signature` header. */
export function signPayload(secret: string, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

export function verifySignature(secret: string, rawBody: Buffer, signature: string | undefined | null): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(signPayload(secret, rawBody), 'hex');
  const given = Buffer.from(signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Checks the signature (401), then parses the body as JSON and against
 * `schema` (400). Returns the event, or the outcome to answer with.
 */
export function readSignedEvent<S extends z.ZodType>(
  secret: string,
  rawBody: Buffer,
  signature: string | undefined | null,
  schema: S,
): { event: z.infer<S> } | { outcome: WebhookOutcome } {
  if (!verifySignature(secret, rawBody, signature)) return { outcome: { status: 401, body: { error: 'invalid signature' } } };
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
  return { event: parsed.data };
}
