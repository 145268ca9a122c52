// Access log, security events and Prometheus metrics over real HTTP: the app
// logs through a pino logger whose output the test reads.
import { defined } from '../support/factories.js';
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, PASSWORD } from '../support/factories.js';

type Line = Record<string, unknown> & { msg?: string; reqId?: string };

/** Collects the JSON lines a pino logger writes; `until` resolves when a predicate over them holds. */
function logCapture() {
  const lines: Line[] = [];
  const waiters: { test: (lines: Line[]) => boolean; resolve: () => void }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push(JSON.parse(text) as Line);
      for (const w of [...waiters]) {
        if (w.test(lines)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
      callback();
    },
  });
  const until = (test: (lines: Line[]) => boolean) =>
    test(lines) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ test, resolve }));
  return { lines, stream, until };
}

describe('observability', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  const log = logCapture();
  let holder: Awaited<ReturnType<typeof createHolder>>;

  beforeAll(async () => {
    app = await createTestApp();
    holder = await createHolder(app.prisma);
    server = createHttpServer({ ...app.deps, log: pino({ level: 'info' }, log.stream) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
    await app.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const accessLines = (reqId: string) => log.lines.filter((l) => l.msg === 'request' && l.reqId === reqId);

  it('writes exactly one access-log line per request, with the request id it returns', async () => {
    // given: requests with a valid request id, an invalid one, a signed-in caller and a non-GraphQL route
    const ping = await post({ query: 'query Ping { __typename }' }, { 'x-request-id': 'test-ping.1' });
    const bad = await post({ query: 'query Ping { __typename }' }, { 'x-request-id': 'not valid!' });
    const signedIn = await post(
      { query: 'query Catalog { catalog { __typename } }' },
      { 'x-request-id': 'test-catalog', authorization: `Bearer ${holder.token}` },
    );
    const health = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'x'.repeat(128) } });
    const missing = await fetch(`${base}/nowhere`);
    const responses = [ping, bad, signedIn, health, missing];
    await Promise.all(responses.map((r) => r.text()));
    const ids = responses.map((r) => r.headers.get('x-request-id') ?? '');
    // when: every response's line has been written
    await log.until(() => ids.every((id) => accessLines(id).length > 0));
    // then
    expect(ids[0]).toBe('test-ping.1');
    expect(ids[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[3]).toBe('x'.repeat(128));
    for (const id of ids) expect(accessLines(id)).toHaveLength(1);
    expect(accessLines('test-ping.1')[0]).toMatchObject({
      method: 'POST',
      path: '/graphql',
      operation: 'Ping',
      principal: 'anonymous',
      status: 200,
    });
    expect(accessLines('test-catalog')[0]).toMatchObject({ operation: 'Catalog', principal: 'HOLDER', status: 200 });
    expect(accessLines(defined(ids[3]))[0]).toMatchObject({ method: 'GET', path: '/healthz', operation: null, status: 200 });
    expect(accessLines(defined(ids[4]))[0]).toMatchObject({ path: '/nowhere', status: 404 });
    expect(typeof accessLines('test-ping.1')[0]?.durationMs).toBe('number');
  });

  it('writes the access-log line of a request whose client went away, marked aborted', async () => {
    // given: a request that announces a body and asks to be told to send it (the
    // server answers 100 Continue once it is serving the request)
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const serving = new Promise<void>((resolve) =>
      socket.once('data', () => {
        resolve();
      }),
    );
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n' +
        'Expect: 100-continue\r\nx-request-id: test-gone\r\n\r\n',
    );
    await serving;
    // when: the client goes away instead of sending the body
    socket.destroy();
    await log.until(() => accessLines('test-gone').length > 0);
    // then: one line, marked aborted
    expect(accessLines('test-gone')).toHaveLength(1);
    expect(accessLines('test-gone')[0]).toMatchObject({ method: 'POST', path: '/graphql', aborted: true });
  });

  it('logs logins as security events without the password or the token', async () => {
    // given
    const query = 'mutation SignIn($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } } }';
    // when: a wrong password, then the right one
    const failed = await post({ query, variables: { input: { username: holder.account.username, password: 'wrong-password' } } });
    const ok = await post({ query, variables: { input: { username: holder.account.username, password: PASSWORD } } });
    const token = ((await ok.json()) as { data: { login: { token: string } } }).data.login.token;
    await failed.text();
    await log.until((lines) => lines.filter((l) => l.event === 'login').length >= 2);
    // then
    const events = log.lines.filter((l) => l.event === 'login');
    expect(events.map((e) => e.outcome)).toEqual(['failure', 'success']);
    expect(events[0]).toMatchObject({ reqId: failed.headers.get('x-request-id'), reason: 'bad password' });
    expect(events[1]).toMatchObject({ principalType: 'HOLDER' });
    expect(events[0]?.usernameHash).toBe(events[1]?.usernameHash);
    const everything = log.lines.map((l) => JSON.stringify(l)).join('\n');
    expect(everything).not.toContain('wrong-password');
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(holder.account.username);
  });

  it('serves Prometheus metrics: GraphQL requests by operation and the outbox gauge', async () => {
    // given: a few operations
    for (let i = 0; i < 3; i++) await (await post({ query: 'query Ping { __typename }' })).text();
    // when
    const res = await fetch(`${base}/metrics`);
    const text = await res.text();
    // then
    expect(res.status).toBe(200);
    expect(text).toMatch(/^# TYPE graphql_envelop_request counter$/m);
    expect(text).toMatch(/^graphql_envelop_request\{[^}]*operationName="Ping"[^}]*\} \d+$/m);
    expect(text).toMatch(/^# TYPE graphql_envelop_request_duration histogram$/m);
    expect(text).toMatch(/^notification_outbox_pending \d+$/m);
    if (app.db.target.kind === 'postgres') expect(text).toMatch(/^db_pool_connections_total \d+$/m);
    else expect(text).not.toContain('db_pool_connections_total');
  });

  it('counts GraphQL operations and their errors by operation and phase, under @envelop/prometheus names', async () => {
    // given: the series before
    const scrape = async () => (await (await fetch(`${base}/metrics`)).text()).split('\n');
    /** The value of the series `name` whose labels are exactly `labels` (in any order); 0 when absent. */
    const value = (lines: string[], name: string, labels: Record<string, string>) => {
      const wanted = JSON.stringify(Object.entries(labels).sort());
      for (const line of lines) {
        const match = /^(\w+)\{(.*)\} (\S+)$/.exec(line);
        if (match?.[1] !== name) continue;
        const found = [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]);
        if (JSON.stringify(found.sort()) === wanted) return Number(match[3]);
      }
      return 0;
    };
    const series: [string, string, Record<string, string>, number][] = [
      ['operations', 'graphql_envelop_request', { operationType: 'query', operationName: 'Counted' }, 2],
      ['durations', 'graphql_envelop_request_duration_count', { operationType: 'query', operationName: 'Counted' }, 2],
      ['parse error', 'graphql_envelop_error_result', { phase: 'parse' }, 1],
      ['validation error', 'graphql_envelop_error_result', { operationType: 'query', operationName: 'Invalid', phase: 'validate' }, 1],
      ['context error', 'graphql_envelop_error_result', { operationType: 'query', operationName: 'Anonymous', phase: 'context' }, 1],
      [
        'execution error',
        'graphql_envelop_error_result',
        { operationType: 'query', operationName: 'Denied', path: 'storageReconciliation', phase: 'execute' },
        1,
      ],
    ];
    const before = await scrape();
    // when: two operations run, one does not parse, one does not validate, one has an invalid token, one is refused
    for (let i = 0; i < 2; i++) await (await post({ query: 'query Counted { __typename }' })).text();
    await (await post({ query: '{ nope' })).text();
    await (await post({ query: 'query Invalid { noSuchField }' })).text();
    await (await post({ query: '{ __typename }' }, { authorization: 'Bearer nobody' })).text();
    const denied = (await (await post({ query: 'query Denied { storageReconciliation { __typename } }' })).json()) as {
      errors?: { path?: string[] }[];
    };
    const after = await scrape();
    // then: each counted in the series it belongs to
    expect(denied.errors?.[0]?.path).toEqual(['storageReconciliation']);
    const grown = series.map(([what, name, labels]) => [what, value(after, name, labels) - value(before, name, labels)]);
    expect(Object.fromEntries(grown)).toEqual(Object.fromEntries(series.map(([what, , , by]) => [what, by])));
  });

  it('serves /metrics to GET only', async () => {
    // when
    const res = await fetch(`${base}/metrics`, { method: 'POST' });
    await res.text();
    // then
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('counts the SQL statements sent (db_statements_total)', async () => {
    // given: the count before a query that reads the database
    const statements = async () => Number(/^db_statements_total (\d+)$/m.exec(await (await fetch(`${base}/metrics`)).text())?.[1]);
    const before = await statements();
    const afterScrape = await statements();
    // when: an unknown token is looked up (one statement)
    await (await post({ query: '{ __typename }' }, { authorization: 'Bearer nobody' })).text();
    const after = await statements();
    // then: the query's statement counted, besides what a scrape itself sends
    expect(Number.isInteger(before)).toBe(true);
    expect(after - afterScrape).toBe(afterScrape - before + 1);
  });
});
