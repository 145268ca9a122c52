// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the difference
// between the last committed schema (git HEAD) and prisma/schema.prisma, with
// the bundled WASM schema engine: no shadow database, no Rust engine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:migration:new -- <name>');
  process.exit(2);
}

let previous: string | null = null;
try {
  previous = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch {
  previous = null;
}
const from = previous
  ? (() => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'schema-')), 'schema.prisma');
      writeFileSync(file, previous);
      return ['--from-schema-datamodel', file];
    })()
  : ['--from-empty'];

const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'], {
  encoding: 'utf8',
  env: { ...process.env, CHECKPOINT_DISABLE: '1' },
});
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log('No schema changes since the last commit: no migration created.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`created ${dir}/migration.sql`);
