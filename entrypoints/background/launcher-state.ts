import { browser } from 'wxt/browser';
import { type LauncherTold, openStateKey, tellLauncher } from '@/utils/content-messages';
import { getDecisionByKey } from '@/utils/db';
import { canonicalKey, findAdapter } from '@/utils/sites';

/** How long, and how often, a page that loaded is offered its launcher's state before its script is there. */
const RETRY_MS = 300;
const RETRIES = 10;

/** The latest URL each tab was told about: a newer page in the tab stops the retries for an older one. */
const latest = new Map<number, string>();

/**
 * Tells the site script of a page that loaded (or moved on to another URL, on single-page sites) what is
 * recorded for the offer at that URL: the decision's colour and status, and whether the user left the
 * checklist open on the site. Nothing is sent when there is nothing to show, so a page the user never
 * decided on costs the page nothing at load: the content script neither asks nor reads storage.
 *
 * It is handed to the page's script in its isolated world (tellLauncher), not sent as a runtime message,
 * which the page would have to listen for with the extension API from load on.
 *
 * The site script runs at document_idle, which may come after the browser reports the page complete: until
 * it takes the message, it is offered again for a few seconds.
 */
export async function pushLauncherState(tabId: number, url: string | undefined, warm: () => void): Promise<void> {
  if (!url) return;
  const adapter = findAdapter(url);
  if (!adapter) return;
  latest.set(tabId, url);
  const openKey = openStateKey(adapter.id);
  const [existing, stored] = await Promise.all([
    getDecisionByKey(canonicalKey(url)).catch(() => null),
    browser.storage.local.get(openKey).catch(() => ({}) as Record<string, unknown>),
  ]);
  // The engine is compiled now, while the user reads the page: the checklist's first reading is warm.
  warm();
  const state = {
    level: existing?.verdict?.level ?? null,
    existingStatus: existing?.status ?? null,
    open: stored[openKey] === true,
  };
  if (!state.level && !state.existingStatus && !state.open) return;
  const message: LauncherTold = { type: 'launcher:state', url, ...state };
  for (let attempt = 0; attempt < RETRIES && latest.get(tabId) === url; attempt++) {
    if (await tell(tabId, message)) return;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Whether the page's script took the message (false while none is there, or the tab shows another page). */
async function tell(tabId: number, message: LauncherTold): Promise<boolean> {
  try {
    const [injected] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: tellLauncher,
      args: [JSON.stringify(message)],
    });
    return injected?.result === true;
  } catch {
    return false;
  }
}

/** Forgets a closed tab. */
export function forgetLauncherTab(tabId: number): void {
  latest.delete(tabId);
}
