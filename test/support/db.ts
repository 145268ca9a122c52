// A fresh database per test file: in-memory PGlite, or a dedicated schema on
// the PostgreSQL of TEST_DATABASE_URL (dropped afterwards), chosen by TEST_DB.
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../src/shared/db/database.js';
import { migrate } from '../../src/shared/db/migrate.js';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<Database & { kind: TestDbKind }> {
  const kind = testDbKind();
  const applyMigrations = opts.migrate ?? true;
  if (kind === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    if (applyMigrations) await migrate(db.sql);
    return Object.assign(db, { kind });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
  await admin.sql.exec(`CREATE SCHEMA "${schema}"`);
  await admin.close();
  const db = await openDatabase({ kind: 'postgres', url, schema }, { poolSize: 20 });
  if (applyMigrations) await migrate(db.sql);
  const close = db.close;
  return Object.assign(db, {
    kind,
    close: async () => {
      await db.sql.exec(`DROP SCHEMA "${schema}" CASCADE`).catch(() => undefined);
      await close();
    },
  });
}
