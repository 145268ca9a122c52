// Payments (R3, R24-R26): registration by the operator or the provider's
// webhook applies an order exactly once; paying, cancelling, auto-renew switch.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Order } from '../../generated/prisma/client.js';
import type { PaymentMethod, PaymentSource } from '../../generated/prisma/enums.js';
import { depsOf, systemScope, type Actor, type AppDeps, type Scope } from '../../shared/scope.js';
import { audit } from '../../shared/audit.js';
import { TX_OPTIONS, isUniqueViolation } from '../../shared/db/transaction.js';
import { requireHolder } from '../identity/index.js';
import type { Database } from '../../shared/db/database.js';
import { autoRenewFromPayment } from '../subscriptions/domain/index.js';
import { serviceFactsInclude } from '../subscriptions/index.js';
import { InvalidInputError, NONE, NotFoundError, UserError, notFound } from '../../shared/errors.js';
import { applyOrderEffects } from './order-effects.service.js';
import { paymentInstructionsText, queuePaymentDetails } from './checkout.service.js';
import {
  AmountMismatchError,
  AutoRenewNotAllowedError,
  ConfirmationRequiredError,
  OrderAlreadyPaidError,
  OrderNotCancellableError,
  OrderNotPayableError,
} from './errors.js';
import { acceptedSecrets, readSignedEvent, type HeaderBag, type WebhookOutcome } from '../../shared/http/signed-events.js';
import { alertOperator } from '../notifications/index.js';
import { SandboxGateway, type ChargeAccepted, type GatewayMethod, type PaymentGateway } from './payments/gateway.js';

// ---------------------------------------------------------------- gateway registry

const gateways = new WeakMap<Database, PaymentGateway>();

/** The payment gateway of an app (one per database); the local sandbox unless one was set. */
export function gatewayFor(deps: AppDeps): PaymentGateway {
  let gateway = gateways.get(deps.db);
  if (!gateway) {
    const own: AppDeps = depsOf(deps);
    gateway = new SandboxGateway(deps.config.PAYMENT_WEBHOOK_SECRET, (raw, headers) => handlePaymentWebhook(own, raw, headers));
    gateways.set(deps.db, gateway);
  }
  return gateway;
}

/** Waits for the sandbox's pending webhook deliveries (no-op for other gateways). */
export async function flushGateway(deps: AppDeps): Promise<void> {
  const gateway = gatewayFor(deps);
  if (gateway instanceof SandboxGateway) await gateway.flush();
}

// ---------------------------------------------------------------- registration (R25)

export interface RegisterPaymentInput {
  orderNumber: string;
  amountCents: number;
  reference: string;
  source: PaymentSource;
  /** Method actually used; defaults to the order's. */
  method?: PaymentMethod;
  actor: Actor;
}

export interface RegisterPaymentResult {
  order: Order;
  /** False when this registration changed nothing (repeated reference). */
  applied: boolean;
}

/** Takes the order's row lock for the rest of the transaction (PostgreSQL; PGlite serializes anyway). */
async function lockOrder(tx: Prisma.TransactionClient, where: { number: string } | { id: string }): Promise<string | null> {
  const rows =
    'number' in where
      ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Order" WHERE "number" = ${where.number} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Order" WHERE "id" = ${where.id} FOR UPDATE`;
  return rows[0]?.id ?? null;
}

/**
 * R25: registers a payment inside `tx`: locks the order, recognises a repeated
 * reference (no effect), refuses cancelled orders and wrong amounts, marks the
 * order PAID with a conditional update and applies its effects once.
 */
export async function registerPaymentTx(
  tx: Prisma.TransactionClient,
  input: RegisterPaymentInput,
  now: Date,
): Promise<RegisterPaymentResult> {
  const orderId = await lockOrder(tx, { number: input.orderNumber });
  if (!orderId) throw notFound('Order', 'orderNumber');
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const previous = await tx.payment.findUnique({ where: { reference: input.reference } });
  if (previous) {
    if (previous.orderId !== order.id || previous.status !== 'SUCCEEDED') {
      throw new InvalidInputError({ say: (m) => m.errors.paymentReferenceTaken() }, ['input', 'reference']);
    }
    return { order, applied: false };
  }
  if (order.status === 'CANCELLED') throw new OrderNotPayableError(NONE);
  if (order.status === 'PAID') throw new OrderAlreadyPaidError(NONE);
  if (input.amountCents !== order.totalCents) throw new AmountMismatchError({ expected: order.totalCents });
  const { count } = await tx.order.updateMany({
    where: { id: order.id, status: 'AWAITING_PAYMENT', appliedAt: null },
    data: { status: 'PAID', paidAt: now, appliedAt: now },
  });
  if (count === 0) throw new OrderAlreadyPaidError(NONE);
  await tx.payment.create({
    data: {
      orderId: order.id,
      source: input.source,
      method: input.method ?? order.paymentMethod,
      status: 'SUCCEEDED',
      reference: input.reference,
      amountCents: input.amountCents,
      registeredBy: input.actor.id,
      createdAt: now,
    },
  });
  await applyOrderEffects(tx, order.id, now);
  await audit(tx, {
    actor: input.actor,
    action: 'PAYMENT_REGISTERED',
    serviceId: order.serviceId,
    orderId: order.id,
    data: { number: order.number, reference: input.reference, amountCents: input.amountCents, source: input.source },
    now,
  });
  return { order: await tx.order.findUniqueOrThrow({ where: { id: order.id } }), applied: true };
}

/** The refusals of registerPayment (the mutation payload union is built from these). */
export const registerPaymentRefusals = [NotFoundError, OrderNotPayableError, OrderAlreadyPaidError, AmountMismatchError] as const;

/** Operator registration of an offline payment (bank transfer, postal slip) or any payment. */
export async function registerPayment(
  scope: Scope,
  input: { orderNumber: string; amountCents: number; reference: string; method?: PaymentMethod },
): Promise<RegisterPaymentResult> {
  return scope.prisma.$transaction(
    (tx) => registerPaymentTx(tx, { ...input, source: 'OPERATOR', reference: input.reference.trim(), actor: scope.actor }, scope.now),
    TX_OPTIONS,
  );
}

// ---------------------------------------------------------------- webhook

const eventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['payment.succeeded', 'payment.failed']),
  data: z.object({
    orderNumber: z.string().min(1).max(100),
    amountCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    currency: z.string().regex(/^[A-Z]{3}$/),
    method: z.enum(['CREDIT_CARD', 'PAYPAL']),
    reference: z.string().min(1).max(200),
    failureCode: z.string().max(100).optional(),
  }),
});

type PaymentEventBody = z.infer<typeof eventSchema>;

/** A refund to request from the gateway once the transaction that decided it has committed. */
interface PendingRefund {
  orderNumber: string;
  paymentReference: string;
  amountCents: number;
  currency: string;
}

/**
 * POST /webhooks/payments, signed in the Standard Webhooks form (current or
 * previous PAYMENT_WEBHOOK_SECRET). Bad or stale signature: 401; malformed:
 * 400; a message id (`webhook-id`) already processed: 200 with no effect.
 * A success whose amount or currency differs from the order is recorded and
 * alerts the operator, never applied; a success for a cancelled order records
 * a refund request through the gateway and alerts the operator.
 */
export async function handlePaymentWebhook(deps: AppDeps, rawBody: Buffer, headers: HeaderBag): Promise<WebhookOutcome> {
  const secrets = acceptedSecrets(deps.config.PAYMENT_WEBHOOK_SECRET, deps.config.PAYMENT_WEBHOOK_SECRET_PREVIOUS);
  const read = readSignedEvent(secrets, rawBody, headers, eventSchema);
  if ('outcome' in read) return read.outcome;
  const { event, messageId } = read;
  const { now, actor } = systemScope(deps, 'payment-gateway');
  try {
    const { outcome, refund } = await deps.db.prisma.$transaction(
      async (tx): Promise<{ outcome: Record<string, unknown>; refund: PendingRefund | null }> => {
        // ON CONFLICT DO NOTHING: a concurrent delivery of the same message waits for this one, then inserts nothing.
        const { count } = await tx.webhookEvent.createMany({
          data: [{ source: 'payments', eventId: messageId, payload: event, receivedAt: now }],
          skipDuplicates: true,
        });
        if (count === 0) return { outcome: { applied: false, duplicate: true }, refund: null };
        if (event.type === 'payment.failed') return { outcome: await recordFailedPayment(tx, event, now, actor), refund: null };
        const anomaly = await checkSucceededEvent(tx, deps, event, actor, now);
        if (anomaly) return anomaly;
        try {
          const result = await registerPaymentTx(
            tx,
            {
              orderNumber: event.data.orderNumber,
              amountCents: event.data.amountCents,
              reference: event.data.reference,
              source: 'GATEWAY',
              method: event.data.method,
              actor,
            },
            now,
          );
          return { outcome: { applied: result.applied, orderStatus: result.order.status }, refund: null };
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          // Recorded, not retried: the provider would only send it again.
          deps.log.warn({ eventId: event.id, messageId, code: err.code }, 'payment event not applied');
          return { outcome: { applied: false, ignored: err.code }, refund: null };
        }
      },
      TX_OPTIONS,
    );
    if (refund) await requestRefund(deps, refund);
    return { status: 200, body: { received: true, ...outcome } };
  } catch (err) {
    if (isUniqueViolation(err)) return { status: 200, body: { received: true, duplicate: true } };
    throw err;
  }
}

/** The refund decided in a committed transaction, requested through the gateway port; a failure is logged for the operator. */
async function requestRefund(deps: AppDeps, refund: PendingRefund): Promise<void> {
  try {
    const accepted = await gatewayFor(deps).requestRefund({ ...refund, reason: 'ORDER_CANCELLED' });
    deps.log.warn({ ...refund, refundReference: accepted.reference }, 'refund requested');
  } catch (err) {
    deps.log.error({ err, ...refund }, 'refund request failed: the operator must refund by hand');
  }
}

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

/**
 * A success event that must not be applied: amount or currency different from
 * the order's (recorded, operator alerted), or an order cancelled meanwhile
 * (refund requested, operator alerted). Null when the event may be applied.
 */
async function checkSucceededEvent(
  tx: Prisma.TransactionClient,
  deps: AppDeps,
  event: PaymentEventBody,
  actor: Actor,
  now: Date,
): Promise<{ outcome: Record<string, unknown>; refund: PendingRefund | null } | null> {
  const orderId = await lockOrder(tx, { number: event.data.orderNumber });
  const order = orderId ? await tx.order.findUnique({ where: { id: orderId } }) : null;
  if (!order) return null;
  const { amountCents, currency, reference } = event.data;
  const known = await tx.payment.findUnique({ where: { reference } });
  if (known) return null; // a repeated reference: registerPaymentTx answers it
  const vars = {
    orderNumber: order.number,
    reference,
    expected: money(order.totalCents, order.currency),
    received: money(amountCents, currency),
  };
  if (order.status === 'CANCELLED') {
    // The same payment reference is refunded once, whatever message carried it.
    const already = await tx.auditLog.count({
      where: { orderId: order.id, action: 'REFUND_REQUESTED', data: { path: ['reference'], equals: reference } },
    });
    if (already > 0) return { outcome: { applied: false, ignored: 'ORDER_NOT_PAYABLE', refundRequested: true }, refund: null };
    await audit(tx, {
      actor,
      action: 'REFUND_REQUESTED',
      serviceId: order.serviceId,
      orderId: order.id,
      data: { number: order.number, reference, amountCents, currency, reason: 'ORDER_CANCELLED' },
      now,
    });
    await alertOperator(
      tx,
      deps,
      { kind: 'PAID_AFTER_CANCEL', key: reference, vars, orderId: order.id, serviceId: order.serviceId },
      actor,
      now,
    );
    return {
      outcome: { applied: false, ignored: 'ORDER_NOT_PAYABLE', refundRequested: true },
      refund: { orderNumber: order.number, paymentReference: reference, amountCents, currency },
    };
  }
  if (order.status !== 'AWAITING_PAYMENT') return null;
  const mismatch = currency !== order.currency ? 'CURRENCY_MISMATCH' : amountCents !== order.totalCents ? 'AMOUNT_MISMATCH' : null;
  if (!mismatch) return null;
  await audit(tx, {
    actor,
    action: 'PAYMENT_MISMATCH',
    serviceId: order.serviceId,
    orderId: order.id,
    data: { number: order.number, reference, amountCents, currency, expectedCents: order.totalCents, expectedCurrency: order.currency },
    now,
  });
  await alertOperator(
    tx,
    deps,
    { kind: 'PAYMENT_MISMATCH', key: reference, vars, orderId: order.id, serviceId: order.serviceId },
    actor,
    now,
  );
  return { outcome: { applied: false, ignored: mismatch }, refund: null };
}

async function recordFailedPayment(
  tx: Prisma.TransactionClient,
  event: PaymentEventBody,
  now: Date,
  actor: Actor,
): Promise<Record<string, unknown>> {
  const order = await tx.order.findUnique({ where: { number: event.data.orderNumber } });
  if (!order) return { applied: false, ignored: 'NOT_FOUND' };
  const known = await tx.payment.findUnique({ where: { reference: event.data.reference } });
  if (!known) {
    await tx.payment.create({
      data: {
        orderId: order.id,
        source: 'GATEWAY',
        method: event.data.method,
        status: 'FAILED',
        reference: event.data.reference,
        amountCents: event.data.amountCents,
        failureCode: event.data.failureCode ?? 'declined',
        registeredBy: actor.id,
        createdAt: now,
      },
    });
    await audit(tx, {
      actor,
      action: 'PAYMENT_FAILED',
      serviceId: order.serviceId,
      orderId: order.id,
      data: { number: order.number, reference: event.data.reference, failureCode: event.data.failureCode ?? 'declined' },
      now,
    });
  }
  return { applied: false, failed: true };
}

// ---------------------------------------------------------------- charging

function isGatewayMethod(method: PaymentMethod): method is GatewayMethod {
  return method === 'CREDIT_CARD' || method === 'PAYPAL';
}

/**
 * Charges a card or PayPal order AWAITING_PAYMENT through the gateway (also
 * the auto-renew charge of the lifecycle). The outcome arrives on the webhook.
 * Throws OrderNotPayableError when the order is not awaiting payment or is not
 * a card/PayPal order.
 */
export async function chargeOrder(scope: Scope, input: { orderId: string; cardToken?: string | undefined }): Promise<ChargeAccepted> {
  const order = await scope.prisma.order.findUnique({ where: { id: input.orderId } });
  if (!order) throw notFound('Order', 'orderId');
  if (order.status !== 'AWAITING_PAYMENT' || !isGatewayMethod(order.paymentMethod)) throw new OrderNotPayableError(NONE);
  const accepted = await gatewayFor(depsOf(scope)).charge({
    orderId: order.id,
    orderNumber: order.number,
    amountCents: order.totalCents,
    currency: order.currency,
    method: order.paymentMethod,
    cardToken: input.cardToken,
  });
  await audit(scope.prisma, {
    actor: order.automatic ? { type: null, id: 'lifecycle' } : { type: null, id: null },
    action: 'PAYMENT_CHARGE_REQUESTED',
    serviceId: order.serviceId,
    orderId: order.id,
    data: { number: order.number, reference: accepted.reference },
    now: scope.clock(),
  });
  return accepted;
}

export interface PayOrderResult {
  order: Order;
  /** PROCESSING: the provider is charging (card, PayPal); AWAITING_TRANSFER: pay with the instructions. */
  outcome: 'PROCESSING' | 'AWAITING_TRANSFER';
  reference: string | null;
  instructions: string | null;
}

/** The refusals of payOrder (the mutation payload union is built from these). */
export const payOrderRefusals = [NotFoundError, OrderNotPayableError] as const;

/** R7: pays an order awaiting payment, optionally with another method. */
export async function payOrder(
  scope: Scope,
  input: { orderId: string; paymentMethod?: PaymentMethod | null | undefined; cardToken?: string | null | undefined },
): Promise<PayOrderResult> {
  const accountId = requireHolder(scope);
  const { prisma } = scope;
  const deps = scope;
  const found = await prisma.order.findUnique({ where: { id: input.orderId } });
  if (found?.accountId !== accountId) throw notFound('Order', 'orderId');
  if (found.status !== 'AWAITING_PAYMENT') throw new OrderNotPayableError(NONE);
  let order = found;
  if (input.paymentMethod && input.paymentMethod !== order.paymentMethod) {
    const method = input.paymentMethod;
    order = await prisma.$transaction(async (tx) => {
      const { count } = await tx.order.updateMany({ where: { id: found.id, status: 'AWAITING_PAYMENT' }, data: { paymentMethod: method } });
      if (count === 0) throw new OrderNotPayableError(NONE);
      const updated = await tx.order.findUniqueOrThrow({ where: { id: found.id } });
      await queuePaymentDetails(tx, updated, deps.config, deps.now);
      return updated;
    }, TX_OPTIONS);
  }
  if (isGatewayMethod(order.paymentMethod)) {
    const accepted = await chargeOrder(scope, { orderId: order.id, cardToken: input.cardToken ?? undefined });
    return { order, outcome: 'PROCESSING', reference: accepted.reference, instructions: null };
  }
  return { order, outcome: 'AWAITING_TRANSFER', reference: null, instructions: paymentInstructionsText(deps.config, order, deps.locale) };
}

// ---------------------------------------------------------------- cancelling (R26, R7)

/** The refusals of cancelOrder (the mutation payload union is built from these). */
export const cancelOrderRefusals = [NotFoundError, ConfirmationRequiredError, OrderNotCancellableError] as const;

/** R7, R26: cancels an order awaiting payment (the holder's own, or any for an operator), with explicit confirmation. */
export async function cancelOrder(scope: Scope, input: { orderId: string; confirm: boolean }): Promise<Order> {
  const accountId = scope.principal?.type === 'OPERATOR' ? null : requireHolder(scope);
  const { now } = scope;
  if (!input.confirm) throw new ConfirmationRequiredError(NONE);
  return scope.prisma.$transaction(async (tx) => {
    const id = await lockOrder(tx, { id: input.orderId });
    const order = id ? await tx.order.findUnique({ where: { id } }) : null;
    if (!order || (accountId !== null && order.accountId !== accountId)) throw notFound('Order', 'orderId');
    if (order.status !== 'AWAITING_PAYMENT') throw new OrderNotCancellableError(NONE);
    const { count } = await tx.order.updateMany({
      where: { id: order.id, status: 'AWAITING_PAYMENT', appliedAt: null },
      data: { status: 'CANCELLED', cancelledAt: now },
    });
    if (count === 0) throw new OrderNotCancellableError(NONE);
    await audit(tx, {
      actor: scope.actor,
      action: 'ORDER_CANCELLED',
      serviceId: order.serviceId,
      orderId: order.id,
      data: { number: order.number },
      now,
    });
    return tx.order.findUniqueOrThrow({ where: { id: order.id } });
  }, TX_OPTIONS);
}

// ---------------------------------------------------------------- auto-renew (R3)

/** The refusals of setAutoRenew (the mutation payload union is built from these). */
export const setAutoRenewRefusals = [NotFoundError, AutoRenewNotAllowedError] as const;

/** R3: the holder can switch auto-renew off; on only if the last paid order used card or PayPal. */
/** The service after the switch, with the facts its derived fields read. */
export async function setAutoRenew(scope: Scope, input: { serviceId: string; enabled: boolean }) {
  const accountId = requireHolder(scope);
  const { now } = scope;
  return scope.prisma.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: input.serviceId } });
    if (service?.accountId !== accountId) throw notFound('Service', 'serviceId');
    let method = service.autoRenewMethod;
    if (input.enabled) {
      const lastPaid = await tx.order.findFirst({
        where: { serviceId: service.id, status: 'PAID' },
        orderBy: [{ paidAt: 'desc' }, { createdAt: 'desc' }],
      });
      if (!lastPaid || !autoRenewFromPayment(lastPaid.paymentMethod)) throw new AutoRenewNotAllowedError(NONE);
      method = lastPaid.paymentMethod;
    }
    const updated = await tx.service.update({
      where: { id: service.id },
      data: { autoRenewEnabled: input.enabled, autoRenewMethod: method },
      include: serviceFactsInclude,
    });
    if (service.autoRenewEnabled !== input.enabled) {
      await audit(tx, { actor: scope.actor, action: 'AUTO_RENEW_SWITCHED', serviceId: service.id, data: { enabled: input.enabled }, now });
    }
    return updated;
  }, TX_OPTIONS);
}
