import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/domain/dates.js';
import { planLifecycle } from '../../src/modules/subscriptions/domain/lifecycle.js';
import type { LifecycleInput, LifecyclePlan } from '../../src/modules/subscriptions/domain/lifecycle.js';
import { defaultPolicy as policy } from '../../src/shared/domain/policy.js';
import { GB, day, facts } from './helpers.js';

/** Service svc1 expiring 2025-03-02, recorded ACTIVE. */
function input(over: Partial<LifecycleInput> = {}): LifecycleInput {
  return {
    id: 'svc1',
    facts: facts(),
    recordedStatus: 'ACTIVE',
    recordedReasons: [],
    renewalOrderOpen: false,
    autoRenewAttempts: 0,
    lastAutoRenewAttemptAt: null,
    ...over,
  };
}

const autoRenew = facts({ autoRenewEnabled: true, autoRenewMethod: 'CREDIT_CARD' });
const types = (p: LifecyclePlan): string[] => [...p.actions.map((a) => a.type), ...p.notifications.map((n) => n.type)];
const keys = (p: LifecyclePlan): string[] => p.notifications.map((n) => n.key);

describe('auto-renew charge', () => {
  it('R3: charged 7 days before expiry with the previous method, not the day before that', () => {
    // given: expiry 2025-03-02, autoRenewAt 2025-02-23
    const i = input({ facts: autoRenew });
    // when
    const due = planLifecycle(i, day('2025-02-23'), policy);
    const early = planLifecycle(i, day('2025-02-22'), policy);
    // then
    expect(due.actions[0]).toEqual({
      type: 'CHARGE_AUTO_RENEW',
      key: 'AUTO_RENEW:svc1:2025-03-02:1',
      method: 'CREDIT_CARD',
      attempt: 1,
    });
    expect(types(early)).not.toContain('CHARGE_AUTO_RENEW');
  });

  it('R3: no charge while a renewal order is open, when auto-renew is off, or with an offline method', () => {
    // given
    const at = day('2025-02-25');
    // when / then
    expect(types(planLifecycle(input({ facts: autoRenew, renewalOrderOpen: true }), at, policy))).not.toContain('CHARGE_AUTO_RENEW');
    expect(types(planLifecycle(input(), at, policy))).not.toContain('CHARGE_AUTO_RENEW');
    const offline = facts({ autoRenewEnabled: true, autoRenewMethod: 'BANK_TRANSFER' });
    expect(types(planLifecycle(input({ facts: offline }), at, policy))).not.toContain('CHARGE_AUTO_RENEW');
  });

  it('R3: a failed charge is retried after autoRenewRetryDays, up to autoRenewMaxAttempts, then reported', () => {
    // given: one failed attempt on 2025-02-23
    const failedOnce = input({ facts: autoRenew, autoRenewAttempts: 1, lastAutoRenewAttemptAt: day('2025-02-23') });
    const exhausted = input({ facts: autoRenew, autoRenewAttempts: 3, lastAutoRenewAttemptAt: day('2025-02-25') });
    // when
    const sameDay = planLifecycle(failedOnce, new Date('2025-02-23T20:00:00Z'), policy);
    const nextDay = planLifecycle(failedOnce, day('2025-02-24'), policy);
    const afterMax = planLifecycle(exhausted, day('2025-02-27'), policy);
    // then
    expect(types(sameDay)).not.toContain('CHARGE_AUTO_RENEW');
    expect(nextDay.actions[0]).toMatchObject({ type: 'CHARGE_AUTO_RENEW', attempt: 2, key: 'AUTO_RENEW:svc1:2025-03-02:2' });
    expect(types(afterMax)).not.toContain('CHARGE_AUTO_RENEW');
    expect(keys(afterMax)).toContain('AUTO_RENEW_FAILED:svc1:2025-03-02');
  });

  it('R25: auto-renew may still charge during grace (payment reactivates), never after cancellation', () => {
    // given
    const i = input({ facts: autoRenew, recordedStatus: 'SUSPENDED', recordedReasons: ['EXPIRED'] });
    // when / then
    expect(types(planLifecycle(i, day('2025-03-10'), policy))).toContain('CHARGE_AUTO_RENEW');
    expect(types(planLifecycle(i, day('2025-06-01'), policy))).not.toContain('CHARGE_AUTO_RENEW');
  });
});

describe('expiry, grace and cancellation', () => {
  it('R2: the expiry warning is due from 60 days before, with a stable key', () => {
    // given
    const i = input();
    // when
    const at60 = planLifecycle(i, day('2025-01-01'), policy);
    const at61 = planLifecycle(i, day('2024-12-31'), policy);
    const at30 = planLifecycle(i, day('2025-01-31'), policy);
    // then
    expect(at60.notifications).toEqual([{ type: 'EXPIRY_WARNING', key: 'EXPIRY_WARNING:svc1:2025-03-02', serviceId: 'svc1', days: 60 }]);
    expect(at61.notifications).toEqual([]);
    expect(keys(at30)).toEqual(keys(at60));
  });

  it('R6: on the expiry day the service enters grace once and GRACE_STARTED is due', () => {
    // given
    const now = day('2025-03-02');
    // when
    const first = planLifecycle(input(), now, policy);
    const recorded = planLifecycle(input({ recordedStatus: 'SUSPENDED', recordedReasons: ['EXPIRED'] }), addDays(now, 1), policy);
    // then
    expect(first.actions).toEqual([{ type: 'ENTER_GRACE', key: 'ENTER_GRACE:svc1:2025-03-02', status: 'SUSPENDED', reasons: ['EXPIRED'] }]);
    expect(keys(first)).toEqual(['GRACE_STARTED:svc1:2025-03-02']);
    expect(recorded.actions).toEqual([]);
    expect(keys(recorded)).toEqual(['GRACE_STARTED:svc1:2025-03-02']);
  });

  it('R6: deletion notices 30, 7 and 1 days before deletion; day 91 cancels', () => {
    // given: cancellation due 2025-06-01 (expiry + 91)
    const i = input({ recordedStatus: 'SUSPENDED', recordedReasons: ['EXPIRED'] });
    const notice = (iso: string): string[] =>
      planLifecycle(i, day(iso), policy)
        .notifications.filter((n) => n.type === 'DELETION_NOTICE')
        .map((n) => n.key);
    // when / then
    expect(notice('2025-05-01')).toEqual([]); // 31 days left
    expect(notice('2025-05-02')).toEqual(['DELETION_NOTICE:svc1:2025-03-02:30']);
    expect(notice('2025-05-20')).toEqual(['DELETION_NOTICE:svc1:2025-03-02:30']); // same key: deduplicated
    expect(notice('2025-05-25')).toEqual(['DELETION_NOTICE:svc1:2025-03-02:7']);
    expect(notice('2025-05-31')).toEqual(['DELETION_NOTICE:svc1:2025-03-02:1']); // grace day 90
    const d91 = planLifecycle(i, day('2025-06-01'), policy);
    expect(d91.actions).toEqual([{ type: 'CANCEL', key: 'CANCEL:svc1:2025-03-02' }]);
    expect(d91.notifications).toEqual([]);
  });

  it('R6: an already cancelled service needs nothing more', () => {
    // given / when
    const p = planLifecycle(input({ recordedStatus: 'CANCELLED' }), day('2025-07-01'), policy);
    // then
    expect(p.actions).toEqual([]);
    expect(p.notifications).toEqual([]);
  });

  it('R5: a PENDING service is left alone', () => {
    // given / when
    const p = planLifecycle(input({ facts: facts({ activatedAt: null }), recordedStatus: 'PENDING' }), day('2025-04-01'), policy);
    // then
    expect(types(p)).toEqual([]);
  });
});

describe('storage notifications', () => {
  const now = day('2024-12-01');

  it('R9: a storage warning is due above 80%, keyed by bought GB and expiry', () => {
    // given: 81% of 1 GB
    const p = planLifecycle(input({ facts: facts({ usedBytes: Math.ceil(0.81 * GB) }) }), now, policy);
    // then
    expect(keys(p)).toEqual(['STORAGE_WARNING:svc1:1:2025-03-02']);
    expect(p.actions).toEqual([]);
  });

  it('R10: at 100% STORAGE_FULL is notified and the status becomes SUSPENDED', () => {
    // given
    const p = planLifecycle(input({ facts: facts({ usedBytes: GB }) }), now, policy);
    // then
    expect(keys(p)).toEqual(['STORAGE_FULL:svc1:1:2025-03-02']);
    expect(p.actions).toEqual([
      {
        type: 'UPDATE_STATUS',
        key: 'UPDATE_STATUS:svc1:2024-12-01:SUSPENDED:STORAGE_FULL',
        status: 'SUSPENDED',
        reasons: ['STORAGE_FULL'],
      },
    ]);
  });

  it('R13: after storage is bought the status returns to ACTIVE', () => {
    // given: recorded as full, now 2 GB bought
    const i = input({ facts: facts({ usedBytes: GB, boughtGb: 2 }), recordedStatus: 'SUSPENDED', recordedReasons: ['STORAGE_FULL'] });
    // when
    const p = planLifecycle(i, now, policy);
    // then
    expect(p.actions).toMatchObject([{ type: 'UPDATE_STATUS', status: 'ACTIVE', reasons: [] }]);
    expect(p.notifications).toEqual([]);
  });
});
