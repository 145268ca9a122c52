// A fresh database per test file, chosen by TEST_DB: an in-memory PGlite, or a
// database of its own on the PostgreSQL of TEST_DATABASE_URL (dropped
// afterwards). Migrated databases are copies of the template that
// test/support/template-db.ts builds once per run; `migrate: false` gives an
// empty one.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../../src/shared/db/database.js';
import { migrate } from '../../src/shared/db/migrate.js';
import { withAdmin, withDatabase } from './template-db.js';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

let pgliteTemplate: Blob | undefined;

export async function createTestDatabase(
  opts: { migrate?: boolean; preparedStatements?: boolean } = {},
): Promise<Database & { kind: TestDbKind }> {
  const kind = testDbKind();
  const applyMigrations = opts.migrate ?? true;
  if (kind === 'pglite') {
    // Without a template (a project with no globalSetup), migrate a fresh one.
    const template = applyMigrations ? inject('pgliteTemplate') : undefined;
    if (template) pgliteTemplate ??= new Blob([readFileSync(template)]);
    // 16 MB of shared buffers (default 128 MB) are plenty for a test file and
    // start a third faster.
    const postgresqlconf = 'shared_buffers = 16MB';
    const pglite =
      template && pgliteTemplate ? new PGlite({ loadDataDir: pgliteTemplate, postgresqlconf }) : new PGlite({ postgresqlconf });
    const db = await openDatabase({ kind: 'pglite', dataDir: null }, { pglite, preparedStatements: opts.preparedStatements ?? true });
    if (applyMigrations && !template) await migrate(db.sql);
    return Object.assign(db, { kind });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const template = inject('postgresTemplate');
  const name = `${inject('postgresPrefix') ?? 'fe_t_'}${randomBytes(6).toString('hex')}`;
  await withAdmin(url, (admin) =>
    admin.query(`CREATE DATABASE "${name}" TEMPLATE "${applyMigrations && template ? template : 'template0'}"`),
  );
  const db = await openDatabase(
    { kind: 'postgres', url: withDatabase(url, name) },
    { poolSize: 20, preparedStatements: opts.preparedStatements ?? true },
  );
  if (applyMigrations && !template) await migrate(db.sql);
  const close = db.close.bind(db);
  return Object.assign(db, {
    kind,
    close: async () => {
      await close();
      await withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
    },
  });
}
