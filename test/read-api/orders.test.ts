import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService } from '../support/factories.js';
import { createOrder } from './helpers.js';

const ServiceOrders = graphql(`
  query ReadApiServiceOrders($id: ID!, $first: Int, $after: String, $status: OrderStatus, $type: OrderType) {
    service(id: $id) {
      orders(first: $first, after: $after, status: $status, type: $type) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            number
            type
            status
            paymentMethod
            createdAt
            paidAt
            years
            storageGb
            subtotal {
              amountCents
              currency
            }
            discount {
              amountCents
            }
            vat {
              amountCents
            }
            total {
              amountCents
            }
            canPay
            canCancel
            lines {
              product {
                code
                name
              }
              kind
              module
              quantity
              unitPrice {
                amountCents
              }
              amount {
                amountCents
              }
              periodStart
              periodEnd
              proRataDays
            }
          }
        }
      }
    }
  }
`);

const OrderById = graphql(`
  query ReadApiOrder($id: ID!) {
    order(id: $id) {
      number
      status
      canPay
      canCancel
      total {
        amountCents
        currency
      }
      paymentInstructions {
        method
        reference
        amount {
          amountCents
          currency
        }
        beneficiary
        iban
        postalAccount
      }
    }
  }
`);

const ViewerOrders = graphql(`
  query ReadApiViewerOrders($status: OrderStatus, $type: OrderType) {
    viewer {
      orders(first: 50, status: $status, type: $type) {
        totalCount
        edges {
          node {
            number
          }
        }
      }
    }
  }
`);

describe('orders', () => {
  let app: TestApp;
  let holder: { account: { id: string }; token: string };
  let service: { id: string; accountId: string };

  beforeAll(async () => {
    app = await createTestApp();
    holder = await createHolder(app.prisma);
    service = await createService(app.prisma, holder.account.id);
  });
  afterAll(() => app.close());

  it('R7: orders are listed newest first with type, number, date, cost, status, storage and years', async () => {
    // given: three orders of different types on different days
    const first = await createOrder(app.prisma, service, {
      type: 'FIRST_PURCHASE',
      createdAt: new Date('2025-01-10T10:00:00Z'),
      storageGb: 1,
    });
    const upgrade = await createOrder(app.prisma, service, {
      type: 'STORAGE_UPGRADE',
      createdAt: new Date('2025-06-10T10:00:00Z'),
      storageGb: 3,
      lines: 1,
    });
    const renewal = await createOrder(app.prisma, service, {
      type: 'RENEWAL',
      createdAt: new Date('2026-01-10T10:00:00Z'),
      years: 2,
      storageGb: 3,
      status: 'AWAITING_PAYMENT',
      paymentMethod: 'BANK_TRANSFER',
    });
    // when
    const res = await app.exec(ServiceOrders, { id: encodeGlobalID('Service', service.id), first: 10 }, { token: holder.token });
    // then
    expect(res.errors).toBeUndefined();
    const conn = res.data?.service?.orders;
    expect(conn?.totalCount).toBe(3);
    expect(conn?.edges.map((e) => e.node.number)).toEqual([renewal.number, upgrade.number, first.number]);
    const top = conn?.edges[0]?.node;
    expect(top).toMatchObject({
      type: 'RENEWAL',
      status: 'AWAITING_PAYMENT',
      paymentMethod: 'BANK_TRANSFER',
      createdAt: '2026-01-10T10:00:00.000Z',
      paidAt: null,
      years: 2,
      storageGb: 3,
      subtotal: { amountCents: 2000, currency: 'EUR' },
      discount: { amountCents: 0 },
      vat: { amountCents: 440 },
      total: { amountCents: 2440 },
    });
    expect(top?.lines.map((l) => [l.product.code, l.kind, l.quantity, l.amount.amountCents])).toEqual([
      ['BASE_FULL', 'BASE', 1, 1000],
      ['STORAGE_GB', 'STORAGE', 1, 1000],
    ]);
    // money adds up
    const sum = (top?.lines ?? []).reduce((s, l) => s + l.amount.amountCents, 0);
    expect(sum + (top?.vat.amountCents ?? 0) - (top?.discount.amountCents ?? 0)).toBe(top?.total.amountCents);
  });

  it('R7, R26: only an order awaiting payment offers Pay and Cancel', async () => {
    // given: orders awaiting payment, paid and cancelled
    const awaiting = await createOrder(app.prisma, service, { status: 'AWAITING_PAYMENT' });
    const paid = await createOrder(app.prisma, service, { status: 'PAID' });
    const cancelled = await createOrder(app.prisma, service, { status: 'CANCELLED' });
    // when
    const [a, p, c] = await Promise.all(
      [awaiting, paid, cancelled].map((o) => app.exec(OrderById, { id: encodeGlobalID('Order', o.id) }, { token: holder.token })),
    );
    // then
    expect(a?.data?.order).toMatchObject({ status: 'AWAITING_PAYMENT', canPay: true, canCancel: true });
    expect(p?.data?.order).toMatchObject({ status: 'PAID', canPay: false, canCancel: false });
    expect(c?.data?.order).toMatchObject({ status: 'CANCELLED', canPay: false, canCancel: false });
  });

  it('R24: a bank transfer awaiting payment shows the order number as reference, the amount and the IBAN', async () => {
    // given
    const order = await createOrder(app.prisma, service, { status: 'AWAITING_PAYMENT', paymentMethod: 'BANK_TRANSFER' });
    // when
    const res = await app.exec(OrderById, { id: encodeGlobalID('Order', order.id) }, { token: holder.token });
    // then
    expect(res.data?.order?.paymentInstructions).toEqual({
      method: 'BANK_TRANSFER',
      reference: order.number,
      amount: { amountCents: order.totalCents, currency: 'EUR' },
      beneficiary: app.deps.config.BANK_BENEFICIARY,
      iban: app.deps.config.BANK_IBAN,
      postalAccount: null,
    });
  });

  it('R24: a postal slip awaiting payment shows the postal account; card orders and paid orders show none', async () => {
    // given
    const slip = await createOrder(app.prisma, service, { status: 'AWAITING_PAYMENT', paymentMethod: 'POSTAL_SLIP' });
    const card = await createOrder(app.prisma, service, { status: 'AWAITING_PAYMENT', paymentMethod: 'CREDIT_CARD' });
    const paidTransfer = await createOrder(app.prisma, service, { status: 'PAID', paymentMethod: 'BANK_TRANSFER' });
    // when
    const [s, c, p] = await Promise.all(
      [slip, card, paidTransfer].map((o) => app.exec(OrderById, { id: encodeGlobalID('Order', o.id) }, { token: holder.token })),
    );
    // then
    expect(s?.data?.order?.paymentInstructions).toMatchObject({
      method: 'POSTAL_SLIP',
      reference: slip.number,
      iban: null,
      postalAccount: app.deps.config.POSTAL_ACCOUNT,
    });
    expect(c?.data?.order?.paymentInstructions).toBeNull();
    expect(p?.data?.order?.paymentInstructions).toBeNull();
  });

  it('R7: orders can be filtered by status and type, with totalCount of the filter', async () => {
    // given: a fresh service with 2 renewals (1 paid) and 1 upgrade
    const svc = await createService(app.prisma, holder.account.id);
    await createOrder(app.prisma, svc, { type: 'RENEWAL', status: 'PAID' });
    await createOrder(app.prisma, svc, { type: 'RENEWAL', status: 'AWAITING_PAYMENT' });
    await createOrder(app.prisma, svc, { type: 'STORAGE_UPGRADE', status: 'PAID' });
    const id = encodeGlobalID('Service', svc.id);
    // when
    const renewals = await app.exec(ServiceOrders, { id, type: 'RENEWAL' }, { token: holder.token });
    const paidRenewals = await app.exec(ServiceOrders, { id, type: 'RENEWAL', status: 'PAID' }, { token: holder.token });
    // then
    expect(renewals.data?.service?.orders?.totalCount).toBe(2);
    expect(renewals.data?.service?.orders?.edges.every((e) => e.node.type === 'RENEWAL')).toBe(true);
    expect(paidRenewals.data?.service?.orders?.totalCount).toBe(1);
    expect(paidRenewals.data?.service?.orders?.edges[0]?.node).toMatchObject({ type: 'RENEWAL', status: 'PAID' });
  });

  it('R7: pagination is stable when orders share a creation time (createdAt desc, id desc)', async () => {
    // given: 5 orders created at the same instant
    const svc = await createService(app.prisma, holder.account.id);
    const at = new Date('2026-03-01T00:00:00Z');
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createOrder(app.prisma, svc, { createdAt: at }));
    const expected = created
      .map((o) => o.id)
      .sort()
      .reverse();
    const id = encodeGlobalID('Service', svc.id);
    // when: reading two pages of 3
    const page1 = await app.exec(ServiceOrders, { id, first: 3 }, { token: holder.token });
    const page2 = await app.exec(
      ServiceOrders,
      { id, first: 3, after: page1.data?.service?.orders?.pageInfo.endCursor },
      { token: holder.token },
    );
    // then
    const ids = [...(page1.data?.service?.orders?.edges ?? []), ...(page2.data?.service?.orders?.edges ?? [])].map((e) => e.node.id);
    expect(page1.data?.service?.orders?.pageInfo.hasNextPage).toBe(true);
    expect(page2.data?.service?.orders?.pageInfo.hasNextPage).toBe(false);
    expect(ids).toEqual(expected.map((dbId) => encodeGlobalID('Order', dbId)));
  });

  it('R7: viewer.orders lists every order of the holder, filterable', async () => {
    // given: a second holder with two orders on two services
    const other = await createHolder(app.prisma);
    const s1 = await createService(app.prisma, other.account.id);
    const s2 = await createService(app.prisma, other.account.id);
    const o1 = await createOrder(app.prisma, s1, { type: 'FIRST_PURCHASE', createdAt: new Date('2026-01-01T00:00:00Z') });
    const o2 = await createOrder(app.prisma, s2, { type: 'ADD_USERS', createdAt: new Date('2026-02-01T00:00:00Z') });
    // when
    const all = await app.exec(ViewerOrders, {}, { token: other.token });
    const addUsers = await app.exec(ViewerOrders, { type: 'ADD_USERS' }, { token: other.token });
    // then
    expect(all.data?.viewer?.orders?.totalCount).toBe(2);
    expect(all.data?.viewer?.orders?.edges.map((e) => e.node.number)).toEqual([o2.number, o1.number]);
    expect(addUsers.data?.viewer?.orders?.edges.map((e) => e.node.number)).toEqual([o2.number]);
  });
});
