// Outgoing webhooks (README "Outgoing webhooks"): each event type reaches a
// local receiver signed in the Standard Webhooks form after its change wrote it
// to the outbox; retries with backoff; nothing after an endpoint is deleted;
// a holder never receives another account's events; SSRF refusals; automatic
// disabling with a notification; redelivery.
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService, defined, GB, SMALL_GB_POLICY } from '../support/factories.js';
import { runLifecycle } from '../../src/modules/subscriptions/lifecycle.service.js';
import { receiveInvoice } from '../../src/modules/documents/document.service.js';
import { checkoutCart, openCart, providerReports } from '../checkout/helpers.js';
import { deliverDueWebhooks, dispatchEvents } from '../../src/modules/notifications/index.js';
import type { EventType } from '../../src/shared/events.js';
import { RETRY_SCHEDULE_SECONDS } from '../../src/modules/notifications/domain/webhooks.js';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A local receiver on 127.0.0.1 answering `status()` to each POST. */
async function receiver(status: () => number = () => 200) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve();
    }),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}/hooks`,
    received,
    close: () =>
      new Promise<void>((r) =>
        server.close(() => {
          r();
        }),
      ),
  };
}

const CREATE = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename
  ... on CreateWebhookEndpointSuccess { secret endpoint { id } } ... on UserError { code field } } }`;

describe('outgoing webhooks', () => {
  let app: TestApp;
  const receivers: { close: () => Promise<void> }[] = [];
  beforeAll(async () => {
    app = await createTestApp({
      policy: SMALL_GB_POLICY,
      env: { WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOKS_DISABLE_AFTER_FAILURES: '3' },
    });
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });
  afterAll(() => app.close());

  async function holderWithEndpoint(eventTypes: string[], status?: () => number) {
    const holder = await createHolder(app.prisma);
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
    const rx = await receiver(status);
    receivers.push(rx);
    const res = await app.exec(CREATE, { input: { url: rx.url, eventTypes } }, { token: holder.token });
    const created = (res.data as { createWebhookEndpoint: { secret: string; endpoint: { id: string } } }).createWebhookEndpoint;
    expect(created.secret).toMatch(/^whsec_/);
    return { holder, service, rx, secret: created.secret, endpointId: created.endpoint.id };
  }

  /** Dispatcher then delivery job, at the app's clock. */
  async function runJobs() {
    await dispatchEvents(app.deps, app.now());
    return deliverDueWebhooks(app.deps, app.now());
  }

  const paid = async (holder: { token: string }, serviceId: string) => {
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, serviceId, 'RENEWAL')).id, 'CREDIT_CARD');
    await providerReports(app, order);
    return order;
  };

  const run = () => runLifecycle(app.scope(null, 'lifecycle'), { now: app.now() });
  const serviceOf = (accountId: string, opts: Parameters<typeof createService>[2]) =>
    createService(app.prisma, accountId, { now: app.now(), ...opts }).then((s) => s.id);

  // How each event type is caused, through the API, the payment webhook, the
  // lifecycle or the SDI invoice use case; each returns the service concerned.
  const causes: { type: EventType; cause: (h: { token: string; account: { id: string } }, serviceId: string) => Promise<string> }[] = [
    {
      type: 'order.created',
      cause: async (h, s) => {
        await checkoutCart(app, h.token, (await openCart(app, h.token, s, 'RENEWAL')).id, 'BANK_TRANSFER');
        return s;
      },
    },
    {
      type: 'order.paid',
      cause: async (h, s) => {
        await paid(h, s);
        return s;
      },
    },
    {
      type: 'order.cancelled',
      cause: async (h, s) => {
        const order = await checkoutCart(app, h.token, (await openCart(app, h.token, s, 'RENEWAL')).id, 'BANK_TRANSFER');
        const res = await app.exec(
          'mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename } }',
          { input: { orderId: order.id, confirm: true } },
          { token: h.token },
        );
        expect(res.data).toEqual({ cancelOrder: { __typename: 'CancelOrderSuccess' } });
        return s;
      },
    },
    {
      type: 'order.payment_failed',
      cause: async (h, s) => {
        const order = await checkoutCart(app, h.token, (await openCart(app, h.token, s, 'RENEWAL')).id, 'CREDIT_CARD');
        await providerReports(app, order, 'card_declined');
        return s;
      },
    },
    {
      type: 'service.expiring',
      cause: async (h) => {
        const id = await serviceOf(h.account.id, { expiresInDays: 30 });
        await run();
        return id;
      },
    },
    {
      type: 'service.restricted',
      cause: async (h) => {
        const id = await serviceOf(h.account.id, { expiresInDays: -1 });
        await run();
        return id;
      },
    },
    {
      type: 'service.reactivated',
      cause: async (h) => {
        // A service recorded as restricted (expired) that has been renewed since.
        const id = await serviceOf(h.account.id, { expiresInDays: 200 });
        await app.prisma.service.update({ where: { id }, data: { recordedStatus: 'SUSPENDED', recordedReasons: ['EXPIRED'] } });
        await run();
        return id;
      },
    },
    {
      type: 'service.cancelled',
      cause: async (h) => {
        const id = await serviceOf(h.account.id, { expiresInDays: -92 });
        await run();
        return id;
      },
    },
    {
      type: 'storage.warning',
      cause: async (h) => {
        const id = await serviceOf(h.account.id, { expiresInDays: 200, usedBytes: Math.round(GB * 0.85) });
        await run();
        return id;
      },
    },
    {
      type: 'storage.full',
      cause: async (h) => {
        const id = await serviceOf(h.account.id, { expiresInDays: 200, usedBytes: GB });
        await run();
        return id;
      },
    },
    {
      type: 'document.received',
      cause: async (_h, s) => {
        await receiveInvoice(app.scope(null, 'sdi'), {
          serviceId: s,
          number: 'SDI-1',
          contentBase64: Buffer.from('<FatturaElettronica/>').toString('base64'),
        });
        return s;
      },
    },
  ];

  it.each(causes)(
    '$type: the change writes the event in its transaction; it reaches the receiver signed, once',
    async ({ type, cause }) => {
      // given: a holder with an endpoint for this event type only
      const { holder, service, rx, secret } = await holderWithEndpoint([type.toUpperCase().replace('.', '_')]);
      // when
      const serviceId = await cause(holder, service.id);
      const events = await app.prisma.outboxEvent.findMany({ where: { type, serviceId } });
      const result = await runJobs();
      await runJobs();
      // then: the outbox holds the event, and exactly one signed delivery of it arrived
      expect(events).toHaveLength(1);
      expect(result.succeeded).toBeGreaterThanOrEqual(1);
      const mine = rx.received.filter((r) => (JSON.parse(r.body) as { type: string }).type === type);
      expect(mine).toHaveLength(1);
      const delivery = defined(mine[0]);
      const verified = new Webhook(secret).verify(delivery.body, {
        'webhook-id': defined(delivery.headers['webhook-id']),
        'webhook-timestamp': defined(delivery.headers['webhook-timestamp']),
        'webhook-signature': defined(delivery.headers['webhook-signature']),
      }) as { id: string; type: string; data: { serviceId: string | null } };
      expect(verified.type).toBe(type);
      expect(verified.id).toBe(delivery.headers['webhook-id']);
      expect(verified.data.serviceId).toBe(encodeGlobalID('Service', serviceId));
    },
  );

  it('a receiver that fails twice gets the event on the third attempt, with backoff', async () => {
    // given: a receiver answering 500, 503, then 200
    const answers = [500, 503, 200];
    const { holder, service, rx } = await holderWithEndpoint(['ORDER_PAID'], () => answers.shift() ?? 200);
    await paid(holder, service.id);
    const start = app.now();
    try {
      // when: the job runs at the event, then when each retry is due
      const first = await runJobs();
      app.setNow(new Date(start.getTime() + (RETRY_SCHEDULE_SECONDS[0] - 1) * 1000));
      const tooEarly = await runJobs();
      app.setNow(new Date(start.getTime() + RETRY_SCHEDULE_SECONDS[0] * 1000));
      const second = await runJobs();
      app.setNow(new Date(start.getTime() + (RETRY_SCHEDULE_SECONDS[0] + RETRY_SCHEDULE_SECONDS[1]) * 1000));
      const third = await runJobs();
      // then
      expect([first.failed, tooEarly.attempted, second.failed, third.succeeded]).toEqual([1, 0, 1, 1]);
      expect(rx.received.map((r) => r.headers['webhook-id'])).toEqual(Array(3).fill(rx.received[0]?.headers['webhook-id']));
      const delivery = await app.prisma.webhookDelivery.findFirstOrThrow({ where: { endpoint: { accountId: holder.account.id } } });
      expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 3, lastResponseCode: 200 });
    } finally {
      app.setNow(start);
    }
  });

  it('nothing is delivered after the endpoint is deleted', async () => {
    // given: an endpoint with an event waiting
    const { holder, service, rx, endpointId } = await holderWithEndpoint(['ORDER_CREATED']);
    const order = () =>
      openCart(app, holder.token, service.id, 'STORAGE_UPGRADE').then((c) => checkoutCart(app, holder.token, c.id, 'BANK_TRANSFER'));
    await order();
    await dispatchEvents(app.deps, app.now());
    // when
    const res = await app.exec(
      'mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { __typename } }',
      { input: { endpointId } },
      { token: holder.token },
    );
    await order();
    await runJobs();
    // then
    expect(res.data).toEqual({ deleteWebhookEndpoint: { __typename: 'DeleteWebhookEndpointSuccess' } });
    expect(rx.received).toHaveLength(0);
  });

  it('a holder never receives, reads or redelivers another account’s events', async () => {
    // given: holders A and B with endpoints for every order event
    const all = ['ORDER_CREATED', 'ORDER_PAID'];
    const a = await holderWithEndpoint(all);
    const b = await holderWithEndpoint(all);
    // when: A's order is paid
    await paid(a.holder, a.service.id);
    await runJobs();
    const aDelivery = await app.prisma.webhookDelivery.findFirstOrThrow({ where: { endpoint: { accountId: a.holder.account.id } } });
    const read = await app.exec('query ($id: ID!) { node(id: $id) { id } }', { id: a.endpointId }, { token: b.holder.token });
    const redeliver = await app.exec(
      'mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { __typename } }',
      { input: { deliveryId: encodeGlobalID('WebhookDelivery', aDelivery.id) } },
      { token: b.holder.token },
    );
    // then
    expect(a.rx.received.length).toBeGreaterThan(0);
    expect(b.rx.received).toHaveLength(0);
    expect(read.data).toEqual({ node: null });
    expect(redeliver.data).toEqual({ redeliverWebhook: { __typename: 'NotFound' } });
  });

  it('redeliver sends a delivered event again, with the same event id', async () => {
    // given: a delivered event
    const { holder, service, rx } = await holderWithEndpoint(['ORDER_PAID']);
    await paid(holder, service.id);
    await runJobs();
    const delivery = await app.prisma.webhookDelivery.findFirstOrThrow({ where: { endpoint: { accountId: holder.account.id } } });
    // when
    const res = await app.exec(
      'mutation ($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { __typename } }',
      { input: { deliveryId: encodeGlobalID('WebhookDelivery', delivery.id) } },
      { token: holder.token },
    );
    await runJobs();
    // then
    expect(res.data).toEqual({ redeliverWebhook: { __typename: 'RedeliverWebhookSuccess' } });
    expect(rx.received.map((r) => r.headers['webhook-id'])).toEqual([delivery.eventId, delivery.eventId]);
  });

  it('an endpoint failing 3 times in a row is disabled and its holder notified', async () => {
    // given: a receiver that always fails, and three events
    const { holder, service, endpointId } = await holderWithEndpoint(['ORDER_CREATED'], () => 500);
    for (let i = 0; i < 3; i++)
      await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'RENEWAL')).id, 'BANK_TRANSFER');
    // when
    await runJobs();
    // then
    const endpoint = await app.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: decodeGlobalID(endpointId).id } });
    expect(endpoint).toMatchObject({ enabled: false, consecutiveFailures: 3 });
    const mail = await app.prisma.notification.findMany({ where: { accountId: holder.account.id, kind: 'WEBHOOK_DISABLED' } });
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain('/hooks');
  });
});

describe('outgoing webhooks: endpoint URLs (SSRF)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const refused = [
    'http://example.com/hooks',
    'https://127.0.0.1/hooks',
    'https://localhost/hooks',
    'https://10.1.2.3/hooks',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hooks',
    'https://[::ffff:192.168.0.1]/hooks',
    'https://user:pw@example.com/hooks',
    'ftp://example.com/hooks',
    'not a url',
  ];
  it.each(refused)('refuses %s and registers nothing', async (url) => {
    // given
    const holder = await createHolder(app.prisma);
    // when
    const res = await app.exec(CREATE, { input: { url, eventTypes: ['ORDER_PAID'] } }, { token: holder.token });
    // then
    expect(res.data).toEqual({
      createWebhookEndpoint: { __typename: 'WebhookUrlRefused', code: 'WEBHOOK_URL_REFUSED', field: ['input', 'url'] },
    });
    expect(await app.prisma.webhookEndpoint.count({ where: { accountId: holder.account.id } })).toBe(0);
  });

  it('accepts an https URL of a public host', async () => {
    // given
    const holder = await createHolder(app.prisma);
    // when
    const res = await app.exec(
      CREATE,
      { input: { url: 'https://hooks.example.com/fe', eventTypes: ['ORDER_PAID'] } },
      { token: holder.token },
    );
    // then
    expect((res.data as { createWebhookEndpoint: { __typename: string } }).createWebhookEndpoint.__typename).toBe(
      'CreateWebhookEndpointSuccess',
    );
  });
});
