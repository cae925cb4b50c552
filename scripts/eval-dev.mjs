// Quick figures of the analysis engine on the DEVELOPMENT part of the labelled real offers only.
// Test-part items are dropped before their text is read: their texts and per-item results are never
// opened here. Usage:
//   node scripts/eval-dev.mjs                 figures per field
//   node scripts/eval-dev.mjs --misses remote  also list the dev items each field gets wrong
//   node scripts/eval-dev.mjs --show <id>      one dev item: its text, labels and the engine's answers
// Manifests are read from test/real/offers/ here and from any directories in GIG_REAL_MANIFESTS
// (colon-separated), so batches not merged yet can be measured too.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { MANIFESTS, ROOT, readOffer, splitOf } from './real-lib.mjs';

const args = process.argv.slice(2);
const missesFor = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : null;
const showId = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;

const dirs = [join(MANIFESTS, 'offers'), ...(process.env.GIG_REAL_MANIFESTS ?? '').split(':').filter(Boolean)];
const items = new Map();
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const item of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
      // Both the manifest and the id's hash must say dev.
      if (item.split !== 'dev' || splitOf(item.id) !== 'dev') continue;
      items.set(item.id, item);
    }
  }
}

const out = mkdtempSync(join(tmpdir(), 'eval-dev-'));
await build({
  input: join(ROOT, 'utils/analysis/index.ts'),
  output: { file: join(out, 'analysis.mjs'), format: 'esm' },
  resolve: { alias: { '@': ROOT } },
  logLevel: 'silent',
});
const { analyzeOffer } = await import(pathToFileURL(join(out, 'analysis.mjs')).href);
rmSync(out, { recursive: true, force: true });

const FLAGS = [
  'unlimitedDamages',
  'ipTransfer',
  'nda',
  'personalData',
  'offPlatformPayment',
  'upfrontFeeOrScam',
  'onsiteOrExclusive',
];
const tally = () => ({ right: 0, total: 0, misses: [] });
const fields = { remote: tally(), remoteStated: tally(), budget: tally(), escrow: tally(), intermediary: tally() };
const flags = Object.fromEntries(FLAGS.map((f) => [f, { tp: 0, fp: 0, fn: 0, tn: 0, misses: [] }]));
let walkAwayOnLegit = 0;
let walkAwayOnScam = 0;
let scams = 0;
let legit = 0;
let missingText = 0;
const times = [];

// The labels give per-day and per-year pay no unit.
const labelUnit = (unit) => (unit === 'day' || unit === 'year' ? null : unit);
const sameBudget = (got, want) =>
  got === null || want === null
    ? got === want
    : got.min === want.min &&
      got.max === want.max &&
      got.currency === want.currency &&
      labelUnit(got.unit) === want.unit;

for (const item of items.values()) {
  const offer = readOffer(item);
  if (offer === null) {
    missingText++;
    continue;
  }
  const input = { ...offer, site: item.site, kind: item.kind, url: item.url ?? undefined };
  const start = performance.now();
  const a = analyzeOffer(input);
  times.push(performance.now() - start);
  const L = item.labels;
  if (showId === item.id) {
    console.log(offer.text);
    if (offer.budgetText) console.log(`[pay field] ${offer.budgetText}`);
    console.log('--- labels', JSON.stringify(L, null, 1));
    console.log(
      '--- got',
      JSON.stringify(
        {
          remote: a.remote,
          budget: a.budget,
          escrow: a.platformEscrow,
          intermediary: a.intermediary,
          certainty: a.certainty,
          verdict: a.verdict,
        },
        null,
        1,
      ),
    );
    for (const f of FLAGS)
      console.log(
        f,
        a.liability.flags[f].value,
        a.liability.flags[f].certainty,
        a.liability.flags[f].evidence.map((e) => e.quote),
      );
  }
  const check = (t, ok, got, want) => {
    t.total++;
    if (ok) t.right++;
    else t.misses.push(`${item.id}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  check(fields.remote, a.remote.mode === L.remote, a.remote.mode, L.remote);
  if (L.remote !== 'unknown') check(fields.remoteStated, a.remote.mode === L.remote, a.remote.mode, L.remote);
  check(fields.budget, sameBudget(a.budget, L.budget ?? null), a.budget, L.budget);
  if (L.platformEscrow !== undefined)
    check(fields.escrow, a.platformEscrow === L.platformEscrow, a.platformEscrow, L.platformEscrow);
  if (L.intermediary)
    check(fields.intermediary, a.intermediary.value === L.intermediary, a.intermediary.value, L.intermediary);
  for (const f of FLAGS) {
    const got = a.liability.flags[f]?.value ?? false;
    const want = L.flags?.[f] ?? false;
    const t = flags[f];
    if (got && want) t.tp++;
    else if (got) {
      t.fp++;
      t.misses.push(`${item.id}: false alarm ${JSON.stringify(a.liability.flags[f].evidence.map((e) => e.quote))}`);
    } else if (want) {
      t.fn++;
      t.misses.push(`${item.id}: missed`);
    } else t.tn++;
  }
  if (L.flags?.upfrontFeeOrScam) {
    scams++;
    if (a.verdict.level === 'no-go') walkAwayOnScam++;
  }
  if (!L.flags?.upfrontFeeOrScam && !L.flags?.offPlatformPayment) {
    legit++;
    if (a.verdict.level === 'no-go') {
      walkAwayOnLegit++;
      if (missesFor === 'walk') console.log(`  walks away: ${item.id}`, a.verdict.reasons.slice(0, 3));
    }
  }
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const ratio = (t) => (t.total ? t.right / t.total : 1);
console.log(`dev items: ${items.size} (${missingText} without cached text)`);
for (const [name, t] of Object.entries(fields))
  console.log(`${name.padEnd(16)} ${pct(ratio(t)).padStart(6)}  (${t.right}/${t.total})`);
let macro = 0;
for (const f of FLAGS) {
  const t = flags[f];
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f1 = t.tp === 0 && t.fp === 0 && t.fn === 0 ? 1 : (2 * p * r) / Math.max(1e-9, p + r);
  macro += f1;
  console.log(
    `${f.padEnd(20)} F1 ${f1.toFixed(2)}  P ${p.toFixed(2)} R ${r.toFixed(2)}  tp ${t.tp} fp ${t.fp} fn ${t.fn}`,
  );
}
console.log(`liability macro-F1   ${(macro / FLAGS.length).toFixed(3)}`);
console.log(`walk away on legit   ${walkAwayOnLegit} of ${legit}`);
console.log(`walk away on scams   ${walkAwayOnScam} of ${scams}`);
const sorted = [...times].sort((x, y) => x - y);
console.log(`median ms per offer  ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)}`);
if (missesFor) {
  const list = fields[missesFor]?.misses ?? flags[missesFor]?.misses ?? [];
  for (const m of list) console.log(`  ${m}`);
}
