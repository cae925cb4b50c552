import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternGates, patternMatches, type Rule } from '../../../utils/analysis/rules/define';
import { RULES_BY_FILE } from '../../../utils/analysis/rules/index';
import { gateOf, LineIndex } from '../../../utils/analysis/rules/prefilter';
import { prepareText } from '../../../utils/analysis/text';
import { HOSTILE_STRINGS } from '../../fuzz/documents';

// The prefilter may only spare work: on a long text, every pattern of every rule must find exactly the
// matches a search of the whole text finds. A gate that forgot a string would silently drop a flag.
const rules: Rule[] = Object.values(RULES_BY_FILE).flat();
const OFFERS = path.resolve(__dirname, '../../fixtures/offers');
const corpus = readdirSync(OFFERS)
  .filter((f) => f.endsWith('.json') && f !== 'profile.json')
  .map((f) =>
    (JSON.parse(readFileSync(path.join(OFFERS, f), 'utf8')) as { input: { text: string[] } }).input.text.join('\n'),
  );
const written = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
// The same examples broken over lines at their spaces and commas: matches that span a line break.
const examples = [...written, ...written.map((e) => e.replace(/[ 、,]/g, '\n'))];
const literals = rules.flatMap((r) => Object.values(patternGates(r)).flatMap((g) => g?.literals ?? []));

// The length from which matchRule gates its search (utils/analysis/rules/define.ts).
const GATED_FROM = 4_000;

function expectSameMatches(text: string): void {
  // Shorter texts are searched whole: the comparison would prove nothing.
  expect(text.length).toBeGreaterThanOrEqual(GATED_FROM);
  const p = prepareText(text);
  for (const rule of rules) {
    expect(patternMatches(rule, p), `${rule.id} on a text of ${text.length} characters`).toEqual(
      patternMatches(rule, p, true),
    );
  }
}

describe('the rules prefilter', () => {
  it('reads the strings every match holds', () => {
    expect(gateOf('(?:telegram|whatsapp)\\b', false)).toEqual({
      literals: ['telegram', 'whatsapp'],
      lineSafe: true,
      reach: 8,
    });
    expect(gateOf('NDA', true)).toEqual({ literals: ['nda'], lineSafe: true, reach: 3 });
    expect(gateOf('秘密保持(?:契約)?', false)?.literals).toContain('秘密保持');
    expect(gateOf('colou?r', false)?.literals.sort()).toEqual(['color', 'colour']);
    expect(gateOf('[2-5] days? a week', false)?.literals).toEqual(
      expect.arrayContaining(['2 day a week', '5 days a wee']),
    );
    // A match can hold a line break: searched within its reach of its strings, or whole when unbounded.
    expect(gateOf('remote\\s+only', false)).toEqual({ literals: ['remote'], lineSafe: false, reach: Infinity });
    expect(gateOf('report[^。]{0,20}daily(?![a-z]{1,3})', false)).toMatchObject({ lineSafe: false, reach: 34 });
    expect(gateOf('report[^.\\n]{0,20}daily', false)?.lineSafe).toBe(true);
  });

  it('leaves patterns it cannot read, or that need no string, ungated', () => {
    expect(gateOf('\\d+', false)).toBeNull();
    expect(gateOf('(?:remote)?\\w+', false)).toBeNull();
    expect(gateOf('^remote', false)).toBeNull();
    expect(gateOf('(a)\\1', false)).toBeNull();
    expect(gateOf('\\p{L}+remote', false)).toBeNull();
    expect(gateOf('Été', true)).toBeNull();
    // JavaScript's empty classes: [] matches nothing, [^] anything (line breaks too).
    expect(gateOf('no[]|yes[!]', false)).toBeNull();
    expect(gateOf('foo[^]{0,40}bar', false)).toBeNull();
    // A class whose range spans the line break can take one.
    expect(gateOf('foo[\\t-z]bar', false)?.lineSafe).toBe(false);
  });

  it('gates most of the rules’ patterns (the comparisons below exercise the gated search)', () => {
    const gates = rules.flatMap((r) => Object.values(patternGates(r)));
    expect(gates.filter((g) => g !== null).length).toBeGreaterThan(0.9 * gates.length);
    expect(gates.filter((g) => g?.lineSafe).length).toBeGreaterThan(0.6 * gates.length);
  });

  it('keeps the cap of 200 matches per pattern across separate stretches', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Line ${i}: contact me on Telegram.\nfiller text\n`).join('');
    const p = prepareText(text);
    const gated = patternMatches(RULES_BY_FILE['off-platform-payment']?.[0] as Rule, p);
    expect(Object.values(gated).some((m) => m.length === 200)).toBe(true);
    expectSameMatches(text);
  });

  it('finds each string on the lines that hold it', () => {
    const index = new LineIndex('one telegram\ntwo\nthree telegram telegram\n\ntelegra');
    expect(index.linesWith('telegram')).toEqual([0, 2]);
    expect(index.linesWith('t')).toEqual([0, 1, 2, 4]);
    expect(index.has('whatsapp')).toBe(false);
    expect(index.spans(['two', 'three'])).toEqual([[13, 41]]);
    // Within 2 × reach of each occurrence, in whole lines, overlapping stretches joined.
    expect(index.windows(['two'], 1)).toEqual([[0, 41]]);
    expect(index.windows(['telegra'], 0)).toEqual([
      [0, 13],
      [17, 41],
      [42, 49],
    ]);
  });

  it('finds what a whole-text search finds, on the corpus and the rules’ own examples made long', () => {
    expectSameMatches(corpus.join('\n\n'));
    expectSameMatches(examples.join('\n'));
    expectSameMatches(examples.join(' '));
    expectSameMatches([...HOSTILE_STRINGS, ...examples].join('\n'));
  });

  it('finds what a whole-text search finds, on long texts built of the patterns’ own strings', () => {
    const piece = fc.oneof(
      fc.constantFrom(...literals),
      fc.constantFrom(...examples),
      // An example with a line break somewhere inside: where `\s` or a class lets a match cross it.
      fc
        .tuple(fc.constantFrom(...written), fc.nat())
        .map(([e, at]) => `${e.slice(0, at % (e.length + 1))}\n${e.slice(at % (e.length + 1))}`),
      fc.constantFrom('\n', ' ', '。', '.', '\n\n', '、', '  ', '**', 'Ｎ'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 400, maxLength: 900 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(text.length >= 4_000);
        expectSameMatches(text);
      }),
      { numRuns: 60 },
    );
  });
});
