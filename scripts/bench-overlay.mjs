#!/usr/bin/env node
// Two figures from the built extension in real Chromium, each against a baseline taken in the same run:
// - the overlay's time to first paint: launcher click → checklist title painted, against inserting and
//   painting a plain iframe in the same page (the floor any frame pays);
// - observer callbacks per 1,000 DOM mutations on a page that keeps changing, against the 1,000 callbacks
//   an unthrottled observer would receive: while a new offer settles after a navigation, and after.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_CHROMIUM_ARGS } from '../test/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const FIRST_PAINT_BUDGET_MS = 150;
const MUTATIONS = 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, '.output/chrome-mv3');
const fixtures = JSON.parse(readFileSync(path.join(root, 'test/fixtures/pages/index.json'), 'utf8'));
const linkedin = fixtures.find((f) => f.site === 'linkedin');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const dir = mkdtempSync(path.join(tmpdir(), 'gs-bench-overlay-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...BASE_CHROMIUM_ARGS, '--disable-quic', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
await context.route(/^https?:\/\//, (route) => {
  const url = new URL(route.request().url());
  if (url.hostname.endsWith('linkedin.com'))
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.join(root, 'test/fixtures/pages', linkedin.file)),
    });
  return route.abort();
});
if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');

let failed = false;
try {
  // --- first paint -------------------------------------------------------------------------------
  const overlay = [];
  const plainFrame = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(linkedin.url, { waitUntil: 'load' });
    const launcher = page.locator('html > gig-screener-root');
    await launcher.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(300);
    const started = Date.now();
    await launcher.click();
    let frame = null;
    while (!frame) {
      frame = page.frames().find((f) => f.url().includes('/overlay.html'));
      if (!frame) await page.waitForTimeout(5);
    }
    await frame.getByTestId('overlay-title').waitFor({ state: 'visible', timeout: 10_000 });
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    overlay.push(Date.now() - started);

    const startedPlain = Date.now();
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const iframe = document.createElement('iframe');
          iframe.srcdoc = '<!doctype html><h1>Plain frame</h1>';
          iframe.onload = () => requestAnimationFrame(() => resolve(null));
          document.body.append(iframe);
        }),
    );
    plainFrame.push(Date.now() - startedPlain);
    await page.close();
  }
  const paint = median(overlay);
  const base = median(plainFrame);
  console.log(`overlay first paint (click → checklist painted), median of ${RUNS}`);
  console.log(
    `  overlay ${paint.toFixed(0).padStart(5)} ms   plain iframe ${base.toFixed(0).padStart(4)} ms   ×${(paint / Math.max(1, base)).toFixed(1)}   (budget ${FIRST_PAINT_BUDGET_MS} ms)`,
  );
  if (paint > FIRST_PAINT_BUDGET_MS) failed = true;

  // --- observer callbacks ------------------------------------------------------------------------
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const isolated = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated' && c.name === 'Gig Screener') isolated.set(c.auxData.frameId, c.id);
  });
  cdp.on('Runtime.executionContextsCleared', () => isolated.clear());
  await cdp.send('Runtime.enable');
  await page.goto(linkedin.url, { waitUntil: 'load' });
  await page.locator('html > gig-screener-root').waitFor({ state: 'attached', timeout: 10_000 });
  const stats = async () => {
    const [contextId] = [...isolated.values()];
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.gigScreenerWatch ?? null)',
      contextId,
      returnByValue: true,
    });
    return JSON.parse(result.value);
  };
  // One mutation per task, as a live feed or a ticking clock does; each could wake an observer.
  const mutate = () =>
    page.evaluate(async (count) => {
      // Inside the part of the page the LinkedIn adapter watches (its observeRoot).
      const box =
        ['.jobs-search__job-details--wrapper', '.scaffold-layout__detail', 'main']
          .map((selector) => document.querySelector(selector))
          .find(Boolean) ?? document.body;
      const ticker = document.createElement('span');
      box.append(ticker);
      for (let i = 0; i < count; i++) {
        ticker.textContent = String(i);
        await new Promise((r) => setTimeout(r, 2));
      }
      ticker.remove();
    }, MUTATIONS);

  // While a new offer settles: a single-page navigation, then the page keeps changing.
  await page.evaluate(() => history.pushState({}, '', '/jobs/view/4033333333/'));
  await page.waitForTimeout(1_500);
  const before = await stats();
  await mutate();
  const during = await stats();
  // Long after: the watch window has closed and the page still keeps changing.
  await page.waitForTimeout(7_000);
  const idleBefore = await stats();
  await mutate();
  const idleAfter = await stats();
  await page.close();
  if (!before || !idleAfter) throw new Error('the content script exposed no watch counters');
  const rows = [
    ['while an offer settles (6 s window)', during.callbacks - before.callbacks, during.runs - before.runs],
    ['after the window closed', idleAfter.callbacks - idleBefore.callbacks, idleAfter.runs - idleBefore.runs],
  ];
  console.log(`observer callbacks per ${MUTATIONS} DOM mutations (baseline: ${MUTATIONS} for an unthrottled observer)`);
  for (const [label, callbacks, runs] of rows) {
    console.log(
      `  ${label.padEnd(36)} ${String(callbacks).padStart(5)} callbacks (×${(callbacks / MUTATIONS).toFixed(2)})   ${String(runs).padStart(3)} re-captures`,
    );
  }
  // Outside the window nothing may be observed at all.
  if (rows[1][1] !== 0) failed = true;
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
