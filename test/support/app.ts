// An app over a fresh database for one test file, executing operations through
// Yoga in-process (same context building as over HTTP) with a pinned clock.
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createGraphQL } from '../../src/app.js';
import { loadConfig } from '../../src/shared/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { defaultPolicy, type Policy } from '../../src/shared/domain/policy.js';
import type { AppDeps } from '../../src/context.js';
import { requestScope, systemScope, type Principal, type Scope } from '../../src/shared/scope.js';
import '../../src/wiring.js';
import { seedCatalog } from '../../src/seed/catalog.js';
import { createTestDatabase } from './db.js';
import { openDatabase, type Database } from '../../src/shared/db/database.js';
import { closeSharedState, openSharedState } from '../../src/shared/shared-state.js';
import { randomUUID } from 'node:crypto';

export const DEFAULT_NOW = new Date('2026-06-15T10:00:00.000Z');

export interface ExecOptions {
  token?: string | null;
  locale?: string;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

async function openSecondHandle(db: Database): Promise<Database> {
  if (db.target.kind !== 'postgres') throw new Error('only a PostgreSQL database can be shared by two app instances');
  return openDatabase(db.target, { poolSize: 5 });
}

export async function createTestApp(
  opts: {
    now?: Date;
    policy?: Partial<Policy>;
    env?: Record<string, string>;
    /** Shares Redis state (rate-limit budgets, bus) between apps. */ rateLimitKeyPrefix?: string;
    /** A second server instance on the database of this app (PostgreSQL only): its own connections, caches and bus. */
    sharing?: { db: Database };
  } = {},
) {
  const db = opts.sharing ? await openSecondHandle(opts.sharing.db) : await createTestDatabase();
  const clock = { now: opts.now ?? DEFAULT_NOW };
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    LIFECYCLE_INTERVAL_SECONDS: '0',
    OUTBOX_INTERVAL_SECONDS: '0',
    // Tests sign in and send requests far more often than people: budgets are
    // off unless a test sets them (test/hardening/rate-limit.test.ts).
    RATE_LIMIT_LOGIN_PER_CLIENT: '0',
    RATE_LIMIT_LOGIN_PER_ACCOUNT: '0',
    RATE_LIMIT_CONVENTION_CODES: '0',
    RATE_LIMIT_REQUESTS: '0',
    // Tests move the clock: stored catalog answers only where a test asks (test/foundation/caching.test.ts).
    CATALOG_RESPONSE_CACHE_SECONDS: '0',
    ...opts.env,
  });
  const log = createLogger('silent');
  const shared = await openSharedState(db, config, log, { keyPrefix: opts.rateLimitKeyPrefix ?? `fe:test:${randomUUID()}` });
  const deps: AppDeps = {
    db,
    config,
    policy: { ...defaultPolicy, ...opts.policy },
    log,
    clock: () => clock.now,
    ...shared,
  };
  await seedCatalog(db.prisma, clock.now);
  const yoga = createGraphQL(deps);

  async function exec<TResult, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVars> | string,
    variables?: TVars,
    options: ExecOptions = {},
  ): Promise<ExecutionResult<TResult> & { status: number }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await response.json()) as ExecutionResult<TResult>;
    return { ...body, status: response.status };
  }

  /** Runs `fn` and returns how many SQL statements it sent. */
  async function countQueries(fn: () => Promise<unknown>): Promise<number> {
    const before = db.queryCount();
    await fn();
    return db.queryCount() - before;
  }

  return {
    db,
    prisma: db.prisma,
    deps,
    yoga,
    exec,
    countQueries,
    setNow: (d: Date) => {
      clock.now = d;
    },
    now: () => clock.now,
    /** A use-case scope at the app's clock: a system run, or as the given principal. */
    scope: (principal: Principal | null = null, actorId = 'test'): Scope =>
      principal ? requestScope(deps, principal, 'en') : systemScope(deps, actorId),
    close: async () => {
      await closeSharedState(shared);
      await db.close();
    },
  };
}
