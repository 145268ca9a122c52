import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  addDays,
  addUsage,
  createHolder,
  createOperator,
  createPanelUser,
  createService,
  startOfUtcDay,
  defined,
} from '../support/factories.js';
import { reconcileStorage } from '../../src/modules/subscriptions/storage.service.js';
import {
  CheckoutStorage,
  CreateDocument,
  DeleteDocument,
  OpenStorageCart,
  ReceiveInvoice,
  RegisterStoragePayment,
  ServiceStatusQuery,
  SetQuantity,
  SMALL_POLICY,
  UpdateDocument,
  b64,
  documentGid,
  serviceGid,
} from './helpers.js';

describe('restricted mode gates on documents', () => {
  let app: TestApp;
  let operatorToken: string;
  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_POLICY });
    operatorToken = (await createOperator(app.prisma)).token;
  });
  afterAll(() => app.close());

  const usedBytes = async (serviceId: string) =>
    Number((await app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId } })).usedBytes);

  it('R10: a write that would cross 100% is refused with StorageQuotaExceeded; reaching exactly 100% is allowed', async () => {
    // given: 1 GB (10 000 bytes) bought, 9 000 used
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 9_000 });
    // when: 1 001 bytes would cross 100%
    const over = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D-1', contentBase64: b64(1_001) } },
      { token },
    );
    // then
    expect(over.data?.createDocument).toMatchObject({
      __typename: 'StorageQuotaExceeded',
      code: 'STORAGE_QUOTA_EXCEEDED',
      requiredBytes: 1001,
    });
    expect(await usedBytes(service.id)).toBe(9_000);
    // when: exactly 1 000 bytes reach 100%
    const exact = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D-2', contentBase64: b64(1_000) } },
      { token },
    );
    // then: accepted, and the service is now in restricted mode STORAGE_FULL
    expect(exact.data?.createDocument.__typename).toBe('CreateDocumentSuccess');
    expect(await usedBytes(service.id)).toBe(10_000);
    const status = await app.exec(ServiceStatusQuery, { id: serviceGid(service.id) }, { token });
    expect(status.data?.service).toEqual({ status: 'SUSPENDED', restrictionReasons: ['STORAGE_FULL'] });
  });

  it('R14: while SUSPENDED (STORAGE_FULL) sent invoices and other documents cannot be created or edited, but can be read and deleted', async () => {
    // given: a full service with one sent invoice
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 9_000 });
    const created = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'INVOICE_SENT', number: 'F-1', contentBase64: b64(1_000, 'f') } },
      { token },
    );
    const doc = created.data?.createDocument.__typename === 'CreateDocumentSuccess' ? created.data.createDocument.document : null;
    expect(doc).not.toBeNull();
    // when: creating each writable kind and editing
    for (const kind of ['INVOICE_SENT', 'DOCUMENT', 'INSTALLMENT', 'ELECTRONIC_ORDER'] as const) {
      const res = await app.exec(
        CreateDocument,
        { input: { serviceId: serviceGid(service.id), kind, number: `X-${kind}`, contentBase64: b64(1) } },
        { token },
      );
      // then
      expect(res.data?.createDocument).toMatchObject({ __typename: 'RestrictedMode', code: 'RESTRICTED_MODE', reasons: ['STORAGE_FULL'] });
    }
    const edit = await app.exec(UpdateDocument, { input: { documentId: defined(doc).id, title: 'changed' } }, { token });
    expect(edit.data?.updateDocument).toMatchObject({ __typename: 'RestrictedMode', reasons: ['STORAGE_FULL'] });
    // then: reading the content still works
    const read = await app.exec(
      'query($id: ID!) { node(id: $id) { ... on Document { number contentBase64 } } }',
      { id: defined(doc).id },
      { token },
    );
    expect(read.data).toEqual({ node: { number: 'F-1', contentBase64: b64(1_000, 'f') } });
    // when: deleting frees space
    const del = await app.exec(DeleteDocument, { input: { documentId: defined(doc).id } }, { token });
    expect(del.data?.deleteDocument).toMatchObject({ __typename: 'DeleteDocumentSuccess', freedBytes: 1000 });
    expect(await usedBytes(service.id)).toBe(9_000);
  });

  it('R14: received invoices keep arriving while SUSPENDED, even past 100%', async () => {
    // given: a service at 100%
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 10_000 });
    // when
    const res = await app.exec(
      ReceiveInvoice,
      { input: { serviceId: serviceGid(service.id), number: 'R-1', contentBase64: b64(3_000, 'r'), sdiId: 'SDI-R14' } },
      { token: operatorToken },
    );
    // then
    expect(res.data?.receiveInvoice).toMatchObject({
      __typename: 'ReceiveInvoiceSuccess',
      duplicate: false,
      document: { kind: 'INVOICE_RECEIVED', sizeBytes: 3000 },
    });
    expect(await usedBytes(service.id)).toBe(13_000);
  });

  it('R14: while SUSPENDED with reason EXPIRED writes are refused and received invoices accepted', async () => {
    // given: expired 3 days ago (grace)
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), expiresInDays: -3 });
    // when
    const write = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D', contentBase64: b64(10) } },
      { token },
    );
    const receive = await app.exec(
      ReceiveInvoice,
      { input: { serviceId: serviceGid(service.id), number: 'R', contentBase64: b64(10) } },
      { token: operatorToken },
    );
    // then
    expect(write.data?.createDocument).toMatchObject({ __typename: 'RestrictedMode', reasons: ['EXPIRED'] });
    expect(receive.data?.receiveInvoice.__typename).toBe('ReceiveInvoiceSuccess');
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(1);
  });

  it('R13: restricted mode is left as soon as documents are deleted (derived at read time)', async () => {
    // given: a full service
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 10_000 });
    const doc = await app.prisma.document.findFirstOrThrow({ where: { serviceId: service.id } });
    // when
    await app.exec(DeleteDocument, { input: { documentId: documentGid(doc.id) } }, { token });
    // then: immediately ACTIVE again and writes accepted
    const status = await app.exec(ServiceStatusQuery, { id: serviceGid(service.id) }, { token });
    expect(status.data?.service).toEqual({ status: 'ACTIVE', restrictionReasons: [] });
    const write = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D', contentBase64: b64(10) } },
      { token },
    );
    expect(write.data?.createDocument.__typename).toBe('CreateDocumentSuccess');
  });

  it('R1: a RECEIVE_ONLY service cannot create sent invoices (other documents are fine)', async () => {
    // given
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), edition: 'RECEIVE_ONLY' });
    // when
    const sent = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'INVOICE_SENT', number: 'F', contentBase64: b64(10) } },
      { token },
    );
    const other = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D', contentBase64: b64(10) } },
      { token },
    );
    // then
    expect(sent.data?.createDocument).toMatchObject({
      __typename: 'EditionNotAllowed',
      code: 'EDITION_NOT_ALLOWED',
      field: ['input', 'kind'],
    });
    expect(other.data?.createDocument.__typename).toBe('CreateDocumentSuccess');
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(1);
  });

  it('R5: PENDING and CANCELLED services refuse writes and received invoices', async () => {
    // given
    const { account, token } = await createHolder(app.prisma);
    const pending = await createService(app.prisma, account.id, { now: app.now(), pending: true });
    const cancelled = await createService(app.prisma, account.id, { now: app.now(), cancelledAt: addDays(startOfUtcDay(app.now()), -1) });
    for (const [service, status] of [
      [pending, 'PENDING'],
      [cancelled, 'CANCELLED'],
    ] as const) {
      // when
      const write = await app.exec(
        CreateDocument,
        { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: 'D', contentBase64: b64(10) } },
        { token },
      );
      const receive = await app.exec(
        ReceiveInvoice,
        { input: { serviceId: serviceGid(service.id), number: 'R', contentBase64: b64(10) } },
        { token: operatorToken },
      );
      // then
      expect(write.data?.createDocument).toMatchObject({ __typename: 'ServiceNotActive', status });
      expect(receive.data?.receiveInvoice).toMatchObject({ __typename: 'ServiceNotActive' });
      expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(0);
    }
  });

  it('R10, R13, R14: at 99% received invoices go past 100%, a new sent invoice is refused, buying 1 GB lifts the restriction', async () => {
    // given: a service at 99% with a panel user
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 9_900 });
    const panel = await createPanelUser(app.prisma, service.id);
    // when: two received invoices arrive
    for (const n of [1, 2]) {
      const r = await app.exec(
        ReceiveInvoice,
        { input: { serviceId: serviceGid(service.id), number: `R-${n}`, contentBase64: b64(400, String(n)), sdiId: `SDI-99-${n}` } },
        { token: operatorToken },
      );
      expect(r.data?.receiveInvoice.__typename).toBe('ReceiveInvoiceSuccess');
    }
    // then: 10 700 bytes used (107%), restricted
    expect(await usedBytes(service.id)).toBe(10_700);
    const before = await app.exec(ServiceStatusQuery, { id: serviceGid(service.id) }, { token });
    expect(before.data?.service).toEqual({ status: 'SUSPENDED', restrictionReasons: ['STORAGE_FULL'] });
    // when: the holder and the panel user try a new sent invoice
    for (const t of [token, panel.token]) {
      const refused = await app.exec(
        CreateDocument,
        { input: { serviceId: serviceGid(service.id), kind: 'INVOICE_SENT', number: 'F-NEW', contentBase64: b64(100) } },
        { token: t },
      );
      expect(refused.data?.createDocument).toMatchObject({ __typename: 'RestrictedMode', reasons: ['STORAGE_FULL'] });
    }
    // when: 1 GB is bought (the effect of a paid storage upgrade)
    await app.prisma.subscriptionItem.create({
      data: { serviceId: service.id, kind: 'STORAGE', quantity: 1, startsAt: app.now(), expiresAt: service.expiresAt },
    });
    // then: the restriction is lifted at once and the invoice is accepted
    const after = await app.exec(ServiceStatusQuery, { id: serviceGid(service.id) }, { token });
    expect(after.data?.service).toEqual({ status: 'ACTIVE', restrictionReasons: [] });
    const accepted = await app.exec(
      CreateDocument,
      { input: { serviceId: serviceGid(service.id), kind: 'INVOICE_SENT', number: 'F-NEW', contentBase64: b64(100) } },
      { token },
    );
    expect(accepted.data?.createDocument.__typename).toBe('CreateDocumentSuccess');
    expect(await usedBytes(service.id)).toBe(10_800);
    expect(await reconcileStorage(app, { serviceId: service.id })).toEqual([]);
  });

  it('R14: usage past 100% by received invoices keeps the service restricted until enough space is freed', async () => {
    // given: 12 000 used of 10 000 by received invoices
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now() });
    await addUsage(app.prisma, service.id, 12_000);
    const docs = await app.prisma.document.findMany({ where: { serviceId: service.id } });
    // when: deleting all of them (one document of 12 000 bytes)
    for (const d of docs) await app.exec(DeleteDocument, { input: { documentId: documentGid(d.id) } }, { token });
    // then
    expect(await usedBytes(service.id)).toBe(0);
    const status = await app.exec(ServiceStatusQuery, { id: serviceGid(service.id) }, { token });
    expect(status.data?.service?.status).toBe('ACTIVE');
  });

  it('R10, R13, R14, R25: received invoices take a 99% service past 100%; a sent invoice is refused until 1 GB bought by bank transfer is paid', async () => {
    // given: a service at 99%
    const { account, token } = await createHolder(app.prisma);
    const operator = await createOperator(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 9_900 });
    const sid = serviceGid(service.id);
    // when: received invoices arrive past 100%
    const received = await app.exec(
      ReceiveInvoice,
      { input: { serviceId: sid, number: 'R-1', contentBase64: b64(600, 'p'), sdiId: 'SDI-P-1' } },
      { token: operator.token },
    );
    expect(received.data?.receiveInvoice.__typename).toBe('ReceiveInvoiceSuccess');
    // then: a new sent invoice is refused
    const refused = await app.exec(
      CreateDocument,
      { input: { serviceId: sid, kind: 'INVOICE_SENT', number: 'F-1', contentBase64: b64(100) } },
      { token },
    );
    expect(refused.data?.createDocument).toMatchObject({ __typename: 'RestrictedMode', reasons: ['STORAGE_FULL'] });
    // when: the holder buys 1 extra GB by bank transfer
    const cartRes = await app.exec(OpenStorageCart, { input: { serviceId: sid, purpose: 'STORAGE_UPGRADE' } }, { token });
    const cart = cartRes.data?.createCart.__typename === 'CreateCartSuccess' ? cartRes.data.createCart.cart : null;
    expect(cart).not.toBeNull();
    const line = defined(cart).lines.find((l) => l.product.code === 'STORAGE_GB');
    expect(line).toBeDefined();
    await app.exec(SetQuantity, { input: { cartId: defined(cart).id, lineId: defined(line).id, quantity: 1 } }, { token });
    const checkout = await app.exec(
      CheckoutStorage,
      { input: { cartId: defined(cart).id, paymentMethod: 'BANK_TRANSFER', acceptTerms: true } },
      { token },
    );
    const order = checkout.data?.checkout.__typename === 'CheckoutSuccess' ? checkout.data.checkout.order : null;
    expect(order).not.toBeNull();
    // then: nothing changes before the payment (R25)
    const beforePay = await app.exec(ServiceStatusQuery, { id: sid }, { token });
    expect(beforePay.data?.service).toEqual({ status: 'SUSPENDED', restrictionReasons: ['STORAGE_FULL'] });
    // when: the operator registers the payment
    const paid = await app.exec(
      RegisterStoragePayment,
      {
        input: {
          orderNumber: defined(order).number,
          amountCents: defined(order).total.amountCents,
          reference: `BT-${defined(order).number}`,
        },
      },
      { token: operator.token },
    );
    expect(paid.data?.registerPayment).toMatchObject({ __typename: 'RegisterPaymentSuccess', applied: true });
    // then: the restriction is lifted at once and the sent invoice is accepted
    const after = await app.exec(ServiceStatusQuery, { id: sid }, { token });
    expect(after.data?.service).toEqual({ status: 'ACTIVE', restrictionReasons: [] });
    const accepted = await app.exec(
      CreateDocument,
      { input: { serviceId: sid, kind: 'INVOICE_SENT', number: 'F-1', contentBase64: b64(100) } },
      { token },
    );
    expect(accepted.data?.createDocument.__typename).toBe('CreateDocumentSuccess');
    const counter = await app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId: service.id } });
    expect(Number(counter.usedBytes)).toBe(10_600);
  });
});
