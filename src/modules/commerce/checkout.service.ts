// Checkout (R23, R24): a valid cart becomes an order AWAITING_PAYMENT, the cart
// is locked, bank transfer and postal slip orders queue the payment details email.
// Also the automatic renewal order of the lifecycle (R3).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { Order, Cart as CartRow } from '../../generated/prisma/client.js';
import type { OrderType, PaymentMethod } from '../../generated/prisma/enums.js';
import type { Config } from '../../shared/config.js';
import { messages, storedLocale, type Locale } from '../../i18n/index.js';
import type { Policy } from '../../shared/domain/policy.js';
import { priceCart, validateCart, type Cart as DomainCart, type PricedCart } from './domain/cart.js';
import type { CartPurpose } from '../../shared/domain/types.js';
import { NONE, NotFoundError, notFound } from '../../shared/errors.js';
import { requireHolder } from '../identity/index.js';
import { TX_OPTIONS, isUniqueViolation } from '../../shared/db/transaction.js';
import { audit } from '../../shared/audit.js';
import type { Scope } from '../../shared/scope.js';
import { nextOrderNumber } from './order-number.js';
import { paymentInstructions, type OrderFacts } from './domain/order.js';
import { restatesService } from './domain/order-effects.js';
import {
  assertConvention,
  cartIssueRefusals,
  assertPurposeAvailable,
  issueError,
  loadServiceSnapshot,
  prefillLines,
  toDomainCart,
  type ServiceSnapshot,
} from './cart.service.js';
import { CartLockedError, TermsNotAcceptedError } from './errors.js';

// ---------------------------------------------------------------- payment details (R24)

/** An amount in the words of `locale` (EUR 12.20 / € 12,20). */
export function euros(cents: number, locale: Locale): string {
  return messages(locale).money.euros((cents / 100).toFixed(2));
}

/**
 * R24: the payment details of a bank transfer or postal slip order awaiting
 * payment as a sentence (email, payOrder); null otherwise.
 */
export function paymentInstructionsText(
  config: Pick<Config, 'BANK_IBAN' | 'BANK_BENEFICIARY' | 'POSTAL_ACCOUNT'>,
  order: OrderFacts,
  locale: Locale,
): string | null {
  const details = paymentInstructions(order, config);
  if (!details) return null;
  return messages(locale).payment.instructions({
    amount: euros(details.amountCents, locale),
    beneficiary: details.beneficiary,
    reference: details.reference,
    iban: details.iban,
    postalAccount: details.postalAccount,
  });
}

/** Queues the payment details email to the holder's reference email (idempotent by order). */
export async function queuePaymentDetails(tx: Prisma.TransactionClient, order: Order, config: Config, now: Date): Promise<void> {
  const holder = await tx.holder.findUnique({ where: { accountId: order.accountId } });
  if (!holder) return;
  const locale = storedLocale(holder.locale);
  const instructions = paymentInstructionsText(config, order, locale);
  if (!instructions) return;
  const { subject, text } = messages(locale).payment.detailsEmail({ number: order.number, holderName: holder.name, instructions });
  const dedupKey = `order-payment-details:${order.id}:${order.paymentMethod}`;
  await tx.notification.upsert({
    where: { dedupKey },
    update: {},
    create: {
      dedupKey,
      kind: 'ORDER_PAYMENT_DETAILS',
      serviceId: order.serviceId,
      accountId: order.accountId,
      toEmail: holder.referenceEmail,
      locale,
      subject,
      text,
      nextAttemptAt: now,
      createdAt: now,
    },
  });
}

// ---------------------------------------------------------------- order creation

const ORDER_TYPE: Record<CartPurpose, OrderType> = {
  RENEWAL: 'RENEWAL',
  STORAGE_UPGRADE: 'STORAGE_UPGRADE',
  ADD_USERS: 'ADD_USERS',
  ADD_MODULES: 'ADD_MODULES',
  REACTIVATION: 'REACTIVATION',
};

/** Total GB the order leaves the service with (R7). */
function storageAfter(type: OrderType, priced: PricedCart, snapshot: ServiceSnapshot, policy: Policy): number {
  const bought = priced.lines.filter((l) => l.kind === 'STORAGE' && !l.extension).reduce((s, l) => s + l.quantity, 0);
  if (restatesService(type)) return policy.includedStorageGb + bought;
  return snapshot.context.boughtGb + bought;
}

interface OrderDraft {
  accountId: string;
  snapshot: ServiceSnapshot;
  type: OrderType;
  cart: DomainCart;
  /** Product of each cart line, in cart order. */
  productIds: string[];
  paymentMethod: PaymentMethod;
  cartId: string | null;
  conventionCode: string | null;
  idempotencyKey: string | null;
  automatic: boolean;
}

async function createOrder(tx: Prisma.TransactionClient, draft: OrderDraft, now: Date, policy: Policy): Promise<Order> {
  const priced = priceCart(draft.cart, draft.snapshot.context, now, policy);
  const { snapshot } = draft;
  const number = await nextOrderNumber(tx, now);
  const lines = priced.lines.flatMap((line, index) => {
    if (line.quantity <= 0) return [];
    const productId =
      (!line.extension ? draft.productIds[index] : undefined) ??
      snapshot.catalog.find(line.kind, line.module ?? null, snapshot.service.edition).id;
    return [
      {
        productId,
        kind: line.kind,
        module: line.module ?? null,
        quantity: line.quantity,
        unitPriceCents: line.yearlyUnitPriceCents,
        amountCents: line.amountCents,
        periodStart: line.periodStart,
        periodEnd: line.periodEnd,
        proRataDays: line.proRataDays,
        extension: line.extension,
        position: index,
      },
    ];
  });
  return tx.order.create({
    data: {
      number,
      accountId: draft.accountId,
      serviceId: snapshot.service.id,
      cartId: draft.cartId,
      type: draft.type,
      status: 'AWAITING_PAYMENT',
      paymentMethod: draft.paymentMethod,
      years: draft.cart.years,
      storageGb: storageAfter(draft.type, priced, snapshot, policy),
      extendActiveServices: draft.cart.extendActiveServices && !restatesService(draft.type),
      newExpiresAt: priced.newExpiresAt,
      conventionCode: draft.conventionCode,
      subtotalCents: priced.subtotalCents,
      discountCents: priced.discountCents,
      vatCents: priced.vatCents,
      totalCents: priced.totalCents,
      currency: policy.currency,
      idempotencyKey: draft.idempotencyKey,
      automatic: draft.automatic,
      createdAt: now,
      lines: { create: lines },
    },
  });
}

export interface CheckoutInput {
  cartId: string;
  paymentMethod: PaymentMethod;
  acceptTerms: boolean;
  idempotencyKey?: string | null | undefined;
}

/** The refusals of checkout (the mutation payload union is built from these). */
export const checkoutRefusals = [NotFoundError, CartLockedError, TermsNotAcceptedError, ...cartIssueRefusals] as const;

export interface CheckoutResult {
  order: Order;
  cart: CartRow;
}

async function existingCheckout(prisma: PrismaClient, accountId: string, key: string): Promise<CheckoutResult | null> {
  const order = await prisma.order.findUnique({
    where: { accountId_idempotencyKey: { accountId, idempotencyKey: key } },
    include: { cart: true },
  });
  if (!order?.cart) return null;
  const { cart, ...rest } = order;
  return { order: rest, cart };
}

/**
 * R23: turns an open cart into an order AWAITING_PAYMENT (refused without the
 * terms), locks the cart, queues the payment details for bank transfer and
 * postal slip (R24). A retried checkout with the same idempotency key returns
 * the same order.
 */
export async function checkout(scope: Scope, input: CheckoutInput): Promise<CheckoutResult> {
  const accountId = requireHolder(scope);
  const { prisma, now } = scope;
  const deps = scope;
  if (!input.acceptTerms) throw new TermsNotAcceptedError(NONE);
  const key = input.idempotencyKey ?? null;
  if (key) {
    const previous = await existingCheckout(prisma, accountId, key);
    if (previous) return previous;
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const { count } = await tx.cart.updateMany({
        where: { id: input.cartId, accountId, status: 'OPEN' },
        data: { status: 'CHECKED_OUT', checkedOutAt: now, updatedAt: now },
      });
      if (count === 0) {
        const existing = await tx.cart.findUnique({ where: { id: input.cartId }, select: { accountId: true } });
        if (existing?.accountId !== accountId) throw notFound('Cart', 'cartId');
        throw new CartLockedError(NONE);
      }
      const cart = await tx.cart.findUniqueOrThrow({
        where: { id: input.cartId },
        include: { lines: { orderBy: [{ position: 'asc' }, { id: 'asc' }] }, convention: true },
      });
      const snapshot = await loadServiceSnapshot(tx, cart.serviceId, now, deps.policy);
      if (!snapshot) throw notFound('Cart', 'cartId');
      assertPurposeAvailable(snapshot, cart.purpose, now, deps.policy);
      const domainCart = toDomainCart(cart, snapshot);
      const issue = validateCart(domainCart, snapshot.context, deps.policy)[0];
      if (issue) throw issueError(issue);
      if (cart.convention) assertConvention(cart.convention, cart.purpose, snapshot.service.edition, now);
      const order = await createOrder(
        tx,
        {
          accountId,
          snapshot,
          type: ORDER_TYPE[cart.purpose],
          cart: domainCart,
          productIds: cart.lines.map((l) => l.productId),
          paymentMethod: input.paymentMethod,
          cartId: cart.id,
          conventionCode: cart.convention?.code ?? null,
          idempotencyKey: key,
          automatic: false,
        },
        now,
        deps.policy,
      );
      await queuePaymentDetails(tx, order, deps.config, now);
      await audit(tx, {
        actor: scope.actor,
        action: 'CHECKOUT',
        serviceId: order.serviceId,
        orderId: order.id,
        data: { number: order.number, type: order.type, paymentMethod: order.paymentMethod, totalCents: order.totalCents },
        now,
      });
      const { lines: _lines, convention: _convention, ...cartRow } = cart;
      return { order, cart: { ...cartRow, status: 'CHECKED_OUT' as const, checkedOutAt: now, updatedAt: now } };
    }, TX_OPTIONS);
  } catch (err) {
    // A concurrent retry with the same key won the race: return its order.
    if (key && (isUniqueViolation(err) || err instanceof CartLockedError)) {
      const previous = await existingCheckout(prisma, accountId, key);
      if (previous) return previous;
    }
    throw err;
  }
}

/**
 * R3: the automatic renewal order of a service with auto-renew on: the
 * service's current items for one year, paid with the previous method,
 * AWAITING_PAYMENT, automatic. Idempotent per service expiry; null when
 * auto-renew is off or the service is unknown.
 */
export async function createAutoRenewOrder(scope: Scope, input: { serviceId: string }): Promise<Order | null> {
  const { prisma, now, policy } = scope;
  const { serviceId } = input;
  const build = () =>
    prisma.$transaction(async (tx) => {
      const snapshot = await loadServiceSnapshot(tx, serviceId, now, policy);
      if (!snapshot?.service.autoRenewEnabled || !snapshot.service.autoRenewMethod) return null;
      const key = `auto-renew:${serviceId}:${snapshot.service.expiresAt.toISOString().slice(0, 10)}`;
      const existing = await tx.order.findUnique({
        where: { accountId_idempotencyKey: { accountId: snapshot.service.accountId, idempotencyKey: key } },
      });
      if (existing) return existing;
      const seeds = prefillLines(snapshot, 'RENEWAL', policy).filter((l) => l.quantity > 0);
      const cart: DomainCart = {
        purpose: 'RENEWAL',
        years: 1,
        extendActiveServices: false,
        convention: null,
        lines: seeds.map((s) => {
          const product = snapshot.catalog.byId.get(s.productId);
          return {
            kind: s.kind,
            ...(s.module ? { module: s.module } : {}),
            quantity: s.quantity,
            yearlyUnitPriceCents: product?.yearlyPriceCents ?? 0,
            promo: product?.promo ?? false,
            isNew: false,
          };
        }),
      };
      const order = await createOrder(
        tx,
        {
          accountId: snapshot.service.accountId,
          snapshot,
          type: 'RENEWAL',
          cart,
          productIds: seeds.map((s) => s.productId),
          paymentMethod: snapshot.service.autoRenewMethod,
          cartId: null,
          conventionCode: null,
          idempotencyKey: key,
          automatic: true,
        },
        now,
        policy,
      );
      await audit(tx, {
        actor: scope.actor,
        action: 'AUTO_RENEW_ORDER_CREATED',
        serviceId,
        orderId: order.id,
        data: { number: order.number, totalCents: order.totalCents },
        now,
      });
      return order;
    }, TX_OPTIONS);
  try {
    return await build();
  } catch (err) {
    if (isUniqueViolation(err)) return build();
    throw err;
  }
}
