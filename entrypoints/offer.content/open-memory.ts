import { browser } from 'wxt/browser';
import { openStateKey } from '@/utils/content-messages';

/** How long a checklist that opened by itself may take to ask for its capture before it is given up. */
const FRAME_LOAD_TIMEOUT_MS = 10_000;

/**
 * Whether the checklist was last left open or collapsed on a site, kept in the extension's own storage
 * (never the page's). Only the user's own open and close change it. The background reads it back when the
 * next offer of the site loads (`launcher:state`), so the page pays for no storage call at load.
 */
export interface OpenMemory {
  /** The user opened (true) or closed (false) the checklist themselves. */
  userToggled(open: boolean): void;
  /** The checklist asked for its capture: it really loaded, and "left open" may now be stored. */
  frameLoaded(): void;
  /** Whether the user opened or closed the checklist on this page: then the page never reopens it by itself. */
  touched(): boolean;
  /**
   * The checklist was opened by itself because the user left it open: if it never loads, it closes again
   * and the site stops reopening it.
   */
  watchAutoOpen(close: () => void): void;
}

export function createOpenMemory(site: () => string): OpenMemory {
  let touched = false;
  // "Left open" is stored only once the checklist has really loaded (it asked for its capture): a frame
  // that cannot reach the extension must not reopen by itself on every later page of the site.
  let openPending = false;
  let loadWatch: ReturnType<typeof setTimeout> | undefined;
  const store = (open: boolean) => {
    void browser.storage.local.set({ [openStateKey(site())]: open }).catch(() => undefined);
  };
  return {
    userToggled(open) {
      touched = true;
      clearTimeout(loadWatch);
      openPending = open;
      if (!open) store(false);
    },
    frameLoaded() {
      clearTimeout(loadWatch);
      if (openPending) store(true);
      openPending = false;
    },
    touched: () => touched,
    watchAutoOpen(close) {
      clearTimeout(loadWatch);
      loadWatch = setTimeout(() => {
        if (touched) return;
        close();
        store(false);
      }, FRAME_LOAD_TIMEOUT_MS);
    },
  };
}
