// GraphiQL in a real headless browser (Debian's chromium, driven by
// puppeteer-core): the page served at /graphql runs the "Sign in" example, the
// token goes into the Authorization header, the "Dashboard" example shows the
// demo services. No request may leave 127.0.0.1 (every other request fails the
// test). A screenshot is saved under test/artifacts/ (not committed).
// `.ci/run` installs chromium; elsewhere the test is skipped when it is absent.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { seedDemo } from '../../src/seed/demo.js';
import { createTestApp, type TestApp } from '../support/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run installs it`);
const ARTIFACTS = path.resolve('test/artifacts');

/** Text of the result pane (Monaco renders the visible lines). */
async function resultText(page: Page): Promise<string> {
  return page.$eval('.graphiql-response', (el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' '));
}

async function openTab(page: Page, title: string): Promise<void> {
  const [tab] = await page.$$(`xpath/.//button[contains(@class,"graphiql-tab-button")][normalize-space(.)="${title}"]`);
  if (!tab) throw new Error(`tab ${title} not found`);
  await tab.click();
}

/** Waits until the result pane contains `text`; on a timeout saves a screenshot and says what the pane showed. */
async function waitForResult(page: Page, text: string, consoleErrors: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      (t: string) => document.querySelector('.graphiql-response')?.textContent.includes(t),
      { timeout: 30_000 },
      text,
    );
  } catch (err) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-failed.png') });
    const shown = await resultText(page).catch(() => '(no result pane)');
    throw new Error(`"${text}" not shown; result pane: ${shown.slice(0, 300)}; console errors: ${consoleErrors.join(' | ')}`, {
      cause: err,
    });
  }
}

async function run(page: Page): Promise<void> {
  await page.click('.graphiql-execute-button');
}

/** Replaces the content of the headers editor of the current tab (the visible editor under "Headers"). */
async function setHeaders(page: Page, json: string): Promise<void> {
  const [headersTab] = await page.$$('xpath/.//button[normalize-space(.)="Headers"]');
  if (!headersTab) throw new Error('Headers tab not found');
  await headersTab.click();
  await page.waitForSelector('.graphiql-editor-tool .monaco-editor');
  let editor = null;
  for (const candidate of await page.$$('.graphiql-editor-tool .monaco-editor')) if (await candidate.isVisible()) editor = candidate;
  if (!editor) throw new Error('headers editor not found');
  await editor.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  // Inserted as typed text in one piece (no auto-closed quotes or braces).
  await page.keyboard.sendCharacter(json);
}

describe.skipIf(!available)('GraphiQL in a headless browser', () => {
  let app: TestApp;
  let server: Server;
  let base: string;
  let browser: Browser;
  let profile: string;
  const foreign: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await createTestApp({ now: new Date() });
    await seedDemo(app.deps, app.now());
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    profile = mkdtempSync(path.join(tmpdir(), 'fe-chromium-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  });

  it('signs in with the example, then the dashboard example shows the demo services; nothing leaves the machine', async () => {
    // given: GraphiQL open on /graphql, every non-local request recorded and refused
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 2400 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
        foreign.push(request.url());
        void request.abort();
      } else void request.continue();
    });
    await page.goto(`${base}/graphql`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });

    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });

    // when: the Sign in tab runs
    await openTab(page, 'Dashboard');
    await openTab(page, 'SignIn');
    await run(page);
    await waitForResult(page, 'token', consoleErrors);
    const signIn = await resultText(page);
    const token = /"token":\s*"([^"]+)"/.exec(signIn)?.[1];
    expect(token, signIn).toBeDefined();

    // and: the Dashboard tab runs with the token in its Authorization header
    await openTab(page, 'Dashboard');
    await setHeaders(page, JSON.stringify({ Authorization: `Bearer ${String(token)}` }));
    await run(page);
    await waitForResult(page, 'fe-1234567-', consoleErrors);

    // then
    const dashboard = await resultText(page);
    // The pane renders the lines in view: the first services of the demo holder.
    const shown = new Set(dashboard.match(/fe-1234567-[a-z]+/g));
    expect(shown.size).toBeGreaterThanOrEqual(2);
    for (const name of shown) expect(['fe-1234567-main', 'fe-1234567-shop', 'fe-1234567-archive']).toContain(name);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-dashboard.png') });
    expect(foreign).toEqual([]);
  }, 120_000);
});
