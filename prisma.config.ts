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

const needsNoData = () => process.argv.includes('diff') || ['-v', '--version', 'version'].includes(process.argv[2] ?? '');

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  // `migrate diff` between datamodels and `prisma -v` (run by @prisma/client's
  // postinstall; it only reads the adapter's name) need no data: use an
  // in-memory PGlite so the folder of a running server is never opened and the
  // CLI can exit (it does not dispose the adapter: with ./data present,
  // `prisma -v` never returned and a second `npm ci` or `npm install` hung).
  adapter: () => cliAdapterFactory(target, needsNoData() ? 'memory://' : (process.env.DATA_DIR ?? './data')),
});
