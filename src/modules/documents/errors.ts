// Refusals of document writes (R1, R5, R6, R8, R10, R14), each defined once
// (class, code, field, messages, GraphQL type).
import { defineError } from '../../shared/errors.js';
import type { RestrictionReason, ServiceStatus } from '../../shared/domain/types.js';

/** R14: the service is in restricted mode; sent invoices and other documents cannot be written. */
export const RestrictedModeError = defineError<{ reasons: RestrictionReason[] }>({
  name: 'RestrictedMode',
  code: 'RESTRICTED_MODE',
  description:
    'The service is in restricted mode; sent invoices and other documents cannot be created or edited (reading, downloading and deleting still work).',
  field: null,
  message: (m, d) => m.errors.restrictedMode(d),
  graphql: { reasons: { type: '[RestrictionReason]', description: 'Why the service is restricted.' } },
});

/** R10: the write would take usage beyond the storage bought. */
export const StorageQuotaExceededError = defineError<{ usedBytes: number; boughtBytes: number; requiredBytes: number }>({
  name: 'StorageQuotaExceeded',
  code: 'STORAGE_QUOTA_EXCEEDED',
  description: 'The write would take usage beyond the storage bought; buy storage or delete documents.',
  field: ['input', 'contentBase64'],
  message: (m) => m.errors.storageQuotaExceeded(),
  graphql: {
    usedBytes: { type: 'BigInt', description: 'Bytes used now.' },
    boughtBytes: { type: 'BigInt', description: 'Bytes bought.' },
    requiredBytes: { type: 'BigInt', description: 'Additional bytes the write needs.' },
  },
});

/** R1: a "Solo Ricezione" service cannot create sent invoices. */
export const EditionNotAllowedError = defineError({
  name: 'EditionNotAllowed',
  code: 'EDITION_NOT_ALLOWED',
  description: 'A RECEIVE_ONLY service cannot create sent invoices.',
  field: ['input', 'kind'],
  message: (m) => m.errors.editionNotAllowed(),
});

/** R5, R6: a PENDING or CANCELLED service accepts no document writes. */
export const ServiceNotActiveError = defineError<{ status: ServiceStatus }>({
  name: 'ServiceNotActive',
  code: 'SERVICE_NOT_ACTIVE',
  description: 'The service is PENDING or CANCELLED and accepts no document writes.',
  field: null,
  message: (m, d) => m.errors.serviceNotActive(d),
  graphql: { status: { type: 'ServiceStatus', description: 'Status of the service.' } },
});

/** One document (content plus attachments) is larger than `policy.maxDocumentBytes`. */
export const DocumentTooLargeError = defineError<{ maxBytes: number }>({
  name: 'DocumentTooLarge',
  code: 'DOCUMENT_TOO_LARGE',
  description: 'The document (content plus attachments) is larger than the policy allows.',
  field: ['input', 'contentBase64'],
  message: (m, d) => m.errors.documentTooLarge(d),
  graphql: { maxBytes: { type: 'Int', description: 'Largest size accepted, in bytes.' } },
});
