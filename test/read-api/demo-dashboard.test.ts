import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.js';

const DemoLogin = graphql(`
  mutation ReadApiDemoLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        token
      }
    }
  }
`);

const DemoDashboard = graphql(`
  query ReadApiDemoDashboard {
    viewer {
      principalType
      services(first: 50) {
        edges {
          node {
            username
            status
            restrictionReasons
            expiryWarning
            autoRenew
            storage {
              percentUsed
              warning
              full
            }
            modules {
              module
            }
            userSeats {
              bought
              configured
            }
            availableActions {
              action
              available
            }
            orders(first: 10) {
              edges {
                node {
                  number
                  type
                  status
                  canPay
                  lines {
                    product {
                      code
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

describe('demo data through the read API', () => {
  let app: TestApp;

  beforeAll(async () => {
    // The seed writes usage as 1 MiB documents: 1 GB = 128 MiB keeps every
    // seeded percentage (the archive's 100.4% included) with 8x fewer rows.
    app = await createTestApp({ policy: { bytesPerGb: 128 * 1_048_576 } });
    await seedDemo(app.deps, app.now());
  });
  afterAll(() => app.close());

  async function dashboardOf(username: string) {
    const login = await app.exec(DemoLogin, { input: { username, password: DEMO_PASSWORD } });
    const token = login.data?.login.__typename === 'LoginSuccess' ? login.data.login.token : null;
    expect(token).not.toBeNull();
    const res = await app.exec(DemoDashboard, {}, { token });
    expect(res.errors).toBeUndefined();
    return new Map((res.data?.viewer?.services.edges ?? []).map((e) => [e.node.username, e.node]));
  }

  it('R5, R6, R9, R10: the seeded holders show every state of a service', async () => {
    // given: the demo seed
    // when
    const rossi = await dashboardOf('1234567@aruba.it');
    const bianchi = await dashboardOf('7654321@aruba.it');
    // then
    expect(rossi.get('fe-1234567-main')).toMatchObject({ status: 'ACTIVE', autoRenew: true, userSeats: { bought: 3, configured: 2 } });
    expect(rossi.get('fe-1234567-shop')).toMatchObject({ expiryWarning: true, storage: { warning: true, full: false } });
    expect(rossi.get('fe-1234567-archive')).toMatchObject({ status: 'SUSPENDED', restrictionReasons: ['STORAGE_FULL'] });
    expect(bianchi.get('fe-7654321-studio')).toMatchObject({ status: 'SUSPENDED', restrictionReasons: ['EXPIRED'] });
    expect(bianchi.get('fe-7654321-old')?.status).toBe('CANCELLED');
    expect(bianchi.get('fe-7654321-new')?.status).toBe('PENDING');
    expect(rossi.get('fe-1234567-main')?.orders?.edges.map((e) => [e.node.type, e.node.status])).toEqual([
      ['STORAGE_UPGRADE', 'PAID'],
      ['RENEWAL', 'PAID'],
      ['FIRST_PURCHASE', 'PAID'],
    ]);
  });
});
