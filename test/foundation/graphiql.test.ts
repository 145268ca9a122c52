// GraphiQL: served from the installed package (no script, style or font from
// another host), opening on example operations that are valid against the
// schema, with the bearer header template; off when ENABLE_GRAPHIQL is false.
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';
import { EXAMPLE_TABS } from '../../src/shared/http/graphiql.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('GraphiQL', () => {
  let app: TestApp;
  let page: string;

  beforeAll(async () => {
    app = await createTestApp();
    const res = await app.yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    page = await res.text();
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(EXAMPLE_TABS.map((tab) => [tab.title, tab] as const))('example "%s" is valid against the schema', (_title, tab) => {
    // when
    const errors = validate(schema, parse(tab.query));
    // then
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('loads nothing from another host: every script, style and font is inline', () => {
    // then: no <script src>, <link href> or CSS url() pointing away from the page
    expect(page).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(page).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(page).not.toMatch(/@import\s+url\(["']?https?:/i);
    expect(page).not.toContain('unpkg.com');
    expect(page).not.toContain('cdn.jsdelivr.net');
    expect(page.length).toBeGreaterThan(1_000_000);
  });

  it('opens on the example tabs with the bearer header template', () => {
    // then
    expect(page).toContain('SignIn');
    expect(page).toContain('OpenStorageCart');
    expect(page).toContain('Bearer <token from the Sign in tab>');
  });

  it('is off when ENABLE_GRAPHIQL is false', async () => {
    // given
    const off = await createTestApp({ env: { ENABLE_GRAPHIQL: 'false' } });
    try {
      // when
      const res = await off.yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      // then
      expect(await res.text()).not.toContain('SignIn');
    } finally {
      await off.close();
    }
  });
});
