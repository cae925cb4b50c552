import { browser } from 'wxt/browser';
import type { LauncherTold } from '@/utils/content-messages';
import { findPage } from '@/utils/sites/lib/match';
import type { SitePage } from '@/utils/sites/lib/types';
import {
  borrowKit,
  dropHandoff,
  type HandoffIntent,
  leaveHandoff,
  lendKit,
  offerHandoff,
  screenerRunning,
} from './handoff';
import { makeKit } from './kit';
import { type LauncherMount, mountLauncher } from './launcher';
import { createLifetime, type Lifetime } from './lifetime';
import { listenForTold } from './messages';
import { createWatcher, type Watcher } from './watch';
import { launcherWords, statusLabel } from './words';

/** How long after load, or after the URL changed, the page is watched for an offer that renders late. */
const SETTLE_WINDOW_MS = 6_000;
const LOOK_THROTTLE_MS = 400;

/**
 * The part of a site's script that runs on every page load: it asks the site's adapter whether the page
 * shows an offer and, if so, mounts the launcher. Nothing is read from the page and nothing is sent.
 * Everything else (reading the offer, the checklist's frame, following a single-page site from offer to
 * offer) is the screener, which the background injects the first time it is needed: the user clicks the
 * launcher, the page hides it, the checklist was left open on the site, or the page moves on to another URL.
 * The screener takes the launcher over (handoff.ts); the page never sees it replaced.
 */
export function startLauncherStub(doc: Document, pages: readonly SitePage[]): Lifetime | null {
  // The toolbar button or the shortcut injected the screener before this part ran, or this part runs here
  // already (the background injects it again with the screener when it cannot tell): the page is taken.
  if (screenerRunning() || borrowKit()) return null;
  lendKit(makeKit());
  const life = createLifetime(window);
  const href = location.href;
  let mount: LauncherMount | null = null;
  let told: LauncherTold | null = null;
  let handedOver = false;
  let loading = false;

  const pageHere = (): { page: SitePage; url: URL } | null => {
    try {
      const url = new URL(location.href);
      const page = findPage(pages, url);
      return page ? { page, url } : null;
    } catch {
      return null;
    }
  };
  const showsOffer = (): boolean => {
    const here = pageHere();
    try {
      return here?.page.isOffer(here.url, doc) === true;
    } catch {
      // A hostile or half-rendered page must never break the page or the extension.
      return false;
    }
  };

  // Some offers (slide-overs, lazy panels) render after document_idle: the offer's part of the page is
  // watched for a short while, throttled, until it shows one.
  // Made on first need: on a page that shows its offer at load, nothing is watched.
  let watcher: Watcher | null = null;
  const watch = () => {
    const root = pageHere()?.page.observeRoot?.(doc) ?? doc.body;
    if (!root || mount) return;
    watcher ??= createWatcher(
      () => {
        show();
        if (mount) watcher?.stop();
      },
      { throttleMs: LOOK_THROTTLE_MS, windowMs: SETTLE_WINDOW_MS },
    );
    watcher.restart(root);
  };
  let stopTold: () => void = () => undefined;
  const stop = () => {
    handedOver = true;
    watcher?.stop();
    stopTold();
  };

  /** Has the background inject the screener, which takes the page over with what this part knows. */
  const load = (intent: HandoffIntent) => {
    if (handedOver || loading || life.check()) return;
    loading = true;
    leaveHandoff({ life, mount, href, told, intent, stop });
    const failed = () => {
      loading = false;
      // The screener never ran (the worker was restarting, or the extension was updated under the page,
      // which the launcher then says): the next click tries again.
      dropHandoff();
      life.check();
    };
    browser.runtime.sendMessage({ type: 'screener:load' }).then((answer: unknown) => {
      if ((answer as { ok?: boolean } | undefined)?.ok !== true) failed();
      loading = false;
    }, failed);
  };

  const applyTold = () => {
    if (!mount || !told || told.url !== location.href) return;
    mount.setState(told, statusLabel(told));
    if (told.open) load({ kind: 'told' });
  };

  const show = () => {
    if (mount || !showsOffer()) return;
    mount = mountLauncher(doc, launcherWords().label, () => load({ kind: 'open' }), {
      onHidden: (reason) => load({ kind: 'hidden', reason }),
    });
    life.onEnd(() => {
      if (!handedOver) mount?.remove();
    });
    applyTold();
  };

  life.onLocationChange(() => {
    if (handedOver) return;
    // Another offer, or one that appears: the screener follows the site from here on.
    if (mount || showsOffer()) load({ kind: 'navigated' });
    else watch();
  });
  life.onOrphaned(() => {
    if (handedOver) return;
    watcher?.stop();
    mount?.showNotice(launcherWords().updated);
  });

  // Only what the background tells a page that loaded, and without the extension's messaging API, whose
  // first use costs every page load (listenForTold); the screener answers everything else.
  stopTold = listenForTold(life, (message) => {
    told = message;
    applyTold();
  });

  offerHandoff(() => (handedOver ? null : { life, mount, href, told, intent: { kind: 'asked' }, stop }));
  show();
  if (!mount) watch();
  return life;
}
