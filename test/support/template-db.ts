// Migrated template databases, built once per test run (vitest globalSetup)
// instead of once per test file:
// - PGlite: a migrated in-memory PGlite dumped to a tarball; each file loads it
//   with `new PGlite({ loadDataDir })`, which also skips initdb.
// - PostgreSQL: a database `fe_test_template_<hash>` that each file copies with
//   CREATE DATABASE ... TEMPLATE. Nobody connects to it after it is built
//   (ALLOW_CONNECTIONS false), so concurrent copies never find it busy.
// Both are keyed by a hash of prisma/migrations (and the PGlite version), so a
// changed migration builds a new template.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/shared/db/database.js';
import { listMigrations, migrate } from '../../src/shared/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball of a migrated PGlite data directory. */
    pgliteTemplate?: string;
    /** Name of the migrated template database on TEST_DATABASE_URL. */
    postgresTemplate?: string;
    /** Prefix of the databases this run creates (dropped at teardown). */
    postgresPrefix?: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const m of listMigrations()) hash.update(`${m.name}\0${m.sql}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function buildPgliteTemplate(): Promise<string> {
  const version = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }
  ).version;
  const dir = path.join(root, 'node_modules/.cache/fe-test-db');
  const file = path.join(dir, `pglite-${version}-${migrationsHash()}.tgz`);
  if (existsSync(file)) return file;
  const lite = new PGlite();
  const db = await openDatabase({ kind: 'pglite', dataDir: null }, { pglite: lite });
  try {
    await migrate(db.sql);
    const dump = await lite.dumpDataDir('gzip');
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  } finally {
    await db.close();
  }
  return file;
}

async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `fe_test_template_${migrationsHash()}`;
  await withAdmin(url, async (admin) => {
    // One builder at a time; a half-built template never has the final name.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      const building = `${name}_build`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}" TEMPLATE template0`);
      const db = await openDatabase({ kind: 'postgres', url: withDatabase(url, building) }, { poolSize: 1 });
      try {
        await migrate(db.sql);
      } finally {
        await db.close();
      }
      await admin.query(`ALTER DATABASE "${building}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

/** globalSetup of the database projects: which template to build follows the project's TEST_DB. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (project.config.env.TEST_DB !== 'postgres') {
    project.provide('pgliteTemplate', await buildPgliteTemplate());
    return undefined;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const prefix = `fe_t_${randomBytes(4).toString('hex')}_`;
  project.provide('postgresTemplate', await buildPostgresTemplate(url));
  project.provide('postgresPrefix', prefix);
  // Teardown: drop what a failed or interrupted test file left behind.
  return () =>
    withAdmin(url, async (admin) => {
      const left = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
      for (const { datname } of left.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
}
