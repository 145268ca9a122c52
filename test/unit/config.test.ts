import { describe, expect, it } from 'vitest';
import { assertSafeForProduction, ConfigError, loadConfig, productionRefusals } from '../../src/shared/config.js';

describe('configuration', () => {
  it('has working defaults: embedded PGlite in ./data on port 4000', () => {
    // given / when
    const config = loadConfig({});
    // then
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({ DATABASE_POOL_SIZE: 10, DATABASE_PREPARED_STATEMENTS: true });
  });

  it('takes the pool size and turns prepared statements off (for a transaction-mode pooler)', () => {
    // given / when
    const config = loadConfig({ DATABASE_POOL_SIZE: '25', DATABASE_PREPARED_STATEMENTS: 'false' });
    // then
    expect(config).toMatchObject({ DATABASE_POOL_SIZE: 25, DATABASE_PREPARED_STATEMENTS: false });
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
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE/],
    [{ DATABASE_POOL_SIZE: '500' }, /DATABASE_POOL_SIZE/],
    [{ DATABASE_PREPARED_STATEMENTS: 'maybe' }, /DATABASE_PREPARED_STATEMENTS/],
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

  describe('production safety (NODE_ENV=production)', () => {
    const secret = (fill: string) => `whsec_${Buffer.alloc(32, fill).toString('base64')}`;
    const safe = {
      NODE_ENV: 'production',
      PAYMENT_WEBHOOK_SECRET: secret('p'),
      SDI_WEBHOOK_SECRET: secret('s'),
      ALLOW_SANDBOX_GATEWAY: 'true',
      CORS_ORIGINS: 'https://app.example.com, https://admin.example.com',
      SEED_DEMO: 'false',
    };

    it('starts with real secrets, consent to the sandbox and an allowlist; introspection and GraphiQL default to off', () => {
      // given / when
      const config = loadConfig(safe);
      // then
      expect(() => {
        assertSafeForProduction(config);
      }).not.toThrow();
      expect(config).toMatchObject({ ENABLE_INTROSPECTION: false, ENABLE_GRAPHIQL: false, ALLOW_CLOCK_OVERRIDE: false });
      expect(config.CORS_ORIGINS).toEqual(['https://app.example.com', 'https://admin.example.com']);
      expect(loadConfig({ ...safe, ENABLE_INTROSPECTION: 'true', ENABLE_GRAPHIQL: 'true' })).toMatchObject({
        ENABLE_INTROSPECTION: true,
        ENABLE_GRAPHIQL: true,
      });
    });

    it('outside production everything defaults to developer comfort: dev secrets, any origin, introspection and GraphiQL on', () => {
      // given / when
      const config = loadConfig({});
      // then
      expect(productionRefusals(config)).toEqual([]);
      expect(config).toMatchObject({ NODE_ENV: 'development', ENABLE_INTROSPECTION: true, ENABLE_GRAPHIQL: true, CORS_ORIGINS: ['*'] });
    });

    it.each([
      [
        'missing webhook secrets',
        { PAYMENT_WEBHOOK_SECRET: undefined, SDI_WEBHOOK_SECRET: undefined },
        /PAYMENT_WEBHOOK_SECRET must be set.*SDI_WEBHOOK_SECRET must be set/,
      ],
      [
        'the dev secret as the previous one',
        { PAYMENT_WEBHOOK_SECRET_PREVIOUS: loadConfig({}).PAYMENT_WEBHOOK_SECRET },
        /PAYMENT_WEBHOOK_SECRET_PREVIOUS/,
      ],
      ['the sandbox gateway without consent', { ALLOW_SANDBOX_GATEWAY: undefined }, /ALLOW_SANDBOX_GATEWAY/],
      ['an open CORS policy', { CORS_ORIGINS: '*' }, /CORS_ORIGINS/],
      ['a clock override', { ALLOW_CLOCK_OVERRIDE: 'true' }, /ALLOW_CLOCK_OVERRIDE/],
      ['demo data with its public password', { SEED_DEMO: undefined }, /SEED_DEMO/],
    ])('refuses %s with one line', (_what, change, pattern) => {
      // given
      const config = loadConfig({ ...safe, ...change });
      // when / then
      expect(() => {
        assertSafeForProduction(config);
      }).toThrow(ConfigError);
      expect(productionRefusals(config).join('; ')).toMatch(pattern);
    });

    it.each([
      [{ PAYMENT_WEBHOOK_SECRET: 'a-plain-secret-of-many-characters' }, /PAYMENT_WEBHOOK_SECRET/],
      [{ SDI_WEBHOOK_SECRET: `whsec_${Buffer.alloc(8).toString('base64')}` }, /SDI_WEBHOOK_SECRET/],
      [{ CORS_ORIGINS: 'https://app.example.com/path' }, /CORS_ORIGINS/],
      [{ ENABLE_GRAPHIQL: 'yes' }, /ENABLE_GRAPHIQL/],
      [{ OPERATOR_ALERT_EMAIL: 'not-an-address' }, /OPERATOR_ALERT_EMAIL/],
    ])('refuses the malformed %o', (env, pattern) => {
      expect(() => loadConfig(env)).toThrow(pattern);
    });
  });
});
