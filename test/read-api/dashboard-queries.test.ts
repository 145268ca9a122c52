import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService, GB, SMALL_GB_POLICY } from '../support/factories.js';
import { createOrder } from './helpers.js';

const Dashboard = graphql(`
  query ReadApiDashboard {
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
      services(first: 50) {
        totalCount
        edges {
          node {
            id
            username
            status
            restrictionReasons
            expiryWarning
            daysToExpiry
            autoRenew
            storage {
              boughtGb
              usedBytes
              percentUsed
              warning
              full
              breakdown {
                category
                bytes
              }
              recommendedExtraGb
            }
            modules {
              module
              expiresAt
            }
            availableModules {
              code
              name
              yearlyPrice {
                amountCents
              }
            }
            userSeats {
              bought
              configured
            }
            availableActions {
              action
              available
              reasonCode
            }
            orders(first: 10) {
              totalCount
              edges {
                node {
                  id
                  number
                  type
                  status
                  total {
                    amountCents
                  }
                  canPay
                  lines {
                    product {
                      code
                      name
                    }
                    quantity
                    amount {
                      amountCents
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe('dashboard query count (no N+1)', () => {
  let app: TestApp;
  let one: { token: string };
  let fifty: { token: string };

  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    const a = await createHolder(app.prisma);
    const s = await createService(app.prisma, a.account.id, { extraStorageGb: 2, seats: 2, modules: ['DOCUMENTS'], usedBytes: GB / 4 });
    for (let i = 0; i < 3; i++) await createOrder(app.prisma, s, { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    one = a;

    const b = await createHolder(app.prisma);
    for (let k = 0; k < 50; k++) {
      const svc = await createService(app.prisma, b.account.id, {
        extraStorageGb: k % 3,
        seats: k % 2,
        modules: k % 2 ? ['PAYMENTS'] : [],
        usedBytes: 1000 + k,
      });
      for (let i = 0; i < 3; i++) await createOrder(app.prisma, svc, { createdAt: new Date(Date.UTC(2026, 0, 1 + i)), lines: 1 + (i % 2) });
    }
    fifty = b;
  });
  afterAll(() => app.close());

  it('the dashboard runs the same bounded number of SQL queries for 1 and for 50 services', async () => {
    // given: a holder with 1 service and a holder with 50 services, each with 3 orders
    // when
    let resOne: Awaited<ReturnType<typeof app.exec<unknown, Record<string, never>>>> | undefined;
    let resFifty: typeof resOne;
    const countOne = await app.countQueries(async () => {
      resOne = await app.exec(Dashboard, {}, { token: one.token });
    });
    const countFifty = await app.countQueries(async () => {
      resFifty = await app.exec(Dashboard, {}, { token: fifty.token });
    });
    // then
    expect(resOne?.errors).toBeUndefined();
    expect(resFifty?.errors).toBeUndefined();
    const r1 = await app.exec(Dashboard, {}, { token: one.token });
    const r50 = await app.exec(Dashboard, {}, { token: fifty.token });
    expect(r1.data?.viewer?.services.edges).toHaveLength(1);
    expect(r50.data?.viewer?.services.edges).toHaveLength(50);
    expect(r50.data?.viewer?.services.totalCount).toBe(50);
    expect(r50.data?.viewer?.services.edges.every((e) => e.node.orders?.edges.length === 3)).toBe(true);
    expect(countFifty).toBe(countOne);
    expect(countFifty).toBeLessThanOrEqual(15);
  });
});
