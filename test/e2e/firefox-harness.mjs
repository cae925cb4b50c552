// Real-Firefox harness: Debian's Firefox ESR with the built Firefox extension, driven by puppeteer-core over
// WebDriver BiDi. Every http(s) request is served from local fixtures or aborted and recorded, and Firefox is
// pointed at a dead proxy as a second guard. Extension pages cannot be opened by URL here (Firefox refuses
// moz-extension:// navigations from the driver), so they are reached the way a user reaches them: the
// overlay's "Journal" button opens the journal in a tab, and extension pages open others.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { PLAIN_PAGE, RESULTS_DIR, ROOT, readStore } from './harness.mjs';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const DB_NAME = 'gig-screener';
const DECISIONS_STORE = 'decisions';

function stripHash(url) {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/** Waits until `check` returns a truthy value, polling; throws with `what` after the timeout. */
export async function until(check, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Launches Firefox ESR with the extension installed.
 * options: pages ([{ url, path } | { url, body }]), locale ('en' | 'ja').
 */
export async function launchFirefox(options = {}) {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first`);
  }
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`No Firefox at ${FIREFOX_PATH}: run \`node scripts/ensure-browsers.mjs\``);
  const locale = options.locale ?? 'en';
  const routes = new Map();
  for (const page of [PLAIN_PAGE, ...(options.pages ?? [])]) {
    routes.set(stripHash(page.url), page.body ?? readFileSync(page.path, 'utf8'));
  }
  const downloads = mkdtempSync(join(tmpdir(), 'gig-screener-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // A second guard: anything that escaped the interception would reach a dead proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': true,
      'intl.accept_languages': locale === 'ja' ? 'ja,en' : 'en-US,en',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv',
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const served = [];
  const unrouted = [];
  /** The browser's own favicon fetches are answered locally (204) and not counted: the page did not ask. */
  const wire = async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:\/\//.test(url)) return void request.continue().catch(() => undefined);
      const body = routes.get(stripHash(url));
      if (body !== undefined) {
        served.push(url);
        return void request
          .respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
          .catch(() => undefined);
      }
      if (new URL(url).pathname === '/favicon.ico') return void request.respond({ status: 204 }).catch(() => undefined);
      unrouted.push(url);
      return void request.abort().catch(() => undefined);
    });
  };

  const harness = {
    browser,
    extensionId,
    locale,
    served,
    unrouted,
    downloads,

    /** Opens a URL in a new tab, behind the request interception, and waits for it to load. */
    async openPage(url) {
      const page = await browser.newPage();
      await wire(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },

    /** The launcher host element the content script adds to <html>, once it is there. */
    async launcher(page, timeout = 10_000) {
      return page.waitForSelector('html > gig-screener-root', { timeout });
    },

    /** The overlay frame: Firefox reports its URL as about:blank over BiDi, so each frame is asked itself. */
    async overlayFrame(page, timeout = 10_000) {
      return until(
        async () => {
          for (const frame of page.frames()) {
            const href = await frame.evaluate(() => location.href).catch(() => '');
            if (/^moz-extension:\/\/[^/]+\/overlay\.html/.test(href)) return frame;
          }
          return null;
        },
        `the overlay frame on ${page.url()}`,
        timeout,
      );
    },

    /** True while an overlay frame is in the page. */
    async hasOverlay(page) {
      for (const frame of page.frames()) {
        const href = await frame.evaluate(() => location.href).catch(() => '');
        if (href.includes('/overlay.html')) return true;
      }
      return false;
    },

    /** The text of the first element with this test id in a frame or page, or null. */
    async text(scope, testId) {
      return scope.$eval(`[data-testid="${testId}"]`, (el) => el.textContent).catch(() => null);
    },

    /** Clicks the element with this test id (as a user's click: a real pointer event at its position). */
    async click(scope, testId, timeout = 10_000) {
      const handle = await scope.waitForSelector(`[data-testid="${testId}"]`, { timeout });
      await handle.click();
    },

    /**
     * Waits for an extension tab whose URL contains `path` and returns its page. BiDi reports extension
     * pages as about:blank, so each tab is asked for its own location.
     */
    async extensionTab(path, timeout = 15_000) {
      return until(
        async () => {
          for (const page of await browser.pages()) {
            const href = await page.evaluate(() => `${location.href}|${document.readyState}`).catch(() => '');
            if (href.startsWith('moz-extension://') && href.includes(path) && href.endsWith('|complete')) return page;
          }
          return null;
        },
        `an extension tab at ${path}`,
        timeout,
      );
    },

    /** Every record in the extension's IndexedDB decisions store, read from an extension page. */
    async readDecisions(extensionPage) {
      return extensionPage.evaluate(readStore, { dbName: DB_NAME, storeName: DECISIONS_STORE });
    },

    /** The page's own storage: IndexedDB database names and localStorage keys (both must stay empty). */
    async readPageStorage(page) {
      return page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name),
        localKeys: Object.keys(localStorage),
        sessionKeys: Object.keys(sessionStorage),
      }));
    },

    /**
     * Waits for a finished download whose name matches and returns its text. Firefox may create the file
     * before it has written it, so the text must also read as `complete` says.
     */
    async download(pattern, complete = (text) => text.length > 0, timeout = 15_000) {
      return until(
        async () => {
          const name = readdirSync(downloads).find((file) => pattern.test(file) && !file.endsWith('.part'));
          const text = name ? readFileSync(join(downloads, name), 'utf8') : '';
          return name && complete(text) ? text : null;
        },
        `a download matching ${pattern}`,
        timeout,
      );
    },

    async screenshot(page, name) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },

    assertNoUnroutedRequests() {
      if (unrouted.length > 0) {
        throw new Error(`Unrouted requests (aborted): ${unrouted.length}\n  ${unrouted.join('\n  ')}`);
      }
    },

    async close() {
      await browser.close().catch(() => undefined);
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return harness;
}
