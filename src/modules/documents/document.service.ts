// Document writes (R8, R10, R13, R14, R1): content-addressed blobs, the storage
// counter updated in the same transaction under a row lock (no overshoot under
// concurrency), and the restricted-mode gates of the domain.
import { recordEvents } from '../../shared/events.js';
import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient, Document } from '../../generated/prisma/client.js';
import type { DocumentKind } from '../../generated/prisma/enums.js';
import type { Principal, Scope } from '../../shared/scope.js';
import { canReadDocumentsOf, canWriteDocumentsOf } from '../identity/index.js';
import type { Policy } from '../../shared/domain/policy.js';
import { deriveService, documentPermissions } from '../subscriptions/domain/index.js';
import { boughtBytes, exceedsDocumentSize, wouldExceedQuota } from '../subscriptions/domain/index.js';
import { ForbiddenError, InvalidInputError, NONE, NotFoundError, notFound } from '../../shared/errors.js';
import { adjustCounter, loadServiceFacts, lockCounter, type LoadedService } from '../subscriptions/index.js';
import {
  DocumentTooLargeError,
  EditionNotAllowedError,
  RestrictedModeError,
  ServiceNotActiveError,
  StorageQuotaExceededError,
} from './errors.js';

export const DOC_TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/**
 * In-process queue per service: writes of one service wait here (without
 * holding a database connection) instead of queueing on the counter row lock,
 * which stays the guarantee across instances.
 */
const queues = new Map<string, Promise<unknown>>();

export function serialized<T>(serviceId: string, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(serviceId) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(serviceId, tail);
  void tail.then(() => {
    if (queues.get(serviceId) === tail) queues.delete(serviceId);
  });
  return run;
}

export interface AttachmentInput {
  filename: string;
  contentType: string;
  contentBase64: string;
}

interface DecodedPart {
  sha256: string;
  bytes: Buffer;
}

interface DecodedAttachment extends DecodedPart {
  filename: string;
  contentType: string;
}

/** True for a character of the base64 alphabet (A-Z a-z 0-9 + /). */
function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/**
 * Bytes a strict base64 text (no whitespace, proper padding) decodes to, or
 * null when it is not strict base64: computed from the length and the padding
 * with one linear scan (no regular expression), before anything is decoded.
 */
export function base64DecodedLength(value: string): number | null {
  const n = value.length;
  if (n % 4 !== 0) return null;
  let pad = 0;
  if (n > 0 && value.charCodeAt(n - 1) === 61) pad = value.charCodeAt(n - 2) === 61 ? 2 : 1;
  for (let i = 0; i < n - pad; i++) {
    if (!isBase64Char(value.charCodeAt(i))) return null;
  }
  return (n / 4) * 3 - pad;
}

/** The decoded size of a strict, non-empty base64 content, or InvalidInput on `field`. */
function contentSize(value: string, field: string[]): number {
  const size = base64DecodedLength(value);
  if (size === null) throw new InvalidInputError({ say: (m) => m.errors.contentNotBase64() }, field);
  if (size === 0) throw new InvalidInputError({ say: (m) => m.errors.contentEmpty() }, field);
  return size;
}

/** Decodes a content whose size was checked (contentSize) to bytes and their SHA-256. */
function decodeContent(value: string): DecodedPart {
  const bytes = Buffer.from(value, 'base64');
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * A MIME type as it may be stored and sent back in a Content-Type header:
 * printable ASCII only (no CR, LF or other control characters), `type/subtype`
 * with optional `; parameters`, at most 255 characters (one linear scan).
 */
export function isContentType(value: string): boolean {
  if (value.length === 0 || value.length > 255) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  const semicolon = value.indexOf(';');
  const mime = (semicolon < 0 ? value : value.slice(0, semicolon)).trim();
  const slash = mime.indexOf('/');
  return slash > 0 && slash < mime.length - 1 && !mime.includes(' ') && !mime.includes('/', slash + 1);
}

/** The trimmed content type, or InvalidInput on `field`. */
export function requireContentType(value: string, field: string[]): string {
  const text = value.trim();
  if (!isContentType(text)) throw new InvalidInputError({ say: (m) => m.errors.contentTypeInvalid() }, field);
  return text;
}

/**
 * Checks the content and attachments of a write before anything is decoded:
 * base64 and content types (InvalidInput), then their total size against the
 * policy (DocumentTooLarge). `content` null: the content is not replaced.
 */
function checkContents(content: string | null, attachments: readonly AttachmentInput[] | null | undefined, policy: Policy): void {
  let size = content !== null ? contentSize(content, ['input', 'contentBase64']) : 0;
  (attachments ?? []).forEach((a, i) => {
    requireContentType(a.contentType, ['input', 'attachments', String(i), 'contentType']);
    size += contentSize(a.contentBase64, ['input', 'attachments', String(i), 'contentBase64']);
  });
  if (exceedsDocumentSize(size, policy)) throw new DocumentTooLargeError({ maxBytes: policy.maxDocumentBytes });
}

function decodeAttachments(list: readonly AttachmentInput[]): DecodedAttachment[] {
  return list.map((a) => ({ ...decodeContent(a.contentBase64), filename: a.filename, contentType: a.contentType.trim() }));
}

function totalSize(content: DecodedPart, attachments: readonly DecodedPart[]): number {
  return attachments.reduce((s, a) => s + a.bytes.length, content.bytes.length);
}

/**
 * Stores blobs once per sha256. The upsert takes a row lock on an existing blob
 * so that a concurrent garbage collection cannot remove it before we commit.
 */
async function storeBlobs(tx: Prisma.TransactionClient, parts: readonly DecodedPart[]): Promise<void> {
  const seen = new Set<string>();
  for (const p of parts) {
    if (seen.has(p.sha256)) continue;
    seen.add(p.sha256);
    await tx.$executeRaw`INSERT INTO "Blob" ("sha256", "content", "sizeBytes", "createdAt") VALUES (${p.sha256}, ${p.bytes}, ${p.bytes.length}, now())
      ON CONFLICT ("sha256") DO UPDATE SET "sizeBytes" = EXCLUDED."sizeBytes"`;
  }
}

/** Deletes the given blobs when no document or attachment refers to them any more. */
export async function collectBlobs(tx: Prisma.TransactionClient, shas: readonly string[]): Promise<number> {
  const unique = [...new Set(shas)];
  if (unique.length === 0) return 0;
  await tx.$queryRaw`SELECT "sha256" FROM "Blob" WHERE "sha256" = ANY(${unique}::text[]) FOR UPDATE`;
  return tx.$executeRaw`DELETE FROM "Blob" b WHERE b."sha256" = ANY(${unique}::text[])
    AND NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."contentSha256" = b."sha256")
    AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."blobSha256" = b."sha256")`;
}

type Gate = 'WRITE' | 'RECEIVE' | 'DELETE';

/** Applies R1, R5/R6, R10, R14 to a write of `delta` bytes of `kind`. */
function checkGate(service: LoadedService, gate: Gate, kind: DocumentKind, delta: number, now: Date, policy: Policy): void {
  const state = deriveService(service.facts, now, policy);
  const perms = documentPermissions(state);
  if (state.status === 'PENDING' || state.status === 'CANCELLED') throw new ServiceNotActiveError({ status: state.status });
  if (gate === 'DELETE') return;
  if (gate === 'RECEIVE') {
    if (!perms.canReceiveInvoices) throw new ServiceNotActiveError({ status: state.status });
    return;
  }
  if (kind === 'INVOICE_SENT' && service.edition === 'RECEIVE_ONLY') throw new EditionNotAllowedError(NONE);
  if (!perms.canWrite) throw new RestrictedModeError({ reasons: state.reasons });
  if (delta > 0 && wouldExceedQuota(service.facts.usedBytes, delta, service.facts.boughtGb, policy)) {
    throw new StorageQuotaExceededError({
      usedBytes: service.facts.usedBytes,
      boughtBytes: boughtBytes(service.facts.boughtGb, policy),
      requiredBytes: delta,
    });
  }
}

/** Locks the counter, then reads the facts (so usage is the committed, serialized value). */
async function lockedService(tx: Prisma.TransactionClient, serviceId: string, now: Date, policy: Policy): Promise<LoadedService> {
  await lockCounter(tx, serviceId);
  const service = await loadServiceFacts(tx, serviceId, now, policy);
  if (!service) throw notFound('Service', 'serviceId');
  return service;
}

export interface CreateDocumentInput {
  serviceId: string;
  kind: DocumentKind;
  number: string;
  title?: string | null | undefined;
  contentBase64: string;
  contentType?: string | null | undefined;
  attachments?: readonly AttachmentInput[] | null | undefined;
}

type Env = Pick<Scope, 'prisma' | 'principal' | 'now' | 'policy'>;

const WRITE = [
  NotFoundError,
  ForbiddenError,
  ServiceNotActiveError,
  RestrictedModeError,
  StorageQuotaExceededError,
  EditionNotAllowedError,
  DocumentTooLargeError,
] as const;

/** The refusals of each document use case (the mutation payload unions are built from these). */
export const refusals = {
  writeDocument: WRITE,
  deleteDocument: [NotFoundError, ForbiddenError, ServiceNotActiveError],
  receiveInvoice: [NotFoundError, ForbiddenError, ServiceNotActiveError, DocumentTooLargeError],
} as const;

/** createDocument: holders (their services) and panel users (their service). Received invoices come from SDI. */
export async function createDocument(env: Env, input: CreateDocumentInput): Promise<Document> {
  const { prisma, principal, now, policy } = env;
  if (input.kind === 'INVOICE_RECEIVED') {
    throw new InvalidInputError({ say: (m) => m.errors.receivedInvoicesFromSdi() }, ['input', 'kind']);
  }
  const owner = await prisma.service.findUnique({ where: { id: input.serviceId }, select: { id: true, accountId: true } });
  if (!owner || !canWriteDocumentsOf(principal, owner)) throw notFound('Service', 'serviceId');
  const contentType = input.contentType != null ? requireContentType(input.contentType, ['input', 'contentType']) : 'application/xml';
  checkContents(input.contentBase64, input.attachments, policy);
  const content = decodeContent(input.contentBase64);
  const attachments = decodeAttachments(input.attachments ?? []);
  const size = totalSize(content, attachments);
  return serialized(input.serviceId, () =>
    prisma.$transaction(async (tx) => {
      const service = await lockedService(tx, input.serviceId, now, policy);
      if (!canWriteDocumentsOf(principal, service)) throw notFound('Service', 'serviceId');
      checkGate(service, 'WRITE', input.kind, size, now, policy);
      await storeBlobs(tx, [content, ...attachments]);
      const doc = await tx.document.create({
        data: {
          serviceId: service.id,
          kind: input.kind,
          number: input.number,
          title: input.title ?? '',
          contentType,
          contentSha256: content.sha256,
          sizeBytes: size,
          createdBy: principalId(principal),
          createdAt: now,
          updatedAt: now,
          attachments: {
            create: attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              blobSha256: a.sha256,
              sizeBytes: a.bytes.length,
              createdAt: now,
            })),
          },
        },
      });
      await adjustCounter(tx, service.id, input.kind, size);
      return doc;
    }, DOC_TX_OPTIONS),
  );
}

function principalId(principal: Principal | null): string | null {
  switch (principal?.type) {
    case 'HOLDER':
      return `HOLDER:${principal.accountId}`;
    case 'PANEL_USER':
      return `PANEL_USER:${principal.panelUserId}`;
    case 'OPERATOR':
      return `OPERATOR:${principal.operatorId}`;
    default:
      return null;
  }
}

/** The document if the principal may write it (holder: own account; panel user: own service). */
async function writableDocument(prisma: PrismaClient | Prisma.TransactionClient, principal: Principal | null, documentId: string) {
  const doc = await prisma.document.findUnique({ where: { id: documentId }, include: { service: { select: { accountId: true } } } });
  return doc && canWriteDocumentsOf(principal, { id: doc.serviceId, accountId: doc.service.accountId }) ? doc : null;
}

export interface UpdateDocumentInput {
  documentId: string;
  number?: string | null | undefined;
  title?: string | null | undefined;
  contentBase64?: string | null | undefined;
  contentType?: string | null | undefined;
  /** When given, replaces all attachments. */
  attachments?: readonly AttachmentInput[] | null | undefined;
}

/** updateDocument: same gates as a write (R14); growth is checked against the quota (R10). */
export async function updateDocument(env: Env, input: UpdateDocumentInput): Promise<Document> {
  const { prisma, principal, now, policy } = env;
  const found = await writableDocument(prisma, principal, input.documentId);
  if (!found) throw notFound('Document', 'documentId');
  const contentType = input.contentType != null ? requireContentType(input.contentType, ['input', 'contentType']) : null;
  // The parts given are checked before decoding; the total with the parts kept is checked below.
  checkContents(input.contentBase64 ?? null, input.attachments, policy);
  const content = input.contentBase64 != null ? decodeContent(input.contentBase64) : null;
  const newAttachments = input.attachments != null ? decodeAttachments(input.attachments) : null;
  return serialized(found.serviceId, () =>
    prisma.$transaction(async (tx) => {
      const service = await lockedService(tx, found.serviceId, now, policy);
      const doc = await tx.document.findUnique({ where: { id: input.documentId }, include: { attachments: true } });
      if (!doc) throw notFound('Document', 'documentId');
      const contentSize = content ? content.bytes.length : doc.sizeBytes - doc.attachments.reduce((s, a) => s + a.sizeBytes, 0);
      const attachmentsSize = newAttachments
        ? newAttachments.reduce((s, a) => s + a.bytes.length, 0)
        : doc.attachments.reduce((s, a) => s + a.sizeBytes, 0);
      const size = contentSize + attachmentsSize;
      if (exceedsDocumentSize(size, policy)) throw new DocumentTooLargeError({ maxBytes: policy.maxDocumentBytes });
      const delta = size - doc.sizeBytes;
      checkGate(service, 'WRITE', doc.kind, delta, now, policy);
      await storeBlobs(tx, [...(content ? [content] : []), ...(newAttachments ?? [])]);
      const released: string[] = [];
      if (content && content.sha256 !== doc.contentSha256) released.push(doc.contentSha256);
      if (newAttachments) {
        released.push(...doc.attachments.map((a) => a.blobSha256));
        await tx.attachment.deleteMany({ where: { documentId: doc.id } });
        await tx.attachment.createMany({
          data: newAttachments.map((a) => ({
            documentId: doc.id,
            filename: a.filename,
            contentType: a.contentType,
            blobSha256: a.sha256,
            sizeBytes: a.bytes.length,
            createdAt: now,
          })),
        });
      }
      const updated = await tx.document.update({
        where: { id: doc.id },
        data: {
          ...(input.number != null ? { number: input.number } : {}),
          ...(input.title != null ? { title: input.title } : {}),
          ...(contentType !== null ? { contentType } : {}),
          ...(content ? { contentSha256: content.sha256 } : {}),
          sizeBytes: size,
          updatedAt: now,
        },
      });
      await adjustCounter(tx, service.id, doc.kind, delta);
      await collectBlobs(tx, released);
      return updated;
    }, DOC_TX_OPTIONS),
  );
}

/** deleteDocument: allowed in restricted mode (frees space, R10/R13); frees the counter and unreferenced blobs. */
export async function deleteDocument(
  env: Env,
  input: { documentId: string },
): Promise<{ id: string; serviceId: string; freedBytes: number }> {
  const { documentId } = input;
  const { prisma, principal, now, policy } = env;
  const found = await writableDocument(prisma, principal, documentId);
  if (!found) throw notFound('Document', 'documentId');
  return serialized(found.serviceId, () =>
    prisma.$transaction(async (tx) => {
      const service = await lockedService(tx, found.serviceId, now, policy);
      checkGate(service, 'DELETE', found.kind, 0, now, policy);
      const doc = await tx.document.findUnique({ where: { id: documentId }, include: { attachments: true } });
      if (!doc) throw notFound('Document', 'documentId');
      await tx.document.delete({ where: { id: doc.id } });
      await adjustCounter(tx, service.id, doc.kind, -doc.sizeBytes);
      await collectBlobs(tx, [doc.contentSha256, ...doc.attachments.map((a) => a.blobSha256)]);
      return { id: doc.id, serviceId: doc.serviceId, freedBytes: doc.sizeBytes };
    }, DOC_TX_OPTIONS),
  );
}

export interface ReceiveInvoiceInput {
  serviceId: string;
  number: string;
  contentBase64: string;
  sdiId?: string | null | undefined;
}

/**
 * R14: a received invoice is accepted while the service is ACTIVE or SUSPENDED,
 * even past 100%. Idempotent by SDI id: the same id stores nothing twice.
 */
export async function receiveInvoice(scope: Scope, input: ReceiveInvoiceInput): Promise<{ document: Document; duplicate: boolean }> {
  const { prisma, now, policy } = scope;
  const createdBy = scope.actor.type ? `${scope.actor.type}:${scope.actor.id ?? ''}` : scope.actor.id;
  const exists = await prisma.service.findUnique({ where: { id: input.serviceId }, select: { id: true } });
  if (!exists) throw notFound('Service', 'serviceId');
  checkContents(input.contentBase64, null, policy);
  const content = decodeContent(input.contentBase64);
  const size = content.bytes.length;
  return serialized(input.serviceId, () =>
    prisma.$transaction(async (tx) => {
      const service = await lockedService(tx, input.serviceId, now, policy);
      if (input.sdiId) {
        const prior = await tx.document.findUnique({ where: { serviceId_externalId: { serviceId: service.id, externalId: input.sdiId } } });
        if (prior) return { document: prior, duplicate: true };
      }
      checkGate(service, 'RECEIVE', 'INVOICE_RECEIVED', size, now, policy);
      await storeBlobs(tx, [content]);
      const document = await tx.document.create({
        data: {
          serviceId: service.id,
          kind: 'INVOICE_RECEIVED',
          number: input.number,
          contentType: 'application/xml',
          contentSha256: content.sha256,
          sizeBytes: size,
          externalId: input.sdiId ?? null,
          createdBy,
          createdAt: now,
          updatedAt: now,
        },
      });
      await adjustCounter(tx, service.id, 'INVOICE_RECEIVED', size);
      await recordEvents(tx, [{ dedupKey: `document:${document.id}`, type: 'document.received', serviceId: service.id }], now);
      return { document, duplicate: false };
    }, DOC_TX_OPTIONS),
  );
}

/** The content of a document visible to the principal (same visibility as reads), or null. */
export async function documentContent(
  scope: Pick<Scope, 'prisma' | 'principal'>,
  input: { documentId: string },
): Promise<{ bytes: Buffer; contentType: string; number: string } | null> {
  const { prisma, principal } = scope;
  const { documentId } = input;
  if (!principal) return null;
  const doc = await prisma.document.findUnique({
    where: { id: documentId },
    include: { blob: true, service: { select: { accountId: true } } },
  });
  if (!doc) return null;
  if (!canReadDocumentsOf(principal, { id: doc.serviceId, accountId: doc.service.accountId })) return null;
  return { bytes: Buffer.from(doc.blob.content), contentType: doc.contentType, number: doc.number };
}

/** Deletes every document of a service and zeroes its counter (R6 cancellation); GC of their blobs. */
export async function deleteAllDocuments(tx: Prisma.TransactionClient, serviceId: string): Promise<number> {
  await lockCounter(tx, serviceId);
  const docs = await tx.document.findMany({
    where: { serviceId },
    select: { contentSha256: true, attachments: { select: { blobSha256: true } } },
  });
  const shas = docs.flatMap((d) => [d.contentSha256, ...d.attachments.map((a) => a.blobSha256)]);
  const { count } = await tx.document.deleteMany({ where: { serviceId } });
  await tx.storageCounter.update({
    where: { serviceId },
    data: {
      usedBytes: 0n,
      invoicesSentBytes: 0n,
      invoicesReceivedBytes: 0n,
      documentsBytes: 0n,
      installmentsBytes: 0n,
      electronicOrdersBytes: 0n,
    },
  });
  await collectBlobs(tx, shas);
  return count;
}
