// Real-browser harness: Debian's Chromium with the built extension, every http(s) request served from
// local fixtures or aborted and recorded, plus helpers to reach the overlay frame and extension storage.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = join(ROOT, 'test-results');
export const SITE_FIXTURE_INDEX = join(ROOT, 'test/fixtures/pages/index.json');
export const PLAIN_PAGES_DIR = join(ROOT, 'test/e2e/pages');

/** The plain, unsupported page this harness owns: the launcher must never appear on it. */
export const PLAIN_PAGE = {
  path: join(PLAIN_PAGES_DIR, 'plain.html'),
  url: 'https://example.org/articles/plain-page',
};

const DB_NAME = 'gig-screener';
const DECISIONS_STORE = 'decisions';

/**
 * Reads the site fixtures written for the supported job sites. Each entry gains `path` (absolute)
 * and `body` (the HTML). Returns [] when the index does not exist yet.
 */
export function loadSiteFixtures(indexPath = SITE_FIXTURE_INDEX) {
  if (!existsSync(indexPath)) return [];
  const entries = JSON.parse(readFileSync(indexPath, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${indexPath} must hold an array`);
  const base = dirname(indexPath);
  return entries.map((entry) => {
    for (const field of ['file', 'url', 'site', 'title']) {
      if (typeof entry[field] !== 'string') throw new Error(`${indexPath}: entry without "${field}"`);
    }
    const path = join(base, entry.file);
    return { ...entry, path, body: readFileSync(path, 'utf8') };
  });
}

/** A routed URL is matched without its fragment: the browser never sends the fragment. */
function stripHash(url) {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

function contentTypeFor(file) {
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.svg')) return 'image/svg+xml';
  if (file.endsWith('.png')) return 'image/png';
  return 'application/octet-stream';
}

/** Flags for Debian's Chromium here: no sandbox as root, and no background traffic to blocked hosts. */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Polls a locator's text until it matches `pattern`; returns the text, or throws with the last one seen. */
export async function waitForText(locator, pattern, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await locator.textContent().catch(() => '')) ?? '';
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`"${text}" never matched ${pattern}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Launches Chromium with an unpacked extension.
 * options: extensionDir, pages ([{ url, path } | { url, body, contentType }]), locale ('en' | 'ja'), headless.
 */
export async function launchBrowser(options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const locale = options.locale ?? 'en';
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run \`node scripts/ensure-browsers.mjs\``);
  }

  const routes = new Map();
  for (const page of [PLAIN_PAGE, ...(options.pages ?? [])]) {
    const body = page.body ?? readFileSync(page.path);
    routes.set(stripHash(page.url), { body, contentType: page.contentType ?? contentTypeFor(page.path ?? '.html') });
  }

  const userDataDir = mkdtempSync(join(tmpdir(), 'gig-screener-e2e-'));
  const lang = locale === 'ja' ? 'ja' : 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: locale === 'ja' ? 'ja-JP' : 'en-US',
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    env: {
      ...process.env,
      LANGUAGE: locale === 'ja' ? 'ja' : 'en',
      LANG: locale === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8',
    },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      ...BASE_CHROMIUM_ARGS,
    ],
  });

  const served = [];
  const unrouted = [];
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const page = routes.get(stripHash(url));
    if (page) {
      served.push(url);
      await route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
    } else {
      unrouted.push(url);
      await route.abort('blockedbyclient');
    }
  });
  // A second witness: any http(s) request the route did not see (it should see them all) is counted too.
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:\/\//.test(url) && !routes.has(stripHash(url)) && !unrouted.includes(url)) unrouted.push(url);
  });

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    });
  }
  const extensionId = new URL(worker.url()).host;

  return createHarness({ context, extensionId, userDataDir, served, unrouted, locale });
}

function createHarness({ context, extensionId, userDataDir, served, unrouted, locale }) {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  let extensionPage = null;

  const harness = {
    context,
    extensionId,
    extensionOrigin,
    locale,
    /** URLs fulfilled from fixtures. */
    served,
    /** URLs that had no fixture: aborted. Any entry fails a test through assertNoUnroutedRequests. */
    unrouted,

    /** Opens a URL in a new tab and waits for it to load. */
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },

    /** Opens an extension page (e.g. 'sidepanel.html') as a normal tab. */
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return page;
    },

    /** The extension's service worker as it runs now (it may have been restarted since launch). */
    async serviceWorker() {
      const running = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
      if (running) return running;
      // A stopped worker wakes for an extension page; its start is then observed.
      const waiting = context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(extensionOrigin),
        timeout: 15_000,
      });
      const page = await harness.openExtensionPage('options.html');
      const worker = await waiting;
      await page.close();
      return worker;
    },

    /**
     * Sends a message from the background to the content script of the tab showing `url`, as the
     * context menu and the keyboard shortcut do (browser menus cannot be clicked from a test): a request to
     * screen the page goes first to a screener, which the background injects when none answers yet (the
     * site script's launcher loads it only when first needed), the site's own, named after its site script.
     */
    async messageTab(url, message) {
      const worker = await harness.serviceWorker();
      return worker.evaluate(
        async ({ url: tabUrl, message: body }) => {
          const [tab] = await chrome.tabs.query({ url: tabUrl });
          if (!tab?.id) throw new Error(`no tab at ${tabUrl}`);
          const target = { tabId: tab.id, frameIds: [0] };
          if (body.type.startsWith('screen:')) {
            const ping = await chrome.tabs
              .sendMessage(tab.id, { type: 'content:ping' }, { frameId: 0 })
              .catch(() => null);
            if (!ping?.ok) {
              const pattern = (match) =>
                new RegExp(`^${match.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
              const site = chrome.runtime
                .getManifest()
                .content_scripts?.find((script) => script.matches.some((match) => pattern(match).test(tabUrl)));
              // The site script first (it does nothing where one runs already), then its screener.
              const files = site
                ? [site.js[0], site.js[0].replace(/\.js$/, '-screener.js')]
                : ['content-scripts/offer.js'];
              await chrome.scripting.executeScript({ target, files });
            }
          }
          return chrome.tabs.sendMessage(tab.id, body, { frameId: 0 });
        },
        { url, message },
      );
    },

    /**
     * Clicks the overlay's close button from inside its frame. The click removes the very frame it runs
     * in, so the evaluation may report a detached frame after the click has happened: that is success.
     */
    async clickClose(frame) {
      try {
        await frame.getByTestId('close-overlay').evaluate((button) => button.click());
      } catch (error) {
        if (!/detached|Target closed|destroyed/i.test(String(error))) throw error;
      }
    },

    /** The launcher host element the content script adds to <html>. */
    launcher(page) {
      return page.locator('html > gig-screener-root');
    },

    /** Opens the checklist from the launcher and returns the overlay frame, once its title shows. */
    /**
     * Brings the tab to the front and waits until it has painted twice: until then headless Chromium may
     * route clicks meant for the checklist's frame to the page behind, also later, once the tab is behind another.
     */
    async paintInFront(page) {
      await page.bringToFront();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    },

    async openOverlay(page) {
      const launcher = harness.launcher(page);
      await launcher.waitFor({ state: 'attached', timeout: 10_000 });
      // Left open on an earlier offer of the same site, the checklist opens by itself: a click would close it.
      await page.waitForTimeout(500);
      if (!page.frames().some((f) => f.url().includes('/overlay.html'))) await launcher.click();
      const frame = await harness.overlayFrame(page);
      await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
      return frame;
    },

    /**
     * The overlay frame: an extension iframe inside a closed shadow root, reachable only through
     * page.frames(). Its origin may be a per-session dynamic id, so any extension origin is accepted.
     */
    async overlayFrame(page, { timeout = 10_000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/overlay\.html/.test(f.url()));
        if (frame) {
          await frame.waitForLoadState('load');
          return frame;
        }
        if (Date.now() > deadline) throw new Error(`No overlay frame on ${page.url()} after ${timeout} ms`);
        await page.waitForTimeout(50);
      }
    },

    /** Every record in the extension's IndexedDB decisions store, read from an extension page. */
    async readDecisions() {
      if (!extensionPage || extensionPage.isClosed()) extensionPage = await harness.openExtensionPage('sidepanel.html');
      return extensionPage.evaluate(readStore, { dbName: DB_NAME, storeName: DECISIONS_STORE });
    },

    /** The page's own storage: IndexedDB database names and localStorage keys (both must stay empty). */
    async readPageStorage(page) {
      return page.evaluate(async () => {
        const databases = (await indexedDB.databases()).map((d) => d.name);
        const localKeys = Object.keys(localStorage);
        const sessionKeys = Object.keys(sessionStorage);
        return { databases, localKeys, sessionKeys };
      });
    },

    /** Saves a full-page screenshot to test-results/<name>.png and returns the path. */
    async screenshot(page, name) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },

    /** Throws, listing them, when any request went to a URL without a fixture. */
    assertNoUnroutedRequests() {
      if (unrouted.length > 0) {
        throw new Error(`Unrouted requests (aborted): ${unrouted.length}\n  ${unrouted.join('\n  ')}`);
      }
    },

    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * Runs inside an extension page. Opening a missing database would create an empty one and break the
 * extension's own upgrade, so existence is checked first.
 */
export async function readStore({ dbName, storeName }) {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(dbName)) return [];
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(storeName)) return [];
    return await new Promise((ok, fail) => {
      const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
  } finally {
    db.close();
  }
}
