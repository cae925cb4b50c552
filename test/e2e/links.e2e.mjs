// In real Chromium with the built extension: a message whose link opens a chat app, with words that never
// name the app ("open the brief here"), is shown as a move off the platform, quoting where the link leads,
// and the quote still finds its words on the page.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { launchBrowser, PLAIN_PAGES_DIR, RESULTS_DIR } from './harness.mjs';

const DM_PAGE = {
  url: 'https://www.fiverr.com/inbox/northpier_studio',
  path: join(PLAIN_PAGES_DIR, 'chat-link-dm.html'),
};

describe('a link to a chat app, in a message', () => {
  let harness;
  let page;
  let frame;
  before(async () => {
    harness = await launchBrowser({ pages: [DM_PAGE], locale: 'en' });
    page = await harness.openPage(DM_PAGE.url);
    frame = await harness.openOverlay(page);
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  it('raises the move off the platform and quotes where the link leads', async () => {
    const flag = frame.locator('li[data-flag="offPlatformPayment"]');
    await flag.locator('[data-testid="evidence-quote"]').first().waitFor({ timeout: 10_000 });
    assert.equal(await flag.locator('input[role="switch"]').isChecked(), true);
    const quotes = await flag.locator('[data-testid="evidence-quote"]').allTextContents();
    assert.ok(
      quotes.some((q) => q.includes('(t.me/northpier_brief)')),
      `quotes: ${JSON.stringify(quotes)}`,
    );
    mkdirSync(RESULTS_DIR, { recursive: true });
    await flag.scrollIntoViewIfNeeded();
    await frame
      .locator('[data-testid="section-liability"], section:has(li[data-flag])')
      .first()
      .screenshot({
        path: join(RESULTS_DIR, 'overlay-en-chat-link.png'),
      });
  });

  it('selects the words of that quote on the page when the quote is clicked', async () => {
    const quote = frame
      .locator('li[data-flag="offPlatformPayment"] [data-testid="evidence-quote"]')
      .filter({ hasText: 't.me/northpier_brief' })
      .first();
    await quote.click();
    // Waits for the selection itself rather than a fixed time: on a loaded machine the click's
    // round trip (panel → page) can take seconds.
    const handle = await page.waitForFunction(
      () => {
        const text = document.getSelection()?.toString() ?? '';
        return text || false;
      },
      { timeout: 30_000, polling: 100 },
    );
    const selected = String(await handle.jsonValue());
    assert.match(selected.replace(/\s+/g, ' '), /open the brief here/);
    assert.doesNotMatch(selected, /t\.me/);
  });
});
