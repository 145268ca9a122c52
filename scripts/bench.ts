// Benchmark: the holder dashboard query (viewer -> 50 services -> storage,
// modules, seats, actions, last 10 orders with lines) on PGlite and on
// PostgreSQL, side by side in one run. Prints median and p95 latency, SQL
// statements per request, and the PostgreSQL/PGlite ratio.
//   npm run bench                    (PGlite only)
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npm run bench
import { performance } from 'node:perf_hooks';
import { createTestApp, type TestApp } from '../test/support/app.js';
import { createHolder, createService, GB } from '../test/support/factories.js';
import { createOrder } from '../test/read-api/helpers.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 50);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const DASHBOARD = `query Dashboard {
  viewer { services(first: 50) { totalCount edges { node {
    id username status restrictionReasons expiryWarning daysToExpiry autoRenew autoRenewAt graceEndsAt
    storage { boughtGb usedBytes percentUsed warning full breakdown { category bytes } recommendedExtraGb }
    modules { module expiresAt } availableModules { code } userSeats { bought configured }
    availableActions { action available reasonCode }
    orders(first: 10) { totalCount edges { node { number type status canPay canCancel total { amountCents }
      lines { quantity amount { amountCents } } } } }
  } } } }
}`;

async function prepare(kind: 'pglite' | 'postgres'): Promise<{ app: TestApp; token: string }> {
  process.env.TEST_DB = kind;
  if (kind === 'postgres') process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const app = await createTestApp();
  const { account, token } = await createHolder(app.prisma);
  for (let k = 0; k < SERVICES; k++) {
    const s = await createService(app.prisma, account.id, {
      extraStorageGb: k % 3,
      seats: k % 2,
      modules: k % 2 ? ['PAYMENTS'] : [],
      usedBytes: Math.floor(GB / 1000) + k,
    });
    for (let i = 0; i < ORDERS; i++)
      await createOrder(app.prisma, s, { createdAt: new Date(Date.UTC(2026, 0, 1 + i)), lines: 1 + (i % 2) });
  }
  return { app, token };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const targets: ('pglite' | 'postgres')[] = process.env.BENCH_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const setups = [];
for (const t of targets) setups.push({ kind: t, ...(await prepare(t)) });

const samples = new Map<string, number[]>(targets.map((t) => [t, []]));
const queries = new Map<string, number>();
for (const s of setups) {
  // warm-up
  const res = await s.app.exec(DASHBOARD, {}, { token: s.token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  queries.set(s.kind, await s.app.countQueries(() => s.app.exec(DASHBOARD, {}, { token: s.token })));
}
// Interleave the targets run by run so that machine noise hits both alike.
for (let i = 0; i < RUNS; i++) {
  for (const s of setups) {
    const t0 = performance.now();
    await s.app.exec(DASHBOARD, {}, { token: s.token });
    samples.get(s.kind)?.push(performance.now() - t0);
  }
}

console.log(`dashboard: ${SERVICES} services x ${ORDERS} orders, ${RUNS} runs each, interleaved`);
for (const t of targets) {
  const { median, p95 } = stats(samples.get(t) ?? []);
  console.log(`${t.padEnd(9)} median ${median.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  SQL statements/request ${queries.get(t)}`);
}
if (targets.length === 2) {
  const a = samples.get('postgres') ?? [];
  const b = samples.get('pglite') ?? [];
  const ratios = a.map((x, i) => x / (b[i] ?? x));
  console.log(`ratio postgres/pglite (pairwise median): ${stats(ratios).median.toFixed(2)}`);
}
for (const s of setups) await s.app.close();
