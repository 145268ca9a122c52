import { describe, expect, it } from 'vitest';
import { defaultPolicy as policy } from '../../src/shared/domain/policy.js';
import {
  activeModules,
  boughtGb,
  boughtModules,
  boughtSeats,
  heldItems,
  holdings,
  runningItems,
  type Item,
} from '../../src/modules/subscriptions/domain/subscription.js';
import { day } from './helpers.js';

const item = (over: Partial<Item>): Item => ({
  kind: 'BASE',
  module: null,
  quantity: 1,
  startsAt: day('2025-09-01'),
  expiresAt: day('2026-09-01'),
  ...over,
});
const sub = (items: Item[], expiresAt = day('2026-09-01')) => ({ expiresAt, items });

describe('what a service holds', () => {
  it('R8, R16: storage and seats count the items in force; a future item and a lapsed one do not', () => {
    // given: 2 GB in force, 5 GB starting next year, 1 GB lapsed; 3 seats
    const s = sub([
      item({ kind: 'STORAGE', quantity: 2 }),
      item({ kind: 'STORAGE', quantity: 5, startsAt: day('2026-09-01'), expiresAt: day('2027-09-01') }),
      item({ kind: 'STORAGE', quantity: 1, expiresAt: day('2026-01-01') }),
      item({ kind: 'USERS', quantity: 3 }),
    ]);
    const now = day('2026-06-15');
    // then
    expect(boughtGb(s, now, policy)).toBe(policy.includedStorageGb + 2);
    expect(boughtSeats(s, now)).toBe(3);
  });

  it('R6: in the grace period the service still holds what it had when it expired, but nothing is running', () => {
    // given: everything ended 2026-06-01, now is in grace
    const s = sub(
      [item({ expiresAt: day('2026-06-01') }), item({ kind: 'MODULE', module: 'PAYMENTS', expiresAt: day('2026-06-01') })],
      day('2026-06-01'),
    );
    const now = day('2026-06-15');
    // then
    expect(heldItems(s, now)).toHaveLength(2);
    expect(boughtModules(s, now)).toEqual([{ module: 'PAYMENTS', expiresAt: day('2026-06-01') }]);
    expect(activeModules(s, now)).toEqual([]);
    expect(runningItems(s, now)).toEqual([]);
  });

  it('R15, R17: holdings sum the items of each kind and keep the latest expiry', () => {
    // given: two storage items (one co-terminated later) and a module
    const s = sub([
      item({ kind: 'STORAGE', quantity: 1 }),
      item({ kind: 'STORAGE', quantity: 2, startsAt: day('2026-01-01'), expiresAt: day('2027-01-01') }),
      item({ kind: 'MODULE', module: 'WOOCOMMERCE' }),
    ]);
    // when
    const list = holdings(s, day('2026-06-15'));
    // then
    expect(list).toEqual([
      { kind: 'STORAGE', module: null, quantity: 3, expiresAt: day('2027-01-01') },
      { kind: 'MODULE', module: 'WOOCOMMERCE', quantity: 1, expiresAt: day('2026-09-01') },
    ]);
  });
});
