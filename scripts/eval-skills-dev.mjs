// Skills F1 (micro) on the development part of the real offers: `node scripts/eval-skills-dev.mjs [--misses]`.
// Reads every manifest under test/real/offers/ (and GIG_OFFERS_DIRS, colon-separated, for batches not yet
// merged), takes only items with split "dev" and never opens a test item's text.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { CACHE, ROOT, readOfferText } from './real-lib.mjs';

const dirs = [join(ROOT, 'test/real/offers'), ...(process.env.GIG_OFFERS_DIRS ?? '').split(':').filter(Boolean)];
const showMisses = process.argv.includes('--misses');
const showIds = process.argv.includes('--ids');
const perId = new Map();
const count = (id, k) => {
  const row = perId.get(id) ?? { tp: 0, fp: 0, fn: 0 };
  row[k]++;
  perId.set(id, row);
};

const entry = join(ROOT, 'utils/analysis/index.ts');
const out = join(tmpdir(), `eval-skills-${process.pid}.mjs`);
const bundle = await rolldown({
  input: entry,
  platform: 'node',
  resolve: { alias: { '@': ROOT } },
  logLevel: 'silent',
});
await bundle.write({ file: out, format: 'esm' });
const { analyzeOffer } = await import(out);
rmSync(out);

const items = new Map();
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const item of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
      if (item.split === 'dev' && !items.has(item.id)) items.set(item.id, item);
    }
  }
}

let tp = 0;
let fp = 0;
let fn = 0;
let measured = 0;
let missingText = 0;
const byLang = { ja: [0, 0, 0], en: [0, 0, 0] };
const misses = [];
const started = performance.now();
for (const item of items.values()) {
  const text = readOfferText(item);
  if (text === null) {
    missingText++;
    continue;
  }
  const got = new Set(analyzeOffer({ text, site: item.site, kind: item.kind }).skills.required);
  const want = new Set(item.labels.skills);
  const extra = [...got].filter((s) => !want.has(s));
  const lacking = [...want].filter((s) => !got.has(s));
  const hit = [...got].filter((s) => want.has(s)).length;
  for (const s of got) count(s, want.has(s) ? 'tp' : 'fp');
  for (const s of lacking) count(s, 'fn');
  tp += hit;
  fp += extra.length;
  fn += lacking.length;
  const l = byLang[item.lang] ?? byLang.en;
  l[0] += hit;
  l[1] += extra.length;
  l[2] += lacking.length;
  measured++;
  if (showMisses && (extra.length || lacking.length))
    misses.push(`${item.id}: extra ${extra.join(',') || '-'} | missing ${lacking.join(',') || '-'}`);
}
const f1 = (t, p, n) => (2 * t) / Math.max(1, 2 * t + p + n);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
if (!measured) {
  console.log(`skills on real offers (dev): no cached texts under ${CACHE}/offers, skipped`);
  process.exit(0);
}
if (showMisses) console.log(misses.join('\n'));
if (showIds) {
  const rows = [...perId].sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn)).slice(0, 60);
  for (const [id, r] of rows) console.log(`  ${id.padEnd(28)} tp ${r.tp}  fp ${r.fp}  fn ${r.fn}`);
}
console.log(
  `skills on real offers (dev): ${measured} offers${missingText ? ` (${missingText} without cached text)` : ''}, ` +
    `${(performance.now() - started).toFixed(0)} ms`,
);
console.log(
  `  precision ${pct(tp / Math.max(1, tp + fp))}  recall ${pct(tp / Math.max(1, tp + fn))}  F1 ${pct(f1(tp, fp, fn))}`,
);
for (const [lang, [t, p, n]] of Object.entries(byLang))
  console.log(`  ${lang}: F1 ${pct(f1(t, p, n))} (tp ${t}, fp ${p}, fn ${n})`);
