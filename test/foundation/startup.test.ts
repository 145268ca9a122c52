// Start-up as a user runs it: bad configuration stops the process with one
// clear line and a non-zero exit code, no stack trace.
// They run the compiled entry (dist/start.cjs, what `npm start` runs), built
// first when a source is newer than it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../support/db.js';

const root = new URL('../..', import.meta.url).pathname;

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

function start(
  env: Record<string, string>,
  onStdout?: (text: string, kill: (signal: NodeJS.Signals) => void) => void,
  command: [string, string[]] = [process.execPath, ['dist/start.cjs']],
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command[1], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', PORT: '0', SEED_DEMO: 'false', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(stdout, (signal) => child.kill(signal));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stderr: signal ? `${stderr}killed by ${signal}` : stderr, stdout });
    });
  });
}

// Process-level checks do not depend on the test database: run them once.
// Each starts a process of its own: they run side by side.
describe.skipIf(testDbKind() !== 'pglite')('start-up with bad configuration', { concurrent: true }, () => {
  const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'fe-')), 'a-file');
  writeFileSync(blocker, 'not a folder');

  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'postgres://user@:99999999/x y' }, /DATABASE_URL/],
    ['an unreachable PostgreSQL', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/test' }, /cannot reach PostgreSQL at 127\.0\.0\.1:1/],
    ['an unwritable data folder', { DATA_DIR: path.join(blocker, 'data') }, /data folder .* is not writable/],
    ['a bad policy value', { POLICY_GRACE_DAYS: 'ninety' }, /POLICY_GRACE_DAYS/],
    [
      'unsafe production settings (dev webhook secrets, unconsented sandbox gateway, open CORS)',
      { NODE_ENV: 'production', CORS_ORIGINS: '*' },
      /unsafe configuration for production: PAYMENT_WEBHOOK_SECRET must be set.*SDI_WEBHOOK_SECRET must be set.*ALLOW_SANDBOX_GATEWAY.*CORS_ORIGINS/,
    ],
  ])('stops on %s with one line and a non-zero exit code', async (_what, env, message) => {
    // when
    const { code, stderr } = await start(env);
    // then
    expect(code).not.toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(testDbKind() !== 'pglite')('start-up and shutdown', () => {
  it('serves on an in-memory database and stops cleanly on SIGTERM', async () => {
    // given: a server with a throw-away database and demo data (usage seeded
    // as 1 MiB documents: 1 GB = 128 MiB keeps them few)
    let signalled = false;
    // when: it prints its address, send SIGTERM
    const env = { DATABASE_URL: 'memory://', SEED_DEMO: 'true', POLICY_BYTES_PER_GB: String(128 * 1_048_576) };
    const { code, stdout, stderr } = await start(env, (text, kill) => {
      if (!signalled && text.includes('/graphql')) {
        signalled = true;
        kill('SIGTERM');
      }
    });
    // then: demo logins were printed and the process exited with 0
    expect(stdout).toContain('1234567@aruba.it');
    expect(signalled).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

describe.skipIf(testDbKind() !== 'pglite')('npm start', () => {
  it('runs the compiled server as the process npm signals: SIGTERM to npm stops it and closes the port', async () => {
    // given: `npm start` (prestart builds only when stale) on a throw-away database
    let port = 0;
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // when: the server prints its address, send SIGTERM to the npm process
    const { code, stdout } = await start(
      { DATABASE_URL: 'memory://', npm_config_update_notifier: 'false' },
      (text, kill) => {
        const match = /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(text);
        if (!port && match?.[1]) {
          port = Number(match[1]);
          kill('SIGTERM');
        }
      },
      [npm, ['start', '--silent']],
    );
    // then: npm exited cleanly once the server had stopped, and nothing listens on the port any more
    expect(port).toBeGreaterThan(0);
    expect(stdout).toContain('/graphql');
    expect(code).toBe(0);
    expect(await accepts(port)).toBe(false);
  });
});
