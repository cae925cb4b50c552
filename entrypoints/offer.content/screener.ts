import { browser } from 'wxt/browser';
import type { LauncherState, LauncherTold, Message } from '@/utils/content-messages';
import type { OfferCapture } from '@/utils/schema/offer';
import type { SiteReader } from '@/utils/sites/capture';
import type { Handoff } from './handoff';
import { highlightQuote } from './highlight';
import type { ScreenerKit } from './kit';
import type { HiddenReason, LauncherMount } from './launcher';
import type { Lifetime } from './lifetime';
import { createNonce } from './messages';
import { createOpenMemory } from './open-memory';
import { chooseSide } from './placement';
import { createWatcher } from './watch';

/** How long after a navigation we keep watching the page for the new offer to render. */
const SETTLE_WINDOW_MS = 6_000;
const RECAPTURE_THROTTLE_MS = 400;

/**
 * Wires the launcher, the overlay frame and SPA navigation for one page. WXT's context (the argument of
 * `main`) ends on an event any page can dispatch, so the screener keeps its own lifetime.
 *
 * At load it only asks whether the page shows an offer (the adapter's URL and selector checks) and mounts
 * the launcher: the offer is read from the page when something needs it (the user opens the checklist, the
 * checklist left open on this site reopens, the page hides the launcher, the user asks to screen the page),
 * never before. Reading the offer is most of what the screener costs a page.
 */
export function startScreener(
  doc: Document,
  sites: SiteReader,
  kit: ScreenerKit,
  handoff: Handoff | null = null,
): Lifetime {
  const { mountLauncher, createLifetime, listenForMessages, listenForTold, launcherWords, statusLabel } = kit;
  // Loaded by the site script's first part: its lifetime and its launcher go on, and it stops listening.
  handoff?.stop();
  const life = handoff?.life ?? createLifetime(window);
  life.pollForOrphan();
  const { signal } = life;
  const { findAdapter, canonicalKey, captureOffer, captureSelection } = sites;
  /** The key of the offer the launcher stands for (from its URL); null while the page shows none. */
  let offerKey: string | null = null;
  /** What was read from the page for that offer, once something needed it. */
  let capture: OfferCapture | null = null;
  let launcher: LauncherMount | null = handoff?.mount ?? null;
  // Ties the overlay frame to this mount and this offer. Made when a frame is first opened for an offer
  // (not at page load: the page pays nothing for it until the user asks), dropped when the offer changes.
  let nonce: string | null = null;
  /** The URL at which the user asked to screen the page or a selection; null for offers the site script found. */
  let askedAt: string | null = null;

  const frameUrl = () => {
    nonce ??= createNonce();
    return `${browser.runtime.getURL('/overlay.html')}#n=${nonce}`;
  };
  const memory = createOpenMemory(() => capture?.site ?? findAdapter(location.href)?.id ?? 'generic');

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
   * The offer on screen, read from the page now. What the user asked to screen stays until they go to
   * another page. A different offer than the one read before (key or title) drops the old frame's nonce.
   */
  const readCapture = (): OfferCapture | null => {
    if (capture && askedAt === location.href) return capture;
    const next = captureOffer(doc, location.href);
    if (!next) return capture;
    const changed = !capture || capture.key !== next.key || capture.title !== next.title;
    if (capture && changed) nonce = null;
    capture = next;
    offerKey = next.key;
    // The background colours the launcher from what was read.
    if (changed) void announce(next);
    return capture;
  };

  /**
   * Opens the checklist on the page; false when it cannot be seen there (the page hides or covers it):
   * then no frame stays open behind the page, and the launcher's report (reportHidden) lets the toolbar
   * button and the shortcut show it in the side panel. The offer is read as the page now shows it, unless
   * `read` is false (the caller has just read it).
   */
  const openFrame = (read = true): boolean => {
    if (life.check()) return false;
    const mount = ensureLauncher();
    if (read && !mount.isOpen()) readCapture();
    mount.open(frameUrl(), chooseSide(doc, window.innerWidth));
    if (!mount.check()) return true;
    mount.close();
    return false;
  };
  const closeFrame = () => {
    launcher?.close();
  };

  const activate = () => {
    if (life.check()) return;
    if (launcher?.isOpen()) {
      closeFrame();
      memory.userToggled(false);
    } else if (openFrame()) {
      memory.userToggled(true);
    }
  };
  const own = (mount: LauncherMount) => {
    mount.rebind(activate, { onHidden: (reason) => void reportHidden(reason) });
    signal.addEventListener('abort', () => mount.remove());
  };
  const ensureLauncher = (): LauncherMount => {
    if (!launcher) {
      launcher = mountLauncher(doc, launcherWords().label, activate);
      own(launcher);
    }
    return launcher;
  };
  const removeLauncher = () => {
    launcher?.close();
    launcher?.remove();
    launcher = null;
  };

  /**
   * Tells the background that the launcher or the checklist cannot be seen on this page, with the offer,
   * so the toolbar button and the shortcut show the checklist in the side panel instead.
   */
  const reportHidden = async (reason: HiddenReason) => {
    if (life.check()) return;
    const offer = capture ?? readCapture();
    if (!offer) return;
    await browser.runtime.sendMessage({ type: 'launcher:hidden', capture: offer, reason }).catch(() => life.check());
  };

  /**
   * What the background said is recorded for the offer at a URL (`launcher:state`, sent unasked when a page
   * of the site loads or moves on, and only when there is something to show). It may come before this
   * script shows the offer at that URL (a single-page site's render lags its URL), so the latest is kept
   * until the launcher stands for that URL.
   */
  let told: LauncherTold | null = handoff?.told ?? null;
  /** Where the launcher shows `told`: its colour and status, and the checklist reopened if left open. */
  const applyTold = () => {
    if (!told || told.url !== location.href || !offerKey || !launcher) return;
    const state = told;
    told = null;
    // The user may have opened the checklist already: what it read then wins.
    if (!capture) launcher.setState(state, statusLabel(state));
    if (!state.open || memory.touched() || launcher.isOpen()) return;
    openFrame();
    // A checklist that opened by itself and never loaded closes again, and the site stops reopening it.
    memory.watchAutoOpen(closeFrame);
  };

  /**
   * Makes `next` the offer on screen: a fresh nonce for its frame (the old frame can no longer ask for it),
   * the checklist opened when `open`, and the background asked for the launcher's colour.
   */
  const show = (next: OfferCapture, open: boolean, asked = false) => {
    capture = next;
    offerKey = next.key;
    nonce = null;
    askedAt = asked ? location.href : null;
    if (open) openFrame(false);
    void announce(next);
  };

  /**
   * Looks at the page again (a navigation, or the page changed): whether it shows an offer, and which. With
   * the checklist open, the offer is read again so that a new one (new key or title) replaces the old one
   * and its frame's nonce; with it closed, the URL's key is enough, and the offer is read when opened.
   */
  const refresh = (): boolean => {
    const href = location.href;
    if (!findAdapter(href)?.isOffer(new URL(href), doc)) {
      // What the user asked to screen stays until they go to another page; a page that merely changes
      // (a timer, an ad) keeps it. Only an adapter's own offer goes when its page no longer shows it.
      if ((capture || offerKey) && askedAt !== href) {
        capture = null;
        offerKey = null;
        removeLauncher();
      }
      return false;
    }
    if (!launcher?.isOpen()) {
      const key = canonicalKey(href);
      if (key === offerKey && launcher) return true;
      capture = null;
      offerKey = key;
      nonce = null;
      askedAt = null;
      ensureLauncher().setState({ level: null, existingStatus: null }, null);
      applyTold();
      return true;
    }
    const next = captureOffer(doc, href);
    if (!next || (capture && capture.key === next.key && capture.title === next.title)) return true;
    launcher.setState({ level: null, existingStatus: null }, null);
    show(next, true);
    return true;
  };

  // Single-page sites swap offers without a reload: follow the URL, then watch only the offer's part of
  // the page, throttled, and only for a short while after each navigation.
  const watcher = createWatcher(() => refresh(), { throttleMs: RECAPTURE_THROTTLE_MS, windowMs: SETTLE_WINDOW_MS });
  signal.addEventListener('abort', () => watcher.stop());
  // Counters for `npm run bench`, on the content script's own (isolated) global: the page cannot see them.
  (globalThis as { gigScreenerWatch?: typeof watcher.stats }).gigScreenerWatch = watcher.stats;
  const watchAfterNavigation = () => {
    const root = findAdapter(location.href)?.observeRoot?.(doc) ?? doc.body;
    if (root) watcher.restart(root);
  };

  life.onLocationChange(() => {
    refresh();
    watchAfterNavigation();
  });

  const handle = (message: Message): unknown => {
    switch (message.type) {
      // The listener passes on only requests carrying this mount's nonce.
      case 'overlay:get-capture': {
        const offer = capture ?? readCapture();
        if (!offer) return { ok: false, error: 'not-found' };
        memory.frameLoaded();
        return { ok: true, data: offer };
      }
      case 'overlay:resize':
        launcher?.resize(message.height);
        return { ok: true, data: null };
      case 'overlay:close':
        closeFrame();
        memory.userToggled(false);
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

  listenForMessages(life, () => nonce, handle);
  listenForTold(life, (message) => {
    told = message;
    applyTold();
  });

  const onKey = (event: KeyboardEvent) => {
    // Only the user's own key: a page script's made-up Escape must not close the checklist.
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && launcher?.isOpen()) {
      closeFrame();
      memory.userToggled(false);
    }
  };
  window.addEventListener('keydown', onKey, { signal });

  // The extension was updated or removed under this page: the launcher says so, in place of the
  // checklist, instead of failing silently on the next click.
  life.onOrphaned(() => {
    watcher.stop();
    launcher?.showNotice(launcherWords().updated);
  });

  if (launcher) {
    own(launcher);
    // The launcher the first part mounted stands for the offer at the URL it saw.
    if (handoff?.href === location.href) offerKey = canonicalKey(location.href);
  }
  refresh();
  // Some offers (slide-overs, lazy panels) render after document_idle.
  watchAfterNavigation();
  applyTold();
  // What made the first part load the screener.
  const intent = handoff?.intent;
  if (intent?.kind === 'open' && launcher && openFrame()) memory.userToggled(true);
  if (intent?.kind === 'hidden') void reportHidden(intent.reason);
  return life;
}
