// The HTTP surface over a real socket: GraphQL, GraphiQL, health, readiness.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('HTTP server', () => {
  let app: TestApp;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    app = await createTestApp();
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  });

  it('serves { __typename } and the catalog on POST /graphql', async () => {
    // when
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename catalog { modules { code } } }' }),
    });
    // then
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { __typename: string; catalog: { modules: unknown[] } } };
    expect(body.data.__typename).toBe('Query');
    expect(body.data.catalog.modules).toHaveLength(4);
  });

  it('serves GraphiQL on GET /graphql', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('reports not ready when the database is unreachable', async () => {
    // given: a server whose database fails its ping
    const broken = createHttpServer({ ...app.deps, db: { ...app.deps.db, ping: () => Promise.reject(new Error('down')) } });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    try {
      // when
      const res = await fetch(`http://127.0.0.1:${(broken.address() as AddressInfo).port}/readyz`);
      // then
      expect(res.status).toBe(503);
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });

  it('masks unexpected errors and rejects malformed requests with 4xx, never 500', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const unknown = await fetch(`${base}/nope`);
    expect(unknown.status).toBe(404);
  });

  it('refuses queries deeper than the limit (graphql-armor)', async () => {
    // given: a query that cycles order -> service -> orders -> ... 16 levels deep
    const hop = 'service { orders { edges { node { ';
    const nested = `{ order(id: "x") { ${hop.repeat(4)}number${' } } } }'.repeat(4)} } }`;
    // when
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: nested }),
    });
    // then
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });
});
