import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  open(): Promise<void>;
}

const JOURNAL_PAGE = '/sidepanel.html';

/**
 * Opens the journal beside the page: Chromium's side panel, or Firefox's sidebar. Must run synchronously
 * inside a user gesture: nothing may be awaited before the open call. Firefox opens its sidebar only from a
 * user-input handler of the extension's own UI (the toolbar button), not from a message sent by the overlay
 * frame's click; there the journal opens in a tab instead.
 */
export function openJournalPanel(tabId: number | undefined): void {
  const chromeSidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } })
    .sidePanel;
  if (chromeSidePanel && tabId !== undefined) {
    chromeSidePanel.open({ tabId }).catch(() => undefined);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  // In a tab the journal learns the page's tab from its URL (it shows the checklist of a page that hides it).
  const url = browser.runtime.getURL(tabId === undefined ? JOURNAL_PAGE : `${JOURNAL_PAGE}?tab=${tabId}`);
  const inTab = () => browser.tabs.create({ url }).then(() => undefined);
  (sidebar ? sidebar.open() : Promise.reject(new Error('no sidebar'))).catch(inTab).catch(() => undefined);
}

const CONTENT_SCRIPT_FILE = '/content-scripts/offer.js';

/**
 * Screens a tab on the user's request: the page (selection null) or the selected text. On sites without
 * standing access the content script is injected through the activeTab grant the gesture gave.
 */
export async function screenTab(tabId: number, selection: string | null): Promise<boolean> {
  const message = selection ? { type: 'screen:selection', text: selection.slice(0, 100_000) } : { type: 'screen:page' };
  const present = await browser.tabs
    .sendMessage(tabId, { type: 'content:ping' }, { frameId: 0 })
    .then((answer) => (answer as { ok?: boolean } | undefined)?.ok === true)
    .catch(() => false);
  if (!present) {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT_FILE] });
    } catch {
      // Pages the browser protects (its own pages, the web store) cannot be screened.
      return false;
    }
  }
  const answer = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null);
  return (answer as { ok?: boolean } | null)?.ok === true;
}
