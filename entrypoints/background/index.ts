import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BackgroundMessage, guardHandler, parseBackgroundMessage } from '@/utils/messaging';
import { pageCaptureKey, tabOfPageCaptureKey } from '@/utils/page-capture';
import { openJournalPanel, screenTab } from './actions';
import { installFollowUps } from './follow-ups';
import { handleBackgroundMessage, hiddenLauncherTabs, type MessageSender, warmEngine } from './handlers';
import { forgetLauncherTab, pushLauncherState } from './launcher-state';
import { installMenus } from './menus';
import { installWelcome } from './welcome';

export default defineBackground(() => {
  installMenus();
  installFollowUps();
  installWelcome();

  browser.runtime.onMessage.addListener(
    guardHandler<MessageSender, BackgroundMessage>(
      browser.runtime.id,
      (message, sender) => handleBackgroundMessage(message, sender),
      parseBackgroundMessage,
    ),
  );

  browser.action.onClicked.addListener((tab) => {
    // Open the panel first, synchronously inside the click's user gesture, then read the page.
    openJournalPanel(tab.id);
    if (tab.id !== undefined) void screenTab(tab.id, null);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'screen-page' || tab?.id === undefined) return;
    // Where the page hides the launcher, the checklist opens in the side panel, not in an invisible frame.
    if (hiddenLauncherTabs.has(tab.id)) openJournalPanel(tab.id);
    void screenTab(tab.id, null);
  });

  // The tabs whose page hides the launcher, as this worker's predecessor left them.
  void browser.storage.session
    .get(null)
    .then((all) => {
      for (const key of Object.keys(all)) {
        const tabId = tabOfPageCaptureKey(key);
        if (tabId !== null) hiddenLauncherTabs.add(tabId);
      }
    })
    .catch(() => undefined);
  const forget = (tabId: number) => {
    if (!hiddenLauncherTabs.delete(tabId)) return;
    void browser.storage.session.remove(pageCaptureKey(tabId)).catch(() => undefined);
  };
  browser.tabs.onRemoved.addListener((tabId) => {
    forget(tabId);
    forgetLauncherTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new page in the tab reports again if it hides the launcher too.
    if (change.url) forget(tabId);
    // A page of a supported site finished loading, or a loaded page moved on to another URL (single-page
    // sites): its launcher is told what is recorded for the offer there. The URL is known only for the
    // sites the extension may read.
    const loaded = change.status === 'complete' || (change.url !== undefined && tab.status === 'complete');
    if (loaded) void pushLauncherState(tabId, tab.url, warmEngine).catch(() => undefined);
  });
});
