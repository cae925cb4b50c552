#!/usr/bin/env node
// Main-thread script time the extension adds to loading each fixture job page: CDP Performance.getMetrics
// ScriptDuration until 3 s after load (so work deferred by timers counts), extension loaded vs not, medians of
// interleaved loads in the same run. Budget: ≤ 6 ms added per load.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_CHROMIUM_ARGS } from '../test/e2e/harness.mjs';

const BUDGET_MS = 6;
/** Script time counts until this long after load: deferred work (timers, idle callbacks) is included. */
const SETTLE_MS = 3_000;
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, '.output/chrome-mv3');
const fixtures = JSON.parse(readFileSync(path.join(root, 'test/fixtures/pages/index.json'), 'utf8')).filter(
  (f) => !f.degraded && f.kind !== 'dm',
);

const baseArgs = [...BASE_CHROMIUM_ARGS, '--disable-quic'];

async function launch(withExtension) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gs-bench-'));
  const args = withExtension
    ? [...baseArgs, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`]
    : baseArgs;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args,
  });
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const hit = fixtures.find((f) => f.url === url);
    if (hit)
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(path.join(root, 'test/fixtures/pages', hit.file)),
      });
    return route.abort();
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, dir };
}

async function scriptMs(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const plain = await launch(false);
const withExt = await launch(true);
let worst = 0;
try {
  console.log(`site            without ext  with ext   added   (median of ${LOADS} interleaved loads, ms)`);
  for (const fixture of fixtures) {
    const a = [];
    const b = [];
    for (let i = 0; i < LOADS; i++) {
      a.push(await scriptMs(plain.context, fixture.url));
      b.push(await scriptMs(withExt.context, fixture.url));
    }
    const added = median(b) - median(a);
    worst = Math.max(worst, added);
    console.log(
      `${fixture.file.padEnd(28).slice(0, 28)} ${median(a).toFixed(1).padStart(6)}  ${median(b).toFixed(1).padStart(8)}  ${added.toFixed(1).padStart(6)}`,
    );
  }
} finally {
  await plain.context.close();
  await withExt.context.close();
  rmSync(plain.dir, { recursive: true, force: true });
  rmSync(withExt.dir, { recursive: true, force: true });
}
console.log(`worst added script time per load: ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
process.exit(worst <= BUDGET_MS ? 0 : 1);
