import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addUsage, createHolder, createOperator, createPanelUser, createService } from '../support/factories.js';
import { createOrder } from './helpers.js';

const Viewer = graphql(`
  query ReadApiViewer {
    viewer {
      principalType
      account {
        id
        username
        holder {
          name
          referenceEmail
        }
      }
      service {
        id
        username
      }
      services(first: 10) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      orders(first: 10) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

const ServiceById = graphql(`
  query ReadApiServiceById($id: ID!) {
    service(id: $id) {
      id
      status
      storage {
        usedBytes
      }
      autoRenew
      availableActions {
        action
      }
      availableModules {
        code
      }
      users {
        id
      }
      orders(first: 5) {
        totalCount
      }
      documents(first: 5, kind: INVOICE_SENT) {
        totalCount
        edges {
          node {
            id
            kind
            number
            sizeBytes
            createdAt
          }
        }
      }
    }
  }
`);

const OrderById = graphql(`
  query ReadApiOrderById($id: ID!) {
    order(id: $id) {
      id
      number
    }
  }
`);

const NodesByIds = graphql(`
  query ReadApiNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);

const NodeById = graphql(`
  query ReadApiNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Service {
        username
      }
      ... on Order {
        number
      }
      ... on Document {
        number
      }
    }
  }
`);

describe('who reads what', () => {
  let app: TestApp;
  let alice: { account: { id: string; username: string }; token: string };
  let bob: { account: { id: string }; token: string };
  let aliceService: { id: string; accountId: string };
  let aliceOther: { id: string; accountId: string };
  let aliceOrder: { id: string; number: string };
  let aliceDoc: { id: string; number: string };
  let panel: { token: string };

  beforeAll(async () => {
    app = await createTestApp();
    alice = await createHolder(app.prisma, { name: 'Alice Rossi', email: 'alice@example.com' });
    bob = await createHolder(app.prisma);
    aliceService = await createService(app.prisma, alice.account.id);
    aliceOther = await createService(app.prisma, alice.account.id);
    await createService(app.prisma, bob.account.id);
    aliceOrder = await createOrder(app.prisma, aliceService);
    await addUsage(app.prisma, aliceService.id, 2048, { kind: 'INVOICE_SENT' });
    await addUsage(app.prisma, aliceService.id, 1000, { kind: 'INVOICE_RECEIVED' });
    aliceDoc = await app.prisma.document.findFirstOrThrow({ where: { serviceId: aliceService.id, kind: 'INVOICE_SENT' } });
    panel = await createPanelUser(app.prisma, aliceService.id);
  });
  afterAll(() => app.close());

  it('an anonymous viewer is null and reads no service', async () => {
    // given: no token
    // when
    const viewer = await app.exec(Viewer);
    const service = await app.exec(ServiceById, { id: encodeGlobalID('Service', aliceService.id) });
    // then
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer).toBeNull();
    expect(service.data?.service).toBeNull();
  });

  it('a holder reads their account, their services and their orders', async () => {
    // given: alice signed in
    // when
    const res = await app.exec(Viewer, {}, { token: alice.token });
    // then
    expect(res.errors).toBeUndefined();
    const v = res.data?.viewer;
    expect(v?.principalType).toBe('HOLDER');
    expect(v?.account).toMatchObject({
      username: alice.account.username,
      holder: { name: 'Alice Rossi', referenceEmail: 'alice@example.com' },
    });
    expect(v?.services.totalCount).toBe(2);
    expect(v?.services.edges.map((e) => e.node.id).sort()).toEqual(
      [aliceService.id, aliceOther.id].map((id) => encodeGlobalID('Service', id)).sort(),
    );
    expect(v?.orders?.edges.map((e) => e.node.id)).toEqual([encodeGlobalID('Order', aliceOrder.id)]);
    expect(v?.service).toBeNull();
  });

  it("another account's service, order and documents read as null, exactly like unknown IDs", async () => {
    // given: bob signed in, and IDs of alice's objects
    // when
    const service = await app.exec(ServiceById, { id: encodeGlobalID('Service', aliceService.id) }, { token: bob.token });
    const unknown = await app.exec(ServiceById, { id: encodeGlobalID('Service', 'does-not-exist') }, { token: bob.token });
    const order = await app.exec(OrderById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: bob.token });
    const nodeService = await app.exec(NodeById, { id: encodeGlobalID('Service', aliceService.id) }, { token: bob.token });
    const nodeOrder = await app.exec(NodeById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: bob.token });
    const nodeDoc = await app.exec(NodeById, { id: encodeGlobalID('Document', aliceDoc.id) }, { token: bob.token });
    // then
    for (const res of [service, unknown, order, nodeService, nodeOrder, nodeDoc]) {
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    }
    expect(service.data).toEqual(unknown.data);
    expect(service.data?.service).toBeNull();
    expect(order.data?.order).toBeNull();
    expect(nodeService.data?.node).toBeNull();
    expect(nodeOrder.data?.node).toBeNull();
    expect(nodeDoc.data?.node).toBeNull();
  });

  it('malformed IDs and IDs of another type read as null, never a 500', async () => {
    // given: alice signed in
    // when
    const garbage = await app.exec(ServiceById, { id: '%%%not-an-id' }, { token: alice.token });
    const orderAsService = await app.exec(ServiceById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: alice.token });
    const serviceAsOrder = await app.exec(OrderById, { id: encodeGlobalID('Service', aliceService.id) }, { token: alice.token });
    const rawDbId = await app.exec(OrderById, { id: aliceOrder.id }, { token: alice.token });
    // then
    for (const res of [garbage, orderAsService, serviceAsOrder, rawDbId]) {
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    }
    expect(garbage.data?.service).toBeNull();
    expect(orderAsService.data?.service).toBeNull();
    expect(serviceAsOrder.data?.order).toBeNull();
    expect(rawDbId.data?.order).toBeNull();
  });

  it('node(id) with a malformed ID gives a clear error, not a 500', async () => {
    // given: alice signed in
    // when
    const res = await app.exec(NodeById, { id: '%%%not-an-id' }, { token: alice.token });
    // then
    expect(res.status).toBeLessThan(500);
    expect(res.data?.node ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/Invalid global ID/);
  });

  it("node(id) returns the holder's own objects", async () => {
    // given: alice signed in
    // when
    const service = await app.exec(NodeById, { id: encodeGlobalID('Service', aliceService.id) }, { token: alice.token });
    const order = await app.exec(NodeById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: alice.token });
    const doc = await app.exec(NodeById, { id: encodeGlobalID('Document', aliceDoc.id) }, { token: alice.token });
    // then
    expect(service.data?.node).toMatchObject({ __typename: 'Service' });
    expect(order.data?.node).toMatchObject({ __typename: 'Order', number: aliceOrder.number });
    expect(doc.data?.node).toMatchObject({ __typename: 'Document', number: aliceDoc.number });
  });

  it('nodes(ids) gives null for each object that is not visible', async () => {
    // given: bob signed in, his own service and alice's
    const bobService = await app.prisma.service.findFirstOrThrow({ where: { accountId: bob.account.id } });
    // when
    const res = await app.exec(
      NodesByIds,
      {
        ids: [encodeGlobalID('Service', bobService.id), encodeGlobalID('Service', aliceService.id), encodeGlobalID('Order', aliceOrder.id)],
      },
      { token: bob.token },
    );
    // then
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toEqual([{ __typename: 'Service', id: encodeGlobalID('Service', bobService.id) }, null, null]);
  });

  it('a panel user reads their service and its documents but no orders, billing or account', async () => {
    // given: a panel user of alice's first service
    // when
    const viewer = await app.exec(Viewer, {}, { token: panel.token });
    const service = await app.exec(ServiceById, { id: encodeGlobalID('Service', aliceService.id) }, { token: panel.token });
    // then
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer).toMatchObject({
      principalType: 'PANEL_USER',
      account: null,
      orders: null,
      service: { id: encodeGlobalID('Service', aliceService.id) },
    });
    expect(viewer.data?.viewer?.services.totalCount).toBe(1);
    expect(service.errors).toBeUndefined();
    const s = service.data?.service;
    expect(s?.status).toBe('ACTIVE');
    expect(Number(s?.storage.usedBytes)).toBe(3048);
    expect(s?.orders).toBeNull();
    expect(s?.autoRenew).toBeNull();
    expect(s?.availableActions).toBeNull();
    expect(s?.availableModules).toBeNull();
    expect(s?.users).toBeNull();
    expect(s?.documents.totalCount).toBe(1);
    expect(s?.documents.edges[0]?.node).toMatchObject({ kind: 'INVOICE_SENT', number: aliceDoc.number, sizeBytes: 2048 });
  });

  it('a panel user cannot read orders, by id or by node, nor another service of the account', async () => {
    // given: a panel user of alice's first service
    // when
    const order = await app.exec(OrderById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: panel.token });
    const node = await app.exec(NodeById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: panel.token });
    const other = await app.exec(ServiceById, { id: encodeGlobalID('Service', aliceOther.id) }, { token: panel.token });
    const doc = await app.exec(NodeById, { id: encodeGlobalID('Document', aliceDoc.id) }, { token: panel.token });
    // then
    expect(order.data?.order).toBeNull();
    expect(node.data?.node).toBeNull();
    expect(other.data?.service).toBeNull();
    expect(doc.data?.node).toMatchObject({ __typename: 'Document', number: aliceDoc.number });
  });

  it('an operator reads every service and order', async () => {
    // given: an operator
    const op = await createOperator(app.prisma);
    // when
    const viewer = await app.exec(Viewer, {}, { token: op.token });
    const order = await app.exec(OrderById, { id: encodeGlobalID('Order', aliceOrder.id) }, { token: op.token });
    const service = await app.exec(ServiceById, { id: encodeGlobalID('Service', aliceService.id) }, { token: op.token });
    // then
    expect(viewer.data?.viewer?.principalType).toBe('OPERATOR');
    expect(viewer.data?.viewer?.account).toBeNull();
    expect(viewer.data?.viewer?.services.totalCount).toBe(await app.prisma.service.count());
    expect(viewer.data?.viewer?.orders?.totalCount).toBe(await app.prisma.order.count());
    expect(order.data?.order?.number).toBe(aliceOrder.number);
    expect(service.data?.service?.orders?.totalCount).toBe(1);
  });
});
