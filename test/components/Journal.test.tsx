// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecidedBanner } from '../../components/DecidedBanner';
import { DecisionDetail } from '../../components/DecisionDetail';
import { DecisionForm } from '../../components/DecisionForm';
import { JournalList } from '../../components/JournalList';
import { makeDecision } from '../utils/fixtures';
import { renderIn } from './render';

afterEach(cleanup);

describe('JournalList', () => {
  it('lists title, site, client, status and note for each decision', () => {
    const decisions = [
      makeDecision(),
      makeDecision({
        id: 'd-2',
        status: 'hold',
        followUpAt: '2026-11-25',
        note: '',
        offer: { ...makeDecision().offer, title: 'Shopify theme' },
      }),
    ];
    renderIn('en', <JournalList decisions={decisions} onOpen={() => undefined} />);
    const items = screen.getAllByTestId('journal-item');
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['accepted', 'hold']);
    expect(items[0]?.textContent).toContain('ECサイトの商品ページ制作');
    expect(items[0]?.textContent).toContain('lancers');
    expect(items[0]?.textContent).toContain('株式会社サンプル');
    expect(items[0]?.textContent).toContain('Good client');
    expect(items[1]?.textContent).toContain('follow up on 2026-11-25');
  });

  it('says how to start when the journal is empty, in Japanese', () => {
    renderIn('ja', <JournalList decisions={[]} onOpen={() => undefined} />);
    expect(screen.getByText(/まだ記録がありません/)).toBeTruthy();
  });
});

describe('DecisionDetail', () => {
  it('edits status and note and saves them', () => {
    const onSave = vi.fn();
    renderIn(
      'en',
      <DecisionDetail decision={makeDecision()} mutedFlags={[]} onBack={vi.fn()} onSave={onSave} onDelete={vi.fn()} />,
    );
    fireEvent.change(screen.getByTestId('status-select'), { target: { value: 'declined' } });
    fireEvent.change(screen.getByTestId('note-input'), { target: { value: 'Changed my mind: no cap on damages ' } });
    fireEvent.click(screen.getByTestId('save-edit'));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'd-1',
        status: 'declined',
        note: 'Changed my mind: no cap on damages',
        followUpAt: null,
      }),
    );
  });

  it('will not put an offer on hold without a follow-up date', () => {
    const onSave = vi.fn();
    renderIn(
      'en',
      <DecisionDetail decision={makeDecision()} mutedFlags={[]} onBack={vi.fn()} onSave={onSave} onDelete={vi.fn()} />,
    );
    fireEvent.change(screen.getByTestId('status-select'), { target: { value: 'hold' } });
    expect((screen.getByTestId('save-edit') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Choose a follow-up date to put the offer on hold.')).toBeTruthy();
  });
});

describe('DecisionForm and DecidedBanner', () => {
  it('records each status from its button', () => {
    const onDecide = vi.fn();
    renderIn(
      'en',
      <DecisionForm
        note=""
        followUpAt="2026-11-25"
        busy={false}
        onNote={vi.fn()}
        onFollowUp={vi.fn()}
        onDecide={onDecide}
      />,
    );
    fireEvent.click(screen.getByTestId('decide-accepted'));
    fireEvent.click(screen.getByTestId('decide-declined'));
    fireEvent.click(screen.getByTestId('decide-hold'));
    expect(onDecide.mock.calls.map((c) => c[0])).toEqual(['accepted', 'declined', 'hold']);
  });

  it('disables the buttons while saving so one click records one decision', () => {
    renderIn(
      'en',
      <DecisionForm note="" followUpAt="" busy onNote={vi.fn()} onFollowUp={vi.fn()} onDecide={vi.fn()} />,
    );
    expect((screen.getByTestId('decide-accepted') as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    ['en', 'Decided on 2026-11-20: Accepted'],
    ['ja', '2026-11-20 に決定: 受ける'],
  ] as const)('shows when and how an offer was decided (%s)', (locale, text) => {
    renderIn(locale, <DecidedBanner decision={makeDecision({ updatedAt: '2026-11-20T09:05:00' })} />);
    expect(screen.getByTestId('decided-banner').textContent).toBe(text);
  });
});
