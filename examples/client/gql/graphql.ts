/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a cart is for. */
export type CartPurpose =
  /** Buy add-on modules. */
  | 'ADD_MODULES'
  /** Buy additional user seats. */
  | 'ADD_USERS'
  /** Renew an expired service during the grace period, starting today. */
  | 'REACTIVATION'
  /** Renew the service for 1 to 10 years. */
  | 'RENEWAL'
  /** Buy more storage. */
  | 'STORAGE_UPGRADE';

/** Payment method and acceptance of the general terms. */
export type CheckoutInput = {
  /** The holder accepts the general terms; without it the checkout is refused. */
  acceptTerms: boolean;
  /** Global ID of the cart. */
  cartId: string | number;
  /** Optional client key (1-100 characters): a retried checkout with the same key returns the same order. */
  idempotencyKey?: string | null | undefined;
  /** Credit card, PayPal, bank transfer or postal slip. */
  paymentMethod: PaymentMethod;
};

/** Opens a cart for one service and one purpose. */
export type CreateCartInput = {
  /** Renewal, storage upgrade, added users, added modules or reactivation. */
  purpose: CartPurpose;
  /** Global ID of the service. */
  serviceId: string | number;
};

/** Credentials. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Holder username (e.g. 1234567@aruba.it), panel user or operator username. */
  username: string;
};

/** Payment state of an order. */
export type OrderStatus =
  /** Placed, not paid yet: offers Pay and Cancel. */
  | 'AWAITING_PAYMENT'
  /** Cancelled while awaiting payment: no effect. */
  | 'CANCELLED'
  /** Payment registered: its effects are applied. */
  | 'PAID';

/** How an order is paid. */
export type PaymentMethod =
  /** Bank transfer, registered by an operator. */
  | 'BANK_TRANSFER'
  /** Credit card, settled by the payment provider. */
  | 'CREDIT_CARD'
  /** PayPal, settled by the payment provider. */
  | 'PAYPAL'
  /** Postal slip (bollettino), registered by an operator. */
  | 'POSTAL_SLIP';

/** What a product or a subscription item is: the base service, extra storage GB, user seats or a module. */
export type ProductKind =
  /** The base service of an edition. */
  | 'BASE'
  /** An add-on module. */
  | 'MODULE'
  /** Extra storage, in 1 GB units beyond the included GB. */
  | 'STORAGE'
  /** Additional user seats, valid one year. */
  | 'USERS';

/** What the holder can buy for a service. */
export type ServiceAction =
  /** Buy add-on modules. */
  | 'ADD_MODULES'
  /** Buy additional user seats. */
  | 'ADD_USERS'
  /** Buy more storage GB. */
  | 'INCREASE_STORAGE'
  /** Renewal starting today, offered during the grace period. */
  | 'REACTIVATE'
  /** Renew by hand (only while auto-renew is off). */
  | 'RENEW';

/** State of a service. */
export type ServiceStatus =
  /** In force, no restriction. */
  | 'ACTIVE'
  /** Cancelled (after the grace period); documents are deleted. */
  | 'CANCELLED'
  /** The first purchase is not paid yet. */
  | 'PENDING'
  /** Restricted mode: see restrictionReasons. */
  | 'SUSPENDED';

/** New quantity of one cart line. */
export type SetCartLineQuantityInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** Global ID of the line (CartLine.id). */
  lineId: string | number;
  /** New quantity (not below used storage; not below the users configured in the panel). */
  quantity: number;
};

export type ExampleSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ExampleSignInMutation = { login:
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'LoginSuccess', token: string, expiresAt: string }
    | { __typename: 'RateLimited', code: string, message: string }
   };

export type ExampleDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleDashboardQuery = { viewer: { services: { edges: Array<{ node: { id: string, username: string, status: ServiceStatus, expiresAt: string, storage: { boughtGb: number, usedBytes: number, percentUsed: number, full: boolean }, availableActions: Array<{ action: ServiceAction, available: boolean, cartPurpose: CartPurpose }> | null } }> } } | null };

export type ExampleOpenCartMutationVariables = Exact<{
  input: CreateCartInput;
}>;


export type ExampleOpenCartMutation = { createCart:
    | { __typename: 'ActionNotAvailable', code: string, message: string }
    | { __typename: 'CreateCartSuccess', cart: { id: string, lines: Array<{ id: string, kind: ProductKind, quantity: number, minQuantity: number }> } }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type ExampleSetQuantityMutationVariables = Exact<{
  input: SetCartLineQuantityInput;
}>;


export type ExampleSetQuantityMutation = { setCartLineQuantity:
    | { __typename: 'CartLocked', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'InvalidQuantity', code: string, message: string }
    | { __typename: 'InvalidYears', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'QuantityBelowConfiguredUsers', code: string, message: string }
    | { __typename: 'QuantityBelowUsedStorage', code: string, message: string }
    | { __typename: 'SetCartLineQuantitySuccess', cart: { id: string, total: { amountCents: number, currency: string } } }
   };

export type ExampleCheckOutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type ExampleCheckOutMutation = { checkout:
    | { __typename: 'ActionNotAvailable', code: string, message: string }
    | { __typename: 'CartIncomplete', code: string, message: string }
    | { __typename: 'CartLocked', code: string, message: string }
    | { __typename: 'CheckoutSuccess', order: { number: string, status: OrderStatus, total: { amountCents: number, currency: string } } }
    | { __typename: 'ConventionExpired', code: string, message: string }
    | { __typename: 'ConventionNotApplicable', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'InvalidQuantity', code: string, message: string }
    | { __typename: 'InvalidYears', code: string, message: string }
    | { __typename: 'ModuleAlreadyBought', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'QuantityBelowConfiguredUsers', code: string, message: string }
    | { __typename: 'QuantityBelowUsedStorage', code: string, message: string }
    | { __typename: 'TermsNotAccepted', code: string, message: string }
   };


export const ExampleSignInDocument = {"__meta__":{"hash":"sha256:a1f08a6e7cad1267299e55d215578aab9234a680383c14bc240d05e608dfb995"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleSignInMutation, ExampleSignInMutationVariables>;
export const ExampleDashboardDocument = {"__meta__":{"hash":"sha256:043718d9a78a6cffae46133efa6affa16ed9f6f5601be2d7ec5f1af8381d26cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"storage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boughtGb"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"cartPurpose"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleDashboardQuery, ExampleDashboardQueryVariables>;
export const ExampleOpenCartDocument = {"__meta__":{"hash":"sha256:c98e5576b045ec1ca0b765afc1c1b6999d82eadfe2ee8b1f61948e70ac7330b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleOpenCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCartSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleOpenCartMutation, ExampleOpenCartMutationVariables>;
export const ExampleSetQuantityDocument = {"__meta__":{"hash":"sha256:07f1059a6dbe05abf2938ba0f87e0ab0a56c3b71c12e6aeb5f81d2739d67f5c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleSetQuantity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartLineQuantityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCartLineQuantity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartLineQuantitySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleSetQuantityMutation, ExampleSetQuantityMutationVariables>;
export const ExampleCheckOutDocument = {"__meta__":{"hash":"sha256:ab2f416e0f20f839522bc62f7c613aeb0141986f79fb0fd0302cccabbca6855c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleCheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleCheckOutMutation, ExampleCheckOutMutationVariables>;