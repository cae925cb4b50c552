// analyzeOffer on random Unicode: it never throws, and what it reports stays within the text it was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeOffer, scoreChecklist, suggestChecklist } from '../../utils/analysis';
import { createDefaultProfile } from '../../utils/schema/profile';
import { anyText, HOSTILE_STRINGS } from './documents';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);

// Random Unicode mixed with the words the analysis looks for, so its rules do fire on odd input.
const WORDS = [
  'remote',
  'フルリモート',
  '在宅',
  '週1出社',
  'onsite',
  '$',
  '¥',
  '円',
  '万円',
  '〜',
  '-',
  '1,000',
  '５０００',
  'per hour',
  '時給',
  '月額',
  'indemnify',
  '一切の損害',
  '著作権',
  'NDA',
  '秘密保持',
  'Telegram',
  'LINE',
  'deposit',
  'React',
  'Figma',
  'WordPress',
  '\n',
  '。',
  '.',
];
const offerText = fc
  .array(fc.oneof(anyText, fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE_STRINGS)), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('analyzeOffer on random Unicode', () => {
  it(`never throws, and every piece of evidence quotes the text, on ${RUNS} texts`, () => {
    const profile = createDefaultProfile();
    fc.assert(
      fc.property(offerText, fc.option(anyText, { nil: undefined }), (text, title) => {
        const analysis = analyzeOffer({ text, title }, profile);
        expect(Number.isFinite(analysis.verdict.score)).toBe(true);
        const checklist = suggestChecklist(analysis);
        const verdict = scoreChecklist(checklist, profile, {
          budget: analysis.budget,
          platformEscrow: analysis.platformEscrow,
          trust: {},
        });
        expect(Number.isFinite(verdict.score)).toBe(true);
        for (const item of [
          checklist.communityTie,
          checklist.skillMatch,
          checklist.remote,
          ...Object.values(checklist.liability),
        ]) {
          for (const evidence of item.evidence) {
            // A quote is a piece of what the offer says (its text, or its title).
            const from = [text, title ?? ''].some(
              (source) => source.slice(evidence.start, evidence.end) === evidence.quote,
            );
            expect(from, JSON.stringify(evidence)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it(`never throws on raw UTF-16 (lone surrogates, control characters), ${RUNS} texts`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(() => analyzeOffer({ text })).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
