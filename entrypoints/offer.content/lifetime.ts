import { browser } from 'wxt/browser';

/**
 * The content script's own lifetime, which no page can end.
 *
 * WXT's ContentScriptContext retires a script when `document` receives the CustomEvent
 * `<extension id>:<script name>:wxt:content-script-started` (node_modules/wxt/dist/utils/
 * content-script-context.mjs, listenForNewerScripts): any page can dispatch it, and a store extension's id
 * is public. Its location watcher and `ctx.addEventListener` stop with it. So nothing here hangs on that
 * context: the script ends only when its extension context is really gone (the extension was updated,
 * reloaded or removed under the open page), and a "script started" event counts only then, when a newer
 * copy of the script takes the page over.
 */
export interface Lifetime {
  /**
   * Aborted when the script ends; listeners added with it are removed then. Made on first use: the site
   * script's part that runs at every load uses onEnd and ended instead.
   */
  readonly signal: AbortSignal;
  /** Calls `listener` once when the script ends. */
  onEnd(listener: () => void): void;
  /** Whether the script has ended. */
  ended(): boolean;
  /** Whether the extension behind this script is still there (false once it was updated or removed). */
  extensionAlive(): boolean;
  /** Calls `listener` after the page's URL changed (single-page sites), until the script ends. */
  onLocationChange(listener: () => void): void;
  /** Calls `listener` once, when the extension context is found gone. */
  onOrphaned(listener: () => void): void;
  /** Checks now whether the extension context is gone (runs the orphan listeners once if so). */
  check(): boolean;
  /**
   * From now on also checks every few seconds (the screener calls it: an open checklist whose extension
   * went away is replaced by the notice without waiting for the user).
   */
  pollForOrphan(): void;
  /** Ends the script: every listener and timer goes. */
  end(): void;
}

/** How often the URL is looked at where the browser does not tell of URL changes (no Navigation API). */
const POLL_MS = 1_000;
/** How often a running screener looks for an extension that went away. */
const ORPHAN_POLL_MS = 10_000;

/**
 * The event a newly started screener sends the page where an older copy shows its launcher (wxt.config.ts
 * sends it): one name for every part of every site's script, so a copy left by an update retires whichever
 * part of it runs. It carries no extension id: a copy retires only once its own extension is found gone
 * (createLifetime), so the name guards nothing, and reading the id would set up the browser's extension API
 * in the page on every load (below).
 */
export const RETIRE_EVENT = 'gig-screener:content-script-started';

/** True while the extension that injected this script is loaded. */
export function extensionAlive(): boolean {
  try {
    // After an update the old script's `runtime` is gone (Chromium) or its id unset (Firefox).
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}

export function createLifetime(win: Window, retireEvent: string = RETIRE_EVENT): Lifetime {
  // No AbortController until something asks for `signal`: in a fresh isolated world, every DOM interface
  // first used costs the page load its setup, and this runs at every load of a supported site.
  let controller: AbortController | null = null;
  let ended = false;
  const endListeners: (() => void)[] = [];
  const locationListeners: (() => void)[] = [];
  const orphanListeners: (() => void)[] = [];
  let orphaned = false;
  let lastUrl = win.location.href;

  const end = () => {
    if (ended) return;
    ended = true;
    for (const listener of endListeners.splice(0)) listener();
    controller?.abort();
  };
  const onEnd = (listener: () => void) => {
    if (ended) listener();
    else endListeners.push(listener);
  };
  /** Adds a listener that goes when the script ends. */
  const listen = (target: EventTarget, type: string, listener: () => void) => {
    target.addEventListener(type, listener);
    onEnd(() => target.removeEventListener(type, listener));
  };

  const check = (): boolean => {
    if (orphaned) return true;
    if (extensionAlive()) return false;
    orphaned = true;
    for (const listener of orphanListeners.splice(0)) listener();
    return true;
  };

  const lookAtUrl = () => {
    const url = win.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    if (check()) return;
    for (const listener of locationListeners) listener();
  };

  // The Navigation API tells at once where it exists; elsewhere a poll looks at the URL.
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    listen(navigation, 'navigatesuccess', lookAtUrl);
  } else {
    const timer = win.setInterval(lookAtUrl, POLL_MS);
    onEnd(() => win.clearInterval(timer));
  }
  listen(win, 'popstate', lookAtUrl);
  // An extension that went away (updated, reloaded, removed under the open page) is looked for when it
  // matters to the user: coming back to the tab, a click on the launcher, a new URL, and every few seconds
  // once the screener runs (pollForOrphan). Not on a timer from load on: in Chromium the first touch of the
  // extension API in a page sets it up there (about a millisecond of the page's main thread), which a page
  // only looked at should not pay.
  listen(win.document, 'visibilitychange', () => {
    if (win.document.visibilityState === 'visible') check();
  });
  let orphanTimer: number | undefined;

  // A newer copy of this script (re-injected after an update) takes the page over only from a script
  // whose extension is gone; a page dispatching the same event while the extension is alive changes nothing.
  listen(win.document, retireEvent, () => {
    if (check()) end();
  });

  return {
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (ended) controller.abort();
      }
      return controller.signal;
    },
    onEnd,
    ended: () => ended,
    extensionAlive,
    onLocationChange: (listener) => void locationListeners.push(listener),
    onOrphaned: (listener) => {
      if (orphaned) listener();
      else orphanListeners.push(listener);
    },
    check,
    pollForOrphan: () => {
      if (orphanTimer !== undefined || ended) return;
      orphanTimer = win.setInterval(() => void check(), ORPHAN_POLL_MS);
      onEnd(() => win.clearInterval(orphanTimer));
    },
    end,
  };
}
