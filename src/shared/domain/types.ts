/** Shared string unions of the domain layer (mirrors the GraphQL enums). */

export const SERVICE_STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED', 'CANCELLED'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Reasons for restricted mode (R5), in this fixed order. */
export const RESTRICTION_REASONS = ['EXPIRED', 'STORAGE_FULL'] as const;
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];

export const PAYMENT_METHODS = ['CREDIT_CARD', 'PAYPAL', 'BANK_TRANSFER', 'POSTAL_SLIP'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const SERVICE_ACTIONS = ['RENEW', 'REACTIVATE', 'INCREASE_STORAGE', 'ADD_USERS', 'ADD_MODULES'] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

/** Modules (R15), in catalog order. */
export const MODULE_CODES = ['DOCUMENTS', 'WOOCOMMERCE', 'PAYMENTS', 'ELECTRONIC_ORDERS'] as const;
export type ModuleCode = (typeof MODULE_CODES)[number];

/** Editions (R1). */
export const EDITIONS = ['FULL', 'RECEIVE_ONLY'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Storage usage categories (R8), in display order. */
export const STORAGE_CATEGORIES = ['INVOICES_SENT', 'INVOICES_RECEIVED', 'DOCUMENTS', 'INSTALLMENTS', 'ELECTRONIC_ORDERS'] as const;
export type StorageCategory = (typeof STORAGE_CATEGORIES)[number];

/** Cart purposes (R18). */
export const CART_PURPOSES = ['RENEWAL', 'STORAGE_UPGRADE', 'ADD_USERS', 'ADD_MODULES', 'REACTIVATION'] as const;
export type CartPurpose = (typeof CART_PURPOSES)[number];

/** Kinds of cart line / subscription item. */
export const LINE_KINDS = ['BASE', 'STORAGE', 'USERS', 'MODULE'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** Why a ServiceAction is not offered now (R4, R6, R14). */
export const ACTION_BLOCK_CODES = [
  'PENDING_FIRST_PAYMENT',
  'CANCELLED',
  'AUTO_RENEW_ON',
  'IN_GRACE_PERIOD',
  'NOT_IN_GRACE_PERIOD',
] as const;
export type ActionBlockCode = (typeof ACTION_BLOCK_CODES)[number];

/** Kinds of order (R7). */
export const ORDER_TYPES = ['FIRST_PURCHASE', 'RENEWAL', 'STORAGE_UPGRADE', 'ADD_USERS', 'ADD_MODULES', 'REACTIVATION'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

/** States of an order (R7, R25, R26). */
export const ORDER_STATUSES = ['AWAITING_PAYMENT', 'PAID', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The cart purpose that buys each action (the cart to open for it). */
export const ACTION_CART_PURPOSE: Record<ServiceAction, CartPurpose> = {
  RENEW: 'RENEWAL',
  REACTIVATE: 'REACTIVATION',
  INCREASE_STORAGE: 'STORAGE_UPGRADE',
  ADD_USERS: 'ADD_USERS',
  ADD_MODULES: 'ADD_MODULES',
};
