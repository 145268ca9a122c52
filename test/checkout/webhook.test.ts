import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { randomWebhookSecret, webhookHeaders } from '../support/webhooks.js';
import { flushGateway } from '../../src/modules/commerce/payment.service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addYears, createHolder, createService, startOfUtcDay } from '../support/factories.js';
import { PayOrder } from './documents.js';
import { checkoutCart, localOf, openCart, serviceState } from './helpers.js';

describe('payment webhook and gateway', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  let holder: Awaited<ReturnType<typeof createHolder>>;
  beforeAll(async () => {
    app = await createTestApp();
    holder = await createHolder(app.prisma);
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('server has no port');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
    await app.close();
  });

  const secret = () => app.deps.config.PAYMENT_WEBHOOK_SECRET;

  async function post(body: string, signature: Record<string, string> | null) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...signature };
    const res = await fetch(`${base}/webhooks/payments`, { method: 'POST', headers, body });
    const json: unknown = await res.json();
    return { status: res.status, body: typeof json === 'object' && json !== null ? { ...json } : {} };
  }

  async function cardOrder(method: 'CREDIT_CARD' | 'PAYPAL' = 'CREDIT_CARD') {
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'RENEWAL')).id, method);
    return { service, order };
  }

  const event = (id: string, order: { number: string; total: { amountCents: number } }, reference: string) =>
    JSON.stringify({
      id,
      type: 'payment.succeeded',
      data: { orderNumber: order.number, amountCents: order.total.amountCents, currency: 'EUR', method: 'CREDIT_CARD', reference },
    });

  it('R25: a signed success event marks the order paid and applies it; its replay changes nothing', async () => {
    // given
    const { service, order } = await cardOrder();
    const body = event('evt-1', order, 'ch_1');
    // when
    const first = await post(body, webhookHeaders(secret(), body));
    const after = await serviceState(app, service.id);
    const replays = await Promise.all(Array.from({ length: 5 }, () => post(body, webhookHeaders(secret(), body))));
    // then
    expect(first).toMatchObject({ status: 200, body: { received: true, applied: true } });
    expect(replays.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(after.service.expiresAt.getTime()).toBe(addYears(service.expiresAt, 1).getTime());
    expect(after.service).toMatchObject({ autoRenewEnabled: true, autoRenewMethod: 'CREDIT_CARD' });
    expect(await serviceState(app, service.id)).toEqual(after);
    expect(await app.prisma.payment.count({ where: { orderId: localOf(order.id) } })).toBe(1);
    expect(await app.prisma.webhookEvent.count({ where: { source: 'payments', eventId: 'evt-1' } })).toBe(1);
  });

  it('a tampered or missing signature gets 401 and changes nothing', async () => {
    // given
    const { service, order } = await cardOrder();
    const body = event('evt-tampered', order, 'ch_t');
    const before = await serviceState(app, service.id);
    const tampered = body
      .replace(`"amountCents":${order.total.amountCents}`, `"amountCents":${order.total.amountCents}`)
      .replace('ch_t', 'ch_x');
    // when
    const wrong = await post(tampered, { ...webhookHeaders(secret(), body) });
    const missing = await post(body, null);
    const otherSecret = await post(body, webhookHeaders(randomWebhookSecret(), body));
    // then
    expect([wrong.status, missing.status, otherSecret.status]).toEqual([401, 401, 401]);
    expect(await serviceState(app, service.id)).toEqual(before);
    expect(await app.prisma.webhookEvent.count({ where: { eventId: 'evt-tampered' } })).toBe(0);
    expect((await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(order.id) } })).status).toBe('AWAITING_PAYMENT');
  });

  it('a malformed body gets 400 and changes nothing', async () => {
    // given
    const notJson = '{"id": "evt-bad",';
    const wrongShape = JSON.stringify({ id: 'evt-bad', type: 'payment.succeeded', data: { orderNumber: 'FE-1', amountCents: -5 } });
    // when
    const a = await post(notJson, webhookHeaders(secret(), notJson));
    const b = await post(wrongShape, webhookHeaders(secret(), wrongShape));
    const c = await fetch(`${base}/webhooks/payments`, { method: 'GET' });
    // then
    expect([a.status, b.status, c.status]).toEqual([400, 400, 405]);
    expect(await app.prisma.webhookEvent.count({ where: { eventId: 'evt-bad' } })).toBe(0);
  });

  it('R24: card payment through the sandbox: tok_visa succeeds, tok_declined declines and leaves the order awaiting payment', async () => {
    // given
    const ok = await cardOrder();
    const ko = await cardOrder();
    // when
    const paid = await app.exec(PayOrder, { input: { orderId: ok.order.id, cardToken: 'tok_visa' } }, { token: holder.token });
    const declined = await app.exec(PayOrder, { input: { orderId: ko.order.id, cardToken: 'tok_declined' } }, { token: holder.token });
    await flushGateway(app.deps);
    // then
    expect(paid.data?.payOrder).toMatchObject({ __typename: 'PayOrderSuccess', outcome: 'PROCESSING' });
    expect(declined.data?.payOrder).toMatchObject({ __typename: 'PayOrderSuccess', outcome: 'PROCESSING' });
    expect((await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(ok.order.id) } })).status).toBe('PAID');
    expect((await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(ko.order.id) } })).status).toBe('AWAITING_PAYMENT');
    expect(await app.prisma.payment.findFirst({ where: { orderId: localOf(ko.order.id) } })).toMatchObject({
      status: 'FAILED',
      failureCode: 'card_declined',
    });
    expect((await serviceState(app, ko.service.id)).service.expiresAt.getTime()).toBe(ko.service.expiresAt.getTime());
  });

  it('R24: a declined card leaves a failed payment attempt with the reason in the request language; a retry that succeeds follows it', async () => {
    // given: an order paid first with a declined card, then with a good one
    const { order } = await cardOrder();
    await app.exec(PayOrder, { input: { orderId: order.id, cardToken: 'tok_insufficient_funds' } }, { token: holder.token });
    await flushGateway(app.deps);
    await app.exec(PayOrder, { input: { orderId: order.id, cardToken: 'tok_visa' } }, { token: holder.token });
    await flushGateway(app.deps);
    // when
    const query = `query ($id: ID!) { order(id: $id) { status paymentAttempts { status source method failureCode message amount { amountCents } at } } }`;
    const italian = await app.exec(query, { id: order.id }, { token: holder.token, locale: 'it' });
    const en = await app.exec(query, { id: order.id }, { token: holder.token, locale: 'en' });
    // then
    const attempts = (italian.data as { order: { status: string; paymentAttempts: Record<string, unknown>[] } }).order;
    expect(attempts.status).toBe('PAID');
    expect(attempts.paymentAttempts).toMatchObject([
      {
        status: 'FAILED',
        source: 'GATEWAY',
        method: 'CREDIT_CARD',
        failureCode: 'insufficient_funds',
        message: 'La carta non ha fondi sufficienti',
      },
      { status: 'SUCCEEDED', source: 'GATEWAY', method: 'CREDIT_CARD', failureCode: null, message: null },
    ]);
    expect((en.data as { order: { paymentAttempts: { message: string | null }[] } }).order.paymentAttempts[0]?.message).toBe(
      'The card has insufficient funds',
    );
  });

  it('R3: PayPal payments succeed in the sandbox and turn auto-renew on with PayPal', async () => {
    // given
    const { service, order } = await cardOrder('PAYPAL');
    // when
    await app.exec(PayOrder, { input: { orderId: order.id } }, { token: holder.token });
    await flushGateway(app.deps);
    // then
    const after = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(after).toMatchObject({ autoRenewEnabled: true, autoRenewMethod: 'PAYPAL' });
    expect(after.expiresAt.getTime()).toBe(addYears(service.expiresAt, 1).getTime());
    expect(startOfUtcDay(after.expiresAt).getTime()).toBe(after.expiresAt.getTime());
  });

  it('R25: a success event for a cancelled order is recorded but never applied', async () => {
    // given
    const { service, order } = await cardOrder();
    await app.prisma.order.update({ where: { id: localOf(order.id) }, data: { status: 'CANCELLED' } });
    const before = await serviceState(app, service.id);
    const body = event('evt-cancelled', order, 'ch_c');
    // when
    const res = await post(body, webhookHeaders(secret(), body));
    // then
    expect(res).toMatchObject({ status: 200, body: { applied: false, ignored: 'ORDER_NOT_PAYABLE' } });
    expect(await serviceState(app, service.id)).toEqual(before);
    expect(await app.prisma.payment.count({ where: { orderId: localOf(order.id) } })).toBe(0);
  });
});
