import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { createTestApp, DEFAULT_NOW, type TestApp } from '../support/app.js';
import { addDays, createHolder, createService, startOfUtcDay } from '../support/factories.js';

const AddOns = graphql(`
  query ReadApiAddOns($id: ID!) {
    service(id: $id) {
      modules {
        module
        expiresAt
        details {
          name
        }
      }
      availableModules {
        code
        name
        yearlyPrice {
          amountCents
          currency
        }
      }
      userSeats {
        bought
        configured
      }
      users {
        id
        username
        email
      }
    }
  }
`);

describe('modules and user seats', () => {
  let app: TestApp;
  let holder: { account: { id: string }; token: string };
  const today = startOfUtcDay(DEFAULT_NOW);

  beforeAll(async () => {
    app = await createTestApp();
    holder = await createHolder(app.prisma);
  });
  afterAll(() => app.close());

  it('R15: the service lists the modules bought with their expiry and those still available', async () => {
    // given: a service with DOCUMENTS and PAYMENTS
    const service = await createService(app.prisma, holder.account.id, { expiresInDays: 120, modules: ['DOCUMENTS', 'PAYMENTS'] });
    // when
    const res = await app.exec(AddOns, { id: encodeGlobalID('Service', service.id) }, { token: holder.token });
    // then
    expect(res.errors).toBeUndefined();
    const s = res.data?.service;
    expect(s?.modules.map((m) => m.module).sort()).toEqual(['DOCUMENTS', 'PAYMENTS']);
    expect(s?.modules.every((m) => m.expiresAt === addDays(today, 120).toISOString())).toBe(true);
    expect(s?.availableModules?.map((m) => m.code).sort()).toEqual(['ELECTRONIC_ORDERS', 'WOOCOMMERCE']);
    expect(s?.availableModules?.every((m) => m.yearlyPrice.amountCents > 0 && m.yearlyPrice.currency === 'EUR')).toBe(true);
  });

  it('R15: a module whose item has expired is no longer bought but available again', async () => {
    // given: a service whose WOOCOMMERCE item expired yesterday while the service goes on
    const service = await createService(app.prisma, holder.account.id, { expiresInDays: 120, modules: ['WOOCOMMERCE'] });
    await app.prisma.subscriptionItem.updateMany({
      where: { serviceId: service.id, kind: 'MODULE' },
      data: { expiresAt: addDays(today, -1) },
    });
    // when
    const res = await app.exec(AddOns, { id: encodeGlobalID('Service', service.id) }, { token: holder.token });
    // then
    expect(res.data?.service?.modules).toEqual([]);
    expect(res.data?.service?.availableModules?.map((m) => m.code)).toContain('WOOCOMMERCE');
  });

  it('R16: user seats bought and panel users configured are shown with the users', async () => {
    // given: 3 seats bought, 2 panel users configured
    const service = await createService(app.prisma, holder.account.id, { seats: 3, configuredUsers: 2 });
    // when
    const res = await app.exec(AddOns, { id: encodeGlobalID('Service', service.id) }, { token: holder.token });
    // then
    expect(res.errors).toBeUndefined();
    expect(res.data?.service?.userSeats).toEqual({ bought: 3, configured: 2 });
    const stored = await app.prisma.panelUser.findMany({ where: { serviceId: service.id }, orderBy: { createdAt: 'asc' } });
    expect(res.data?.service?.users?.map((u) => u.username).sort()).toEqual(stored.map((u) => u.username).sort());
    expect(res.data?.service?.users?.every((u) => u.email.includes('@') && u.id.length > 0)).toBe(true);
  });

  it('R16: a service without seats shows 0 bought and 0 configured', async () => {
    // given: a service with no seats
    const service = await createService(app.prisma, holder.account.id, {});
    // when
    const res = await app.exec(AddOns, { id: encodeGlobalID('Service', service.id) }, { token: holder.token });
    // then
    expect(res.data?.service?.userSeats).toEqual({ bought: 0, configured: 0 });
    expect(res.data?.service?.users).toEqual([]);
  });
});
