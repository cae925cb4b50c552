// Issue 2 end to end, in real Chromium with the built extension: screen an offer on each supported site's
// fixture page, record a decision, find it in the journal, see it again after a reload, export it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { runnerImport } from 'vite';
import { launchBrowser, loadSiteFixtures, PLAIN_PAGE, ROOT } from './harness.mjs';

const SUPPORTED_SITES = [
  'upwork',
  'freelancer',
  'indeed',
  'linkedin',
  'lancers',
  'crowdworks',
  'linkedin-messaging',
  'x',
];
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const fixtures = loadSiteFixtures();

/** The portfolio log's zod schema, loaded from the TypeScript source so the test validates with the real one. */
async function loadPortfolioSchema() {
  const { module } = await runnerImport(join(ROOT, 'utils/schema/portfolio.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  return module.portfolioLogSchema;
}

/** Closes the overlay from its own button, so the next visit starts from the launcher. */
async function closeOverlay(harness, page, frame) {
  // The click removes the very frame it lands in; a DOM click avoids Playwright waiting on a detached frame.
  await harness.clickClose(frame);
  const deadline = Date.now() + 5_000;
  while (page.frames().some((f) => f.url().includes('/overlay.html'))) {
    if (Date.now() > deadline) throw new Error('The overlay did not close');
    await page.waitForTimeout(50);
  }
}

function findDecision(decisions, fixture) {
  return decisions.find((d) => d.offer?.title?.trim() === fixture.title.trim());
}

describe('site fixtures', () => {
  it('cover every supported site', () => {
    const sites = new Set(fixtures.map((f) => f.site));
    assert.deepEqual(
      SUPPORTED_SITES.filter((site) => !sites.has(site)),
      [],
      'test/fixtures/pages/index.json lacks a page for these sites',
    );
  });
});

describe('journey in English', () => {
  let harness;
  let portfolioSchema;
  before(async () => {
    harness = await launchBrowser({ pages: fixtures, locale: 'en' });
    portfolioSchema = await loadPortfolioSchema();
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  it('adds nothing to a page that is not a supported job site', async () => {
    const page = await harness.openPage(PLAIN_PAGE.url);
    await page.waitForTimeout(500);
    assert.equal(await harness.launcher(page).count(), 0);
    await page.close();
  });

  for (const fixture of fixtures) {
    describe(`${fixture.site}: ${fixture.file}`, () => {
      const note = `E2E note for ${fixture.site}: fits my stack`;
      let page;
      after(async () => {
        await page?.close();
      });

      it('shows the launcher at the right edge without covering the offer', async () => {
        page = await harness.openPage(fixture.url);
        const launcher = harness.launcher(page);
        await launcher.waitFor({ state: 'visible', timeout: 10_000 });
        const box = await launcher.boundingBox();
        const viewport = page.viewportSize();
        assert.ok(box, 'launcher has no box');
        assert.ok(
          Math.abs(box.x + box.width - viewport.width) <= 2,
          `launcher not at the right edge: ${JSON.stringify(box)}`,
        );
        assert.ok(box.width < 160 && box.height < 80, `launcher too large: ${JSON.stringify(box)}`);
        const position = await launcher.evaluate((el) => getComputedStyle(el).position);
        assert.equal(position, 'fixed');
        assert.equal(await page.locator('iframe').count(), 0, 'the page can see an iframe');
      });

      it('opens the checklist with the offer and the four sections', async () => {
        const frame = await harness.openOverlay(page);
        assert.equal((await frame.getByTestId('overlay-title').textContent()).trim(), fixture.title.trim());
        if (fixture.client)
          assert.match(
            await frame.getByTestId('overlay-client').textContent(),
            new RegExp(escapeRegExp(fixture.client)),
          );
        if (fixture.budget)
          assert.match(
            await frame.getByTestId('overlay-budget').textContent(),
            new RegExp(escapeRegExp(fixture.budget)),
          );
        for (const section of ['communityTie', 'skillMatch', 'remote', 'liability']) {
          assert.equal(await frame.getByTestId(`section-${section}`).count(), 1, `section-${section} missing`);
        }
        await harness.screenshot(page, `overlay-en-${fixture.site}`);
      });

      it('records an acceptance with a note, stored only in the extension', async () => {
        const frame = await harness.overlayFrame(page);
        await frame.getByTestId('note').fill(note);
        await frame.getByTestId('decide-accepted').click();
        const banner = frame.getByTestId('decided-banner');
        await banner.waitFor({ timeout: 10_000 });
        assert.match(await banner.textContent(), new RegExp(`Decided on ${DAY}: Accepted`));
        assert.equal(await frame.getByTestId('change-decision').count(), 1);
        await harness.screenshot(page, `overlay-en-${fixture.site}-decided`);

        const decision = findDecision(await harness.readDecisions(), fixture);
        assert.ok(decision, 'no decision for this offer in the extension IndexedDB');
        assert.equal(decision.status, 'accepted');
        assert.equal(decision.note, note);
        assert.equal(decision.offer.site, fixture.site);
        assert.equal(decision.offer.kind, fixture.kind ?? 'job-post');

        assert.deepEqual(await harness.readPageStorage(page), { databases: [], localKeys: [], sessionKeys: [] });
      });

      it('lists the decision in the journal', async () => {
        const panel = await harness.openExtensionPage('sidepanel.html');
        const item = panel.getByTestId('journal-item').filter({ hasText: fixture.title.trim() });
        await item.first().waitFor({ timeout: 10_000 });
        assert.equal(await item.count(), 1);
        assert.equal(await item.getAttribute('data-status'), 'accepted');
        await harness.screenshot(panel, `sidepanel-en-${fixture.site}`);
        await panel.close();
      });

      it('shows the earlier decision after a reload', async () => {
        await closeOverlay(harness, page, await harness.overlayFrame(page));
        await page.reload({ waitUntil: 'load' });
        const frame = await harness.openOverlay(page);
        const banner = frame.getByTestId('decided-banner');
        await banner.waitFor({ timeout: 10_000 });
        assert.match(await banner.textContent(), new RegExp(`Decided on ${DAY}: Accepted`));
        assert.deepEqual(await harness.readPageStorage(page), { databases: [], localKeys: [], sessionKeys: [] });
        // Collapsed again, so the site's next offer starts from the launcher.
        await closeOverlay(harness, page, frame);
      });
    });
  }

  it('exports a portfolio log that parses and validates', async (t) => {
    if (fixtures.length === 0) return t.skip('no site fixtures to decide on');
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('journal-item').first().waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-button').click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^gig-screener-log-${DAY}\\.json$`));
    const log = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(log.format, 'gig-screener.portfolio-log');
    assert.equal(log.schemaVersion, 2);
    const parsed = portfolioSchema.safeParse(log);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5)));
    for (const fixture of fixtures) {
      const decision = findDecision(log.decisions, fixture);
      assert.ok(decision, `export lacks the decision on ${fixture.title}`);
      assert.equal(decision.status, 'accepted');
      assert.equal(decision.history.at(-1).status, 'accepted');
    }
    await panel.close();
  });

  it('edits a decision in the journal, deletes it and undoes the delete', async (t) => {
    const fixture = fixtures[0];
    if (!fixture) return t.skip('no site fixtures to decide on');
    const panel = await harness.openExtensionPage('sidepanel.html');
    const item = panel.getByTestId('journal-item').filter({ hasText: fixture.title.trim() });
    await item.first().click();
    await panel.getByTestId('status-select').selectOption('declined');
    await panel.getByTestId('note-input').fill('Changed my mind');
    await panel.getByTestId('save-edit').click();
    await waitFor(async () => findDecision(await harness.readDecisions(), fixture)?.status === 'declined');
    assert.equal(findDecision(await harness.readDecisions(), fixture).note, 'Changed my mind');

    await panel.getByTestId('delete-decision').click();
    await waitFor(async () => findDecision(await harness.readDecisions(), fixture) === undefined);
    await panel.getByTestId('undo-delete').click();
    await waitFor(async () => findDecision(await harness.readDecisions(), fixture)?.status === 'declined');
    await panel.close();
  });
});

describe('journey in Japanese', () => {
  let harness;
  before(async () => {
    harness = await launchBrowser({ pages: fixtures, locale: 'ja' });
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  it('shows the overlay and the journal in Japanese', async (t) => {
    const fixture = fixtures.find((f) => f.site === 'lancers' || f.site === 'crowdworks') ?? fixtures[0];
    if (!fixture) return t.skip('no site fixtures to decide on');
    const page = await harness.openPage(fixture.url);
    const frame = await harness.openOverlay(page);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ja');
    await harness.screenshot(page, `overlay-ja-${fixture.site}`);
    await frame.getByTestId('note').fill('日本語のメモ');
    await frame.getByTestId('decide-accepted').click();
    const banner = frame.getByTestId('decided-banner');
    await banner.waitFor({ timeout: 10_000 });
    assert.match(await banner.textContent(), new RegExp(`${DAY} に決定: 受ける`));
    await harness.screenshot(page, `overlay-ja-${fixture.site}-decided`);

    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('journal-item').first().waitFor({ timeout: 10_000 });
    assert.equal(await panel.evaluate(() => document.documentElement.lang), 'ja');
    await harness.screenshot(panel, `sidepanel-ja-${fixture.site}`);
    await panel.close();
    await page.close();
  });
});

function escapeRegExp(text) {
  return text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function waitFor(check, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
