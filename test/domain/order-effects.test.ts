import { describe, expect, it } from 'vitest';
import { planOrderEffects, type ExistingItem, type PaidOrder } from '../../src/modules/commerce/domain/order-effects.js';
import { day } from './helpers.js';

const NOW = new Date('2026-06-15T10:00:00Z');
const item = (id: string, over: Partial<ExistingItem> = {}): ExistingItem => ({
  id,
  kind: 'BASE',
  module: null,
  quantity: 1,
  startsAt: day('2025-09-01'),
  expiresAt: day('2026-09-01'),
  ...over,
});
const order = (over: Partial<PaidOrder>): PaidOrder => ({
  type: 'RENEWAL',
  paymentMethod: 'BANK_TRANSFER',
  extendActiveServices: false,
  newExpiresAt: day('2027-09-01'),
  lines: [],
  ...over,
});

describe('planOrderEffects', () => {
  it('R25: a renewal restates running items to the new expiry and moves the service expiry; a module left out keeps its own (R17)', () => {
    // given: base and storage running until 2026-09-01, a module not in the renewal
    const items = [item('base'), item('gb', { kind: 'STORAGE', quantity: 2 }), item('mod', { kind: 'MODULE', module: 'PAYMENTS' })];
    const lines = [
      { kind: 'BASE' as const, module: null, quantity: 1, periodStart: day('2026-09-01'), periodEnd: day('2027-09-01'), extension: false },
      {
        kind: 'STORAGE' as const,
        module: null,
        quantity: 3,
        periodStart: day('2026-09-01'),
        periodEnd: day('2027-09-01'),
        extension: false,
      },
    ];
    // when
    const plan = planOrderEffects(order({ lines }), items, { activatedAt: day('2025-09-01') }, NOW);
    // then
    expect(plan.items).toEqual([
      { type: 'RESTATE', itemId: 'base', quantity: 1, expiresAt: day('2027-09-01'), startsAt: null },
      { type: 'RESTATE', itemId: 'gb', quantity: 3, expiresAt: day('2027-09-01'), startsAt: null },
    ]);
    expect(plan.service).toEqual({ expiresAt: day('2027-09-01'), activate: false, autoRenewEnabled: false, autoRenewMethod: null });
  });

  it('R6, R25: a reactivation restarts a lapsed item from the new period start', () => {
    // given: the base lapsed on 2026-06-01 (in grace)
    const items = [item('base', { expiresAt: day('2026-06-01') })];
    const lines = [
      { kind: 'BASE' as const, module: null, quantity: 1, periodStart: day('2026-06-15'), periodEnd: day('2027-06-15'), extension: false },
    ];
    // when
    const plan = planOrderEffects(
      order({ type: 'REACTIVATION', newExpiresAt: day('2027-06-15'), lines }),
      items,
      { activatedAt: day('2025-06-01') },
      NOW,
    );
    // then
    expect(plan.items).toEqual([
      { type: 'RESTATE', itemId: 'base', quantity: 1, expiresAt: day('2027-06-15'), startsAt: day('2026-06-15') },
    ]);
  });

  it('R20: a co-terminated storage upgrade extends the running items first and the new GB join the extended storage item', () => {
    // given: base and 1 GB ending 2026-09-01; the upgrade buys 2 GB until 2027-06-15 and extends the rest
    const items = [item('base'), item('gb', { kind: 'STORAGE' })];
    const lines = [
      {
        kind: 'STORAGE' as const,
        module: null,
        quantity: 2,
        periodStart: day('2026-06-15'),
        periodEnd: day('2027-06-15'),
        extension: false,
      },
      { kind: 'BASE' as const, module: null, quantity: 1, periodStart: day('2026-09-01'), periodEnd: day('2027-06-15'), extension: true },
      {
        kind: 'STORAGE' as const,
        module: null,
        quantity: 1,
        periodStart: day('2026-09-01'),
        periodEnd: day('2027-06-15'),
        extension: true,
      },
    ];
    // when
    const plan = planOrderEffects(
      order({ type: 'STORAGE_UPGRADE', extendActiveServices: true, newExpiresAt: day('2027-06-15'), lines }),
      items,
      { activatedAt: day('2025-09-01') },
      NOW,
    );
    // then
    expect(plan.items).toEqual([
      { type: 'EXTEND', kind: 'BASE', module: null, from: day('2026-09-01'), to: day('2027-06-15') },
      { type: 'EXTEND', kind: 'STORAGE', module: null, from: day('2026-09-01'), to: day('2027-06-15') },
      { type: 'JOIN', itemId: 'gb', add: 2 },
    ]);
    expect(plan.service.expiresAt).toEqual(day('2027-06-15'));
  });

  it('R20: without co-termination the new units are a new item with their own period and the expiry stays', () => {
    // given
    const lines = [
      { kind: 'USERS' as const, module: null, quantity: 2, periodStart: day('2026-06-15'), periodEnd: day('2027-06-15'), extension: false },
    ];
    // when
    const plan = planOrderEffects(
      order({ type: 'ADD_USERS', newExpiresAt: day('2027-06-15'), lines }),
      [item('base')],
      { activatedAt: day('2025-09-01') },
      NOW,
    );
    // then
    expect(plan.items).toEqual([
      { type: 'CREATE', kind: 'USERS', module: null, quantity: 2, startsAt: day('2026-06-15'), expiresAt: day('2027-06-15') },
    ]);
    expect(plan.service.expiresAt).toBeNull();
  });

  it('R3: a card payment switches auto-renew on with that method; the first purchase activates the service', () => {
    // given
    const lines = [
      { kind: 'BASE' as const, module: null, quantity: 1, periodStart: day('2026-06-15'), periodEnd: day('2027-06-15'), extension: false },
    ];
    // when
    const plan = planOrderEffects(order({ type: 'FIRST_PURCHASE', paymentMethod: 'CREDIT_CARD', lines }), [], { activatedAt: null }, NOW);
    // then
    expect(plan.service).toMatchObject({ activate: true, autoRenewEnabled: true, autoRenewMethod: 'CREDIT_CARD' });
    expect(plan.items).toEqual([
      { type: 'CREATE', kind: 'BASE', module: null, quantity: 1, startsAt: day('2026-06-15'), expiresAt: day('2027-06-15') },
    ]);
  });
});
