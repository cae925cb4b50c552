import { describe, expect, it } from 'vitest';
import { analyzeOffer, suggestChecklist } from '../../../utils/analysis';
import { setRemote } from '../../../utils/checklist-edit';
import { recordDecision } from '../../../utils/decisions';
import { mergeChecklist, openItems, textWithReplies } from '../../../utils/questions';
import { rereadWithReplies } from '../../../utils/questions/reread';
import { decisionSchema } from '../../../utils/schema/decision';
import type { OfferCapture } from '../../../utils/schema/offer';
import { makeDecision } from '../fixtures';

function captureOf(text: string, site = 'generic'): OfferCapture {
  return {
    url: 'https://example.org/offer',
    key: 'example:offer',
    site,
    kind: 'dm',
    source: 'pasted',
    title: '',
    text,
    client: {},
    trust: {},
    capturedAt: '2026-12-01T09:00:00.000Z',
  };
}

const ids = (capture: OfferCapture, replies: { text: string }[]) =>
  openItems(rereadWithReplies(capture, replies), { text: textWithReplies(capture.text, replies) }).map((i) => i.id);

describe('reading the client’s reply', () => {
  const en = captureOf(
    'Hi, we need a React developer to build a booking widget. You will be liable for all damages arising from the work. Deadline: end of January.',
  );
  const ja = captureOf(
    'Webサイトのコーディングをお願いします。受注者は本業務に関して生じた一切の損害を賠償するものとします。納期：2週間。',
  );

  it.each([
    ['en', en, 'Thanks for asking. Our liability clause will be changed: liability is limited to the fees paid.'],
    ['ja', ja, 'ご質問ありがとうございます。損害賠償の額は本契約の委託料を上限とします。'],
  ] as const)('a reply stating a cap clears the damages question (%s)', (_lang, capture, reply) => {
    expect(ids(capture, [])).toContain('damagesCap');
    const after = rereadWithReplies(capture, [{ text: reply }]);
    expect(after.liability.flags.unlimitedDamages?.value).toBe(false);
    expect(ids(capture, [{ text: reply }])).not.toContain('damagesCap');
  });

  it.each([
    ['en', en, 'Our budget is $2,000 for the whole project.', { max: 2000, currency: 'USD' }],
    ['ja', ja, 'ご予算は5万円を予定しております。', { max: 50000, currency: 'JPY' }],
  ] as const)('a reply stating a budget fills the budget (%s)', (_lang, capture, reply, budget) => {
    expect(analyzeOffer({ text: capture.text, kind: 'dm' }).budget).toBeNull();
    const after = rereadWithReplies(capture, [{ text: reply }]);
    expect(after.budget).toMatchObject(budget);
    expect(ids(capture, [{ text: reply }])).not.toContain('budget');
    // The cap was not answered: its question stays.
    expect(ids(capture, [{ text: reply }])).toContain('damagesCap');
  });

  it('reads every reply, oldest first, after the offer', () => {
    const replies = [{ text: 'Our budget is $2,000.' }, { text: 'Liability is limited to the fees paid.' }];
    expect(textWithReplies('Offer.', replies)).toBe(
      'Offer.\n\nOur budget is $2,000.\n\nLiability is limited to the fees paid.',
    );
    const open = ids(en, replies);
    expect(open).not.toContain('budget');
    expect(open).not.toContain('damagesCap');
  });

  it('raises what a reply brings up, as it would in the offer', () => {
    const before = analyzeOffer({ text: en.text, kind: 'dm' });
    expect(before.liability.flags.upfrontFeeOrScam?.value).toBe(false);
    const after = rereadWithReplies(en, [
      { text: 'Great. Before we start, please pay a $50 registration fee for the onboarding.' },
    ]);
    expect(after.liability.flags.upfrontFeeOrScam?.value).toBe(true);
    expect(after.verdict.level).not.toBe('go');
  });

  it('merges the new reading into the checklist but keeps what the user set', () => {
    const before = suggestChecklist(analyzeOffer({ text: en.text, kind: 'dm' }));
    const mine = setRemote(before, { mode: 'hybrid', hours: null, timeZone: null });
    const fresh = suggestChecklist(
      rereadWithReplies(en, [{ text: 'Liability is limited to the fees paid. The work is fully remote.' }]),
    );
    const merged = mergeChecklist(mine, fresh);
    expect(merged.liability.unlimitedDamages?.value).toBe(false);
    expect(merged.remote.value.mode).toBe('hybrid');
    expect(merged.remote.source).toBe('user');
    expect(merged.remote.suggested?.mode).toBe('full');
  });
});

describe('replies on a decision', () => {
  it('are recorded with the decision, and kept when a later change does not pass them', () => {
    const existing = makeDecision();
    const reply = { text: 'Budget is $2,000.', receivedAt: '2026-12-01T10:00:00.000Z' };
    const draft = {
      offer: existing.offer,
      checklist: existing.checklist,
      verdict: existing.verdict,
      status: 'hold' as const,
      note: 'Asked',
      followUpAt: '2026-12-04',
      declineReasons: [],
    };
    const now = new Date('2026-12-01T10:05:00.000Z');
    const withReply = recordDecision({ ...draft, replies: [reply] }, existing, now, () => 'x');
    expect(withReply.replies).toEqual([reply]);
    expect(recordDecision(draft, withReply, now, () => 'x').replies).toEqual([reply]);
    expect(decisionSchema.safeParse(withReply).success).toBe(true);
  });

  it('a decision stored before replies existed still parses, with none', () => {
    const { replies: _r, ...old } = makeDecision();
    const parsed = decisionSchema.parse(old);
    expect(parsed.replies).toEqual([]);
  });

  it('keeps each reply with the time it was read', () => {
    const parsed = decisionSchema.parse(
      makeDecision({ replies: [{ text: 'Budget is $2,000.', receivedAt: '2026-12-01T10:00:00.000Z' }] }),
    );
    expect(parsed.replies[0]?.text).toBe('Budget is $2,000.');
    expect(decisionSchema.safeParse(makeDecision({ replies: [{ text: '', receivedAt: 'now' }] })).success).toBe(false);
  });
});
