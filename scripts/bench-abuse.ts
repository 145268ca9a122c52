// npm run bench:abuse: the stall attacks of the hardening issue against a
// started server (compiled, PGlite with the demo data; PostgreSQL when
// BENCH_DATABASE_URL is set), each for ABUSE_SECONDS (default 4) from 4
// concurrent attackers, while one client keeps sending the holder dashboard.
// Prints per attack: attack requests and their time, the statuses answered,
// the dashboard's p50/p99 latency during the attack (target p99 < 200 ms) and
// the server's RSS growth (target < 100 MB). A script, not a test: timings
// depend on the machine.
import { request } from 'node:http';
import { buildIfStale, demoToken, gql, percentile, postGraphQL, startServer, type StartedServer } from './lib/server.js';

const SECONDS = Number(process.env.ABUSE_SECONDS ?? 4);
const ATTACKERS = Number(process.env.ABUSE_ATTACKERS ?? 4);

const DASHBOARD = `query Dashboard {
  viewer { services(first: 10) { totalCount edges { node {
    id username status restrictionReasons expiryWarning daysToExpiry
    storage { boughtGb usedBytes percentUsed warning full }
    modules { module expiresAt } userSeats { bought configured }
    availableActions { action available reasonCode }
    orders(first: 5) { totalCount edges { node { number type status total { amountCents } } } }
  } } } }
}`;

// Built once, so that the attackers' own work does not slow down this process's dashboard client.
const ids = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Service:${String(i)}`).toString('base64'));
const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const nodes3k = JSON.stringify({ query: NODES, variables: { ids: ids(3000) } });
const nodes100k = JSON.stringify({ query: NODES, variables: { ids: ids(100_000) } });

/** Sends `bytes` of body in 64 KiB chunks, stopping when the server answers or closes. */
function hugeBody(url: string, bytes: number): Promise<number> {
  return new Promise((resolve) => {
    const target = new URL(`${url}/graphql`);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(bytes) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', () => {
      resolve(0);
    });
    const chunk = Buffer.alloc(65_536, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

interface Attack {
  name: string;
  run(server: StartedServer, token: string): Promise<number>;
}

const attacks: Attack[] = [
  { name: 'nodes(ids) with 3,000 unknown ids, anonymous', run: async (s) => (await postGraphQL(s.url, nodes3k)).status },
  { name: 'nodes(ids) with 100,000 unknown ids, anonymous', run: async (s) => (await postGraphQL(s.url, nodes100k)).status },
  {
    name: 'documents(first: 100) { contentBase64 } under 30 aliases',
    run: async (s, token) => {
      const alias = (i: number) =>
        `a${String(i)}: services(first: 100) { edges { node { documents(first: 100) { edges { node { contentBase64 } } } } } }`;
      return (await gql(s.url, `{ viewer { ${Array.from({ length: 30 }, (_, i) => alias(i)).join(' ')} } }`, {}, token)).status;
    },
  },
  {
    name: '`first` as a variable (1,000,000)',
    run: async (s, token) =>
      (
        await gql(
          s.url,
          'query ($n: Int) { viewer { services(first: $n) { edges { node { orders(first: $n) { totalCount } } } } } }',
          { n: 1_000_000 },
          token,
        )
      ).status,
  },
  { name: '300 MB body', run: async (s) => hugeBody(s.url, 300 * 1_048_576) },
  {
    name: '30 aliased logins with wrong passwords',
    run: async (s) => {
      const alias = (i: number) =>
        `l${String(i)}: login(input: { username: "1234567@aruba.it", password: "wrong-${String(i)}" }) { __typename }`;
      return (await gql(s.url, `mutation { ${Array.from({ length: 30 }, (_, i) => alias(i)).join(' ')} }`)).status;
    },
  },
  {
    name: 'deeply nested query (depth 40)',
    run: async (s) =>
      (
        await gql(
          s.url,
          `{ ${'viewer { account { holder { name } } '.repeat(1)}${'node(id: "x") { ... on Service { id } '.repeat(40)}${'}'.repeat(40)} }`,
        )
      ).status,
  },
];

async function measure(server: StartedServer, token: string, attack: Attack) {
  const rssBefore = server.rss();
  let peakRss = rssBefore;
  const latencies: number[] = [];
  const attackTimes: number[] = [];
  const statuses = new Map<number, number>();
  const until = Date.now() + SECONDS * 1000;
  const normal = (async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      await gql(server.url, DASHBOARD, {}, token);
      latencies.push(performance.now() - t0);
      peakRss = Math.max(peakRss, server.rss());
    }
  })();
  const attackers = Array.from({ length: ATTACKERS }, async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      // A refused body may end in a closed connection before the client has sent it all: status 0.
      const status = await attack.run(server, token).catch(() => 0);
      attackTimes.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  await Promise.all([normal, ...attackers]);
  latencies.sort((a, b) => a - b);
  attackTimes.sort((a, b) => a - b);
  return {
    attack: attack.name,
    requests: attackTimes.length,
    attackMedianMs: percentile(attackTimes, 50),
    statuses: [...statuses].map(([s, n]) => `${String(s)}×${String(n)}`).join(' '),
    normalP50: percentile(latencies, 50),
    normalP99: percentile(latencies, 99),
    rssGrowthMb: (peakRss - rssBefore) / 1_048_576,
  };
}

buildIfStale();
const targets: { name: string; databaseUrl?: string }[] = [{ name: 'PGlite' }];
if (process.env.BENCH_DATABASE_URL) targets.push({ name: 'PostgreSQL', databaseUrl: process.env.BENCH_DATABASE_URL });
let failed = false;
for (const target of targets) {
  const server = await startServer({ databaseUrl: target.databaseUrl, env: { SEED_DEMO: 'true' } });
  try {
    const token = await demoToken(server.url);
    // Warm up the dashboard.
    for (let i = 0; i < 20; i++) await gql(server.url, DASHBOARD, {}, token);
    console.log(`\n## ${target.name}: ${String(ATTACKERS)} attackers x ${String(SECONDS)} s per attack, dashboard in a loop\n`);
    console.log('| attack | attack requests | attack median | answered | dashboard p50 | dashboard p99 | RSS growth |');
    console.log('|---|---|---|---|---|---|---|');
    const only = process.env.ABUSE_ONLY;
    for (const attack of attacks.filter((a) => !only || a.name.includes(only))) {
      const r = await measure(server, token, attack);
      const ok = r.normalP99 < 200 && r.rssGrowthMb < 100;
      failed ||= !ok;
      console.log(
        `| ${r.attack} | ${String(r.requests)} | ${r.attackMedianMs.toFixed(0)} ms | ${r.statuses} | ${r.normalP50.toFixed(1)} ms | ${r.normalP99.toFixed(1)} ms${r.normalP99 < 200 ? '' : ' (over 200)'} | ${r.rssGrowthMb.toFixed(1)} MB${r.rssGrowthMb < 100 ? '' : ' (over 100)'} |`,
      );
    }
  } finally {
    await server.stop();
  }
}
console.log(failed ? '\nSome target was missed (dashboard p99 < 200 ms, RSS growth < 100 MB).' : '\nEvery target met.');
