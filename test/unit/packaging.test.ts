// The Dockerfile, compose.yaml, .dockerignore and .env.example cannot be run
// here (no container engine): check that they name scripts, paths and
// variables that exist, and the same commands the tests run.
import { defined } from '../support/factories.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/shared/config.js';
import { defaultPolicy, loadPolicy } from '../../src/shared/domain/policy.js';

const root = new URL('../..', import.meta.url).pathname;
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** Dockerfile instructions, continuation lines joined. */
function instructions(): { op: string; args: string }[] {
  return read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op = '', ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

describe('Dockerfile', () => {
  const all = instructions();
  const stages = all.filter((i) => i.op === 'FROM');
  const runtime = all.slice(all.lastIndexOf(defined(stages[stages.length - 1])));

  it('builds with npm ci and npm run build, and the build script exists', () => {
    const runs = all.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /^npm ci\b/.test(r))).toBe(true);
    expect(runs).toContain('npm run build');
    expect(pkg.scripts.build).toBeDefined();
  });

  it('copies into the build only paths that exist and that .dockerignore does not exclude', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim().replace(/\/$/, ''))
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
    const sources = all.filter((i) => i.op === 'COPY' && !i.args.includes('--from=')).flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(path.join(root, source)), source).toBe(true);
      expect(ignored, source).not.toContain(source);
    }
    expect(ignored).toContain('node_modules');
  });

  it('runs node:20 as a non-root user, node as PID 1 on the same entry as npm start, with a /readyz health check', () => {
    expect(defined(stages[stages.length - 1]).args).toMatch(/^node:20-(slim|alpine)$/);
    const user = runtime.find((i) => i.op === 'USER');
    expect(user?.args).toBeDefined();
    expect(user?.args).not.toMatch(/^(root|0)$/);
    const cmd = JSON.parse(defined(runtime.find((i) => i.op === 'CMD')).args) as string[];
    expect(cmd[0]).toBe('node');
    expect(pkg.scripts.start).toBe(`exec ${cmd.join(' ')}`);
    const entry = defined(cmd[cmd.length - 1]);
    expect(read('scripts/build.mjs')).toContain(`'${path.basename(entry)}'`);
    const health = runtime.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    expect(health).toContain('CMD ["node"');
    expect(health).toContain('/readyz');
    const env = runtime
      .filter((i) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
    expect(runtime.some((i) => i.op === 'VOLUME')).toBe(true);
    // The compiled entry finds the migrations by walking up: they sit beside dist/.
    expect(runtime.some((i) => i.op === 'COPY' && i.args.includes('prisma/migrations'))).toBe(true);
  });
});

describe('compose.yaml', () => {
  interface Service {
    image?: string;
    build?: string;
    environment?: Record<string, string>;
    ports?: string[];
    depends_on?: Record<string, unknown>;
  }
  const compose = parse(read('compose.yaml')) as { services: Record<string, Service> };

  it('runs the server built from this Dockerfile against PostgreSQL, Redis and Mailpit', () => {
    const { server, postgres, redis, mailpit } = compose.services;
    expect(server?.build).toBe('.');
    expect(existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(postgres?.image).toMatch(/^postgres:1[56]\b/);
    expect(redis?.image).toMatch(/^redis:7\b/);
    expect(mailpit?.image).toMatch(/^axllent\/mailpit\b/);
    expect(mailpit?.ports).toContain('8025:8025');
    const env = server?.environment ?? {};
    expect(env.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@postgres:5432\//);
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(env.SMTP_URL).toBe('smtp://mailpit:1025');
    expect(env.HOST).toBe('0.0.0.0');
    expect(Object.keys(server?.depends_on ?? {}).sort()).toEqual(['mailpit', 'postgres', 'redis']);
    // Every variable given to the server is one it accepts.
    expect(() => loadConfig(env)).not.toThrow();
  });
});

describe('.env.example', () => {
  const entries = Object.fromEntries(
    read('.env.example')
      .split('\n')
      .filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
  );

  it('lists every variable of src/shared/config.ts and src/shared/domain/policy.ts', () => {
    const configVars = [...read('src/shared/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    const policyVars = [...read('src/shared/domain/policy.ts').matchAll(/'(POLICY_[A-Z_]+)'/g)].map((m) => m[1]);
    expect(configVars.length).toBeGreaterThan(10);
    expect(policyVars.length).toBeGreaterThan(10);
    expect(Object.keys(entries).sort()).toEqual([...configVars, ...policyVars].sort());
  });

  it('gives the defaults', () => {
    expect(loadConfig(entries)).toEqual(loadConfig({}));
    expect(loadPolicy(entries)).toEqual(defaultPolicy);
  });
});
