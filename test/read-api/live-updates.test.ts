// Domain events and live updates (README "Live updates"): each order change
// writes its event to the outbox in its own transaction; the dispatcher
// publishes it; a client subscribed over Server-Sent Events to orderUpdated
// or serviceUpdated receives the object again, with query visibility, also
// across two instances through Redis.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService } from '../support/factories.js';
import { checkoutCart, openCart, providerReports } from '../checkout/helpers.js';
import { publishPendingEvents } from '../../src/shared/events.js';

const ORDER_UPDATED = 'subscription ($id: ID!) { orderUpdated(id: $id) { id status } }';
const SERVICE_UPDATED = 'subscription ($id: ID!) { serviceUpdated(id: $id) { id status } }';

interface Stream {
  /** The next `next` event's payload (rejects after `ms`). */
  next(ms?: number): Promise<{ data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] }>;
  status: number;
  close(): void;
}

/**
 * Subscribes over SSE (POST /graphql, Accept: text/event-stream) on an app and
 * reads the stream from the start (as an HTTP client does), queueing events.
 */
async function subscribe(app: TestApp, query: string, variables: Record<string, unknown>, token: string | null): Promise<Stream> {
  const res = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  if (!res.body) throw new Error('no stream');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const events: Awaited<ReturnType<Stream['next']>>[] = [];
  const waiters: (() => void)[] = [];
  let buffer = '';
  const state = { closed: false, ended: false };
  void (async () => {
    while (!state.closed) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) {
        state.ended = true;
        for (const wake of waiters.splice(0)) wake();
        break;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('');
        buffer = buffer.slice(end + 2);
        if (data) events.push(JSON.parse(data) as Awaited<ReturnType<Stream['next']>>);
      }
      for (const wake of waiters.splice(0)) wake();
    }
  })();
  const next = async (ms = 5000) => {
    const deadline = Date.now() + ms;
    while (events.length === 0) {
      if (state.ended) throw new Error('stream ended');
      if (Date.now() > deadline) throw new Error(`no event within ${String(ms)} ms`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, ms).unref();
      });
    }
    const event = events.shift();
    if (!event) throw new Error('no event');
    return event;
  };
  return {
    next,
    status: res.status,
    close: () => {
      state.closed = true;
      void reader.cancel().catch(() => undefined);
    },
  };
}

async function cardOrder(app: TestApp) {
  const holder = await createHolder(app.prisma);
  const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
  const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'RENEWAL')).id, 'CREDIT_CARD');
  return { holder, service, order };
}

const paymentSucceeded = (app: TestApp, order: { number: string; total: { amountCents: number } }) => providerReports(app, order);

describe('domain events and live updates', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('R25: checkout and payment write order.created and order.paid to the outbox, with the change', async () => {
    // given / when
    const { order } = await cardOrder(app);
    const orderRow = await app.prisma.order.findUniqueOrThrow({ where: { number: order.number } });
    const afterCheckout = await app.prisma.outboxEvent.findMany({ where: { orderId: orderRow.id } });
    await paymentSucceeded(app, order);
    const afterPayment = await app.prisma.outboxEvent.findMany({ where: { orderId: orderRow.id }, orderBy: { createdAt: 'asc' } });
    // then
    expect(afterCheckout.map((e) => e.type)).toEqual(['order.created']);
    expect(afterPayment.map((e) => e.type).sort()).toEqual(['order.created', 'order.paid']);
    const paid = await app.prisma.order.findUniqueOrThrow({ where: { id: orderRow.id } });
    expect(afterPayment.find((e) => e.type === 'order.paid')?.createdAt).toEqual(paid.paidAt);
  });

  it('a refused change writes no event', async () => {
    // given: an order already paid
    const { order } = await cardOrder(app);
    await paymentSucceeded(app, order);
    const orderRow = await app.prisma.order.findUniqueOrThrow({ where: { number: order.number } });
    const before = await app.prisma.outboxEvent.count({ where: { orderId: orderRow.id } });
    // when: a second, different payment for it is refused
    await paymentSucceeded(app, order);
    // then
    expect(await app.prisma.outboxEvent.count({ where: { orderId: orderRow.id } })).toBe(before);
  });

  it('R25: a subscriber to orderUpdated receives PAID after the payment webhook', async () => {
    // given: a card order and its holder subscribed to it
    const { holder, order } = await cardOrder(app);
    await publishPendingEvents(app.deps, app.now());
    const stream = await subscribe(app, ORDER_UPDATED, { id: order.id }, holder.token);
    try {
      // when: the provider reports the payment and the dispatcher runs
      await paymentSucceeded(app, order);
      await publishPendingEvents(app.deps, app.now());
      // then
      expect(stream.status).toBe(200);
      expect(await stream.next(1000)).toEqual({ data: { orderUpdated: { id: order.id, status: 'PAID' } } });
    } finally {
      stream.close();
    }
  });

  it('serviceUpdated follows the service of the paid order', async () => {
    // given
    const { holder, service, order } = await cardOrder(app);
    await publishPendingEvents(app.deps, app.now());
    const stream = await subscribe(app, SERVICE_UPDATED, { id: encodeGlobalID('Service', service.id) }, holder.token);
    try {
      // when
      await paymentSucceeded(app, order);
      await publishPendingEvents(app.deps, app.now());
      // then
      const event = await stream.next(1000);
      expect(event.data?.serviceUpdated).toMatchObject({ id: encodeGlobalID('Service', service.id) });
    } finally {
      stream.close();
    }
  });

  it('a subscription ends when its session is revoked: no event after logout', async () => {
    // given: a subscriber to its card order
    const { holder, order } = await cardOrder(app);
    await publishPendingEvents(app.deps, app.now());
    const stream = await subscribe(app, ORDER_UPDATED, { id: order.id }, holder.token);
    try {
      // when: the holder signs out, then the order is paid
      await app.exec('mutation { logout(input: {}) { __typename } }', {}, { token: holder.token });
      await paymentSucceeded(app, order);
      await publishPendingEvents(app.deps, app.now());
      // then: the stream ends without the order
      await expect(stream.next(2000)).rejects.toThrow('stream ended');
    } finally {
      stream.close();
    }
  });

  it('an anonymous subscriber is refused with UNAUTHENTICATED', async () => {
    // given
    const { order } = await cardOrder(app);
    // when
    const stream = await subscribe(app, ORDER_UPDATED, { id: order.id }, null);
    try {
      const first = await stream.next(1000);
      // then
      expect(first.data?.orderUpdated ?? null).toBeNull();
      expect(first.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      stream.close();
    }
  });

  it('another holder cannot subscribe to an order (NOT_FOUND) and receives nothing of it', async () => {
    // given: A's order, and holder B
    const { order } = await cardOrder(app);
    const b = await createHolder(app.prisma);
    // when
    const stream = await subscribe(app, ORDER_UPDATED, { id: order.id }, b.token);
    try {
      const first = await stream.next(1000);
      // then
      expect(first.data?.orderUpdated ?? null).toBeNull();
      expect(first.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      stream.close();
    }
  });
});

describe.runIf(process.env.TEST_DB === 'postgres')('live updates across instances', () => {
  it('R25: with Redis, a subscriber on one instance receives PAID for a payment handled by the other', async () => {
    // given: two instances on one database and one Redis; a subscription on B
    const env = { REDIS_URL: 'redis://127.0.0.1:6379' };
    const prefix = `fe:test:${randomUUID()}`;
    const a = await createTestApp({ env, rateLimitKeyPrefix: prefix });
    const b = await createTestApp({ env, rateLimitKeyPrefix: prefix, sharing: a });
    try {
      const { holder, order } = await cardOrder(a);
      await publishPendingEvents(a.deps, a.now());
      const stream = await subscribe(b, ORDER_UPDATED, { id: order.id }, holder.token);
      try {
        // when: A handles the payment webhook and publishes the event
        await paymentSucceeded(a, order);
        await publishPendingEvents(a.deps, a.now());
        // then
        expect(await stream.next(1000)).toEqual({ data: { orderUpdated: { id: order.id, status: 'PAID' } } });
      } finally {
        stream.close();
      }
    } finally {
      await b.close();
      await a.close();
    }
  });
});
