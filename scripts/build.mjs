// Bundles the server into dist/server.js with esbuild: our sources and the
// generated Prisma client (src/generated) are bundled; packages in
// node_modules stay external and are loaded by Node at run time (the Prisma
// runtime and its WASM query compiler, PGlite and its data files, pg, ...).
//
//   node scripts/build.mjs             build
//   node scripts/build.mjs --if-stale  build only when a file under src/ (or
//                                      package.json, this script) is newer than
//                                      dist/server.js (used by `prestart`)
//
// dist/start.cjs (from src/start.cts) is the process entry that npm start and
// the Dockerfile run: it sets what Node reads only at start, then loads
// dist/server.js.
//
// It also writes dist/pglite-cluster.tgz: an initialised, empty PGlite cluster
// (no tables). A server whose PGlite data folder is empty starts from it
// instead of running initdb, which takes several seconds in WASM; migrations
// and the demo seed still run at start. Rebuilt when the PGlite version changes.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = path.join(root, 'src', 'server.ts');
const outfile = path.join(root, 'dist', 'server.js');
const startFile = path.join(root, 'dist', 'start.cjs');
const clusterFile = path.join(root, 'dist', 'pglite-cluster.tgz');
const clusterInfo = path.join(root, 'dist', 'pglite-cluster.json');
const pgliteVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;

function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const dirent of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, dirent.name)));
  }
  return newest;
}

function isStale() {
  if (!existsSync(outfile) || !existsSync(startFile)) return true;
  const built = statSync(outfile).mtimeMs;
  const inputs = [path.join(root, 'src'), path.join(root, 'package.json'), fileURLToPath(import.meta.url)];
  return inputs.some((input) => newestMtime(input) > built);
}

function clusterIsCurrent() {
  if (!existsSync(clusterFile) || !existsSync(clusterInfo)) return false;
  return JSON.parse(readFileSync(clusterInfo, 'utf8')).pgliteVersion === pgliteVersion;
}

async function buildCluster() {
  const started = performance.now();
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = new PGlite();
  await lite.waitReady;
  const dump = await lite.dumpDataDir('gzip');
  await lite.close();
  mkdirSync(path.dirname(clusterFile), { recursive: true });
  const tmp = `${clusterFile}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, clusterFile);
  writeFileSync(clusterInfo, `${JSON.stringify({ pgliteVersion })}\n`);
  process.stderr.write(`built ${path.relative(root, clusterFile)} in ${Math.round(performance.now() - started)} ms\n`);
}

const EXTERNAL = [
  '@prisma/*',
  'prisma',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'pglite-prisma-adapter',
  'pg',
  'pg-*',
  'pino',
  'pino-pretty',
  'thread-stream',
  'ioredis',
  'nodemailer',
  '@opentelemetry/*',
  '@envelop/opentelemetry',
  '@graphql-yoga/render-graphiql',
  'esbuild',
];

const ifStale = process.argv.includes('--if-stale');
if (!clusterIsCurrent()) await buildCluster();
if (ifStale && !isStale()) process.exit(0);

const started = performance.now();
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The pure-JavaScript packages of the request path (GraphQL, Yoga, Pothos,
  // Envelop, zod, ...) are bundled: one file to load instead of hundreds to
  // resolve, which is most of the start-up time on a migrated database.
  // External: packages with native, WASM or worker files, and those loaded
  // only when configured (tracing, Redis, SMTP, pretty logs, GraphiQL).
  external: EXTERNAL,
  // ES module builds first where a package has no "exports" map (graphql@16):
  // a CommonJS package bundled into ESM is reached through a getter on every
  // access (`import_graphql.isObjectType`), which cost 3-7% of the CPU of a
  // dashboard request in the profile.
  mainFields: ['module', 'main'],
  // CommonJS packages bundled into ESM may call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
// The process entry (src/start.cts): CommonJS, and loads dist/server.js as it is.
await build({
  entryPoints: [path.join(root, 'src', 'start.cts')],
  outfile: startFile,
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import('./server.js') stays an import (a require() of an ES module fails on Node 20).
  supported: { 'dynamic-import': true },
  logLevel: 'warning',
});
process.stderr.write(
  `built ${path.relative(root, outfile)} and ${path.basename(startFile)} in ${Math.round(performance.now() - started)} ms\n`,
);
