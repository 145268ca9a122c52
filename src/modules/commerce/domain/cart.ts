/** Carts: new expiry, co-termination and pricing (R18-R22). Re-exports the cart rules and types. */
import { addYears, daysBetween, startOfUtcDay } from '../../../shared/domain/dates.js';
import type { Policy } from '../../../shared/domain/policy.js';
import { computeTotals, fullYearsAmount, proRataAmount, toSafeNumber } from './pricing.js';
import { isAddOnPurpose } from './cart-rules.js';
import type { Cart, CartLineInput, CartServiceContext, PricedCart, PricedLine, ServiceItem } from './cart-types.js';
import type { CartPurpose } from '../../../shared/domain/types.js';

export * from './cart-types.js';
export * from './cart-rules.js';
export * from './convention.js';

/** New expiry of what the cart buys: renewal from the old expiry, everything else from today. */
export function newExpiresAt(purpose: CartPurpose, years: number, serviceExpiresAt: Date, now: Date): Date {
  return addYears(purpose === 'RENEWAL' ? serviceExpiresAt : startOfUtcDay(now), years);
}

/** R20: extension lines that co-terminate every active item with the new expiry, charged pro rata by day. */
export function extensionLines(items: ServiceItem[], newExpiry: Date, now: Date): PricedLine[] {
  const today = startOfUtcDay(now);
  return items
    .filter((i) => i.quantity > 0 && i.expiresAt > today && i.expiresAt < newExpiry)
    .map((i) => ({
      kind: i.kind,
      ...(i.module !== undefined ? { module: i.module } : {}),
      quantity: i.quantity,
      yearlyUnitPriceCents: i.yearlyUnitPriceCents,
      promo: false,
      isNew: false,
      amountCents: proRataAmount(i.yearlyUnitPriceCents, i.quantity, i.expiresAt, newExpiry),
      periodStart: i.expiresAt,
      periodEnd: newExpiry,
      proRataDays: daysBetween(i.expiresAt, newExpiry),
      extension: true,
    }));
}

/** R18-R22: prices every line, co-termination extensions, discount, VAT and total (integer cents). */
export function priceCart(cart: Cart, service: CartServiceContext, now: Date, policy: Policy): PricedCart {
  const start = cart.purpose === 'RENEWAL' ? service.expiresAt : startOfUtcDay(now);
  const end = newExpiresAt(cart.purpose, cart.years, service.expiresAt, now);
  const lines: PricedLine[] = cart.lines.map((line) => ({
    ...line,
    amountCents: fullYearsAmount(line.yearlyUnitPriceCents, line.quantity, cart.years),
    periodStart: start,
    periodEnd: end,
    proRataDays: null,
    extension: false,
  }));
  if (isAddOnPurpose(cart.purpose) && cart.extendActiveServices) lines.push(...extensionLines(service.items, end, now));
  const subtotal = toSafeNumber(lines.reduce((sum, l) => sum + BigInt(l.amountCents), 0n));
  const totals = computeTotals(subtotal, cart.convention?.discountPercent ?? 0, policy);
  return { lines, newExpiresAt: end, durationDays: daysBetween(start, end), ...totals };
}

/**
 * R18, R22: a first purchase (made in the shop, outside this API), priced by
 * the same rules as a cart: each line for whole years from today, then
 * discount, VAT and total. It restates a service that holds nothing yet, so
 * there is nothing to co-terminate.
 */
export function priceFirstPurchase(lines: CartLineInput[], years: number, now: Date, policy: Policy): PricedCart {
  const nothing: CartServiceContext = { expiresAt: startOfUtcDay(now), items: [], usedBytes: 0, configuredUsers: 0, boughtGb: 0 };
  return priceCart({ purpose: 'REACTIVATION', years, extendActiveServices: false, lines, convention: null }, nothing, now, policy);
}
