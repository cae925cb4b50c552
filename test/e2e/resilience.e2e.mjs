// What the user keeps when the extension's service worker is gone: MV3 stops an idle worker (and the
// browser may kill it at any time); a decision recorded in the overlay must still be saved, and a
// hostile page must not be able to talk to the overlay's content script.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { launchBrowser, loadSiteFixtures } from './harness.mjs';

const fixtures = loadSiteFixtures();
const lancers = fixtures.find((f) => f.site === 'lancers');

describe('resilience', () => {
  let harness;
  before(async () => {
    harness = await launchBrowser({ pages: fixtures, locale: 'en' });
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  it('saves a decision made after the service worker was stopped', async () => {
    const page = await harness.openPage(lancers.url);
    await harness.launcher(page).waitFor({ state: 'visible', timeout: 10_000 });
    await harness.launcher(page).click();
    const frame = await harness.overlayFrame(page);
    await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });

    // Stop every service worker, as Chrome does to an idle extension.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);

    await frame.getByTestId('note').fill('decided while the worker was asleep');
    await frame.getByTestId('decline-reasons').getByLabel('Looks like a scam').check();
    await frame.getByTestId('decline-reasons').getByLabel('Pay too low').check();
    await frame.getByTestId('decide-declined').click();
    const banner = frame.getByTestId('decided-banner');
    await banner.waitFor({ timeout: 10_000 });
    assert.match(await banner.textContent(), /Declined/);
    const saved = (await harness.readDecisions()).find((d) => d.note === 'decided while the worker was asleep');
    assert.ok(saved, 'the decision is not in the extension database');
    assert.equal(saved.status, 'declined');
    assert.deepEqual(saved.declineReasons, ['rate', 'scam']);
    assert.equal(saved.history.length, 1);
    assert.match(await frame.getByTestId('decided-reasons').textContent(), /Pay too low · Looks like a scam/);
    await page.close();
  });

  it('gives the page no way to read the capture or drive the overlay', async () => {
    const page = await harness.openPage(lancers.url);
    await harness.launcher(page).waitFor({ state: 'visible', timeout: 10_000 });
    const seen = await page.evaluate(async () => {
      const host = document.querySelector('gig-screener-root');
      const out = { shadowRoot: host?.shadowRoot ?? null, hostText: host?.textContent ?? '', messages: 0 };
      window.addEventListener('message', () => {
        out.messages++;
      });
      // A page cannot reach runtime messaging: no chrome.runtime.sendMessage to the extension.
      out.runtime = typeof globalThis.chrome?.runtime?.sendMessage;
      await new Promise((r) => setTimeout(r, 300));
      return out;
    });
    assert.equal(seen.shadowRoot, null);
    assert.equal(seen.hostText, '');
    assert.equal(seen.messages, 0, 'the extension posted a window message the page could read');
    assert.notEqual(seen.runtime, 'function');
    await page.close();
  });
});
