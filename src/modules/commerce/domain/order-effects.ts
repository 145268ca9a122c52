/**
 * R3, R6, R17, R20, R25: what a paid order changes. Pure: given the order, its
 * lines and the service's items, it returns the plan; the service applies it
 * in the transaction that marks the order PAID.
 */
import { startOfUtcDay } from '../../../shared/domain/dates.js';
import type { LineKind, ModuleCode, OrderType, PaymentMethod } from '../../../shared/domain/types.js';
import { autoRenewFromPayment } from '../../subscriptions/domain/index.js';

export interface PaidOrder {
  type: OrderType;
  paymentMethod: PaymentMethod;
  extendActiveServices: boolean;
  newExpiresAt: Date;
  lines: PaidLine[];
}

export interface PaidLine {
  kind: LineKind;
  module: ModuleCode | null;
  quantity: number;
  periodStart: Date;
  periodEnd: Date;
  extension: boolean;
}

export interface ExistingItem {
  id: string;
  kind: LineKind;
  module: ModuleCode | null;
  quantity: number;
  startsAt: Date;
  expiresAt: Date;
}

export type ItemChange =
  /** R20: every running item of this kind ending on `from` now ends on `to`. */
  | { type: 'EXTEND'; kind: LineKind; module: ModuleCode | null; from: Date; to: Date }
  /** A restating order carries the item into the new period (restarting it when it had lapsed). */
  | { type: 'RESTATE'; itemId: string; quantity: number; expiresAt: Date; startsAt: Date | null }
  /** R20: new units join the co-terminated item that ends with them. */
  | { type: 'JOIN'; itemId: string; add: number }
  | { type: 'CREATE'; kind: LineKind; module: ModuleCode | null; quantity: number; startsAt: Date; expiresAt: Date };

export interface OrderEffectsPlan {
  items: ItemChange[];
  service: {
    /** New expiry of the service, when the order moves it. */
    expiresAt: Date | null;
    /** First purchase of a service not yet active. */
    activate: boolean;
    /** R3: auto-renew follows the payment method. */
    autoRenewEnabled: boolean;
    autoRenewMethod: PaymentMethod | null;
  };
}

/** Orders that restate the whole service for a new period. */
export function restatesService(type: OrderType): boolean {
  return type === 'RENEWAL' || type === 'REACTIVATION' || type === 'FIRST_PURCHASE';
}

const sameKey = (kind: LineKind, module: ModuleCode | null) => ({ kind, module: kind === 'MODULE' ? module : null });
const matches = (i: { kind: LineKind; module: ModuleCode | null }, kind: LineKind, module: ModuleCode | null) =>
  i.kind === kind && (kind !== 'MODULE' || i.module === module);

/** Every change a paid order makes to its service's items and the service row. */
export function planOrderEffects(
  order: PaidOrder,
  items: readonly ExistingItem[],
  service: { activatedAt: Date | null },
  now: Date,
): OrderEffectsPlan {
  const today = startOfUtcDay(now);
  const changes: ItemChange[] = [];
  // The items as the plan leaves them, for the lines that follow.
  const state = items.map((i) => ({ ...i }));
  const restates = restatesService(order.type);
  let serviceExpiresAt: Date | null = restates ? order.newExpiresAt : null;

  // R20: co-termination extensions first, so that new units can join the extended items.
  for (const line of order.lines.filter((l) => l.extension)) {
    const key = sameKey(line.kind, line.module);
    changes.push({ type: 'EXTEND', ...key, from: line.periodStart, to: line.periodEnd });
    for (const i of state) {
      if (matches(i, key.kind, key.module) && i.expiresAt.getTime() === line.periodStart.getTime() && i.quantity > 0)
        i.expiresAt = line.periodEnd;
    }
    if (line.kind === 'BASE') serviceExpiresAt = line.periodEnd;
  }

  for (const line of order.lines.filter((l) => !l.extension && l.quantity > 0)) {
    const key = sameKey(line.kind, line.module);
    if (restates) {
      // The item is carried into the new period (modules left out keep their old expiry, R17).
      const latest = items.filter((i) => matches(i, key.kind, key.module)).sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
      // A renewal carries only items still running; reactivation and first purchase restart expired ones.
      if (latest && (order.type !== 'RENEWAL' || latest.expiresAt > today)) {
        const restart = order.type !== 'RENEWAL' && latest.expiresAt <= today;
        changes.push({
          type: 'RESTATE',
          itemId: latest.id,
          quantity: line.quantity,
          expiresAt: line.periodEnd,
          startsAt: restart ? line.periodStart : null,
        });
        continue;
      }
    } else if (order.extendActiveServices) {
      // Co-terminated add-on: the new units join the active item that now ends with them.
      const joined = state.find(
        (i) => matches(i, key.kind, key.module) && i.expiresAt.getTime() === line.periodEnd.getTime() && i.quantity > 0,
      );
      if (joined) {
        changes.push({ type: 'JOIN', itemId: joined.id, add: line.quantity });
        joined.quantity += line.quantity;
        continue;
      }
    }
    changes.push({ type: 'CREATE', ...key, quantity: line.quantity, startsAt: line.periodStart, expiresAt: line.periodEnd });
  }

  const autoRenew = autoRenewFromPayment(order.paymentMethod);
  return {
    items: changes,
    service: {
      expiresAt: serviceExpiresAt,
      activate: order.type === 'FIRST_PURCHASE' && service.activatedAt === null,
      autoRenewEnabled: autoRenew,
      autoRenewMethod: autoRenew ? order.paymentMethod : null,
    },
  };
}
