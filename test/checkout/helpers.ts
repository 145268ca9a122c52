// Shared helpers of the checkout tests.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { Checkout, CreateCart } from './documents.js';
import type { CartPurpose, PaymentMethod } from '../gql/graphql.js';
import { randomUUID } from 'node:crypto';
import { webhookHeaders } from '../support/webhooks.js';
import { handlePaymentWebhook } from '../../src/modules/commerce/payment.service.js';

export const gid = (type: string, id: string) => encodeGlobalID(type, id);
export const localOf = (globalId: string) => decodeGlobalID(globalId).id;

/** Opens a cart through the API and returns it (fails the test on a refusal). */
export async function openCart(app: TestApp, token: string, serviceId: string, purpose: CartPurpose) {
  const res = await app.exec(CreateCart, { input: { serviceId: gid('Service', serviceId), purpose } }, { token });
  expect(res.errors).toBeUndefined();
  const payload = res.data?.createCart;
  if (payload?.__typename !== 'CreateCartSuccess') throw new Error(`createCart refused: ${JSON.stringify(payload)}`);
  return payload.cart;
}

/** Checks a cart out through the API and returns the order (fails the test on a refusal). */
export async function checkoutCart(app: TestApp, token: string, cartId: string, paymentMethod: PaymentMethod = 'BANK_TRANSFER') {
  const res = await app.exec(Checkout, { input: { cartId, paymentMethod, acceptTerms: true } }, { token });
  expect(res.errors).toBeUndefined();
  const payload = res.data?.checkout;
  if (payload?.__typename !== 'CheckoutSuccess') throw new Error(`checkout refused: ${JSON.stringify(payload)}`);
  return payload.order;
}

/** Everything a service has, for before/after comparisons. */
export async function serviceState(app: TestApp, serviceId: string) {
  const service = await app.prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
  const items = await app.prisma.subscriptionItem.findMany({
    where: { serviceId },
    orderBy: [{ kind: 'asc' }, { module: 'asc' }, { expiresAt: 'asc' }],
    select: { kind: true, module: true, quantity: true, startsAt: true, expiresAt: true },
  });
  return { service, items };
}

/** Rows that a refused operation must not touch. */
export async function commerceCounts(app: TestApp) {
  const [carts, lines, orders, payments, items, notifications] = await Promise.all([
    app.prisma.cart.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, status: true, years: true, extendActiveServices: true, conventionId: true },
    }),
    app.prisma.cartLine.findMany({ orderBy: { id: 'asc' }, select: { id: true, quantity: true } }),
    app.prisma.order.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true } }),
    app.prisma.payment.count(),
    app.prisma.subscriptionItem.findMany({ orderBy: { id: 'asc' } }),
    app.prisma.notification.count(),
  ]);
  return { carts, lines, orders, payments, items, notifications };
}

/** The payment provider reports an order paid (or, with `failureCode`, declined) by card: a signed webhook, handled. */
export async function providerReports(
  app: TestApp,
  order: { number: string; total: { amountCents: number } },
  failureCode?: string,
): Promise<void> {
  const body = JSON.stringify({
    id: `evt-${randomUUID()}`,
    type: failureCode ? 'payment.failed' : 'payment.succeeded',
    data: {
      orderNumber: order.number,
      amountCents: order.total.amountCents,
      currency: 'EUR',
      method: 'CREDIT_CARD',
      reference: `ch_${randomUUID()}`,
      ...(failureCode ? { failureCode } : {}),
    },
  });
  const outcome = await handlePaymentWebhook(app.deps, Buffer.from(body), webhookHeaders(app.deps.config.PAYMENT_WEBHOOK_SECRET, body));
  expect(outcome.status).toBe(200);
}
