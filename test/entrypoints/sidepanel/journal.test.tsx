// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { closeJournal, getDecision, openJournal, putDecisions, saveProfile, setMeta } from '../../../utils/db';
import type { Decision } from '../../../utils/schema/decision';
import { createDefaultProfile } from '../../../utils/schema/profile';
import { makeDecision } from '../../utils/fixtures';

// The side panel against a real (fake-indexeddb) journal: what the user sees after each step.

const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString();
const numbered = (i: number, extra: Partial<Decision> = {}) =>
  makeDecision({
    id: `d-${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    offer: { ...makeDecision().offer, key: `key-${i}`, title: `Offer ${i}` },
    ...extra,
  });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

beforeEach(async () => {
  await closeJournal();
  globalThis.indexedDB = new IDBFactory();
  location.hash = '';
  await saveProfile({ ...createDefaultProfile(), uiLanguage: 'en' });
});
afterEach(async () => {
  cleanup();
  await closeJournal();
});

const shownLine = () => screen.getByTestId('journal-shown').textContent;
const items = () => screen.queryAllByTestId('journal-item');
const statusOf = (title: string) =>
  items()
    .find((item) => item.textContent?.includes(title))
    ?.getAttribute('data-status');

describe('side panel journal', () => {
  it('shows the newest decisions first and counts the whole journal once it is read', async () => {
    // More than the first screenful, so the full read comes after the first screen.
    await putDecisions(range(45).map((i) => numbered(i)));
    render(<App />);
    await waitFor(() => expect(shownLine()).toBe('45 of 45'), { timeout: 5000 });
    expect(screen.getByText('45 recorded')).toBeTruthy();
    expect(items()[0]?.textContent).toContain('Offer 44');
    expect(items()[1]?.textContent).toContain('Offer 43');
  });

  it('saves a status edit, and brings a deleted decision back with undo', async () => {
    await putDecisions([numbered(1, { status: 'accepted' }), numbered(2, { status: 'accepted' })]);
    render(<App />);
    await waitFor(() => expect(shownLine()).toBe('2 of 2'));

    fireEvent.click(screen.getByText('Offer 1'));
    fireEvent.change(await screen.findByTestId('status-select'), { target: { value: 'declined' } });
    fireEvent.click(screen.getByTestId('save-edit'));
    expect((await screen.findByRole('status')).textContent).toContain('Saved to your journal.');
    await waitFor(async () => expect((await getDecision('d-1'))?.status).toBe('declined'));
    fireEvent.click(screen.getByText('← Back'));
    await waitFor(() => expect(statusOf('Offer 1')).toBe('declined'));

    fireEvent.click(screen.getByText('Offer 1'));
    fireEvent.click(await screen.findByTestId('delete-decision'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Decision deleted.'));
    await waitFor(() => expect(shownLine()).toBe('1 of 1'));
    expect(statusOf('Offer 1')).toBeUndefined();

    fireEvent.click(screen.getByTestId('undo-delete'));
    await waitFor(() => expect(shownLine()).toBe('2 of 2'));
    // The decision comes back as it was deleted: with the edit.
    expect(statusOf('Offer 1')).toBe('declined');
    expect(screen.queryByTestId('undo-delete')).toBeNull();
  });

  it('gives the ticked decisions one status and says how many changed', async () => {
    await putDecisions([1, 2, 3].map((i) => numbered(i, { status: 'accepted' })));
    render(<App />);
    await waitFor(() => expect(shownLine()).toBe('3 of 3'));
    expect(screen.queryByTestId('bulk-bar')).toBeNull();

    fireEvent.click(screen.getByLabelText('Select “Offer 1”'));
    fireEvent.click(screen.getByLabelText('Select “Offer 3”'));
    const bar = screen.getByTestId('bulk-bar');
    expect(within(bar).getByText('2 selected')).toBeTruthy();
    fireEvent.change(within(bar).getByTestId('bulk-status'), { target: { value: 'declined' } });
    fireEvent.click(within(bar).getByTestId('bulk-apply'));

    expect((await screen.findByRole('status')).textContent).toContain('Changed the status of 2 decisions.');
    await waitFor(() => expect(statusOf('Offer 1')).toBe('declined'));
    expect(statusOf('Offer 3')).toBe('declined');
    expect(statusOf('Offer 2')).toBe('accepted');
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
  });

  it('says the disk is full when a bulk change cannot be written, and keeps the selection', async () => {
    await putDecisions([1, 2].map((i) => numbered(i, { status: 'accepted' })));
    render(<App />);
    await waitFor(() => expect(shownLine()).toBe('2 of 2'));
    // Every write from here on fails as a full disk does.
    const db = await openJournal();
    const realTransaction = db.transaction.bind(db);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<typeof db.transaction>) => {
      const tx = realTransaction(...args);
      if (args[1] === 'readwrite') (tx.store as unknown as { put: unknown }).put = () => Promise.reject(quota);
      return tx;
    }) as typeof db.transaction);

    fireEvent.click(screen.getByLabelText('Select “Offer 1”'));
    fireEvent.click(within(screen.getByTestId('bulk-bar')).getByTestId('bulk-apply'));

    expect((await screen.findByRole('alert')).textContent).toContain('Your browser has no room left for the journal.');
    expect(within(screen.getByTestId('bulk-bar')).getByText('1 selected')).toBeTruthy();
    expect(statusOf('Offer 1')).toBe('accepted');
    expect((await getDecision('d-1'))?.status).toBe('accepted');
  });

  it.each([
    // decisions, last export (index of the decision it came after), reminder shown
    [20, null, true],
    [19, null, false],
    [30, 9, true],
    [30, 10, false],
  ])('%i decisions, last export after decision %s: reminder shown %s', async (count, exportedAfter, shown) => {
    await putDecisions(range(count).map((i) => numbered(i)));
    if (exportedAfter !== null) await setMeta('last-export-at', at(exportedAfter));
    render(<App />);
    await waitFor(() => expect(shownLine()).toBe(`${count} of ${count}`));
    // The reminder counts the decisions changed since that export.
    const unexported = exportedAfter === null ? count : count - 1 - exportedAfter;
    if (shown) {
      expect((await screen.findByTestId('export-reminder')).textContent).toContain(
        `You have ${unexported} decisions not in any export yet.`,
      );
    } else {
      // Give the last-export read time to land before asserting absence.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.queryByTestId('export-reminder')).toBeNull();
    }
  });
});
