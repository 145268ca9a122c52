import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLifecycle } from '../../src/modules/subscriptions/lifecycle.service.js';
import { flushGateway, gatewayFor } from '../../src/modules/commerce/payment.service.js';
import { SandboxGateway } from '../../src/modules/commerce/payments/gateway.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, addYears, createHolder, createService, startOfUtcDay } from '../support/factories.js';

const BASE = new Date('2026-06-15T10:00:00.000Z');
const TODAY = startOfUtcDay(BASE);
const at = (days: number) => new Date(addDays(TODAY, days).getTime() + 9 * 3_600_000);

describe('lifecycle: auto-renew (R3)', () => {
  let app: TestApp;
  let gateway: SandboxGateway;
  beforeAll(async () => {
    app = await createTestApp({ now: BASE });
    const g = gatewayFor(app.deps);
    if (!(g instanceof SandboxGateway)) throw new Error('sandbox gateway expected');
    gateway = g;
  });
  afterAll(() => app.close());

  /** Runs the lifecycle at `now` with the app clock there too, and waits for the provider's webhooks. */
  const run = async (now: Date) => {
    app.setNow(now);
    const summary = await runLifecycle(app.scope(null, 'lifecycle'), { now: now });
    await flushGateway(app.deps);
    return summary;
  };
  const autoOrders = (serviceId: string) =>
    app.prisma.order.findMany({ where: { serviceId, automatic: true }, include: { payments: true } });

  it('R3: renews exactly autoRenewLeadDays (7) before expiry with the previous payment method, not the day before', async () => {
    // given: auto-renew by PayPal, expiring in 40 days
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 40, autoRenew: 'PAYPAL' });
    const expiry = addDays(TODAY, 40);
    // when: 8 days before expiry
    await run(at(32));
    // then: nothing yet
    expect(await autoOrders(service.id)).toHaveLength(0);
    // when: exactly 7 days before
    const summary = await run(at(33));
    // then: an automatic renewal order paid by PayPal, applied at once
    expect(summary.autoRenewCharges).toBe(1);
    const orders = await autoOrders(service.id);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ type: 'RENEWAL', paymentMethod: 'PAYPAL', status: 'PAID', automatic: true });
    const row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(row.expiresAt).toEqual(addYears(expiry, 1));
    expect(row.autoRenewEnabled).toBe(true);
    // when: run again the same day and the next
    await run(at(33));
    await run(at(34));
    // then: charged once
    expect(await autoOrders(service.id)).toHaveLength(1);
  });

  it('R3: a declined charge keeps auto-renew on, tells the holder, retries the next day, and gives up after the maximum attempts', async () => {
    // given: auto-renew by card, expiring in 100 days; the saved card is declined
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 100, autoRenew: 'CREDIT_CARD' });
    gateway.declineAll = 'card_expired';
    try {
      // when: the charge day and the same day again
      await run(at(93));
      await run(at(93));
      // then: one attempt, failed; auto-renew still on; holder notified
      let orders = await autoOrders(service.id);
      expect(orders).toHaveLength(1);
      expect(orders[0]?.status).toBe('AWAITING_PAYMENT');
      expect(orders[0]?.payments.map((p) => p.status)).toEqual(['FAILED']);
      await run(at(93));
      let row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
      expect(row).toMatchObject({ autoRenewEnabled: true, autoRenewFailures: 1 });
      const kinds = async () => (await app.prisma.notification.findMany({ where: { serviceId: service.id } })).map((n) => n.kind).sort();
      expect(await kinds()).toContain('AUTO_RENEW_CHARGE_FAILED');
      // when: the next two days (attempts 2 and 3), then a fourth day
      await run(at(94));
      await run(at(95));
      await run(at(96));
      await run(at(96));
      // then: three attempts in all, then a final notice; no more charges
      orders = await autoOrders(service.id);
      expect(orders).toHaveLength(1);
      expect(orders[0]?.payments.filter((p) => p.status === 'FAILED')).toHaveLength(3);
      row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
      expect(row).toMatchObject({ autoRenewEnabled: true, autoRenewFailures: 3 });
      const all = await kinds();
      expect(all.filter((k) => k === 'AUTO_RENEW_CHARGE_FAILED')).toHaveLength(3);
      expect(all.filter((k) => k === 'AUTO_RENEW_FAILED')).toHaveLength(1);
    } finally {
      gateway.declineAll = null;
    }
  });

  it('R3: two concurrent runs on the charge day charge once', async () => {
    // given
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 150, autoRenew: 'CREDIT_CARD' });
    // when
    app.setNow(at(143));
    await Promise.all([
      runLifecycle(app.scope(null, 'lifecycle'), { now: at(143) }),
      runLifecycle(app.scope(null, 'lifecycle'), { now: at(143) }),
    ]);
    await flushGateway(app.deps);
    // then
    const orders = await autoOrders(service.id);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.payments).toHaveLength(1);
    expect(orders[0]?.status).toBe('PAID');
  });

  it('R3: without auto-renew (bank transfer) nothing is charged and the service expires into grace', async () => {
    // given
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 200 });
    // when
    await run(at(193));
    await run(at(200));
    // then
    expect(await autoOrders(service.id)).toHaveLength(0);
    expect(await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({
      recordedStatus: 'SUSPENDED',
      recordedReasons: ['EXPIRED'],
    });
  });
});
