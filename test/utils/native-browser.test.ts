import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The content scripts' extension API (utils/native-browser.ts). Chromium sets its API up in a page the
 * first time a script touches `chrome`, which costs every page load; the site script touches it only when
 * the user acts.
 */
const saved = Object.getOwnPropertyDescriptors(globalThis);
afterEach(() => {
  for (const key of ['browser', 'chrome'] as const) {
    const descriptor = saved[key];
    if (descriptor) Object.defineProperty(globalThis, key, descriptor);
    else delete (globalThis as Record<string, unknown>)[key];
  }
  vi.resetModules();
});

/** A Chromium-like global: `chrome` counts its reads; `browser` is a page's element (DOM clobbering). */
function chromium() {
  const listeners: unknown[] = [];
  const onMessage = {
    addListener(this: unknown, listener: unknown) {
      // A native event object needs itself as `this`.
      if (this !== onMessage) throw new TypeError('Illegal invocation');
      listeners.push(listener);
    },
  };
  const api = { runtime: { id: 'abc', getURL: (p: string) => `chrome-extension://abc${p}`, onMessage } };
  const reads = vi.fn(() => api);
  Object.defineProperty(globalThis, 'chrome', { configurable: true, get: reads });
  Object.defineProperty(globalThis, 'browser', { configurable: true, value: { runtime: 'an element' } });
  return { reads, listeners };
}

describe('the content scripts’ extension API', () => {
  it('is not looked up when a script loads, only when first used, and then once', async () => {
    const { reads, listeners } = chromium();
    const { browser } = await import('../../utils/native-browser');
    expect(reads).not.toHaveBeenCalled();
    expect(browser.runtime.getURL('/overlay.html')).toBe('chrome-extension://abc/overlay.html');
    browser.runtime.onMessage.addListener(() => undefined);
    expect(listeners).toHaveLength(1);
    expect(browser.runtime.id).toBe('abc');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('takes Firefox’s own `browser` where it is the real API', async () => {
    chromium();
    const firefox = { runtime: { id: 'ff', getURL: () => 'moz-extension://ff/' } };
    Object.defineProperty(globalThis, 'browser', { configurable: true, value: firefox });
    const { browser } = await import('../../utils/native-browser');
    expect(browser.runtime.id).toBe('ff');
  });
});
