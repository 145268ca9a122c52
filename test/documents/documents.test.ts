import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { webhookHeaders as signSdi } from '../support/webhooks.js';
import { reconcileStorage } from '../../src/modules/subscriptions/storage.service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createOperator, createPanelUser, createService, defined } from '../support/factories.js';
import { CreateDocument, DeleteDocument, ReceiveInvoice, SMALL_POLICY, UpdateDocument, b64, documentGid, serviceGid } from './helpers.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents: storage, blobs, bad input, download, SDI webhook', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  let operatorToken: string;
  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_POLICY });
    operatorToken = (await createOperator(app.prisma)).token;
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
    await app.close();
  });

  const counter = (serviceId: string) => app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId } });

  it('R8: sizeBytes is content plus attachments; the counter and its category are updated; content is stored once per sha256', async () => {
    // given
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now() });
    const content = Buffer.from('<FatturaElettronica>1</FatturaElettronica>');
    // when: two documents with the same content, one with an attachment
    const first = await app.exec(
      CreateDocument,
      {
        input: {
          serviceId: serviceGid(service.id),
          kind: 'INVOICE_SENT',
          number: 'F-1',
          contentBase64: content.toString('base64'),
          attachments: [{ filename: 'a.pdf', contentType: 'application/pdf', contentBase64: b64(100, 'a') }],
        },
      },
      { token },
    );
    const second = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'INSTALLMENT', number: 'R-1', contentBase64: content.toString('base64') } },
      { token },
    );
    // then
    expect(first.data?.createDocument).toMatchObject({
      __typename: 'CreateDocumentSuccess',
      document: {
        sizeBytes: content.length + 100,
        kind: 'INVOICE_SENT',
        attachments: [{ filename: 'a.pdf', sizeBytes: 100, contentBase64: b64(100, 'a') }],
      },
    });
    expect(second.data?.createDocument).toMatchObject({ document: { sizeBytes: content.length } });
    const c = await counter(service.id);
    expect(Number(c.usedBytes)).toBe(2 * content.length + 100);
    expect(Number(c.invoicesSentBytes)).toBe(content.length + 100);
    expect(Number(c.installmentsBytes)).toBe(content.length);
    expect(await app.prisma.blob.count({ where: { sha256: sha(content) } })).toBe(1);
    expect(await reconcileStorage(app, { serviceId: service.id })).toEqual([]);
  });

  it('R8: update re-counts the size, delete frees it and garbage-collects unreferenced blobs', async () => {
    // given
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now() });
    const created = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D-1', contentBase64: b64(300, 'u1') } },
      { token },
    );
    const id = created.data?.createDocument.__typename === 'CreateDocumentSuccess' ? created.data.createDocument.document.id : '';
    // when: the content is replaced by a larger one
    const updated = await app.exec(
      UpdateDocument,
      { input: { documentId: id, contentBase64: b64(500, 'u2'), title: 'Contract' } },
      { token },
    );
    // then
    expect(updated.data?.updateDocument).toMatchObject({
      __typename: 'UpdateDocumentSuccess',
      document: { sizeBytes: 500, title: 'Contract' },
    });
    expect(Number((await counter(service.id)).documentsBytes)).toBe(500);
    expect(await app.prisma.blob.count({ where: { sha256: sha(Buffer.alloc(300, 'u1')) } })).toBe(0);
    // when: deleted
    const del = await app.exec(DeleteDocument, { input: { documentId: id } }, { token });
    // then
    expect(del.data?.deleteDocument).toMatchObject({ __typename: 'DeleteDocumentSuccess', freedBytes: 500 });
    expect(Number((await counter(service.id)).usedBytes)).toBe(0);
    expect(await app.prisma.blob.count({ where: { sha256: sha(Buffer.alloc(500, 'u2')) } })).toBe(0);
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it('refuses oversized, empty and invalid base64 content with typed errors and stores nothing', async () => {
    // given
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), extraStorageGb: 5 });
    const cases: [string, string][] = [
      [b64(5_001), 'DOCUMENT_TOO_LARGE'],
      ['', 'INVALID_INPUT'],
      ['not base64!', 'INVALID_INPUT'],
      ['QUJD=', 'INVALID_INPUT'],
    ];
    for (const [contentBase64, code] of cases) {
      // when
      const res = await app.exec(
        CreateDocument,
        { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D', contentBase64 } },
        { token },
      );
      // then
      expect(res.errors).toBeUndefined();
      expect(res.data?.createDocument).toMatchObject({ code });
    }
    const badAttachment = await app.exec(
      CreateDocument,
      {
        input: {
          serviceId: serviceGid(service.id),
          kind: 'DOCUMENT',
          number: 'D',
          contentBase64: b64(10),
          attachments: [{ filename: 'x', contentType: 'text/plain', contentBase64: '%%%' }],
        },
      },
      { token },
    );
    expect(badAttachment.data?.createDocument).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'attachments', '0', 'contentBase64'],
    });
    const received = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'INVOICE_RECEIVED', number: 'D', contentBase64: b64(10) } },
      { token },
    );
    expect(received.data?.createDocument).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'kind'] });
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(0);
    expect(Number((await counter(service.id)).usedBytes)).toBe(0);
  });

  it('documents of another account or another service are NotFound for writes, deletes and downloads', async () => {
    // given: an owner with a document, a stranger, a panel user of another service of the owner
    const owner = await createHolder(app.prisma);
    const service = await createService(app.prisma, owner.account.id, { now: app.now() });
    const other = await createService(app.prisma, owner.account.id, { now: app.now() });
    const created = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D', contentBase64: b64(10, 's') } },
      { token: owner.token },
    );
    const docId = created.data?.createDocument.__typename === 'CreateDocumentSuccess' ? created.data.createDocument.document.id : '';
    const stranger = await createHolder(app.prisma);
    const otherPanel = await createPanelUser(app.prisma, other.id);
    for (const token of [stranger.token, otherPanel.token]) {
      // when
      const write = await app.exec(
        CreateDocument,
        { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'X', contentBase64: b64(10) } },
        { token },
      );
      const upd = await app.exec(UpdateDocument, { input: { documentId: docId, title: 'hack' } }, { token });
      const del = await app.exec(DeleteDocument, { input: { documentId: docId } }, { token });
      const dl = await fetch(`${base}/documents/content?id=${encodeURIComponent(docId)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      // then
      expect(write.data?.createDocument).toMatchObject({ code: 'NOT_FOUND' });
      expect(upd.data?.updateDocument).toMatchObject({ code: 'NOT_FOUND' });
      expect(del.data?.deleteDocument).toMatchObject({ code: 'NOT_FOUND' });
      expect(dl.status).toBe(404);
    }
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(1);
    // the operator cannot create documents for holders
    const op = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'X', contentBase64: b64(10) } },
      { token: operatorToken },
    );
    expect(op.data ?? null).toBeNull();
    expect(op.errors).toEqual([
      expect.objectContaining({
        message: 'Not authorized to resolve Mutation.createDocument',
        path: ['createDocument'],
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
  });

  it('R14: the content is downloadable by the holder and the panel user of the service, also in restricted mode', async () => {
    // given: a document, then the service becomes full
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now() });
    const panel = await createPanelUser(app.prisma, service.id);
    const created = await app.exec(
      CreateDocument,
      {
        input: {
          serviceId: serviceGid(service.id),
          kind: 'INVOICE_SENT',
          number: 'F/9',
          contentBase64: b64(10_000, 'd'),
          contentType: 'application/xml',
        },
      },
      { token },
    );
    expect(created.data?.createDocument.__typename).toBe('DocumentTooLarge');
    const ok = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'INVOICE_SENT', number: 'F/9', contentBase64: b64(5_000, 'd') } },
      { token },
    );
    const doc = ok.data?.createDocument.__typename === 'CreateDocumentSuccess' ? ok.data.createDocument.document : null;
    await app.exec(
      ReceiveInvoice,
      { input: { serviceId: serviceGid(service.id), number: 'R', contentBase64: b64(5_000, 'e') } },
      { token: operatorToken },
    );
    for (const t of [token, panel.token]) {
      // when
      const res = await fetch(`${base}${defined(doc).downloadUrl}`, { headers: { authorization: `Bearer ${t}` } });
      // then
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml');
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.alloc(5_000, 'd'))).toBe(true);
    }
    const anonymous = await fetch(`${base}${defined(doc).downloadUrl}`);
    expect(anonymous.status).toBe(401);
  });

  describe('POST /webhooks/sdi', () => {
    const post = (body: string, signature: Record<string, string> | null) =>
      fetch(`${base}/webhooks/sdi`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signature },
        body,
      });
    const secret = () => app.deps.config.SDI_WEBHOOK_SECRET;

    it('R14: stores a signed received invoice once; a replayed event or the same SDI id stores nothing twice', async () => {
      // given
      const { account } = await createHolder(app.prisma);
      const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 10_000 });
      const event = JSON.stringify({
        eventId: 'evt-1',
        type: 'invoice.received',
        data: { serviceUsername: service.username, number: 'SDI-1', contentBase64: b64(700, 'w'), sdiId: 'IT-123' },
      });
      // when: delivered, replayed, and re-sent with a new event id but the same SDI id
      const first = await post(event, signSdi(secret(), event));
      const replay = await post(event, signSdi(secret(), event));
      const again = JSON.stringify({
        eventId: 'evt-2',
        type: 'invoice.received',
        data: { serviceId: service.id, number: 'SDI-1', contentBase64: b64(700, 'w'), sdiId: 'IT-123' },
      });
      const resent = await post(again, signSdi(secret(), again));
      // then: accepted past 100%, once
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ status: 'stored' });
      expect(replay.status).toBe(200);
      expect(await replay.json()).toMatchObject({ status: 'duplicate' });
      expect(await resent.json()).toMatchObject({ status: 'duplicate' });
      expect(await app.prisma.document.count({ where: { serviceId: service.id, kind: 'INVOICE_RECEIVED', externalId: 'IT-123' } })).toBe(1);
      expect(Number((await counter(service.id)).usedBytes)).toBe(10_700);
      expect(await app.prisma.webhookEvent.count({ where: { source: 'sdi' } })).toBe(2);
    });

    it('refuses a tampered body (401) and a malformed event (400), storing nothing', async () => {
      // given
      const { account } = await createHolder(app.prisma);
      const service = await createService(app.prisma, account.id, { now: app.now() });
      const event = JSON.stringify({
        eventId: 'evt-t',
        type: 'invoice.received',
        data: { serviceId: service.id, number: 'T', contentBase64: b64(10) },
      });
      const signature = signSdi(secret(), event);
      // when
      const tampered = await post(event.replace('"T"', '"U"'), signature);
      const unsigned = await post(event, null);
      const notJson = await post('{nope', signSdi(secret(), '{nope'));
      const badShape = JSON.stringify({ eventId: 'evt-b', type: 'invoice.received', data: { number: 'T' } });
      const malformed = await post(badShape, signSdi(secret(), badShape));
      const badB64 = JSON.stringify({
        eventId: 'evt-c',
        type: 'invoice.received',
        data: { serviceId: service.id, number: 'T', contentBase64: '***' },
      });
      const invalidContent = await post(badB64, signSdi(secret(), badB64));
      // then
      expect([tampered.status, unsigned.status, notJson.status, malformed.status, invalidContent.status]).toEqual([
        401, 401, 400, 400, 400,
      ]);
      expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(0);
      expect(await app.prisma.webhookEvent.count({ where: { eventId: { in: ['evt-t', 'evt-b', 'evt-c'] } } })).toBe(0);
    });
  });

  it('receiveInvoice through GraphQL is idempotent by sdiId and for operators only', async () => {
    // given
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now() });
    const input = { serviceId: serviceGid(service.id), number: 'R-1', contentBase64: b64(50, 'q'), sdiId: 'SDI-Q' };
    // when
    const a = await app.exec(ReceiveInvoice, { input }, { token: operatorToken });
    const b = await app.exec(ReceiveInvoice, { input }, { token: operatorToken });
    const holder = await app.exec(ReceiveInvoice, { input: { ...input, sdiId: 'SDI-H' } }, { token });
    // then
    const stored = await app.prisma.document.findFirstOrThrow({ where: { serviceId: service.id } });
    expect(a.data?.receiveInvoice).toMatchObject({ duplicate: false, document: { id: documentGid(stored.id) } });
    expect(b.data?.receiveInvoice).toMatchObject({ duplicate: true, document: { id: documentGid(stored.id) } });
    expect(decodeGlobalID(documentGid(stored.id))).toEqual({ typename: 'Document', id: stored.id });
    expect(holder.data ?? null).toBeNull();
    expect(holder.errors).toEqual([
      expect.objectContaining({
        message: 'Not authorized to resolve Mutation.receiveInvoice',
        path: ['receiveInvoice'],
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(1);
    expect(Number((await counter(service.id)).usedBytes)).toBe(50);
  });
});
