// Carts (R12, R15-R21): opened for one service and one purpose, prefilled from
// what the service has, edited line by line, priced by src/domain/cart.ts.
import type { Prisma } from '../../generated/prisma/client.js';
import { TX_OPTIONS, type Db } from '../../shared/db/transaction.js';
import type { Cart as CartRow, CartLine as CartLineRow, Service as ServiceRow } from '../../generated/prisma/client.js';
import type { ItemKind, ModuleCode } from '../../generated/prisma/enums.js';
import type { Policy } from '../../shared/domain/policy.js';
import {
  checkConvention,
  isAddOnPurpose,
  lineMaxQuantity,
  lineMinQuantity,
  priceCart,
  suggestedModules,
  validateCart,
  validateQuantity,
  validateYears,
  type Cart as DomainCart,
  type CartIssue,
  type LineProblem,
  type CartServiceContext,
  type PricedCart,
  type ServiceItem,
} from './domain/cart.js';
import {
  activeModules,
  availableActions,
  holdings,
  itemKey,
  runningItems,
  serviceFacts,
  type Holding,
  type ServiceFacts,
} from '../subscriptions/domain/index.js';
import { loadSubscription, type LoadedSubscription } from '../subscriptions/index.js';
import { storageUsage } from '../subscriptions/domain/index.js';
import { ACTION_CART_PURPOSE, type CartPurpose, type ServiceAction } from '../../shared/domain/types.js';
import { listCatalog, type CatalogProduct } from '../catalog/index.js';
import { InvalidInputError, NONE, NotFoundError, RateLimitedError, notFound, takeAttempt, type UserError } from '../../shared/errors.js';
import { principalKey } from '../../shared/scope.js';
import type { Catalog } from '../../i18n/index.js';
import type { Scope } from '../../shared/scope.js';
import { requireHolder } from '../identity/index.js';
import {
  ActionNotAvailableError,
  CartIncompleteError,
  CartLockedError,
  ConventionExpiredError,
  ConventionNotApplicableError,
  ConventionNotFoundError,
  InvalidQuantityError,
  InvalidYearsError,
  ModuleAlreadyBoughtError,
  ModuleNotAllowedError,
  QuantityBelowConfiguredUsersError,
  QuantityBelowUsedStorageError,
} from './errors.js';

/** The action each cart purpose buys (the inverse of ACTION_CART_PURPOSE). */
export const PURPOSE_ACTION = Object.fromEntries(
  Object.entries(ACTION_CART_PURPOSE).map(([action, purpose]) => [purpose, action]),
) as Record<CartPurpose, ServiceAction>;

// ---------------------------------------------------------------- catalog

export interface PricedCatalog {
  products: CatalogProduct[];
  byId: Map<string, CatalogProduct>;
  find(kind: ItemKind, module: ModuleCode | null, edition: ServiceRow['edition']): CatalogProduct;
}

/** Products with the price valid at `now` (R22): given (the in-memory catalog), or read with `db`. */
export async function loadCatalog(db: Db, now: Date, given?: CatalogProduct[]): Promise<PricedCatalog> {
  const products = given ?? (await listCatalog(db, now));
  return {
    products,
    byId: new Map(products.map((p) => [p.id, p])),
    find(kind, module, edition) {
      const found = products.find(
        (p) => p.kind === kind && (kind !== 'MODULE' || p.module === module) && (kind !== 'BASE' || p.edition === edition),
      );
      if (!found) throw new Error(`no priced product for ${kind} ${module ?? ''} ${edition}`);
      return found;
    },
  };
}

// ---------------------------------------------------------------- service snapshot

export interface ServiceSnapshot {
  service: LoadedSubscription;
  facts: ServiceFacts;
  context: CartServiceContext;
  catalog: PricedCatalog;
  /** What the service holds, per kind (and module): quantity and latest expiry. */
  current: Holding[];
  activeModules: ModuleCode[];
}

/**
 * Reads everything the cart rules need about one service (the subscription
 * model plus current prices). Transactions read the prices with `db`; reads
 * may pass the in-memory catalog as `products`.
 */
export async function loadServiceSnapshot(
  db: Db,
  serviceId: string,
  now: Date,
  policy: Policy,
  products?: CatalogProduct[],
): Promise<ServiceSnapshot | null> {
  const service = await loadSubscription(db, serviceId);
  if (!service) return null;
  const catalog = await loadCatalog(db, now, products);
  const facts = serviceFacts(service, now, policy);
  const serviceItems: ServiceItem[] = runningItems(service, now).map((i) => ({
    kind: i.kind,
    ...(i.module ? { module: i.module } : {}),
    quantity: i.quantity,
    expiresAt: i.expiresAt,
    yearlyUnitPriceCents: catalog.find(i.kind, i.module, service.edition).yearlyPriceCents,
  }));
  return {
    service,
    catalog,
    current: holdings(service, now),
    activeModules: activeModules(service, now),
    facts,
    context: {
      expiresAt: service.expiresAt,
      items: serviceItems,
      usedBytes: facts.usedBytes,
      configuredUsers: service.configuredUsers,
      boughtGb: facts.boughtGb,
    },
  };
}

/** R4, R6, R14: refuses a purpose the service does not offer now. */
export function assertPurposeAvailable(snapshot: ServiceSnapshot, purpose: CartPurpose, now: Date, policy: Policy): void {
  const action = PURPOSE_ACTION[purpose];
  const availability = availableActions(snapshot.facts, now, policy).find((a) => a.action === action);
  if (availability && !availability.available && availability.reasonCode) {
    throw new ActionNotAvailableError({ action, reasonCode: availability.reasonCode });
  }
}

// ---------------------------------------------------------------- prefill

interface LineSeed {
  productId: string;
  kind: ItemKind;
  module: ModuleCode | null;
  quantity: number;
  isNew: boolean;
}

/**
 * Lines a new cart starts with (R18): renewals restate the service, add-ons
 * start at one unit. Each line starts at least at its own minimum (R10: storage
 * that holds what is used, R16: the users configured), so that a cart can be
 * checked out as prefilled.
 */
export function prefillLines(snapshot: ServiceSnapshot, purpose: CartPurpose, policy: Policy): LineSeed[] {
  const { catalog, service, current } = snapshot;
  const qty = (kind: ItemKind) => current.find((c) => c.kind === kind)?.quantity ?? 0;
  const seed = (kind: ItemKind, module: ModuleCode | null, quantity: number, isNew: boolean): LineSeed => ({
    productId: catalog.find(kind, module, service.edition).id,
    kind,
    module,
    quantity,
    isNew,
  });
  switch (purpose) {
    case 'RENEWAL':
    case 'REACTIVATION':
      return [
        seed('BASE', null, 1, false),
        seed('STORAGE', null, Math.max(qty('STORAGE'), lineMinQuantity('STORAGE', purpose, snapshot.context, policy)), false),
        seed('USERS', null, Math.max(qty('USERS'), snapshot.context.configuredUsers), false),
        ...current.flatMap((c) => (c.kind === 'MODULE' && c.module && c.quantity > 0 ? [seed('MODULE', c.module, 1, false)] : [])),
      ];
    case 'STORAGE_UPGRADE':
      return [seed('STORAGE', null, 1, true)];
    case 'ADD_USERS':
      return [seed('USERS', null, 1, true)];
    case 'ADD_MODULES':
      return [];
  }
}

// ---------------------------------------------------------------- cart view

export interface CartLineView {
  id: string;
  product: CatalogProduct;
  kind: ItemKind;
  module: ModuleCode | null;
  quantity: number;
  minQuantity: number;
  maxQuantity: number;
  unitPriceCents: number;
  amountCents: number;
  periodStart: Date;
  periodEnd: Date;
  proRataDays: number | null;
  extension: boolean;
  isNew: boolean;
  /** R11: recommended extra GB on the storage line of a storage upgrade. */
  recommendedQuantity: number | null;
}

export interface CartView {
  cart: CartRow;
  lines: CartLineView[];
  priced: PricedCart;
  conventionCode: string | null;
  suggestedModules: ModuleCode[];
  issues: CartIssue[];
}

type CartWithLines = CartRow & { lines: CartLineRow[]; convention: { code: string; discountBasisPoints: number } | null };

export function toDomainCart(cart: CartWithLines, snapshot: ServiceSnapshot): DomainCart {
  return {
    purpose: cart.purpose,
    years: cart.years,
    extendActiveServices: cart.extendActiveServices,
    convention: cart.convention ? { discountPercent: cart.convention.discountBasisPoints / 100 } : null,
    lines: cart.lines.map((l) => {
      const product = snapshot.catalog.byId.get(l.productId) ?? snapshot.catalog.find(l.kind, l.module, snapshot.service.edition);
      return {
        kind: l.kind,
        ...(l.module ? { module: l.module } : {}),
        quantity: l.quantity,
        yearlyUnitPriceCents: product.yearlyPriceCents,
        promo: product.promo,
        isNew: l.isNew,
      };
    }),
  };
}

async function loadCartWithLines(db: Db, cartId: string): Promise<CartWithLines | null> {
  return db.cart.findUnique({
    where: { id: cartId },
    include: {
      lines: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
      convention: { select: { code: true, discountBasisPoints: true } },
    },
  });
}

/** The recomputed cart (R18): priced lines, co-termination extensions, totals. */
export async function computeCartView(db: Db, cartId: string, now: Date, policy: Policy, products?: CatalogProduct[]): Promise<CartView> {
  const cart = await loadCartWithLines(db, cartId);
  if (!cart) throw new Error(`cart ${cartId} vanished`);
  const snapshot = await loadServiceSnapshot(db, cart.serviceId, now, policy, products);
  if (!snapshot) throw new Error(`service of cart ${cartId} vanished`);
  return viewOf(cart, snapshot, now, policy);
}

export function viewOf(cart: CartWithLines, snapshot: ServiceSnapshot, now: Date, policy: Policy): CartView {
  const domainCart = toDomainCart(cart, snapshot);
  const priced = priceCart(domainCart, snapshot.context, now, policy);
  const usage = storageUsage(
    {
      usedBytes: snapshot.context.usedBytes,
      boughtGb: snapshot.context.boughtGb,
      breakdown: { INVOICES_SENT: 0, INVOICES_RECEIVED: 0, DOCUMENTS: 0, INSTALLMENTS: 0, ELECTRONIC_ORDERS: 0 },
      since: snapshot.service.activatedAt ?? snapshot.service.createdAt,
      expiresAt: snapshot.service.expiresAt,
    },
    now,
    policy,
  );
  const lines: CartLineView[] = priced.lines.map((p, index) => {
    const row = index < cart.lines.length ? cart.lines[index] : undefined;
    const module = p.module ?? null;
    const product = (row && snapshot.catalog.byId.get(row.productId)) ?? snapshot.catalog.find(p.kind, module, snapshot.service.edition);
    return {
      // Stored lines: their row id; extension lines: derived from the cart, so unique across carts too.
      id: row ? row.id : `${cart.id}:extension:${itemKey(p.kind, module)}:${p.periodStart.toISOString().slice(0, 10)}`,
      product,
      kind: p.kind,
      module,
      quantity: p.quantity,
      minQuantity: row ? lineMinQuantity(p.kind, cart.purpose, snapshot.context, policy) : p.quantity,
      maxQuantity: row ? lineMaxQuantity(p.kind) : p.quantity,
      unitPriceCents: p.yearlyUnitPriceCents,
      amountCents: p.amountCents,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      proRataDays: p.proRataDays,
      extension: p.extension,
      isNew: p.isNew,
      recommendedQuantity: row && p.kind === 'STORAGE' && cart.purpose === 'STORAGE_UPGRADE' ? usage.recommendedExtraGb : null,
    };
  });
  const wanted = cart.lines.flatMap((l) => (l.kind === 'MODULE' && l.module && l.quantity > 0 ? [l.module] : []));
  return {
    cart,
    lines,
    priced,
    conventionCode: cart.convention?.code ?? null,
    suggestedModules: suggestedModules([...snapshot.activeModules, ...wanted]),
    issues: validateCart(domainCart, snapshot.context, policy),
  };
}

/** The words of a line problem. */
function describeLineIssue(m: Catalog, problem: LineProblem): string {
  switch (problem.type) {
    case 'KIND_NOT_ALLOWED':
      return m.cartIssues.kindNotAllowed(problem);
    case 'MODULE_MISSING':
      return m.cartIssues.moduleMissing();
    case 'DUPLICATE':
      return m.cartIssues.duplicateLine(problem);
    case 'REQUIRED_MISSING':
      return m.cartIssues.requiredLineMissing(problem);
  }
}

/** Every refusal a cart's own state can cause at checkout (issueError, assertPurposeAvailable, assertConvention). */
export const cartIssueRefusals = [
  ActionNotAvailableError,
  QuantityBelowUsedStorageError,
  QuantityBelowConfiguredUsersError,
  InvalidQuantityError,
  InvalidYearsError,
  CartIncompleteError,
  ModuleAlreadyBoughtError,
  ConventionExpiredError,
  ConventionNotApplicableError,
] as const;

/** Maps the first domain issue of a cart to its typed error. */
export function issueError(issue: CartIssue): UserError {
  switch (issue.code) {
    case 'QUANTITY_BELOW_USED_STORAGE':
      return new QuantityBelowUsedStorageError({ minQuantity: issue.min ?? 0 });
    case 'QUANTITY_BELOW_CONFIGURED_USERS':
      return new QuantityBelowConfiguredUsersError({ minQuantity: issue.min ?? 0 });
    case 'INVALID_QUANTITY':
      return new InvalidQuantityError({ minQuantity: issue.min ?? 0, maxQuantity: issue.max ?? 0 });
    case 'INVALID_YEARS':
      return new InvalidYearsError({ minYears: issue.min, maxYears: issue.max });
    case 'INVALID_LINE':
      return new CartIncompleteError({ detail: (m) => describeLineIssue(m, issue.problem) });
    case 'MODULE_ALREADY_BOUGHT':
      return new ModuleAlreadyBoughtError({ module: issue.module });
  }
}

// ---------------------------------------------------------------- commands

const LOCKED = [NotFoundError, CartLockedError] as const;

/** The refusals of each cart use case (the mutation payload unions are built from these). */
export const refusals = {
  createCart: [NotFoundError, ActionNotAvailableError],
  setCartLineQuantity: [
    ...LOCKED,
    QuantityBelowUsedStorageError,
    QuantityBelowConfiguredUsersError,
    InvalidQuantityError,
    InvalidYearsError,
  ],
  addCartModule: [...LOCKED, ModuleAlreadyBoughtError, InvalidYearsError],
  removeCartModule: [...LOCKED, ModuleNotAllowedError],
  setCartYears: [...LOCKED, InvalidYearsError],
  setCartExtendActiveServices: [...LOCKED],
  applyConventionCode: [...LOCKED, RateLimitedError, ConventionNotFoundError, ConventionExpiredError, ConventionNotApplicableError],
} as const;

/** Opens a cart for a service the holder owns (R18), refusing purposes not offered. */
export async function createCart(scope: Scope, input: { serviceId: string; purpose: CartPurpose }): Promise<CartRow> {
  const accountId = requireHolder(scope);
  const { now, policy } = scope;
  return scope.prisma.$transaction(async (tx) => {
    const snapshot = await loadServiceSnapshot(tx, input.serviceId, now, policy);
    if (snapshot?.service.accountId !== accountId) throw notFound('Service', 'serviceId');
    assertPurposeAvailable(snapshot, input.purpose, now, policy);
    const lines = prefillLines(snapshot, input.purpose, policy);
    return tx.cart.create({
      data: {
        accountId,
        serviceId: snapshot.service.id,
        purpose: input.purpose,
        years: 1,
        extendActiveServices: isAddOnPurpose(input.purpose),
        createdAt: now,
        updatedAt: now,
        lines: { create: lines.map((l, position) => ({ ...l, position })) },
      },
    });
  }, TX_OPTIONS);
}

/**
 * Runs an edit on an open cart of the holder, in one transaction that first
 * touches the cart row (so that a concurrent checkout and the edit serialize).
 */
async function editOpenCart<T>(
  scope: Scope,
  cartId: string,
  edit: (tx: Prisma.TransactionClient, cart: CartWithLines, snapshot: ServiceSnapshot) => Promise<T>,
): Promise<CartRow> {
  const accountId = requireHolder(scope);
  const { now, policy } = scope;
  return scope.prisma.$transaction(async (tx) => {
    const { count } = await tx.cart.updateMany({ where: { id: cartId, accountId, status: 'OPEN' }, data: { updatedAt: now } });
    if (count === 0) {
      const existing = await tx.cart.findUnique({ where: { id: cartId }, select: { accountId: true } });
      if (existing?.accountId !== accountId) throw notFound('Cart', 'cartId');
      throw new CartLockedError(NONE);
    }
    const cart = await loadCartWithLines(tx, cartId);
    const snapshot = cart ? await loadServiceSnapshot(tx, cart.serviceId, now, policy) : null;
    if (!cart || !snapshot) throw notFound('Cart', 'cartId');
    await edit(tx, cart, snapshot);
    return tx.cart.findUniqueOrThrow({ where: { id: cartId } });
  }, TX_OPTIONS);
}

/** R12, R16: sets a line's quantity, refusing values below the floors with the floor. */
export function setCartLineQuantity(scope: Scope, input: { cartId: string; lineId: string; quantity: number }): Promise<CartRow> {
  const { policy } = scope;
  return editOpenCart(scope, input.cartId, async (tx, cart, snapshot) => {
    const line = cart.lines.find((l) => l.id === input.lineId);
    if (!line) throw notFound('Cart line', 'lineId');
    const check = validateQuantity({ kind: line.kind, quantity: input.quantity }, cart.purpose, snapshot.context, policy);
    if (!check.ok) throw issueError({ ...check, lineIndex: 0 });
    if (line.kind === 'MODULE' && input.quantity > 0) assertPromoYears(snapshot, line.productId, cart.years, policy);
    await tx.cartLine.update({ where: { id: line.id }, data: { quantity: input.quantity } });
  });
}

function assertPromoYears(snapshot: ServiceSnapshot, productId: string, years: number, policy: Policy): void {
  const product = snapshot.catalog.byId.get(productId);
  const check = validateYears(years, product?.promo ?? false, policy);
  if (!check.ok) throw new InvalidYearsError({ minYears: check.min, maxYears: check.max });
}

/** R15, R17: adds a module (or takes back a dropped one in a renewal cart). */
export function addCartModule(scope: Scope, input: { cartId: string; module: ModuleCode }): Promise<CartRow> {
  const { policy } = scope;
  return editOpenCart(scope, input.cartId, async (tx, cart, snapshot) => {
    const product = snapshot.catalog.find('MODULE', input.module, snapshot.service.edition);
    const has = snapshot.activeModules.includes(input.module);
    if (isAddOnPurpose(cart.purpose) && has) throw new ModuleAlreadyBoughtError({ module: input.module });
    assertPromoYears(snapshot, product.id, cart.years, policy);
    const existing = cart.lines.find((l) => l.kind === 'MODULE' && l.module === input.module);
    if (existing) {
      if (existing.quantity === 0) await tx.cartLine.update({ where: { id: existing.id }, data: { quantity: 1 } });
      return;
    }
    const position = Math.max(0, ...cart.lines.map((l) => l.position + 1));
    await tx.cartLine.create({
      data: { cartId: cart.id, productId: product.id, kind: 'MODULE', module: input.module, quantity: 1, isNew: !has, position },
    });
  });
}

/** R17: "do not renew" a module in a renewal cart, or takes a new module out of any cart. */
export function removeCartModule(scope: Scope, input: { cartId: string; module: ModuleCode }): Promise<CartRow> {
  return editOpenCart(scope, input.cartId, async (tx, cart) => {
    const existing = cart.lines.find((l) => l.kind === 'MODULE' && l.module === input.module);
    if (!existing) {
      throw new ModuleNotAllowedError({ module: input.module });
    }
    if (existing.isNew) await tx.cartLine.delete({ where: { id: existing.id } });
    else await tx.cartLine.update({ where: { id: existing.id }, data: { quantity: 0 } });
  });
}

/** R19: 1..10 years, 1..2 with a product in promotion. */
export function setCartYears(scope: Scope, input: { cartId: string; years: number }): Promise<CartRow> {
  const { policy } = scope;
  return editOpenCart(scope, input.cartId, async (tx, cart, snapshot) => {
    const hasPromo = cart.lines.some((l) => l.quantity > 0 && (snapshot.catalog.byId.get(l.productId)?.promo ?? false));
    const check = validateYears(input.years, hasPromo, policy, cart.purpose);
    if (!check.ok) throw new InvalidYearsError({ minYears: check.min, maxYears: check.max });
    await tx.cart.update({ where: { id: cart.id }, data: { years: input.years } });
  });
}

/** R20: co-termination on or off (upgrade and add-on carts only). */
export function setCartExtendActiveServices(scope: Scope, input: { cartId: string; enabled: boolean }): Promise<CartRow> {
  return editOpenCart(scope, input.cartId, async (tx, cart) => {
    if (!isAddOnPurpose(cart.purpose)) {
      throw new InvalidInputError({ say: (m) => m.errors.extendOnlyAddOn() }, ['input', 'enabled']);
    }
    await tx.cart.update({ where: { id: cart.id }, data: { extendActiveServices: input.enabled } });
  });
}

/** R21: applies a convention code, refusing unknown, expired and inapplicable ones. */
export async function applyConventionCode(scope: Scope, input: { cartId: string; code: string }): Promise<CartRow> {
  const { now } = scope;
  // Codes are guessable: each attempt takes from the caller's budget.
  await takeAttempt(scope, 'conventionCode', principalKey(scope.principal, scope.clientIp), { event: 'convention-code' });
  return editOpenCart(scope, input.cartId, async (tx, cart, snapshot) => {
    const convention = await tx.convention.findUnique({ where: { code: input.code.trim().toUpperCase() } });
    if (!convention) throw new ConventionNotFoundError(NONE);
    assertConvention(convention, cart.purpose, snapshot.service.edition, now);
    await tx.cart.update({ where: { id: cart.id }, data: { conventionId: convention.id } });
  });
}

/** What applying a convention code to a cart would do, without applying it (R21). */
export interface ConventionPreview {
  code: string;
  association: string | null;
  discountBasisPoints: number | null;
  /** Null when the code would apply; else the refusal applying it would give. */
  refusal: UserError | null;
}

/**
 * R21: previews a convention code on a cart of the holder: its discount, or why
 * applying it would be refused. Takes from the same attempt budget as
 * applyConventionCode (a preview must not be a free way to guess codes).
 */
export async function previewConvention(scope: Scope, input: { cartId: string; code: string }): Promise<ConventionPreview> {
  const accountId = requireHolder(scope);
  const code = input.code.trim().toUpperCase();
  try {
    await takeAttempt(scope, 'conventionCode', principalKey(scope.principal, scope.clientIp), { event: 'convention-preview' });
  } catch (err) {
    if (err instanceof RateLimitedError) return { code, association: null, discountBasisPoints: null, refusal: err };
    throw err;
  }
  const cart = await scope.prisma.cart.findFirst({
    where: { id: input.cartId, accountId },
    select: { purpose: true, service: { select: { edition: true } } },
  });
  if (!cart) throw notFound('Cart', 'cartId');
  const convention = await scope.prisma.convention.findUnique({ where: { code } });
  if (!convention) return { code, association: null, discountBasisPoints: null, refusal: new ConventionNotFoundError(NONE) };
  let refusal: UserError | null = null;
  try {
    assertConvention(convention, cart.purpose, cart.service.edition, scope.now);
  } catch (err) {
    if (!(err instanceof ConventionExpiredError || err instanceof ConventionNotApplicableError)) throw err;
    refusal = err;
  }
  return { code, association: convention.association, discountBasisPoints: convention.discountBasisPoints, refusal };
}

export function assertConvention(
  convention: {
    code: string;
    validFrom: Date;
    validTo: Date;
    applicablePurposes: CartPurpose[];
    applicableEditions: ServiceRow['edition'][];
  },
  purpose: CartPurpose,
  edition: ServiceRow['edition'],
  now: Date,
): void {
  const check = checkConvention({ ...convention, active: true }, purpose, edition, now);
  if (!check.ok) throw check.code === 'CONVENTION_EXPIRED' ? new ConventionExpiredError(NONE) : new ConventionNotApplicableError(NONE);
}
