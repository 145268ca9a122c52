// The SQL checks of DOMAIN.md "Numbers that must never drift" used by
// `npm run soak` and `npm run bench` (scripts/lib/invariants.ts): they pass on
// consistent data and each one catches the drift it names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { generateDataset } from '../../scripts/lib/dataset.js';
import { checkInvariants } from '../../scripts/lib/invariants.js';

describe('invariant checks (npm run soak)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await generateDataset(app.db.sql, {
      tag: 'inv',
      accounts: 2,
      servicesPerAccount: 2,
      ordersPerService: 10,
      documentsPerService: 5,
      passwordHash: 'x',
      now: app.now(),
    });
  });
  afterEach(() => app.close());

  it('pass on the generated dataset', async () => {
    // given / when
    const results = await checkInvariants(app.db.sql);
    // then
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  const drifts: { name: string; breaks: RegExp; sql: string }[] = [
    {
      name: 'a storage counter one byte off',
      breaks: /^Usage equals/,
      sql: `UPDATE "StorageCounter" SET "usedBytes" = "usedBytes" + 1 WHERE "serviceId" = 'inv-s1'`,
    },
    {
      name: 'a paid order never applied',
      breaks: /has its effects applied/,
      sql: `UPDATE "Order" SET "appliedAt" = NULL WHERE "id" = 'inv-o1-1'`,
    },
    {
      name: 'a payment registered twice',
      breaks: /applied once/,
      sql: `INSERT INTO "AuditLog" ("id", "action", "orderId") VALUES ('a1', 'PAYMENT_REGISTERED', 'inv-o1-1'), ('a2', 'PAYMENT_REGISTERED', 'inv-o1-1')`,
    },
    {
      name: 'an item extended by a cancelled order',
      breaks: /cancelled order/,
      sql: `UPDATE "SubscriptionItem" SET "orderId" = 'inv-o1-10' WHERE "id" = (SELECT "id" FROM "SubscriptionItem" WHERE "serviceId" = 'inv-s1' LIMIT 1)`,
    },
    {
      name: 'a total one cent off (a cancelled order)',
      breaks: /^Money adds up/,
      sql: `UPDATE "Order" SET "totalCents" = "totalCents" + 1 WHERE "id" = 'inv-o1-10'`,
    },
    {
      name: 'a paid order without its payment',
      breaks: /charged its total/,
      sql: `DELETE FROM "Payment" WHERE "orderId" = 'inv-o1-3'`,
    },
  ];
  it.each(drifts)('catch $name', async ({ breaks, sql }) => {
    // given: one drift
    await app.db.sql.exec(sql);
    // when
    const failed = (await checkInvariants(app.db.sql)).filter((r) => !r.ok).map((r) => r.name);
    // then: exactly the check that names it fails
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(breaks);
  });
});
