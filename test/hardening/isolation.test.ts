// Tenant isolation, generated from the schema: every query field and every
// mutation is tried by holder B (and by a panel user of B's service) against
// holder A's objects, without listing fields or mutations here. A new field or
// mutation is covered as soon as it is in the schema.
//
// - A's ids are discovered by walking everything A can see (the viewer, then
//   each object by id), selecting `__typename` and `id` at every level.
// - Query fields: B walks the same tree (and each by-id field with each of A's
//   ids); no response of B contains any of A's ids, while B does see its own.
// - Mutations: arguments are built from the input types. An `ID` argument named
//   `<x>Id` or `id` gets A's ids of the type whose name ends with `<X>`; other
//   required values are plausible (so that the call would succeed if it were
//   allowed); `orderNumber` gets A's order number. The call must be refused
//   (a typed error, or FORBIDDEN / NOT_FOUND / UNAUTHENTICATED) and nothing of
//   A changes in the database.
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addUsage, createHolder, createPanelUser, createService } from '../support/factories.js';
import { createOrder } from '../read-api/helpers.js';
import { openCart } from '../checkout/helpers.js';

/** Mutations that act only on the caller's own session, whatever the arguments. */
const CALLER_ONLY: ReadonlyMap<string, string> = new Map([
  ['logout', 'revokes the caller’s own sessions'],
  ['createApiKey', 'creates a key for the caller’s own account'],
  ['createWebhookEndpoint', 'registers an endpoint for the caller’s own account'],
]);

const REFUSAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']);
const MAX_DEPTH = 4;

interface Seen {
  typename: string;
  id: string;
}

/** A selection of `__typename` and `id` at every level, through fields whose arguments are all optional. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth >= MAX_DEPTH) return '{ __typename }';
  if (isAbstractType(named)) {
    const parts = schema.getPossibleTypes(named).map((t) => `... on ${t.name} ${selectionOf(t, depth)}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const parts = fields.flatMap((f) => {
    if (f.name === 'id') return ['id'];
    if (isLeafType(getNamedType(f.type)) || f.name === 'pageInfo') return [];
    // A connection's edges and nodes are one level of the data, not three.
    const step = f.name === 'edges' || f.name === 'node' ? 0 : 1;
    return [`${f.name} ${selectionOf(f.type, depth + step)}`];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

/** Every object with an `id` in a response, with its type. */
function collect(value: unknown, into: Seen[] = []): Seen[] {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.__typename === 'string') into.push({ typename: record.__typename, id: record.id });
    for (const v of Object.values(record)) collect(v, into);
  }
  return into;
}

const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});
/** Query fields reached without arguments (viewer, catalog, ...). */
const rootFields = queryFields.filter((f) => f.args.every((a) => !isNonNullType(a.type)));
/** Query fields taking one object id. */
const byIdFields = queryFields.filter((f) => f.args.some((a) => a.name === 'id'));

/** One query per root field: a field refused to the caller (an operator's report) must not null the others. */
const rootQueries = rootFields.map((f) => `{ ${f.name} ${selectionOf(f.type, 1)} }`);

function byIdQuery(field: GraphQLField<unknown, unknown>): string {
  return `query ($id: ID!) { ${field.name}(id: $id) ${selectionOf(field.type, 1)} }`;
}

/** The type a by-id field returns, for matching ids (Node: any). */
const returns = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type).name;

function typenameOf(id: string): string | null {
  try {
    return decodeGlobalID(id).typename;
  } catch {
    return null;
  }
}

describe('Tenant isolation (generated from the schema)', () => {
  let app: TestApp;
  let seenByA: Seen[];
  let aIds: Set<string>;
  let aOrderNumber: string;
  let aAccountId: string;
  const callers: { name: string; token: string; ownIds: () => string[] }[] = [];
  let bSeen: Seen[] = [];

  async function walk(token: string, extraIds: string[]): Promise<Seen[]> {
    const seen: Seen[] = [];
    for (const query of rootQueries) collect((await app.exec(query, {}, { token })).data, seen);
    const queue = [...new Set([...seen.map((s) => s.id), ...extraIds])];
    for (const id of queue) {
      for (const field of byIdFields) {
        const typename = typenameOf(id);
        if (returns(field) !== 'Node' && typename !== returns(field)) continue;
        const res = await app.exec(byIdQuery(field), { id }, { token });
        for (const s of collect(res.data)) if (!seen.some((x) => x.id === s.id)) seen.push(s);
      }
    }
    return seen;
  }

  /** Everything of A's that a mutation could change. */
  async function stateOfA() {
    const where = { accountId: aAccountId };
    const services = await app.prisma.service.findMany({ where, orderBy: { id: 'asc' }, include: { storage: true } });
    const serviceIds = { serviceId: { in: services.map((s) => s.id) } };
    return {
      account: await app.prisma.account.findUnique({ where: { id: aAccountId }, include: { holder: true } }),
      services,
      items: await app.prisma.subscriptionItem.findMany({ where: serviceIds, orderBy: { id: 'asc' } }),
      panelUsers: await app.prisma.panelUser.findMany({ where: serviceIds, orderBy: { id: 'asc' } }),
      carts: await app.prisma.cart.findMany({ where, orderBy: { id: 'asc' }, include: { lines: { orderBy: { id: 'asc' } } } }),
      orders: await app.prisma.order.findMany({ where, orderBy: { id: 'asc' }, include: { lines: { orderBy: { id: 'asc' } } } }),
      payments: await app.prisma.payment.findMany({ where: { order: where }, orderBy: { id: 'asc' } }),
      documents: await app.prisma.document.findMany({ where: serviceIds, orderBy: { id: 'asc' } }),
      apiKeys: await app.prisma.apiKey.findMany({ where, orderBy: { id: 'asc' } }),
      webhookEndpoints: await app.prisma.webhookEndpoint.findMany({ where, orderBy: { id: 'asc' } }),
    };
  }

  beforeAll(async () => {
    app = await createTestApp();
    // given: holder A with a service, a panel user, documents, an open cart and an order awaiting payment
    const a = await createHolder(app.prisma);
    aAccountId = a.account.id;
    const aService = await createService(app.prisma, a.account.id, { extraStorageGb: 1 });
    await createPanelUser(app.prisma, aService.id);
    await addUsage(app.prisma, aService.id, 1000);
    const order = await createOrder(app.prisma, aService, { status: 'AWAITING_PAYMENT', paymentMethod: 'BANK_TRANSFER' });
    aOrderNumber = order.number;
    const cart = await openCart(app, a.token, aService.id, 'STORAGE_UPGRADE');
    await apiKeyOf(a.token, ['READ']);
    await app.exec(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }',
      { input: { url: 'https://hooks.example.com/a', eventTypes: ['ORDER_PAID'] } },
      { token: a.token },
    );
    seenByA = await walk(a.token, [cart.id]);
    aIds = new Set(seenByA.map((s) => s.id));
    // and: holder B with a service of its own, and a panel user of B's service
    const b = await createHolder(app.prisma);
    const bService = await createService(app.prisma, b.account.id);
    const { token: bUserToken } = await createPanelUser(app.prisma, bService.id);
    bSeen = await walk(b.token, []);
    callers.push({ name: 'holder B', token: b.token, ownIds: () => bSeen.map((s) => s.id) });
    callers.push({ name: 'panel user of B', token: bUserToken, ownIds: () => bSeen.map((s) => s.id) });
    const bKey = await apiKeyOf(b.token, ['READ', 'BILLING', 'DOCUMENTS']);
    callers.push({ name: 'API key of B (every scope)', token: bKey, ownIds: () => bSeen.map((s) => s.id) });
  });

  /** A new API key of the holder signed in with `token`; its secret. */
  async function apiKeyOf(token: string, scopes: string[]): Promise<string> {
    const res = await app.exec(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeySuccess { secret } } }',
      { input: { label: 'isolation', scopes } },
      { token },
    );
    const secret = (res.data as { createApiKey?: { secret?: string } } | null)?.createApiKey?.secret;
    if (!secret) throw new Error(`createApiKey: ${JSON.stringify(res)}`);
    return secret;
  }
  afterAll(async () => {
    await app.close();
  });

  it('walks A’s objects of every kind (the generated queries reach real data)', () => {
    // then
    const kinds = new Set(seenByA.map((s) => s.typename));
    for (const kind of ['Account', 'Service', 'Order', 'Cart', 'Document', 'ApiKey', 'WebhookEndpoint'])
      expect(kinds, kind).toContain(kind);
    expect(bSeen.length).toBeGreaterThan(0);
  });

  it.each(['holder B', 'panel user of B', 'API key of B (every scope)'])(
    '%s never reads any of A’s objects through any query field',
    async (name) => {
      // given
      const caller = callers.find((c) => c.name === name);
      if (!caller) throw new Error(name);
      // when: the root fields, and each by-id field with each of A's ids
      const responses: unknown[] = [];
      for (const query of rootQueries) responses.push((await app.exec(query, {}, { token: caller.token })).data);
      for (const field of byIdFields) {
        for (const seen of seenByA) {
          if (returns(field) !== 'Node' && seen.typename !== returns(field)) continue;
          const res = await app.exec(byIdQuery(field), { id: seen.id }, { token: caller.token });
          expect(
            (res.data as Record<string, unknown> | null | undefined)?.[field.name] ?? null,
            `${field.name}(${seen.typename})`,
          ).toBeNull();
          responses.push(res);
        }
      }
      const nodes = queryFields.find((f) => f.name === 'nodes');
      if (nodes) {
        const res = await app.exec(
          `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Node { id } } }`,
          {
            ids: [...aIds].filter((id) => typenameOf(id) !== null),
          },
          { token: caller.token },
        );
        responses.push(res);
      }
      // then
      const leaked = collect(responses).filter((s) => aIds.has(s.id));
      expect(leaked).toEqual([]);
    },
  );

  /** A value for an input type that would be accepted if the caller were allowed. */
  function valueFor(name: string, type: GraphQLInputType, targets: Map<string, string>): unknown {
    if (isNonNullType(type)) return valueFor(name, type.ofType, targets);
    if (isListType(type)) {
      const item = valueFor(name, type.ofType, targets);
      return item === undefined ? [] : [item];
    }
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const v = targetOrValue(field.name, field.type, targets, isNonNullType(field.type));
        if (v !== undefined) out[field.name] = v;
      }
      return out;
    }
    if (isEnumType(type)) return type.getValues()[0]?.value;
    if (isScalarType(type)) {
      if (name === 'contentBase64') return Buffer.from('isolation').toString('base64');
      if (name === 'orderNumber') return aOrderNumber;
      switch (type.name) {
        case 'Int':
          return 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return true;
        case 'DateTime':
          return app.now().toISOString();
        default:
          return `iso-${name}`;
      }
    }
    return undefined;
  }

  function targetOrValue(name: string, type: GraphQLInputType, targets: Map<string, string>, required: boolean): unknown {
    const named: GraphQLNamedType = getNamedType(type);
    if (named.name === 'ID') {
      const target = targets.get(name);
      if (target !== undefined) return isListType(isNonNullType(type) ? type.ofType : type) ? [target] : target;
    }
    if (!required && name !== 'orderNumber') return undefined;
    return valueFor(name, type, targets);
  }

  /** Each way of pointing a mutation's ID arguments at A's objects: one call per A object of the matching type. */
  function targetSets(args: readonly GraphQLArgument[]): Map<string, string>[] {
    const idNames = new Set<string>();
    const visit = (t: GraphQLInputType) => {
      const named = getNamedType(t);
      if (isInputObjectType(named))
        for (const f of Object.values(named.getFields())) {
          if (getNamedType(f.type).name === 'ID') idNames.add(f.name);
          else visit(f.type);
        }
    };
    for (const arg of args) visit(arg.type);
    const candidates = (argName: string) => {
      const stem = argName === 'id' || argName === 'ids' ? '' : argName.replace(/Ids?$/, '').toLowerCase();
      return seenByA.filter((s) => stem === '' || s.typename.toLowerCase().endsWith(stem));
    };
    const sets: Map<string, string>[] = [];
    for (const name of idNames)
      for (const seen of candidates(name)) {
        const set = new Map<string, string>();
        // The other ID arguments point at A's objects too (the first of each type).
        for (const other of idNames) {
          const first = candidates(other)[0];
          if (first) set.set(other, first.id);
        }
        set.set(name, seen.id);
        sets.push(set);
      }
    return sets.length > 0 ? sets : [new Map<string, string>()];
  }

  const mutations = mutationFields.filter((f) => !CALLER_ONLY.has(f.name));

  it.each(mutations.map((m) => [m.name, m] as const))(
    '%s: refused for B on every one of A’s objects, nothing of A changes',
    async (_name, mutation) => {
      const before = await stateOfA();
      for (const caller of callers) {
        for (const targets of targetSets(mutation.args)) {
          // when
          const variables = Object.fromEntries(mutation.args.map((a) => [a.name, valueFor(a.name, a.type, targets)]));
          const signature = mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
          const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
          const document = `mutation (${signature}) { ${mutation.name}(${call}) ${selectionOf(mutation.type, 2)} }`;
          const res = await app.exec(document, variables, { token: caller.token });
          // then: refused
          const payload = (res.data as Record<string, { __typename?: string } | null> | null | undefined)?.[mutation.name] ?? null;
          const context = `${caller.name} ${JSON.stringify(variables)}`;
          if (payload) expect(payload.__typename, context).not.toMatch(/Success$/);
          else
            expect(
              res.errors?.map((e) => e.extensions.code).every((c) => REFUSAL_CODES.has(String(c))),
              context,
            ).toBe(true);
          expect(
            collect(res.data).filter((s) => aIds.has(s.id)),
            context,
          ).toEqual([]);
        }
      }
      // and: nothing of A changed
      expect(await stateOfA()).toEqual(before);
    },
  );
});
