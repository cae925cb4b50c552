// Issue 5 end to end, in real Chromium with the built extension: a journal of ten thousand decisions
// searches and filters in the side panel, and due follow-ups produce a notification.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, waitForText } from './harness.mjs';
import { seed } from './seed.mjs';

const TOTAL = 10_000;
const DAY = 24 * 3600 * 1000;

describe('a journal of ten thousand decisions', () => {
  let harness;
  let panel;
  before(async () => {
    harness = await launchBrowser({ locale: 'en' });
    // Opening the journal once creates the database with its indexes; then it is filled directly.
    panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('export-button').waitFor();
    assert.equal(await panel.evaluate(seed, { count: TOTAL, now: Date.now(), day: DAY }), TOTAL);
    await panel.reload();
  });
  after(async () => {
    await harness?.close();
  });

  it('lists them, with only the rows in view in the page', async () => {
    const shown = panel.getByTestId('journal-shown');
    await waitForText(shown, new RegExp(`^${TOTAL} of ${TOTAL}`));
    const rendered = await panel.getByTestId('journal-item').count();
    assert.ok(rendered > 3 && rendered < 80, `${rendered} rows in the DOM`);
    // Due follow-ups come first.
    assert.match(await panel.getByTestId('journal-item').first().textContent(), /Due/);
    await harness.screenshot(panel, 'sidepanel-en-10k');
  });

  it('finds one decision by a word of its offer text, and filters by status and tag', async () => {
    const shown = panel.getByTestId('journal-shown');
    await panel.getByTestId('journal-search').fill('unicorn-zebra');
    await waitForText(shown, new RegExp(`^1 of ${TOTAL}`));
    assert.match(await panel.getByTestId('journal-item').first().textContent(), /Zebracorn mascot/);

    await panel.getByTestId('journal-search').fill('');
    await panel.locator('summary').first().click();
    await panel.getByTestId('filter-status').selectOption('hold');
    const holds = Math.ceil((TOTAL - 2) / 3);
    await waitForText(shown, new RegExp(`^${holds} of ${TOTAL}`));
    await panel.getByTestId('filter-tag').selectOption('repeat');
    // Every fifth decision is tagged; of those, every third is a hold: i ≡ 0 (mod 5) and i ≡ 2 (mod 3).
    const tagged = Array.from({ length: TOTAL }, (_, i) => i).filter((i) => i % 5 === 0 && i % 3 === 2).length;
    await waitForText(shown, new RegExp(`^${tagged} of ${TOTAL}`));
  });

  it('snoozes a due follow-up, and the decision’s history shows both dates', async () => {
    await panel.reload();
    await waitForText(panel.getByTestId('journal-shown'), new RegExp(`^${TOTAL} of ${TOTAL}`));
    // Due follow-ups come first: the top row is an overdue hold.
    await panel.getByTestId('journal-item').first().click();
    const history = panel.getByTestId('decision-history');
    await history.waitFor({ timeout: 10_000 });
    const before = await history.locator('li').allTextContents();
    assert.equal(before.length, 1);
    await panel.getByTestId('snooze-3').click();
    await waitForText(panel.locator('.notice'), /Saved/);
    await waitForText(history, /follow up on .*follow up on /s);
    const after = await history.locator('li').allTextContents();
    assert.equal(after.length, 2);
    assert.equal(after[0], before[0]);
    const snoozedTo = after[1].match(/follow up on (\S+)/)[1];
    assert.notEqual(snoozedTo, after[0].match(/follow up on (\S+)/)[1]);
    // The form shows the new date too, so a later Save keeps the snooze.
    assert.equal(await panel.getByTestId('followup-date').inputValue(), snoozedTo);
    await harness.screenshot(panel, 'sidepanel-en-history');
    await panel.getByRole('button', { name: '← Back' }).click();
  });

  it('shows insights over the journal', async () => {
    // Insights describe the current view: start from the unfiltered journal.
    await panel.reload();
    await waitForText(panel.getByTestId('journal-shown'), new RegExp(`^${TOTAL} of ${TOTAL}`));
    await panel.getByTestId('insights-toggle').click();
    const insights = panel.getByTestId('insights');
    await insights.waitFor({ timeout: 10_000 });
    // A third of the seeded decisions are accepted and a third declined: a 50% accept rate.
    assert.match(await insights.textContent(), /accepted 50%/);
    // The reasons picked when declining, most common first.
    assert.match(await insights.textContent(), /Most common reasons for declining.*Pay too low/s);
    await harness.screenshot(panel, 'sidepanel-en-insights');
    await panel.getByTestId('insights-toggle').click();
  });

  it('lists the offers declined for one reason', async () => {
    await panel.locator('.filter-menu summary').click();
    await panel.getByTestId('filter-reason').selectOption('rate');
    // Declined: i ≡ 1 (mod 3); for pay: i ≡ 0 (mod 5), as the seed assigns reasons.
    const expected = Array.from({ length: TOTAL }, (_, i) => i).filter((i) => i % 3 === 1 && i % 5 === 0).length;
    await waitForText(panel.getByTestId('journal-shown'), new RegExp(`^${expected} of ${TOTAL}`));
    assert.match(await panel.getByTestId('journal-item').first().textContent(), /Pay too low/);
    await panel.getByTestId('filter-reason').selectOption('all');
  });

  it('reminds of due follow-ups with a notification', async () => {
    const worker = await harness.serviceWorker();
    const ids = await worker.evaluate(async () => {
      await chrome.notifications
        .getAll()
        .then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id))));
      await chrome.alarms.create('follow-ups', { when: Date.now() + 100 });
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const all = await chrome.notifications.getAll();
        const ids = Object.keys(all).filter((id) => id.startsWith('follow-up:'));
        if (ids.length) return ids;
        await new Promise((r) => setTimeout(r, 200));
      }
      return [];
    });
    // Thirty-three holds are overdue, more than the three shown one by one: one summary.
    assert.deepEqual(ids, ['follow-up:many']);
  });
});
