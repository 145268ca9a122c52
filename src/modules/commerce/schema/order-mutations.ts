// payOrder, cancelOrder (R7, R24, R26) and the operator's registerPayment (R25).
import { builder } from '../../../builder.js';
import {
  cancelOrder,
  cancelOrderRefusals,
  payOrder,
  payOrderRefusals,
  registerPayment,
  registerPaymentRefusals,
} from '../payment.service.js';
import { requireText } from '../../../shared/input.js';
import { PaymentMethodEnum } from '../../../shared/schema/enums.js';
import { OrderRef } from './order.js';
import { requireId } from '../../../shared/global-id.js';

const PaymentOutcomeEnum = builder.enumType('PaymentOutcome', {
  description: 'What happens after payOrder.',
  values: {
    PROCESSING: { description: 'The payment provider is charging the card or PayPal; the order turns PAID when it confirms.' },
    AWAITING_TRANSFER: { description: 'Pay with the order’s paymentInstructions; the operator registers the payment.' },
  } as const,
});

const PayOrderInput = builder.inputType('PayOrderInput', {
  description: 'Pays an order awaiting payment.',
  fields: (t) => ({
    orderId: t.id({ description: 'Global ID of the order.' }),
    paymentMethod: t.field({
      type: PaymentMethodEnum,
      required: false,
      description: 'Pay with another method than the one chosen at checkout.',
    }),
    cardToken: t.string({
      required: false,
      description: 'Card token from the card form (credit card only); absent: the saved card.',
    }),
  }),
});

const PayOrderSuccess = builder.simpleObject('PayOrderSuccess', {
  description: 'The payment attempt.',
  fields: (t) => ({
    order: t.field({ type: OrderRef, description: 'The order (still AWAITING_PAYMENT until the payment is registered).' }),
    outcome: t.field({ type: PaymentOutcomeEnum, description: 'Processing by the provider, or waiting for a transfer.' }),
    reference: t.string({ nullable: true, description: 'Provider reference of the charge (card, PayPal).' }),
  }),
});

builder.mutationField('payOrder', (t) =>
  t.field({
    type: PayOrderSuccess,
    description: 'Card and PayPal orders are charged through the payment provider; bank transfer and postal slip return how to pay.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: PayOrderInput, required: true, description: 'Order and optional method.' }) },
    errors: { types: [...payOrderRefusals] },
    resolve: async (_root, { input }, ctx) => {
      const result = await payOrder(ctx, {
        orderId: requireId(input.orderId, 'Order', 'orderId'),
        paymentMethod: input.paymentMethod ?? null,
        cardToken: input.cardToken == null ? null : requireText(input.cardToken, 'cardToken', 200),
      });
      return { order: result.order, outcome: result.outcome, reference: result.reference };
    },
  }),
);

const CancelOrderInput = builder.inputType('CancelOrderInput', {
  description: 'Cancels an order awaiting payment.',
  fields: (t) => ({
    orderId: t.id({ description: 'Global ID of the order.' }),
    confirm: t.boolean({ description: 'Must be true: the cancellation is explicit.' }),
  }),
});

const CancelOrderSuccess = builder.simpleObject('CancelOrderSuccess', {
  description: 'The cancelled order.',
  fields: (t) => ({ order: t.field({ type: OrderRef, description: 'The order, now CANCELLED.' }) }),
});

builder.mutationField('cancelOrder', (t) =>
  t.field({
    type: CancelOrderSuccess,
    description: 'Only an order awaiting payment can be cancelled; nothing it buys ever takes effect.',
    authScopes: { holder: true, operator: true },
    args: { input: t.arg({ type: CancelOrderInput, required: true, description: 'Order and confirmation.' }) },
    errors: { types: [...cancelOrderRefusals] },
    resolve: async (_root, { input }, ctx) => {
      const order = await cancelOrder(ctx, { orderId: requireId(input.orderId, 'Order', 'orderId'), confirm: input.confirm });
      return { order };
    },
  }),
);

const RegisterPaymentInput = builder.inputType('RegisterPaymentInput', {
  description: 'An offline payment received by the provider (bank transfer, postal slip).',
  fields: (t) => ({
    orderNumber: t.string({ description: 'Human order number (the payment reference quoted by the holder).' }),
    amountCents: t.int({ description: 'Amount received in cents; must equal the order total.' }),
    reference: t.string({
      description: 'Bank or postal reference of the payment; registering the same reference again has no effect.',
    }),
  }),
});

const RegisterPaymentSuccess = builder.simpleObject('RegisterPaymentSuccess', {
  description: 'The paid order.',
  fields: (t) => ({
    order: t.field({ type: OrderRef, description: 'The order, PAID, with its effects applied.' }),
    applied: t.boolean({ description: 'False when this reference had already been registered (nothing changed).' }),
  }),
});

builder.mutationField('registerPayment', (t) =>
  t.field({
    type: RegisterPaymentSuccess,
    description: 'Operator: registers a payment; all of the order takes effect at once, exactly once.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: RegisterPaymentInput, required: true, description: 'Order number, amount and reference.' }) },
    errors: { types: [...registerPaymentRefusals] },
    resolve: async (_root, { input }, ctx) => {
      const result = await registerPayment(ctx, {
        orderNumber: requireText(input.orderNumber, 'orderNumber', 100),
        amountCents: input.amountCents,
        reference: requireText(input.reference, 'reference', 200),
      });
      return { order: result.order, applied: result.applied };
    },
  }),
);
