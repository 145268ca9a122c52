// Every user-facing sentence in English. `it.ts` has the same keys (the
// compiler checks it against this file); code picks one with `messages(locale)`.
import type { ActionBlockCode, CartPurpose, LineKind } from '../shared/domain/types.js';

/** Variables of the alerts sent to the operator (payment anomalies). */
export interface OperatorAlertVars {
  orderNumber: string;
  /** Provider reference of the payment. */
  reference: string;
  /** What the order asks for, e.g. "122.00 EUR". */
  expected: string;
  /** What the provider reported, e.g. "122.00 USD". */
  received: string;
}

/** Variables of the lifecycle emails. */
export interface EmailVars {
  holderName: string;
  serviceUsername: string;
  /** Expiry day, YYYY-MM-DD. */
  expiresAt: string;
  /** Last day of grace, YYYY-MM-DD. */
  graceEndsAt: string;
  days?: number | undefined;
  percentUsed?: number | undefined;
  attempt?: number | undefined;
}

export interface Email {
  subject: string;
  text: string;
}

/** Payment details of an order awaiting a bank transfer or a postal slip (R24). */
export interface PaymentDetailsVars {
  amount: string;
  beneficiary: string;
  reference: string;
  iban: string | null;
  postalAccount: string | null;
}

/** Why an action is not offered for a service (R4, R6, R14). */
const blocked: Record<ActionBlockCode, string> = {
  PENDING_FIRST_PAYMENT: 'The first purchase has not been paid yet.',
  CANCELLED: 'The service is cancelled.',
  AUTO_RENEW_ON: 'Auto-renew is on: switch it off to renew by hand.',
  IN_GRACE_PERIOD: 'The service has expired: only Reactivate is offered.',
  NOT_IN_GRACE_PERIOD: 'Reactivate is offered only after expiry, during the grace period.',
};

export const en = {
  errors: {
    webhookUrlRefused: (p: { reason: string }): string => `This webhook URL is refused: ${p.reason}`,
    webhookEndpointLimit: (p: { max: number }): string => `An account can have at most ${String(p.max)} webhook endpoints`,
    apiKeyScope: (p: { scope: string }): string => `This API key lacks the ${p.scope} scope needed by this operation`,
    apiKeyNever: (p: { field: string }): string => `API keys cannot use ${p.field}: sign in as the holder`,
    apiKeyLimit: (p: { max: number }): string => `An account can have at most ${String(p.max)} live API keys: revoke one first`,
    apiKeyExpiryInPast: (): string => 'The expiry of an API key must be in the future',
    invalidToken: (): string => 'Invalid, expired or revoked token',
    invalidInput: (p: { detail: string }): string => `Invalid input: ${p.detail}`,
    notFound: (p: { what: string }): string => `${p.what} not found`,
    forbidden: (): string => 'You are not allowed to do this',
    invalidCredentials: (): string => 'Wrong username or password',
    textLength: (p: { field: string; max: number }): string => `${p.field} must be 1 to ${p.max} characters`,
    actionNotAvailable: (p: { action: string; reasonCode: ActionBlockCode }): string =>
      `${p.action} is not available: ${blocked[p.reasonCode]}`,
    quantityBelowUsedStorage: (p: { minQuantity: number }): string =>
      `Storage cannot be lowered below what is used: at least ${p.minQuantity} additional GB`,
    quantityBelowConfiguredUsers: (p: { minQuantity: number }): string =>
      `There are ${p.minQuantity} users configured in the panel: delete users there first`,
    invalidQuantity: (p: { minQuantity: number; maxQuantity: number }): string =>
      `The quantity must be a whole number between ${p.minQuantity} and ${p.maxQuantity}`,
    invalidYears: (p: { minYears: number; maxYears: number }): string =>
      `The duration must be between ${p.minYears} and ${p.maxYears} years`,
    cartIncomplete: (p: { detail: string }): string => `The cart cannot be checked out: ${p.detail}`,
    moduleAlreadyBought: (p: { module: string }): string => `The module ${p.module} is already active`,
    moduleNotInCart: (p: { module: string }): string => `${p.module}: the module is not in the cart`,
    cartLocked: (): string => 'The cart has been checked out and can no longer change',
    conventionNotFound: (): string => 'Unknown convention code',
    conventionExpired: (): string => 'The convention has expired',
    conventionNotApplicable: (): string => 'The convention does not apply to this cart or edition',
    termsNotAccepted: (): string => 'You must accept the general terms to place the order',
    confirmationRequired: (): string => 'Confirm the cancellation with confirm: true',
    orderNotCancellable: (): string => 'Only an order awaiting payment can be cancelled',
    orderNotPayable: (): string => 'The order is not awaiting payment',
    orderAlreadyPaid: (): string => 'The order has already been paid',
    amountMismatch: (p: { expected: number }): string => `The amount must equal the order total (${p.expected} cents)`,
    autoRenewNotAllowed: (): string => 'Auto-renew can be switched on only when the last paid order was paid by credit card or PayPal',
    extendOnlyAddOn: (): string => 'Extending active services applies to upgrade and add-on carts only',
    paymentReferenceTaken: (): string => 'This payment reference is already registered elsewhere',
    restrictedMode: (p: { reasons: string[] }): string =>
      `The service is in restricted mode (${p.reasons.join(', ')}): documents can be read, downloaded and deleted but not created or edited`,
    storageQuotaExceeded: (): string => 'Not enough storage: buy more storage or delete documents',
    editionNotAllowed: (): string => 'A receive-only service cannot send invoices',
    serviceNotActive: (p: { status: string }): string =>
      p.status === 'PENDING' ? 'The service is not active yet: the first purchase is unpaid' : 'The service is cancelled',
    documentTooLarge: (p: { maxBytes: number }): string => `The document is larger than ${p.maxBytes} bytes`,
    contentNotBase64: (): string => 'Content is not valid base64',
    contentEmpty: (): string => 'Content is empty',
    receivedInvoicesFromSdi: (): string => 'Received invoices arrive from the exchange system (SDI)',
    authenticationRequired: (p: { field: string }): string => `Sign in to use ${p.field}`,
    notAuthorized: (p: { field: string }): string => `Not authorized to resolve ${p.field}`,
    textHasNul: (p: { field: string }): string => `${p.field} contains a NUL character`,
    textNotUnicode: (p: { field: string }): string => `${p.field} is not valid Unicode text`,
    textTooLong: (p: { field: string; max: number }): string => `${p.field} is longer than ${String(p.max)} characters`,
    contentTypeInvalid: (): string => 'The content type must be a MIME type such as application/pdf, without control characters',
    pageSizeOutOfRange: (p: { arg: string; max: number }): string => `${p.arg} must be between 0 and ${String(p.max)}`,
    tooManyIds: (p: { max: number }): string => `At most ${String(p.max)} ids can be read at once`,
    tooManyItems: (p: { field: string; max: number }): string => `${p.field}: at most ${String(p.max)} items`,
    rateLimited: (p: { retryAfterSeconds: number }): string =>
      `Too many attempts: try again in ${String(p.retryAfterSeconds)} ${p.retryAfterSeconds === 1 ? 'second' : 'seconds'}`,
    queryTooComplex: (p: { complexity: number; max: number }): string =>
      `The operation is too complex (${String(p.complexity)}, at most ${String(p.max)}): ask for fewer results or fields`,
    bodyTooLarge: (p: { maxBytes: number }): string => `The request body is larger than ${String(p.maxBytes)} bytes`,
    jsonOnly: (): string => 'A POST to /graphql must have an application/json body',
    clockOverrideNotAllowed: (p: { maxDriftHours: number }): string =>
      `The lifecycle can only run as of an instant within ${String(p.maxDriftHours)} hours of the current time`,
    bodyNotUtf8: (): string => 'The request body is not valid UTF-8',
    uploadOnly: (p: { maxBytes: number }): string =>
      `Only document uploads (createDocument, updateDocument, receiveInvoice) may be larger than ${String(p.maxBytes)} bytes`,
    requestTimeout: (p: { ms: number }): string => `The query did not finish within ${String(p.ms)} ms: ask for fewer results or fields`,
  },
  /** Why a cart cannot be checked out as it is (CartIncomplete details). */
  cartIssues: {
    kindNotAllowed: (p: { kind: LineKind; purpose: CartPurpose }): string => `${p.kind} lines are not allowed in a ${p.purpose} cart`,
    moduleMissing: (): string => 'a MODULE line needs a module',
    duplicateLine: (p: { key: string }): string => `duplicate ${p.key} line`,
    requiredLineMissing: (p: { purpose: CartPurpose; kind: LineKind }): string => `a ${p.purpose} cart needs a ${p.kind} line`,
  },
  /** Why an action is not offered for a service (R4, R6, R14). */
  blocked,
  cart: {
    duration: (years: number): string => (years === 1 ? '1 year' : `${String(years)} years`),
  },
  money: {
    euros: (text: string): string => `EUR ${text}`,
  },
  payment: {
    /** Why the provider refused a payment, from its failure code. */
    failure: (code: string): string => {
      switch (code) {
        case 'card_declined':
          return 'The card was declined by its bank';
        case 'insufficient_funds':
          return 'The card has insufficient funds';
        case 'expired_card':
          return 'The card has expired';
        default:
          return `The payment was refused by the provider (${code})`;
      }
    },
    instructions: (p: PaymentDetailsVars): string =>
      p.iban
        ? `Pay ${p.amount} by bank transfer to IBAN ${p.iban}, beneficiary ${p.beneficiary}, reference: ${p.reference}.`
        : `Pay ${p.amount} by postal slip to postal account ${p.postalAccount ?? ''}, beneficiary ${p.beneficiary}, reference: ${p.reference}.`,
    detailsEmail: (p: { number: string; holderName: string; instructions: string }): Email => ({
      subject: `Order ${p.number}: payment details`,
      text: `Dear ${p.holderName},\nwe have received order ${p.number}.\n${p.instructions}\nThe service will be updated once the payment is registered.`,
    }),
  },
  emails: {
    signature: '\n\nFatturazione Elettronica',
    EXPIRY_WARNING: (v: EmailVars): Email => ({
      subject: `Your service ${v.serviceUsername} expires on ${v.expiresAt}`,
      text: `Dear ${v.holderName},\n\nyour e-invoicing service ${v.serviceUsername} expires on ${v.expiresAt} (in ${String(v.days ?? 0)} days). Renew it from the customer area to keep sending invoices.`,
    }),
    STORAGE_WARNING: (v: EmailVars): Email => ({
      subject: `Storage of ${v.serviceUsername} almost full`,
      text: `Dear ${v.holderName},\n\nthe service ${v.serviceUsername} uses ${String(v.percentUsed ?? 0)}% of its storage. Buy more storage or delete documents before it is full.`,
    }),
    STORAGE_FULL: (v: EmailVars): Email => ({
      subject: `Storage of ${v.serviceUsername} is full: restricted mode`,
      text: `Dear ${v.holderName},\n\nthe storage of ${v.serviceUsername} is full. The service is in restricted mode: you can read and download documents and received invoices keep arriving, but you cannot create or send invoices until you buy more storage or delete documents.`,
    }),
    GRACE_STARTED: (v: EmailVars): Email => ({
      subject: `Your service ${v.serviceUsername} has expired`,
      text: `Dear ${v.holderName},\n\nyour service ${v.serviceUsername} expired on ${v.expiresAt} and is in restricted mode. Reactivate it by ${v.graceEndsAt}: after that day the service is cancelled and its documents are deleted.`,
    }),
    DELETION_NOTICE: (v: EmailVars): Email => ({
      subject: `${v.serviceUsername}: documents will be deleted in ${String(v.days ?? 0)} days`,
      text: `Dear ${v.holderName},\n\nthe grace period of ${v.serviceUsername} ends on ${v.graceEndsAt}. In ${String(v.days ?? 0)} days the service will be cancelled and its documents deleted. Reactivate it to keep them.`,
    }),
    AUTO_RENEW_FAILED: (v: EmailVars): Email => ({
      subject: `Automatic renewal of ${v.serviceUsername} failed`,
      text: `Dear ${v.holderName},\n\nwe could not renew ${v.serviceUsername} automatically. The service expires on ${v.expiresAt}: renew it by hand from the customer area.`,
    }),
    AUTO_RENEW_CHARGE_FAILED: (v: EmailVars): Email => ({
      subject: `Payment for the renewal of ${v.serviceUsername} declined`,
      text: `Dear ${v.holderName},\n\nthe automatic renewal charge (attempt ${String(v.attempt ?? 1)}) for ${v.serviceUsername} was declined. Auto-renew stays on and we will try again; check your payment method.`,
    }),
    SERVICE_CANCELLED: (v: EmailVars): Email => ({
      subject: `Your service ${v.serviceUsername} has been cancelled`,
      text: `Dear ${v.holderName},\n\nthe grace period of ${v.serviceUsername} ended on ${v.graceEndsAt}. The service is cancelled and its documents have been deleted.`,
    }),
  },
  webhookEmails: {
    disabled: (v: { holderName: string; url: string; failures: number }): Email => ({
      subject: 'A webhook endpoint of your account was disabled',
      text: `Dear ${v.holderName},\n\nthe webhook endpoint ${v.url} failed ${String(v.failures)} deliveries in a row and has been disabled. Events are no longer sent to it. Fix the receiver, then enable the endpoint again from the customer area (updateWebhookEndpoint) and redeliver the events you need.`,
    }),
  },
  operatorAlerts: {
    PAYMENT_MISMATCH: (v: OperatorAlertVars): Email => ({
      subject: `Payment for order ${v.orderNumber} does not match the order`,
      text: `The payment provider reported payment ${v.reference} of ${v.received} for order ${v.orderNumber}, which asks for ${v.expected}. The payment was not applied: the order still awaits payment. Check the charge with the provider.`,
    }),
    PAID_AFTER_CANCEL: (v: OperatorAlertVars): Email => ({
      subject: `Order ${v.orderNumber} was paid after it was cancelled`,
      text: `The payment provider reported payment ${v.reference} of ${v.received} for order ${v.orderNumber}, which was already cancelled. The payment was not applied and a refund was requested from the provider. Check that the refund is completed.`,
    }),
  },
};

export type Catalog = typeof en;
