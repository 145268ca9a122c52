// Typed refusals of carts, checkout, orders and payments as GraphQL types.
import { builder } from '../../../builder.js';
import { UserErrorInterface } from '../../../shared/schema/user-error.js';
import { ActionBlockCodeEnum, ServiceActionEnum } from '../../subscriptions/schema/service.js';
import { ModuleCodeEnum } from '../../../shared/schema/enums.js';
import {
  ActionNotAvailableError,
  AmountMismatchError,
  AutoRenewNotAllowedError,
  CartIncompleteError,
  CartLockedError,
  ConfirmationRequiredError,
  ConventionExpiredError,
  ConventionNotApplicableError,
  ConventionNotFoundError,
  InvalidQuantityError,
  InvalidYearsError,
  ModuleAlreadyBoughtError,
  ModuleNotAllowedError,
  OrderAlreadyPaidError,
  OrderNotCancellableError,
  OrderNotPayableError,
  QuantityBelowConfiguredUsersError,
  QuantityBelowUsedStorageError,
  TermsNotAcceptedError,
} from '../errors.js';

builder.objectType(ActionNotAvailableError, {
  name: 'ActionNotAvailable',
  description: 'R4, R6, R14: the service does not offer this purchase now.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    action: t.field({ type: ServiceActionEnum, description: 'The action the cart purpose needs.', resolve: (e) => e.action }),
    reasonCode: t.field({ type: ActionBlockCodeEnum, description: 'Why it is not offered.', resolve: (e) => e.reasonCode }),
  }),
});

builder.objectType(QuantityBelowUsedStorageError, {
  name: 'QuantityBelowUsedStorage',
  description: 'R12: storage cannot be lowered below what is used.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    minQuantity: t.exposeInt('minQuantity', { description: 'Fewest additional GB that still hold what is used.' }),
  }),
});

builder.objectType(QuantityBelowConfiguredUsersError, {
  name: 'QuantityBelowConfiguredUsers',
  description: 'R16: users cannot go below those configured in the panel; delete users there first.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    minQuantity: t.exposeInt('minQuantity', { description: 'Users configured in the panel.' }),
  }),
});

builder.objectType(InvalidQuantityError, {
  name: 'InvalidQuantity',
  description: 'The quantity is not a whole number in the range the line allows.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    minQuantity: t.exposeInt('minQuantity', { description: 'Smallest allowed quantity.' }),
    maxQuantity: t.exposeInt('maxQuantity', { description: 'Largest allowed quantity.' }),
  }),
});

builder.objectType(InvalidYearsError, {
  name: 'InvalidYears',
  description: 'R19: 1 to 10 years, 1 or 2 with a product in promotion.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    minYears: t.exposeInt('minYears', { description: 'Fewest years allowed.' }),
    maxYears: t.exposeInt('maxYears', { description: 'Most years allowed for this cart.' }),
  }),
});

builder.objectType(CartIncompleteError, {
  name: 'CartIncomplete',
  description: 'R18: the cart misses a line its purpose needs (e.g. a module in an add-modules cart).',
  interfaces: [UserErrorInterface],
});

builder.objectType(ModuleAlreadyBoughtError, {
  name: 'ModuleAlreadyBought',
  description: 'R15: the service already has this module.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    module: t.field({ type: ModuleCodeEnum, description: 'The module.', resolve: (e) => e.module }),
  }),
});

builder.objectType(ModuleNotAllowedError, {
  name: 'ModuleNotAllowed',
  description: 'The module cannot be added to or removed from this cart.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    module: t.field({ type: ModuleCodeEnum, description: 'The module.', resolve: (e) => e.module }),
  }),
});

builder.objectType(CartLockedError, {
  name: 'CartLocked',
  description: 'The cart has been checked out and can no longer change.',
  interfaces: [UserErrorInterface],
});

builder.objectType(ConventionNotFoundError, {
  name: 'ConventionNotFound',
  description: 'R21: no convention has this code.',
  interfaces: [UserErrorInterface],
});

builder.objectType(ConventionExpiredError, {
  name: 'ConventionExpired',
  description: 'R21: the convention is no longer valid.',
  interfaces: [UserErrorInterface],
});

builder.objectType(ConventionNotApplicableError, {
  name: 'ConventionNotApplicable',
  description: 'R21: the convention does not apply to this purpose or edition.',
  interfaces: [UserErrorInterface],
});

builder.objectType(TermsNotAcceptedError, {
  name: 'TermsNotAccepted',
  description: 'R23: the general terms must be accepted.',
  interfaces: [UserErrorInterface],
});

builder.objectType(ConfirmationRequiredError, {
  name: 'ConfirmationRequired',
  description: 'R7: cancelling an order needs confirm: true.',
  interfaces: [UserErrorInterface],
});

builder.objectType(OrderNotCancellableError, {
  name: 'OrderNotCancellable',
  description: 'R26: only an order awaiting payment can be cancelled.',
  interfaces: [UserErrorInterface],
});

builder.objectType(OrderNotPayableError, {
  name: 'OrderNotPayable',
  description: 'The order is not awaiting payment (cancelled or paid), or cannot be paid this way.',
  interfaces: [UserErrorInterface],
});

builder.objectType(OrderAlreadyPaidError, {
  name: 'OrderAlreadyPaid',
  description: 'R25: the order was already paid with another payment.',
  interfaces: [UserErrorInterface],
});

builder.objectType(AmountMismatchError, {
  name: 'AmountMismatch',
  description: 'The registered amount differs from the order total.',
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    expected: t.exposeInt('expectedCents', { description: 'The order total in cents.' }),
  }),
});

builder.objectType(AutoRenewNotAllowedError, {
  name: 'AutoRenewNotAllowed',
  description: 'R3: auto-renew can be switched on only when the last paid order was paid by card or PayPal.',
  interfaces: [UserErrorInterface],
});
