import { messages } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/domain/dates.js';
import { defaultPolicy as policy } from '../../src/shared/domain/policy.js';
import {
  autoRenewFromPayment,
  availableActions,
  cancellationDueAt,
  deriveService,
  documentPermissions,
} from '../../src/modules/subscriptions/domain/service.js';
import type { ActionAvailability, ServiceFacts } from '../../src/modules/subscriptions/domain/service.js';
import type { ServiceAction } from '../../src/shared/domain/types.js';
import { GB, day, facts } from './helpers.js';

/** Map action -> reasonCode (null when available). */
function actionCodes(f: ServiceFacts, now: Date): Record<ServiceAction, string | null> {
  const list: ActionAvailability[] = availableActions(f, now, policy);
  return Object.fromEntries(list.map((a) => [a.action, a.available ? null : a.reasonCode])) as Record<ServiceAction, string | null>;
}

describe('expiry warning', () => {
  it('R2: warns exactly 60 days before expiry, not at 61', () => {
    // given: expiry 2025-03-02; 2025-01-01 is 60 days before, 2024-12-31 is 61
    const f = facts();
    // when
    const at60 = deriveService(f, new Date('2025-01-01T23:00:00Z'), policy);
    const at61 = deriveService(f, day('2024-12-31'), policy);
    // then
    expect(at60.daysToExpiry).toBe(60);
    expect(at60.expiryWarning).toBe(true);
    expect(at61.daysToExpiry).toBe(61);
    expect(at61.expiryWarning).toBe(false);
  });

  it('R2: keeps warning in the grace period but not for PENDING or CANCELLED services', () => {
    // given
    const inGrace = deriveService(facts(), day('2025-03-10'), policy);
    const pending = deriveService(facts({ activatedAt: null }), day('2025-03-01'), policy);
    const cancelled = deriveService(facts({ cancelledAt: day('2025-02-01') }), day('2025-03-01'), policy);
    // then
    expect(inGrace.expiryWarning).toBe(true);
    expect(pending.expiryWarning).toBe(false);
    expect(cancelled.expiryWarning).toBe(false);
  });
});

describe('status and grace', () => {
  it('R6: the expiry day is grace day 0: SUSPENDED with reason EXPIRED', () => {
    // given / when
    const s = deriveService(facts(), new Date('2025-03-02T08:00:00Z'), policy);
    // then
    expect(s.daysToExpiry).toBe(0);
    expect(s.status).toBe('SUSPENDED');
    expect(s.reasons).toEqual(['EXPIRED']);
    expect(s.restrictedMode).toBe(true);
  });

  it('R6: the day before expiry is still ACTIVE', () => {
    // given / when
    const s = deriveService(facts(), day('2025-03-01'), policy);
    // then
    expect(s.status).toBe('ACTIVE');
    expect(s.reasons).toEqual([]);
    expect(s.restrictedMode).toBe(false);
  });

  it('R6: grace day 90 is still SUSPENDED, day 91 is CANCELLED', () => {
    // given
    const f = facts();
    // when
    const d90 = deriveService(f, addDays(f.expiresAt, 90), policy);
    const d91 = deriveService(f, addDays(f.expiresAt, 91), policy);
    // then
    expect(d90.status).toBe('SUSPENDED');
    expect(d90.graceEndsAt).toEqual(day('2025-05-31'));
    expect(d91.status).toBe('CANCELLED');
    expect(d91.reasons).toEqual([]);
    expect(cancellationDueAt(f.expiresAt, policy)).toEqual(day('2025-06-01'));
  });

  it('R6: a shorter policy grace (60 days) cancels on day 61', () => {
    // given
    const short = { ...policy, graceDays: 60 };
    // when / then
    expect(deriveService(facts(), addDays(day('2025-03-02'), 60), short).status).toBe('SUSPENDED');
    expect(deriveService(facts(), addDays(day('2025-03-02'), 61), short).status).toBe('CANCELLED');
  });

  it('R5: PENDING while the first purchase is unpaid, with no reasons', () => {
    // given / when
    const s = deriveService(facts({ activatedAt: null, usedBytes: 5 * GB }), day('2025-04-01'), policy);
    // then
    expect(s.status).toBe('PENDING');
    expect(s.reasons).toEqual([]);
    expect(s.restrictedMode).toBe(false);
  });

  it('R5: an explicit cancellation makes the service CANCELLED before expiry', () => {
    // given / when
    const s = deriveService(facts({ cancelledAt: day('2025-01-05') }), day('2025-01-10'), policy);
    // then
    expect(s.status).toBe('CANCELLED');
  });

  it('R10: at 100% the service is SUSPENDED with STORAGE_FULL; one byte less is ACTIVE', () => {
    // given
    const now = day('2025-01-01');
    // when
    const full = deriveService(facts({ usedBytes: GB, boughtGb: 1 }), now, policy);
    const almost = deriveService(facts({ usedBytes: GB - 1, boughtGb: 1 }), now, policy);
    // then
    expect(full.status).toBe('SUSPENDED');
    expect(full.reasons).toEqual(['STORAGE_FULL']);
    expect(almost.status).toBe('ACTIVE');
  });

  it('R5: EXPIRED and STORAGE_FULL can hold at once', () => {
    // given / when
    const s = deriveService(facts({ usedBytes: 2 * GB, boughtGb: 1 }), day('2025-03-05'), policy);
    // then
    expect(s.status).toBe('SUSPENDED');
    expect(s.reasons).toEqual(['EXPIRED', 'STORAGE_FULL']);
  });

  it('R13: restricted mode is left as soon as no reason holds (storage bought, payment moved the expiry)', () => {
    // given: expired and full
    const now = day('2025-03-05');
    const before = facts({ usedBytes: GB, boughtGb: 1 });
    // when: storage bought, then renewal paid
    const storageBought = deriveService({ ...before, boughtGb: 2 }, now, policy);
    const alsoRenewed = deriveService({ ...before, boughtGb: 2, expiresAt: day('2026-03-02') }, now, policy);
    // then
    expect(storageBought.reasons).toEqual(['EXPIRED']);
    expect(alsoRenewed.status).toBe('ACTIVE');
    expect(alsoRenewed.restrictedMode).toBe(false);
  });
});

describe('auto-renew', () => {
  it('R3: auto-renew turns on only for card and PayPal payments', () => {
    // given / when / then
    expect(autoRenewFromPayment('CREDIT_CARD')).toBe(true);
    expect(autoRenewFromPayment('PAYPAL')).toBe(true);
    expect(autoRenewFromPayment('BANK_TRANSFER')).toBe(false);
    expect(autoRenewFromPayment('POSTAL_SLIP')).toBe(false);
  });

  it('R3: with auto-renew on, the renewal runs 7 days before expiry', () => {
    // given
    const on = facts({ autoRenewEnabled: true, autoRenewMethod: 'PAYPAL' });
    // when
    const s = deriveService(on, day('2025-01-01'), policy);
    const off = deriveService(facts(), day('2025-01-01'), policy);
    // then
    expect(s.autoRenew).toBe(true);
    expect(s.autoRenewAt).toEqual(day('2025-02-23'));
    expect(off.autoRenew).toBe(false);
    expect(off.autoRenewAt).toBeNull();
  });
});

describe('available actions', () => {
  const now = day('2025-01-01');

  it('R4: Renew is offered only while auto-renew is off', () => {
    // given
    const off = facts();
    const on = facts({ autoRenewEnabled: true, autoRenewMethod: 'CREDIT_CARD' });
    // when / then
    expect(actionCodes(off, now)).toEqual({
      RENEW: null,
      REACTIVATE: 'NOT_IN_GRACE_PERIOD',
      INCREASE_STORAGE: null,
      ADD_USERS: null,
      ADD_MODULES: null,
    });
    expect(actionCodes(on, now).RENEW).toBe('AUTO_RENEW_ON');
  });

  it('R6: in grace only Reactivate is offered', () => {
    // given
    const inGrace = day('2025-03-02');
    // when / then
    expect(actionCodes(facts({ autoRenewEnabled: true, autoRenewMethod: 'PAYPAL' }), inGrace)).toEqual({
      RENEW: 'IN_GRACE_PERIOD',
      REACTIVATE: null,
      INCREASE_STORAGE: 'IN_GRACE_PERIOD',
      ADD_USERS: 'IN_GRACE_PERIOD',
      ADD_MODULES: 'IN_GRACE_PERIOD',
    });
  });

  it('R14: while STORAGE_FULL, buying storage, users and modules stays possible', () => {
    // given
    const full = facts({ usedBytes: GB, boughtGb: 1 });
    // when / then
    expect(actionCodes(full, now)).toEqual({
      RENEW: null,
      REACTIVATE: 'NOT_IN_GRACE_PERIOD',
      INCREASE_STORAGE: null,
      ADD_USERS: null,
      ADD_MODULES: null,
    });
  });

  it('R14: with both EXPIRED and STORAGE_FULL only Reactivate is offered', () => {
    // given
    const both = facts({ usedBytes: 2 * GB, boughtGb: 1 });
    // when
    const list = availableActions(both, day('2025-04-01'), policy);
    // then
    expect(list.filter((a) => a.available).map((a) => a.action)).toEqual(['REACTIVATE']);
    expect(list.find((a) => a.action === 'INCREASE_STORAGE')?.reasonCode).toBe('IN_GRACE_PERIOD');
    expect(messages('en').blocked.IN_GRACE_PERIOD).toMatch(/expired/i);
  });

  it('R5: nothing is offered when PENDING or CANCELLED, with the reason', () => {
    // given
    const pending = availableActions(facts({ activatedAt: null }), now, policy);
    const cancelled = availableActions(facts(), day('2025-06-01'), policy);
    // then
    expect(pending).toHaveLength(5);
    expect(pending.every((a) => !a.available && a.reasonCode === 'PENDING_FIRST_PAYMENT')).toBe(true);
    expect(cancelled.every((a) => !a.available && a.reasonCode === 'CANCELLED')).toBe(true);
  });
});

describe('document permissions', () => {
  it('R14: in restricted mode documents are read-only, received invoices keep arriving', () => {
    // given
    const suspended = deriveService(facts({ usedBytes: GB }), day('2025-01-01'), policy);
    const active = deriveService(facts(), day('2025-01-01'), policy);
    // when / then
    expect(documentPermissions(suspended)).toEqual({
      canRead: true,
      canWrite: false,
      canDelete: true,
      canReceiveInvoices: true,
    });
    expect(documentPermissions(active).canWrite).toBe(true);
    expect(documentPermissions({ status: 'CANCELLED', reasons: [] }).canRead).toBe(false);
  });
});
