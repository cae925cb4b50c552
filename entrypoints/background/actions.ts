import { browser } from 'wxt/browser';
import { type ContentMessageType, createSender } from '@/utils/messaging';
import { siteScriptFor, siteScriptOf } from '@/utils/sites';

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

/**
 * Injects the screener for a page's URL into one frame of a tab: its site's (which takes over the launcher
 * the site script mounted at load), else the generic one. False where it cannot run: pages the browser
 * protects (its own pages, the web store), or a tab that went away.
 */
export async function injectScreener(
  tabId: number,
  frameId: number,
  url: string | undefined,
  { withSiteScript = false } = {},
): Promise<boolean> {
  // Built by wxt.config.ts from the same registry, so the names are those of its content scripts.
  const screener = siteScriptFor(url);
  const siteScript = siteScriptOf(screener);
  // A site's screener borrows the launcher from its site script: where none may run yet (a tab open since
  // before an install or update), the site script goes first (it does nothing where one already runs).
  const files = [...(withSiteScript && siteScript ? [siteScript] : []), screener].map(
    (name) => `/content-scripts/${name}.js` as `/content-scripts/offer.js`,
  );
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
    return true;
  } catch {
    return false;
  }
}

/**
 * Screens a tab on the user's request: the page (selection null) or the selected text. Where no screener
 * runs yet (a tab open since before an install or update, a site reached by in-page navigation, any other
 * site) the tab's own site script is injected, else the generic one, through the grant the gesture gave.
 */
export async function screenTab(tabId: number, selection: string | null): Promise<boolean> {
  const send = createSender<ContentMessageType>((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
  const present = (await send({ type: 'content:ping' })).ok;
  if (!present) {
    // The URL is visible to the extension on supported sites (host access) and on the page just granted.
    const url = await browser.tabs.get(tabId).then(
      (tab) => tab.url,
      () => undefined,
    );
    if (!(await injectScreener(tabId, 0, url, { withSiteScript: true }))) return false;
  }
  const answer = await send(
    selection ? { type: 'screen:selection', text: selection.slice(0, 100_000) } : { type: 'screen:page' },
  );
  return answer.ok;
}
