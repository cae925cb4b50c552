import { describe, expect, it } from 'vitest';
import { addDays, recordDecision, suggestDeclineReasons } from '../../utils/decisions';
import { decisionSchema } from '../../utils/schema/decision';
import { cleanReasons } from '../../utils/schema/decision-records';
import { makeChecklist, makeDecision } from './fixtures';

const draftFrom = (d = makeDecision()) => ({
  offer: d.offer,
  checklist: makeChecklist(),
  verdict: d.verdict,
  status: 'hold' as const,
  note: '  ask about the damages clause  ',
  followUpAt: '2026-11-25',
  declineReasons: ['rate' as const],
});

describe('recordDecision', () => {
  it('gives a new decision an id and equal created/updated stamps, valid by the schema', () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    const decision = recordDecision(draftFrom(), null, now, () => 'new-id');
    expect(decision.id).toBe('new-id');
    expect(decision.createdAt).toBe(now.toISOString());
    expect(decision.updatedAt).toBe(now.toISOString());
    expect(decision.note).toBe('ask about the damages clause');
    expect(decision.followUpAt).toBe('2026-11-25');
    expect(decisionSchema.safeParse(decision).success).toBe(true);
  });

  it('keeps the id, createdAt, tags and outcome when the user changes an earlier decision', () => {
    const existing = makeDecision({ tags: ['ec'], outcome: null });
    const now = new Date('2026-11-22T10:00:00.000Z');
    const changed = recordDecision({ ...draftFrom(existing), status: 'declined' }, existing, now, () => 'other');
    expect(changed.id).toBe(existing.id);
    expect(changed.createdAt).toBe(existing.createdAt);
    expect(changed.updatedAt).toBe(now.toISOString());
    expect(changed.tags).toEqual(['ec']);
    expect(changed.followUpAt).toBeNull();
  });
});

describe('decline reasons', () => {
  it('keeps reasons only on a decline, in the list order, without repeats', () => {
    expect(cleanReasons('declined', ['scam', 'rate', 'scam'])).toEqual(['rate', 'scam']);
    expect(cleanReasons('accepted', ['rate'])).toEqual([]);
    const now = new Date('2026-11-22T10:00:00.000Z');
    expect(recordDecision(draftFrom(), null, now, () => 'x').declineReasons).toEqual([]);
    const declined = recordDecision({ ...draftFrom(), status: 'declined' }, null, now, () => 'x');
    expect(declined.declineReasons).toEqual(['rate']);
  });
});

describe('addDays', () => {
  it.each([
    [new Date(2026, 10, 22), 3, '2026-11-25'],
    [new Date(2026, 11, 30), 3, '2027-01-02'],
    [new Date(2028, 1, 28), 1, '2028-02-29'],
  ])('%s + %i → %s', (now, days, expected) => {
    expect(addDays(now, days)).toBe(expected);
  });
});

describe('suggestDeclineReasons', () => {
  const verdict = (reasons: { item: string; code: string; impact: number; dealbreaker?: boolean }[]) =>
    ({ score: 40, level: 'caution', reasons: reasons.map((r) => ({ dealbreaker: false, ...r })) }) as never;

  it('ticks what cost the verdict most, not the small things', () => {
    expect(
      suggestDeclineReasons(
        verdict([
          { item: 'liability', code: 'upfrontFeeOrScam', impact: -60 },
          { item: 'liability', code: 'unlimitedDamages', impact: -25 },
          { item: 'liability', code: 'nda', impact: -3 },
          { item: 'budget', code: 'below-minimum-rate', impact: -15 },
          { item: 'remote', code: 'hybrid', impact: -6 },
          { item: 'communityTie', code: 'cold', impact: -10 },
          { item: 'skillMatch', code: 'missing', impact: 4 },
        ]),
        false,
      ),
    ).toEqual(['rate', 'liability', 'scam', 'client']);
  });

  it('ticks a dealbreaker however small, and capacity when the week is full', () => {
    expect(
      suggestDeclineReasons(verdict([{ item: 'liability', code: 'nda', impact: -3, dealbreaker: true }]), true),
    ).toEqual(['liability', 'capacity']);
    expect(suggestDeclineReasons(null, false)).toEqual([]);
  });
});
