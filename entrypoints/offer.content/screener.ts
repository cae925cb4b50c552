import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type LauncherState, type Message, parseContentMessage } from '@/utils/content-messages';
import { type LauncherText, pickLauncherText } from '@/utils/i18n/launcher';
import type { OfferCapture } from '@/utils/schema/offer';
import { createSiteReader, type SiteReader } from '@/utils/sites/capture';
import type { SiteAdapter } from '@/utils/sites/lib/types';
import { highlightQuote } from './highlight';
import { type HiddenReason, type LauncherMount, mountLauncher } from './launcher';
import { createLifetime, type Lifetime } from './lifetime';
import { chooseSide } from './placement';
import { createWatcher } from './watch';

/**
 * The content script of one site: the shared screener over that site's adapters only, so adding a site
 * never grows another site's script. wxt.config.ts builds one per site from the adapters' host patterns.
 */
export function defineSiteScript(siteAdapters: readonly SiteAdapter[]) {
  return defineContentScript({
    matches: [...new Set(siteAdapters.flatMap((adapter) => adapter.matches))],
    runAt: 'document_idle',
    // The page must not learn that the extension is here from a postMessage.
    noScriptStartedPostMessage: true,
    main() {
      startScreener(document, createSiteReader(siteAdapters));
    },
  });
}

/**
 * The event WXT's ContentScriptContext listens for to retire an older copy of this script: the same
 * name as getUniqueEventName in node_modules/wxt/dist/utils/internal/custom-events.mjs builds.
 */
function retireEventName(): string {
  return `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
}

/** How long after a navigation we keep watching the page for the new offer to render. */
const SETTLE_WINDOW_MS = 6_000;
const RECAPTURE_THROTTLE_MS = 400;
/** How long a checklist that opened by itself may take to ask for its capture before it is given up. */
const FRAME_LOAD_TIMEOUT_MS = 10_000;

function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let words: LauncherText | null = null;
const launcherWords = (): LauncherText => {
  words ??= pickLauncherText(navigator.languages?.length ? navigator.languages : [navigator.language]);
  return words;
};

function statusLabel(state: LauncherState): string | null {
  if (!state.existingStatus) return null;
  return launcherWords()[state.existingStatus];
}

/**
 * Wires capture, launcher, overlay frame and SPA navigation for one page. WXT's context (the argument
 * of `main`) ends on an event any page can dispatch, so the screener keeps its own lifetime.
 */
export function startScreener(doc: Document, sites: SiteReader): Lifetime {
  const life = createLifetime(window, retireEventName());
  const { signal } = life;
  const { findAdapter, captureOffer, captureSelection } = sites;
  let capture: OfferCapture | null = null;
  let launcher: LauncherMount | null = null;
  // Ties the overlay frame to this mount and this offer. Made when a frame is first opened for an offer
  // (not at page load: the page pays nothing for it until the user asks), dropped when the offer changes.
  let nonce: string | null = null;

  const frameUrl = () => {
    nonce ??= createNonce();
    return `${browser.runtime.getURL('/overlay.html')}#n=${nonce}`;
  };

  /**
   * Opens the checklist on the page; false when it cannot be seen there (the page hides or covers it):
   * then no frame stays open behind the page, and the launcher's report (reportHidden) lets the toolbar
   * button and the shortcut show it in the side panel.
   */
  const openFrame = (): boolean => {
    if (life.check()) return false;
    const mount = ensureLauncher();
    mount.open(frameUrl(), chooseSide(doc, window.innerWidth));
    if (!mount.check()) return true;
    mount.close();
    return false;
  };
  const closeFrame = () => {
    launcher?.close();
  };

  // Whether the checklist was last left open or collapsed on this site, kept in the extension's own
  // storage (never the page's). Only the user's own open and close change it.
  const siteKey = () => `overlay-open:${capture?.site ?? findAdapter(location.href)?.id ?? 'generic'}`;
  let userToggled = false;
  const storeOpen = (open: boolean) => {
    void browser.storage.local.set({ [siteKey()]: open }).catch(() => undefined);
  };
  // "Left open" is stored only once the checklist has really loaded (it asked for its capture): a frame
  // that cannot reach the extension must not reopen by itself on every later page of the site.
  let openPending = false;
  let loadWatch: ReturnType<typeof setTimeout> | undefined;
  const rememberOpen = (open: boolean) => {
    userToggled = true;
    clearTimeout(loadWatch);
    openPending = open;
    if (!open) storeOpen(false);
  };
  const frameLoaded = () => {
    clearTimeout(loadWatch);
    if (openPending) storeOpen(true);
    openPending = false;
  };
  /** Opens the checklist for a new offer when the user left it open on this site last time. */
  const restoreOpen = async (forKey: string) => {
    const key = siteKey();
    const stored = await browser.storage.local.get(key).catch(() => ({}) as Record<string, unknown>);
    // The user may have clicked in the meantime, or the page moved on to another offer: theirs wins.
    if (stored[key] !== true || userToggled || capture?.key !== forKey || launcher?.isOpen()) return;
    openFrame();
    // A checklist that opened by itself and never loaded closes again, and the site stops reopening it.
    clearTimeout(loadWatch);
    loadWatch = setTimeout(() => {
      if (userToggled) return;
      closeFrame();
      storeOpen(false);
    }, FRAME_LOAD_TIMEOUT_MS);
  };

  const ensureLauncher = (): LauncherMount => {
    if (!launcher) {
      const label = launcherWords().label;
      launcher = mountLauncher(
        doc,
        label,
        () => {
          if (life.check()) return;
          if (launcher?.isOpen()) {
            closeFrame();
            rememberOpen(false);
          } else if (openFrame()) {
            rememberOpen(true);
          }
        },
        { onHidden: (reason) => void reportHidden(reason) },
      );
      signal.addEventListener('abort', () => launcher?.remove());
    }
    return launcher;
  };

  /**
   * Tells the background that the launcher or the checklist cannot be seen on this page, with the offer,
   * so the toolbar button and the shortcut show the checklist in the side panel instead.
   */
  const reportHidden = async (reason: HiddenReason) => {
    if (!capture || life.check()) return;
    await browser.runtime.sendMessage({ type: 'launcher:hidden', capture, reason }).catch(() => life.check());
  };

  const announce = async (next: OfferCapture) => {
    try {
      const answer = (await browser.runtime.sendMessage({ type: 'offer:captured', capture: next })) as
        | { ok: true; data: LauncherState }
        | { ok: false };
      if (answer?.ok && capture?.key === next.key) launcher?.setState(answer.data, statusLabel(answer.data));
    } catch {
      // The background may be restarting; or the extension was updated under the page, which says so.
      life.check();
    }
  };

  /**
   * Makes `next` the offer on screen: a fresh nonce for its frame (the old frame can no longer ask for it),
   * the checklist opened when `open`, and the background asked for the launcher's colour.
   */
  /** The URL at which the user asked to screen the page or a selection; null for offers the site script found. */
  let askedAt: string | null = null;
  const show = (next: OfferCapture, open: boolean, asked = false) => {
    capture = next;
    nonce = null;
    askedAt = asked ? location.href : null;
    if (open) openFrame();
    void announce(next);
  };

  /** Reads the page again; a new offer (new key or title) replaces the old one and its frame's nonce. */
  const recapture = (): boolean => {
    const adapter = findAdapter(location.href);
    if (!adapter?.isOffer(new URL(location.href), doc)) {
      // What the user asked to screen stays until they go to another page; a page that merely changes
      // (a timer, an ad) keeps it. Only an adapter's own capture goes when its offer does.
      if (capture && askedAt !== location.href) {
        capture = null;
        launcher?.close();
        launcher?.remove();
        launcher = null;
      }
      return false;
    }
    const next = captureOffer(doc, location.href);
    if (!next) return false;
    const changed = !capture || capture.key !== next.key || capture.title !== next.title;
    if (!changed) return true;
    const wasOpen = launcher?.isOpen() ?? false;
    ensureLauncher().setState({ level: null, existingStatus: null }, null);
    show(next, wasOpen);
    if (!wasOpen) void restoreOpen(next.key);
    return true;
  };

  // Single-page sites swap offers without a reload: follow the URL, then watch only the offer's part of
  // the page, throttled, and only for a short while after each navigation.
  const watcher = createWatcher(() => recapture(), { throttleMs: RECAPTURE_THROTTLE_MS, windowMs: SETTLE_WINDOW_MS });
  signal.addEventListener('abort', () => watcher.stop());
  // Counters for `npm run bench`, on the content script's own (isolated) global: the page cannot see them.
  (globalThis as { gigScreenerWatch?: typeof watcher.stats }).gigScreenerWatch = watcher.stats;
  const watchAfterNavigation = () => {
    const root = findAdapter(location.href)?.observeRoot?.(doc) ?? doc.body;
    if (root) watcher.restart(root);
  };

  life.onLocationChange(() => {
    recapture();
    watchAfterNavigation();
  });

  const handle = (message: Message): unknown => {
    switch (message.type) {
      // The listener passes on only requests carrying this mount's nonce.
      case 'overlay:get-capture':
        if (!capture) return { ok: false, error: 'not-found' };
        frameLoaded();
        return { ok: true, data: capture };
      case 'overlay:resize':
        launcher?.resize(message.height);
        return { ok: true, data: null };
      case 'overlay:close':
        closeFrame();
        rememberOpen(false);
        return { ok: true, data: null };
      case 'overlay:highlight':
        return { ok: true, data: highlightQuote(doc, message.quote) };
      case 'screen:page': {
        const next = captureOffer(doc, location.href);
        if (!next) return { ok: false, error: 'not-found' };
        show(next, true, true);
        return { ok: true, data: null };
      }
      case 'screen:selection': {
        // The menu's copy of the selection loses line breaks; the live selection keeps them.
        const live = doc.getSelection()?.toString() ?? '';
        const text = live.trim().length >= message.text.trim().length ? live : message.text;
        show(captureSelection(text, location.href, doc.title), true, true);
        return { ok: true, data: null };
      }
      case 'content:ping':
        return { ok: true, data: true };
    }
  };

  // Answered through sendResponse, synchronously: the browser's own API (no polyfill in content scripts)
  // takes that in both Chromium and Firefox, where a returned Promise is Firefox-only.
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (!life.extensionAlive() || sender?.id !== browser.runtime.id) return false;
    const message = parseContentMessage(raw);
    if (!message) return false;
    // A frame's requests carry its mount's nonce: one that is not this screener's belongs to another
    // screener in this page (a script injected beside the site's own), which answers it.
    if ('nonce' in message && message.nonce !== nonce) return false;
    sendResponse(handle(message));
    return false;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  });

  const onKey = (event: KeyboardEvent) => {
    // Only the user's own key: a page script's made-up Escape must not close the checklist.
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && launcher?.isOpen()) {
      closeFrame();
      rememberOpen(false);
    }
  };
  window.addEventListener('keydown', onKey, { signal });

  // The extension was updated or removed under this page: the launcher says so, in place of the
  // checklist, instead of failing silently on the next click.
  life.onOrphaned(() => {
    watcher.stop();
    launcher?.showNotice(launcherWords().updated);
  });

  recapture();
  // Some offers (slide-overs, lazy panels) render after document_idle.
  watchAfterNavigation();
  return life;
}
