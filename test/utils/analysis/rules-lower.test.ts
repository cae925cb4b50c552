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
          expect(offsets(new RegExp(lower, 'g'), norm.toLowerCase()), `${rule.id}.${name} on «${text}»`).toEqual(
            offsets(new RegExp(re.source, 'gi'), norm),
          );
          compared++;
        }
      }
    }
    // Most patterns take the faster path; a change that sent them all to the slow one would show here.
    expect(compared).toBeGreaterThan(100 * examples.length);
  });

  it('keeps escapes and names as written, and declines what it cannot say', () => {
    expect(lowerPattern(String.raw`NDAs?\b|\S+ Telegram`)).toBe(String.raw`ndas?\b|\S+ telegram`);
    expect(lowerPattern(String.raw`\p{Lu}X|\k<Name>`)).toBe(String.raw`\p{Lu}x|\k<Name>`);
    expect(lowerPattern('[A-Z]+|[^A-Z]')).toBe('[a-z]+|[^a-z]');
    expect(lowerPattern('(?<Name>A)')).toBeNull();
    expect(lowerPattern('[A-z]')).toBeNull();
  });
});
