import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, DEFAULT_NOW, type TestApp } from '../support/app.js';
import { addDays, createHolder, createService, GB, SMALL_GB_POLICY, startOfUtcDay, type ServiceOptions } from '../support/factories.js';
import { encodeGlobalID } from '@pothos/plugin-relay';

const ServiceStatus = graphql(`
  query ReadApiServiceStatus($id: ID!) {
    service(id: $id) {
      id
      edition
      status
      restrictedMode
      restrictionReasons
      expiresAt
      daysToExpiry
      expiryWarning
      graceEndsAt
      autoRenew
      autoRenewAt
      autoRenewMethod
      availableActions {
        action
        available
        reason
        reasonCode
        cartPurpose
      }
    }
  }
`);

describe('service status and actions', () => {
  let app: TestApp;
  let holder: { account: { id: string }; token: string };
  const today = startOfUtcDay(DEFAULT_NOW);

  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    holder = await createHolder(app.prisma);
  });
  afterAll(() => app.close());

  async function read(opts: ServiceOptions, locale?: string) {
    const service = await createService(app.prisma, holder.account.id, opts);
    const res = await app.exec(ServiceStatus, { id: encodeGlobalID('Service', service.id) }, { token: holder.token, locale });
    expect(res.errors).toBeUndefined();
    const s = res.data?.service;
    if (!s) throw new Error('service not returned');
    return s;
  }

  function action(s: { availableActions?: { action: string; available: boolean; reasonCode?: string | null }[] | null }, name: string) {
    return s.availableActions?.find((a) => a.action === name);
  }

  it('R2: the expiry is a warning exactly 60 days before it', async () => {
    // given: a service expiring in 60 days
    // when
    const s = await read({ expiresInDays: 60 });
    // then
    expect(s.daysToExpiry).toBe(60);
    expect(s.expiryWarning).toBe(true);
    expect(s.status).toBe('ACTIVE');
  });

  it('R2: the expiry is not a warning 61 days before it', async () => {
    // given: a service expiring in 61 days
    // when
    const s = await read({ expiresInDays: 61 });
    // then
    expect(s.daysToExpiry).toBe(61);
    expect(s.expiryWarning).toBe(false);
  });

  it('R3, R4: with auto-renew on, it renews 7 days before expiry with the same method and Renew is not offered', async () => {
    // given: a service whose last order was paid by card
    // when
    const s = await read({ expiresInDays: 30, autoRenew: 'CREDIT_CARD' });
    // then
    expect(s.autoRenew).toBe(true);
    expect(s.autoRenewMethod).toBe('CREDIT_CARD');
    expect(s.autoRenewAt).toBe(addDays(today, 23).toISOString());
    expect(action(s, 'RENEW')).toMatchObject({ available: false, reasonCode: 'AUTO_RENEW_ON' });
    expect(action(s, 'INCREASE_STORAGE')?.available).toBe(true);
  });

  it('R3, R4: with auto-renew off, Renew is offered and there is no auto-renew date', async () => {
    // given: a service paid by bank transfer (auto-renew off)
    // when
    const s = await read({ expiresInDays: 30, autoRenew: null });
    // then
    expect(s.autoRenew).toBe(false);
    expect(s.autoRenewAt).toBeNull();
    expect(s.autoRenewMethod).toBeNull();
    expect(action(s, 'RENEW')).toMatchObject({ available: true, reasonCode: null });
    expect(action(s, 'REACTIVATE')).toMatchObject({ available: false, reasonCode: 'NOT_IN_GRACE_PERIOD' });
    expect(s.availableActions?.map((a) => a.action)).toEqual(['RENEW', 'REACTIVATE', 'INCREASE_STORAGE', 'ADD_USERS', 'ADD_MODULES']);
    // R18: each action names the cart purpose that buys it
    expect(s.availableActions?.map((a) => [a.action, a.cartPurpose])).toEqual([
      ['RENEW', 'RENEWAL'],
      ['REACTIVATE', 'REACTIVATION'],
      ['INCREASE_STORAGE', 'STORAGE_UPGRADE'],
      ['ADD_USERS', 'ADD_USERS'],
      ['ADD_MODULES', 'ADD_MODULES'],
    ]);
  });

  it('R6: on the expiry day (grace day 0) the service is suspended as EXPIRED and only Reactivate is offered', async () => {
    // given: a service expiring today
    // when
    const s = await read({ expiresInDays: 0 });
    // then
    expect(s.daysToExpiry).toBe(0);
    expect(s.status).toBe('SUSPENDED');
    expect(s.restrictedMode).toBe(true);
    expect(s.restrictionReasons).toEqual(['EXPIRED']);
    expect(s.graceEndsAt).toBe(addDays(today, 90).toISOString());
    expect(s.availableActions?.filter((a) => a.available).map((a) => a.action)).toEqual(['REACTIVATE']);
    expect(action(s, 'RENEW')).toMatchObject({ available: false, reasonCode: 'IN_GRACE_PERIOD' });
    expect(action(s, 'INCREASE_STORAGE')).toMatchObject({ available: false, reasonCode: 'IN_GRACE_PERIOD' });
  });

  it('R6: on grace day 90 the service is still suspended and can be reactivated', async () => {
    // given: a service that expired 90 days ago
    // when
    const s = await read({ expiresInDays: -90 });
    // then
    expect(s.status).toBe('SUSPENDED');
    expect(s.graceEndsAt).toBe(today.toISOString());
    expect(action(s, 'REACTIVATE')?.available).toBe(true);
  });

  it('R6: on day 91 after expiry the service is CANCELLED and nothing is offered', async () => {
    // given: a service that expired 91 days ago
    // when
    const s = await read({ expiresInDays: -91 });
    // then
    expect(s.status).toBe('CANCELLED');
    expect(s.restrictionReasons).toEqual([]);
    expect(s.expiryWarning).toBe(false);
    expect(s.availableActions?.every((a) => !a.available && a.reasonCode === 'CANCELLED')).toBe(true);
  });

  it('R10, R14: with storage full the service is restricted but buying storage stays possible', async () => {
    // given: 1 GB bought, 1 GB used
    // when
    const s = await read({ expiresInDays: 100, usedBytes: GB });
    // then
    expect(s.status).toBe('SUSPENDED');
    expect(s.restrictionReasons).toEqual(['STORAGE_FULL']);
    expect(action(s, 'INCREASE_STORAGE')?.available).toBe(true);
    expect(action(s, 'RENEW')?.available).toBe(true);
  });

  it('R5: expired and storage full hold at once, in that order', async () => {
    // given: an expired service with full storage
    // when
    const s = await read({ expiresInDays: -5, usedBytes: GB });
    // then
    expect(s.restrictionReasons).toEqual(['EXPIRED', 'STORAGE_FULL']);
    expect(s.availableActions?.filter((a) => a.available).map((a) => a.action)).toEqual(['REACTIVATE']);
  });

  it('R5: a service whose first purchase is unpaid is PENDING and offers nothing', async () => {
    // given: a pending service
    // when
    const s = await read({ pending: true });
    // then
    expect(s.status).toBe('PENDING');
    expect(s.restrictedMode).toBe(false);
    expect(s.availableActions?.every((a) => a.reasonCode === 'PENDING_FIRST_PAYMENT')).toBe(true);
  });

  it('R1: the edition is shown', async () => {
    // given: a receive-only service
    // when
    const s = await read({ edition: 'RECEIVE_ONLY' });
    // then
    expect(s.edition).toBe('RECEIVE_ONLY');
  });

  it('R4: the reason an action is missing is given in Italian with Accept-Language: it', async () => {
    // given: a service with auto-renew on
    // when
    const s = await read({ autoRenew: 'PAYPAL' }, 'it');
    // then
    expect(s.availableActions?.find((a) => a.action === 'RENEW')?.reason).toMatch(/rinnovo automatico/);
  });
});
