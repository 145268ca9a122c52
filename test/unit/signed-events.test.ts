// Verification of Standard Webhooks signatures (src/shared/http/signed-events.ts)
// against what the `standardwebhooks` package signs: every accepted and refused
// form of the headers, without a server.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, type WebhookHeaders } from '../../src/shared/http/signed-events.js';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const previous = `whsec_${randomBytes(32).toString('base64')}`;
const body = Buffer.from(JSON.stringify({ eventId: 'evt-1', type: 'payment.succeeded', note: 'è ✓' }));
const signed = signWebhook(secret, body, 'msg_1');
const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const sigOf = (headers: WebhookHeaders) => headers['webhook-signature'].slice('v1,'.length);

describe('verifyWebhook', () => {
  it.each<[string, readonly string[], Buffer, WebhookHeaders]>([
    ['signed by the package with the current secret', [secret], body, signed],
    ['signed with the previous secret during a rotation', [secret, previous], body, signWebhook(previous, body, 'msg_1')],
    ['one of several signatures matches', [secret], body, { ...signed, 'webhook-signature': `v1,bm90LWl0 ${signed['webhook-signature']}` }],
    ['a timestamp four minutes old', [secret], body, signWebhook(secret, body, 'msg_1', minutes(-4))],
  ])('accepts: %s', (_name, secrets, raw, headers) => {
    // given / when / then
    expect(verifyWebhook(secrets, raw, headers)).toEqual({ ok: true, messageId: 'msg_1' });
  });

  it.each<[string, Buffer, WebhookHeaders, string]>([
    ['one byte of the body changed', Buffer.concat([body.subarray(0, -1), Buffer.from('!')]), signed, 'invalid signature'],
    ['another secret', body, signWebhook(previous, body, 'msg_1'), 'invalid signature'],
    ['another message id', body, { ...signed, 'webhook-id': 'msg_2' }, 'invalid signature'],
    ['a version other than v1', body, { ...signed, 'webhook-signature': `v2,${sigOf(signed)}` }, 'invalid signature'],
    ['a truncated signature', body, { ...signed, 'webhook-signature': signed['webhook-signature'].slice(0, -2) }, 'invalid signature'],
    ['no signature after v1,', body, { ...signed, 'webhook-signature': 'v1,' }, 'invalid signature'],
    ['a timestamp six minutes old', body, signWebhook(secret, body, 'msg_1', minutes(-6)), 'timestamp outside the 5-minute tolerance'],
    ['a timestamp six minutes ahead', body, signWebhook(secret, body, 'msg_1', minutes(6)), 'timestamp outside the 5-minute tolerance'],
    ['a malformed timestamp', body, { ...signed, 'webhook-timestamp': '12ab' }, 'malformed webhook-timestamp'],
  ])('refuses: %s', (_name, raw, headers, reason) => {
    // given / when / then
    expect(verifyWebhook([secret], raw, headers)).toEqual({ ok: false, reason });
  });
});
