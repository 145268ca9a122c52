// Measures the time from process start to the first successful GET /readyz of
// the compiled server (dist/start.cjs loading dist/server.js, built first when stale):
//   (a) fresh: an empty PGlite data folder (migrations + demo seed),
//   (b) migrated: the same folder again (nothing to migrate or seed).
//
//   npm run measure:start                  one run of each
//   npm run measure:start -- --runs 3      three of each, prints every run and the median
//   npm run measure:start -- --cpu-prof    also writes V8 CPU profiles to ./profiles
//
// Only 127.0.0.1 is contacted; each server is stopped with SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 1;
const cpuProf = args.includes('--cpu-prof');

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** CPU seconds (user + system) the process has used so far, from /proc (Linux; null elsewhere). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function getStatus(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/readyz', method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

/** Starts the server on `dataDir`, returns ms from spawn to the first 200 of /readyz, then stops it. */
async function measure(dataDir, label) {
  const port = await freePort();
  const nodeArgs = cpuProf ? ['--cpu-prof', '--cpu-prof-dir', path.join(root, 'profiles'), '--cpu-prof-name', `${label}.cpuprofile`] : [];
  if (cpuProf) mkdirSync(path.join(root, 'profiles'), { recursive: true });
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'dist', 'start.cjs')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  // Poll with a short, bounded backoff (at most about 120 s in all).
  let elapsed = null;
  let cpu = null;
  for (let attempt = 0; attempt < 2400 && !exitedEarly; attempt++) {
    if ((await getStatus(port)) === 200) {
      elapsed = performance.now() - started;
      cpu = cpuSeconds(child.pid);
      break;
    }
    await new Promise((r) => setTimeout(r, Math.min(50, 5 + attempt)));
  }
  child.kill('SIGTERM');
  const code = await exited;
  if (elapsed === null) throw new Error(`${label}: the server never answered /readyz (exit code ${code})`);
  return { elapsed, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const loadBefore = os.loadavg()[0];
const fresh = [];
const migrated = [];
for (let i = 0; i < runs; i++) {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'fe-measure-')), 'data');
  try {
    fresh.push(await measure(dataDir, `fresh-${i + 1}`));
    migrated.push(await measure(dataDir, `migrated-${i + 1}`));
  } finally {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}
// Wall-clock time to ready, and the CPU time the server used until then: on a
// shared machine the second tells how much of the first was waiting for a core.
const fmt = (r) => `${(r.elapsed / 1000).toFixed(2)} s${r.cpu === null ? '' : ` (cpu ${r.cpu.toFixed(2)} s)`}`;
const summary = (rs) => (rs.length > 1 ? `; median ${(median(rs.map((r) => r.elapsed)) / 1000).toFixed(2)} s` : '');
console.log(`cores ${os.availableParallelism()}, load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
console.log(`fresh data folder (migrations + demo seed): ${fresh.map(fmt).join(', ')}${summary(fresh)}`);
console.log(`already migrated folder:                    ${migrated.map(fmt).join(', ')}${summary(migrated)}`);
