import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecisionStatus, decisionSchema } from '../../../utils/schema/decision';
import { mergeDecisions, mergeHistories, withHistory } from '../../../utils/schema/decision-records';
import { makeDecision } from '../fixtures';

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
