// Typed refusals of document writes (R10, R13, R14, R1).
import { UserError } from '../../shared/errors.js';
import type { RestrictionReason, ServiceStatus } from '../../shared/domain/types.js';

/** R14: the service is in restricted mode; sent invoices and other documents cannot be written. */
export class RestrictedModeError extends UserError {
  readonly code = 'RESTRICTED_MODE';
  readonly reasons: RestrictionReason[];

  constructor(reasons: RestrictionReason[]) {
    const list = reasons.join(', ');
    super({
      en: `The service is in restricted mode (${list}): documents can be read, downloaded and deleted but not created or edited`,
      it: `Il servizio è in modalità limitata (${list}): i documenti si possono leggere, scaricare ed eliminare ma non creare o modificare`,
    });
    this.reasons = reasons;
  }
}

/** R10: the write would take usage beyond the storage bought. */
export class StorageQuotaExceededError extends UserError {
  readonly code = 'STORAGE_QUOTA_EXCEEDED';
  readonly usedBytes: number;
  readonly boughtBytes: number;
  readonly requiredBytes: number;

  constructor(usedBytes: number, boughtBytes: number, requiredBytes: number) {
    super(
      {
        en: 'Not enough storage: buy more storage or delete documents',
        it: 'Spazio insufficiente: acquista altro spazio o elimina dei documenti',
      },
      ['input', 'contentBase64'],
    );
    this.usedBytes = usedBytes;
    this.boughtBytes = boughtBytes;
    this.requiredBytes = requiredBytes;
  }
}

/** R1: a "Solo Ricezione" service cannot create sent invoices. */
export class EditionNotAllowedError extends UserError {
  readonly code = 'EDITION_NOT_ALLOWED';

  constructor() {
    super(
      {
        en: 'A receive-only service cannot send invoices',
        it: 'Un servizio Solo Ricezione non può inviare fatture',
      },
      ['input', 'kind'],
    );
  }
}

/** R5, R6: a PENDING or CANCELLED service accepts no document writes. */
export class ServiceNotActiveError extends UserError {
  readonly code = 'SERVICE_NOT_ACTIVE';
  readonly status: ServiceStatus;

  constructor(status: ServiceStatus) {
    super({
      en: status === 'PENDING' ? 'The service is not active yet: the first purchase is unpaid' : 'The service is cancelled',
      it: status === 'PENDING' ? 'Il servizio non è ancora attivo: il primo acquisto non è pagato' : 'Il servizio è cessato',
    });
    this.status = status;
  }
}

/** One document (content plus attachments) is larger than `policy.maxDocumentBytes`. */
export class DocumentTooLargeError extends UserError {
  readonly code = 'DOCUMENT_TOO_LARGE';
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(
      { en: `The document is larger than ${maxBytes} bytes`, it: `Il documento supera ${maxBytes} byte` },
      ['input', 'contentBase64'],
    );
    this.maxBytes = maxBytes;
  }
}
