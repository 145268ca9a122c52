import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
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
  let ten: { token: string };
  let fifty: { token: string };

  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    const a = await createHolder(app.prisma);
    const s = await createService(app.prisma, a.account.id, { extraStorageGb: 2, seats: 2, modules: ['DOCUMENTS'], usedBytes: GB / 4 });
    for (let i = 0; i < 3; i++) await createOrder(app.prisma, s, { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    one = a;

    const holderWith = async (count: number) => {
      const b = await createHolder(app.prisma);
      for (let k = 0; k < count; k++) {
        const svc = await createService(app.prisma, b.account.id, {
          extraStorageGb: k % 3,
          seats: k % 2,
          modules: k % 2 ? ['PAYMENTS'] : [],
          usedBytes: 1000 + k,
        });
        for (let i = 0; i < 3; i++)
          await createOrder(app.prisma, svc, { createdAt: new Date(Date.UTC(2026, 0, 1 + i)), lines: 1 + (i % 2) });
      }
      return b;
    };
    ten = await holderWith(10);
    fifty = await holderWith(50);
  });
  afterAll(() => app.close());

  it('the dashboard sends the same at most 4 SQL statements for 1, 10 and 50 services', async () => {
    // given: holders with 1, 10 and 50 services, each with 3 orders, signed in once (their sessions and the catalog in memory)
    for (const holder of [one, ten, fifty]) expect((await app.exec(Dashboard, {}, { token: holder.token })).errors).toBeUndefined();
    // when
    const counts: number[] = [];
    const results: Awaited<ReturnType<typeof app.exec<ResultOf<typeof Dashboard>, Record<string, never>>>>[] = [];
    for (const holder of [one, ten, fifty]) {
      counts.push(
        await app.countQueries(async () => {
          results.push(await app.exec(Dashboard, {}, { token: holder.token }));
        }),
      );
    }
    // then
    const [r1, r10, r50] = results;
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(r1?.data?.viewer?.services.edges).toHaveLength(1);
    expect(r10?.data?.viewer?.services.edges).toHaveLength(10);
    expect(r50?.data?.viewer?.services.edges).toHaveLength(50);
    expect(r50?.data?.viewer?.services.totalCount).toBe(50);
    expect(r50?.data?.viewer?.services.edges.every((e) => e.node.orders?.edges.length === 3)).toBe(true);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it('a page that does not hold every service counts them with one more statement', async () => {
    // given: the holder with 50 services
    // when: a page of 10
    let result: Awaited<ReturnType<typeof app.exec>> | undefined;
    const count = await app.countQueries(async () => {
      result = await app.exec('{ viewer { services(first: 10) { totalCount edges { node { id } } } } }', {}, { token: fifty.token });
    });
    // then: the count is right and costs one COUNT
    expect(result?.errors).toBeUndefined();
    expect((result?.data as { viewer: { services: { totalCount: number } } }).viewer.services.totalCount).toBe(50);
    const whole = await app.countQueries(() =>
      app.exec('{ viewer { services(first: 50) { edges { node { id } } } } }', {}, { token: fifty.token }),
    );
    expect(count).toBe(whole + 1);
  });
});
