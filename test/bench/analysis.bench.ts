import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { analyzeOffer } from '../../utils/analysis';
import { profileSchema } from '../../utils/schema/profile';
import { captureOffer } from '../../utils/sites';

// Analysis time per offer against a baseline measured in the same run: one pass of a single combined
// regular expression over the same text. Budgets: median ≤ 2 ms per offer, 100 kB of text ≤ 50 ms.
const BUDGET_MEDIAN_MS = 2;
const BUDGET_100KB_MS = 50;
const ROUNDS = 30;
const PAGES = path.resolve(__dirname, '../fixtures/pages');
const OFFERS = path.resolve(__dirname, '../fixtures/offers');
const BASELINE =
  /remote|リモート|在宅|NDA|秘密保持|著作権|copyright|損害|damages|LINE|Telegram|\d[\d,]*\s?(?:円|万円)|\$\d[\d,.]*/gi;

const offers = (JSON.parse(readFileSync(path.join(PAGES, 'index.json'), 'utf8')) as { file: string; url: string }[])
  .concat([
    { file: 'upwork/search-slider.html', url: 'https://www.upwork.com/nx/search/jobs/details/~010000000000000002' },
    { file: 'generic/job-posting.html', url: 'https://kestrel-games.example/careers/translator' },
  ])
  .map(({ file, url }) => {
    const doc = new DOMParser().parseFromString(readFileSync(path.join(PAGES, file), 'utf8'), 'text/html');
    const capture = captureOffer(doc, url);
    if (!capture) throw new Error(`no capture from ${file}`);
    return capture;
  });

// The labelled corpus: job posts, messages and contract excerpts in both languages.
const corpus = readdirSync(OFFERS)
  .filter((f) => f.endsWith('.json') && f !== 'profile.json')
  .map((f) => {
    const { input } = JSON.parse(readFileSync(path.join(OFFERS, f), 'utf8')) as {
      input: { text: string[]; title?: string; site?: string; kind?: 'job-post' | 'dm' };
    };
    return { ...input, text: input.text.join('\n') };
  });
const profile = profileSchema.parse(JSON.parse(readFileSync(path.join(OFFERS, 'profile.json'), 'utf8')));

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function baselinePass(text: string): number {
  let n = 0;
  BASELINE.lastIndex = 0;
  while (BASELINE.exec(text)) n++;
  return n;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

it('analysis time per offer', () => {
  const all = [...offers, ...corpus];
  for (const offer of all) analyzeOffer(offer, profile); // warm up: build the matchers once
  const perOffer: number[] = [];
  const perBaseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const offer of all) {
      perOffer.push(time(() => analyzeOffer(offer, profile)));
      perBaseline.push(time(() => baselinePass(offer.text)));
    }
  }
  let big = '';
  while (big.length < 100_000) big += `${all.map((o) => o.text).join('\n\n')}\n\n`;
  big = big.slice(0, 100_000);
  const bigRuns = Array.from({ length: 5 }, () => time(() => analyzeOffer({ text: big })));
  const bigBase = Array.from({ length: 5 }, () => time(() => baselinePass(big)));

  const row = (label: string, ms: number, base: number) =>
    `${label.padEnd(28)} ${ms.toFixed(3).padStart(8)} ms   baseline ${base.toFixed(3).padStart(8)} ms   ×${(ms / base).toFixed(1)}`;
  console.log(
    `analysis over ${all.length} offers (${offers.length} fixture pages, ${corpus.length} labelled corpus) × ${ROUNDS} rounds`,
  );
  console.log(row('median per offer', median(perOffer), median(perBaseline)));
  console.log(row('max per offer', Math.max(...perOffer), Math.max(...perBaseline)));
  console.log(row('100 kB text (median of 5)', median(bigRuns), median(bigBase)));
  console.log(`budget: median ≤ ${BUDGET_MEDIAN_MS} ms per offer, 100 kB ≤ ${BUDGET_100KB_MS} ms`);
  expect.soft(median(perOffer), 'median per offer').toBeLessThanOrEqual(BUDGET_MEDIAN_MS);
  expect.soft(median(bigRuns), '100 kB text').toBeLessThanOrEqual(BUDGET_100KB_MS);
});
