// Soak test (npm run soak): mixed load from 50 clients on PostgreSQL while the
// server is killed with SIGKILL and restarted twice; then every number of
// DOMAIN.md "Numbers that must never drift" is checked by SQL
// (scripts/lib/invariants.ts) and printed PASS/FAIL. Exit code 1 on a FAIL.
//
//   npm run soak [-- --duration 60] [--clients 50] [--kills 2]
//
// The database is created for the run on SOAK_DATABASE_URL (else
// BENCH_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/test) and
// dropped afterwards. The load: dashboards, carts (open, change a quantity),
// checkouts paid by card through the sandbox gateway (its webhook comes back
// to the server), and document uploads. Only 127.0.0.1 is contacted.
import { randomBytes } from 'node:crypto';
import { adminQuery, buildIfStale, gql, startServer, demoToken, type StartedServer } from './lib/server.js';
import { generateDataset, datasetUsername } from './lib/dataset.js';
import { checkInvariants, printInvariants } from './lib/invariants.js';
import { openDatabase } from '../src/shared/db/database.js';
import { migrate } from '../src/shared/db/migrate.js';
import { seedDemoDatabase } from '../src/seed/demo.js';
import { defaultPolicy } from '../src/shared/domain/policy.js';
import { hashPassword } from '../src/modules/identity/index.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const durationMs = option('duration', 60) * 1000;
const clients = option('clients', 50);
const kills = option('kills', 2);
const PASSWORD = 'soak-password';
const HOLDERS = 40;

const admin = process.env.SOAK_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

const SERVICES = '{ viewer { services(first: 5) { edges { node { id storage { usedBytes } } } } } }';
const DASHBOARD = `{ viewer { services(first: 5) { edges { node { id status daysToExpiry storage { usedBytes percentUsed full }
  availableActions { action available } orders(first: 5) { edges { node { number status } } } } } } } }`;
const CREATE_CART = `mutation ($input: CreateCartInput!) { createCart(input: $input) { __typename
  ... on CreateCartSuccess { cart { id lines { id kind quantity } } } } }`;
const SET_QUANTITY = `mutation ($input: SetCartLineQuantityInput!) { setCartLineQuantity(input: $input) { __typename } }`;
const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { __typename ... on CheckoutSuccess { order { id } } } }`;
const PAY = `mutation ($input: PayOrderInput!) { payOrder(input: $input) { __typename } }`;
const UPLOAD = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { __typename } }`;

interface Counts {
  ok: number;
  /** No answer: the server was down between a kill and its restart. */
  unreachable: number;
  /** Answered with an error (printed at the end, a few). */
  errors: string[];
  byKind: Record<string, number>;
}

async function main(): Promise<void> {
  buildIfStale();
  const name = `fe_soak_${randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE "${name}"`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const databaseUrl = u.toString();
  let server: StartedServer | null = null;
  try {
    const db = await openDatabase({ kind: 'postgres', url: databaseUrl });
    try {
      await migrate(db.sql);
      await seedDemoDatabase(db, new Date(), defaultPolicy);
      await generateDataset(db.sql, {
        tag: 'soak',
        accounts: HOLDERS,
        servicesPerAccount: 2,
        ordersPerService: 5,
        documentsPerService: 10,
        passwordHash: await hashPassword(PASSWORD),
        now: new Date(),
      });
    } finally {
      await db.close();
    }
    // Fifty clients from one address sign in and send far more than one person would.
    const env = {
      LOG_LEVEL: 'error',
      SEED_DEMO: 'false',
      OUTBOX_INTERVAL_SECONDS: '1',
      RATE_LIMIT_LOGIN_PER_CLIENT: '0',
      RATE_LIMIT_LOGIN_PER_ACCOUNT: '0',
    };
    server = await startServer({ databaseUrl, env });
    const tokens: string[] = [];
    for (let i = 1; i <= HOLDERS; i++) tokens.push(await demoToken(server.url, datasetUsername('soak', i), PASSWORD));

    const counts: Counts = { ok: 0, unreachable: 0, errors: [], byKind: {} };
    let current: StartedServer = server;
    const deadline = Date.now() + durationMs;
    const call = async (kind: string, query: string, variables: Record<string, unknown>, token: string) => {
      let res: Awaited<ReturnType<typeof gql>>;
      try {
        res = await gql(current.url, query, variables, token);
      } catch {
        // The server is down between a kill and its restart: the client tries again a little later.
        counts.unreachable += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
        return null;
      }
      const body = res.body as { data?: Record<string, { __typename?: string } | null>; errors?: unknown[] } | null;
      if (res.status !== 200 || body?.errors?.length) {
        counts.errors.push(`${kind}: HTTP ${String(res.status)} ${JSON.stringify(body?.errors ?? body).slice(0, 200)}`);
        return null;
      }
      counts.ok += 1;
      counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
      return body?.data ?? null;
    };
    const client = async (n: number) => {
      const token = tokens[n % tokens.length] ?? '';
      let step = 0;
      while (Date.now() < deadline) {
        step += 1;
        const roll = (n * 7 + step * 13) % 10;
        if (roll < 5) {
          await call('dashboard', DASHBOARD, {}, token);
          continue;
        }
        const services = (await call('services', SERVICES, {}, token)) as {
          viewer?: { services: { edges: { node: { id: string } }[] } };
        } | null;
        const serviceId = services?.viewer?.services.edges[step % 2]?.node.id;
        if (!serviceId) continue;
        if (roll < 7) {
          const content = randomBytes(512 + ((n * step) % 2048)).toString('base64');
          await call(
            'upload',
            UPLOAD,
            { input: { serviceId, kind: 'DOCUMENT', number: `SOAK-${String(n)}-${String(step)}`, contentBase64: content } },
            token,
          );
          continue;
        }
        const opened = (await call('cart', CREATE_CART, { input: { purpose: 'STORAGE_UPGRADE', serviceId } }, token)) as {
          createCart?: { cart?: { id: string; lines: { id: string; kind: string; quantity: number }[] } };
        } | null;
        const cart = opened?.createCart?.cart;
        const line = cart?.lines.find((l) => l.kind === 'STORAGE');
        if (!cart || !line) continue;
        await call('cart', SET_QUANTITY, { input: { cartId: cart.id, lineId: line.id, quantity: line.quantity + 1 } }, token);
        if (roll < 9) continue;
        const checkedOut = (await call(
          'checkout',
          CHECKOUT,
          {
            input: {
              cartId: cart.id,
              paymentMethod: 'CREDIT_CARD',
              acceptTerms: true,
              idempotencyKey: `soak-${String(n)}-${String(step)}`,
            },
          },
          token,
        )) as { checkout?: { order?: { id: string } } } | null;
        const orderId = checkedOut?.checkout?.order?.id;
        if (orderId) await call('pay', PAY, { input: { orderId, cardToken: 'tok_visa' } }, token);
      }
    };
    const killer = async () => {
      for (let k = 1; k <= kills; k++) {
        await new Promise((resolve) => setTimeout(resolve, durationMs / (kills + 1)));
        const victim = current;
        victim.child.kill('SIGKILL');
        await victim.stop().catch(() => undefined);
        console.error(`kill ${String(k)}: SIGKILL sent, restarting`);
        const started = Date.now();
        current = await startServer({ databaseUrl, env });
        console.error(`kill ${String(k)}: answering again after ${String(Date.now() - started)} ms`);
      }
    };
    await Promise.all([killer(), ...Array.from({ length: clients }, (_, n) => client(n))]);
    server = current;
    await server.stop();
    server = null;
    console.log(
      `${String(counts.ok)} requests answered, ${String(counts.errors.length)} answered with an error, ` +
        `${String(counts.unreachable)} unanswered while the server was down, ${String(kills)} kills; ` +
        Object.entries(counts.byKind)
          .map(([k, v]) => `${k} ${String(v)}`)
          .join(', '),
    );
    for (const e of counts.errors.slice(0, 5)) console.log(`  error: ${e}`);

    const check = await openDatabase({ kind: 'postgres', url: databaseUrl });
    try {
      const results = await checkInvariants(check.sql);
      printInvariants(results);
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    } finally {
      await check.close();
    }
  } finally {
    if (server) await server.stop();
    await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
