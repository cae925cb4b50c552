import { browser } from 'wxt/browser';

/** Opens the welcome page once, on a fresh install (not on updates or browser restarts). */
export function installWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
}
