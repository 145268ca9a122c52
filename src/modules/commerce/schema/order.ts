// Order: what a holder bought or is buying for a service (R7). Billing: never
// visible to panel users.
import { builder } from '../../../builder.js';
import { orderVisibility } from '../../identity/index.js';
import { canCancel, canPay, paymentInstructions, type PaymentInstructions } from '../domain/order.js';
import { OrderStatusEnum, OrderTypeEnum, PaymentMethodEnum } from '../../../shared/schema/enums.js';
import { Money, money } from '../../../shared/schema/money.js';
import { localId } from '../../../shared/global-id.js';
import { messages } from '../../../i18n/index.js';
import './order-line.js';

export const PaymentInstructionsRef = builder.objectRef<PaymentInstructions>('PaymentInstructions').implement({
  description: 'How to pay an order by bank transfer or postal slip.',
  fields: (t) => ({
    method: t.field({ type: PaymentMethodEnum, description: 'BANK_TRANSFER or POSTAL_SLIP.', resolve: (p) => p.method }),
    reference: t.exposeString('reference', { description: 'Payment reference to quote: the order number.' }),
    amount: t.field({ type: Money, description: 'Amount to pay, VAT included.', resolve: (p) => money(p.amountCents, p.currency) }),
    beneficiary: t.exposeString('beneficiary', { description: 'Beneficiary of the payment.' }),
    iban: t.exposeString('iban', { nullable: true, description: 'IBAN for a bank transfer; null for a postal slip.' }),
    postalAccount: t.exposeString('postalAccount', {
      nullable: true,
      description: 'Postal current account for a postal slip; null for a bank transfer.',
    }),
  }),
});

const PaymentAttemptStatusEnum = builder.enumType('PaymentAttemptStatus', {
  description: 'Outcome of one payment attempt.',
  values: {
    SUCCEEDED: { description: 'The payment went through and was applied to the order.' },
    FAILED: { description: 'The provider refused the payment (see failureCode and message); the order still awaits payment.' },
  } as const,
});

const PaymentSourceEnum = builder.enumType('PaymentSource', {
  description: 'Who reported a payment.',
  values: {
    GATEWAY: { description: 'The payment provider (card, PayPal), through its webhook.' },
    OPERATOR: { description: 'Staff who registered a bank transfer or postal slip.' },
  } as const,
});

export const PaymentAttemptRef = builder.prismaObject('Payment', {
  name: 'PaymentAttempt',
  description: 'One attempt to pay an order: by card or PayPal through the provider, or registered by staff.',
  fields: (t) => ({
    status: t.expose('status', { type: PaymentAttemptStatusEnum, description: 'Succeeded or failed.' }),
    source: t.expose('source', { type: PaymentSourceEnum, description: 'Provider or staff.' }),
    method: t.expose('method', { type: PaymentMethodEnum, description: 'How it was paid.' }),
    amount: t.field({
      type: Money,
      description: 'Amount of the attempt, VAT included.',
      resolve: (p) => money(p.amountCents),
    }),
    failureCode: t.exposeString('failureCode', {
      nullable: true,
      description: 'For failed attempts, the provider code (card_declined, insufficient_funds, ...); null otherwise.',
    }),
    message: t.string({
      nullable: true,
      description: 'For failed attempts, why, in the request language; null otherwise.',
      resolve: (p, _a, ctx) => (p.status === 'FAILED' ? messages(ctx.locale).payment.failure(p.failureCode ?? 'declined') : null),
    }),
    at: t.expose('createdAt', { type: 'DateTime', description: 'When the attempt was reported.' }),
  }),
});

// Every scalar of an order (and of a payment) is loaded with it, so fields
// derived from scalars declare no `select`: one would make the prisma plugin
// look up the field's selection for every row, for nothing.
export const OrderRef = builder.prismaNode('Order', {
  description: 'An order of a service. Visible to its holder and to operators only.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { holder: true, operator: true },
  findUnique: (id, ctx) => ({ id, AND: [orderVisibility(ctx.principal)] }),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Human order number, also the payment reference.' }),
    type: t.expose('type', { type: OrderTypeEnum, description: 'First purchase, renewal, storage upgrade, ...' }),
    status: t.expose('status', { type: OrderStatusEnum, description: 'Awaiting payment, paid or cancelled.' }),
    paymentMethod: t.expose('paymentMethod', { type: PaymentMethodEnum, description: 'How the order is paid.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the order was placed.' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true, description: 'When the payment was registered.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When the order was cancelled.' }),
    years: t.exposeInt('years', { description: 'Years bought.' }),
    storageGb: t.exposeInt('storageGb', { description: 'Total storage GB the order leaves the service with.' }),
    newExpiresAt: t.expose('newExpiresAt', { type: 'DateTime', description: 'Expiry of what the order buys.' }),
    conventionCode: t.exposeString('conventionCode', { nullable: true, description: 'Convention code applied.' }),
    automatic: t.exposeBoolean('automatic', { description: 'Created by auto-renew.' }),
    service: t.relation('service', { description: 'The service the order is for.' }),
    lines: t.relation('lines', {
      description: 'What the order buys, in cart order.',
      query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    }),
    subtotal: t.field({
      type: Money,
      description: 'Sum of the lines, VAT excluded.',
      resolve: (o) => money(o.subtotalCents, o.currency),
    }),
    discount: t.field({
      type: Money,
      description: 'Convention discount.',
      resolve: (o) => money(o.discountCents, o.currency),
    }),
    vat: t.field({
      type: Money,
      description: 'VAT.',
      resolve: (o) => money(o.vatCents, o.currency),
    }),
    total: t.field({
      type: Money,
      description: 'Amount to pay: subtotal - discount + VAT.',
      resolve: (o) => money(o.totalCents, o.currency),
    }),
    canPay: t.boolean({
      description: 'The order awaits payment and offers Pay.',
      resolve: (o) => canPay(o),
    }),
    canCancel: t.boolean({
      description: 'The order awaits payment and can be cancelled (with confirm: true).',
      resolve: (o) => canCancel(o),
    }),
    paymentAttempts: t.relation('payments', {
      description: 'Every payment attempt of the order, oldest first: a declined card leaves a failed attempt with the reason.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    paymentInstructions: t.field({
      type: PaymentInstructionsRef,
      nullable: true,
      description: 'For bank transfer and postal slip orders awaiting payment, how to pay; null otherwise.',
      resolve: (o, _a, ctx) => paymentInstructions(o, ctx.config),
    }),
  }),
});

builder.queryField('order', (t) =>
  t.prismaField({
    type: OrderRef,
    nullable: true,
    description: 'An order visible to the signed-in party; null when unknown, malformed, not yours, or for panel users.',
    args: { id: t.arg.id({ description: 'Global ID of the order.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = localId(args.id, 'Order');
      if (!id || !ctx.principal || ctx.principal.type === 'PANEL_USER') return null;
      return ctx.prisma.order.findFirst({ ...query, where: { id, AND: [orderVisibility(ctx.principal)] } });
    },
  }),
);
