#!/usr/bin/env node
// Main-thread time the extension adds to loading each fixture job page, in real Chromium with the fixtures
// served at the sites' real URLs. CDP Performance.getMetrics per page: ScriptDuration (all script run for the
// page, the extension's isolated world included) and TaskDuration (all main-thread work: script, style,
// layout, paint), read 3 s after load so that work deferred by timers and idle callbacks counts. Three
// browsers in the same run, loads interleaved and their order rotated so that drift on a shared machine
// falls on all three alike; medians per site:
//   - without any extension: the baseline;
//   - with this extension;
//   - with a reference extension, the simplest one that does what the launcher does at load (a button in a
//     closed shadow root on the page's <html>, a runtime message listener): what any launcher costs.
// Budget: ≤ 6 ms added script time per load, each site. BENCH_LOADS sets the loads per site (default 7);
// BENCH_COMPARE=<unpacked build> adds a fourth browser with another build (an older commit's), in the same run.
// BENCH_TRACE=1 instead traces each load and sums the thread CPU time of the extensions' own script tasks
// (their content script's evaluation and every callback of it, forced layouts inside included): on a busy
// shared machine wall-clock ScriptDuration swings with the other work, CPU time far less.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_CHROMIUM_ARGS } from '../test/e2e/harness.mjs';

const BUDGET_MS = 6;
/** Script time counts until this long after load: deferred work (timers, idle callbacks) is included. */
const SETTLE_MS = 3_000;
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const COMPARE = process.env.BENCH_COMPARE ? path.resolve(process.env.BENCH_COMPARE) : null;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, '.output/chrome-mv3');
const fixtures = JSON.parse(readFileSync(path.join(root, 'test/fixtures/pages/index.json'), 'utf8')).filter(
  (f) => !f.degraded && f.kind !== 'dm',
);

const baseArgs = [...BASE_CHROMIUM_ARGS, '--disable-quic'];

/** The reference extension, written afresh for each run: a launcher and nothing else. */
function writeReference(dir) {
  mkdirSync(dir, { recursive: true });
  const hosts = [...new Set(fixtures.map((f) => `*://${new URL(f.url).hostname}/*`))];
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'bench reference launcher',
      version: '0.0.1',
      content_scripts: [{ matches: hosts, js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    path.join(dir, 'content.js'),
    `(() => {
  const host = document.createElement('bench-launcher');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = 'button { all: unset; padding: 8px 12px; background: #1f2a44; color: #fff; border-radius: 18px 0 0 18px; }';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'GS';
  button.addEventListener('click', () => chrome.runtime.sendMessage({ open: location.href }));
  root.append(style, button);
  host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 40% !important; right: 0 !important; z-index: 2147483647 !important;');
  document.documentElement.append(host);
  chrome.runtime.onMessage.addListener(() => false);
})();\n`,
  );
}

async function launch(extension) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gs-bench-'));
  const args = extension
    ? [...baseArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
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
  // The worker may register between a look and a wait: look again until it is there.
  if (extension && (extension === ext || extension === COMPARE)) {
    const deadline = Date.now() + 30_000;
    while (context.serviceWorkers().length === 0) {
      if (Date.now() > deadline) throw new Error(`no service worker for ${extension}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { context, dir };
}

/** One load of `url` in a fresh tab: script and main-thread time until SETTLE_MS after load, in ms. */
async function measure(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

/** One traced load: the CPU time, in ms, of the tasks in which an extension's content script ran. */
async function traceExtensionCpu(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const own = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        mainThreads.has(`${e.pid}:${e.tid}`) &&
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        /-extension:\/\//.test(JSON.stringify(e.args ?? {})),
    )
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let end = -1;
  for (const e of own) {
    // Nested calls are inside their task's time already.
    if (e.ts < end) continue;
    cpu += e.tdur ?? e.dur;
    end = e.ts + e.dur;
  }
  return cpu / 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n, width = 6) => n.toFixed(1).padStart(width);

const referenceDir = mkdtempSync(path.join(tmpdir(), 'gs-bench-reference-'));
writeReference(referenceDir);

if (process.env.BENCH_TRACE === '1') {
  const traced = [
    { name: 'ours', ...(await launch(ext)) },
    { name: 'reference', ...(await launch(referenceDir)) },
    ...(COMPARE ? [{ name: 'compare', ...(await launch(COMPARE)) }] : []),
  ];
  try {
    console.log(
      `extension script CPU per load, median of ${LOADS} traced loads, ms until ${SETTLE_MS / 1000} s after load`,
    );
    console.log(`site                         ${traced.map((arm) => arm.name.padStart(10)).join('')}`);
    for (const fixture of fixtures) {
      const runs = Object.fromEntries(traced.map((arm) => [arm.name, []]));
      for (let i = 0; i < LOADS; i++)
        for (let j = 0; j < traced.length; j++) {
          const arm = traced[(i + j) % traced.length];
          runs[arm.name].push(await traceExtensionCpu(arm.context, fixture.url));
        }
      console.log(
        `${fixture.file.padEnd(28).slice(0, 28)} ${traced.map((arm) => ms(median(runs[arm.name]), 10)).join('')}`,
      );
    }
  } finally {
    for (const arm of traced) {
      await arm.context.close();
      rmSync(arm.dir, { recursive: true, force: true });
    }
    rmSync(referenceDir, { recursive: true, force: true });
  }
  process.exit(0);
}
const arms = [
  { name: 'plain', ...(await launch(null)) },
  { name: 'ours', ...(await launch(ext)) },
  { name: 'reference', ...(await launch(referenceDir)) },
  ...(COMPARE ? [{ name: 'compare', ...(await launch(COMPARE)) }] : []),
];
let worst = 0;
let worstTaskOverReference = Number.NEGATIVE_INFINITY;
try {
  console.log(`median of ${LOADS} interleaved loads per site, ms until ${SETTLE_MS / 1000} s after load`);
  console.log(
    'site                         script: none    ours  added  ×none | ref added | main thread: none  ours added  ref added',
  );
  for (const fixture of fixtures) {
    const runs = Object.fromEntries(arms.map((arm) => [arm.name, []]));
    for (let i = 0; i < LOADS; i++) {
      // Rotate which browser loads first, so no arm always runs right after another one's work.
      for (let j = 0; j < arms.length; j++) {
        const arm = arms[(i + j) % arms.length];
        runs[arm.name].push(await measure(arm.context, fixture.url));
      }
    }
    const med = (arm, key) => median(runs[arm].map((r) => r[key]));
    const added = med('ours', 'script') - med('plain', 'script');
    const referenceAdded = med('reference', 'script') - med('plain', 'script');
    const taskAdded = med('ours', 'task') - med('plain', 'task');
    const referenceTaskAdded = med('reference', 'task') - med('plain', 'task');
    worst = Math.max(worst, added);
    const compared = COMPARE
      ? `   compared build: ${ms(med('compare', 'script') - med('plain', 'script'))} script, ${ms(med('compare', 'task') - med('plain', 'task'))} main thread added`
      : '';
    worstTaskOverReference = Math.max(worstTaskOverReference, taskAdded - referenceTaskAdded);
    console.log(
      `${fixture.file.padEnd(28).slice(0, 28)} ${ms(med('plain', 'script'), 12)} ${ms(med('ours', 'script'), 7)} ${ms(added)} ${(med('ours', 'script') / Math.max(med('plain', 'script'), 0.1)).toFixed(1).padStart(5)}× | ${ms(referenceAdded, 9)} | ${ms(med('plain', 'task'), 17)} ${ms(taskAdded, 10)} ${ms(referenceTaskAdded, 10)}${compared}`,
    );
  }
} finally {
  for (const arm of arms) {
    await arm.context.close();
    rmSync(arm.dir, { recursive: true, force: true });
  }
  rmSync(referenceDir, { recursive: true, force: true });
}
console.log(
  `worst added script time per load: ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms); ` +
    `worst added main-thread time over the reference launcher's: ${worstTaskOverReference.toFixed(1)} ms`,
);
process.exit(worst <= BUDGET_MS ? 0 : 1);
