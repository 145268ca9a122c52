// `npm test`: the static checks (type check, lint, format, dependency rule) and
// the test suite (vitest run, with any arguments given) run at the same time;
// fails if any fails. Vitest's output streams as it comes; the checks' results
// are printed as one block just before vitest's closing summary, which stays
// the last thing printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

function bin(pkg: string, name: string): string {
  // Read the manifest from disk: some packages do not export their package.json.
  const dir = path.join(process.cwd(), 'node_modules', pkg);
  const { bin: bins } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const rel = typeof bins === 'string' ? bins : bins[name];
  if (!rel) throw new Error(`${pkg} has no ${name} binary`);
  return path.join(dir, rel);
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}

// The static checks, output kept for the end: type check, lint, format and
// the dependency rule (src/modules layering, pure domain/). They run one after
// the other beside the tests (two cores: the tests take the other one).
interface Check {
  name: string;
  command: string[];
}
const checks: Check[] = [
  { name: 'Type check', command: [bin('typescript', 'tsc'), '--noEmit', '-p', '.'] },
  { name: 'Lint', command: [bin('eslint', 'eslint'), '.'] },
  { name: 'Format', command: [bin('prettier', 'prettier'), '--check', '--log-level', 'warn', '.'] },
  { name: 'Dependency rule', command: [bin('dependency-cruiser', 'depcruise'), 'src', '--config', '.dependency-cruiser.cjs'] },
];

async function runCheck(check: Check): Promise<{ check: Check; code: number; output: string; seconds: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, check.command, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await exited(child);
  return { check, code, output: output.trimEnd(), seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

const checksDone = (async () => {
  const results = [];
  for (const check of checks) results.push(await runCheck(check));
  return results;
})();

async function checksReport(): Promise<number> {
  let failed = 0;
  for (const { check, code, output, seconds } of await checksDone) {
    const line = check.command.slice(1).join(' ');
    if (code === 0) {
      process.stdout.write(` ${check.name}  passed (${seconds}s)\n`);
    } else {
      failed += 1;
      process.stdout.write(`${output ? `${output}\n\n` : ''} ${check.name}  FAILED: ${line} (exit code ${code}, ${seconds}s)\n`);
    }
  }
  return failed;
}

// The tests, forwarded line by line; the summary waits for the checks.
const vitest = spawn(process.execPath, [bin('vitest', 'vitest'), 'run', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});
const plain = (line: string) => stripVTControlCharacters(line);
let partial = '';
// Set from the output callback once vitest's summary starts.
const state: { reported: Promise<number> | null } = { reported: null };
let queue: Promise<unknown> = Promise.resolve();
vitest.stdout.on('data', (chunk: Buffer) => {
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop() ?? '';
  queue = queue.then(async () => {
    for (const line of lines) {
      if (!state.reported && /^\s*Test Files\s/.test(plain(line))) {
        state.reported = checksReport();
        await state.reported;
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
if (!state.reported) process.stdout.write('\n');
const checksFailed = await (state.reported ?? checksReport());
process.exitCode = vitestCode !== 0 ? vitestCode : checksFailed !== 0 ? 1 : 0;
