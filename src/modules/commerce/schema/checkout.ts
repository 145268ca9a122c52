// checkout (R23, R24): a cart becomes an order awaiting payment.
import { builder } from '../../../builder.js';
import { checkout, checkoutRefusals } from '../checkout.service.js';
import { requireText } from '../../../shared/input.js';
import { PaymentMethodEnum } from '../../../shared/schema/enums.js';
import { CartRef } from './cart.js';
import { OrderRef } from './order.js';
import { requireId } from '../../../shared/global-id.js';

const CheckoutInput = builder.inputType('CheckoutInput', {
  description: 'Payment method and acceptance of the general terms.',
  fields: (t) => ({
    cartId: t.id({ description: 'Global ID of the cart.' }),
    paymentMethod: t.field({ type: PaymentMethodEnum, description: 'Credit card, PayPal, bank transfer or postal slip.' }),
    acceptTerms: t.boolean({ description: 'The holder accepts the general terms; without it the checkout is refused.' }),
    idempotencyKey: t.string({
      required: false,
      description: 'Optional client key (1-100 characters): a retried checkout with the same key returns the same order.',
    }),
  }),
});

const CheckoutSuccess = builder.simpleObject('CheckoutSuccess', {
  description: 'The order awaiting payment and the locked cart.',
  fields: (t) => ({
    order: t.field({ type: OrderRef, description: 'The new order, AWAITING_PAYMENT.' }),
    cart: t.field({ type: CartRef, description: 'The cart, now checked out (locked).' }),
  }),
});

builder.mutationField('checkout', (t) =>
  t.field({
    type: CheckoutSuccess,
    description:
      'Creates an order AWAITING_PAYMENT from the cart and locks the cart. Card and PayPal orders are then paid with payOrder; bank transfer and postal slip orders email the payment details to the reference email.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: CheckoutInput, required: true, description: 'Cart, payment method and terms.' }) },
    errors: { types: [...checkoutRefusals] },
    resolve: (_root, { input }, ctx) =>
      checkout(ctx, {
        cartId: requireId(input.cartId, 'Cart', 'cartId'),
        paymentMethod: input.paymentMethod,
        acceptTerms: input.acceptTerms,
        idempotencyKey: input.idempotencyKey == null ? null : requireText(input.idempotencyKey, 'idempotencyKey', 100),
      }),
  }),
);
