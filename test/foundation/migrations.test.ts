// Migrations and schema.prisma must describe the same database: apply every
// migration to one fresh database, the SQL Prisma derives from schema.prisma
// to another, and compare their catalogs.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, listMigrations } from '../../src/shared/db/migrate.js';
import type { SqlRunner } from '../../src/shared/db/database.js';
import { createTestDatabase } from '../support/db.js';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

async function catalog(sql: SqlRunner) {
  const where = `table_schema = current_schema() AND table_name <> '_prisma_migrations'`;
  const columns = await sql.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE ${where} ORDER BY table_name, column_name`,
  );
  const indexes = await sql.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`,
  );
  const constraints = await sql.query(
    `SELECT c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = current_schema() AND c.conrelid <> 0
        AND c.conrelid::regclass::text NOT LIKE '%_prisma_migrations%'
      ORDER BY c.conname`,
  );
  const enums = await sql.query(
    `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`,
  );
  const strip = (s: unknown) =>
    String(s)
      .replace(/"?t_[a-z0-9_]+"?\./g, '')
      .replace(/public\./g, '');
  return {
    columns,
    indexes: indexes.map((i) => ({ ...i, indexdef: strip(i.indexdef) })),
    constraints: constraints.map((c) => ({ ...c, def: strip(c.def) })),
    enums,
  };
}

const prismaCli = fileURLToPath(new URL('../../node_modules/prisma/build/index.js', import.meta.url));

/** The SQL that schema.prisma describes (bundled WASM engine, no database). */
async function schemaSql(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [prismaCli, 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' }, timeout: 110_000 },
  );
  return stdout;
}

describe('migrations', () => {
  let migrated: Db;
  let fromSchema: Db;
  let fromSchemaSql: Promise<string>;

  beforeAll(async () => {
    // the Prisma CLI runs while the databases are made
    fromSchemaSql = schemaSql();
    fromSchemaSql.catch(() => undefined);
    [migrated, fromSchema] = await Promise.all([createTestDatabase(), createTestDatabase({ migrate: false })]);
  });
  afterAll(async () => {
    await Promise.all([migrated.close(), fromSchema.close()]);
  });

  it('leave no drift from prisma/schema.prisma', async () => {
    // given: the SQL that schema.prisma describes
    const sql = await fromSchemaSql;
    // when: one database gets it directly, the other its migrations
    await fromSchema.sql.exec(sql.replace(/CREATE SCHEMA IF NOT EXISTS "public";/g, ''));
    // then: same tables, columns, indexes, constraints and enums
    expect(await catalog(migrated.sql)).toEqual(await catalog(fromSchema.sql));
  });

  it('are recorded like `prisma migrate deploy` and applying them again changes nothing', async () => {
    // given: a migrated database
    const names = listMigrations().map((m) => m.name);
    // when
    const applied = await migrate(migrated.sql);
    // then
    expect(applied).toEqual([]);
    const rows = await migrated.sql.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });
});
