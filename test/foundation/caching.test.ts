// What each instance keeps in memory (README "Caching"): credentials, briefly
// and revoked at once on every instance; the catalog, reloaded when its
// version moves. Also the cached public catalog answer.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, tokenFor } from '../support/factories.js';
import { catalogStoreOf } from '../../src/modules/catalog/index.js';
import type { Bus } from '../../src/shared/bus.js';

const WHO = '{ viewer { principalType } }';
const LOGOUT = 'mutation ($everywhere: Boolean) { logout(input: { everywhere: $everywhere }) { __typename } }';
const PRICES = '{ catalog { products { code yearlyPrice { amountCents } } } }';

interface Prices {
  catalog: { products: { code: string; yearlyPrice: { amountCents: number } }[] };
}

/** The next message of `topic` on an instance's bus. */
function nextMessage(bus: Bus, topic: 'auth.revoked'): Promise<string | null> {
  return new Promise((resolve) => {
    const off = bus.subscribe(topic, (message) => {
      off();
      resolve(message);
    });
  });
}

describe('credential cache', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('a remembered session costs no statement', async () => {
    // given: a holder who has sent one request
    const { token } = await createHolder(app.prisma);
    const first = await app.countQueries(() => app.exec(WHO, {}, { token }));
    // when
    const second = await app.countQueries(() => app.exec(WHO, {}, { token }));
    // then
    expect(first).toBe(1);
    expect(second).toBe(0);
  });

  it('logout refuses the remembered token at once (HTTP 401)', async () => {
    // given: a remembered session
    const { token } = await createHolder(app.prisma);
    expect((await app.exec(WHO, {}, { token })).status).toBe(200);
    // when
    await app.exec(LOGOUT, {}, { token });
    // then
    const after = await app.exec(WHO, {}, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logout everywhere refuses every remembered session of the principal', async () => {
    // given: two remembered sessions of one holder, and another holder's
    const { account, token } = await createHolder(app.prisma);
    const other = await tokenFor(app.prisma, { type: 'HOLDER', id: account.id });
    const stranger = await createHolder(app.prisma);
    for (const t of [token, other, stranger.token]) expect((await app.exec(WHO, {}, { token: t })).status).toBe(200);
    // when
    await app.exec(LOGOUT, { everywhere: true }, { token });
    // then
    expect((await app.exec(WHO, {}, { token: other })).status).toBe(401);
    expect((await app.exec(WHO, {}, { token: stranger.token })).status).toBe(200);
  });

  it('a remembered session is refused once it expires', async () => {
    // given: a remembered session
    const { token } = await createHolder(app.prisma);
    expect((await app.exec(WHO, {}, { token })).status).toBe(200);
    const session = await app.prisma.session.findFirstOrThrow({ orderBy: { createdAt: 'desc' }, where: { revokedAt: null } });
    // when: the clock passes its expiry
    const now = app.now();
    app.setNow(new Date(session.expiresAt.getTime() + 1000));
    const after = await app.exec(WHO, {}, { token });
    app.setNow(now);
    // then
    expect(after.status).toBe(401);
  });

  it('an unknown token is never remembered: each try reads the database', async () => {
    // given / when: the same made-up token twice
    const counts = [
      await app.countQueries(() => app.exec(WHO, {}, { token: 'made-up' })),
      await app.countQueries(() => app.exec(WHO, {}, { token: 'made-up' })),
    ];
    // then
    expect(counts).toEqual([1, 1]);
  });
});

describe.runIf(process.env.TEST_DB === 'postgres')('credential cache across instances', () => {
  for (const [name, env] of [
    ['PostgreSQL LISTEN/NOTIFY', {}],
    ['Redis pub/sub', { REDIS_URL: 'redis://127.0.0.1:6379' }],
  ] as const) {
    it(`logout on one instance is refused on the other at once (${name})`, async () => {
      // given: two instances on one database; instance B remembers the session
      const prefix = `fe:test:${randomUUID()}`;
      const a = await createTestApp({ env, rateLimitKeyPrefix: prefix });
      const b = await createTestApp({ env, rateLimitKeyPrefix: prefix, sharing: a });
      try {
        const { token } = await createHolder(a.prisma);
        expect((await b.exec(WHO, {}, { token })).status).toBe(200);
        expect(await b.countQueries(() => b.exec(WHO, {}, { token }))).toBe(0);
        // when: the holder signs out through instance A
        const delivered = nextMessage(b.deps.bus, 'auth.revoked');
        await a.exec(LOGOUT, {}, { token });
        await delivered;
        // then: instance B refuses the token
        expect((await b.exec(WHO, {}, { token })).status).toBe(401);
      } finally {
        await b.close();
        await a.close();
      }
    });
  }
});

describe('R22: the catalog in memory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { CATALOG_REFRESH_SECONDS: '3600' } });
  });
  afterAll(() => app.close());

  const priceOf = async (code: string) =>
    ((await app.exec(PRICES)).data as Prices).catalog.products.find((p) => p.code === code)?.yearlyPrice.amountCents;

  it('R22: a catalog read sends no statement once loaded', async () => {
    // given
    await app.exec(PRICES);
    // when
    const count = await app.countQueries(() => app.exec(PRICES));
    // then
    expect(count).toBe(0);
  });

  it('R22: a price changed in the database is served after the version check', async () => {
    // given: the current price of a product
    const product = await app.prisma.product.findFirstOrThrow({ where: { kind: 'BASE' }, include: { prices: true } });
    const before = await priceOf(product.code);
    // when: its price is edited directly in the database, and the instance checks the version
    await app.prisma.$executeRaw`UPDATE "Price" SET "yearlyPriceCents" = "yearlyPriceCents" + 100 WHERE "productId" = ${product.id}`;
    const stale = await priceOf(product.code);
    await catalogStoreOf(app.deps).refresh();
    // then
    expect(stale).toBe(before);
    expect(await priceOf(product.code)).toBe((before ?? 0) + 100);
  });

  it('R22: a scheduled price takes effect at its start without reloading', async () => {
    // given: a new price for a module starting in 10 days, loaded
    const product = await app.prisma.product.findFirstOrThrow({ where: { kind: 'MODULE' } });
    const before = await priceOf(product.code);
    const startsAt = new Date(app.now().getTime() + 10 * 86_400_000);
    await app.prisma.price.updateMany({ where: { productId: product.id, validTo: null }, data: { validTo: startsAt } });
    await app.prisma.price.create({ data: { productId: product.id, yearlyPriceCents: 4321, validFrom: startsAt } });
    await catalogStoreOf(app.deps).refresh();
    // when: the clock reaches the start
    const now = app.now();
    const until = await priceOf(product.code);
    app.setNow(startsAt);
    const statements = await app.countQueries(async () => {
      expect(await priceOf(product.code)).toBe(4321);
    });
    app.setNow(now);
    // then
    expect(until).toBe(before);
    expect(statements).toBe(0);
  });
});

describe('R22: stored answers of the public catalog', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { NODE_ENV: 'test', CATALOG_RESPONSE_CACHE_SECONDS: '60', CATALOG_REFRESH_SECONDS: '3600' } });
  });
  afterAll(() => app.close());

  interface Answer {
    data?: Prices;
    errors?: unknown[];
    extensions?: { responseCache?: { hit: boolean; didCache?: boolean } };
  }
  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as Answer;
    return { status: res.status, body, hit: body.extensions?.responseCache?.hit ?? false };
  };
  const price = (body: Answer, code: string) => body.data?.catalog.products.find((p) => p.code === code)?.yearlyPrice.amountCents;

  it('R22: an anonymous catalog answer is stored and reused; a signed-in caller is answered afresh', async () => {
    // given / when
    const first = await post(PRICES);
    const second = await post(PRICES);
    const signedIn = await post(PRICES, { authorization: `Bearer ${(await createHolder(app.prisma)).token}` });
    // then
    expect([first.hit, second.hit, signedIn.hit]).toEqual([false, true, false]);
    expect(second.body.data).toEqual(first.body.data);
    expect(signedIn.body.data).toEqual(first.body.data);
  });

  it('R22: a stored answer is not served once a new price starts or the catalog changes', async () => {
    // given: a module whose price changes in 10 days, and its catalog answer stored
    const product = await app.prisma.product.findFirstOrThrow({ where: { kind: 'MODULE' }, orderBy: { code: 'desc' } });
    const startsAt = new Date(app.now().getTime() + 10 * 86_400_000);
    await app.prisma.price.updateMany({ where: { productId: product.id, validTo: null }, data: { validTo: startsAt } });
    await app.prisma.price.create({ data: { productId: product.id, yearlyPriceCents: 9876, validFrom: startsAt } });
    await catalogStoreOf(app.deps).refresh();
    await post(PRICES);
    expect((await post(PRICES)).hit).toBe(true);
    const now = app.now();
    try {
      // when: the new price starts
      app.setNow(startsAt);
      const atStart = await post(PRICES);
      // then
      expect(atStart.hit).toBe(false);
      expect(price(atStart.body, product.code)).toBe(9876);
      // when: the catalog changes in the database and the instance sees its version move
      await app.prisma
        .$executeRaw`UPDATE "Price" SET "yearlyPriceCents" = 9900 WHERE "productId" = ${product.id} AND "yearlyPriceCents" = 9876`;
      await catalogStoreOf(app.deps).refresh();
      const afterEdit = await post(PRICES);
      // then
      expect(afterEdit.hit).toBe(false);
      expect(price(afterEdit.body, product.code)).toBe(9900);
    } finally {
      app.setNow(now);
    }
  });

  it('R22: answers are stored per language', async () => {
    // given: the English answer stored
    const query = '{ catalog { products { name } } }';
    await post(query, { 'accept-language': 'en' });
    // when
    const italian = await post(query, { 'accept-language': 'it' });
    // then
    expect(italian.hit).toBe(false);
    expect((await post(query, { 'accept-language': 'it' })).hit).toBe(true);
  });

  it('an operation that reads more than the catalog is never stored', async () => {
    // given / when: the same mixed operation twice
    const query = '{ catalog { vatPercent } viewer { principalType } }';
    const first = await post(query);
    const second = await post(query);
    // then
    expect(first.body.extensions?.responseCache?.didCache).toBe(false);
    expect(second.hit).toBe(false);
  });

  it.each([
    ['an alias', '{ prices: catalog { vatPercent } }'],
    ['a fragment', 'query { ...C } fragment C on Query { catalog { vatPercent } }'],
  ])('R22: a catalog read through %s is stored and reused', async (_how, query) => {
    // given / when
    const first = await post(query);
    const second = await post(query);
    // then
    expect([first.hit, second.hit]).toEqual([false, true]);
    expect(second.body.data).toEqual(first.body.data);
  });

  it('an operation that does not name the catalog is neither looked up nor stored', async () => {
    // given / when: the same operation twice
    const query = '{ viewer { principalType } }';
    const first = await post(query);
    const second = await post(query);
    // then: the cache took no part (no metadata) and both were answered
    expect(first.body.extensions?.responseCache).toBeUndefined();
    expect(second.body.extensions?.responseCache).toBeUndefined();
    expect(second.body.data).toEqual(first.body.data);
  });

  it('a request with an unknown token is refused even when the answer is stored', async () => {
    // given: a stored answer
    await post(PRICES);
    expect((await post(PRICES)).hit).toBe(true);
    // when
    const res = await post(PRICES, { authorization: 'Bearer made-up' });
    // then
    expect(res.status).toBe(401);
  });
});
