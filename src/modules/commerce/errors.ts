// Refusals of carts, checkout, orders and payments (R3, R7, R12, R15-R26),
// each defined once (class, code, field, messages, GraphQL type).
import { defineError } from '../../shared/errors.js';
import type { ActionBlockCode, ModuleCode, ServiceAction } from '../../shared/domain/types.js';

/** A cart purpose that the service does not offer now (R4, R6, R14). */
export const ActionNotAvailableError = defineError<{ action: ServiceAction; reasonCode: ActionBlockCode }>({
  name: 'ActionNotAvailable',
  code: 'ACTION_NOT_AVAILABLE',
  description: 'The service does not offer this purchase now.',
  field: ['input', 'purpose'],
  message: (m, d) => m.errors.actionNotAvailable(d),
  graphql: {
    action: { type: 'ServiceAction', description: 'The action the cart purpose needs.' },
    reasonCode: { type: 'ActionBlockCode', description: 'Why it is not offered.' },
  },
});

/** R12: storage cannot go below what is used. */
export const QuantityBelowUsedStorageError = defineError<{ minQuantity: number }>({
  name: 'QuantityBelowUsedStorage',
  code: 'QUANTITY_BELOW_USED_STORAGE',
  description: 'Storage cannot be lowered below what is used.',
  field: ['input', 'quantity'],
  message: (m, d) => m.errors.quantityBelowUsedStorage(d),
  graphql: { minQuantity: { type: 'Int', description: 'Fewest additional GB that still hold what is used.' } },
});

/** R16: users cannot go below those configured in the panel. */
export const QuantityBelowConfiguredUsersError = defineError<{ minQuantity: number }>({
  name: 'QuantityBelowConfiguredUsers',
  code: 'QUANTITY_BELOW_CONFIGURED_USERS',
  description: 'Users cannot go below those configured in the panel; delete users there first.',
  field: ['input', 'quantity'],
  message: (m, d) => m.errors.quantityBelowConfiguredUsers(d),
  graphql: { minQuantity: { type: 'Int', description: 'Users configured in the panel.' } },
});

/** A quantity outside what the line allows (negative, too large, lowering where it is not allowed). */
export const InvalidQuantityError = defineError<{ minQuantity: number; maxQuantity: number }>({
  name: 'InvalidQuantity',
  code: 'INVALID_QUANTITY',
  description: 'The quantity is not a whole number in the range the line allows.',
  field: ['input', 'quantity'],
  message: (m, d) => m.errors.invalidQuantity(d),
  graphql: {
    minQuantity: { type: 'Int', description: 'Smallest allowed quantity.' },
    maxQuantity: { type: 'Int', description: 'Largest allowed quantity.' },
  },
});

/** R19: years out of range. */
export const InvalidYearsError = defineError<{ minYears: number; maxYears: number }>({
  name: 'InvalidYears',
  code: 'INVALID_YEARS',
  description: '1 to 10 years, 1 or 2 with a product in promotion.',
  field: ['input', 'years'],
  message: (m, d) => m.errors.invalidYears(d),
  graphql: {
    minYears: { type: 'Int', description: 'Fewest years allowed.' },
    maxYears: { type: 'Int', description: 'Most years allowed for this cart.' },
  },
});

/** The cart misses a line its purpose needs, or holds one it cannot hold. */
export const CartIncompleteError = defineError<{ detail: (m: import('../../i18n/index.js').Catalog) => string }>({
  name: 'CartIncomplete',
  code: 'CART_INCOMPLETE',
  description: 'The cart misses a line its purpose needs (e.g. a module in an add-modules cart).',
  field: ['input', 'cartId'],
  message: (m, d) => m.errors.cartIncomplete({ detail: d.detail(m) }),
});

/** A module the service already has, in an add-on cart. */
export const ModuleAlreadyBoughtError = defineError<{ module: ModuleCode }>({
  name: 'ModuleAlreadyBought',
  code: 'MODULE_ALREADY_BOUGHT',
  description: 'The service already has this module.',
  field: ['input', 'module'],
  message: (m, d) => m.errors.moduleAlreadyBought(d),
  graphql: { module: { type: 'ModuleCode', description: 'The module.' } },
});

/** A module that cannot be taken out of this cart (it is not in it). */
export const ModuleNotAllowedError = defineError<{ module: ModuleCode }>({
  name: 'ModuleNotAllowed',
  code: 'MODULE_NOT_ALLOWED',
  description: 'The module cannot be added to or removed from this cart.',
  field: ['input', 'module'],
  message: (m, d) => m.errors.moduleNotInCart(d),
  graphql: { module: { type: 'ModuleCode', description: 'The module.' } },
});

/** A cart already checked out cannot change. */
export const CartLockedError = defineError({
  name: 'CartLocked',
  code: 'CART_LOCKED',
  description: 'The cart has been checked out and can no longer change.',
  field: ['input', 'cartId'],
  message: (m) => m.errors.cartLocked(),
});

/** R21. */
export const ConventionNotFoundError = defineError({
  name: 'ConventionNotFound',
  code: 'CONVENTION_NOT_FOUND',
  description: 'No convention has this code.',
  field: ['input', 'code'],
  message: (m) => m.errors.conventionNotFound(),
});

/** R21. */
export const ConventionExpiredError = defineError({
  name: 'ConventionExpired',
  code: 'CONVENTION_EXPIRED',
  description: 'The convention is no longer valid.',
  field: ['input', 'code'],
  message: (m) => m.errors.conventionExpired(),
});

/** R21. */
export const ConventionNotApplicableError = defineError({
  name: 'ConventionNotApplicable',
  code: 'CONVENTION_NOT_APPLICABLE',
  description: 'The convention does not apply to this purpose or edition.',
  field: ['input', 'code'],
  message: (m) => m.errors.conventionNotApplicable(),
});

/** R23. */
export const TermsNotAcceptedError = defineError({
  name: 'TermsNotAccepted',
  code: 'TERMS_NOT_ACCEPTED',
  description: 'The general terms must be accepted.',
  field: ['input', 'acceptTerms'],
  message: (m) => m.errors.termsNotAccepted(),
});

/** R7. */
export const ConfirmationRequiredError = defineError({
  name: 'ConfirmationRequired',
  code: 'CONFIRMATION_REQUIRED',
  description: 'Cancelling an order needs confirm: true.',
  field: ['input', 'confirm'],
  message: (m) => m.errors.confirmationRequired(),
});

/** R26. */
export const OrderNotCancellableError = defineError({
  name: 'OrderNotCancellable',
  code: 'ORDER_NOT_CANCELLABLE',
  description: 'Only an order awaiting payment can be cancelled.',
  field: ['input', 'orderId'],
  message: (m) => m.errors.orderNotCancellable(),
});

/** Payment of a cancelled order (or of an order not awaiting payment). */
export const OrderNotPayableError = defineError({
  name: 'OrderNotPayable',
  code: 'ORDER_NOT_PAYABLE',
  description: 'The order is not awaiting payment (cancelled or paid), or cannot be paid this way.',
  field: ['input'],
  message: (m) => m.errors.orderNotPayable(),
});

/** R25: a second, different payment for an order already paid. */
export const OrderAlreadyPaidError = defineError({
  name: 'OrderAlreadyPaid',
  code: 'ORDER_ALREADY_PAID',
  description: 'The order was already paid with another payment.',
  field: ['input', 'orderNumber'],
  message: (m) => m.errors.orderAlreadyPaid(),
});

/** The registered amount differs from the order total. */
export const AmountMismatchError = defineError<{ expected: number }>({
  name: 'AmountMismatch',
  code: 'AMOUNT_MISMATCH',
  description: 'The registered amount differs from the order total.',
  field: ['input', 'amountCents'],
  message: (m, d) => m.errors.amountMismatch(d),
  graphql: { expected: { type: 'Int', description: 'The order total in cents.' } },
});

/** R3: auto-renew can be switched on only after a card or PayPal payment. */
export const AutoRenewNotAllowedError = defineError({
  name: 'AutoRenewNotAllowed',
  code: 'AUTO_RENEW_NOT_ALLOWED',
  description: 'Auto-renew can be switched on only when the last paid order was paid by card or PayPal.',
  field: ['input', 'enabled'],
  message: (m) => m.errors.autoRenewNotAllowed(),
});
