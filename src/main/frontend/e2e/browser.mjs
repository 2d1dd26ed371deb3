// Shared helpers of the browser tests: Debian's Chromium driven by playwright-core (never a
// downloaded browser), sign-in, the API for comparisons, axe-core, screenshots and budgets.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const env = process.env;
export const BASE = env.BASE_URL;
export const OUT = env.OUT_DIR ?? path.resolve('../../../target/web-e2e');
const AXE = require.resolve('axe-core/axe.min.js');
export const budgets = {};

fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh tab signed in through the sign-in form, as a user pastes a token. */
export async function signedIn(browser, token = env.BROKER_TOKEN, viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  // Generous: the suite shares two cores with other test classes; a passing step never waits this long.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && problems.push(m.text()));
  page.problems = problems;
  // Requests still waiting for an answer, for the evidence of a failed test.
  page.pending = new Set();
  page.on('request', (r) => page.pending.add(`${r.method()} ${r.url()} ${(r.postData() ?? '').slice(0, 80)}`));
  const settle = (r) => page.pending.delete(`${r.method()} ${r.url()} ${(r.postData() ?? '').slice(0, 80)}`);
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  await page.goto(`${BASE}/`);
  await page.getByLabel('Personal API token').fill(token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.locator('header nav').waitFor();
  return page;
}

export async function open(page, hash) {
  await page.goto(`${BASE}/${hash}`);
  await page.locator('main#main').waitFor();
}

export async function api(query, variables = {}, token = env.BROKER_TOKEN) {
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** axe-core on the page as it stands: no serious or critical violation. */
export async function accessible(page, view) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern
  // (a script tag would be refused, as it should be).
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  }
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(bad, [], `accessibility of ${view}`);
}

/**
 * Wraps node:test's test so that a failing test leaves what its pages showed: a screenshot and the
 * text of every page still open, in failures/, and the requests that had not answered.
 */
export function testWithEvidence(nodeTest, getBrowser) {
  return (name, fn) =>
    nodeTest(name, async (t) => {
      try {
        await fn(t);
      } catch (error) {
        const dir = path.join(OUT, 'failures');
        fs.mkdirSync(dir, { recursive: true });
        const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
        let n = 0;
        for (const context of getBrowser()?.contexts() ?? []) {
          for (const page of context.pages()) {
            n++;
            await page.screenshot({ path: path.join(dir, `${slug}-${n}.png`), fullPage: true }).catch(() => {});
            const text = await page.evaluate(() => `${location.href}\n\n${document.body.innerText}`).catch((e) => String(e));
            fs.writeFileSync(path.join(dir, `${slug}-${n}.txt`), `${text}\n\nPending requests: ${[...(page.pending ?? [])].join('\n')}\n`);
          }
        }
        throw error;
      }
    });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(OUT, 'screenshots', `${name}.png`) });
}

/** The file a click downloads: text, or a Buffer when the encoding is null. */
export async function downloaded(page, click, encoding = 'utf8') {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync(await download.path(), encoding);
}

export function writeBudgets() {
  fs.writeFileSync(path.join(OUT, 'budgets.json'), JSON.stringify(budgets, null, 2));
}
