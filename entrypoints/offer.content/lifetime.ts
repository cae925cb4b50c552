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
  /** Aborted when the script ends; listeners added with it are removed then. */
  readonly signal: AbortSignal;
  /** Whether the extension behind this script is still there (false once it was updated or removed). */
  extensionAlive(): boolean;
  /** Calls `listener` after the page's URL changed (single-page sites), until the script ends. */
  onLocationChange(listener: () => void): void;
  /** Calls `listener` once, when the extension context is found gone. */
  onOrphaned(listener: () => void): void;
  /** Checks now whether the extension context is gone (runs the orphan listeners once if so). */
  check(): boolean;
  /** Ends the script: every listener and timer goes. */
  end(): void;
}

/** How often the URL and the extension context are looked at where the browser does not tell of URL changes. */
const POLL_MS = 1_000;
/**
 * Where the Navigation API tells of every URL change, the poll only looks for an extension that went away
 * (which a click, a message or coming back to the tab also finds): each wake-up of the script costs the page
 * a task, so it comes ten times less often.
 */
const ORPHAN_POLL_MS = 10_000;

/**
 * The event a newly started screener sends the page where an older copy shows its launcher (wxt.config.ts
 * sends it): one name for every part of every site's script, so a copy left by an update retires whichever
 * part of it runs.
 */
export function retireEventName(): string {
  return `${browser.runtime.id}:gig-screener:content-script-started`;
}

/** True while the extension that injected this script is loaded. */
export function extensionAlive(): boolean {
  try {
    // After an update the old script's `runtime` is gone (Chromium) or its id unset (Firefox).
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}

export function createLifetime(win: Window, retireEvent: string): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const locationListeners: (() => void)[] = [];
  const orphanListeners: (() => void)[] = [];
  let orphaned = false;
  let lastUrl = win.location.href;

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
    for (const listener of locationListeners) listener();
  };

  // The Navigation API tells at once where it exists; the poll covers the rest.
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const told = typeof navigation?.addEventListener === 'function';
  if (told) navigation.addEventListener('navigatesuccess', lookAtUrl, { signal });
  const timer = win.setInterval(
    () => {
      if (check()) return;
      lookAtUrl();
    },
    told ? ORPHAN_POLL_MS : POLL_MS,
  );
  signal.addEventListener('abort', () => win.clearInterval(timer));
  win.addEventListener('popstate', lookAtUrl, { signal });
  // Coming back to the tab is when an update under the page is most likely to be noticed.
  win.document.addEventListener('visibilitychange', () => void check(), { signal });

  // A newer copy of this script (re-injected after an update) takes the page over only from a script
  // whose extension is gone; a page dispatching the same event while the extension is alive changes nothing.
  win.document.addEventListener(
    retireEvent,
    () => {
      if (check()) controller.abort();
    },
    { signal },
  );

  return {
    signal,
    extensionAlive,
    onLocationChange: (listener) => void locationListeners.push(listener),
    onOrphaned: (listener) => {
      if (orphaned) listener();
      else orphanListeners.push(listener);
    },
    check,
    end: () => controller.abort(),
  };
}
