import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcileStorage } from '../../src/modules/subscriptions/storage.service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createOperator, createService } from '../support/factories.js';
import { graphql } from '../gql/index.js';

/** Only what the test needs, so the 200 writes stay cheap. */
const CreateSlim = graphql(`
  mutation DocCreateSlim($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      __typename
      ... on CreateDocumentSuccess {
        document {
          id
        }
      }
    }
  }
`);

const DeleteSlim = graphql(`
  mutation DocDeleteSlim($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) {
      __typename
    }
  }
`);

const StorageReconciliation = graphql(`
  query DocStorageReconciliation($serviceId: ID) {
    storageReconciliation(serviceId: $serviceId) {
      serviceId
      column
      counterBytes
      actualBytes
    }
  }
`);
import { SMALL_POLICY, b64, serviceGid } from './helpers.js';

describe('storage counter under concurrency', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_POLICY });
  });
  afterAll(() => app.close());

  it('R8: after 200 concurrent writes and deletes usage equals the sum of stored sizes', async () => {
    // given: plenty of storage and 60 existing documents
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), extraStorageGb: 200 });
    const create = (i: number) =>
      app.exec(
        CreateSlim,
        {
          input: {
            serviceId: serviceGid(service.id),
            kind: i % 2 ? 'DOCUMENT' : 'INVOICE_SENT',
            number: `C-${i}`,
            contentBase64: b64(100 + (i % 7) * 13, String(i % 5)),
          },
        },
        { token },
      );
    const existing = [];
    for (let i = 0; i < 60; i++) {
      const r = await create(1000 + i);
      if (r.data?.createDocument.__typename === 'CreateDocumentSuccess') existing.push(r.data.createDocument.document.id);
    }
    expect(existing).toHaveLength(60);
    // when: 140 creates and 60 deletes at once
    const results = await Promise.all([
      ...Array.from({ length: 140 }, (_, i) => create(i)),
      ...existing.map((id) => app.exec(DeleteSlim, { input: { documentId: id } }, { token })),
    ]);
    // then
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(140);
    const sum = await app.prisma.document.aggregate({ where: { serviceId: service.id }, _sum: { sizeBytes: true } });
    const counter = await app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId: service.id } });
    expect(Number(counter.usedBytes)).toBe(sum._sum.sizeBytes);
    expect(await reconcileStorage(app, { serviceId: service.id })).toEqual([]);
    expect(await reconcileStorage(app)).toEqual([]);
  });

  it('R10: concurrent writes never take usage beyond the storage bought', async () => {
    // given: 10 000 bytes bought, none used
    const { account, token } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now() });
    // when: 30 writes of 1 000 bytes at once
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app.exec(
          CreateSlim,
          { input: { serviceId: serviceGid(service.id), kind: 'DOCUMENT', number: `Q-${i}`, contentBase64: b64(1_000, String(i)) } },
          { token },
        ),
      ),
    );
    // then: exactly 10 fit
    const kinds = results.map((r) => r.data?.createDocument.__typename);
    expect(kinds.filter((k) => k === 'CreateDocumentSuccess')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'StorageQuotaExceeded' || k === 'RestrictedMode')).toHaveLength(20);
    const counter = await app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId: service.id } });
    expect(Number(counter.usedBytes)).toBe(10_000);
    expect(await reconcileStorage(app, { serviceId: service.id })).toEqual([]);
  });

  it('reconcileStorage reports a counter that drifted from the documents', async () => {
    // given: a counter tampered with outside the document service
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: app.now(), usedBytes: 500 });
    await app.prisma.storageCounter.update({ where: { serviceId: service.id }, data: { usedBytes: { increment: 1n } } });
    // when
    const mismatches = await reconcileStorage(app, { serviceId: service.id });
    // then
    expect(mismatches).toEqual([{ serviceId: service.id, column: 'usedBytes', counterBytes: 501n, actualBytes: 500n }]);
    const { token } = await createOperator(app.prisma);
    const res = await app.exec(StorageReconciliation, { serviceId: serviceGid(service.id) }, { token });
    expect(res.data?.storageReconciliation).toEqual([
      { serviceId: serviceGid(service.id), column: 'usedBytes', counterBytes: 501, actualBytes: 500 },
    ]);
  });
});
