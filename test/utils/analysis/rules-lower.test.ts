import { describe, expect, it } from 'vitest';
import { lowerPattern } from '../../../utils/analysis/rules/define';
import { RULES_BY_FILE } from '../../../utils/analysis/rules/index';
import { prepareText } from '../../../utils/analysis/text';

// Rules read the lower-cased text without the `i` flag where they can (it is faster on long offers):
// every pattern must then find exactly what it finds with the flag, at the same offsets.
const rules = Object.values(RULES_BY_FILE).flat();
const examples = rules.flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch]);
// Upper case, mixed case and full-width forms of what the rules look for, beside their own examples.
const extra = [
  'Please sign an NDA. Non-Disclosure Agreement attached; NDAS are standard.',
  'CONTACT ME ON TELEGRAM @recruiter, or WhatsApp +1 555 0100',
  'All IP and Intellectual Property transfers to the Client. Ｒｅｍｏｔｅ ＯＫ、フルリモート',
  'US-based developer wanted. Fully REMOTE; M-F, 9 to 5 EST.',
];

function offsets(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe('rules on lower-cased text', () => {
  it('find what they find with the i flag, at the same offsets, in every example', () => {
    let compared = 0;
    for (const rule of rules) {
      for (const [name, re] of Object.entries(rule.raise)) {
        if (rule.caseSensitive?.includes(name)) continue;
        const lower = lowerPattern(re.source);
        if (lower === null) continue;
        for (const text of [...examples, ...extra]) {
          const norm = prepareText(text).norm;
          const ascii = norm.replace(/[A-Z]+/g, (run) => run.toLowerCase());
          expect(offsets(new RegExp(lower, 'g'), ascii), `${rule.id}.${name} on «${text}»`).toEqual(
            offsets(new RegExp(re.source, 'gi'), norm),
          );
          compared++;
        }
      }
    }
    // Most patterns take the faster path; a change that sent them all to the slow one would show here.
    expect(compared).toBeGreaterThan(100 * examples.length);
  });

  it.each([
    // Capitals lower-cased, plain escapes kept as written.
    [String.raw`NDAs?\b|\S+ Telegram`, String.raw`ndas?\b|\S+ telegram`],
    ['[A-Z]+|[^A-Z]|[a-z0-9]', '[a-z]+|[^a-z]|[a-z0-9]'],
    [String.raw`[A-Z\]]|[^\]]X|\[Y`, String.raw`[a-z\]]|[^\]]x|\[y`],
    ['[]A]|[^]B]', '[]a]|[^]b]'],
    ['(?<!AI?)エージェント|(?=X)', '(?<!ai?)エージェント|(?=x)'],
    // What it cannot follow: the rule keeps the i flag.
    ['(?<Name>A)', null],
    ['(?<_ab>x)', null],
    ['[A-z]', null],
    ['[!-_]', null],
    ['[0-Z]', null],
    [String.raw`[\x41-\x5A]`, null],
    [String.raw`\x41|\u0041`, null],
    [String.raw`(a)\1`, null],
    [String.raw`\p{Lu}`, null],
    [String.raw`\k<x>`, null],
    ['CAFÉ|Σ', null],
  ])('lowers %s as %s', (source, expected) => {
    expect(lowerPattern(source)).toBe(expected);
  });

  it('reads text whose lower case would change its length (İ) at the same offsets', () => {
    const rule = rules.find((r) => r.id === 'nda');
    if (!rule) throw new Error('no nda rule');
    const text = 'İstanbul office. Please sign our NDA before we start.';
    const norm = prepareText(text).norm;
    const re = rule.raise.ndaEn as RegExp;
    const lower = lowerPattern(re.source);
    expect(lower).not.toBeNull();
    const ascii = norm.replace(/[A-Z]+/g, (run) => run.toLowerCase());
    expect(offsets(new RegExp(lower as string, 'g'), ascii)).toEqual(offsets(new RegExp(re.source, 'gi'), norm));
    expect(offsets(new RegExp(re.source, 'gi'), norm).length).toBeGreaterThan(0);
  });
});
