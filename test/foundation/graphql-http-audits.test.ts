// The GraphQL over HTTP specification's server audits (graphql-http's
// `serverAudits`) against the real HTTP server: every MUST and SHOULD audit
// passes. Introspection is on here (the audits query `__type`); production
// turns it off (README, "Running in production").
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('GraphQL over HTTP audits', () => {
  let app: TestApp;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({ env: { ENABLE_INTROSPECTION: 'true' } });
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  });

  const audits = serverAudits({ url: () => url });

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    // when
    const result: AuditResult = await audit.fn();
    // then
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });
});
