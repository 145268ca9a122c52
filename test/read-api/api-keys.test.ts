// API keys for partner integrations (README "API keys"): created by a holder
// with a session, the secret shown once, used as a bearer token with only its
// scopes, each with its own request budget, revoked at once on every instance.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { addUsage, createHolder, createService } from '../support/factories.js';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { Bus } from '../../src/shared/bus.js';

const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
  ... on CreateApiKeySuccess { secret apiKey { id label prefix scopes active expiresAt } } ... on UserError { code field } } }`;
const REVOKE = `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename
  ... on RevokeApiKeySuccess { apiKey { id revokedAt active } } ... on UserError { code } } }`;
const KEYS = '{ viewer { account { apiKeys { id label prefix scopes lastUsedAt revokedAt } } } }';
const SERVICES = '{ viewer { services { edges { node { id status storage { usedBytes } } } } } }';
const ORDERS = '{ viewer { services { edges { node { id orders { totalCount } } } } } }';
const DOCUMENTS = '{ viewer { services { edges { node { id documents { totalCount } } } } } }';
const CREATE_CART = `mutation ($input: CreateCartInput!) { createCart(input: $input) { __typename } }`;
const CREATE_DOCUMENT = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { __typename } }`;

interface Created {
  createApiKey: {
    __typename: string;
    secret?: string;
    apiKey?: { id: string; label: string; prefix: string; scopes: string[]; active: boolean; expiresAt: string | null };
    code?: string;
    field?: string[];
  };
}

async function setup(app: TestApp) {
  const holder = await createHolder(app.prisma);
  const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
  await addUsage(app.prisma, service.id, 1000);
  const create = async (scopes: string[], extra: Record<string, unknown> = {}) => {
    const res = await app.exec<Created, Record<string, unknown>>(
      CREATE,
      { input: { label: 'Partner ERP', scopes, ...extra } },
      { token: holder.token },
    );
    return res.data?.createApiKey;
  };
  const key = async (scopes: string[], extra: Record<string, unknown> = {}) => {
    const created = await create(scopes, extra);
    if (!created?.secret || !created.apiKey) throw new Error(JSON.stringify(created));
    return { secret: created.secret, id: created.apiKey.id };
  };
  return { holder, service, serviceId: encodeGlobalID('Service', service.id), create, key };
}

const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('API keys', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('a key is created with its secret shown once; lists never show it and only its hash is stored', async () => {
    // given
    const { holder, create } = await setup(app);
    // when
    const created = await create(['READ', 'BILLING']);
    const listed = await app.exec(KEYS, {}, { token: holder.token });
    // then
    expect(created?.__typename).toBe('CreateApiKeySuccess');
    const secret = created?.secret ?? '';
    expect(secret).toMatch(/^fek_[A-Za-z0-9_-]{40,}$/);
    expect(created?.apiKey).toMatchObject({ label: 'Partner ERP', prefix: secret.slice(0, 12), scopes: ['READ', 'BILLING'], active: true });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    expect((listed.data as { viewer: { account: { apiKeys: { prefix: string }[] } } }).viewer.account.apiKeys).toHaveLength(1);
    const stored = await app.prisma.apiKey.findFirstOrThrow({ where: { accountId: holder.account.id } });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(12));
    const apiKeyType = await app.exec('{ __type(name: "ApiKey") { fields { name } } }');
    const fields = (apiKeyType.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name);
    expect(fields.filter((f) => /secret|hash/i.test(f))).toEqual([]);
  });

  it('a READ key reads the services of its account, and its last use is recorded', async () => {
    // given
    const { key, service } = await setup(app);
    const { secret, id } = await key(['READ']);
    // when
    const res = await app.exec(SERVICES, {}, { token: secret });
    // then
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.data)).toContain(encodeGlobalID('Service', service.id));
    await expect
      .poll(async () => (await app.prisma.apiKey.findUniqueOrThrow({ where: { id: decodeGlobalID(id).id } })).lastUsedAt)
      .not.toBeNull();
  });

  const refusals: { name: string; scopes: string[]; query: string; variables: (serviceId: string) => Record<string, unknown> }[] = [
    { name: 'a READ key reading orders', scopes: ['READ'], query: ORDERS, variables: () => ({}) },
    { name: 'a READ key reading documents', scopes: ['READ'], query: DOCUMENTS, variables: () => ({}) },
    {
      name: 'a READ key opening a cart',
      scopes: ['READ'],
      query: CREATE_CART,
      variables: (serviceId) => ({ input: { serviceId, purpose: 'STORAGE_UPGRADE' } }),
    },
    {
      name: 'a BILLING key uploading a document',
      scopes: ['READ', 'BILLING'],
      query: CREATE_DOCUMENT,
      variables: (serviceId) => ({ input: { serviceId, kind: 'DOCUMENT', number: 'K-1', contentBase64: 'aGVsbG8=' } }),
    },
    { name: 'a DOCUMENTS key reading orders', scopes: ['READ', 'DOCUMENTS'], query: ORDERS, variables: () => ({}) },
    { name: 'a key listing API keys', scopes: ['READ', 'BILLING', 'DOCUMENTS'], query: KEYS, variables: () => ({}) },
    {
      name: 'a key creating an API key',
      scopes: ['READ', 'BILLING', 'DOCUMENTS'],
      query: CREATE,
      variables: () => ({ input: { label: 'more', scopes: ['READ'] } }),
    },
    {
      name: 'a key signing out',
      scopes: ['READ', 'BILLING', 'DOCUMENTS'],
      query: 'mutation { logout(input: {}) { __typename } }',
      variables: () => ({}),
    },
  ];
  it.each(refusals)('a key never exceeds its scopes: $name is FORBIDDEN and changes nothing', async ({ scopes, query, variables }) => {
    // given
    const { holder, key, serviceId, service } = await setup(app);
    const { secret } = await key(scopes);
    const before = {
      carts: await app.prisma.cart.count({ where: { accountId: holder.account.id } }),
      documents: await app.prisma.document.count({ where: { serviceId: service.id } }),
      keys: await app.prisma.apiKey.count({ where: { accountId: holder.account.id } }),
    };
    // when
    const res = await app.exec(query, variables(serviceId), { token: secret });
    // then
    expect(res.status).toBe(403);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeUndefined();
    expect({
      carts: await app.prisma.cart.count({ where: { accountId: holder.account.id } }),
      documents: await app.prisma.document.count({ where: { serviceId: service.id } }),
      keys: await app.prisma.apiKey.count({ where: { accountId: holder.account.id } }),
    }).toEqual(before);
  });

  it('a key with BILLING opens a cart and one with DOCUMENTS uploads a document', async () => {
    // given
    const { key, serviceId } = await setup(app);
    const billing = await key(['READ', 'BILLING']);
    const documents = await key(['DOCUMENTS']);
    // when
    const cart = await app.exec(CREATE_CART, { input: { serviceId, purpose: 'STORAGE_UPGRADE' } }, { token: billing.secret });
    const doc = await app.exec(
      CREATE_DOCUMENT,
      { input: { serviceId, kind: 'DOCUMENT', number: 'K-2', contentBase64: 'aGVsbG8=' } },
      { token: documents.secret },
    );
    // then
    expect(cart.data).toEqual({ createCart: { __typename: 'CreateCartSuccess' } });
    expect(doc.data).toEqual({ createDocument: { __typename: 'CreateDocumentSuccess' } });
  });

  it('an expired key is refused with HTTP 401', async () => {
    // given: a key expiring in one day
    const { key } = await setup(app);
    const { secret } = await key(['READ'], { expiresAt: new Date(app.now().getTime() + 86_400_000).toISOString() });
    expect((await app.exec(SERVICES, {}, { token: secret })).status).toBe(200);
    // when: two days pass
    const now = app.now();
    app.setNow(new Date(now.getTime() + 2 * 86_400_000));
    const res = await app.exec(SERVICES, {}, { token: secret });
    app.setNow(now);
    // then
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('a revoked key is refused at once (HTTP 401); revoking again changes nothing', async () => {
    // given: a key in use
    const { holder, key } = await setup(app);
    const { secret, id } = await key(['READ']);
    expect((await app.exec(SERVICES, {}, { token: secret })).status).toBe(200);
    // when
    const revoked = await app.exec(REVOKE, { input: { apiKeyId: id } }, { token: holder.token });
    const again = await app.exec(REVOKE, { input: { apiKeyId: id } }, { token: holder.token });
    // then
    expect(revoked.data).toMatchObject({ revokeApiKey: { __typename: 'RevokeApiKeySuccess', apiKey: { id, active: false } } });
    expect(again.data).toEqual(revoked.data);
    expect((await app.exec(SERVICES, {}, { token: secret })).status).toBe(401);
  });

  it('another holder cannot see or revoke a key', async () => {
    // given: A's key, and holder B
    const { key } = await setup(app);
    const { secret, id } = await key(['READ']);
    const b = await createHolder(app.prisma);
    // when
    const revoke = await app.exec(REVOKE, { input: { apiKeyId: id } }, { token: b.token });
    const node = await app.exec('query ($id: ID!) { node(id: $id) { id } }', { id }, { token: b.token });
    // then
    expect(revoke.data).toEqual({ revokeApiKey: { __typename: 'NotFound', code: 'NOT_FOUND' } });
    expect(node.data).toEqual({ node: null });
    expect((await app.exec(SERVICES, {}, { token: secret })).status).toBe(200);
  });

  it('refuses an expiry in the past and more than the live keys allowed', async () => {
    // given
    const { create } = await setup(app);
    // when
    const past = await create(['READ'], { expiresAt: new Date(app.now().getTime() - 1000).toISOString() });
    for (let i = 0; i < 20; i++) expect((await create(['READ']))?.__typename).toBe('CreateApiKeySuccess');
    const tooMany = await create(['READ']);
    // then
    expect(past).toMatchObject({ __typename: 'ApiKeyExpiryInPast', code: 'API_KEY_EXPIRY_IN_PAST', field: ['input', 'expiresAt'] });
    expect(tooMany).toMatchObject({ __typename: 'ApiKeyLimitReached', code: 'API_KEY_LIMIT_REACHED' });
  });
});

describe('API keys: own request budget', () => {
  it('each key has its own budget: one key spent, the other and the holder still answered', async () => {
    // given: a budget of 3 requests per window, and two keys of one holder
    const app = await createTestApp({ env: { RATE_LIMIT_REQUESTS: '3' } });
    try {
      const { key, holder } = await setup(app);
      const first = await key(['READ']);
      const second = await key(['READ']);
      // when: the first key sends 4 requests
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await app.exec(SERVICES, {}, { token: first.secret })).status);
      // then
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await app.exec(SERVICES, {}, { token: second.secret })).status).toBe(200);
      expect((await app.exec(SERVICES, {}, { token: holder.token })).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe.runIf(process.env.TEST_DB === 'postgres')('API keys across instances', () => {
  for (const [name, env] of [
    ['PostgreSQL LISTEN/NOTIFY', {}],
    ['Redis pub/sub', { REDIS_URL: 'redis://127.0.0.1:6379' }],
  ] as const) {
    it(`a key revoked on one instance is refused with 401 on both (${name})`, async () => {
      // given: two instances on one database, both having served the key
      const prefix = `fe:test:${randomUUID()}`;
      const a = await createTestApp({ env, rateLimitKeyPrefix: prefix });
      const b = await createTestApp({ env, rateLimitKeyPrefix: prefix, sharing: a });
      try {
        const { key, holder } = await setup(a);
        const { secret, id } = await key(['READ']);
        for (const instance of [a, b]) expect((await instance.exec(SERVICES, {}, { token: secret })).status).toBe(200);
        // when: the holder revokes it through instance A
        const delivered = nextRevocation(b.deps.bus);
        await a.exec(REVOKE, { input: { apiKeyId: id } }, { token: holder.token });
        await delivered;
        // then
        for (const instance of [a, b]) expect((await instance.exec(SERVICES, {}, { token: secret })).status).toBe(401);
      } finally {
        await b.close();
        await a.close();
      }
    });
  }
});

function nextRevocation(bus: Bus): Promise<string | null> {
  return new Promise((resolve) => {
    const off = bus.subscribe('auth.revoked', (message) => {
      off();
      resolve(message);
    });
  });
}
