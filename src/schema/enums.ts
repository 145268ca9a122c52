// GraphQL enums shared by several types, mirrored from the Prisma enums.
import { builder } from '../builder.js';
import {
  Edition,
  ModuleCode,
  ItemKind,
  CartPurpose,
  OrderType,
  OrderStatus,
  PaymentMethod,
  DocumentKind,
} from '../generated/prisma/enums.js';

export const EditionEnum = builder.enumType(Edition, {
  name: 'Edition',
  description: 'R1: edition of a service.',
});
export const ModuleCodeEnum = builder.enumType(ModuleCode, {
  name: 'ModuleCode',
  description: 'R15: add-on modules.',
});
export const ProductKindEnum = builder.enumType(ItemKind, {
  name: 'ProductKind',
  description: 'What a product or a subscription item is: the base service, extra storage GB, user seats or a module.',
});
export const CartPurposeEnum = builder.enumType(CartPurpose, {
  name: 'CartPurpose',
  description: 'R18: what a cart is for.',
});
export const OrderTypeEnum = builder.enumType(OrderType, {
  name: 'OrderType',
  description: 'R7: type of an order.',
});
export const OrderStatusEnum = builder.enumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Payment state of an order.',
});
export const PaymentMethodEnum = builder.enumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'R23: how an order is paid.',
});
export const DocumentKindEnum = builder.enumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'R8: kinds of stored documents; each consumes storage.',
});
