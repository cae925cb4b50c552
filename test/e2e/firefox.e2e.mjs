// The Firefox build end to end, in real Firefox ESR (puppeteer-core over WebDriver BiDi): on every supported
// site's fixture the launcher appears, the checklist shows its four sections, a decision is saved to the
// extension's IndexedDB and shown again after a reload; ✕ and Esc close; the journal lists the decisions and
// exports a log that validates; a profile edit changes skill match; the same in Japanese.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runnerImport } from 'vite';
import { report, seriousViolations } from './axe.mjs';
import { launchFirefox, until } from './firefox-harness.mjs';
import { loadSiteFixtures, ROOT } from './harness.mjs';

const fixtures = loadSiteFixtures();
const STATUSES = ['accepted', 'declined', 'hold'];
const SECTIONS = ['communityTie', 'skillMatch', 'remote', 'liability'];

async function loadPortfolioSchema() {
  const { module } = await runnerImport(join(ROOT, 'utils/schema/portfolio.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  return module.portfolioLogSchema;
}

/** Opens the checklist from the launcher (unless it reopened by itself) and returns its frame. */
async function openChecklist(harness, page) {
  // Pointer input goes to the tab in front: a tab behind the journal would miss the clicks.
  await page.bringToFront();
  const launcher = await harness.launcher(page);
  if (!(await harness.hasOverlay(page))) await launcher.click();
  const frame = await harness.overlayFrame(page);
  await frame.waitForSelector('[data-testid="overlay-title"]', { timeout: 15_000 });
  return frame;
}

async function closedWithin(harness, page, what) {
  await until(async () => !(await harness.hasOverlay(page)), what, 5_000);
}

describe('Firefox: screening on every supported site', () => {
  let harness;
  let journal;
  before(async () => {
    harness = await launchFirefox({ pages: fixtures, locale: 'en' });
  });
  after(async () => {
    await harness?.close();
  });

  it('the Journal button opens the journal; a skill added in the settings is matched on the next offer', async () => {
    const fixture = fixtures.find((f) => f.site === 'upwork') ?? fixtures[0];
    const page = await harness.openPage(fixture.url);
    const frame = await openChecklist(harness, page);
    // An empty profile: skill match lists what the offer asks for and calls nothing missing.
    const asked = await until(() => harness.text(frame, 'skills-asked'), 'the skills the offer asks for');
    assert.match(asked, /React/);
    assert.equal(await frame.$('[data-testid="skills-missing"]'), null);

    // No decision yet on this offer: the checklist is judged afresh with the profile saved below.
    await harness.click(frame, 'open-journal');
    journal = await harness.extensionTab('sidepanel.html');
    // The settings open as the extension opens them (its options page, in a tab).
    await journal.evaluate(() => browser.runtime.openOptionsPage());
    const options = await harness.extensionTab('options.html');
    await options.waitForSelector('[data-testid="skill-input"]');
    await options.type('[data-testid="skill-input"]', 'ReactJS');
    await options.keyboard.press('Enter');
    await harness.click(options, 'profile-save');
    await until(async () => /Profile saved/.test(await options.evaluate(() => document.body.innerText)), 'saved');
    await options.close();

    const later = await harness.openPage(fixture.url);
    const after = await openChecklist(harness, later);
    const matched = await until(() => harness.text(after, 'skills-matched'), 'matched skills');
    assert.match(matched, /React/);
    await later.close();
    await page.close();
  });

  fixtures.forEach((fixture, index) => {
    const status = STATUSES[index % STATUSES.length];
    it(`${fixture.site} (${fixture.file}): checklist, ${status} saved, shown after a reload`, async () => {
      const page = await harness.openPage(fixture.url);
      const frame = await openChecklist(harness, page);
      assert.equal((await harness.text(frame, 'overlay-title')).trim(), fixture.title.trim());
      for (const section of SECTIONS) {
        assert.ok(await frame.$(`[data-testid="section-${section}"]`), `section ${section} missing`);
      }
      if (index === 0) {
        await harness.screenshot(page, 'firefox-overlay-en');
        assert.deepEqual(report(await seriousViolations(frame)), [], 'axe on the overlay in Firefox');
      }
      if (status === 'hold') {
        // The hold's follow-up date comes filled in (three days ahead); the decision keeps it.
        const date = await frame.$eval('[data-testid="followup-date"]', (el) => el.value);
        assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
      }
      await harness.click(frame, `decide-${status}`);
      await frame.waitForSelector('[data-testid="decided-banner"]', { timeout: 10_000 });

      assert.deepEqual(await harness.readPageStorage(page), { databases: [], localKeys: [], sessionKeys: [] });

      // The checklist was left open, so it reopens by itself after the reload, and shows the saved decision.
      await page.reload({ waitUntil: 'load' });
      await until(() => harness.hasOverlay(page), 'the checklist to reopen by itself after the reload');
      const again = await openChecklist(harness, page);
      const banner = await until(() => harness.text(again, 'decided-banner'), 'the decided banner after reload');
      assert.match(banner, status === 'accepted' ? /Accepted/ : status === 'declined' ? /Declined/ : /hold/i);

      // ✕ closes the checklist; the site then starts from the launcher.
      await harness.click(again, 'close-overlay');
      await closedWithin(harness, page, 'the overlay to close on ✕');
      await page.close();
    });
  });

  it('Esc closes the checklist, from inside it and from the page, and so does the launcher', async () => {
    const fixture = fixtures[0];
    const page = await harness.openPage(fixture.url);
    const frame = await openChecklist(harness, page);
    await frame.focus('[data-testid="close-overlay"]');
    await page.keyboard.press('Escape');
    await closedWithin(harness, page, 'Esc inside the checklist');

    await openChecklist(harness, page);
    await page.focus('body');
    await page.keyboard.press('Escape');
    await closedWithin(harness, page, 'Esc on the page');

    // The launcher stays beside the open checklist as its toggle: a way out even when the frame is stuck.
    await openChecklist(harness, page);
    const launcher = await harness.launcher(page);
    const box = await launcher.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'the launcher is visible while the checklist is open');
    // The host holds the launcher and the frame side by side; the launcher is its top outer corner.
    await page.mouse.click(box.x + 24, box.y + 16);
    await closedWithin(harness, page, 'the launcher to close the checklist');
    await page.close();
  });

  it('an open checklist follows a single-page navigation to another offer', async () => {
    const linkedin = fixtures.find((f) => f.site === 'linkedin');
    const page = await harness.openPage(linkedin.url);
    const frame = await openChecklist(harness, page);
    assert.equal((await harness.text(frame, 'overlay-title')).trim(), linkedin.title.trim());
    // The site swaps the job in place and pushes a new URL, as LinkedIn's job search does.
    const nextTitle = 'Contract Data Analyst (SQL, Looker)';
    await page.evaluate((title) => {
      const heading = document.querySelector('h1');
      if (heading) heading.textContent = title;
      history.pushState({}, '', '/jobs/view/4099999999/');
    }, nextTitle);
    const next = await until(async () => {
      const current = await harness.overlayFrame(page, 2_000);
      return ((await harness.text(current, 'overlay-title')) ?? '').trim() === nextTitle ? current : null;
    }, 'the checklist of the new offer');
    // Its buttons reach the content script: ✕ closes it.
    await harness.click(next, 'close-overlay');
    await closedWithin(harness, page, 'the new offer’s checklist to close on ✕');
    await page.close();
  });

  it('the journal lists every decision and exports a valid log', async () => {
    const portfolioLogSchema = await loadPortfolioSchema();
    // A fresh journal, opened from the checklist like a user would.
    await journal.close();
    const page = await harness.openPage(fixtures[0].url);
    await harness.click(await openChecklist(harness, page), 'open-journal');
    journal = await harness.extensionTab('sidepanel.html');
    await until(
      async () => (await journal.$$('[data-testid="journal-item"]')).length >= fixtures.length,
      'every decision in the journal',
    );
    await harness.screenshot(journal, 'firefox-journal-en');
    assert.deepEqual(report(await seriousViolations(journal)), [], 'axe on the journal in Firefox');

    const stored = await harness.readDecisions(journal);
    assert.equal(stored.length, fixtures.length, 'one stored decision per screened offer');
    for (const [index, fixture] of fixtures.entries()) {
      const decision = stored.find((d) => d.offer.url === fixture.url);
      assert.ok(decision, `no stored decision for ${fixture.url}`);
      assert.equal(decision.status, STATUSES[index % STATUSES.length]);
    }

    await harness.click(journal, 'export-button');
    const parses = (text) => {
      try {
        return Boolean(JSON.parse(text));
      } catch {
        return false;
      }
    };
    const log = JSON.parse(await harness.download(/^gig-screener-log-\d{4}-\d{2}-\d{2}\.json$/, parses));
    const parsed = portfolioLogSchema.safeParse(log);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5)));
    assert.equal(log.decisions.length, fixtures.length);
    await page.close();
  });

  it('no request left the machine', () => {
    assert.ok(harness.served.length >= fixtures.length, 'the fixtures were served');
    harness.assertNoUnroutedRequests();
  });
});

describe('Firefox: in Japanese', () => {
  let harness;
  before(async () => {
    harness = await launchFirefox({ pages: fixtures, locale: 'ja' });
  });
  after(async () => {
    await harness?.close();
  });

  it('shows the checklist and the journal in Japanese once the settings choose it', async () => {
    const fixture = fixtures.find((f) => f.site === 'lancers') ?? fixtures[0];
    const page = await harness.openPage(fixture.url);
    let frame = await openChecklist(harness, page);
    await harness.click(frame, 'open-journal');
    const journal = await harness.extensionTab('sidepanel.html');
    await journal.evaluate(() => browser.runtime.openOptionsPage());
    const options = await harness.extensionTab('options.html');
    assert.deepEqual(report(await seriousViolations(options)), [], 'axe on the settings in Firefox');
    await options.select('[data-testid="ui-language"]', 'ja');
    await harness.click(options, 'profile-save');
    await until(async () => /保存しました/.test(await options.evaluate(() => document.body.innerText)), 'saved (ja)');
    await options.close();

    await page.reload({ waitUntil: 'load' });
    frame = await openChecklist(harness, page);
    await until(
      async () => /案件|判定|スキル/.test(await frame.evaluate(() => document.body.innerText)),
      'Japanese text',
    );
    await harness.click(frame, 'decide-accepted');
    await frame.waitForSelector('[data-testid="decided-banner"]', { timeout: 10_000 });
    await frame.evaluate(() => window.scrollTo(0, 0));
    await harness.screenshot(page, 'firefox-overlay-ja');
    assert.deepEqual(report(await seriousViolations(frame)), [], 'axe on the overlay in Japanese');

    await journal.close();
    await harness.click(frame, 'open-journal');
    const fresh = await harness.extensionTab('sidepanel.html');
    await fresh.waitForSelector('[data-testid="journal-item"]', { timeout: 10_000 });
    assert.match(await fresh.evaluate(() => document.body.innerText), /承諾|受ける|受諾/);
    await harness.screenshot(fresh, 'firefox-journal-ja');
    assert.deepEqual(report(await seriousViolations(fresh)), [], 'axe on the journal in Japanese');
    await page.close();
    harness.assertNoUnroutedRequests();
  });
});
