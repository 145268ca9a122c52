// Rate limits: sign-ins per client and per username (every aliased `login`
// counts), convention-code attempts per principal, and the general request
// budget per principal (HTTP 429). Each row: the refusal, and nothing changed.
// Budgets are small here; the defaults are in src/shared/config.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService, PASSWORD } from '../support/factories.js';
import { openCart } from '../checkout/helpers.js';

const LOGIN_FIELDS = '__typename ... on RateLimited { code retryAfterSeconds message } ... on UserError { code }';
const login = (alias: string, username: string, password: string) =>
  `${alias}: login(input: { username: ${JSON.stringify(username)}, password: ${JSON.stringify(password)} }) { ${LOGIN_FIELDS} }`;

interface Payload {
  __typename: string;
  retryAfterSeconds?: number;
}
const typenames = (data: unknown) => Object.values(data as Record<string, Payload>).map((p) => p.__typename);

describe('Rate limits', () => {
  const apps: TestApp[] = [];
  async function app(env: Record<string, string>, extra: { rateLimitKeyPrefix?: string } = {}) {
    const created = await createTestApp({ env, ...extra });
    apps.push(created);
    return created;
  }
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
  });
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.close();
  });

  it('30 aliased logins in one request: each counts; after the username budget they are RateLimited, no session opened', async () => {
    // given
    const a = await app({ RATE_LIMIT_LOGIN_PER_ACCOUNT: '5', RATE_LIMIT_LOGIN_PER_CLIENT: '100' });
    const { account } = await createHolder(a.prisma);
    const sessionsBefore = await a.prisma.session.count();
    // when
    const aliases = Array.from({ length: 30 }, (_, i) => login(`l${String(i)}`, account.username, `wrong-${String(i)}`));
    const res = await a.exec(`mutation { ${aliases.join(' ')} }`);
    // then
    const kinds = typenames(res.data);
    expect(kinds.filter((k) => k === 'InvalidCredentials')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'RateLimited')).toHaveLength(25);
    expect(await a.prisma.session.count()).toBe(sessionsBefore);
  });

  it('200 wrong passwords in a row: RateLimited after the budget, and then even the right password is refused', async () => {
    // given
    const a = await app({ RATE_LIMIT_LOGIN_PER_ACCOUNT: '10', RATE_LIMIT_LOGIN_PER_CLIENT: '1000' });
    const { account } = await createHolder(a.prisma);
    const sessionsBefore = await a.prisma.session.count();
    // when
    const outcomes: string[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await a.exec(`mutation { ${login('l', account.username, `wrong-${String(i)}`)} }`);
      outcomes.push(...typenames(res.data));
    }
    const right = await a.exec(`mutation { ${login('l', account.username, PASSWORD)} }`);
    // then
    expect(outcomes.slice(0, 10).every((k) => k === 'InvalidCredentials')).toBe(true);
    expect(outcomes.slice(10).every((k) => k === 'RateLimited')).toBe(true);
    const refusal = (right.data as Record<string, Payload>).l;
    expect(refusal?.__typename).toBe('RateLimited');
    expect(refusal?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await a.prisma.session.count()).toBe(sessionsBefore);
  });

  it('many usernames from one client: RateLimited after the client budget', async () => {
    // given
    const a = await app({ RATE_LIMIT_LOGIN_PER_ACCOUNT: '100', RATE_LIMIT_LOGIN_PER_CLIENT: '4' });
    // when
    const aliases = Array.from({ length: 10 }, (_, i) => login(`l${String(i)}`, `nobody-${String(i)}@aruba.it`, 'x'));
    const res = await a.exec(`mutation { ${aliases.join(' ')} }`);
    // then
    const kinds = typenames(res.data);
    expect(kinds.filter((k) => k === 'InvalidCredentials')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'RateLimited')).toHaveLength(6);
  });

  it('R21: guessing convention codes: RateLimited after the budget, the cart keeps no convention', async () => {
    // given
    const a = await app({ RATE_LIMIT_CONVENTION_CODES: '3' });
    const { account, token } = await createHolder(a.prisma);
    const service = await createService(a.prisma, account.id, { expiresInDays: 20 });
    const cart = await openCart(a, token, service.id, 'RENEWAL');
    // when
    const aliases = Array.from(
      { length: 30 },
      (_, i) =>
        `c${String(i)}: applyConventionCode(input: { cartId: ${JSON.stringify(cart.id)}, code: "GUESS${String(i)}" }) { __typename ... on RateLimited { retryAfterSeconds } }`,
    );
    const res = await a.exec(`mutation { ${aliases.join(' ')} }`, {}, { token });
    // then
    const kinds = typenames(res.data);
    expect(kinds.filter((k) => k === 'ConventionNotFound')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'RateLimited')).toHaveLength(27);
    const stored = await a.prisma.cart.findFirstOrThrow({ where: { accountId: account.id } });
    expect(stored.conventionId).toBeNull();
  });

  it('R21: conventionPreview takes from the same budget: guessing through previews is refused too', async () => {
    // given
    const a = await app({ RATE_LIMIT_CONVENTION_CODES: '3' });
    const { account, token } = await createHolder(a.prisma);
    const service = await createService(a.prisma, account.id, { expiresInDays: 20 });
    const cart = await openCart(a, token, service.id, 'RENEWAL');
    // when
    const aliases = Array.from({ length: 10 }, (_, i) => `p${String(i)}: conventionPreview(code: "GUESS${String(i)}") { reasonCode }`);
    const res = await a.exec(`query ($id: ID!) { cart(id: $id) { ${aliases.join(' ')} } }`, { id: cart.id }, { token });
    // then
    const codes = Object.values((res.data as { cart: Record<string, { reasonCode: string }> }).cart).map((p) => p.reasonCode);
    expect(codes.filter((c) => c === 'CONVENTION_NOT_FOUND')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
  });

  it('the general budget per principal: HTTP 429 with Retry-After and RATE_LIMITED, other principals unaffected', async () => {
    // given
    const a = await app({ RATE_LIMIT_REQUESTS: '3' });
    const holder = await createHolder(a.prisma);
    const other = await createHolder(a.prisma);
    const post = (token: string) =>
      a.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { principalType } }' }),
      });
    // when
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(holder.token)).status);
    const refused = await post(holder.token);
    const otherRes = await post(other.token);
    // then
    expect(statuses).toEqual([200, 200, 200]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { data?: unknown; errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(otherRes.status).toBe(200);
  });

  it('with REDIS_URL, two instances share one budget', async () => {
    // given: two apps with one Redis key space
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_LOGIN_PER_ACCOUNT: '3', RATE_LIMIT_LOGIN_PER_CLIENT: '100' };
    const shared = { rateLimitKeyPrefix: `fe:rl:test:${randomUUID()}` };
    const first = await app(env, shared);
    const second = await app(env, shared);
    const username = `shared-${randomUUID()}@aruba.it`;
    // when: two attempts on each instance
    const outcomes: string[] = [];
    for (const instance of [first, second, first, second]) {
      outcomes.push(...typenames((await instance.exec(`mutation { ${login('l', username, 'wrong')} }`)).data));
    }
    // then
    expect(outcomes).toEqual(['InvalidCredentials', 'InvalidCredentials', 'InvalidCredentials', 'RateLimited']);
  });
});
