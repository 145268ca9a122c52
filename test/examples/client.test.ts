// The example client (examples/client) against a started server with the demo
// data: sign-in -> dashboard -> storage-upgrade cart -> checkout, sending full
// documents and sending only their hashes (persisted operations). With
// PERSISTED_OPERATIONS=required any other document is refused.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { seedDemo } from '../../src/seed/demo.js';
import { runExample } from '../../examples/client/client.js';
import { createTestApp, type TestApp } from '../support/app.js';

const started: { app: TestApp; server: Server }[] = [];

async function startDemo(env: Record<string, string> = {}): Promise<{ app: TestApp; url: string }> {
  const app = await createTestApp({ now: new Date(), env });
  await seedDemo(app.deps, app.now());
  const server = createHttpServer(app.deps);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  started.push({ app, server });
  return { app, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/graphql` };
}

describe('example client', () => {
  afterEach(async () => {
    for (const { app, server } of started.splice(0)) {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    }
  });

  it.each([
    { mode: 'optional', persisted: false },
    { mode: 'required', persisted: true },
  ])(
    'R18: signs in, reads the dashboard, buys storage and checks out (PERSISTED_OPERATIONS=$mode, hashes only: $persisted)',
    async ({ mode, persisted }) => {
      // given
      const { app, url } = await startDemo({ PERSISTED_OPERATIONS: mode });
      // when
      const result = await runExample(url, { persisted });
      // then
      expect(result.services).toEqual(expect.arrayContaining(['fe-1234567-main', 'fe-1234567-shop', 'fe-1234567-archive']));
      expect(result.orderStatus).toBe('AWAITING_PAYMENT');
      expect(result.totalCents).toBeGreaterThan(0);
      const order = await app.prisma.order.findUniqueOrThrow({ where: { number: result.orderNumber } });
      expect(order.type).toBe('STORAGE_UPGRADE');
    },
  );

  it('PERSISTED_OPERATIONS=required refuses a document that is not in the manifest, and changes nothing', async () => {
    // given
    const { app, url } = await startDemo({ PERSISTED_OPERATIONS: 'required' });
    const sessions = await app.prisma.session.count();
    // when
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { username: "1234567@aruba.it", password: "demo-password" }) { __typename } }',
      }),
    });
    // then
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/persisted/i);
    expect(await app.prisma.session.count()).toBe(sessions);
  });
});
