// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecidedBanner } from '../../components/DecidedBanner';
import { DecisionDetail } from '../../components/DecisionDetail';
import { DecisionForm } from '../../components/DecisionForm';
import { I18nProvider } from '../../components/I18nProvider';
import { JournalFilters } from '../../components/JournalFilters';
import { JournalList } from '../../components/JournalList';
import { type JournalQuery, queryJournal, toRow } from '../../utils/journal/query';
import type { Decision } from '../../utils/schema/decision';
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
      makeDecision({ id: 'd-3', status: 'declined', declineReasons: ['rate', 'scam'] }),
    ];
    renderIn(
      'en',
      <JournalList rows={decisions.map(toRow)} today="2026-11-20" onOpen={() => undefined} empty={false} />,
    );
    const items = screen.getAllByTestId('journal-item');
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['accepted', 'hold', 'declined']);
    expect(items[2]?.textContent).toContain('Pay too low · Looks like a scam');
    expect(items[0]?.textContent).toContain('ECサイトの商品ページ制作');
    expect(items[0]?.textContent).toContain('lancers');
    expect(items[0]?.textContent).toContain('株式会社サンプル');
    expect(items[0]?.textContent).toContain('Good client');
    expect(items[1]?.textContent).toContain('follow up on 2026-11-25');
  });

  it('says how to start when the journal is empty, in Japanese', () => {
    renderIn('ja', <JournalList rows={[]} today="2026-11-20" onOpen={() => undefined} empty />);
    expect(screen.getByText(/まだ記録がありません/)).toBeTruthy();
  });

  it('marks a hold whose follow-up date has come as due, and lists it first', () => {
    const later = makeDecision({ id: 'later', createdAt: '2026-11-19T00:00:00.000Z' });
    const dueHold = makeDecision({
      id: 'due',
      status: 'hold',
      followUpAt: '2026-11-18',
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    const rows = queryJournal([later, dueHold].map(toRow), {}, '2026-11-20');
    renderIn('en', <JournalList rows={rows} today="2026-11-20" onOpen={() => undefined} />);
    const items = screen.getAllByTestId('journal-item');
    expect(items[0]?.textContent).toContain('Due');
    expect(items[1]?.textContent).not.toContain('Due');
  });

  it('renders only the rows in view, even for ten thousand decisions', () => {
    const base = makeDecision();
    const rows = Array.from({ length: 10_000 }, (_, i) => toRow({ ...base, id: `d-${i}` }));
    renderIn('en', <JournalList rows={rows} today="2026-11-20" onOpen={() => undefined} />);
    const rendered = screen.getAllByTestId('journal-item').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
  });

  it('offers a row checkbox for bulk changes', () => {
    const onToggle = vi.fn();
    renderIn(
      'en',
      <JournalList
        rows={[toRow(makeDecision())]}
        today="2026-11-20"
        onOpen={() => undefined}
        onToggle={onToggle}
        selected={new Set()}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox'));
    expect(onToggle).toHaveBeenCalledWith('d-1');
  });
});

describe('JournalFilters', () => {
  it('reports the search text and the chosen status', () => {
    let query: JournalQuery = {};
    const onChange = (next: JournalQuery) => {
      query = next;
    };
    renderIn('en', <JournalFilters query={{}} sites={['lancers']} tags={[]} onChange={onChange} />);
    fireEvent.change(screen.getByTestId('journal-search'), { target: { value: 'shopify' } });
    expect(query.text).toBe('shopify');
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'hold' } });
    expect(query.status).toBe('hold');
  });
});

describe('DecisionDetail', () => {
  it('snoozes a hold to a later follow-up date', () => {
    const onSave = vi.fn();
    const hold = makeDecision({ status: 'hold', followUpAt: '2026-11-01' });
    renderIn(
      'en',
      <DecisionDetail decision={hold} mutedFlags={[]} onBack={vi.fn()} onSave={onSave} onDelete={vi.fn()} />,
    );
    fireEvent.click(screen.getByTestId('snooze-7'));
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved.status).toBe('hold');
    expect(saved.followUpAt > '2026-11-01').toBe(true);
  });

  it('saves tags and the outcome of accepted work, and refuses a malformed currency in words', () => {
    const onSave = vi.fn();
    renderIn(
      'en',
      <DecisionDetail
        decision={makeDecision({ status: 'accepted', tags: [] })}
        mutedFlags={[]}
        onBack={vi.fn()}
        onSave={onSave}
        onDelete={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByTestId('tags-input'), { target: { value: '#writing, repeat-client, writing' } });
    fireEvent.change(screen.getByTestId('outcome-amount'), { target: { value: '50000' } });
    fireEvent.change(screen.getByPlaceholderText('JPY'), { target: { value: 'YE' } });
    fireEvent.click(screen.getByTestId('save-edit'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/currency/);
    fireEvent.change(screen.getByPlaceholderText('JPY'), { target: { value: 'jpy' } });
    fireEvent.click(screen.getByTestId('save-edit'));
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved.tags).toEqual(['writing', 'repeat-client']);
    expect(saved.outcome).toMatchObject({ amountPaid: 50000, currency: 'JPY' });
  });

  it('follows the stored decision until edited; then keeps the edits and says it changed elsewhere', () => {
    const first = makeDecision({ note: 'first' });
    const detail = (decision: Decision) => (
      <I18nProvider locale="en">
        <DecisionDetail decision={decision} mutedFlags={[]} onBack={vi.fn()} onSave={vi.fn()} onDelete={vi.fn()} />
      </I18nProvider>
    );
    const { rerender } = render(detail(first));
    const note = () => (screen.getByTestId('note-input') as HTMLTextAreaElement).value;
    // Saved elsewhere while untouched: the form shows the new copy.
    rerender(detail({ ...first, note: 'second', updatedAt: '2026-11-21T00:00:00.000Z' }));
    expect(note()).toBe('second');
    expect(screen.queryByTestId('changed-elsewhere')).toBeNull();
    // The user types; another save arrives: their text stays, and they are told.
    fireEvent.change(screen.getByTestId('note-input'), { target: { value: 'mine' } });
    rerender(detail({ ...first, note: 'third', updatedAt: '2026-11-22T00:00:00.000Z' }));
    expect(note()).toBe('mine');
    expect(screen.getByTestId('changed-elsewhere').textContent).toMatch(/changed in another window/);
  });

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
        reasons={[]}
        onReasons={vi.fn()}
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

  it('picks decline reasons in the list order, in Japanese', () => {
    const onReasons = vi.fn();
    renderIn(
      'ja',
      <DecisionForm
        note=""
        followUpAt=""
        reasons={['scam']}
        onReasons={onReasons}
        busy={false}
        onNote={vi.fn()}
        onFollowUp={vi.fn()}
        onDecide={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByLabelText('報酬が低い'));
    expect(onReasons).toHaveBeenLastCalledWith(['rate', 'scam']);
    fireEvent.click(screen.getByLabelText('詐欺の疑い'));
    expect(onReasons).toHaveBeenLastCalledWith([]);
  });

  it('disables the buttons while saving so one click records one decision', () => {
    renderIn(
      'en',
      <DecisionForm
        note=""
        followUpAt=""
        reasons={[]}
        onReasons={vi.fn()}
        busy
        onNote={vi.fn()}
        onFollowUp={vi.fn()}
        onDecide={vi.fn()}
      />,
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
