import { describe, expect, it } from 'vitest';
import { capacityOf, hoursLeft, overcommitBy, weeklyHoursOf } from '../../utils/capacity';
import { makeDecision } from './fixtures';

describe('weekly hours', () => {
  it.each([
    ['About 10 hours a week', 10],
    ['20-30 hrs/week', 30],
    ['週20時間程度', 20],
    ['週10〜15時間', 15],
    ['月80時間', 18.5],
    ['full-time', 40],
    ['2 hours a day overlap', null],
    [null, null],
  ])('%s → %s', (text, hours) => {
    expect(weeklyHoursOf(text)).toBe(hours);
  });
});

describe('capacity', () => {
  const withHours = (hours: string | null, over: Parameters<typeof makeDecision>[0] = {}) => {
    const d = makeDecision(over);
    return {
      ...d,
      checklist: { ...d.checklist, remote: { ...d.checklist.remote, value: { ...d.checklist.remote.value, hours } } },
    };
  };
  it('sums accepted work still in progress, and counts what has no stated load', () => {
    const cap = capacityOf(
      [
        withHours('10 hours a week'),
        withHours('週5時間'),
        withHours(null),
        withHours('20 hours a week', { status: 'declined' }),
        withHours('20 hours a week', {
          outcome: { ...makeDecision().outcome, deliveredAt: '2026-11-01' } as NonNullable<
            ReturnType<typeof makeDecision>['outcome']
          >,
        }),
      ],
      15,
    );
    expect(cap).toEqual({ available: 15, committed: 15, unknown: 1 });
  });
});

describe('overcommitBy', () => {
  const capacity = { available: 15, committed: 10, unknown: 0 };
  it('is how far an offer’s weekly load goes past the hours left', () => {
    expect(hoursLeft(capacity)).toBe(5);
    expect(overcommitBy(capacity, '週8時間')).toBe(3);
    expect(overcommitBy(capacity, '5 hours a week')).toBe(0);
  });
  it('is 0 when the load or the hours available are unknown', () => {
    expect(overcommitBy(capacity, null)).toBe(0);
    expect(overcommitBy({ ...capacity, available: null }, '40 hours a week')).toBe(0);
    expect(hoursLeft(null)).toBeNull();
  });
});
