// Issue 4 end to end, in real Chromium with the built extension: offers that do not arrive as a job page
// the adapter reads on load. A pasted offer becomes a decision in the side panel; text selected on a page
// is screened on request; a single-page navigation to another offer updates the open checklist.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { launchBrowser, loadSiteFixtures } from './harness.mjs';

const fixtures = loadSiteFixtures();
const linkedin = fixtures.find((f) => f.site === 'linkedin');
// Two more LinkedIn job URLs showing the same fixture, for the per-site memory of the open checklist.
const moreLinkedin = linkedin
  ? ['4011111111', '4022222222'].map((id) => ({ ...linkedin, url: `https://www.linkedin.com/jobs/view/${id}/` }))
  : [];
const overlayOpen = (page) => page.frames().some((f) => f.url().includes('/overlay.html'));

async function waitFor(check, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const locale of ['en', 'ja']) {
  describe(`offers from other sources (${locale})`, () => {
    let harness;
    before(async () => {
      harness = await launchBrowser({ pages: [...fixtures, ...moreLinkedin], locale });
    });
    after(async () => {
      await harness?.close();
    });
    afterEach(() => {
      harness?.assertNoUnroutedRequests();
    });

    it('screens a pasted offer in the side panel and records the decision', async () => {
      const panel = await harness.openExtensionPage('sidepanel.html');
      await panel.getByTestId('paste-open').click();
      // Submitting nothing is refused with a message, not a blank checklist.
      await panel.getByTestId('paste-submit').click();
      assert.equal(await panel.getByRole('alert').count(), 1);

      const text = [
        'Hi! I found you in the Tokyo Indie Devs Discord.',
        'We need a React + TypeScript developer to build a booking widget, fully remote, about 10 hours a week.',
        'Budget: $40/hour. Please sign our NDA before we share the designs.',
      ].join('\n');
      await panel.getByTestId('paste-text').fill(text);
      await panel.getByTestId('paste-sender').fill('Mika Tanaka <mika@example.org>');
      await panel.getByTestId('paste-submit').click();

      const screening = panel.getByTestId('pasted-screening');
      await screening.waitFor({ timeout: 10_000 });
      assert.match(await panel.getByTestId('overlay-client').textContent(), /Mika Tanaka/);
      assert.match(await panel.getByTestId('overlay-budget').textContent(), /40/);
      const nda = panel.locator('li[data-flag="nda"]');
      assert.match(await nda.getAttribute('class'), /\bon\b/, 'the NDA in the pasted text is not flagged');
      await harness.screenshot(panel, `sidepanel-${locale}-pasted`);

      await panel.getByTestId('note').fill('Pasted from Discord');
      await panel.getByTestId('decide-hold').click();
      await panel.getByTestId('decided-banner').waitFor({ timeout: 10_000 });

      const decisions = await harness.readDecisions();
      const decision = decisions.find((d) => d.note === 'Pasted from Discord');
      assert.ok(decision, 'the pasted offer was not saved');
      assert.equal(decision.status, 'hold');
      assert.equal(decision.offer.source, 'pasted');
      assert.equal(decision.offer.client.email, 'mika@example.org');
      assert.equal(decision.checklist.communityTie.value, 'same-community');
      await panel.close();
    });

    it('screens text selected on a job page when asked', async (t) => {
      if (!linkedin) return t.skip('no LinkedIn fixture');
      const page = await harness.openPage(linkedin.url);
      await harness.launcher(page).waitFor({ state: 'attached', timeout: 10_000 });
      const selected = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('p, li')].find((el) => (el.textContent ?? '').length > 40);
        if (!paragraph) return '';
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString() ?? '';
      });
      assert.ok(selected.length > 40, 'no paragraph to select on the fixture');
      const answer = await harness.messageTab(page.url(), { type: 'screen:selection', text: selected });
      assert.equal(answer?.ok, true);
      const frame = await harness.overlayFrame(page);
      await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
      const source = await frame.getByTestId('overlay-source').textContent();
      assert.match(source, locale === 'ja' ? /選択/ : /selected/);
      // A selection is titled by the page it came from.
      const pageTitle = await page.title();
      assert.equal((await frame.getByTestId('overlay-title').textContent()).trim(), pageTitle.trim());
      await page.close();
    });

    it('follows a single-page navigation to another offer', async (t) => {
      if (!linkedin) return t.skip('no LinkedIn fixture');
      const page = await harness.openPage(linkedin.url);
      const launcher = harness.launcher(page);
      await launcher.waitFor({ state: 'attached', timeout: 10_000 });
      await launcher.click();
      let frame = await harness.overlayFrame(page);
      await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
      assert.equal((await frame.getByTestId('overlay-title').textContent()).trim(), linkedin.title.trim());

      // The site swaps the job in place and pushes a new URL, as LinkedIn's job search does.
      const nextTitle = 'Contract Data Analyst (SQL, Looker)';
      await page.evaluate((title) => {
        const heading = document.querySelector('h1');
        if (heading) heading.textContent = title;
        history.pushState({}, '', '/jobs/view/4099999999/');
      }, nextTitle);
      // The new offer gets a new frame: the old one may go away while it is being read.
      await waitFor(async () => {
        frame = page.frames().find((f) => !f.isDetached() && f.url().includes('/overlay.html'));
        if (!frame) return false;
        const heading = frame.getByTestId('overlay-title');
        const text = await heading.textContent({ timeout: 1_000 }).catch(() => null);
        return (await heading.count().catch(() => 0)) === 1 && text?.trim() === nextTitle;
      }, 15_000);
      // Only one overlay, for the new offer.
      assert.equal(page.frames().filter((f) => f.url().includes('/overlay.html')).length, 1);
      await page.close();
    });

    it('remembers per site whether the checklist was left open or collapsed', async (t) => {
      if (moreLinkedin.length < 2) return t.skip('no LinkedIn fixture');
      const [second, third] = moreLinkedin;
      const first = await harness.openPage(linkedin.url);
      await harness.launcher(first).waitFor({ state: 'attached', timeout: 10_000 });
      await first.waitForTimeout(500);
      if (!overlayOpen(first)) await harness.launcher(first).click();
      await harness.overlayFrame(first);
      await first.close();

      // Left open: the next offer on the site opens with its checklist.
      const next = await harness.openPage(second.url);
      const frame = await harness.overlayFrame(next, { timeout: 10_000 });
      await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
      await harness.clickClose(frame);
      await waitFor(async () => !overlayOpen(next));
      await next.close();

      // Collapsed: the one after shows only the launcher.
      const last = await harness.openPage(third.url);
      await harness.launcher(last).waitFor({ state: 'attached', timeout: 10_000 });
      await last.waitForTimeout(1_000);
      assert.equal(overlayOpen(last), false, 'the checklist opened although it was collapsed on this site');
      await last.close();
    });
  });
}
