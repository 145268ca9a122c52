// Prisma CLI configuration. The JS schema engine runs on a driver adapter
// chosen by DATABASE_URL: postgres://... -> PostgreSQL, otherwise PGlite in
// DATA_DIR (default ./data). No Rust engine is downloaded.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { cliAdapterFactory } from './src/shared/db/cli-adapter.js';

const target = process.env.DATABASE_URL;
// The schema's datasource reads env("DATABASE_URL"); with PGlite it is unused
// but must parse, so give it a placeholder.
if (!target || !/^postgres(ql)?:\/\//.test(target)) {
  process.env.DATABASE_URL = 'postgresql://embedded-pglite.invalid/unused';
}
process.env.CHECKPOINT_DISABLE ??= '1';
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  // `migrate diff` between datamodels needs no data: use an in-memory PGlite so
  // the folder of a running server is never opened (and the CLI can exit).
  adapter: () => cliAdapterFactory(target, process.argv.includes('diff') ? 'memory://' : (process.env.DATA_DIR ?? './data')),
});
