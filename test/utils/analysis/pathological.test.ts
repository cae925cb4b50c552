import { describe, expect, it } from 'vitest';
import { analyzeOffer } from '../../../utils/analysis';

const MB = 1_000_000;

// Inputs that make backtracking regular expressions blow up. A linear engine reads each in well under
// a second; the timeout is only a hang guard, not a performance assertion (see npm run bench).
const inputs: [string, string][] = [
  ['spaces', `${' '.repeat(MB)}x`],
  ['digits', '1'.repeat(MB)],
  ['digits and commas', '1,000,'.repeat(MB / 6)],
  ['wave dashes', '〜'.repeat(MB)],
  ['yen ranges', '5万円〜'.repeat(MB / 4)],
  ['repeated keyword', 'remote '.repeat(MB / 7)],
  ['repeated Japanese keyword', '著作権'.repeat(MB / 3)],
  ['indemnify without end', `indemnify ${'and '.repeat(MB / 4)}`],
  ['dollar signs', '$ '.repeat(MB / 2)],
  ['repeated skill', 'React and Figma, '.repeat(MB / 17)],
  ['newlines', '\n'.repeat(MB)],
  ['messaging app moves', 'LINEで Telegram: '.repeat(MB / 16)],
  ['indemnities', 'indemnify against any and all '.repeat(MB / 31)],
  ['payment days', 'paid 90 days after 翌々月末払い '.repeat(MB / 28)],
  ['amounts with a sign', `$${'1,'.repeat(MB / 2)}`],
  ['bank accounts', '口座にお振込みください。'.repeat(MB / 12)],
  ['location pins', '📍 1'.repeat(MB / 4)],
  ['location lines', 'Location: x '.repeat(MB / 12)],
  ['discord handles', 'discord dev#1234 '.repeat(MB / 17)],
  ['markdown escapes', '\\.'.repeat(MB / 2)],
];

describe('pathological inputs of 1 MB', () => {
  it.each(inputs)(
    '%s: analysis returns',
    (_name, text) => {
      const analysis = analyzeOffer({ text });
      expect(analysis.verdict.score).toBeGreaterThanOrEqual(0);
    },
    20_000,
  );
});
