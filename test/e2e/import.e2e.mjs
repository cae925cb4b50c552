// Issue 5 end to end: export → wipe → import restores the journal; a hostile file changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import resumeSchema from '@jsonresume/schema';
import { launchBrowser, waitForText } from './harness.mjs';
import { seed } from './seed.mjs';

const COUNT = 30;

const shownText = (panel, pattern) => waitForText(panel.getByTestId('journal-shown'), pattern);

describe('export and import of the portfolio log', () => {
  let harness;
  let panel;
  before(async () => {
    harness = await launchBrowser({ locale: 'en' });
    panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('export-button').waitFor();
    await panel.evaluate(seed, { count: COUNT, now: Date.now(), day: 24 * 3600 * 1000 });
    await panel.reload();
    await shownText(panel, new RegExp(`^${COUNT} of ${COUNT}`));
  });
  after(async () => {
    await harness?.close();
  });

  it('restores every decision after the journal is wiped', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-button').click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(exported.decisions.length, COUNT);

    await panel.evaluate(
      () =>
        new Promise((ok, fail) => {
          const request = indexedDB.open('gig-screener');
          request.onsuccess = () => {
            const tx = request.result.transaction('decisions', 'readwrite');
            tx.objectStore('decisions').clear();
            tx.oncomplete = () => ok(null);
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await panel.reload();
    await panel.getByText(/No decisions yet/).waitFor({ timeout: 10_000 });

    await panel.getByTestId('import-file').setInputFiles(file);
    await panel.getByTestId('import-preview').waitFor({ timeout: 10_000 });
    assert.match(await panel.getByTestId('import-added').textContent(), new RegExp(`^${COUNT} new`));
    assert.match(await panel.getByTestId('import-invalid').textContent(), /^0 /);
    await harness.screenshot(panel, 'sidepanel-en-import-preview');
    await panel.getByTestId('import-apply').click();
    await shownText(panel, new RegExp(`^${COUNT} of ${COUNT}`));
    const back = await harness.readDecisions();
    const byId = (list) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(byId(back), byId(exported.decisions));
  });

  it('an export holds a change made a moment earlier in another page, and still holds it later', async () => {
    const other = await harness.openExtensionPage('options.html');
    // Another page saves a new note on one decision and announces it, as the journal's writes do.
    await other.evaluate(
      () =>
        new Promise((ok, fail) => {
          const request = indexedDB.open('gig-screener');
          request.onsuccess = () => {
            const tx = request.result.transaction('decisions', 'readwrite');
            const store = tx.objectStore('decisions');
            const get = store.get('seed-3');
            get.onsuccess = () => store.put({ ...get.result, note: 'changed a moment ago' });
            tx.oncomplete = () => {
              new BroadcastChannel('gig-screener:journal').postMessage('changed');
              ok(null);
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await other.close();
    const noteIn = async () => {
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByTestId('export-button').click(),
      ]);
      const log = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.equal(log.decisions.length, COUNT);
      return log.decisions.find((d) => d.id === 'seed-3').note;
    };
    assert.equal(await noteIn(), 'changed a moment ago');
    // Later, from the lines the panel prepared in idle time after reloading.
    await panel.waitForTimeout(1500);
    assert.equal(await noteIn(), 'changed a moment ago');
  });

  it('exports the current view as CSV', async () => {
    await panel.getByTestId('journal-search').fill('number 1');
    const shown = Number((await shownText(panel, new RegExp(`^(?!${COUNT} )\\d+ of ${COUNT}`))).match(/^\d+/)[0]);
    assert.ok(shown > 0 && shown < COUNT);
    await panel.getByTestId('export-view').locator('summary').click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
    assert.match(download.suggestedFilename(), /^gig-screener-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.match(lines[0], /^decided,status,site,title/);
    // Exactly the decisions in view, one row each.
    assert.equal(lines.length - 1, shown);
    await panel.getByTestId('journal-search').fill('');
  });

  it('exports the current view as a portfolio log, and its delivered work as a valid JSON Resume', async () => {
    // Record a delivery on one accepted decision, as the user does under "Outcome".
    await panel.getByTestId('journal-search').fill('Offer number 3:');
    await panel.getByTestId('journal-item').filter({ hasText: 'Offer number 3:' }).click();
    const form = panel.getByTestId('outcome-form');
    await form.getByLabel('Started').fill('2026-10-01');
    await form.getByLabel('Delivered').fill('2026-10-20');
    await form.getByLabel('Link (work or review)').fill('https://example.com/case/banners');
    await form.getByLabel('Testimonial').fill('Delivered early, clean files.');
    await panel.getByTestId('save-edit').click();
    await waitForText(panel.locator('.notice'), /Saved/);
    await panel.getByRole('button', { name: '← Back' }).click();
    await panel.getByTestId('journal-search').waitFor();

    await panel.getByTestId('journal-search').fill('number 3');
    const shown = Number((await shownText(panel, new RegExp(`^(?!${COUNT} )\\d+ of ${COUNT}`))).match(/^\d+/)[0]);
    const menu = panel.getByTestId('export-view');
    await menu.locator('summary').click();
    await harness.screenshot(panel, 'sidepanel-en-export-menu');
    const [viewFile] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-view-json').click(),
    ]);
    const viewLog = JSON.parse(readFileSync(await viewFile.path(), 'utf8'));
    assert.equal(viewLog.format, 'gig-screener.portfolio-log');
    assert.equal(viewLog.decisions.length, shown);
    assert.ok(shown < COUNT);
    assert.ok(viewLog.decisions.some((d) => d.id === 'seed-3'));

    assert.equal(await menu.evaluate((el) => el.open), false, 'the menu closes once a format is picked');
    await menu.locator('summary').click();
    const [resumeFile] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-resume').click(),
    ]);
    assert.match(resumeFile.suggestedFilename(), /^gig-screener-resume-\d{4}-\d{2}-\d{2}\.json$/);
    const resume = JSON.parse(readFileSync(await resumeFile.path(), 'utf8'));
    let errors = null;
    resumeSchema.validate(resume, (err) => {
      errors = err;
    });
    assert.equal(errors, null);
    assert.deepEqual(
      resume.projects.map((p) => [p.name, p.startDate, p.endDate, p.url, p.highlights]),
      [
        [
          'Offer number 3: landing page and banners',
          '2026-10-01',
          '2026-10-20',
          'https://example.com/case/banners',
          ['Delivered early, clean files.'],
        ],
      ],
    );
    await waitForText(panel.locator('.notice'), /Saved 1 delivered projects/);
    await panel.getByTestId('journal-search').fill('');
  });

  it('refuses a hostile file with a message and changes nothing', async () => {
    const before = await harness.readDecisions();
    await panel.getByTestId('import-file').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"gig-screener.portfolio-log","schemaVersion":1,"__proto__":{"polluted":true},"decisions":[]}',
      ),
    });
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    assert.match(await alert.textContent(), /tamper/);
    assert.equal(await panel.evaluate(() => ({}).polluted), undefined);
    assert.deepEqual(await harness.readDecisions(), before);
  });
});
