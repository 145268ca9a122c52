import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService, GB, SMALL_GB_POLICY, type ServiceOptions } from '../support/factories.js';

const Storage = graphql(`
  query ReadApiStorage($id: ID!) {
    service(id: $id) {
      status
      restrictionReasons
      storage {
        boughtGb
        boughtBytes
        usedBytes
        percentUsed
        warning
        full
        breakdown {
          category
          bytes
        }
        averageDailyBytes
        recommendedExtraGb
        projectedFullAt
      }
    }
  }
`);

describe('storage usage', () => {
  let app: TestApp;
  let holder: { account: { id: string }; token: string };

  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    holder = await createHolder(app.prisma);
  });
  afterAll(() => app.close());

  async function read(opts: ServiceOptions) {
    const service = await createService(app.prisma, holder.account.id, opts);
    const res = await app.exec(Storage, { id: encodeGlobalID('Service', service.id) }, { token: holder.token });
    expect(res.errors).toBeUndefined();
    const s = res.data?.service;
    if (!s) throw new Error('service not returned');
    return { ...s, serviceId: service.id };
  }

  // 80.00% and 80.01% of 1 GB (65,536 bytes under SMALL_GB_POLICY), truncated to hundredths.
  const AT_80_00 = 52_429;
  const AT_80_01 = 52_436;

  it('R9: usage at 80.00% is not a warning', async () => {
    // given: 1 GB bought and exactly 80.00% used
    // when
    const s = await read({ usedBytes: AT_80_00 });
    // then
    expect(s.storage.percentUsed).toBe(80);
    expect(s.storage.warning).toBe(false);
    expect(s.storage.full).toBe(false);
  });

  it('R9: usage at 80.01% is a warning', async () => {
    // given: 1 GB bought and 80.01% used
    // when
    const s = await read({ usedBytes: AT_80_01 });
    // then
    expect(s.storage.percentUsed).toBe(80.01);
    expect(s.storage.warning).toBe(true);
    expect(s.status).toBe('ACTIVE');
  });

  it('R8: bought storage is the included GB plus extra GB, and usage comes from the storage counter by category', async () => {
    // given: 2 extra GB and 500 bytes of sent invoices
    // when
    const s = await read({ extraStorageGb: 2, usedBytes: 500, usageKind: 'INVOICE_SENT' });
    // then
    expect(s.storage.boughtGb).toBe(3);
    expect(s.storage.boughtBytes).toBe(3 * GB);
    expect(s.storage.usedBytes).toBe(500);
    expect(s.storage.breakdown.map((b) => [b.category, b.bytes])).toEqual([
      ['INVOICES_SENT', 500],
      ['INVOICES_RECEIVED', 0],
      ['DOCUMENTS', 0],
      ['INSTALLMENTS', 0],
      ['ELECTRONIC_ORDERS', 0],
    ]);
    // at 3 bytes a day the projection is beyond a century: not given
    expect(s.storage.projectedFullAt).toBeNull();
    const counter = await app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId: s.serviceId } });
    expect(counter.usedBytes).toBe(500n);
  });

  it('R10: one byte below 100% is not full; at 100% the service is restricted with STORAGE_FULL', async () => {
    // given: one service one byte short of full and one exactly full
    // when
    const below = await read({ usedBytes: GB - 1 });
    const full = await read({ usedBytes: GB });
    // then
    expect(below.storage.full).toBe(false);
    expect(below.storage.percentUsed).toBe(99.99);
    expect(below.restrictionReasons).toEqual([]);
    expect(full.storage.full).toBe(true);
    expect(full.storage.percentUsed).toBe(100);
    expect(full.status).toBe('SUSPENDED');
    expect(full.restrictionReasons).toEqual(['STORAGE_FULL']);
  });

  it('R11: recommended quantity from the average daily consumption since purchase', async () => {
    // given: 2 GB bought 100 days ago, 1.5 GB used, expiry in 200 days
    // avg = floor(1.5 GB / 100) = 983 B/day; projected = 1.5 GB + 200 * avg = 4.4998.. GB -> 5 GB; 5 - 2 = 3
    // when
    const s = await read({ extraStorageGb: 1, ageDays: 100, expiresInDays: 200, usedBytes: 1.5 * GB });
    // then
    expect(s.storage.averageDailyBytes).toBe(983);
    expect(s.storage.recommendedExtraGb).toBe(3);
    // runs out: (2 GB - 1.5 GB) / avg = 32,768 / 983 = 33.33 -> 34 days from today (2026-06-15)
    expect(s.storage.projectedFullAt).toBe('2026-07-19T00:00:00.000Z');
  });

  it('R11: nothing is recommended when usage fits until expiry', async () => {
    // given: 1 GB bought 100 days ago, 1,000 bytes (1.5%) used, expiry in 100 days
    // when
    const s = await read({ ageDays: 100, expiresInDays: 100, usedBytes: 1_000 });
    // then
    expect(s.storage.averageDailyBytes).toBe(10);
    expect(s.storage.recommendedExtraGb).toBe(0);
  });
});
