// GraphQL enums shared by several types, mirrored from the Prisma enums; every
// value is described (the `satisfies` clauses keep them in step with Prisma).
import { builder } from '../../builder.js';
import type {
  Edition,
  ModuleCode,
  ItemKind,
  CartPurpose,
  OrderType,
  OrderStatus,
  PaymentMethod,
  DocumentKind,
} from '../../generated/prisma/enums.js';
import { SERVICE_ACTIONS, SERVICE_STATUSES, RESTRICTION_REASONS } from '../domain/types.js';

type Described<T extends string> = Record<T, { description: string }>;

export const EditionEnum = builder.enumType('Edition', {
  description: 'Edition of a service.',
  values: {
    FULL: { description: 'Sends and receives electronic invoices.' },
    RECEIVE_ONLY: { description: '"Solo Ricezione": receives electronic invoices only.' },
  } as const satisfies Described<Edition>,
});
export const ModuleCodeEnum = builder.enumType('ModuleCode', {
  description: 'Add-on modules.',
  values: {
    DOCUMENTS: { description: 'Documents module.' },
    WOOCOMMERCE: { description: 'WooCommerce integration.' },
    PAYMENTS: { description: '"Incassi e pagamenti": collections, payments and installments.' },
    ELECTRONIC_ORDERS: { description: 'Electronic orders.' },
  } as const satisfies Described<ModuleCode>,
});
export const ProductKindEnum = builder.enumType('ProductKind', {
  description: 'What a product or a subscription item is: the base service, extra storage GB, user seats or a module.',
  values: {
    BASE: { description: 'The base service of an edition.' },
    STORAGE: { description: 'Extra storage, in 1 GB units beyond the included GB.' },
    USERS: { description: 'Additional user seats, valid one year.' },
    MODULE: { description: 'An add-on module.' },
  } as const satisfies Described<ItemKind>,
});
export const CartPurposeEnum = builder.enumType('CartPurpose', {
  description: 'What a cart is for.',
  values: {
    RENEWAL: { description: 'Renew the service for 1 to 10 years.' },
    STORAGE_UPGRADE: { description: 'Buy more storage.' },
    ADD_USERS: { description: 'Buy additional user seats.' },
    ADD_MODULES: { description: 'Buy add-on modules.' },
    REACTIVATION: { description: 'Renew an expired service during the grace period, starting today.' },
  } as const satisfies Described<CartPurpose>,
});
export const OrderTypeEnum = builder.enumType('OrderType', {
  description: 'Type of an order.',
  values: {
    FIRST_PURCHASE: { description: 'First purchase of the service.' },
    RENEWAL: { description: 'Renewal.' },
    STORAGE_UPGRADE: { description: 'Storage upgrade.' },
    ADD_USERS: { description: 'Added users.' },
    ADD_MODULES: { description: 'Added modules.' },
    REACTIVATION: { description: 'Reactivation during the grace period.' },
  } as const satisfies Described<OrderType>,
});
export const OrderStatusEnum = builder.enumType('OrderStatus', {
  description: 'Payment state of an order.',
  values: {
    AWAITING_PAYMENT: { description: 'Placed, not paid yet: offers Pay and Cancel.' },
    PAID: { description: 'Payment registered: its effects are applied.' },
    CANCELLED: { description: 'Cancelled while awaiting payment: no effect.' },
  } as const satisfies Described<OrderStatus>,
});
export const PaymentMethodEnum = builder.enumType('PaymentMethod', {
  description: 'How an order is paid.',
  values: {
    CREDIT_CARD: { description: 'Credit card, settled by the payment provider.' },
    PAYPAL: { description: 'PayPal, settled by the payment provider.' },
    BANK_TRANSFER: { description: 'Bank transfer, registered by an operator.' },
    POSTAL_SLIP: { description: 'Postal slip (bollettino), registered by an operator.' },
  } as const satisfies Described<PaymentMethod>,
});
export const DocumentKindEnum = builder.enumType('DocumentKind', {
  description: 'Kinds of stored documents; each consumes storage.',
  values: {
    INVOICE_SENT: { description: 'Sent electronic invoice.' },
    INVOICE_RECEIVED: { description: 'Received electronic invoice (keeps arriving in restricted mode).' },
    DOCUMENT: { description: 'Other document.' },
    INSTALLMENT: { description: 'Installment (rata) of the payments module.' },
    ELECTRONIC_ORDER: { description: 'Electronic order.' },
  } as const satisfies Described<DocumentKind>,
});

export const ServiceStatusEnum = builder.enumType('ServiceStatus', {
  description: 'State of a service.',
  values: {
    PENDING: { description: 'The first purchase is not paid yet.' },
    ACTIVE: { description: 'In force, no restriction.' },
    SUSPENDED: { description: 'Restricted mode: see restrictionReasons.' },
    CANCELLED: { description: 'Cancelled (after the grace period); documents are deleted.' },
  } satisfies Record<(typeof SERVICE_STATUSES)[number], { description: string }>,
});

export const RestrictionReasonEnum = builder.enumType('RestrictionReason', {
  description: 'Why a service is in restricted mode (both can hold at once).',
  values: {
    EXPIRED: { description: 'Past the expiry day, within the grace period.' },
    STORAGE_FULL: { description: 'Usage reached 100% of the bought storage.' },
  } satisfies Record<(typeof RESTRICTION_REASONS)[number], { description: string }>,
});

export const ServiceActionEnum = builder.enumType('ServiceAction', {
  description: 'What the holder can buy for a service.',
  values: {
    RENEW: { description: 'Renew by hand (only while auto-renew is off).' },
    REACTIVATE: { description: 'Renewal starting today, offered during the grace period.' },
    INCREASE_STORAGE: { description: 'Buy more storage GB.' },
    ADD_USERS: { description: 'Buy additional user seats.' },
    ADD_MODULES: { description: 'Buy add-on modules.' },
  } satisfies Record<(typeof SERVICE_ACTIONS)[number], { description: string }>,
});

export const ActionBlockCodeEnum = builder.enumType('ActionBlockCode', {
  description: 'Why an action is not offered.',
  values: {
    PENDING_FIRST_PAYMENT: { description: 'The first purchase has not been paid yet.' },
    CANCELLED: { description: 'The service is cancelled.' },
    AUTO_RENEW_ON: { description: 'Auto-renew is on: switch it off to renew by hand.' },
    IN_GRACE_PERIOD: { description: 'The service has expired: only Reactivate is offered.' },
    NOT_IN_GRACE_PERIOD: { description: 'Reactivate is offered only after expiry, during the grace period.' },
  } as const,
});
