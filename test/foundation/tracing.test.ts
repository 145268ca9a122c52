// OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, each GraphQL operation
// becomes a span exported over OTLP/HTTP (to a local receiver here).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from '../../src/app.js';
import { createTracingPlugin, flushTracing } from '../../src/shared/tracing.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('OpenTelemetry traces', () => {
  let receiver: Server;
  const received: { path: string; body: string }[] = [];
  let app: TestApp;
  let yoga: ReturnType<typeof createGraphQL>;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${String((receiver.address() as AddressInfo).port)}`;
    app = await createTestApp({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } });
    yoga = createGraphQL(app.deps, { tracing: await createTracingPlugin(app.deps.config) });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('is off without an endpoint: no plugin, nothing loaded', async () => {
    // when / then
    expect(await createTracingPlugin({ ...app.deps.config, OTEL_EXPORTER_OTLP_ENDPOINT: undefined })).toBeNull();
  });

  it('exports a span named after the operation to <endpoint>/v1/traces', async () => {
    // when
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query TracedCatalog { catalog { modules { code } } }' }),
    });
    expect(res.status).toBe(200);
    await flushTracing();
    // then
    const traces = received.filter((r) => r.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    const body = traces.map((t) => t.body).join('\n');
    expect(body).toContain('TracedCatalog');
    expect(body).toContain('fatturazione-api');
  });
});
