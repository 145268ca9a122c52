// The one-statement reader (src/shared/db/json-reader.ts) must answer exactly
// what Prisma answers for the same findMany arguments, or decline (null) and
// send nothing, so that the dashboard can use it in Prisma's place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, createHolder, createPanelUser, createService, GB, SMALL_GB_POLICY } from '../support/factories.js';
import { createOrder } from '../read-api/helpers.js';
import { JsonReader, type FindManyArgs } from '../../src/shared/db/json-reader.js';
import { getDatamodel } from '../../src/generated/pothos-prisma-types.js';
import { createTestDatabase, testDbKind } from '../support/db.js';

type Model = 'service' | 'order' | 'document';
const MODEL_NAME: Record<Model, string> = { service: 'Service', order: 'Order', document: 'Document' };

/** Sorts every array by its elements' JSON, for relations read without orderBy. */
function unordered(value: unknown): unknown {
  const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x.toString()}n` : x));
  if (Array.isArray(value)) return value.map(unordered).sort((a, b) => json(a).localeCompare(json(b)));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)]));
}

describe('json reader: the same rows as Prisma in one statement', () => {
  let app: TestApp;
  let accountId = '';
  let serviceId = '';

  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    const holder = await createHolder(app.prisma);
    accountId = holder.account.id;
    const full = await createService(app.prisma, accountId, {
      extraStorageGb: 2,
      seats: 2,
      modules: ['DOCUMENTS', 'PAYMENTS'],
      usedBytes: Math.floor(GB / 3),
      autoRenew: 'CREDIT_CARD',
    });
    serviceId = full.id;
    await createPanelUser(app.prisma, full.id);
    for (let i = 0; i < 4; i++) {
      await createOrder(app.prisma, full, {
        createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
        status: i % 2 ? 'PAID' : 'AWAITING_PAYMENT',
        type: i === 3 ? 'STORAGE_UPGRADE' : 'RENEWAL',
      });
    }
    await createService(app.prisma, accountId, { pending: true });
    await createService(app.prisma, accountId, { cancelledAt: addDays(new Date('2026-06-15T00:00:00Z'), -3), expiresInDays: -40 });
    // another holder's rows, which no filter below may return
    const other = await createHolder(app.prisma);
    await createOrder(app.prisma, await createService(app.prisma, other.account.id, { seats: 1 }));
  });
  afterAll(() => app.close());

  const dashboard = (): FindManyArgs => ({
    include: {
      storage: true,
      items: { select: { kind: true, module: true, quantity: true, startsAt: true, expiresAt: true } },
      orders: { where: {}, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 3, skip: 0 },
      _count: { select: { panelUsers: true, orders: { where: {} } } },
    },
    where: { accountId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 51,
    skip: 0,
  });

  const same: { name: string; model: Model; args: () => FindManyArgs; unorderedLists?: boolean }[] = [
    { name: 'the dashboard selection (storage, items, orders page, counts)', model: 'service', args: dashboard, unorderedLists: true },
    {
      name: 'all scalars, with nulls, dates and arrays',
      model: 'service',
      args: () => ({ where: { accountId }, orderBy: { username: 'asc' } }),
    },
    {
      name: 'a select of scalars and a to-one relation with BigInt columns',
      model: 'service',
      args: () => ({
        select: { id: true, expiresAt: true, cancelledAt: true, storage: { select: { usedBytes: true, documentsBytes: true } } },
        where: { accountId },
        orderBy: [{ id: 'asc' }],
      }),
    },
    {
      name: 'filtered and paged relations, counts with filters',
      model: 'service',
      args: () => ({
        where: { AND: [{ accountId }, { cancelledAt: null }] },
        orderBy: [{ id: 'asc' }],
        include: {
          orders: { where: { status: 'PAID' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1, skip: 1 },
          panelUsers: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
          _count: { select: { orders: { where: { type: 'STORAGE_UPGRADE' } }, documents: true } },
        },
      }),
    },
    {
      name: 'nested relations two levels down',
      model: 'order',
      args: () => ({
        where: { serviceId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        include: { lines: { orderBy: { id: 'asc' }, include: { product: true } }, service: { select: { username: true } } },
      }),
    },
    { name: 'a page past the end', model: 'order', args: () => ({ where: { serviceId }, orderBy: { id: 'asc' }, take: 5, skip: 10 }) },
    { name: 'no rows', model: 'service', args: () => ({ where: { accountId: 'nobody' }, include: { storage: true } }) },
  ];

  it.each(same)('$name', async ({ model, args, unorderedLists }) => {
    // given: the rows above
    // when
    const statements = await app.countQueries(async () => {
      await app.db.readMany(MODEL_NAME[model], args());
    });
    const read = await app.db.readMany(MODEL_NAME[model], args());
    const prisma = await (app.prisma[model].findMany as (a: FindManyArgs) => Promise<unknown[]>)(args());
    // then
    expect(statements).toBe(1);
    expect(read).not.toBeNull();
    expect(unorderedLists ? unordered(read) : read).toEqual(unorderedLists ? unordered(prisma) : prisma);
  });

  it('the rows really differ between cases (the comparison is not vacuous)', async () => {
    // given / when
    const rows = await app.db.readMany('Service', dashboard());
    // then: three services of the holder, the one with orders first by creation
    expect(rows).toHaveLength(3);
    const withOrders = rows?.find((r) => r.id === serviceId) as {
      orders: unknown[];
      _count: { orders: number; panelUsers: number };
      storage: { usedBytes: bigint };
    };
    expect(withOrders.orders).toHaveLength(3);
    expect(withOrders._count).toEqual({ orders: 4, panelUsers: 1 });
    expect(typeof withOrders.storage.usedBytes).toBe('bigint');
  });

  const declined: { name: string; model: string; args: FindManyArgs }[] = [
    { name: 'a cursor', model: 'Service', args: { cursor: { id: 'x' }, take: 2 } },
    { name: 'distinct', model: 'Service', args: { distinct: ['accountId'] } },
    { name: 'an operator filter (in)', model: 'Service', args: { where: { id: { in: ['a', 'b'] } } } },
    { name: 'a relation filter', model: 'Service', args: { where: { orders: { some: { status: 'PAID' } } } } },
    { name: 'OR', model: 'Service', args: { where: { OR: [{ accountId: 'a' }] } } },
    { name: 'a date equality (time zones differ)', model: 'Service', args: { where: { expiresAt: new Date() } } },
    { name: 'a negative take', model: 'Service', args: { take: -1 } },
    { name: 'orderBy on a relation', model: 'Service', args: { orderBy: { account: { username: 'asc' } } } },
    { name: 'an unknown field', model: 'Service', args: { where: { nope: 1 } } },
    { name: 'an unknown model', model: 'Nope', args: {} },
    { name: 'a Bytes column', model: 'Blob', args: {} },
    { name: 'include and select together', model: 'Service', args: { include: { storage: true }, select: { id: true } } },
  ];

  it.each(declined)('declines $name: null, and nothing is sent', async ({ model, args }) => {
    // given / when
    let read: unknown = 'unset';
    const statements = await app.countQueries(async () => {
      read = await app.db.readMany(model, args);
    });
    // then
    expect(read).toBeNull();
    expect(statements).toBe(0);
  });

  it('a selection seen before reuses its statement, with the values of the new request', async () => {
    // given: the dashboard selection, read once for the holder
    const other = await createHolder(app.prisma);
    const otherService = await createService(app.prisma, other.account.id);
    const reader = new JsonReader(getDatamodel());
    const first = reader.compileFindMany('Service', dashboard());
    // when: the same selection for another holder
    const second = reader.compileFindMany('Service', { ...dashboard(), where: { accountId: other.account.id } });
    const rows = await app.db.readMany('Service', { ...dashboard(), where: { accountId: other.account.id } });
    // then: one statement text under one name; the parameters and rows are the other holder's
    expect(second?.sql).toBe(first?.sql);
    expect(second?.name).toMatch(/^fe_read_[0-9a-f]{24}$/);
    expect(second?.name).toBe(first?.name);
    expect(second?.params).toContain(other.account.id);
    expect(second?.params).not.toContain(accountId);
    expect(rows?.map((r) => r.id)).toEqual([otherService.id]);
  });

  const hostile = ["o'brien", '\'; DROP TABLE "Service"; --', "\\'; SELECT 1; --", 'back\\slash\\', '$1', "E'\\x27'", '«servizio» ✓'];

  it.each(hostile)('a filter value is a value, never SQL: %s', async (value) => {
    // given: one service named with the value
    const services = await app.prisma.service.count();
    const named = await createService(app.prisma, accountId);
    await app.prisma.service.update({ where: { id: named.id }, data: { username: value } });
    // when: read by that value, twice (prepared, then from the prepared statement)
    const args = (): FindManyArgs => ({ where: { username: value }, include: { storage: true } });
    const once = await app.db.readMany('Service', args());
    const twice = await app.db.readMany('Service', args());
    // then: exactly that service, and nothing else happened to the table
    expect(once?.map((r) => r.username)).toEqual([value]);
    expect(twice).toEqual(once);
    expect(await app.prisma.service.count()).toBe(services + 1);
    await app.prisma.service.delete({ where: { id: named.id } });
  });

  it.skipIf(testDbKind() !== 'pglite')('a statement deallocated behind the reader is prepared again (PGlite)', async () => {
    // given: the dashboard read once (prepared), then every prepared statement dropped
    const before = await app.db.readMany('Service', dashboard());
    await app.db.sql.exec('DEALLOCATE ALL');
    // when
    const after = await app.db.readMany('Service', dashboard());
    // then
    expect(after).toEqual(before);
  });

  it('names at most maxPrepared statements, and none when prepared statements are off', () => {
    // given: a reader that names one statement, and one that names none
    const one = new JsonReader(getDatamodel(), { maxPrepared: 1 });
    const none = new JsonReader(getDatamodel(), { maxPrepared: 0 });
    // when: two different selections
    const a = one.compileFindMany('Service', { where: { accountId: 'a' } });
    const b = one.compileFindMany('Service', { where: { accountId: 'a' }, include: { storage: true } });
    const again = one.compileFindMany('Service', { where: { accountId: 'b' } });
    // then: the first keeps its name; the second runs unnamed
    expect(a?.name).toMatch(/^fe_read_/);
    expect(again?.name).toBe(a?.name);
    expect(b).not.toBeNull();
    expect(b?.name).toBeUndefined();
    expect(none.compileFindMany('Service', { where: { accountId: 'a' } })?.name).toBeUndefined();
  });

  it('keeps the statement prepared in the session, and prepares nothing when DATABASE_PREPARED_STATEMENTS is off', async () => {
    // given: a second, empty database opened with prepared statements off
    const off = await createTestDatabase({ preparedStatements: false });
    const named = async (db: Pick<TestApp['db'], 'sql'>) =>
      (await db.sql.query<{ name: string }>("SELECT name FROM pg_prepared_statements WHERE name LIKE 'fe_read_%'")).map((r) => r.name);
    try {
      // when: the dashboard read on both
      const on = await app.db.readMany('Service', dashboard());
      const without = await off.readMany('Service', dashboard());
      // then: both answer; only the first keeps a named statement (checked on
      // PGlite's one session: a PostgreSQL pool may answer from another connection)
      expect(on).toHaveLength(3);
      expect(without).toEqual([]);
      if (testDbKind() === 'pglite') expect(await named(app.db)).not.toHaveLength(0);
      expect(await named(off)).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
