// Shared by the benchmark scripts: start the compiled server as npm start does
// (dist/start.cjs loading dist/server.js, rebuilt when stale) on a fresh
// PGlite folder or a PostgreSQL URL, wait until /readyz answers 200, read its
// RSS, stop it. Only 127.0.0.1 is contacted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function buildIfStale(): void {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

export interface StartedServer {
  url: string;
  child: ChildProcess;
  /** Resident set size of the server process, in bytes (Linux /proc). */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * How `npm start` runs the server (package.json `scripts.start`:
 * `exec node <options> <entry>`), so that the benchmarks measure the server
 * as it is started.
 */
export function startCommand(): { options: string[]; entry: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = /^exec node (.+)$/.exec(pkg.scripts.start)?.[1]?.split(' ').filter(Boolean) ?? [];
  const entry = words.pop();
  if (!entry?.startsWith('dist/'))
    throw new Error(`package.json scripts.start is not "exec node [options] dist/<entry>": ${pkg.scripts.start}`);
  return { options: words, entry: path.join(root, entry) };
}

/** Starts the compiled server as `npm start` does; `databaseUrl` unset: a fresh PGlite folder, removed at stop. */
export async function startServer(opts: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fe-bench-'));
  const { options, entry } = startCommand();
  const child = spawn(process.execPath, [...options, entry], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      LIFECYCLE_INTERVAL_SECONDS: '0',
      OUTBOX_INTERVAL_SECONDS: '0',
      // One client sends everything: the per-principal request budget would measure the limiter.
      RATE_LIMIT_REQUESTS: '0',
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
      ...opts.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${String(port)}`;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${String(child.exitCode)}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    rss: () => {
      const line = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('VmRSS:'));
      return Number(/\d+/.exec(line ?? '')?.[0] ?? 0) * 1024;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs a GraphQL operation; resolves with the HTTP status and parsed body (null when not JSON). */
export function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  return postGraphQL(url, JSON.stringify({ query, variables }), token);
}

/** POSTs a ready JSON body to /graphql. */
export async function postGraphQL(url: string, json: string, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: json,
  });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, body };
}

/** Signs in a demo holder (README) and returns the bearer token. */
export async function demoToken(url: string, username = '1234567@aruba.it', password = 'demo-password'): Promise<string> {
  const { body } = await gql(url, 'mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } } }', {
    input: { username, password },
  });
  const token = (body as { data?: { login?: { token?: string } } } | null)?.data?.login?.token;
  if (!token) throw new Error(`demo login failed: ${JSON.stringify(body)}`);
  return token;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs one statement on the PostgreSQL server of `adminUrl` (CREATE/DROP DATABASE of a benchmark run). */
export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
