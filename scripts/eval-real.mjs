// Measures analyzeOffer on real material (docs/real-data.md) beside the written corpus:
//
//   npm run eval:real                      figures for every part
//   npm run eval:real -- --dev-details     the development part only, with each disagreement (no test figures)
//   npm run eval:real -- --dev-only        no test figures at all (for tuning runs)
//   npm run eval:real -- --batch en4-new   the real offers of these batches only (a new batch's first reading)
//
// Parts: the labelled real offers' dev and test splits (test/real/offers/), the written corpus's own
// development and held-out files (test/fixtures/offers/), and EMSCAD's odd and even job_id halves
// (test/real/emscad.json). Labels compare as ../shared/LABELING.md says: skills by canonical name, a
// budget per day or per year has unit null. Test items are only ever counted, never listed. A missing
// cache is said and skipped, never a failure. scripts/eval-real-pages.mjs, when present, runs after.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './bundle-ts.mjs';
import { loadEmscad } from './emscad-lib.mjs';
import { CACHE, ROOT, readManifests, readOffer } from './real-lib.mjs';

const DEV_DETAILS = process.argv.includes('--dev-details');
// Details are for tuning runs, which must not see the test part's figures either.
const DEV_ONLY = process.argv.includes('--dev-only') || DEV_DETAILS;
const FLAGS = [
  'unlimitedDamages',
  'ipTransfer',
  'nda',
  'personalData',
  'offPlatformPayment',
  'upfrontFeeOrScam',
  'onsiteOrExclusive',
];
const LEARNED = {
  scam: 'upfrontFeeOrScam',
  jobAdFraud: 'upfrontFeeOrScam',
  personalData: 'personalData',
  fullTime: 'onsiteOrExclusive',
};

const { analyzeOffer } = await importTs('utils/analysis/index.ts');
const { scoreLearned, loadLearnedWeights } = await importTs('utils/analysis/learned/index.ts');

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const ratio = (n, d) => (d ? (n / d).toFixed(2) : '–');
const f1 = (tp, fp, fn) => (tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn));
const { listSkills, canonicalSkillId } = await importTs('utils/analysis/skills.ts');
/**
 * A skill's name as the labels and the engine compare it: labellers write names of their own, so a label
 * that is another name of a skill in the taxonomy (google-cloud-platform for gcp, nodejs for node.js)
 * counts as that skill. Ids come first; a name two skills share resolves to neither.
 */
const nameKey = (s) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
const skillByName = new Map(listSkills().map((entry) => [nameKey(entry.id), entry.id]));
const ids = new Set(skillByName.keys());
const shared = new Set();
for (const entry of listSkills()) {
  for (const name of [entry.en, ...entry.synonyms]) {
    const k = nameKey(name);
    if (!k || ids.has(k)) continue;
    const taken = skillByName.get(k);
    if (taken === undefined) skillByName.set(k, entry.id);
    else if (taken !== entry.id) shared.add(k);
  }
}
for (const k of shared) skillByName.delete(k);
const canonical = (s) => {
  const id = canonicalSkillId(String(s));
  return skillByName.get(nameKey(id)) ?? id.replace(/\s+/g, '-');
};

// Per day or per year: unit null (LABELING.md); a budget with nothing stated counts as none.
function budgetKey(b) {
  if (!b) return 'null';
  const unit = b.unit === 'day' || b.unit === 'year' ? null : (b.unit ?? null);
  return JSON.stringify([b.min ?? null, b.max ?? null, b.currency ?? null, unit]);
}

/** Every figure of one part: items are `{ id, input, labels }` with labels in the manifest's shape. */
function measure(items, details) {
  const m = {
    n: items.length,
    remote: 0,
    stated: 0,
    statedRight: 0,
    skill: { tp: 0, fp: 0, fn: 0 },
    budget: 0,
    flags: Object.fromEntries(FLAGS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])),
    intermediary: 0,
    intermediaryLabelled: 0,
    intermediaryShown: false,
    learned: Object.fromEntries(['remote', ...Object.keys(LEARNED)].map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }])),
    lines: [],
  };
  for (const item of items) {
    const a = analyzeOffer(item.input);
    const l = item.labels;
    const wrong = [];
    if (a.remote.mode === l.remote) m.remote++;
    else wrong.push(`remote ${a.remote.mode} ≠ ${l.remote}`);
    if (l.remote !== 'unknown') {
      m.stated++;
      if (a.remote.mode === l.remote) m.statedRight++;
    }
    const got = new Set(a.skills.required.map(canonical));
    const want = new Set((l.skills ?? []).map(canonical));
    const extra = [...got].filter((s) => !want.has(s));
    const lacking = [...want].filter((s) => !got.has(s));
    m.skill.tp += got.size - extra.length;
    m.skill.fp += extra.length;
    m.skill.fn += lacking.length;
    if (extra.length || lacking.length) wrong.push(`skills +[${extra.join(', ')}] -[${lacking.join(', ')}]`);
    if (budgetKey(a.budget) === budgetKey(l.budget)) m.budget++;
    else wrong.push(`budget ${budgetKey(a.budget)} ≠ ${budgetKey(l.budget)}`);
    for (const f of FLAGS) {
      const said = a.liability.flags[f]?.value === true;
      const truth = l.flags[f] === true;
      const c = m.flags[f];
      if (said && truth) c.tp++;
      else if (said) c.fp++;
      else if (truth) c.fn++;
      if (said !== truth) {
        const quote = a.liability.flags[f]?.evidence?.[0]?.quote;
        wrong.push(`${f} ${said ? 'raised' : 'missed'}${quote ? ` («${quote.slice(0, 80)}»)` : ''}`);
      }
    }
    if (a.intermediary !== undefined && l.intermediary !== undefined) {
      m.intermediaryShown = true;
      m.intermediaryLabelled++;
      const value = a.intermediary?.value ?? a.intermediary;
      if (value === l.intermediary) m.intermediary++;
      else wrong.push(`intermediary ${value} ≠ ${l.intermediary}`);
    }
    const scores = scoreLearned(item.input.text);
    // Each learned judgment is checked against the label of the flag it stands for (LEARNED).
    const truths = {
      remote: l.remote === 'full',
      ...Object.fromEntries(Object.entries(LEARNED).map(([judgment, flag]) => [judgment, l.flags[flag] === true])),
    };
    for (const [k, c] of Object.entries(m.learned)) {
      const said = scores[k].likely;
      c[said ? (truths[k] ? 'tp' : 'fp') : truths[k] ? 'fn' : 'tn']++;
    }
    if (details && wrong.length) m.lines.push(`    ${item.id}: ${wrong.join('; ')}`);
  }
  return m;
}

function report(name, m, note = '', trainedOn = false) {
  if (m.n === 0) {
    console.log(`${name}: no items${note}`);
    return;
  }
  const per = FLAGS.map((f) => {
    const c = m.flags[f];
    return { f, c, f1: f1(c.tp, c.fp, c.fn) };
  });
  const scored = per.filter((p) => p.f1 !== null);
  const macro = scored.length ? scored.reduce((s, p) => s + p.f1, 0) / scored.length : null;
  const scam = m.flags.upfrontFeeOrScam;
  const off = m.flags.offPlatformPayment;
  const skillF1 = f1(m.skill.tp, m.skill.fp, m.skill.fn);
  console.log(`${name}: ${m.n} items${note}`);
  console.log(
    `  remote ${ratio(m.remote, m.n)} (stated ${ratio(m.statedRight, m.stated)} of ${m.stated}) · skills F1 ${
      skillF1 === null ? '–' : skillF1.toFixed(2)
    } · budget exact ${ratio(m.budget, m.n)} · liability macro-F1 ${macro === null ? '–' : macro.toFixed(2)}` +
      (m.intermediaryShown ? ` · intermediary ${ratio(m.intermediary, m.intermediaryLabelled)}` : ''),
  );
  console.log(
    `  scams caught ${scam.tp} of ${scam.tp + scam.fn} · moves off the platform caught ${off.tp} of ${
      off.tp + off.fn
    }, ${off.fp} false alarm${off.fp === 1 ? '' : 's'}`,
  );
  console.log(
    `  per flag P/R: ${per
      .map(({ f, c }) => `${f} ${ratio(c.tp, c.tp + c.fp)}/${ratio(c.tp, c.tp + c.fn)} (${c.tp + c.fn})`)
      .join(' · ')}`,
  );
  console.log(
    `  learned alone${trainedOn ? ' (its training data)' : ''}, caught/false alarms: ${Object.entries(m.learned)
      .map(([k, c]) => `${k} ${c.tp}/${c.tp + c.fn}, ${c.fp}/${c.fp + c.tn}`)
      .join(' · ')}`,
  );
  for (const line of m.lines) console.log(line);
}

// ---- the learned scorer's own cross-validation, from its weights file ----
{
  const w = loadLearnedWeights();
  const parts = Object.entries(w.models).map(
    ([id, m]) =>
      `${id} recall ${m.metrics.recall ?? '–'} at ${m.metrics.falsePositiveRate ?? '–'} false alarms (${m.metrics.positives} of ${m.metrics.examples})`,
  );
  console.log(`learned scorer, out of fold on its training texts: ${parts.join(' · ')}`);
}

// ---- real offers ----
// --batch <file stem>[,<file stem>…]: only the items of those manifests (a new batch measured on its own).
const BATCHES = process.argv.includes('--batch')
  ? new Set(
      (process.argv[process.argv.indexOf('--batch') + 1] ?? '')
        .split(',')
        .map((b) => `${b.replace(/\.json$/, '')}.json`),
    )
  : null;
const manifest = readManifests('offers').filter((item) => !BATCHES || BATCHES.has(item.batch));
const real = { dev: [], test: [] };
let uncached = 0;
for (const item of manifest) {
  const offer = readOffer(item);
  if (offer === null) {
    uncached++;
    continue;
  }
  const input = { ...offer, url: item.url ?? undefined, site: item.site, kind: item.kind };
  (item.split === 'dev' ? real.dev : real.test).push({ id: item.id, input, labels: item.labels });
}
if (manifest.length === 0) console.log('real offers: no manifest items under test/real/offers/');
else if (uncached === manifest.length)
  console.log(`real offers: the cache (${join(CACHE, 'offers')}) holds none of the ${manifest.length} items: skipped`);
else {
  const note = uncached ? ` (${uncached} not cached, skipped)` : '';
  report('real offers, dev', measure(real.dev, DEV_DETAILS), note, true);
  if (!DEV_ONLY) report('real offers, test', measure(real.test, false));
}

// ---- the written corpus ----
const CORPUS = join(ROOT, 'test/fixtures/offers');
const corpus = { dev: [], holdout: [] };
for (const name of readdirSync(CORPUS).sort()) {
  if (!name.endsWith('.json') || name === 'profile.json') continue;
  const o = JSON.parse(readFileSync(join(CORPUS, name), 'utf8'));
  if (!o.expected) continue;
  const input = { ...o.input, text: o.input.text.join('\n') };
  (name.startsWith('holdout-') ? corpus.holdout : corpus.dev).push({ id: o.id, input, labels: o.expected });
}
report('written corpus, dev', measure(corpus.dev, false), '', true);
if (!DEV_ONLY) report('written corpus, held out', measure(corpus.holdout, false));

// ---- EMSCAD ----
const emscad = loadEmscad();
if (!emscad) console.log('EMSCAD: not cached (npm run real:emscad): skipped');
else {
  const source = emscad.complete
    ? 'complete copy'
    : `reachable parts only${emscad.missing.length ? `, missing ${emscad.missing.join(', ')}` : ''}`;
  console.log(`EMSCAD (${source}; near-duplicates removed):`);
  for (const half of DEV_ONLY ? ['odd'] : ['odd', 'even', 'unsplit']) {
    const ads = emscad.ads.filter((ad) => ad.half === half);
    if (!ads.length) continue;
    let fraud = 0;
    let fraudFlagged = 0;
    let legit = 0;
    let legitFlagged = 0;
    let legitWalk = 0;
    for (const ad of ads) {
      const a = analyzeOffer({ text: ad.text, kind: 'job-post' });
      const flagged = a.liability.flags.upfrontFeeOrScam?.value === true;
      if (ad.fraudulent) {
        fraud++;
        if (flagged) fraudFlagged++;
      } else {
        legit++;
        if (flagged) legitFlagged++;
        if (a.verdict.level === 'no-go') legitWalk++;
      }
    }
    const label = {
      odd: 'odd job_id (trained on)',
      even: 'even job_id (held out)',
      unsplit: 'ids lost (measured only)',
    };
    console.log(
      `  ${label[half]}: fraudulent flagged ${pct(fraudFlagged, fraud)} (${fraudFlagged} of ${fraud}) · ` +
        `legitimate flagged ${pct(legitFlagged, legit)} (${legitFlagged} of ${legit}) · legitimate walk-away ${pct(
          legitWalk,
          legit,
        )} (${legitWalk})`,
    );
  }
}

// ---- real pages, when their evaluation exists ----
const pages = join(ROOT, 'scripts/eval-real-pages.mjs');
if (existsSync(pages)) {
  // Only the options the pages' evaluation has: the offers' own (--dev-only, --dev-details) stay here.
  const passed = process.argv.slice(2).filter((a) => a !== '--dev-only' && a !== '--dev-details');
  const run = spawnSync(process.execPath, [pages, ...passed], { stdio: 'inherit' });
  if (run.status) process.exitCode = run.status;
}
