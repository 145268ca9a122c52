// `npm test`: the type check (tsc --noEmit -p .) and the test suite (vitest run,
// with any arguments given) run at the same time; fails if either fails.
// Vitest's output streams as it comes; the type check's result is printed as
// one block just before vitest's closing summary, which stays the last thing
// printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function bin(pkg: string, name: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const bins = (require(manifest) as { bin: Record<string, string> }).bin;
  const rel = bins[name];
  if (!rel) throw new Error(`${pkg} has no ${name} binary`);
  return path.join(path.dirname(manifest), rel);
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

// The type check, output kept for the end.
const started = Date.now();
const tsc = spawn(process.execPath, [bin('typescript', 'tsc'), '--noEmit', '-p', '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
let tscOutput = '';
tsc.stdout?.on('data', (d: Buffer) => (tscOutput += d.toString()));
tsc.stderr?.on('data', (d: Buffer) => (tscOutput += d.toString()));
const tscDone = exited(tsc).then((code) => ({ code, seconds: ((Date.now() - started) / 1000).toFixed(1) }));

async function typeCheckReport(): Promise<number> {
  const { code, seconds } = await tscDone;
  const out = tscOutput.trimEnd();
  process.stdout.write(
    code === 0
      ? ` Type check  tsc --noEmit -p . passed (${seconds}s)\n`
      : `${out ? `${out}\n\n` : ''} Type check  tsc --noEmit -p . FAILED (exit code ${code}, ${seconds}s)\n`,
  );
  return code;
}

// The tests, forwarded line by line; the summary waits for the type check.
const vitest = spawn(process.execPath, [bin('vitest', 'vitest'), 'run', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');
let partial = '';
let reported: Promise<number> | null = null;
let queue: Promise<unknown> = Promise.resolve();
vitest.stdout?.on('data', (chunk: Buffer) => {
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop() ?? '';
  queue = queue.then(async () => {
    for (const line of lines) {
      if (!reported && /^\s*Test Files\s/.test(plain(line))) {
        reported = typeCheckReport();
        await reported;
        process.stdout.write('\n');
      }
      process.stdout.write(`${line}\n`);
    }
  });
});

const vitestCode = await exited(vitest);
await queue;
if (partial) process.stdout.write(partial);
// No summary (vitest crashed or was stopped): report the type check at the end.
if (!reported) process.stdout.write('\n');
const tscCode = await (reported ?? typeCheckReport());
process.exitCode = vitestCode !== 0 ? vitestCode : tscCode !== 0 ? 1 : 0;
