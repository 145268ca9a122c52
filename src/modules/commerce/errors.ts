// Typed refusals of carts, checkout, orders and payments (R12, R16-R26).
// Each class becomes a GraphQL type in src/schema/commerce-errors.ts.
import { UserError } from '../../shared/errors.js';
import type { ActionBlockCode } from '../subscriptions/domain/service.js';
import type { ModuleCode, ServiceAction } from '../../shared/domain/types.js';

/** A cart purpose that the service does not offer now (R4, R6, R14). */
export class ActionNotAvailableError extends UserError {
  readonly code = 'ACTION_NOT_AVAILABLE';
  constructor(
    readonly action: ServiceAction,
    readonly reasonCode: ActionBlockCode,
    reason: string,
  ) {
    super({ en: `${action} is not available: ${reason}`, it: `${action} non disponibile: ${IT_BLOCK[reasonCode]}` }, ['input', 'purpose']);
  }
}

const IT_BLOCK: Record<ActionBlockCode, string> = {
  PENDING_FIRST_PAYMENT: 'il primo acquisto non è ancora stato pagato.',
  CANCELLED: 'il servizio è cessato.',
  AUTO_RENEW_ON: 'il rinnovo automatico è attivo: disattivalo per rinnovare manualmente.',
  IN_GRACE_PERIOD: 'il servizio è scaduto: è possibile solo riattivarlo.',
  NOT_IN_GRACE_PERIOD: 'la riattivazione è possibile solo dopo la scadenza, nel periodo di tolleranza.',
};

/** R12: storage cannot go below what is used. */
export class QuantityBelowUsedStorageError extends UserError {
  readonly code = 'QUANTITY_BELOW_USED_STORAGE';
  constructor(readonly minQuantity: number) {
    super(
      {
        en: `Storage cannot be lowered below what is used: at least ${minQuantity} additional GB`,
        it: `Lo spazio non può scendere sotto quello occupato: almeno ${minQuantity} GB aggiuntivi`,
      },
      ['input', 'quantity'],
    );
  }
}

/** R16: users cannot go below those configured in the panel. */
export class QuantityBelowConfiguredUsersError extends UserError {
  readonly code = 'QUANTITY_BELOW_CONFIGURED_USERS';
  constructor(readonly minQuantity: number) {
    super(
      {
        en: `There are ${minQuantity} users configured in the panel: delete users there first`,
        it: `Nel pannello sono configurati ${minQuantity} utenti: eliminali prima dal pannello`,
      },
      ['input', 'quantity'],
    );
  }
}

/** A quantity outside what the line allows (negative, too large, lowering where it is not allowed). */
export class InvalidQuantityError extends UserError {
  readonly code = 'INVALID_QUANTITY';
  constructor(
    readonly minQuantity: number,
    readonly maxQuantity: number,
  ) {
    super(
      {
        en: `The quantity must be a whole number between ${minQuantity} and ${maxQuantity}`,
        it: `La quantità deve essere un numero intero tra ${minQuantity} e ${maxQuantity}`,
      },
      ['input', 'quantity'],
    );
  }
}

/** R19: years out of range. */
export class InvalidYearsError extends UserError {
  readonly code = 'INVALID_YEARS';
  constructor(
    readonly minYears: number,
    readonly maxYears: number,
  ) {
    super(
      {
        en: `The duration must be between ${minYears} and ${maxYears} years`,
        it: `La durata deve essere tra ${minYears} e ${maxYears} anni`,
      },
      ['input', 'years'],
    );
  }
}

/** The cart misses a line its purpose needs, or holds one it cannot hold. */
export class CartIncompleteError extends UserError {
  readonly code = 'CART_INCOMPLETE';
  constructor(detail: string) {
    super({ en: `The cart cannot be checked out: ${detail}`, it: `Il carrello non può essere confermato: ${detail}` }, ['input', 'cartId']);
  }
}

/** A module the service already has, in an add-on cart. */
export class ModuleAlreadyBoughtError extends UserError {
  readonly code = 'MODULE_ALREADY_BOUGHT';
  constructor(readonly module: ModuleCode) {
    super({ en: `The module ${module} is already active`, it: `Il modulo ${module} è già attivo` }, ['input', 'module']);
  }
}

/** A module that cannot be added or removed in this cart. */
export class ModuleNotAllowedError extends UserError {
  readonly code = 'MODULE_NOT_ALLOWED';
  constructor(
    readonly module: ModuleCode,
    detail: { en: string; it: string },
  ) {
    super({ en: `${module}: ${detail.en}`, it: `${module}: ${detail.it}` }, ['input', 'module']);
  }
}

/** A cart already checked out cannot change. */
export class CartLockedError extends UserError {
  readonly code = 'CART_LOCKED';
  constructor() {
    super(
      { en: 'The cart has been checked out and can no longer change', it: 'Il carrello è già stato confermato e non può più cambiare' },
      ['input', 'cartId'],
    );
  }
}

/** R21. */
export class ConventionNotFoundError extends UserError {
  readonly code = 'CONVENTION_NOT_FOUND';
  constructor() {
    super({ en: 'Unknown convention code', it: 'Codice convenzione sconosciuto' }, ['input', 'code']);
  }
}

/** R21. */
export class ConventionExpiredError extends UserError {
  readonly code = 'CONVENTION_EXPIRED';
  constructor() {
    super({ en: 'The convention has expired', it: 'La convenzione è scaduta' }, ['input', 'code']);
  }
}

/** R21. */
export class ConventionNotApplicableError extends UserError {
  readonly code = 'CONVENTION_NOT_APPLICABLE';
  constructor() {
    super(
      { en: 'The convention does not apply to this cart or edition', it: 'La convenzione non si applica a questo carrello o edizione' },
      ['input', 'code'],
    );
  }
}

/** R23. */
export class TermsNotAcceptedError extends UserError {
  readonly code = 'TERMS_NOT_ACCEPTED';
  constructor() {
    super(
      { en: 'You must accept the general terms to place the order', it: 'Per confermare l’ordine devi accettare le condizioni generali' },
      ['input', 'acceptTerms'],
    );
  }
}

/** R7. */
export class ConfirmationRequiredError extends UserError {
  readonly code = 'CONFIRMATION_REQUIRED';
  constructor() {
    super({ en: 'Confirm the cancellation with confirm: true', it: 'Conferma l’annullamento con confirm: true' }, ['input', 'confirm']);
  }
}

/** R26. */
export class OrderNotCancellableError extends UserError {
  readonly code = 'ORDER_NOT_CANCELLABLE';
  constructor() {
    super(
      { en: 'Only an order awaiting payment can be cancelled', it: 'Si può annullare solo un ordine in attesa di pagamento' },
      ['input', 'orderId'],
    );
  }
}

/** Payment of a cancelled order (or of an order not awaiting payment). */
export class OrderNotPayableError extends UserError {
  readonly code = 'ORDER_NOT_PAYABLE';
  constructor() {
    super({ en: 'The order is not awaiting payment', it: 'L’ordine non è in attesa di pagamento' }, ['input']);
  }
}

/** R25: a second, different payment for an order already paid. */
export class OrderAlreadyPaidError extends UserError {
  readonly code = 'ORDER_ALREADY_PAID';
  constructor() {
    super({ en: 'The order has already been paid', it: 'L’ordine è già stato pagato' }, ['input', 'orderNumber']);
  }
}

/** The registered amount differs from the order total. */
export class AmountMismatchError extends UserError {
  readonly code = 'AMOUNT_MISMATCH';
  constructor(readonly expectedCents: number) {
    super(
      {
        en: `The amount must equal the order total (${expectedCents} cents)`,
        it: `L’importo deve essere uguale al totale dell’ordine (${expectedCents} centesimi)`,
      },
      ['input', 'amountCents'],
    );
  }
}

/** R3: auto-renew can be switched on only after a card or PayPal payment. */
export class AutoRenewNotAllowedError extends UserError {
  readonly code = 'AUTO_RENEW_NOT_ALLOWED';
  constructor() {
    super(
      {
        en: 'Auto-renew can be switched on only when the last paid order was paid by credit card or PayPal',
        it: 'Il rinnovo automatico si può attivare solo se l’ultimo ordine pagato è stato pagato con carta di credito o PayPal',
      },
      ['input', 'enabled'],
    );
  }
}
