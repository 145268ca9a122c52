/** Cart rules: quantity floors (R12, R16, R17), years (R19) and line structure (R18). */
import type { Policy } from '../../../shared/domain/policy.js';
import type { Cart, CartIssue, CartLineInput, CartServiceContext, QuantityCheck, QuantityFloorContext, YearsCheck } from './cart-types.js';
import type { CartPurpose, LineKind, ModuleCode } from '../../../shared/domain/types.js';

/** Largest quantity of a storage or users line. */
export const MAX_LINE_QUANTITY = 1000;

/** Carts that add to a running service and may co-terminate it (R20). */
export function isAddOnPurpose(purpose: CartPurpose): boolean {
  return purpose === 'STORAGE_UPGRADE' || purpose === 'ADD_USERS' || purpose === 'ADD_MODULES';
}

/** Carts whose lines restate the whole service for a new period. */
function isRenewalLike(purpose: CartPurpose): boolean {
  return purpose === 'RENEWAL' || purpose === 'REACTIVATION';
}

/** R12: the fewest extra GB that still hold what is used. */
export function usedStorageFloorGb(usedBytes: number, policy: Policy): number {
  return Math.max(0, Math.ceil(usedBytes / policy.bytesPerGb) - policy.includedStorageGb);
}

/** Largest allowed quantity of a line. */
export function lineMaxQuantity(kind: LineKind): number {
  return kind === 'STORAGE' || kind === 'USERS' ? MAX_LINE_QUANTITY : 1;
}

/**
 * Smallest allowed quantity of a line (R12, R16, R17).
 * RENEWAL storage may drop to the used floor; REACTIVATION storage may not drop below what is bought;
 * add-on carts sell at least one new unit.
 */
export function lineMinQuantity(kind: LineKind, purpose: CartPurpose, service: QuantityFloorContext, policy: Policy): number {
  switch (kind) {
    case 'BASE':
      return 1;
    case 'MODULE':
      return isRenewalLike(purpose) ? 0 : 1;
    case 'USERS':
      return isRenewalLike(purpose) ? service.configuredUsers : 1;
    case 'STORAGE': {
      const floor = usedStorageFloorGb(service.usedBytes, policy);
      if (purpose === 'RENEWAL') return floor;
      if (purpose === 'REACTIVATION') return Math.max(floor, service.boughtGb - policy.includedStorageGb);
      return 1;
    }
  }
}

/** Checks one line's quantity, saying why a refused value is refused. */
export function validateQuantity(
  line: Pick<CartLineInput, 'kind' | 'quantity'>,
  purpose: CartPurpose,
  service: QuantityFloorContext,
  policy: Policy,
): QuantityCheck {
  const min = lineMinQuantity(line.kind, purpose, service, policy);
  const max = lineMaxQuantity(line.kind);
  const q = line.quantity;
  if (!Number.isInteger(q) || q < 0 || q > max || min > max) return { ok: false, code: 'INVALID_QUANTITY', min, max };
  if (q >= min) return { ok: true };
  if (line.kind === 'STORAGE' && isRenewalLike(purpose) && min === usedStorageFloorGb(service.usedBytes, policy)) {
    return { ok: false, code: 'QUANTITY_BELOW_USED_STORAGE', min };
  }
  if (line.kind === 'USERS' && isRenewalLike(purpose)) return { ok: false, code: 'QUANTITY_BELOW_CONFIGURED_USERS', min };
  return { ok: false, code: 'INVALID_QUANTITY', min, max };
}

/**
 * R19: 1..maxYears, or 1..promoMaxYears when any line is in promotion.
 * R16: additional users are sold in units valid one year, so an add-users cart runs for the shortest term only.
 */
export function validateYears(years: number, hasPromo: boolean, policy: Policy, purpose?: CartPurpose): YearsCheck {
  const max = purpose === 'ADD_USERS' ? policy.minYears : hasPromo ? policy.promoMaxYears : policy.maxYears;
  const ok = Number.isInteger(years) && years >= policy.minYears && years <= max;
  return ok ? { ok: true } : { ok: false, code: 'INVALID_YEARS', min: policy.minYears, max };
}

/** Line kinds each purpose may hold (add-on carts may also take suggested modules, R15). */
const ALLOWED_KINDS: Record<CartPurpose, readonly LineKind[]> = {
  RENEWAL: ['BASE', 'STORAGE', 'USERS', 'MODULE'],
  REACTIVATION: ['BASE', 'STORAGE', 'USERS', 'MODULE'],
  STORAGE_UPGRADE: ['STORAGE', 'MODULE'],
  ADD_USERS: ['USERS', 'MODULE'],
  ADD_MODULES: ['MODULE'],
};

/** The line kind a purpose cannot do without. */
const REQUIRED_KIND: Record<CartPurpose, LineKind> = {
  RENEWAL: 'BASE',
  REACTIVATION: 'BASE',
  STORAGE_UPGRADE: 'STORAGE',
  ADD_USERS: 'USERS',
  ADD_MODULES: 'MODULE',
};

function structureIssues(cart: Cart, service: CartServiceContext): CartIssue[] {
  const issues: CartIssue[] = [];
  const seen = new Set<string>();
  const active = new Set<ModuleCode>(service.items.flatMap((i) => (i.kind === 'MODULE' && i.module ? [i.module] : [])));
  cart.lines.forEach((line, lineIndex) => {
    if (!ALLOWED_KINDS[cart.purpose].includes(line.kind)) {
      issues.push({ code: 'INVALID_LINE', lineIndex, problem: { type: 'KIND_NOT_ALLOWED', kind: line.kind, purpose: cart.purpose } });
      return;
    }
    if (line.kind === 'MODULE' && line.module === undefined) {
      issues.push({ code: 'INVALID_LINE', lineIndex, problem: { type: 'MODULE_MISSING' } });
      return;
    }
    const key = line.kind === 'MODULE' ? `MODULE:${line.module}` : line.kind;
    if (seen.has(key)) issues.push({ code: 'INVALID_LINE', lineIndex, problem: { type: 'DUPLICATE', key } });
    seen.add(key);
    if (line.kind === 'MODULE' && line.module && isAddOnPurpose(cart.purpose) && active.has(line.module)) {
      issues.push({ code: 'MODULE_ALREADY_BOUGHT', lineIndex, module: line.module });
    }
  });
  const required = REQUIRED_KIND[cart.purpose];
  if (!cart.lines.some((l) => l.kind === required)) {
    issues.push({ code: 'INVALID_LINE', lineIndex: null, problem: { type: 'REQUIRED_MISSING', kind: required, purpose: cart.purpose } });
  }
  return issues;
}

function bounds(c: { min?: number; max?: number }): { min?: number; max?: number } {
  return { ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}) };
}

/** R12, R16-R19: every reason the cart cannot be checked out as it is (empty = valid). */
export function validateCart(cart: Cart, service: CartServiceContext, policy: Policy): CartIssue[] {
  const issues = structureIssues(cart, service);
  cart.lines.forEach((line, lineIndex) => {
    const check = validateQuantity(line, cart.purpose, service, policy);
    if (!check.ok) issues.push({ code: check.code, lineIndex, ...bounds(check) });
  });
  const years = validateYears(
    cart.years,
    cart.lines.some((l) => l.promo),
    policy,
    cart.purpose,
  );
  if (!years.ok) issues.push({ code: years.code, min: years.min, max: years.max, lineIndex: null });
  return issues;
}
