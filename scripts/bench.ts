// Throughput benchmark (npm run bench): the compiled server on PGlite (and on
// PostgreSQL when BENCH_DATABASE_URL is set) against a raw node:http server
// answering a fixed JSON body, both driven by autocannon from this process,
// interleaved (each case runs between two half-length baseline runs, and its
// ratio is to their mean). For each case: requests per second, p50/p99 latency, SQL
// statements per request (db_statements_total from /metrics), server RSS.
// Datasets: the demo plus holders with 1, 10 and 50 services; then the same
// with a generated dataset at size (1,000 accounts, 2,000 services, 50,000
// orders, 200,000 documents), to test indexes and plans.
//
//   npm run bench [-- --duration 8] [--warmup 3] [--connections 50] [--quick] [--no-scale] [--write]
//
// Each case is first run unmeasured for --warmup seconds (V8 optimizes the
// hot code; pools fill), then measured. A bare graphql-yoga server (no
// plugins, no database) answers { __typename } once, as the framework's own
// ceiling for that case.
// --quick: 2 s per case, no scale dataset (a smoke run). --write: the report
// goes to bench/RESULTS.md as well. Only 127.0.0.1 is contacted.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { adminQuery, buildIfStale, demoToken, freePort, gql, root, startServer, type StartedServer } from './lib/server.js';
import { generateDataset, datasetUsername } from './lib/dataset.js';
import { checkInvariants } from './lib/invariants.js';
import { openDatabase, type DbTarget } from '../src/shared/db/database.js';
import { migrate } from '../src/shared/db/migrate.js';
import { seedDemoDatabase } from '../src/seed/demo.js';
import { defaultPolicy } from '../src/shared/domain/policy.js';
import { hashPassword } from '../src/modules/identity/index.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = flag('quick');
const duration = option('duration', quick ? 2 : 8);
const warmup = option('warmup', quick ? 1 : 3);
const connections = option('connections', 50);
const withScale = !quick && !flag('no-scale');
const BENCH_PASSWORD = 'bench-password';
/**
 * The server runs as deployed: NODE_ENV=production with the settings it
 * demands (README "Running in production"). Besides the refusals, production
 * changes what dependencies do: graphql-js's development-mode type checks
 * (`instanceOf`) took 4.7% of the CPU of a 10-service dashboard in the profile.
 */
const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  PAYMENT_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
  SDI_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
  ALLOW_SANDBOX_GATEWAY: 'true',
  CORS_ORIGINS: 'http://127.0.0.1',
};

const DASHBOARD = `query Dashboard {
  viewer { services(first: 50) { totalCount edges { node {
    id username status restrictionReasons expiryWarning daysToExpiry
    storage { boughtGb usedBytes percentUsed warning full }
    modules { module expiresAt } userSeats { bought configured }
    availableActions { action available reasonCode }
    orders(first: 5) { totalCount edges { node { number type status total { amountCents } } } }
  } } } }
}`;
const CREATE_CART = `mutation ($input: CreateCartInput!) { createCart(input: $input) { __typename
  ... on CreateCartSuccess { cart { id lines { id kind quantity } } } ... on UserError { code } } }`;
const SET_QUANTITY = `mutation ($input: SetCartLineQuantityInput!) { setCartLineQuantity(input: $input) { __typename
  ... on SetCartLineQuantitySuccess { cart { id total { amountCents } } } ... on UserError { code } } }`;

interface Measured {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

interface Row {
  target: string;
  dataset: string;
  name: string;
  server: Measured;
  raw: Measured;
  statementsPerRequest: number;
  rssMb: number;
  seconds: number;
}

// ---------------------------------------------------------------- raw node:http baseline

interface ScriptServer {
  url: string;
  stop: () => Promise<void>;
}

/** Runs `node <args>` whose script listens on `port` and prints a line once it does. */
async function startScriptServer(port: number, args: string[]): Promise<ScriptServer> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) =>
    child.stdout.once('data', () => {
      resolve();
    }),
  );
  return {
    url: `http://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A raw node:http server answering a fixed JSON body: the baseline. */
async function startRaw(): Promise<ScriptServer> {
  const port = await freePort();
  const body = JSON.stringify({ data: { __typename: 'Query' } });
  return startScriptServer(port, [
    '-e',
    `require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': ${String(Buffer.byteLength(body))} }); res.end(${JSON.stringify(body)}); }); }).listen(${String(port)}, '127.0.0.1', () => console.log('ready'));`,
  ]);
}

/** graphql-yoga with a one-field schema and its defaults: the framework's own cost of a request. */
async function startBareYoga(): Promise<ScriptServer> {
  const port = await freePort();
  return startScriptServer(port, [
    '--input-type=module',
    '-e',
    `import { createServer } from 'node:http'; import { createYoga, createSchema } from 'graphql-yoga'; const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false, graphiql: false, landingPage: false }); createServer(yoga).listen(${String(port)}, '127.0.0.1', () => console.log('ready'));`,
  ]);
}

// ---------------------------------------------------------------- autocannon

type Check = (body: unknown) => string | null;

/** A GraphQL answer with data and no errors. */
const answered: Check = (body) => {
  const b = body as { data?: unknown; errors?: unknown[] } | null;
  return b?.errors?.length ? JSON.stringify(b.errors).slice(0, 300) : b?.data ? null : 'no data';
};

async function drive(
  url: string,
  requests: autocannon.Request[],
  headers: Record<string, string> = {},
  seconds: number = duration,
): Promise<Measured> {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests,
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + result.timeouts,
  };
}

/** Sends the case once outside the load and fails loudly on an error in the answer. */
async function verify(url: string, name: string, query: string, variables: Record<string, unknown>, token?: string): Promise<unknown> {
  const { status, body } = await gql(url, query, variables, token);
  const problem = status === 200 ? answered(body) : `HTTP ${String(status)}`;
  if (problem) throw new Error(`case ${name}: ${problem}`);
  return body;
}

/**
 * The raw baseline around a measured run: half of it just before, half just
 * after, so that a change of the machine's speed during the case weighs on
 * both sides of the ratio (runs on this shared machine swing by 2x within
 * minutes).
 */
async function bracketed<T>(rawUrl: string, measure: () => Promise<T>): Promise<{ measured: T; raw: Measured }> {
  const baseline = [jsonRequest('{ __typename }')];
  const before = await drive(rawUrl, baseline, {}, duration / 2);
  const measured = await measure();
  const after = await drive(rawUrl, baseline, {}, duration / 2);
  const raw: Measured = {
    reqPerSec: (before.reqPerSec + after.reqPerSec) / 2,
    p50: Math.max(before.p50, after.p50),
    p99: Math.max(before.p99, after.p99),
    requests: before.requests + after.requests,
    failures: before.failures + after.failures,
  };
  return { measured, raw };
}

async function statements(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^db_statements_total (\d+)$/m.exec(text)?.[1] ?? Number.NaN);
}

// ---------------------------------------------------------------- databases

interface Prepared {
  databaseUrl: string;
  target: DbTarget;
  cleanup: () => Promise<void>;
  seedSeconds: number;
}

async function prepare(kind: 'pglite' | 'postgres', scale: boolean): Promise<Prepared> {
  let target: DbTarget;
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'fe-bench-db-'));
    target = { kind: 'pglite', dataDir: dir };
    databaseUrl = dir;
    cleanup = () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    };
  } else {
    const admin = process.env.BENCH_DATABASE_URL ?? '';
    const name = `fe_bench_${randomBytes(4).toString('hex')}`;
    const run = (sql: string) => adminQuery(admin, sql);
    await run(`CREATE DATABASE "${name}"`);
    const u = new URL(admin);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    target = { kind: 'postgres', url: databaseUrl };
    cleanup = () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const started = performance.now();
  const db = await openDatabase(target);
  try {
    await migrate(db.sql);
    const now = new Date();
    await seedDemoDatabase(db, now, defaultPolicy);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    for (const n of [1, 10, 50])
      await generateDataset(db.sql, {
        tag: `h${String(n)}`,
        accounts: 1,
        servicesPerAccount: n,
        ordersPerService: 6,
        documentsPerService: 5,
        passwordHash,
        now,
      });
    if (scale)
      await generateDataset(db.sql, {
        tag: 'scale',
        accounts: 1000,
        servicesPerAccount: 2,
        ordersPerService: 25,
        documentsPerService: 100,
        passwordHash,
        now,
      });
    const broken = (await checkInvariants(db.sql)).filter((r) => !r.ok);
    if (broken.length) throw new Error(`generated data breaks: ${broken.map((b) => b.name).join('; ')}`);
  } finally {
    await db.close();
  }
  return { databaseUrl, target, cleanup, seedSeconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------- cases

interface Case {
  name: string;
  /** autocannon requests of one iteration (a round trip may take several). */
  requests: () => Promise<autocannon.Request[]>;
  headers?: Record<string, string>;
  /** HTTP requests per iteration (ratios and statements are per request). */
  perIteration?: number;
}

function jsonRequest(query: string, variables: Record<string, unknown> = {}): autocannon.Request {
  return { method: 'POST', body: JSON.stringify({ query, variables }) };
}

async function casesFor(server: StartedServer, scale: boolean): Promise<Case[]> {
  const url = server.url;
  const token = async (username: string, password: string) => demoToken(url, username, password);
  const demo = await demoToken(url);
  const dashboardOf = (name: string, bearer: string, expected: number): Case => ({
    name,
    headers: { authorization: `Bearer ${bearer}` },
    requests: async () => {
      const body = (await verify(url, name, DASHBOARD, {}, bearer)) as { data: { viewer: { services: { totalCount: number } } } };
      if (body.data.viewer.services.totalCount !== expected)
        throw new Error(`case ${name}: ${String(body.data.viewer.services.totalCount)} services, expected ${String(expected)}`);
      return [jsonRequest(DASHBOARD)];
    },
  });
  const cartRoundTrip = (name: string, bearer: string): Case => ({
    name,
    headers: { authorization: `Bearer ${bearer}` },
    perIteration: 2,
    requests: async () => {
      const services = (await verify(url, name, '{ viewer { services(first: 1) { edges { node { id } } } } }', {}, bearer)) as {
        data: { viewer: { services: { edges: { node: { id: string } }[] } } };
      };
      const serviceId = services.data.viewer.services.edges[0]?.node.id;
      if (!serviceId) throw new Error(`case ${name}: no service`);
      const input = { purpose: 'STORAGE_UPGRADE', serviceId };
      const opened = (await verify(url, name, CREATE_CART, { input }, bearer)) as {
        data: { createCart: { __typename: string; cart?: { id: string; lines: { id: string; kind: string; quantity: number }[] } } };
      };
      if (opened.data.createCart.__typename !== 'CreateCartSuccess') throw new Error(`case ${name}: ${JSON.stringify(opened)}`);
      let step = 0;
      return [
        {
          ...jsonRequest(CREATE_CART, { input }),
          onResponse: (_status, body, context) => {
            const cart = (JSON.parse(body) as typeof opened).data.createCart.cart;
            const line = cart?.lines.find((l) => l.kind === 'STORAGE');
            Object.assign(context, { cartId: cart?.id, lineId: line?.id, quantity: (line?.quantity ?? 1) + 1 + (step++ % 3) });
          },
        },
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const { cartId, lineId, quantity } = context as { cartId?: string; lineId?: string; quantity?: number };
            return { ...req, body: JSON.stringify({ query: SET_QUANTITY, variables: { input: { cartId, lineId, quantity } } }) };
          },
        },
      ];
    },
  });
  const cases: Case[] = [
    {
      name: '{ __typename }',
      requests: async () => (await verify(url, 'typename', '{ __typename }', {}), [jsonRequest('{ __typename }')]),
    },
    {
      name: 'catalog (anonymous)',
      requests: async () => (await verify(url, 'catalog', '{ catalog { __typename } }', {}), [jsonRequest('{ catalog { __typename } }')]),
    },
    dashboardOf('dashboard, demo holder (3 services)', demo, 3),
    dashboardOf('dashboard, 1 service', await token(datasetUsername('h1', 1), BENCH_PASSWORD), 1),
    dashboardOf('dashboard, 10 services', await token(datasetUsername('h10', 1), BENCH_PASSWORD), 10),
    dashboardOf('dashboard, 50 services', await token(datasetUsername('h50', 1), BENCH_PASSWORD), 50),
    cartRoundTrip('cart round trip (createCart + setCartLineQuantity)', demo),
  ];
  if (scale) {
    const holder = await token(datasetUsername('scale', 500), BENCH_PASSWORD);
    return [
      // The same holder as on the demo data: how the dataset's size alone changes the dashboard.
      dashboardOf('dashboard, demo holder (3 services)', demo, 3),
      dashboardOf('dashboard, 2 services among 2,000', holder, 2),
      cartRoundTrip('cart round trip among 2,000 services', holder),
    ];
  }
  return cases;
}

// ---------------------------------------------------------------- run

/** The demo holder's dashboard with the generated dataset against the demo alone (shares of raw, so machine noise cancels). */
function sensitivity(rows: Row[]): string[] {
  const share = (r: Row) => r.server.reqPerSec / r.raw.reqPerSec;
  return [...new Set(rows.map((r) => r.target))].flatMap((target) => {
    const of = (dataset: string) =>
      rows.find((r) => r.target === target && r.dataset === dataset && r.name.startsWith('dashboard, demo holder'));
    const small = of('demo');
    const large = of('demo + 2,000 services');
    if (!small || !large) return [];
    const change = (100 * (share(large) - share(small))) / share(small);
    return [
      `- ${target}: the demo holder's dashboard with the 2,000-service dataset: ${fmt(large.server.reqPerSec)} req/s (${fmt(100 * share(large), 2)}% of raw) against ${fmt(small.server.reqPerSec)} req/s (${fmt(100 * share(small), 2)}%) on the demo alone: ${change >= 0 ? '+' : ''}${fmt(change, 1)}%.`,
    ];
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  buildIfStale();
  const raw = await startRaw();
  const rows: Row[] = [];
  const seeding: string[] = [];
  const targets: ('pglite' | 'postgres')[] = ['pglite', ...(process.env.BENCH_DATABASE_URL ? (['postgres'] as const) : [])];
  try {
    const bare = await startBareYoga();
    try {
      const typename = [jsonRequest('{ __typename }')];
      if (warmup > 0) await drive(bare.url, typename, {}, warmup);
      const { measured: run, raw: rawRun } = await bracketed(raw.url, () => drive(bare.url, typename));
      rows.push({
        target: 'none',
        dataset: '-',
        name: 'bare graphql-yoga: { __typename } (reference)',
        server: run,
        raw: rawRun,
        statementsPerRequest: 0,
        rssMb: Number.NaN,
        seconds: duration,
      });
      console.error(
        `bare graphql-yoga | { __typename }: ${fmt(run.reqPerSec)} req/s (raw ${fmt(rawRun.reqPerSec)}, ${fmt((100 * run.reqPerSec) / rawRun.reqPerSec, 2)}%)`,
      );
    } finally {
      await bare.stop();
    }
    for (const kind of targets) {
      for (const scale of withScale ? [false, true] : [false]) {
        const dataset = scale ? 'demo + 2,000 services' : 'demo';
        const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
        const prepared = await prepare(kind, scale);
        seeding.push(`${label}, ${dataset}: seeded in ${fmt(prepared.seedSeconds, 1)} s`);
        console.error(seeding.at(-1));
        const server = await startServer({
          databaseUrl: prepared.databaseUrl,
          env: { ...PRODUCTION_ENV, LOG_LEVEL: 'error', SEED_DEMO: 'false', RATE_LIMIT_LOGIN_PER_CLIENT: '0' },
        });
        try {
          for (const c of await casesFor(server, scale)) {
            const requests = await c.requests();
            if (warmup > 0) await drive(server.url, requests, c.headers, warmup);
            const { measured, raw: rawRun } = await bracketed(raw.url, async () => {
              const before = await statements(server.url);
              const scrape = (await statements(server.url)) - before;
              const started = performance.now();
              const run = await drive(server.url, requests, c.headers);
              const seconds = (performance.now() - started) / 1000;
              const after = await statements(server.url);
              return { run, before, scrape, after, seconds };
            });
            const { run, before, scrape, after, seconds } = measured;
            if (run.failures > 0) throw new Error(`case ${c.name}: ${String(run.failures)} failed requests`);
            const row: Row = {
              target: label,
              dataset,
              name: c.name,
              server: run,
              raw: rawRun,
              statementsPerRequest: (after - before - 2 * scrape) / run.requests,
              rssMb: server.rss() / 1_048_576,
              seconds,
            };
            rows.push(row);
            console.error(
              `${label} | ${c.name}: ${fmt(run.reqPerSec)} req/s (raw ${fmt(rawRun.reqPerSec)}, ${fmt((100 * run.reqPerSec) / rawRun.reqPerSec, 2)}%), p50 ${String(run.p50)} ms, p99 ${String(run.p99)} ms, ${fmt(row.statementsPerRequest, 2)} statements/request, RSS ${fmt(row.rssMb)} MB`,
            );
          }
        } finally {
          await server.stop();
          await prepared.cleanup();
        }
      }
    }
  } finally {
    await raw.stop();
  }

  const cpu = cpus();
  const lines = [
    '# Throughput benchmark',
    '',
    `Run with \`npm run bench${args.some((a) => a !== '--write') ? ` -- ${args.filter((a) => a !== '--write').join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${String(cpu.length)} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${fmt(totalmem() / 1_073_741_824, 1)} GB RAM, Node ${process.version}.`,
    `autocannon with ${String(connections)} connections for ${String(duration)} s per case after ${String(warmup)} s of warm-up, from the same machine. Each case runs between two runs of a raw \`node:http\` server answering a fixed JSON body (${String(duration / 2)} s before, ${String(duration / 2)} s after); the share is the case's requests per second over their mean.`,
    '',
    '| database | data | case | req/s | p50 ms | p99 ms | share of raw node:http | raw req/s | SQL statements / request | server RSS MB |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.dataset} | ${r.name} | ${fmt(r.server.reqPerSec)} | ${String(r.server.p50)} | ${String(r.server.p99)} | ${fmt((100 * r.server.reqPerSec) / r.raw.reqPerSec, 2)}% | ${fmt(r.raw.reqPerSec)} | ${r.target === 'none' ? '-' : fmt(r.statementsPerRequest, 2)} | ${Number.isNaN(r.rssMb) ? '-' : fmt(r.rssMb)} |`,
    ),
    '',
    'Cart round trip: each iteration is two requests (createCart, then setCartLineQuantity on its storage line); req/s counts both.',
    'Statements per request above a whole number are the background jobs (outbox dispatcher, notifications, catalog version checks), about 15 statements a second whatever the load.',
    'The bare graphql-yoga row is graphql-yoga with a one-field schema and no plugins: the ceiling for `{ __typename }` on this machine.',
    'The server runs with NODE_ENV=production and the settings production demands (generated webhook secrets, the sandbox gateway allowed, a CORS origin); the request budget is off, since one client sends everything.',
    '',
    ...sensitivity(rows),
    '',
    ...seeding.map((s) => `- ${s}`),
    '',
  ];
  const report = lines.join('\n');
  console.log(report);
  if (flag('write')) {
    mkdirSync(path.join(root, 'bench'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'RESULTS.md'), report);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
