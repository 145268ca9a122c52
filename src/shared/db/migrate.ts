// Applies prisma/migrations in order, recording them in `_prisma_migrations`
// exactly as `prisma migrate deploy` does, so both tools agree. Runs under an
// advisory lock so that several instances starting together do not collide.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlRunner } from './database.js';

/**
 * prisma/migrations of the project: found by walking up from this module's
 * folder, so it works from the sources (src/shared/db/) and from the bundle
 * (dist/server.js) alike.
 */
export const MIGRATIONS_DIR = findMigrationsDir(path.dirname(fileURLToPath(import.meta.url)));
/** The project folder (the one holding prisma/migrations): relative file settings are read from it. */
export const PROJECT_ROOT = path.dirname(path.dirname(MIGRATIONS_DIR));

function findMigrationsDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    // Not found: name the working directory's, so the error says where it looked.
    if (path.dirname(dir) === dir) return path.resolve('prisma', 'migrations');
  }
}

const LOCK_KEY = 72707369; // same key as Prisma's migrate lock

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(runner: SqlRunner, migrations = listMigrations()): Promise<string[]> {
  return runner.withSession((sql) => migrateOn(sql, migrations));
}

async function migrateOn(sql: SqlRunner, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await sql.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await sql.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await sql.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const doneByName = new Map(done.map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      const known = doneByName.get(m.name);
      if (known) {
        if (known !== m.checksum) throw new Error(`migration ${m.name} was modified after it was applied`);
        continue;
      }
      const id = randomUUID();
      await sql.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())', [
        id,
        m.checksum,
        m.name,
      ]);
      await sql.exec(`BEGIN;\n${m.sql}\nCOMMIT;`).catch(async (err: unknown) => {
        await sql.exec('ROLLBACK').catch(() => undefined);
        throw err;
      });
      await sql.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
      applied.push(m.name);
    }
  } finally {
    await sql.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
  return applied;
}

let expected: string[] | null = null;

/** Names of the migrations this build expects, read once from prisma/migrations. */
export function expectedMigrationNames(): string[] {
  expected ??= listMigrations().map((m) => m.name);
  return expected;
}

/**
 * The expected migrations not applied (finished, not rolled back) in the
 * database; throws when the migrations table cannot be read.
 */
export async function missingMigrations(runner: SqlRunner, names: readonly string[] = expectedMigrationNames()): Promise<string[]> {
  const applied = await runner.query<{ migration_name: string }>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const done = new Set(applied.map((r) => r.migration_name));
  return names.filter((n) => !done.has(n));
}
