// The one-statement reader (src/shared/db/json-reader.ts) must answer exactly
// what Prisma answers for the same findMany arguments, or decline (null) and
// send nothing, so that the dashboard can use it in Prisma's place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, createHolder, createPanelUser, createService, GB, SMALL_GB_POLICY } from '../support/factories.js';
import { createOrder } from '../read-api/helpers.js';
import type { FindManyArgs } from '../../src/shared/db/json-reader.js';

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
});
