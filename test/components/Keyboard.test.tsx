// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionForm } from '../../components/DecisionForm';
import { JournalList } from '../../components/JournalList';
import { useJournalKeys } from '../../components/keyboard';
import { toRow } from '../../utils/journal/query';
import { makeDecision } from '../utils/fixtures';
import { renderIn } from './render';

afterEach(cleanup);

const rows = ['Logo for a bakery', 'Shopify theme', 'Translation of a manual'].map((title, i) =>
  toRow(makeDecision({ id: `d-${i}`, offer: { ...makeDecision().offer, title } })),
);

/** The side panel's wiring of the journal keys, around the real list and a search box. */
function KeyedJournal({ onOpen }: { onOpen: (id: string) => void }) {
  const search = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [request, setRequest] = useState<{ index: number; seq: number } | null>(null);
  const focusRow = (index: number) => {
    setActive(index);
    setRequest((r) => ({ index, seq: (r?.seq ?? 0) + 1 }));
  };
  useJournalKeys({
    list: open === null,
    onSearch: () => search.current?.focus(),
    onMove: (delta) => focusRow(active < 0 ? 0 : Math.max(0, Math.min(rows.length - 1, active + delta))),
    onBack: () => {
      if (open === null) return false;
      setOpen(null);
      focusRow(active);
      return true;
    },
    onHelp: () => undefined,
  });
  return open ? (
    <p data-testid="detail">{open}</p>
  ) : (
    <>
      <input type="search" ref={search} data-testid="search" />
      <JournalList
        rows={rows}
        today="2026-11-20"
        onOpen={(id) => {
          onOpen(id);
          setOpen(id);
        }}
        focusRequest={request}
        onRowFocus={setActive}
      />
    </>
  );
}

const press = (key: string, target: Element = document.activeElement ?? document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });
const focusedTitle = () => document.activeElement?.querySelector('[data-testid="journal-item-title"]')?.textContent;

describe('journal keys', () => {
  it('focuses search with /, and leaves letters typed there to the search', async () => {
    renderIn('en', <KeyedJournal onOpen={vi.fn()} />);
    press('/');
    expect(document.activeElement).toBe(screen.getByTestId('search'));
    press('j');
    expect(document.activeElement).toBe(screen.getByTestId('search'));
    press('Escape');
    expect(document.activeElement).not.toBe(screen.getByTestId('search'));
  });

  it('moves with j/k and the arrows, opens with Enter, and comes back to the same row with Esc', async () => {
    const onOpen = vi.fn();
    renderIn('en', <KeyedJournal onOpen={onOpen} />);
    press('j');
    await waitFor(() => expect(focusedTitle()).toBe('Logo for a bakery'));
    press('ArrowDown');
    await waitFor(() => expect(focusedTitle()).toBe('Shopify theme'));
    press('j');
    press('j');
    await waitFor(() => expect(focusedTitle()).toBe('Translation of a manual'));
    press('k');
    await waitFor(() => expect(focusedTitle()).toBe('Shopify theme'));
    // Enter on a focused row is the button's own click.
    fireEvent.click(document.activeElement as Element);
    expect(onOpen).toHaveBeenCalledWith('d-1');
    expect(screen.getByTestId('detail').textContent).toBe('d-1');
    press('Escape', document.body);
    await waitFor(() => expect(focusedTitle()).toBe('Shopify theme'));
  });
});

describe('decision keys', () => {
  function renderForm() {
    const onDecide = vi.fn();
    renderIn(
      'ja',
      <DecisionForm
        note=""
        followUpAt="2026-11-23"
        reasons={[]}
        busy={false}
        onNote={vi.fn()}
        onFollowUp={vi.fn()}
        onReasons={vi.fn()}
        onDecide={onDecide}
      />,
    );
    return onDecide;
  }

  it.each([
    ['a', 'decide-accepted'],
    ['d', 'decide-declined'],
    ['h', 'decide-hold'],
    ['f', 'followup-date'],
  ])('%s moves the focus to %s without deciding anything', (key, testId) => {
    const onDecide = renderForm();
    press(key, document.body);
    expect(document.activeElement).toBe(screen.getByTestId(testId));
    expect(onDecide).not.toHaveBeenCalled();
  });

  it('leaves letters typed into the note alone', () => {
    renderForm();
    const note = screen.getByTestId('note');
    note.focus();
    press('a', note);
    expect(document.activeElement).toBe(note);
  });

  it('lists its keys behind ?, in Japanese, and Esc closes only that list', () => {
    renderForm();
    const outer = vi.fn();
    window.addEventListener('keydown', outer);
    press('?', document.body);
    const list = screen.getByTestId('decision-keys');
    expect(list.textContent).toContain('「受ける」へ移動');
    expect(list.textContent).toContain('再確認日へ移動');
    // Outside the overlay, Esc does not close anything the form sits in.
    expect(list.textContent).not.toContain('チェックリストを閉じる');
    press('Escape', document.body);
    expect(screen.queryByTestId('decision-keys')).toBeNull();
    expect(outer.mock.calls.filter(([e]) => (e as KeyboardEvent).key === 'Escape')).toHaveLength(0);
    window.removeEventListener('keydown', outer);
  });
});
