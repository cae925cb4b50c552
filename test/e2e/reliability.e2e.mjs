// The reliability and security matrix in real Chromium with the built extension: nothing lost, nothing
// duplicated, nothing a page can switch off. Each case prints its figures.
//   npm run build && node --test test/e2e/reliability.e2e.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { launchBrowser, loadSiteFixtures, waitForText } from './harness.mjs';

const fixtures = loadSiteFixtures();
/** Generous for a shared machine; a hang fails the case instead of the run. */
const TEST_TIMEOUT = 240_000;
const lancers = fixtures.find((f) => f.site === 'lancers');
const LANCERS_KEY = 'lancers:work:5012345';
const TITLE = /ECサイトの商品ページ制作/;

/** The Lancers page at another offer's URL, with `extra` added to its <head> and `body` to its <body>. */
function variant(id, { head = '', body = '' } = {}) {
  const html = lancers.body.replace('</head>', `${head}</head>`).replace('</body>', `${body}</body>`);
  return { url: `https://www.lancers.jp/work/detail/${id}`, body: html, key: `lancers:work:${id}` };
}

const HOSTILE_RULE = variant(6000001, {
  head: '<style>gig-screener-root, html > *:last-child { display: none !important; opacity: 0 !important; }</style>',
});
const GENERIC_HOSTILE = variant(6000002, {
  head: `<style>* { all: unset !important; display: block !important; position: static !important;
    width: 100% !important; box-sizing: border-box !important; } html > * { margin-top: 5000px !important; }</style>`,
});
// A modal dialog is in the top layer, above any z-index, and makes the rest of the page inert.
const COVERED = variant(6000003, {
  body: `<dialog id="cover" style="width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0">
    Please sign in</dialog><script>document.getElementById('cover').showModal();</script>`,
});
const FORGED = variant(6000004);
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
const PAYLOADS = {
  url: 'https://www.lancers.jp/work/detail/6000005',
  key: 'lancers:work:6000005',
  body: lancers.body
    .replace(
      /(<h1[^>]*>)[\s\S]*?(<\/h1>)/,
      `$1=HYPERLINK("http://x.invalid","click") ${PAYLOAD.replace(/</g, '&lt;')}$2`,
    )
    .replace('</body>', `<script>document.title = '<svg onload=window.__pwned=1>';</script></body>`),
};
const QUOTA = variant(6000006);
const UPDATE = variant(6000007);

/**
 * A 5 MB version of the page: a 1 MB text node after the offer, 4 MB of other content. The text is
 * ASCII: served through this harness, a page with a megabyte of Japanese in one node never reached
 * DOMContentLoaded (not looked into further; the content script only runs after it).
 */
function hugePage() {
  const megabyte = 'Remote work, paid on delivery. '.repeat(Math.ceil(1_000_000 / 31));
  const filler = `<p>${'filler text of a long page, nothing to do with the offer. '.repeat(40)}</p>`.repeat(1700);
  return variant(6000008, { body: `<div id="megabyte">${megabyte}</div>${filler}` });
}
const HUGE = hugePage();
// 2,000 levels: this Chromium's renderer itself crashes on a page 4,000 deep, with no extension loaded.
const DEEP = variant(6000009, {
  body: `<script>let at = document.body; for (let i = 0; i < 2000; i++) { const d = document.createElement('div');
    at.append(d); at = d; } at.textContent = 'deep';</script>`,
});

// The fixture's own script, served empty.
const ASSET = { url: 'https://www.lancers.jp/assets/js/work-detail.js', body: '', contentType: 'text/javascript' };

const PAGES = [ASSET, lancers, HOSTILE_RULE, GENERIC_HOSTILE, COVERED, FORGED, PAYLOADS, QUOTA, UPDATE, HUGE, DEEP];

/** What a record must look like to count as whole. */
function isWhole(d) {
  const statuses = ['accepted', 'declined', 'hold'];
  if (!d || typeof d.id !== 'string' || typeof d.offer?.key !== 'string' || !statuses.includes(d.status)) return false;
  if (!Array.isArray(d.history) || d.history.length === 0) return false;
  const times = d.history.map((h) => h.at);
  return times.every((t, i) => i === 0 || times[i - 1] <= t) && d.history.at(-1).status === d.status;
}

describe('reliability and security (Chromium)', () => {
  let harness;
  before(async () => {
    harness = await launchBrowser({ pages: PAGES, locale: 'en' });
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  const openOverlay = async (page) => {
    // The tab is in front while its checklist opens and paints: headless Chromium may lose clicks meant for
    // a frame that never painted, as in a tab opened behind another (the two-tab test), also later.
    await page.bringToFront();
    await harness.launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
    await harness.launcher(page).click();
    const frame = await harness.overlayFrame(page);
    await frame.getByTestId('overlay-title').waitFor({ timeout: 15_000 });
    await harness.paintInFront(page);
    return frame;
  };
  /**
   * Runs `fn` in an extension page. Not in the worker: a worker stopped while idle can stay listed, and
   * evaluating in it then never returns.
   */
  const inExtension = async (fn, arg) => {
    const page = await harness.openExtensionPage('options.html');
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  };
  /** Forgets that the checklist was left open on the site, so a page opens with the launcher alone. */
  const forgetOpen = () => inExtension(() => chrome.storage.local.clear());
  /** Sends a message to the content script of the tab at `url`, as the background does. */
  const messageTab = (url, message) =>
    inExtension(
      async ({ url: tabUrl, message: body }) => {
        const [tab] = await chrome.tabs.query({ url: tabUrl });
        return chrome.tabs.sendMessage(tab.id, body, { frameId: 0 });
      },
      { url, message },
    );
  const recordsFor = async (key) => (await harness.readDecisions()).filter((d) => d.offer?.key === key);

  it('two tabs deciding one offer 80 ms apart leave one decision, the later one, with both steps', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const a = await harness.openPage(lancers.url);
    const b = await harness.openPage(lancers.url);
    const [frameA, frameB] = [await openOverlay(a), await openOverlay(b)];
    await frameA.getByTestId('decide-declined').click();
    await new Promise((r) => setTimeout(r, 80));
    await frameB.getByTestId('decide-accepted').click();
    await frameA.getByTestId('decided-banner').waitFor({ timeout: 10_000 });
    await frameB.getByTestId('decided-banner').waitFor({ timeout: 10_000 });
    const records = await recordsFor(LANCERS_KEY);
    console.log(
      `two tabs: ${records.length} record(s); status ${records[0]?.status}; history ${records[0]?.history.map((h) => h.status).join(' → ')}`,
    );
    assert.equal(records.length, 1);
    assert.equal(records[0].status, 'accepted');
    assert.deepEqual(
      records[0].history.map((h) => h.status),
      ['declined', 'accepted'],
    );
    // The journal shows the offer once.
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('journal-item').first().waitFor({ timeout: 10_000 });
    assert.equal(await panel.getByTestId('journal-item').filter({ hasText: TITLE }).count(), 1);
    await Promise.all([a.close(), b.close(), panel.close()]);
  });

  it('the service worker killed 30 times 0–50 ms after a click: nothing lost, duplicated or corrupt', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const page = await harness.openPage(lancers.url);
    const frame = await openOverlay(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const statuses = ['declined', 'hold', 'accepted'];
    let midSave = 0;
    let retried = 0;
    let lost = 0;
    for (let i = 0; i < 30; i++) {
      const status = statuses[i % 3];
      if (await frame.getByTestId('change-decision').isVisible()) await frame.getByTestId('change-decision').click();
      // The kill is sent with the click, 0–50 ms after it, so that it lands while the save is under way.
      const delay = Math.floor(Math.random() * 51);
      await Promise.all([
        frame.getByTestId(`decide-${status}`).click(),
        frame
          .evaluate((ms) => new Promise((r) => setTimeout(r, ms)), delay)
          .then(async () => {
            // A few kills in a row: the first may land before the save reaches the worker (and wake it).
            for (let k = 0; k < 4; k++) await cdp.send('ServiceWorker.stopAllWorkers');
          }),
      ]);
      // Either saved, or told so with a way to try again.
      const outcome = await Promise.race([
        frame
          .getByTestId('decided-banner')
          .waitFor({ timeout: 15_000 })
          .then(() => 'saved'),
        frame
          .getByTestId('overlay-error')
          .waitFor({ timeout: 15_000 })
          .then(() => 'error'),
      ]);
      if (outcome === 'error') {
        midSave++;
        await frame.getByTestId('overlay-error').getByRole('button').click();
        retried++;
        await frame.getByTestId('decided-banner').waitFor({ timeout: 15_000 });
      }
      const records = await recordsFor(LANCERS_KEY);
      if (records.length !== 1 || records[0].status !== status) lost++;
    }
    const records = await recordsFor(LANCERS_KEY);
    const corrupt = records.filter((d) => !isWhole(d)).length;
    console.log(
      `kills ×30: ${midSave} landed mid-save (retried ${retried}); lost ${lost}, duplicated ${records.length - 1}, corrupt ${corrupt}; history ${records[0]?.history.length} steps`,
    );
    assert.equal(lost, 0);
    assert.equal(records.length, 1);
    assert.equal(corrupt, 0);
    await page.close();
  });

  it('page CSS cannot hide the launcher: a display:none rule, and generic hostile rules', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    for (const hostile of [HOSTILE_RULE, GENERIC_HOSTILE]) {
      await forgetOpen();
      const page = await harness.openPage(hostile.url);
      await harness.launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
      const seen = await page.evaluate(() => {
        const host = document.querySelector('gig-screener-root');
        const box = host.getBoundingClientRect();
        const style = getComputedStyle(host);
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          width: box.width,
          height: box.height,
          right: box.right,
          display: style.display,
          position: style.position,
          onTop: top === host,
          viewport: innerWidth,
        };
      });
      console.log(`hostile CSS ${hostile.url}: ${JSON.stringify(seen)}`);
      assert.equal(seen.display, 'flex');
      assert.equal(seen.position, 'fixed');
      assert.ok(seen.width > 20 && seen.width < 200, 'a small launcher, not a full-width bar');
      assert.ok(Math.abs(seen.right - seen.viewport) < 2, 'at the right edge');
      assert.equal(seen.onTop, true);
      const frame = await openOverlay(page);
      assert.ok(await frame.getByTestId('overlay-title').isVisible());
      await page.close();
    }
  });

  it('a page that covers the launcher gets no invisible checklist: it opens in the side panel', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    await forgetOpen();
    const page = await harness.openPage(COVERED.url);
    // The launcher is mounted under the cover; it reports that it cannot be seen.
    const deadline = Date.now() + 15_000;
    let stored = null;
    let tabId = null;
    while (!stored && Date.now() < deadline) {
      [tabId, stored] = await inExtension(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        const key = `hidden-launcher:${tab?.id}`;
        return [tab?.id ?? null, (await chrome.storage.session.get(key))[key] ?? null];
      }, COVERED.url);
      if (!stored) await page.waitForTimeout(200);
    }
    assert.ok(stored, 'the background was not told that the launcher is hidden');
    // The shortcut's message: no frame is left open behind the cover.
    await messageTab(COVERED.url, { type: 'screen:page' });
    await page.waitForTimeout(500);
    const frames = page.frames().filter((f) => /overlay\.html/.test(f.url())).length;
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const screening = panel.getByTestId('page-screening');
    await screening.waitFor({ timeout: 10_000 });
    console.log(
      `covered launcher: reported (${stored.key}), frames left open ${frames}, side panel shows the checklist`,
    );
    assert.equal(frames, 0);
    assert.match(await screening.textContent(), TITLE);
    await screening.getByTestId('decide-declined').click();
    await screening.getByTestId('decided-banner').waitFor({ timeout: 10_000 });
    assert.equal((await recordsFor(COVERED.key)).length, 1);
    await Promise.all([page.close(), panel.close()]);
  });

  it('forged events: the retire event, a made-up Escape and made-up clicks change nothing', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    await forgetOpen();
    const page = await harness.openPage(FORGED.url);
    const frame = await openOverlay(page);
    // The name every part of the extension's scripts listens for (entrypoints/offer.content/lifetime.ts, RETIRE_EVENT).
    const eventName = 'gig-screener:content-script-started';
    await page.evaluate((name) => {
      for (const target of [document, window]) {
        target.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'offer', messageId: 'page' } }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.querySelector('gig-screener-root')?.click();
    }, eventName);
    await page.waitForTimeout(1500);
    const stillOpen = page.frames().some((f) => /overlay\.html/.test(f.url()));
    assert.ok(stillOpen, 'a made-up event closed the checklist or retired the script');
    // The script still answers and follows the user's own keys: the real Escape closes it.
    assert.deepEqual(await messageTab(FORGED.url, { type: 'content:ping' }), { ok: true, data: true });
    // The extension page that sent the ping was opened and closed in front: the tab that Chromium brings
    // forward then is not always this one, and a click in a tab behind waits for a frame that never paints.
    await harness.paintInFront(page);
    await frame.getByTestId('overlay-title').click({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    const closedByUser = !page.frames().some((f) => /overlay\.html/.test(f.url()));
    // Forged runtime messages: the page has no channel to the extension at all, nor can it reach the
    // handler the background hands the launcher's state to (it lives in the extension's isolated world).
    const channel = await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage);
    assert.equal(await page.evaluate(() => typeof globalThis.__gigScreenerTold), 'undefined');
    console.log(
      `forged events: retire event ignored, made-up Escape ignored, real Escape closes: ${closedByUser}; page runtime.sendMessage: ${channel}`,
    );
    assert.notEqual(channel, 'function');
    assert.equal(closedByUser, true);
    await page.close();
  });

  it('script payloads in the page run nowhere: overlay, journal, CSV and the portfolio log', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    await forgetOpen();
    const page = await harness.openPage(PAYLOADS.url);
    const frame = await openOverlay(page);
    await frame.getByTestId('decide-accepted').click();
    await frame.getByTestId('decided-banner').waitFor({ timeout: 10_000 });
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('journal-item').filter({ hasText: 'HYPERLINK' }).waitFor({ timeout: 10_000 });
    await panel.getByTestId('export-view').locator('summary').click();
    const [csvDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
    const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
    const [logDownload] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-button').click(),
    ]);
    const log = JSON.parse(readFileSync(await logDownload.path(), 'utf8'));
    const cells = csv.split(/\r\n/).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)/g) ?? []);
    const live = cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell)).length;
    const ran = await Promise.all([page, panel].map((p) => p.evaluate(() => window.__pwned ?? null)));
    const ranInFrame = await frame.evaluate(() => window.__pwned ?? null);
    const logged = log.decisions.find((d) => d.offer.key === PAYLOADS.key);
    console.log(
      `payloads: ran in page/panel/overlay ${ran.concat(ranInFrame).filter(Boolean).length}; live CSV formulas ${live} of ${cells.length} cells; title kept as text in the log: ${logged?.offer.title.includes('HYPERLINK')}`,
    );
    assert.deepEqual(ran, [null, null]);
    assert.equal(ranInFrame, null);
    assert.equal(live, 0);
    assert.ok(logged?.offer.title.includes('<img'), 'the payload is kept as text');
    await Promise.all([page.close(), panel.close()]);
  });

  it('storage full: the user is told there is no room, nothing is half-written, the note is kept', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    await forgetOpen();
    const page = await harness.openPage(QUOTA.url);
    const frame = await openOverlay(page);
    const before = (await harness.readDecisions()).length;
    // A disk that fills up: the worker's next write fails as Chromium fails it, with QuotaExceededError.
    // (CDP's quota override does not reach an extension's origin here.)
    const worker = await harness.serviceWorker();
    await frame.getByTestId('note').fill('a note typed before the disk filled up');
    await worker.evaluate(() => {
      globalThis.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await frame.getByTestId('decide-declined').click();
    const error = await waitForText(frame.getByTestId('overlay-error'), /./);
    const afterFull = (await harness.readDecisions()).length;
    const note = await frame.getByTestId('note').inputValue();
    await worker.evaluate(() => {
      IDBObjectStore.prototype.put = globalThis.realPut;
    });
    await frame.getByTestId('overlay-error').getByRole('button').click();
    await frame.getByTestId('decided-banner').waitFor({ timeout: 10_000 });
    console.log(
      `quota: "${error.trim()}"; records before ${before}, after the full write ${afterFull}; note kept: ${note.length > 0}; after room returned, saved ${(await recordsFor(QUOTA.key)).length}`,
    );
    assert.match(error, /room|space|storage/i);
    assert.equal(afterFull, before);
    assert.equal(note, 'a note typed before the disk filled up');
    assert.equal((await recordsFor(QUOTA.key)).length, 1);
    await page.close();
  });

  it('a 5 MB page and a page nested 2,000 deep still get their launcher', { timeout: TEST_TIMEOUT }, async () => {
    for (const big of [HUGE, DEEP]) {
      await forgetOpen();
      const page = await harness.context.newPage();
      const started = Date.now();
      await page.goto(big.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      const loaded = Date.now() - started;
      await harness.launcher(page).waitFor({ state: 'visible', timeout: 60_000 });
      const shown = Date.now() - started;
      const frame = await openOverlay(page);
      console.log(
        `${big === HUGE ? '5 MB page' : '2,000-deep page'}: loaded in ${loaded} ms, launcher after ${shown} ms`,
      );
      assert.match(await frame.getByTestId('overlay-title').textContent(), TITLE);
      await page.close();
    }
  });

  it('the extension updated under an open page: the old launcher says to reload, never a silent throw', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const page = await harness.openPage(UPDATE.url);
    await harness.launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
    // Start from the launcher alone: a checklist frame of the old extension is torn down by the browser
    // itself when the extension goes (its document then throws inside that frame, not in the page), and
    // the notice replaces it. What this case checks is the click on the old launcher.
    await page.waitForTimeout(500);
    if (page.frames().some((f) => f.url().includes('/overlay.html'))) await page.keyboard.press('Escape');
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const worker = await harness.serviceWorker();
    // Reloading the extension is what an update does to the pages already open.
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(3000);
    await harness.launcher(page).click();
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const texts = [];
    const walk = (node) => {
      if (node.nodeType === 3) texts.push(node.nodeValue);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    const notice = texts.find((t) => /reload this page/.test(t));
    console.log(`update under an open page: notice "${notice}"; page errors ${errors.length} ${errors.join(' | ')}`);
    assert.equal(notice, 'Gig Screener was updated — reload this page to screen it');
    assert.equal(errors.length, 0);
    await page.close();
  });
});
