/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an action is not offered. */
export type ActionBlockCode =
  /** Auto-renew is on: switch it off to renew by hand. */
  | 'AUTO_RENEW_ON'
  /** The service is cancelled. */
  | 'CANCELLED'
  /** The service has expired: only Reactivate is offered. */
  | 'IN_GRACE_PERIOD'
  /** Reactivate is offered only after expiry, during the grace period. */
  | 'NOT_IN_GRACE_PERIOD'
  /** The first purchase has not been paid yet. */
  | 'PENDING_FIRST_PAYMENT';

/** A module to add to a cart. */
export type AddCartModuleInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** The module. */
  module: ModuleCode;
};

/** A convention code of a professional association. */
export type ApplyConventionCodeInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** The convention code (case-insensitive). */
  code: string;
};

/** Cancels an order awaiting payment. */
export type CancelOrderInput = {
  /** Must be true: the cancellation is explicit. */
  confirm: boolean;
  /** Global ID of the order. */
  orderId: string | number;
};

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

/** Whether a cart can still change. */
export type CartStatus =
  /** Turned into an order; locked against edits. */
  | 'CHECKED_OUT'
  /** Being edited. */
  | 'OPEN';

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

/** A new document of a service (not a received invoice: those arrive from SDI). */
export type CreateDocumentInput = {
  /** Attached files. */
  attachments?: Array<DocumentAttachmentInput> | null | undefined;
  /** Content, base64 (not empty, at most the policy maximum). */
  contentBase64: string;
  /** MIME type of the content (default application/xml). */
  contentType?: string | null | undefined;
  /** Kind of document (INVOICE_RECEIVED is refused: use receiveInvoice). */
  kind: DocumentKind;
  /** Document number. */
  number: string;
  /** Global ID of the service. */
  serviceId: string | number;
  /** Title. */
  title?: string | null | undefined;
};

/** The document to delete. */
export type DeleteDocumentInput = {
  /** Global ID of the document. */
  documentId: string | number;
};

/** A file attached to a document. */
export type DocumentAttachmentInput = {
  /** Content, base64 (not empty). */
  contentBase64: string;
  /** MIME type. */
  contentType: string;
  /** File name. */
  filename: string;
};

/** Kinds of stored documents; each consumes storage. */
export type DocumentKind =
  /** Other document. */
  | 'DOCUMENT'
  /** Electronic order. */
  | 'ELECTRONIC_ORDER'
  /** Installment (rata) of the payments module. */
  | 'INSTALLMENT'
  /** Received electronic invoice (keeps arriving in restricted mode). */
  | 'INVOICE_RECEIVED'
  /** Sent electronic invoice. */
  | 'INVOICE_SENT';

/** Edition of a service. */
export type Edition =
  /** Sends and receives electronic invoices. */
  | 'FULL'
  /** "Solo Ricezione": receives electronic invoices only. */
  | 'RECEIVE_ONLY';

/** Credentials. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Holder username (e.g. 1234567@aruba.it), panel user or operator username. */
  username: string;
};

/** Which sessions to end: the one of the request, or every session of the signed-in principal. */
export type LogoutInput = {
  /** True: end every session of the signed-in holder, panel user or operator (all devices). Default: only this one. */
  everywhere?: boolean | null | undefined;
};

/** Add-on modules. */
export type ModuleCode =
  /** Documents module. */
  | 'DOCUMENTS'
  /** Electronic orders. */
  | 'ELECTRONIC_ORDERS'
  /** "Incassi e pagamenti": collections, payments and installments. */
  | 'PAYMENTS'
  /** WooCommerce integration. */
  | 'WOOCOMMERCE';

/** Payment state of an order. */
export type OrderStatus =
  /** Placed, not paid yet: offers Pay and Cancel. */
  | 'AWAITING_PAYMENT'
  /** Cancelled while awaiting payment: no effect. */
  | 'CANCELLED'
  /** Payment registered: its effects are applied. */
  | 'PAID';

/** Type of an order. */
export type OrderType =
  /** Added modules. */
  | 'ADD_MODULES'
  /** Added users. */
  | 'ADD_USERS'
  /** First purchase of the service. */
  | 'FIRST_PURCHASE'
  /** Reactivation during the grace period. */
  | 'REACTIVATION'
  /** Renewal. */
  | 'RENEWAL'
  /** Storage upgrade. */
  | 'STORAGE_UPGRADE';

/** Pays an order awaiting payment. */
export type PayOrderInput = {
  /** Card token from the card form (credit card only); absent: the saved card. */
  cardToken?: string | null | undefined;
  /** Global ID of the order. */
  orderId: string | number;
  /** Pay with another method than the one chosen at checkout. */
  paymentMethod?: PaymentMethod | null | undefined;
};

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

/** What happens after payOrder. */
export type PaymentOutcome =
  /** Pay with the order’s paymentInstructions; the operator registers the payment. */
  | 'AWAITING_TRANSFER'
  /** The payment provider is charging the card or PayPal; the order turns PAID when it confirms. */
  | 'PROCESSING';

/** Who a session belongs to. */
export type PrincipalType =
  /** Account holder: buys, renews, pays. */
  | 'HOLDER'
  /** Staff of the provider. */
  | 'OPERATOR'
  /** Additional user of one service: works with its documents. */
  | 'PANEL_USER';

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

/** An invoice received from the exchange system (SDI). */
export type ReceiveInvoiceInput = {
  /** Invoice XML, base64. */
  contentBase64: string;
  /** Invoice number. */
  number: string;
  /** SDI identifier: receiving the same one again stores nothing twice. */
  sdiId?: string | null | undefined;
  /** Global ID of the receiving service. */
  serviceId: string | number;
};

/** An offline payment received by the provider (bank transfer, postal slip). */
export type RegisterPaymentInput = {
  /** Amount received in cents; must equal the order total. */
  amountCents: number;
  /** Human order number (the payment reference quoted by the holder). */
  orderNumber: string;
  /** Bank or postal reference of the payment; registering the same reference again has no effect. */
  reference: string;
};

/** A module to take out of a cart ("do not renew"). */
export type RemoveCartModuleInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** The module. */
  module: ModuleCode;
};

/** Why a service is in restricted mode (both can hold at once). */
export type RestrictionReason =
  /** Past the expiry day, within the grace period. */
  | 'EXPIRED'
  /** Usage reached 100% of the bought storage. */
  | 'STORAGE_FULL';

/** The instant the lifecycle is applied as of. */
export type RunLifecycleInput = {
  /** Report what the run would change (the same counts) without changing anything or charging anyone. */
  dryRun?: boolean | null | undefined;
  /** Apply expiry, grace, cancellation and auto-renew as of this instant; at most 24 hours from the current time unless the server runs with a test clock. */
  now: string;
};

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

/** Switches auto-renew of a service. */
export type SetAutoRenewInput = {
  /** Off always allowed; on only when the last paid order was paid by card or PayPal. */
  enabled: boolean;
  /** Global ID of the service. */
  serviceId: string | number;
};

/** Co-termination switch of an upgrade or add-on cart. */
export type SetCartExtendActiveServicesInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** On: every active item is extended to the new expiry, charged pro rata by day. */
  enabled: boolean;
};

/** New quantity of one cart line. */
export type SetCartLineQuantityInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** Global ID of the line (CartLine.id). */
  lineId: string | number;
  /** New quantity (not below used storage; not below the users configured in the panel). */
  quantity: number;
};

/** Duration of a cart in years. */
export type SetCartYearsInput = {
  /** Global ID of the cart. */
  cartId: string | number;
  /** 1 to 10; 1 or 2 with a product in promotion. */
  years: number;
};

/** What consumes storage. */
export type StorageCategory =
  /** Documents. */
  | 'DOCUMENTS'
  /** Electronic orders. */
  | 'ELECTRONIC_ORDERS'
  /** Installments (rate) of the payments module. */
  | 'INSTALLMENTS'
  /** Received invoices. */
  | 'INVOICES_RECEIVED'
  /** Sent invoices. */
  | 'INVOICES_SENT';

/** Changes to a document; omitted fields stay as they are. */
export type UpdateDocumentInput = {
  /** Replaces all attachments when given. */
  attachments?: Array<DocumentAttachmentInput> | null | undefined;
  /** New content, base64. */
  contentBase64?: string | null | undefined;
  /** New MIME type. */
  contentType?: string | null | undefined;
  /** Global ID of the document. */
  documentId: string | number;
  /** New number. */
  number?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Kind of party signed in. */
export type ViewerPrincipalType =
  /** Account holder: buys, renews, pays. */
  | 'HOLDER'
  /** Staff of the provider: sees every account. */
  | 'OPERATOR'
  /** Additional user of one service: works with its documents. */
  | 'PANEL_USER';

export type CheckoutCartFieldsFragment = { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> };

type CheckoutErrorFields_ActionNotAvailable_Fragment = { __typename: 'ActionNotAvailable', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_AmountMismatch_Fragment = { __typename: 'AmountMismatch', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ApiKeyExpiryInPast_Fragment = { __typename: 'ApiKeyExpiryInPast', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ApiKeyLimitReached_Fragment = { __typename: 'ApiKeyLimitReached', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_AutoRenewNotAllowed_Fragment = { __typename: 'AutoRenewNotAllowed', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_CartIncomplete_Fragment = { __typename: 'CartIncomplete', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_CartLocked_Fragment = { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ClockOverrideNotAllowed_Fragment = { __typename: 'ClockOverrideNotAllowed', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ConfirmationRequired_Fragment = { __typename: 'ConfirmationRequired', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ConventionExpired_Fragment = { __typename: 'ConventionExpired', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ConventionNotApplicable_Fragment = { __typename: 'ConventionNotApplicable', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ConventionNotFound_Fragment = { __typename: 'ConventionNotFound', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_DocumentTooLarge_Fragment = { __typename: 'DocumentTooLarge', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_EditionNotAllowed_Fragment = { __typename: 'EditionNotAllowed', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_Forbidden_Fragment = { __typename: 'Forbidden', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_InvalidCredentials_Fragment = { __typename: 'InvalidCredentials', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_InvalidInput_Fragment = { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_InvalidQuantity_Fragment = { __typename: 'InvalidQuantity', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_InvalidYears_Fragment = { __typename: 'InvalidYears', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ModuleAlreadyBought_Fragment = { __typename: 'ModuleAlreadyBought', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ModuleNotAllowed_Fragment = { __typename: 'ModuleNotAllowed', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_NotFound_Fragment = { __typename: 'NotFound', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_OrderAlreadyPaid_Fragment = { __typename: 'OrderAlreadyPaid', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_OrderNotCancellable_Fragment = { __typename: 'OrderNotCancellable', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_OrderNotPayable_Fragment = { __typename: 'OrderNotPayable', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_QuantityBelowConfiguredUsers_Fragment = { __typename: 'QuantityBelowConfiguredUsers', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_QuantityBelowUsedStorage_Fragment = { __typename: 'QuantityBelowUsedStorage', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_RateLimited_Fragment = { __typename: 'RateLimited', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_RestrictedMode_Fragment = { __typename: 'RestrictedMode', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_ServiceNotActive_Fragment = { __typename: 'ServiceNotActive', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_StorageQuotaExceeded_Fragment = { __typename: 'StorageQuotaExceeded', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_TermsNotAccepted_Fragment = { __typename: 'TermsNotAccepted', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_WebhookEndpointLimitReached_Fragment = { __typename: 'WebhookEndpointLimitReached', code: string, message: string, field: Array<string> | null };

type CheckoutErrorFields_WebhookUrlRefused_Fragment = { __typename: 'WebhookUrlRefused', code: string, message: string, field: Array<string> | null };

export type CheckoutErrorFieldsFragment =
  | CheckoutErrorFields_ActionNotAvailable_Fragment
  | CheckoutErrorFields_AmountMismatch_Fragment
  | CheckoutErrorFields_ApiKeyExpiryInPast_Fragment
  | CheckoutErrorFields_ApiKeyLimitReached_Fragment
  | CheckoutErrorFields_AutoRenewNotAllowed_Fragment
  | CheckoutErrorFields_CartIncomplete_Fragment
  | CheckoutErrorFields_CartLocked_Fragment
  | CheckoutErrorFields_ClockOverrideNotAllowed_Fragment
  | CheckoutErrorFields_ConfirmationRequired_Fragment
  | CheckoutErrorFields_ConventionExpired_Fragment
  | CheckoutErrorFields_ConventionNotApplicable_Fragment
  | CheckoutErrorFields_ConventionNotFound_Fragment
  | CheckoutErrorFields_DocumentTooLarge_Fragment
  | CheckoutErrorFields_EditionNotAllowed_Fragment
  | CheckoutErrorFields_Forbidden_Fragment
  | CheckoutErrorFields_InvalidCredentials_Fragment
  | CheckoutErrorFields_InvalidInput_Fragment
  | CheckoutErrorFields_InvalidQuantity_Fragment
  | CheckoutErrorFields_InvalidYears_Fragment
  | CheckoutErrorFields_ModuleAlreadyBought_Fragment
  | CheckoutErrorFields_ModuleNotAllowed_Fragment
  | CheckoutErrorFields_NotFound_Fragment
  | CheckoutErrorFields_OrderAlreadyPaid_Fragment
  | CheckoutErrorFields_OrderNotCancellable_Fragment
  | CheckoutErrorFields_OrderNotPayable_Fragment
  | CheckoutErrorFields_QuantityBelowConfiguredUsers_Fragment
  | CheckoutErrorFields_QuantityBelowUsedStorage_Fragment
  | CheckoutErrorFields_RateLimited_Fragment
  | CheckoutErrorFields_RestrictedMode_Fragment
  | CheckoutErrorFields_ServiceNotActive_Fragment
  | CheckoutErrorFields_StorageQuotaExceeded_Fragment
  | CheckoutErrorFields_TermsNotAccepted_Fragment
  | CheckoutErrorFields_WebhookEndpointLimitReached_Fragment
  | CheckoutErrorFields_WebhookUrlRefused_Fragment
;

export type CheckoutCreateCartMutationVariables = Exact<{
  input: CreateCartInput;
}>;


export type CheckoutCreateCartMutation = { createCart:
    | { __typename: 'ActionNotAvailable', action: ServiceAction, reasonCode: ActionBlockCode, code: string, message: string, field: Array<string> | null }
    | { __typename: 'CreateCartSuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
   };

export type CheckoutSetLineQuantityMutationVariables = Exact<{
  input: SetCartLineQuantityInput;
}>;


export type CheckoutSetLineQuantityMutation = { setCartLineQuantity:
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidQuantity', minQuantity: number, maxQuantity: number, code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidYears', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'QuantityBelowConfiguredUsers', minQuantity: number, code: string, message: string, field: Array<string> | null }
    | { __typename: 'QuantityBelowUsedStorage', minQuantity: number, code: string, message: string, field: Array<string> | null }
    | { __typename: 'SetCartLineQuantitySuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
   };

export type CheckoutAddModuleMutationVariables = Exact<{
  input: AddCartModuleInput;
}>;


export type CheckoutAddModuleMutation = { addCartModule:
    | { __typename: 'AddCartModuleSuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidYears', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ModuleAlreadyBought', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
   };

export type CheckoutRemoveModuleMutationVariables = Exact<{
  input: RemoveCartModuleInput;
}>;


export type CheckoutRemoveModuleMutation = { removeCartModule:
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ModuleNotAllowed', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'RemoveCartModuleSuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
   };

export type CheckoutSetYearsMutationVariables = Exact<{
  input: SetCartYearsInput;
}>;


export type CheckoutSetYearsMutation = { setCartYears:
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidYears', minYears: number, maxYears: number, code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'SetCartYearsSuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
   };

export type CheckoutSetExtendMutationVariables = Exact<{
  input: SetCartExtendActiveServicesInput;
}>;


export type CheckoutSetExtendMutation = { setCartExtendActiveServices:
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'SetCartExtendActiveServicesSuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
   };

export type CheckoutApplyConventionMutationVariables = Exact<{
  input: ApplyConventionCodeInput;
}>;


export type CheckoutApplyConventionMutation = { applyConventionCode:
    | { __typename: 'ApplyConventionCodeSuccess', cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } }
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ConventionExpired', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ConventionNotApplicable', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ConventionNotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'RateLimited', code: string, message: string, field: Array<string> | null }
   };

export type CheckoutCartQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckoutCartQuery = { cart: { id: string, purpose: CartPurpose, status: CartStatus, years: number, extendActiveServices: boolean, conventionCode: string | null, suggestedModules: Array<ModuleCode>, newExpiresAt: string, durationDays: number, duration: string, readyForCheckout: boolean, subtotal: { amountCents: number }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number, currency: string }, lines: Array<{ id: string, kind: ProductKind, module: ModuleCode | null, quantity: number, minQuantity: number, maxQuantity: number, recommendedQuantity: number | null, periodStart: string, periodEnd: string, proRataDays: number | null, extension: boolean, isNew: boolean, unitPrice: { amountCents: number }, amount: { amountCents: number }, product: { code: string } }> } | null };

export type CheckoutCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutCheckoutMutation = { checkout:
    | { __typename: 'ActionNotAvailable', action: ServiceAction, reasonCode: ActionBlockCode, code: string, message: string, field: Array<string> | null }
    | { __typename: 'CartIncomplete', code: string, message: string, field: Array<string> | null }
    | { __typename: 'CartLocked', code: string, message: string, field: Array<string> | null }
    | { __typename: 'CheckoutSuccess', order: { id: string, number: string, type: OrderType, status: OrderStatus, paymentMethod: PaymentMethod, years: number, storageGb: number, total: { amountCents: number } }, cart: { id: string, status: CartStatus } }
    | { __typename: 'ConventionExpired', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ConventionNotApplicable', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidQuantity', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidYears', code: string, message: string, field: Array<string> | null }
    | { __typename: 'ModuleAlreadyBought', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'QuantityBelowConfiguredUsers', code: string, message: string, field: Array<string> | null }
    | { __typename: 'QuantityBelowUsedStorage', minQuantity: number, code: string, message: string, field: Array<string> | null }
    | { __typename: 'TermsNotAccepted', code: string, message: string, field: Array<string> | null }
   };

export type CheckoutPayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type CheckoutPayOrderMutation = { payOrder:
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'OrderNotPayable', code: string, message: string, field: Array<string> | null }
    | { __typename: 'PayOrderSuccess', outcome: PaymentOutcome, reference: string | null, order: { id: string, status: OrderStatus, paymentMethod: PaymentMethod } }
   };

export type CheckoutCancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CheckoutCancelOrderMutation = { cancelOrder:
    | { __typename: 'CancelOrderSuccess', order: { id: string, status: OrderStatus } }
    | { __typename: 'ConfirmationRequired', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'OrderNotCancellable', code: string, message: string, field: Array<string> | null }
   };

export type CheckoutRegisterPaymentMutationVariables = Exact<{
  input: RegisterPaymentInput;
}>;


export type CheckoutRegisterPaymentMutation = { registerPayment:
    | { __typename: 'AmountMismatch', expected: number, code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'OrderAlreadyPaid', code: string, message: string, field: Array<string> | null }
    | { __typename: 'OrderNotPayable', code: string, message: string, field: Array<string> | null }
    | { __typename: 'RegisterPaymentSuccess', applied: boolean, order: { id: string, status: OrderStatus } }
   };

export type CheckoutSetAutoRenewMutationVariables = Exact<{
  input: SetAutoRenewInput;
}>;


export type CheckoutSetAutoRenewMutation = { setAutoRenew:
    | { __typename: 'AutoRenewNotAllowed', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'SetAutoRenewSuccess', service: { id: string, status: ServiceStatus, autoRenew: boolean | null, autoRenewMethod: PaymentMethod | null, storage: { boughtGb: number }, userSeats: { bought: number } } }
   };

export type DocCreateSlimMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type DocCreateSlimMutation = { createDocument:
    | { __typename: 'CreateDocumentSuccess', document: { id: string } }
    | { __typename: 'DocumentTooLarge' }
    | { __typename: 'EditionNotAllowed' }
    | { __typename: 'Forbidden' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'RestrictedMode' }
    | { __typename: 'ServiceNotActive' }
    | { __typename: 'StorageQuotaExceeded' }
   };

export type DocDeleteSlimMutationVariables = Exact<{
  input: DeleteDocumentInput;
}>;


export type DocDeleteSlimMutation = { deleteDocument:
    | { __typename: 'DeleteDocumentSuccess' }
    | { __typename: 'Forbidden' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'ServiceNotActive' }
   };

export type DocStorageReconciliationQueryVariables = Exact<{
  serviceId?: string | number | null | undefined;
}>;


export type DocStorageReconciliationQuery = { storageReconciliation: Array<{ serviceId: string, column: string, counterBytes: number, actualBytes: number }> };

export type DocCreateMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type DocCreateMutation = { createDocument:
    | { __typename: 'CreateDocumentSuccess', document: { id: string, number: string, sizeBytes: number, kind: DocumentKind, contentBase64: string, downloadUrl: string, attachments: Array<{ filename: string, sizeBytes: number, contentBase64: string }> } }
    | { __typename: 'DocumentTooLarge', code: string, message: string, field: Array<string> | null }
    | { __typename: 'EditionNotAllowed', code: string, message: string, field: Array<string> | null }
    | { __typename: 'Forbidden', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'NotFound', code: string, message: string, field: Array<string> | null }
    | { __typename: 'RestrictedMode', code: string, message: string, field: Array<string> | null, reasons: Array<RestrictionReason> }
    | { __typename: 'ServiceNotActive', code: string, message: string, field: Array<string> | null, status: ServiceStatus }
    | { __typename: 'StorageQuotaExceeded', code: string, message: string, field: Array<string> | null, usedBytes: number, boughtBytes: number, requiredBytes: number }
   };

export type DocUpdateMutationVariables = Exact<{
  input: UpdateDocumentInput;
}>;


export type DocUpdateMutation = { updateDocument:
    | { __typename: 'DocumentTooLarge', code: string, message: string }
    | { __typename: 'EditionNotAllowed', code: string, message: string }
    | { __typename: 'Forbidden', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RestrictedMode', code: string, message: string, reasons: Array<RestrictionReason> }
    | { __typename: 'ServiceNotActive', code: string, message: string }
    | { __typename: 'StorageQuotaExceeded', code: string, message: string }
    | { __typename: 'UpdateDocumentSuccess', document: { id: string, number: string, title: string, sizeBytes: number } }
   };

export type DocDeleteMutationVariables = Exact<{
  input: DeleteDocumentInput;
}>;


export type DocDeleteMutation = { deleteDocument:
    | { __typename: 'DeleteDocumentSuccess', deletedDocumentId: string, freedBytes: number }
    | { __typename: 'Forbidden', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ServiceNotActive', code: string, message: string }
   };

export type DocReceiveMutationVariables = Exact<{
  input: ReceiveInvoiceInput;
}>;


export type DocReceiveMutation = { receiveInvoice:
    | { __typename: 'DocumentTooLarge', code: string, message: string }
    | { __typename: 'Forbidden', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReceiveInvoiceSuccess', duplicate: boolean, document: { id: string, sizeBytes: number, kind: DocumentKind } }
    | { __typename: 'ServiceNotActive', code: string, message: string }
   };

export type DocServiceStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type DocServiceStatusQuery = { service: { status: ServiceStatus, restrictionReasons: Array<RestrictionReason> } | null };

export type DocOpenStorageCartMutationVariables = Exact<{
  input: CreateCartInput;
}>;


export type DocOpenStorageCartMutation = { createCart:
    | { __typename: 'ActionNotAvailable' }
    | { __typename: 'CreateCartSuccess', cart: { id: string, lines: Array<{ id: string, quantity: number, minQuantity: number, product: { code: string } }> } }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type DocSetStorageQuantityMutationVariables = Exact<{
  input: SetCartLineQuantityInput;
}>;


export type DocSetStorageQuantityMutation = { setCartLineQuantity:
    | { __typename: 'CartLocked' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidQuantity' }
    | { __typename: 'InvalidYears' }
    | { __typename: 'NotFound' }
    | { __typename: 'QuantityBelowConfiguredUsers' }
    | { __typename: 'QuantityBelowUsedStorage' }
    | { __typename: 'SetCartLineQuantitySuccess' }
   };

export type DocCheckoutStorageMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type DocCheckoutStorageMutation = { checkout:
    | { __typename: 'ActionNotAvailable' }
    | { __typename: 'CartIncomplete' }
    | { __typename: 'CartLocked' }
    | { __typename: 'CheckoutSuccess', order: { number: string, total: { amountCents: number } } }
    | { __typename: 'ConventionExpired' }
    | { __typename: 'ConventionNotApplicable' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'InvalidQuantity' }
    | { __typename: 'InvalidYears' }
    | { __typename: 'ModuleAlreadyBought' }
    | { __typename: 'NotFound' }
    | { __typename: 'QuantityBelowConfiguredUsers' }
    | { __typename: 'QuantityBelowUsedStorage' }
    | { __typename: 'TermsNotAccepted' }
   };

export type DocRegisterStoragePaymentMutationVariables = Exact<{
  input: RegisterPaymentInput;
}>;


export type DocRegisterStoragePaymentMutation = { registerPayment:
    | { __typename: 'AmountMismatch' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderAlreadyPaid' }
    | { __typename: 'OrderNotPayable' }
    | { __typename: 'RegisterPaymentSuccess', applied: boolean }
   };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { __typename: 'Query', catalog: { vatPercent: number, products: Array<{ code: string, kind: ProductKind, module: ModuleCode | null, edition: Edition | null, name: string, promo: boolean, yearlyPrice: { amountCents: number, currency: string } }>, modules: Array<{ code: ModuleCode, name: string, yearlyPrice: { amountCents: number, currency: string } }> } };

export type FoundationLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FoundationLoginMutation = { login:
    | { __typename: 'InvalidCredentials', code: string, field: Array<string> | null, message: string }
    | { __typename: 'InvalidInput', code: string, field: Array<string> | null, message: string }
    | { __typename: 'LoginSuccess' }
    | { __typename: 'RateLimited', code: string, field: Array<string> | null, message: string }
   };

export type LcRunMutationVariables = Exact<{
  input: RunLifecycleInput;
}>;


export type LcRunMutation = { runLifecycle:
    | { __typename: 'ClockOverrideNotAllowed' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'RunLifecycleSuccess', asOf: string, servicesExamined: number, statusChanges: number, enteredGrace: number, cancelled: number, documentsDeleted: number, notificationsQueued: number }
   };

export type ReadApiViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadApiViewerQuery = { viewer: { principalType: ViewerPrincipalType, account: { id: string, username: string, holder: { name: string, referenceEmail: string } | null } | null, service: { id: string, username: string } | null, services: { totalCount: number, edges: Array<{ node: { id: string } }> }, orders: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null };

export type ReadApiServiceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiServiceByIdQuery = { service: { id: string, status: ServiceStatus, autoRenew: boolean | null, storage: { usedBytes: number }, availableActions: Array<{ action: ServiceAction }> | null, availableModules: Array<{ code: ModuleCode }> | null, users: Array<{ id: string }> | null, orders: { totalCount: number } | null, documents: { totalCount: number, edges: Array<{ node: { id: string, kind: DocumentKind, number: string, sizeBytes: number, createdAt: string } }> } } | null };

export type ReadApiOrderByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiOrderByIdQuery = { order: { id: string, number: string } | null };

export type ReadApiNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadApiNodesQuery = { nodes: Array<
    | { __typename: 'Account', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null> };

export type ReadApiNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiNodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'Document', number: string, id: string }
    | { __typename: 'Order', number: string, id: string }
    | { __typename: 'Service', username: string, id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ReadApiAddOnsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiAddOnsQuery = { service: { modules: Array<{ module: ModuleCode, expiresAt: string, details: { name: string } | null }>, availableModules: Array<{ code: ModuleCode, name: string, yearlyPrice: { amountCents: number, currency: string } }> | null, userSeats: { bought: number, configured: number }, users: Array<{ id: string, username: string, email: string }> | null } | null };

export type ReadApiLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ReadApiLoginMutation = { login:
    | { __typename: 'InvalidCredentials', code: string, message: string, field: Array<string> | null }
    | { __typename: 'InvalidInput', code: string, message: string, field: Array<string> | null }
    | { __typename: 'LoginSuccess', token: string, principalType: PrincipalType }
    | { __typename: 'RateLimited', code: string, message: string, field: Array<string> | null }
   };

export type ReadApiLogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type ReadApiLogoutMutation = { logout:
    | { __typename: 'InvalidInput' }
    | { __typename: 'LogoutSuccess', revoked: boolean, revokedSessions: number }
   };

export type ReadApiWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadApiWhoAmIQuery = { viewer: { principalType: ViewerPrincipalType, account: { username: string } | null } | null };

export type ReadApiDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadApiDashboardQuery = { viewer: { principalType: ViewerPrincipalType, account: { id: string, username: string, holder: { name: string, referenceEmail: string } | null } | null, services: { totalCount: number, edges: Array<{ node: { id: string, username: string, status: ServiceStatus, restrictionReasons: Array<RestrictionReason>, expiryWarning: boolean, daysToExpiry: number, autoRenew: boolean | null, storage: { boughtGb: number, usedBytes: number, percentUsed: number, warning: boolean, full: boolean, recommendedExtraGb: number, breakdown: Array<{ category: StorageCategory, bytes: number }> }, modules: Array<{ module: ModuleCode, expiresAt: string }>, availableModules: Array<{ code: ModuleCode, name: string, yearlyPrice: { amountCents: number } }> | null, userSeats: { bought: number, configured: number }, availableActions: Array<{ action: ServiceAction, available: boolean, reasonCode: ActionBlockCode | null }> | null, orders: { totalCount: number, edges: Array<{ node: { id: string, number: string, type: OrderType, status: OrderStatus, canPay: boolean, total: { amountCents: number }, lines: Array<{ quantity: number, product: { code: string, name: string }, amount: { amountCents: number } }> } }> } | null } }> } } | null };

export type ReadApiDemoLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ReadApiDemoLoginMutation = { login:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'LoginSuccess', token: string }
    | { __typename: 'RateLimited' }
   };

export type ReadApiDemoDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadApiDemoDashboardQuery = { viewer: { principalType: ViewerPrincipalType, services: { edges: Array<{ node: { username: string, status: ServiceStatus, restrictionReasons: Array<RestrictionReason>, expiryWarning: boolean, autoRenew: boolean | null, storage: { percentUsed: number, warning: boolean, full: boolean }, modules: Array<{ module: ModuleCode }>, userSeats: { bought: number, configured: number }, availableActions: Array<{ action: ServiceAction, available: boolean }> | null, orders: { edges: Array<{ node: { number: string, type: OrderType, status: OrderStatus, canPay: boolean, lines: Array<{ product: { code: string } }> } }> } | null } }> } } | null };

export type ReadApiServiceOrdersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: OrderStatus | null | undefined;
  type?: OrderType | null | undefined;
}>;


export type ReadApiServiceOrdersQuery = { service: { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, type: OrderType, status: OrderStatus, paymentMethod: PaymentMethod, createdAt: string, paidAt: string | null, years: number, storageGb: number, canPay: boolean, canCancel: boolean, subtotal: { amountCents: number, currency: string }, discount: { amountCents: number }, vat: { amountCents: number }, total: { amountCents: number }, lines: Array<{ kind: ProductKind, module: ModuleCode | null, quantity: number, periodStart: string, periodEnd: string, proRataDays: number | null, product: { code: string, name: string }, unitPrice: { amountCents: number }, amount: { amountCents: number } }> } }> } | null } | null };

export type ReadApiOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiOrderQuery = { order: { number: string, status: OrderStatus, canPay: boolean, canCancel: boolean, total: { amountCents: number, currency: string }, paymentInstructions: { method: PaymentMethod, reference: string, beneficiary: string, iban: string | null, postalAccount: string | null, amount: { amountCents: number, currency: string } } | null } | null };

export type ReadApiViewerOrdersQueryVariables = Exact<{
  status?: OrderStatus | null | undefined;
  type?: OrderType | null | undefined;
}>;


export type ReadApiViewerOrdersQuery = { viewer: { orders: { totalCount: number, edges: Array<{ node: { number: string } }> } | null } | null };

export type ReadApiServiceStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiServiceStatusQuery = { service: { id: string, edition: Edition, status: ServiceStatus, restrictedMode: boolean, restrictionReasons: Array<RestrictionReason>, expiresAt: string, daysToExpiry: number, expiryWarning: boolean, graceEndsAt: string, autoRenew: boolean | null, autoRenewAt: string | null, autoRenewMethod: PaymentMethod | null, availableActions: Array<{ action: ServiceAction, available: boolean, reason: string | null, reasonCode: ActionBlockCode | null, cartPurpose: CartPurpose }> | null } | null };

export type ReadApiStorageQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApiStorageQuery = { service: { status: ServiceStatus, restrictionReasons: Array<RestrictionReason>, storage: { boughtGb: number, boughtBytes: number, usedBytes: number, percentUsed: number, warning: boolean, full: boolean, averageDailyBytes: number, recommendedExtraGb: number, projectedFullAt: string | null, breakdown: Array<{ category: StorageCategory, bytes: number }> } } | null };

export const CheckoutCartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutCartFieldsFragment, unknown>;
export const CheckoutErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutErrorFieldsFragment, unknown>;
export const CheckoutCreateCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutCreateCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCartSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionNotAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutCreateCartMutation, CheckoutCreateCartMutationVariables>;
export const CheckoutSetLineQuantityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutSetLineQuantity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartLineQuantityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCartLineQuantity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartLineQuantitySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuantityBelowUsedStorage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuantityBelowConfiguredUsers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidQuantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutSetLineQuantityMutation, CheckoutSetLineQuantityMutationVariables>;
export const CheckoutAddModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutAddModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCartModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCartModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddCartModuleSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutAddModuleMutation, CheckoutAddModuleMutationVariables>;
export const CheckoutRemoveModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutRemoveModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCartModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCartModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCartModuleSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutRemoveModuleMutation, CheckoutRemoveModuleMutationVariables>;
export const CheckoutSetYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutSetYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartYearsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCartYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartYearsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidYears"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYears"}},{"kind":"Field","name":{"kind":"Name","value":"maxYears"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutSetYearsMutation, CheckoutSetYearsMutationVariables>;
export const CheckoutSetExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutSetExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartExtendActiveServicesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCartExtendActiveServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartExtendActiveServicesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutSetExtendMutation, CheckoutSetExtendMutationVariables>;
export const CheckoutApplyConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutApplyConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyConventionCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyConventionCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyConventionCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutApplyConventionMutation, CheckoutApplyConventionMutationVariables>;
export const CheckoutCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutCartFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"extendActiveServices"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedModules"}},{"kind":"Field","name":{"kind":"Name","value":"newExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"readyForCheckout"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutCartQuery, CheckoutCartQueryVariables>;
export const CheckoutCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"storageGb"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuantityBelowUsedStorage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionNotAvailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutCheckoutMutation, CheckoutCheckoutMutationVariables>;
export const CheckoutPayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutPayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutPayOrderMutation, CheckoutPayOrderMutationVariables>;
export const CheckoutCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutCancelOrderMutation, CheckoutCancelOrderMutationVariables>;
export const CheckoutRegisterPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutRegisterPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmountMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutRegisterPaymentMutation, CheckoutRegisterPaymentMutationVariables>;
export const CheckoutSetAutoRenewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutSetAutoRenew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoRenewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoRenew"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoRenewSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewMethod"}},{"kind":"Field","name":{"kind":"Name","value":"storage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boughtGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bought"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CheckoutSetAutoRenewMutation, CheckoutSetAutoRenewMutationVariables>;
export const DocCreateSlimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocCreateSlim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocCreateSlimMutation, DocCreateSlimMutationVariables>;
export const DocDeleteSlimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocDeleteSlim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DocDeleteSlimMutation, DocDeleteSlimMutationVariables>;
export const DocStorageReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocStorageReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storageReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"counterBytes"}},{"kind":"Field","name":{"kind":"Name","value":"actualBytes"}}]}}]}}]} as unknown as DocumentNode<DocStorageReconciliationQuery, DocStorageReconciliationQueryVariables>;
export const DocCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestrictedMode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StorageQuotaExceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"boughtBytes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredBytes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceNotActive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DocCreateMutation, DocCreateMutationVariables>;
export const DocUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RestrictedMode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<DocUpdateMutation, DocUpdateMutationVariables>;
export const DocDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDocumentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedDocumentId"}},{"kind":"Field","name":{"kind":"Name","value":"freedBytes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DocDeleteMutation, DocDeleteMutationVariables>;
export const DocReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveInvoiceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DocReceiveMutation, DocReceiveMutationVariables>;
export const DocServiceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocServiceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restrictionReasons"}}]}}]}}]} as unknown as DocumentNode<DocServiceStatusQuery, DocServiceStatusQueryVariables>;
export const DocOpenStorageCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocOpenStorageCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCartSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocOpenStorageCartMutation, DocOpenStorageCartMutationVariables>;
export const DocSetStorageQuantityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocSetStorageQuantity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCartLineQuantityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCartLineQuantity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DocSetStorageQuantityMutation, DocSetStorageQuantityMutationVariables>;
export const DocCheckoutStorageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocCheckoutStorage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocCheckoutStorageMutation, DocCheckoutStorageMutationVariables>;
export const DocRegisterStoragePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DocRegisterStoragePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]}}]} as unknown as DocumentNode<DocRegisterStoragePaymentMutation, DocRegisterStoragePaymentMutationVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"promo"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const FoundationLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FoundationLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FoundationLoginMutation, FoundationLoginMutationVariables>;
export const LcRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunLifecycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunLifecycleSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"servicesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"}},{"kind":"Field","name":{"kind":"Name","value":"enteredGrace"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"notificationsQueued"}}]}}]}}]}}]} as unknown as DocumentNode<LcRunMutation, LcRunMutationVariables>;
export const ReadApiViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalType"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"referenceEmail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiViewerQuery, ReadApiViewerQueryVariables>;
export const ReadApiServiceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiServiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"storage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"INVOICE_SENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiServiceByIdQuery, ReadApiServiceByIdQueryVariables>;
export const ReadApiOrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiOrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ReadApiOrderByIdQuery, ReadApiOrderByIdQueryVariables>;
export const ReadApiNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadApiNodesQuery, ReadApiNodesQueryVariables>;
export const ReadApiNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiNodeQuery, ReadApiNodeQueryVariables>;
export const ReadApiAddOnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiAddOns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bought"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiAddOnsQuery, ReadApiAddOnsQueryVariables>;
export const ReadApiLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadApiLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"principalType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiLoginMutation, ReadApiLoginMutationVariables>;
export const ReadApiLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadApiLogout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiLogoutMutation, ReadApiLogoutMutationVariables>;
export const ReadApiWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalType"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiWhoAmIQuery, ReadApiWhoAmIQueryVariables>;
export const ReadApiDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalType"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"referenceEmail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restrictionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"expiryWarning"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"storage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boughtGb"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedExtraGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bought"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canPay"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiDashboardQuery, ReadApiDashboardQueryVariables>;
export const ReadApiDemoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadApiDemoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiDemoLoginMutation, ReadApiDemoLoginMutationVariables>;
export const ReadApiDemoDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiDemoDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalType"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restrictionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"expiryWarning"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"storage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bought"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canPay"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiDemoDashboardQuery, ReadApiDemoDashboardQueryVariables>;
export const ReadApiServiceOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiServiceOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"storageGb"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canPay"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"proRataDays"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiServiceOrdersQuery, ReadApiServiceOrdersQueryVariables>;
export const ReadApiOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canPay"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentInstructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"postalAccount"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiOrderQuery, ReadApiOrderQueryVariables>;
export const ReadApiViewerOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiViewerOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiViewerOrdersQuery, ReadApiViewerOrdersQueryVariables>;
export const ReadApiServiceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiServiceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedMode"}},{"kind":"Field","name":{"kind":"Name","value":"restrictionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiryWarning"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenew"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewAt"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewMethod"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"cartPurpose"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiServiceStatusQuery, ReadApiServiceStatusQueryVariables>;
export const ReadApiStorageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApiStorage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restrictionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"storage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boughtGb"}},{"kind":"Field","name":{"kind":"Name","value":"boughtBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageDailyBytes"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedExtraGb"}},{"kind":"Field","name":{"kind":"Name","value":"projectedFullAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApiStorageQuery, ReadApiStorageQueryVariables>;