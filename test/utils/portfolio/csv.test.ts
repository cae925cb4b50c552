import { describe, expect, it } from 'vitest';
import { csvCell, decisionsToCsv } from '../../../utils/portfolio/csv';
import { makeDecision } from '../fixtures';

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+81 90', "'+81 90"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-5, '-5'],
    [null, ''],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value as string | number | null)).toBe(cell);
  });

  it('writes a header and one row per decision, with Japanese text intact', () => {
    const csv = decisionsToCsv([
      makeDecision({ note: '単価が低い, 要交渉' }),
      makeDecision({ id: 'd-2', status: 'declined', declineReasons: ['rate', 'liability'] }),
    ]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith('decided,status,site,title')).toBe(true);
    expect(lines[1]).toContain('"単価が低い, 要交渉"');
    expect(lines[1]).toContain('unlimitedDamages');
    expect(lines[2]).toContain(',declined,');
    const header = lines[0]?.split(',') ?? [];
    expect(lines[2]?.split(',')[header.indexOf('decline_reasons')]).toBe('rate;liability');
  });
});
