// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientRepliesView } from '../../components/ClientRepliesView';
import { QuestionsSection } from '../../components/QuestionsSection';
import { Screening, type ScreeningActions } from '../../components/Screening';
import { analyzeOffer, suggestChecklist } from '../../utils/analysis';
import { findQuestion } from '../../utils/questions';
import type { Decision } from '../../utils/schema/decision';
import type { OfferCapture } from '../../utils/schema/offer';
import { createDefaultProfile } from '../../utils/schema/profile';
import { renderIn } from './render';

afterEach(cleanup);

const EN_TEXT =
  'Hi, we need a React developer to build a booking widget for our clinic. You will be liable for all damages arising from the work. Deadline: end of January.';
const JA_TEXT =
  'Webサイトのコーディングをお願いします。受注者は本業務に関して生じた一切の損害を賠償するものとします。納期：2週間。';

function captureOf(text: string, name?: string): OfferCapture {
  return {
    url: 'https://example.org/offer',
    key: 'example:offer',
    site: 'generic',
    kind: 'dm',
    source: 'pasted',
    title: '',
    text,
    client: name ? { name } : {},
    trust: {},
    capturedAt: '2026-12-01T09:00:00.000Z',
  };
}

function renderSection(locale: 'en' | 'ja', text: string, extra: Partial<Parameters<typeof QuestionsSection>[0]> = {}) {
  const analysis = analyzeOffer({ text, kind: 'dm' });
  const addReply = vi.fn();
  const onUseAsNote = vi.fn((_draft: string) => '2026-12-04');
  const copy = vi.fn(async (_text: string) => undefined);
  renderIn(
    locale,
    <QuestionsSection
      client={{ analysis, text, replies: [], answered: [], addReply }}
      checklist={suggestChecklist(analysis)}
      onUseAsNote={onUseAsNote}
      copy={copy}
      {...extra}
    />,
  );
  return { addReply, onUseAsNote, copy };
}

const draftBox = () => screen.getByTestId('questions-draft') as HTMLTextAreaElement;
const q = (id: string) => findQuestion(id)?.question;

describe('QuestionsSection', () => {
  it('asks an English offer’s open items in English, each with why it matters', () => {
    renderSection('en', EN_TEXT);
    const list = screen.getByTestId('questions-list');
    expect(within(list).getByText(q('budget')?.en ?? '')).toBeTruthy();
    expect(within(list).getByText(q('damagesCap')?.en ?? '')).toBeTruthy();
    expect(within(list).getByText(findQuestion('damagesCap')?.reason.en ?? '')).toBeTruthy();
    expect(screen.getByText('Questions to ask the client')).toBeTruthy();
  });

  it('asks a Japanese offer’s in polite Japanese, with the reasons in the user’s language', () => {
    renderSection('ja', JA_TEXT);
    const list = screen.getByTestId('questions-list');
    expect(within(list).getByText(q('budget')?.ja ?? '')).toBeTruthy();
    expect(within(list).getByText(findQuestion('budget')?.reason.ja ?? '')).toBeTruthy();
    expect(screen.getByText('クライアントに確認すること')).toBeTruthy();
    expect(draftBox().value).toContain('お手数ですが');
  });

  it('writes the message from the ticked questions, in the language chosen', () => {
    renderSection('en', EN_TEXT);
    expect(draftBox().value).toContain(q('budget')?.en);
    fireEvent.click(screen.getByTestId('question-budget'));
    expect(draftBox().value).not.toContain(q('budget')?.en);
    expect(draftBox().value).toContain(q('damagesCap')?.en);
    fireEvent.click(screen.getByTestId('questions-lang-ja'));
    expect(draftBox().value).toContain(q('damagesCap')?.ja);
    expect(draftBox().value).toContain('ご担当者様');
    expect(within(screen.getByTestId('questions-list')).getByText(q('damagesCap')?.ja ?? '')).toBeTruthy();
  });

  it('copies the message as edited, and says nothing was sent', async () => {
    const { copy } = renderSection('en', EN_TEXT);
    fireEvent.change(draftBox(), { target: { value: `${draftBox().value}\nMika` } });
    fireEvent.click(screen.getByTestId('questions-copy'));
    await waitFor(() => expect(screen.getByTestId('questions-status').textContent).toMatch(/Copied.*sends nothing/));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(copy.mock.calls[0]?.[0]).toMatch(/could you tell me[\s\S]*\nMika$/);
  });

  it('tells the user how to copy by hand when the browser refuses', async () => {
    const copy = vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    renderSection('ja', JA_TEXT, { copy });
    fireEvent.click(screen.getByTestId('questions-copy'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Ctrl\+C/);
  });

  it('hands the message to the decision as its hold note', () => {
    const { onUseAsNote } = renderSection('en', EN_TEXT);
    fireEvent.click(screen.getByTestId('questions-use-note'));
    expect(onUseAsNote).toHaveBeenCalledWith(draftBox().value);
    expect(screen.getByTestId('questions-status').textContent).toContain('follow-up on 2026-12-04');
  });

  it('passes a pasted reply on, and refuses an empty one', () => {
    const { addReply } = renderSection('en', EN_TEXT);
    fireEvent.click(screen.getByTestId('client-reply-read'));
    expect(screen.getByRole('alert').textContent).toBe('Paste the reply first.');
    fireEvent.change(screen.getByTestId('client-reply'), { target: { value: 'Budget is $2,000.' } });
    fireEvent.click(screen.getByTestId('client-reply-read'));
    expect(addReply).toHaveBeenCalledWith('Budget is $2,000.');
  });
});

describe('Screening with the questions', () => {
  it('re-reads the offer with the client’s reply, clears the answered questions and keeps the reply', async () => {
    const capture = captureOf(EN_TEXT, 'Mika Tanaka');
    const profile = createDefaultProfile();
    const saveDecision = vi.fn(async (d: Decision) => ({ ok: true as const, data: d }));
    const actions: ScreeningActions = { saveDecision, muteFlag: async () => ({ ok: true as const, data: null }) };
    renderIn(
      'en',
      <Screening
        actions={actions}
        capture={capture}
        profile={profile}
        analysis={analyzeOffer({ text: capture.text, kind: 'dm' }, profile)}
        existing={null}
      />,
    );
    const list = () => screen.getByTestId('questions-list');
    expect(within(list()).getByText(q('damagesCap')?.en ?? '')).toBeTruthy();
    expect(draftBox().value.split('\n')[0]).toBe('Hello Mika Tanaka,');
    expect(screen.getByTestId('overlay-budget').textContent).toMatch(/Not stated/);

    fireEvent.change(screen.getByTestId('client-reply'), {
      target: { value: 'Thanks! Our budget is $2,000 for the project. Liability is limited to the fees paid.' },
    });
    fireEvent.click(screen.getByTestId('client-reply-read'));

    await waitFor(() => expect(within(list()).queryByText(q('damagesCap')?.en ?? '')).toBeNull());
    expect(within(list()).queryByText(q('budget')?.en ?? '')).toBeNull();
    const answered = screen.getByTestId('questions-answered');
    expect(within(answered).getByText(q('damagesCap')?.en ?? '')).toBeTruthy();
    expect(within(answered).getByText(q('budget')?.en ?? '')).toBeTruthy();
    expect(screen.getByTestId('overlay-budget').textContent).toMatch(/2,000/);
    const damages = document.querySelector('li[data-flag="unlimitedDamages"]');
    expect(damages?.className ?? '').not.toMatch(/\bon\b/);

    fireEvent.change(screen.getByTestId('note'), { target: { value: 'Asked before deciding.' } });
    fireEvent.click(screen.getByTestId('questions-use-note'));
    expect((screen.getByTestId('note') as HTMLTextAreaElement).value).toMatch(
      /^Asked before deciding\.\n\nHello Mika Tanaka,/,
    );
    // Twice is once: the message is not added again.
    fireEvent.click(screen.getByTestId('questions-use-note'));
    expect((screen.getByTestId('note') as HTMLTextAreaElement).value.match(/Hello Mika Tanaka,/g)).toHaveLength(1);
    fireEvent.click(screen.getByTestId('decide-hold'));
    await waitFor(() => expect(saveDecision).toHaveBeenCalled());
    const saved = saveDecision.mock.calls[0]?.[0];
    expect(saved?.status).toBe('hold');
    expect(saved?.note).toMatch(/could you tell me/);
    expect(saved?.followUpAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(saved?.offer.text).toBe(EN_TEXT);
    expect(saved?.offer.budget).toMatchObject({ max: 2000, currency: 'USD' });
    expect(saved?.replies.map((r) => r.text)).toEqual([
      'Thanks! Our budget is $2,000 for the project. Liability is limited to the fees paid.',
    ]);
    expect(saved?.checklist.liability.unlimitedDamages?.value).toBe(false);
  });
});

describe('ClientRepliesView', () => {
  it('shows each reply kept with a decision in full, in the journal', () => {
    const text = 'ご予算は8万円です。\n損害賠償の額は本契約の委託料を上限とします。';
    renderIn('ja', <ClientRepliesView replies={[{ text, receivedAt: '2026-12-01T10:00:00.000Z' }]} />);
    expect(screen.getByText('クライアントからの返信')).toBeTruthy();
    expect(screen.getByTestId('decision-replies').textContent).toContain(
      '損害賠償の額は本契約の委託料を上限とします。',
    );
  });

  it('shows nothing for a decision without replies', () => {
    renderIn('en', <ClientRepliesView replies={[]} />);
    expect(screen.queryByTestId('decision-replies')).toBeNull();
  });
});
