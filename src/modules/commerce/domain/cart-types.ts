/** Cart shapes shared by the cart modules (R18). */
import type { Totals } from './pricing.js';
import type { CartPurpose, LineKind, ModuleCode } from '../../../shared/domain/types.js';

export interface CartLineInput {
  kind: LineKind;
  /** Required when kind is MODULE. */
  module?: ModuleCode;
  /** BASE: 1; STORAGE: extra GB beyond the included ones; USERS: users; MODULE: 1 (0 = do not renew). */
  quantity: number;
  yearlyUnitPriceCents: number;
  promo: boolean;
  /** True for a product the service does not have yet. */
  isNew: boolean;
}

export interface Cart {
  purpose: CartPurpose;
  years: number;
  extendActiveServices: boolean;
  lines: CartLineInput[];
  convention: { discountPercent: number } | null;
}

/** An active subscription item of the service, with its own expiry and current yearly price. */
export interface ServiceItem {
  kind: LineKind;
  module?: ModuleCode;
  quantity: number;
  expiresAt: Date;
  yearlyUnitPriceCents: number;
}

export interface CartServiceContext {
  expiresAt: Date;
  items: ServiceItem[];
  usedBytes: number;
  configuredUsers: number;
  /** Total GB bought, including the included GB. */
  boughtGb: number;
}

export type QuantityFloorContext = Pick<CartServiceContext, 'usedBytes' | 'configuredUsers' | 'boughtGb'>;

export type QuantityCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'QUANTITY_BELOW_USED_STORAGE' | 'QUANTITY_BELOW_CONFIGURED_USERS' | 'INVALID_QUANTITY';
      min?: number;
      max?: number;
    };

export type YearsCheck = { ok: true } | { ok: false; code: 'INVALID_YEARS'; min: number; max: number };

/** One reason a cart is refused; lineIndex points into `cart.lines` (null = whole cart). */
export type CartIssue =
  | ({ lineIndex: number } & Omit<Extract<QuantityCheck, { ok: false }>, 'ok'>)
  | ({ lineIndex: null } & Omit<Extract<YearsCheck, { ok: false }>, 'ok'>)
  | { code: 'INVALID_LINE'; lineIndex: number | null; problem: LineProblem }
  | { code: 'MODULE_ALREADY_BOUGHT'; lineIndex: number; module: ModuleCode };

export interface PricedLine extends CartLineInput {
  amountCents: number;
  periodStart: Date;
  periodEnd: Date;
  /** Calendar days of a pro-rata extension line; null for lines charged by whole years. */
  proRataDays: number | null;
  /** True for a co-termination extension of an active item (R20). */
  extension: boolean;
}

export interface PricedCart extends Totals {
  lines: PricedLine[];
  newExpiresAt: Date;
  durationDays: number;
}

/** What is wrong with a cart's lines (worded by the message catalogs). */
export type LineProblem =
  | { type: 'KIND_NOT_ALLOWED'; kind: LineKind; purpose: CartPurpose }
  | { type: 'MODULE_MISSING' }
  | { type: 'DUPLICATE'; key: string }
  | { type: 'REQUIRED_MISSING'; kind: LineKind; purpose: CartPurpose };
