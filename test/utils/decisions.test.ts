import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  cleanReasons,
  mergeDecisions,
  mergeHistories,
  recordDecision,
  suggestDeclineReasons,
  withHistory,
} from '../../utils/decisions';
import { type DecisionStatus, decisionSchema } from '../../utils/schema/decision';
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

describe('withHistory', () => {
  const at = (h: number) => `2026-11-2${h}T09:00:00.000Z`;
  it('adds an entry when the status or the follow-up date changes, and only then', () => {
    const held = makeDecision({ status: 'hold', followUpAt: '2026-11-25', updatedAt: at(1), history: [] });
    let history = withHistory([], held);
    expect(history).toEqual([{ at: at(1), status: 'hold', followUpAt: '2026-11-25' }]);
    // Same state, a note edited: nothing new.
    history = withHistory(history, { ...held, note: 'asked about rate', updatedAt: at(2) });
    expect(history).toHaveLength(1);
    // Snoozed: a new follow-up date.
    history = withHistory(history, { ...held, followUpAt: '2026-11-28', updatedAt: at(3) });
    // Then accepted.
    history = withHistory(history, { ...held, status: 'accepted', followUpAt: null, updatedAt: at(4) });
    expect(history.map((h) => [h.status, h.followUpAt])).toEqual([
      ['hold', '2026-11-25'],
      ['hold', '2026-11-28'],
      ['accepted', null],
    ]);
    expect(decisionSchema.safeParse({ ...held, history }).success).toBe(true);
  });

  it('keeps the first entry and the latest ones when the history is full', () => {
    let history = withHistory([], makeDecision({ status: 'hold', followUpAt: '2026-01-01', updatedAt: at(0) }));
    for (let i = 0; i < 150; i++) {
      const status = i % 2 ? 'accepted' : 'declined';
      history = withHistory(history, makeDecision({ status, followUpAt: null, updatedAt: at(1) }));
    }
    expect(history).toHaveLength(100);
    expect(history[0]?.status).toBe('hold');
    expect(history.at(-1)?.status).toBe('accepted');
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

describe('mergeHistories', () => {
  it('keeps every step of both copies once, oldest first', () => {
    const step = (day: number, status: 'hold' | 'accepted' | 'declined') => ({
      at: `2026-11-0${day}T00:00:00.000Z`,
      status,
      followUpAt: null,
    });
    expect(mergeHistories([step(1, 'hold'), step(3, 'accepted')], [step(1, 'hold'), step(2, 'declined')])).toEqual([
      step(1, 'hold'),
      step(2, 'declined'),
      step(3, 'accepted'),
    ]);
    expect(mergeHistories([], [])).toEqual([]);
  });
});

describe('mergeDecisions', () => {
  const statusArb = fc.constantFrom<DecisionStatus>('accepted', 'declined', 'hold');
  const time = fc
    .integer({ min: 0, max: 10_000 })
    .map((ms) => new Date(Date.UTC(2026, 10, 1) + ms * 1000).toISOString());
  const copy = fc
    .record({
      id: fc.constantFrom('a', 'b'),
      status: statusArb,
      updatedAt: time,
      steps: fc.array(fc.record({ at: time, status: statusArb }), { maxLength: 4 }),
      note: fc.string({ maxLength: 5 }),
    })
    .map(({ id, status, updatedAt, steps, note }) =>
      makeDecision({
        id,
        status,
        note,
        followUpAt: status === 'hold' ? '2026-12-01' : null,
        updatedAt,
        createdAt: updatedAt,
        history: steps
          .filter((s) => s.at <= updatedAt)
          .sort((x, y) => (x.at < y.at ? -1 : 1))
          .map((s) => ({ ...s, followUpAt: s.status === 'hold' ? '2026-12-01' : null })),
      }),
    );

  it('ends with the later copy’s state, keeps the journal’s id, and its history is ordered and ends in that state', () => {
    fc.assert(
      fc.property(copy, copy, (stored, incoming) => {
        const merged = mergeDecisions(stored, incoming);
        const later = incoming.updatedAt >= stored.updatedAt ? incoming : stored;
        expect(merged.id).toBe(stored.id);
        expect(merged.status).toBe(later.status);
        expect(merged.note).toBe(later.note);
        expect(merged.history.at(-1)?.status).toBe(merged.status);
        const times = merged.history.map((h) => h.at);
        expect([...times].sort()).toEqual(times);
        for (let i = 1; i < merged.history.length; i++) {
          expect(merged.history[i]?.status === merged.history[i - 1]?.status).toBe(false);
        }
        // Every status either copy passed through is still there.
        for (const step of [...stored.history, ...incoming.history]) {
          expect(merged.history.some((h) => h.status === step.status)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the stored record itself for a save that says nothing new', () => {
    const stored = makeDecision();
    expect(mergeDecisions(stored, { ...stored, id: 'retry', updatedAt: '2026-11-21T00:00:00.000Z', history: [] })).toBe(
      stored,
    );
  });
});
