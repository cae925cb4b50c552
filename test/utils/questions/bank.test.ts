import { describe, expect, it } from 'vitest';
import { findQuestion, QUESTIONS } from '../../../utils/questions';
import { liabilityFlagIds } from '../../../utils/schema/analysis';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the question bank', () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s has its question and reason in both languages', (_id, q) => {
    for (const text of [q.question.en, q.reason.en]) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toMatch(JAPANESE);
    }
    for (const text of [q.question.ja, q.reason.ja]) {
      expect(text.trim().length).toBeGreaterThan(5);
      expect(text).toMatch(JAPANESE);
    }
    // A question asks; the Japanese one in the polite form a client expects.
    expect(q.question.en).toMatch(/\?$/);
    expect(q.question.ja).toMatch(/(?:でしょうか|ますか|ください)。$/);
    // A reason is one line.
    expect(q.reason.en).not.toMatch(/\n/);
    expect(q.reason.ja).not.toMatch(/\n/);
  });

  it('has one entry per id', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findQuestion('budget')?.id).toBe('budget');
    expect(findQuestion('no-such-question')).toBeUndefined();
  });

  it('covers what the issue lists as open and every flag the analysis can only call likely', () => {
    const ids = QUESTIONS.map((q) => q.id);
    for (const id of ['budget', 'hours', 'remote', 'damagesCap', 'copyright', 'paymentTerm', 'ndaScope', 'community'])
      expect(ids).toContain(id);
    const likelyFlags = QUESTIONS.flatMap((q) =>
      'flag' in q.trigger && q.trigger.when.includes('likely') ? [q.trigger.flag] : [],
    );
    expect(liabilityFlagIds.filter((id) => !likelyFlags.includes(id))).toEqual([]);
  });

  it('mentions the 60-day payment rule in the payment reasons, in both languages', () => {
    for (const id of ['paymentTerm', 'latePayment']) {
      const q = findQuestion(id);
      expect(q?.reason.en).toMatch(/60 days/);
      expect(q?.reason.ja).toMatch(/60日/);
    }
  });
});
