// Runs the site adapters on real saved pages (test/real/pages/*.json, cached in .cache/real/pages/) and prints,
// per site and per field, what they read right: title, client, budget (range and unit), posted date, each trust
// signal the page shows, and nothing from other listings. Then the same pages with the adapter switched off:
// whether the main-text fallback keeps the offer's description and leaves other listings out.
// A missing cache is said and skipped (exit 0): `npm run real:cache` rebuilds it from mirrors.
//   node scripts/eval-real-pages.mjs [--site upwork] [--verbose]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { rolldown } from 'rolldown';
import { CACHE, ROOT, readManifests, sha256 } from './real-lib.mjs';

const { values: args } = parseArgs({
  options: { site: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});

const items = readManifests('pages').filter((item) => !args.site || item.site === args.site);
if (items.length === 0) {
  console.log('eval:real:pages: no page manifests under test/real/pages/');
  process.exit(0);
}

// Bundle the adapters (TypeScript) for node, as the content script would carry them.
const work = mkdtempSync(join(tmpdir(), 'gig-eval-pages-'));
const entry = join(work, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { captureOffer, findAdapter } from ${JSON.stringify(join(ROOT, 'utils/sites/index.ts'))};`,
    `export { captureMainText } from ${JSON.stringify(join(ROOT, 'utils/sites/lib/main-text.ts'))};`,
    `export { analyzeOffer } from ${JSON.stringify(join(ROOT, 'utils/analysis/index.ts'))};`,
  ].join('\n'),
);
const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent' });
const out = join(work, 'sites.mjs');
await bundle.write({ file: out, format: 'esm' });
const sites = await import(pathToFileURL(out).href);
rmSync(work, { recursive: true, force: true });

const norm = (text) =>
  String(text ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const UNIT_WORDS = {
  hour: /hour|hourly|\/\s?hr|時給|時間/i,
  day: /day|daily|日給|日額/i,
  month: /month|monthly|月額|月給/i,
  year: /year|annual|yearly|年収|年俸/i,
  fixed: /fixed|固定|一式|^(?!.*(?:hour|hourly|\/\s?hr|時給|時間|month|月|year|年|day|日)).*$/i,
};

/** Every amount in a budget text, with 万 and k read as multipliers. */
function amounts(text) {
  const found = [];
  for (const m of String(text ?? '')
    .normalize('NFKC')
    .matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万|k\b|K\b)?/g)) {
    let n = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    if (m[3] === '万') n *= 10_000;
    if (m[3] === 'k' || m[3] === 'K') n *= 1_000;
    found.push(n);
  }
  return found;
}

/** Whether the budget text states the expected range and unit. */
function budgetHit(text, expected) {
  if (!text) return false;
  const nums = amounts(text);
  const wants = [expected.min, expected.max].filter((n) => n !== null && n !== undefined);
  if (!wants.every((n) => nums.some((m) => Math.abs(m - n) < 0.005))) return false;
  // A range must read as a range: the text's own amounts may not exceed the expected ones.
  if (expected.min !== expected.max && nums.length < 2) return false;
  return expected.unit ? (UNIT_WORDS[expected.unit]?.test(text) ?? false) : true;
}

function trustHit(capture, key, value) {
  const got = capture.trust?.[key];
  if (typeof value === 'number') return typeof got === 'number' && Math.abs(got - value) < 0.05;
  if (typeof value === 'string') return typeof got === 'string' && norm(got).includes(norm(value));
  return got === value;
}

const tally = new Map(); // site → field → [hits, total]
const bySplit = { dev: [0, 0], test: [0, 0] };
let split = 'dev';
function count(site, field, hit) {
  if (!site.endsWith('(fallback)')) {
    const pair = bySplit[split] ?? [0, 0];
    bySplit[split] = [pair[0] + (hit ? 1 : 0), pair[1] + 1];
  }
  if (!tally.has(site)) tally.set(site, new Map());
  const fields = tally.get(site);
  const [h, t] = fields.get(field) ?? [0, 0];
  fields.set(field, [h + (hit ? 1 : 0), t + 1]);
}

let missing = 0;
const verdicts = [];
const walkAways = [];
for (const item of items) {
  const file = join(CACHE, 'pages', `${item.id}.html`);
  if (!existsSync(file)) {
    missing++;
    console.log(`${item.id}: not in the cache (${file}); run npm run real:cache`);
    continue;
  }
  const html = readFileSync(file, 'utf8');
  if (sha256(html) !== item.sha256) console.log(`${item.id}: cached file differs from the manifest's sha256`);
  const window = new Window({
    url: item.url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  globalThis.DOMParser = window.DOMParser;
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const expect = item.expect ?? {};
  const site = item.site;
  split = item.split ?? 'dev';
  const adapter = sites.findAdapter(item.url);
  const url = new URL(item.url);
  const misses = [];
  const mark = (field, hit, detail) => {
    count(site, field, hit);
    if (!hit) misses.push(`${field}${detail === undefined ? '' : ` (${detail})`}`);
  };

  if (expect.offer === false) {
    // A list with no offer open: the adapter must not present one of its tiles as the offer.
    const says = adapter ? adapter.isOffer(url, doc) : false;
    const part = adapter && says ? adapter.capture(doc, url) : null;
    mark('no offer claimed', !part, part ? JSON.stringify(part.title) : undefined);
  } else {
    const capture = sites.captureOffer(doc, item.url, new Date(0));
    mark('recognised', capture?.source === 'adapter', capture?.source ?? 'nothing');
    const c = capture ?? { title: '', text: '', client: {}, trust: {} };
    if (expect.title !== undefined) mark('title', norm(c.title) === norm(expect.title), JSON.stringify(c.title));
    if (expect.client !== undefined)
      mark('client', norm(c.client?.name) === norm(expect.client), JSON.stringify(c.client?.name));
    if (expect.budget) mark('budget', budgetHit(c.budgetText, expect.budget), JSON.stringify(c.budgetText));
    if (expect.posted !== undefined)
      mark('posted', norm(c.postedAt).includes(norm(expect.posted)), JSON.stringify(c.postedAt));
    if (expect.description) mark('description', norm(c.text).includes(norm(expect.description)));
    for (const [key, value] of Object.entries(expect.trust ?? {}))
      mark(`trust.${key}`, trustHit(c, key, value), JSON.stringify(c.trust?.[key]));
    const captured = norm([c.title, c.text, c.budgetText, c.client?.name].join(' \n '));
    const leaked = (expect.notInCapture ?? []).filter((s) => captured.includes(norm(s)));
    mark('nothing from other listings', leaked.length === 0, leaked.join(' | ') || undefined);
    // Every real page here is a legitimate job: the checklist (default profile) must never say walk away.
    if (capture) {
      const { verdict, budget } = sites.analyzeOffer(capture);
      const level = verdict.level;
      if (args.verbose)
        console.log(
          `  ${item.id} verdict ${level}: ${verdict.reasons.map((r) => r.code).join(', ')} budget ${JSON.stringify(budget)}`,
        );
      verdicts.push(`${item.id} ${level}`);
      if (level === 'no-go') walkAways.push(item.id);
    }
  }

  // The same page with the adapter switched off.
  if (expect.offer !== false) {
    const fallback = sites.captureMainText(doc);
    const text = norm(`${fallback?.title ?? ''}\n${fallback?.text ?? ''}`);
    if (expect.description) count(`${site} (fallback)`, 'description', text.includes(norm(expect.description)));
    const leaked = (expect.notInCapture ?? []).filter((s) => text.includes(norm(s)));
    count(`${site} (fallback)`, 'nothing from other listings', leaked.length === 0);
    if (args.verbose && leaked.length) console.log(`  ${item.id} fallback took: ${leaked.join(' | ')}`);
  }
  console.log(`${item.id}: ${misses.length ? `missed ${misses.join('; ')}` : 'all read'}`);
  window.happyDOM.abort();
  await window.happyDOM.close();
}

console.log('');
console.log(
  `verdicts on these legitimate jobs: ${verdicts.join(', ') || 'none'}; walk away on ${walkAways.length}` +
    (walkAways.length ? ` (${walkAways.join(', ')})` : ''),
);
let hits = 0;
let total = 0;
for (const [site, fields] of [...tally.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const parts = [...fields.entries()].map(([field, [h, t]]) => `${field} ${h}/${t}`);
  console.log(`${site.padEnd(22)} ${parts.join(', ')}`);
  for (const [, [h, t]] of fields) if (!site.endsWith('(fallback)')) [hits, total] = [hits + h, total + t];
}
console.log(
  `\nadapters: ${hits}/${total} checks hold on ${items.length - missing} real pages` +
    (missing ? ` (${missing} not cached)` : '') +
    ` (dev ${bySplit.dev[0]}/${bySplit.dev[1]}, test ${bySplit.test[0]}/${bySplit.test[1]})`,
);
