import { browser } from 'wxt/browser';
import { openJournalPanel, screenTab } from './actions';

const MENU_PAGE = 'screen-page';
const MENU_SELECTION = 'screen-selection';
const MENU_JOURNAL = 'open-journal';

/** Registers the context menu entries (once per install/update) and their click handler. */
export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_PAGE,
        title: browser.i18n.getMessage('menuScreenPage'),
        contexts: ['page'],
      });
      browser.contextMenus.create({
        id: MENU_SELECTION,
        title: browser.i18n.getMessage('menuScreenSelection'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({
        id: MENU_JOURNAL,
        title: browser.i18n.getMessage('menuOpenJournal'),
        contexts: ['action'],
      });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_JOURNAL) {
      openJournalPanel(tab?.id);
      return;
    }
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_PAGE) void screenTab(tab.id, null);
    if (info.menuItemId === MENU_SELECTION && info.selectionText) void screenTab(tab.id, info.selectionText);
  });
}
