// Checks the shape of every labelled offer under test/fixtures/offers/ and prints a one-line summary.
// The accuracy test does the same with zod; this script runs without building the extension, for quick edits.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importTs } from './bundle-ts.mjs';

const DIR = path.resolve(import.meta.dirname, '../test/fixtures/offers');
// The flag ids and the community ties come from the schema, so a flag added there is checked here too.
const { liabilityFlagIds: FLAGS, communityTieSchema } = await importTs('utils/schema/analysis.ts');
const TIES = communityTieSchema.options;
const problems = [];
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'profile.json');
const counts = { en: 0, ja: 0, dm: 0, 'job-post': 0 };
for (const file of files) {
  const fail = (why) => problems.push(`${file}: ${why}`);
  let o;
  try {
    o = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
  } catch (e) {
    fail(`not JSON (${e.message})`);
    continue;
  }
  if (o.id !== file.replace(/\.json$/, '')) fail('id differs from file name');
  const { input: i, expected: x } = o;
  if (!i || !Array.isArray(i.text) || !i.text.every((l) => typeof l === 'string'))
    fail('input.text must be an array of strings');
  if (!['job-post', 'dm'].includes(i?.kind)) fail('input.kind');
  if (!x) {
    fail('no expected');
    continue;
  }
  if (!['en', 'ja'].includes(x.lang)) fail('expected.lang');
  if (!['full', 'hybrid', 'onsite', 'unknown'].includes(x.remote)) fail('expected.remote');
  if (!Array.isArray(x.skills) || !x.skills.every((s) => /^[a-z0-9.+#-]+$/.test(s))) fail('expected.skills ids');
  if (x.budget !== null) {
    const b = x.budget;
    if (
      !b ||
      !('min' in b) ||
      !('max' in b) ||
      !/^[A-Z]{3}$/.test(b.currency ?? '') ||
      !['fixed', 'hour', 'day', 'month', null].includes(b.unit)
    )
      fail('expected.budget');
  }
  for (const f of FLAGS) if (typeof x.flags?.[f] !== 'boolean') fail(`expected.flags.${f}`);
  if (![true, false, null].includes(x.platformEscrow)) fail('expected.platformEscrow');
  if (!TIES.includes(x.community)) fail('expected.community');
  counts[x.lang]++;
  counts[i.kind]++;
}
console.log(
  `${files.length} offers (${counts.en} en, ${counts.ja} ja; ${counts['job-post']} job posts, ${counts.dm} dms)`,
);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
