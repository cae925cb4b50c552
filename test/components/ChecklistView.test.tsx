// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView } from '../../components/ChecklistView';
import type { Checklist } from '../../utils/schema/checklist';
import { makeChecklist } from '../utils/fixtures';
import { renderIn } from './render';

afterEach(cleanup);

function Editable({ onQuote, spy }: { onQuote?: (q: string) => void; spy?: (c: Checklist) => void }) {
  const [checklist, setChecklist] = useState(makeChecklist());
  return (
    <ChecklistView
      checklist={checklist}
      onChange={(next) => {
        spy?.(next);
        setChecklist(next);
      }}
      onQuote={onQuote}
    />
  );
}

describe('ChecklistView', () => {
  it('shows the four sections with their pre-filled answers and quotes, in English', () => {
    renderIn('en', <Editable />);
    for (const id of ['communityTie', 'skillMatch', 'remote', 'liability']) {
      expect(screen.getByTestId(`section-${id}`)).toBeTruthy();
    }
    expect(screen.getByText('Community tie')).toBeTruthy();
    expect((screen.getByLabelText('Platform only') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Fully remote') as HTMLInputElement).checked).toBe(true);
    const quotes = screen.getAllByTestId('evidence-quote').map((q) => q.textContent?.replace(/[“”]/g, ''));
    expect(quotes).toContain('一切の損害を賠償');
    expect(quotes).toContain('フルリモート');
    expect(within(screen.getByTestId('skills-missing')).getByText(/shopify/)).toBeTruthy();
  });

  it('shows the same checklist in Japanese', () => {
    renderIn('ja', <Editable />);
    expect(screen.getByText('つながり')).toBeTruthy();
    expect(screen.getByText('スキルの一致')).toBeTruthy();
    expect(screen.getByText('リモート可否')).toBeTruthy();
    expect(screen.getByText('責任とリスク')).toBeTruthy();
    expect(screen.getByText('上限のない損害賠償・補償')).toBeTruthy();
  });

  it('lets the user correct an answer, marks it as theirs, and can go back to the suggestion', () => {
    const spy = vi.fn();
    renderIn('en', <Editable spy={spy} />);
    fireEvent.click(screen.getByLabelText('Referral'));
    expect(spy.mock.lastCall?.[0].communityTie).toMatchObject({ value: 'referral', source: 'user' });
    const section = screen.getByTestId('section-communityTie');
    expect(within(section).getByText('Suggested: Platform only')).toBeTruthy();
    fireEvent.click(within(section).getByText('Use suggestion'));
    expect(spy.mock.lastCall?.[0].communityTie).toMatchObject({ value: 'platform', source: 'auto' });
  });

  it('moves a missing skill to matched on click and turns a flag off', () => {
    const spy = vi.fn();
    renderIn('en', <Editable spy={spy} />);
    fireEvent.click(within(screen.getByTestId('skills-missing')).getByRole('button'));
    expect(spy.mock.lastCall?.[0].skillMatch.value.matched).toEqual(['react', 'shopify']);
    const flag = screen.getByRole('switch', { name: /Uncapped damages/ });
    fireEvent.click(flag);
    expect(spy.mock.lastCall?.[0].liability.unlimitedDamages).toMatchObject({ value: false, source: 'user' });
  });

  it('asks the page to show a quote when it is clicked', () => {
    const onQuote = vi.fn();
    renderIn('en', <Editable onQuote={onQuote} />);
    fireEvent.click(screen.getByText('“フルリモート”'));
    expect(onQuote).toHaveBeenCalledWith('フルリモート');
  });

  it('is read-only without onChange (a decision shown in the journal)', () => {
    renderIn('en', <ChecklistView checklist={makeChecklist()} />);
    expect((screen.getByLabelText('Referral') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByPlaceholderText('Add a skill')).toBeNull();
  });
});
