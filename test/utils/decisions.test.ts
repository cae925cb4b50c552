import { describe, expect, it } from 'vitest';
import { addDays, recordDecision } from '../../utils/decisions';
import { decisionSchema } from '../../utils/schema/decision';
import { makeChecklist, makeDecision } from './fixtures';

const draftFrom = (d = makeDecision()) => ({
  offer: d.offer,
  checklist: makeChecklist(),
  verdict: d.verdict,
  status: 'hold' as const,
  note: '  ask about the damages clause  ',
  followUpAt: '2026-11-25',
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

describe('addDays', () => {
  it.each([
    [new Date(2026, 10, 22), 3, '2026-11-25'],
    [new Date(2026, 11, 30), 3, '2027-01-02'],
    [new Date(2028, 1, 28), 1, '2028-02-29'],
  ])('%s + %i → %s', (now, days, expected) => {
    expect(addDays(now, days)).toBe(expected);
  });
});
