import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BackgroundMessage, guardHandler, parseBackgroundMessage } from '@/utils/messaging';
import { openJournalPanel, screenTab } from './actions';
import { installFollowUps } from './follow-ups';
import { handleBackgroundMessage, type MessageSender } from './handlers';
import { installMenus } from './menus';

export default defineBackground(() => {
  installMenus();
  installFollowUps();

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
    if (command === 'screen-page' && tab?.id !== undefined) void screenTab(tab.id, null);
  });
});
