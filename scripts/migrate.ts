// Applies pending migrations to the configured database (DATABASE_URL or
// PGlite in DATA_DIR), as `npm start` does at boot.
import { loadConfig } from '../src/shared/config.js';
import { openDatabase, resolveTarget } from '../src/shared/db/database.js';
import { migrate } from '../src/shared/db/migrate.js';

const config = loadConfig();
const db = await openDatabase(resolveTarget(config.DATABASE_URL, config.DATA_DIR));
try {
  const applied = await migrate(db.sql);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await db.close();
}
