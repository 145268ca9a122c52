// Document writes (R8, R10, R13, R14, R1): createDocument, updateDocument,
// deleteDocument, receiveInvoice; plus attachments and download fields of Document.
import { z } from 'zod';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../../builder.js';
import { createDocument, deleteDocument, receiveInvoice, refusals, updateDocument } from '../document.service.js';
import { reconcileStorage } from '../../subscriptions/index.js';
import { DocumentRef } from './document.js';
import { DocumentKindEnum } from '../../../shared/schema/enums.js';
import { localId, requireId } from '../../../shared/global-id.js';
import { SCHEMA_LIMITS } from '../../../shared/limits.js';

// ---------------------------------------------------------------- Document fields

builder.prismaObject('Attachment', {
  description: 'A file attached to a document; its bytes count as usage.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Identifier of the attachment within its document.' }),
    filename: t.exposeString('filename', { description: 'File name.' }),
    contentType: t.exposeString('contentType', { description: 'MIME type.' }),
    sizeBytes: t.exposeInt('sizeBytes', { description: 'Size in bytes.' }),
    contentBase64: t.string({
      description: 'The attachment content, base64.',
      complexity: SCHEMA_LIMITS.attachmentContentComplexity,
      select: { blob: { select: { content: true } } },
      resolve: (a) => Buffer.from(a.blob.content).toString('base64'),
    }),
  }),
});

builder.prismaObjectFields(DocumentRef, (t) => ({
  attachments: t.relation('attachments', {
    description: 'Files attached to the document.',
    query: { orderBy: { createdAt: 'asc' } },
  }),
  sdiId: t.exposeString('externalId', {
    nullable: true,
    description: 'Identifier given by the exchange system (SDI), for received invoices.',
  }),
  downloadUrl: t.string({
    description: 'Path of the content download (GET with the same bearer token): /documents/content?id=<global ID>.',
    resolve: (doc) => `/documents/content?id=${encodeURIComponent(encodeGlobalID('Document', doc.id))}`,
  }),
  contentBase64: t.string({
    description: 'The document content, base64 (readable and downloadable also in restricted mode).',
    complexity: SCHEMA_LIMITS.contentComplexity,
    select: { blob: { select: { content: true } } },
    resolve: (doc) => Buffer.from(doc.blob.content).toString('base64'),
  }),
}));

// ---------------------------------------------------------------- inputs

const base64 = z.string().max(20_000_000);

const AttachmentInput = builder.inputType('DocumentAttachmentInput', {
  description: 'A file attached to a document.',
  fields: (t) => ({
    filename: t.string({ description: 'File name.', validate: z.string().trim().min(1).max(255) }),
    contentType: t.string({ description: 'MIME type.', validate: z.string().trim().min(1).max(255) }),
    contentBase64: t.string({ description: 'Content, base64 (not empty).', validate: base64 }),
  }),
});

const CreateDocumentInput = builder.inputType('CreateDocumentInput', {
  description: 'A new document of a service (not a received invoice: those arrive from SDI).',
  fields: (t) => ({
    serviceId: t.id({ description: 'Global ID of the service.' }),
    kind: t.field({ type: DocumentKindEnum, description: 'Kind of document (INVOICE_RECEIVED is refused: use receiveInvoice).' }),
    number: t.string({ description: 'Document number.', validate: z.string().trim().min(1).max(100) }),
    title: t.string({ required: false, description: 'Title.', validate: z.string().max(500) }),
    contentBase64: t.string({ description: 'Content, base64 (not empty, at most the policy maximum).', validate: base64 }),
    contentType: t.string({
      required: false,
      description: 'MIME type of the content (default application/xml).',
      validate: z.string().trim().min(1).max(255),
    }),
    attachments: t.field({
      type: [AttachmentInput],
      required: false,
      description: 'Attached files.',
      validate: z.array(z.unknown()).max(20),
    }),
  }),
});

const UpdateDocumentInput = builder.inputType('UpdateDocumentInput', {
  description: 'Changes to a document; omitted fields stay as they are.',
  fields: (t) => ({
    documentId: t.id({ description: 'Global ID of the document.' }),
    number: t.string({ required: false, description: 'New number.', validate: z.string().trim().min(1).max(100) }),
    title: t.string({ required: false, description: 'New title.', validate: z.string().max(500) }),
    contentBase64: t.string({ required: false, description: 'New content, base64.', validate: base64 }),
    contentType: t.string({ required: false, description: 'New MIME type.', validate: z.string().trim().min(1).max(255) }),
    attachments: t.field({
      type: [AttachmentInput],
      required: false,
      description: 'Replaces all attachments when given.',
      validate: z.array(z.unknown()).max(20),
    }),
  }),
});

const DeleteDocumentInput = builder.inputType('DeleteDocumentInput', {
  description: 'The document to delete.',
  fields: (t) => ({
    documentId: t.id({ description: 'Global ID of the document.' }),
  }),
});

const ReceiveInvoiceInput = builder.inputType('ReceiveInvoiceInput', {
  description: 'An invoice received from the exchange system (SDI).',
  fields: (t) => ({
    serviceId: t.id({ description: 'Global ID of the receiving service.' }),
    number: t.string({ description: 'Invoice number.', validate: z.string().trim().min(1).max(100) }),
    contentBase64: t.string({ description: 'Invoice XML, base64.', validate: base64 }),
    sdiId: t.string({
      required: false,
      description: 'SDI identifier: receiving the same one again stores nothing twice.',
      validate: z.string().trim().min(1).max(200),
    }),
  }),
});

// ---------------------------------------------------------------- payloads

const documentSuccess = (name: string, description: string) =>
  builder.simpleObject(name, {
    description,
    fields: (t) => ({ document: t.field({ type: DocumentRef, description: 'The document.' }) }),
  });

const CreateDocumentSuccess = documentSuccess('CreateDocumentSuccess', 'The stored document.');
const UpdateDocumentSuccess = documentSuccess('UpdateDocumentSuccess', 'The updated document.');

const DeleteDocumentSuccess = builder.simpleObject('DeleteDocumentSuccess', {
  description: 'The document is deleted and its space freed.',
  fields: (t) => ({
    deletedDocumentId: t.id({ description: 'Global ID of the deleted document.' }),
    freedBytes: t.field({ type: 'BigInt', description: 'Bytes freed (leaving STORAGE_FULL is immediate).' }),
  }),
});

const ReceiveInvoiceSuccess = builder.simpleObject('ReceiveInvoiceSuccess', {
  description: 'The received invoice.',
  fields: (t) => ({
    document: t.field({ type: DocumentRef, description: 'The stored invoice.' }),
    duplicate: t.boolean({ description: 'True when this SDI id had already been received (nothing stored again).' }),
  }),
});

builder.mutationField('createDocument', (t) =>
  t.field({
    type: CreateDocumentSuccess,
    description:
      'Stores a document (sent invoice, document, installment, electronic order) for a service: holders for their services, panel users for theirs. Refused in restricted mode, beyond the storage bought, for sent invoices of RECEIVE_ONLY services.',
    authScopes: { holder: true, panelUser: true },
    args: { input: t.arg({ type: CreateDocumentInput, required: true, description: 'The document.' }) },
    errors: { types: [...refusals.writeDocument] },
    resolve: async (_root, { input }, ctx) => {
      const document = await createDocument(ctx, { ...input, serviceId: requireId(input.serviceId, 'Service', 'serviceId') });
      return { document };
    },
  }),
);

builder.mutationField('updateDocument', (t) =>
  t.field({
    type: UpdateDocumentSuccess,
    description: 'Changes a document; same gates as createDocument.',
    authScopes: { holder: true, panelUser: true },
    args: { input: t.arg({ type: UpdateDocumentInput, required: true, description: 'The changes.' }) },
    errors: { types: [...refusals.writeDocument] },
    resolve: async (_root, { input }, ctx) => {
      const document = await updateDocument(ctx, { ...input, documentId: requireId(input.documentId, 'Document', 'documentId') });
      return { document };
    },
  }),
);

builder.mutationField('deleteDocument', (t) =>
  t.field({
    type: DeleteDocumentSuccess,
    description: 'Deletes a document and frees its space; allowed also in restricted mode.',
    authScopes: { holder: true, panelUser: true },
    args: { input: t.arg({ type: DeleteDocumentInput, required: true, description: 'The document.' }) },
    errors: { types: [...refusals.deleteDocument] },
    resolve: async (_root, { input }, ctx) => {
      const out = await deleteDocument(ctx, { documentId: requireId(input.documentId, 'Document', 'documentId') });
      return { deletedDocumentId: encodeGlobalID('Document', out.id), freedBytes: out.freedBytes };
    },
  }),
);

builder.mutationField('receiveInvoice', (t) =>
  t.field({
    type: ReceiveInvoiceSuccess,
    description: 'Operator: stores an invoice received from SDI. Accepted in restricted mode, even past 100%; idempotent by sdiId.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: ReceiveInvoiceInput, required: true, description: 'The invoice.' }) },
    errors: { types: [...refusals.receiveInvoice] },
    resolve: (_root, { input }, ctx) =>
      receiveInvoice(ctx, {
        serviceId: requireId(input.serviceId, 'Service', 'serviceId'),
        number: input.number,
        contentBase64: input.contentBase64,
        sdiId: input.sdiId,
      }),
  }),
);

// ---------------------------------------------------------------- reconciliation

const StorageMismatchRef = builder.simpleObject('StorageMismatch', {
  description: 'A storage counter column that differs from the sum of document sizes.',
  fields: (t) => ({
    serviceId: t.id({ description: 'Global ID of the service.' }),
    column: t.string({ description: 'Counter column (usedBytes or a category column).' }),
    counterBytes: t.field({ type: 'BigInt', description: 'Value of the counter.' }),
    actualBytes: t.field({ type: 'BigInt', description: 'Sum of document sizes.' }),
  }),
});

builder.queryField('storageReconciliation', (t) =>
  t.field({
    type: [StorageMismatchRef],
    description: 'Operator: storage counters that differ from the sum of stored document sizes (empty when all agree).',
    authScopes: { operator: true },
    args: { serviceId: t.arg.id({ required: false, description: 'Only this service (global ID).' }) },
    resolve: async (_root, args, ctx) => {
      const id = args.serviceId == null ? undefined : (localId(args.serviceId, 'Service') ?? '-');
      const rows = await reconcileStorage(ctx, { serviceId: id });
      return rows.map((r) => ({ ...r, serviceId: encodeGlobalID('Service', r.serviceId) }));
    },
  }),
);
