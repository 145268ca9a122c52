// Opens the application database: PGlite (embedded, default) or PostgreSQL
// (DATABASE_URL=postgres://...), both behind one Prisma client.
import { mkdirSync, accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGliteAdapterFactory } from './pglite-adapter.js';
import { pglitePrepared } from './pglite-prepared.js';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { getDatamodel } from '../../generated/pothos-prisma-types.js';
import { JsonReader, type FindManyArgs } from './json-reader.js';

export type DbTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string; schema?: string };

/** Minimal SQL access below Prisma, for migrations, locks and health checks. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * `query`, with the statement kept prepared under `name` in the session that
   * runs it (parsed and planned once per connection). Only for statements
   * whose text is the same for the same name (json-reader.ts names them by a
   * hash of the text) and whose parameters are strings, numbers or booleans.
   */
  queryPrepared<T extends Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<T[]>;
  /** Runs `fn` on one connection (session-level locks need it). */
  withSession<T>(fn: (session: SqlRunner) => Promise<T>): Promise<T>;
}

export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

export interface Database {
  readonly prisma: PrismaClient;
  readonly target: DbTarget;
  readonly sql: SqlRunner;
  /** The PostgreSQL connection pool (for metrics); none on PGlite. */
  readonly pool?: PoolStats;
  /**
   * `prisma[model].findMany(args)` in one statement without Prisma's query
   * compiler (json-reader.ts); null when the arguments are outside its subset.
   */
  readMany(model: string, args: FindManyArgs): Promise<Record<string, unknown>[] | null>;
  /** Number of SQL statements sent so far through Prisma and readMany (for N+1 tests). */
  queryCount(): number;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export function resolveTarget(databaseUrl: string | undefined, dataDir: string): DbTarget {
  if (databaseUrl !== undefined && isPostgresUrl(databaseUrl)) return { kind: 'postgres', url: databaseUrl };
  if (databaseUrl === 'memory://') return { kind: 'pglite', dataDir: null };
  const dir = databaseUrl ? databaseUrl.replace(/^file:(\/\/)?/, '') : dataDir;
  return { kind: 'pglite', dataDir: dir };
}

function ensureWritableDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  accessSync(dir, constants.W_OK | constants.R_OK);
}

export async function openDatabase(
  target: DbTarget,
  opts: {
    poolSize?: number;
    /** `pglite`: an already created instance (e.g. from `loadDataDir`), closed with the Database. */
    pglite?: PGlite;
    /**
     * `pglite` with a data folder that holds no database yet: a tarball of an
     * initialised, empty cluster (`dumpDataDir`) to start from instead of
     * running initdb, which takes seconds in WASM (see scripts/build.mjs).
     * Called only when the folder is new (or the database in memory).
     */
    emptyCluster?: () => Blob | undefined;
    /** `pglite`: PostgreSQL's shared_buffers in MB (its default otherwise, 128). */
    pgliteSharedBuffersMb?: number;
    /** readMany's statements kept prepared by name (default true). */
    preparedStatements?: boolean;
  } = {},
): Promise<Database> {
  let sql: SqlRunner;
  let adapter: PGliteAdapterFactory | PrismaPg;
  let closeDriver: () => Promise<void>;
  let poolStats: PoolStats | undefined;

  if (target.kind === 'pglite') {
    if (target.dataDir && !opts.pglite) ensureWritableDir(target.dataDir);
    // Read only when used: a folder already initialized does not need it.
    const cluster = !target.dataDir || !existsSync(path.join(target.dataDir, 'PG_VERSION')) ? opts.emptyCluster?.() : undefined;
    const startParams = opts.pgliteSharedBuffersMb
      ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${String(opts.pgliteSharedBuffersMb)}MB`] }
      : {};
    const lite =
      opts.pglite ??
      (target.dataDir
        ? new PGlite(target.dataDir, { ...(cluster ? { loadDataDir: cluster } : {}), ...startParams })
        : new PGlite({ ...(cluster ? { loadDataDir: cluster } : {}), ...startParams }));
    await lite.waitReady;
    const prepared = pglitePrepared(lite);
    const runner: SqlRunner = {
      exec: async (text) => {
        await lite.exec(text);
      },
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await lite.query<T>(text, params)).rows,
      queryPrepared: prepared,
      withSession: (fn) => fn(runner),
    };
    sql = runner;
    adapter = new PGliteAdapterFactory(lite);
    closeDriver = () => lite.close();
  } else {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      ...(target.schema ? { options: `-c search_path="${target.schema}"` } : {}),
    });
    pool.on('error', () => undefined);
    poolStats = pool;
    const on = (client: pg.Pool | pg.PoolClient): Omit<SqlRunner, 'withSession'> => ({
      exec: async (text) => {
        await client.query(text);
      },
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      // node-postgres parses a named statement once per connection and reuses it.
      queryPrepared: async <T extends Record<string, unknown>>(name: string, text: string, values: unknown[]) =>
        (await client.query<T>({ name, text, values })).rows,
    });
    sql = {
      ...on(pool),
      withSession: async (fn) => {
        const client = await pool.connect();
        try {
          const session: SqlRunner = { ...on(client), withSession: (inner) => inner(session) };
          return await fn(session);
        } finally {
          client.release();
        }
      },
    };
    adapter = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
    closeDriver = () => pool.end();
  }

  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  let queries = 0;
  prisma.$on('query', () => {
    queries += 1;
  });

  const reader = new JsonReader(getDatamodel(), opts.preparedStatements === false ? { maxPrepared: 0 } : {});

  return {
    prisma,
    target,
    sql,
    readMany: async (model, args) => {
      const read = reader.compileFindMany(model, args);
      if (!read) return null;
      queries += 1;
      const rows = read.name
        ? await sql.queryPrepared<{ j: unknown }>(read.name, read.sql, read.params)
        : await sql.query<{ j: unknown }>(read.sql, read.params);
      return read.decode(rows);
    },
    ...(poolStats ? { pool: poolStats } : {}),
    queryCount: () => queries,
    ping: async () => {
      await sql.query('SELECT 1 AS ok');
    },
    close: async () => {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
