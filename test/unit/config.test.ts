import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/shared/config.js';

describe('configuration', () => {
  it('has working defaults: embedded PGlite in ./data on port 4000', () => {
    // given / when
    const config = loadConfig({});
    // then
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('accepts a PostgreSQL URL, memory:// and a folder', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/app' }).DATABASE_URL).toBe('postgres://u@db:5432/app');
    expect(loadConfig({ DATABASE_URL: 'memory://' }).DATABASE_URL).toBe('memory://');
    expect(loadConfig({ DATABASE_URL: './var/pg' }).DATABASE_URL).toBe('./var/pg');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://' }, /DATABASE_URL/],
  ])('refuses %o with one line naming the variable', (env, pattern) => {
    // when / then
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).toMatch(pattern);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
