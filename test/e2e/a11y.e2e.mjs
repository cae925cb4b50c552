// Issue 5: axe-core on the overlay, the side panel and the options page, in English and Japanese: no
// serious or critical violations. Each screen is checked in the states a user sees (the list with its
// menus and insights open, a decision with its outcome form, the paste form, the checklist on an offer
// and on a DM).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { report, seriousViolations } from './axe.mjs';
import { launchBrowser, loadSiteFixtures } from './harness.mjs';
import { seed } from './seed.mjs';

const fixtures = loadSiteFixtures();
const offers = [fixtures.find((f) => f.site === 'lancers'), fixtures.find((f) => f.site === 'linkedin-messaging')];

for (const locale of ['en', 'ja']) {
  describe(`accessibility (${locale})`, () => {
    let harness;
    before(async () => {
      harness = await launchBrowser({ pages: fixtures, locale });
    });
    after(async () => {
      await harness?.close();
    });

    it('the checklist overlay, on a job post and on a DM', async () => {
      for (const offer of offers) {
        const page = await harness.openPage(offer.url);
        await harness.launcher(page).click();
        const frame = await harness.overlayFrame(page);
        await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
        assert.deepEqual(report(await seriousViolations(frame)), [], `overlay on ${offer.site}`);
        await harness.screenshot(page, `a11y-${locale}-overlay-${offer.site}`);
        await page.close();
      }
    });

    it('the side panel: journal, menus, insights, a decision, the paste form', async () => {
      const panel = await harness.openExtensionPage('sidepanel.html');
      await panel.getByTestId('export-button').waitFor();
      await panel.evaluate(seed, { count: 40, now: Date.now(), day: 24 * 3600 * 1000 });
      await panel.reload();
      await panel.getByTestId('journal-item').first().waitFor();
      assert.deepEqual(report(await seriousViolations(panel)), [], 'journal list');

      await panel.locator('.filter-menu summary').click();
      await panel.getByTestId('insights-toggle').click();
      await panel.getByTestId('export-view').locator('summary').click();
      await panel.locator('.row-select').first().check();
      assert.deepEqual(report(await seriousViolations(panel)), [], 'filters, insights, export menu, bulk bar');
      await harness.screenshot(panel, `a11y-${locale}-sidepanel-menus`);

      await panel.keyboard.press('Escape');
      await panel.getByTestId('journal-item').first().click();
      await panel.getByTestId('status-select').selectOption('accepted');
      await panel.getByTestId('outcome-form').waitFor();
      assert.deepEqual(report(await seriousViolations(panel)), [], 'decision with outcome form');
      await harness.screenshot(panel, `a11y-${locale}-sidepanel-outcome`);

      await panel.getByTestId('paste-open').click();
      await panel.locator('.paste-form').waitFor();
      assert.deepEqual(report(await seriousViolations(panel)), [], 'paste form');
      await panel.close();
    });

    it('the options page, with a skill, a community and a contact being edited', async () => {
      const options = await harness.openExtensionPage('options.html');
      await options.getByTestId('skill-input').fill('Figma');
      await options.getByTestId('skill-input').press('Enter');
      await options.getByTestId('add-contact').click();
      assert.deepEqual(report(await seriousViolations(options)), [], 'options');
      await harness.screenshot(options, `a11y-${locale}-options`);
      await options.close();
    });
  });
}
