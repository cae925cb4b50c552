// Checks the harness itself against a tiny stand-in extension, so a broken harness is told apart from a
// broken product.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, PLAIN_PAGE, PLAIN_PAGES_DIR, ROOT } from './harness.mjs';

const SMOKE_EXTENSION = join(ROOT, 'test/e2e/smoke-extension');
const SMOKE_JOB = { url: 'https://www.upwork.com/jobs/~0smoke', path: join(PLAIN_PAGES_DIR, 'smoke-job.html') };
const LEAKY = { url: 'https://example.org/leaky', path: join(PLAIN_PAGES_DIR, 'leaky.html') };

describe('e2e harness (stand-in extension)', () => {
  let harness;
  before(async () => {
    harness = await launchBrowser({ extensionDir: SMOKE_EXTENSION, pages: [SMOKE_JOB, LEAKY] });
  });
  after(async () => {
    await harness?.close();
  });

  it('finds the extension id from its service worker', () => {
    assert.match(harness.extensionId, /^[a-p]{32}$/);
  });

  it('serves fixtures at their real URLs without any unrouted request', async () => {
    const page = await harness.openPage(PLAIN_PAGE.url);
    assert.equal(await page.title(), 'A plain article');
    assert.equal(await harness.launcher(page).count(), 0);
    assert.ok(harness.served.includes(PLAIN_PAGE.url));
    harness.assertNoUnroutedRequests();
    await page.close();
  });

  it('reaches the overlay frame inside a closed shadow root', async () => {
    const page = await harness.openPage(SMOKE_JOB.url);
    const launcher = harness.launcher(page);
    await launcher.waitFor({ state: 'attached' });
    await launcher.click();
    const frame = await harness.overlayFrame(page);
    assert.equal(await frame.getByTestId('overlay-title').textContent(), 'Smoke overlay');
    const shot = await harness.screenshot(page, 'harness-smoke-overlay');
    assert.ok(existsSync(shot));
    harness.assertNoUnroutedRequests();
    await page.close();
  });

  it('reads no decisions, and creates no database, before the extension has stored any', async () => {
    assert.deepEqual(await harness.readDecisions(), []);
    const page = await harness.openExtensionPage('sidepanel.html');
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.deepEqual(names, []);
    await page.close();
  });

  it('reads the decisions an extension page stored', async () => {
    const page = await harness.openExtensionPage('sidepanel.html');
    await page.evaluate(
      () =>
        new Promise((ok, fail) => {
          const request = indexedDB.open('gig-screener', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('decisions', { keyPath: 'id' });
          request.onsuccess = () => {
            const tx = request.result.transaction('decisions', 'readwrite');
            tx.objectStore('decisions').put({ id: 'd1', status: 'accepted' });
            tx.oncomplete = () => {
              request.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
          request.onerror = () => fail(request.error);
        }),
    );
    await page.close();
    assert.deepEqual(await harness.readDecisions(), [{ id: 'd1', status: 'accepted' }]);
  });

  it('reports what a page wrote to its own storage', async () => {
    const page = await harness.openPage(PLAIN_PAGE.url);
    assert.deepEqual(await harness.readPageStorage(page), { databases: [], localKeys: [], sessionKeys: [] });
    await page.evaluate(() => localStorage.setItem('seen', '1'));
    assert.deepEqual((await harness.readPageStorage(page)).localKeys, ['seen']);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('records and aborts a request that has no fixture', async () => {
    const page = await harness.openPage(LEAKY.url);
    assert.ok(harness.unrouted.includes('https://cdn.example.net/pixel.gif'), harness.unrouted.join(', '));
    assert.throws(() => harness.assertNoUnroutedRequests(), /Unrouted requests/);
    harness.unrouted.length = 0;
    await page.close();
  });
});
