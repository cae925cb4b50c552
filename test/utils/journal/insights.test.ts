import { describe, expect, it } from 'vitest';
import { insightsOf, weekOf } from '../../../utils/journal/insights';
import type { DeclineReason } from '../../../utils/schema/decision';

const row = (
  status: 'accepted' | 'declined' | 'hold',
  site: string,
  day: string,
  flags: string[] = [],
  declineReasons: DeclineReason[] = [],
) => ({
  status,
  site,
  flags: flags as never[],
  declineReasons,
  createdAt: `${day}T09:00:00.000Z`,
});

describe('insights', () => {
  it('weeks start on Monday', () => {
    expect(weekOf('2026-11-24')).toBe('2026-11-23');
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-22')).toBe('2026-11-16');
  });

  it('counts pace, accept rate, sites, decline reasons and earnings', () => {
    const result = insightsOf(
      [
        row('accepted', 'lancers', '2026-11-17'),
        row('declined', 'upwork', '2026-11-18', ['offPlatformPayment', 'missingTerms'], ['scam', 'rate']),
        row('declined', 'upwork', '2026-11-24', ['offPlatformPayment'], ['rate']),
        row('hold', 'lancers', '2026-11-24'),
      ],
      [
        { paidAt: '2026-11-20', amountPaid: 50_000, currency: 'JPY' },
        { paidAt: '2026-11-28', amountPaid: 30_000, currency: 'JPY' },
        { paidAt: null, amountPaid: 10, currency: 'USD' },
      ],
    );
    expect(result.acceptRate).toBeCloseTo(1 / 3);
    expect(result.perWeek).toEqual([
      { label: '2026-11-16', value: 2 },
      { label: '2026-11-23', value: 2 },
    ]);
    expect(result.bySite).toEqual([
      { label: 'lancers', value: 2 },
      { label: 'upwork', value: 2 },
    ]);
    expect(result.declineFlags[0]).toEqual({ label: 'offPlatformPayment', value: 2 });
    expect(result.declineReasons).toEqual([
      { label: 'rate', value: 2 },
      { label: 'scam', value: 1 },
    ]);
    expect(result.earnings).toEqual([{ label: '2026-11 JPY', value: 80_000 }]);
  });

  it('has no accept rate before anything is decided', () => {
    expect(insightsOf([row('hold', 'x', '2026-11-24')]).acceptRate).toBeNull();
  });
});
