import type { WxtBrowser as Browser } from 'wxt/browser';

/**
 * The extension API for content scripts, in place of webextension-polyfill (wxt.config.ts resolves the
 * polyfill's module to this one in content scripts): the browser's own `browser` (Firefox) or `chrome`
 * (Chromium), looked up on first use rather than when the script loads. In Chromium the first touch of
 * `chrome` sets the extension API up in the page's isolated world, about a millisecond of the page's main
 * thread, and a page load that only shows the launcher uses none of it.
 *
 * A page can put elements named `browser` on the window (DOM clobbering), but no element is a function.
 */
const g = globalThis as { browser?: Browser; chrome?: Browser };
let api: Browser | undefined;
const native = (): Browser => {
  api ??= typeof g.browser?.runtime?.getURL === 'function' ? g.browser : (g.chrome as Browser);
  return api;
};

export const browser: Browser = new Proxy({} as Browser, {
  get: (_, key) => native()[key as keyof Browser],
});
