import { browser } from 'wxt/browser';
import { analyzeOffer } from '@/utils/analysis';
import { getDecisionByKey, getProfile, saveDecision, saveProfile } from '@/utils/db';
import { failFromError } from '@/utils/db/results';
import { readCapacity } from '@/utils/journal-capacity';
import {
  type Answers,
  type BackgroundMessage,
  type BackgroundMessageType,
  createSender,
  dispatch,
  fail,
  type Handlers,
  type MessageOf,
  type Result,
  succeed,
} from '@/utils/messaging';
import { pageCaptureKey } from '@/utils/page-capture';
import { setFlagMuted } from '@/utils/profile-edit';
import { injectScreener, openJournalPanel } from './actions';

/**
 * Tabs whose page hides the launcher: the shortcut opens the side panel for them at once, inside its
 * user gesture (nothing can be awaited first). Kept in storage.session too, read back when the worker starts.
 */
export const hiddenLauncherTabs = new Set<number>();

/** The parts of `runtime.MessageSender` the handlers read. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

const OVERLAY_PATH = '/overlay.html';

/** The tab of an overlay frame that sent a message; null when the sender is not an overlay frame in a tab. */
export function overlayTab(sender: MessageSender): number | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url) return null;
  try {
    // Chromium serves the frame at a per-session dynamic origin (use_dynamic_url): the scheme and the
    // path are fixed. A content script's messages carry the page's own URL, never an extension scheme.
    const url = new URL(sender.url);
    const ownScheme = new URL(browser.runtime.getURL('/')).protocol;
    return url.protocol === ownScheme && url.pathname === OVERLAY_PATH ? tabId : null;
  } catch {
    return null;
  }
}

type RelayType = 'overlay:get-capture' | 'overlay:resize' | 'overlay:close' | 'overlay:highlight';

/**
 * Passes an overlay frame's request to the content script in the top frame of the frame's own tab, and its
 * answer back. The tab comes from the sender, never from the message, so a frame reaches only its own page.
 */
async function relayToTab<K extends RelayType>(
  message: MessageOf<K>,
  sender: MessageSender,
): Promise<Result<Answers[K]>> {
  const tabId = overlayTab(sender);
  if (tabId === null) return fail('foreign-sender');
  const send = createSender<RelayType>((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
  return send(message);
}

/** Words of both languages that take the engine down most of its paths (each rule's pattern runs once). */
const WARM_UP_TEXT =
  'Remote React developer wanted, $40/hour, NDA and copyright transfer, contact me on Telegram.\n' +
  '在宅でできるデータ入力のお仕事です。報酬は1件100円、秘密保持契約あり、LINEでご連絡ください。';
let warm = false;

/**
 * Reads a made-up offer once per worker, after answering: the patterns compile then, not while the user
 * waits for a checklist. The worker is not the page: this costs the page nothing.
 */
export function warmEngine(): void {
  if (warm) return;
  warm = true;
  setTimeout(() => {
    try {
      analyzeOffer({ text: WARM_UP_TEXT, title: 'Warm-up' });
    } catch {
      // Only a warm-up: the real reading reports its own errors.
    }
  }, 0);
}

const handlers: Handlers<BackgroundMessageType, MessageSender> = {
  'screener:load': async (_message, sender) => {
    const tabId = sender.tab?.id;
    // Only a site script in a tab asks this (an overlay frame's sender URL is the extension's).
    if (tabId === undefined || tabId < 0 || overlayTab(sender) !== null) return fail('foreign-sender');
    const ok = await injectScreener(tabId, sender.frameId ?? 0, sender.url);
    return ok ? succeed(null) : fail('not-found', 'the page cannot be screened');
  },
  'offer:captured': async ({ capture }) => {
    const [profile, existing] = await Promise.all([getProfile(), getDecisionByKey(capture.key)]);
    const analysis = analyzeOffer(capture, profile);
    return succeed({
      level: existing?.verdict?.level ?? analysis.verdict.level,
      existingStatus: existing?.status ?? null,
    });
  },
  'decision:get-by-key': async ({ key }) => succeed((await getDecisionByKey(key)) ?? null),
  'decision:save': async ({ decision }) => succeed(await saveDecision(decision)),
  'profile:get': async () => succeed(await getProfile()),
  'offer:analyze': async ({ capture }) => succeed(analyzeOffer(capture, await getProfile())),
  'capacity:get': async () => succeed(await readCapacity()),
  'profile:mute-flag': async ({ flag, muted }) => {
    const profile = await getProfile();
    return succeed(await saveProfile({ ...profile, mutedFlags: setFlagMuted(profile.mutedFlags, flag, muted) }));
  },
  'sidepanel:open': (_message, sender) => {
    // Synchronous: the side panel opens only while the click's user gesture lasts.
    openJournalPanel(sender.tab?.id);
    return succeed(null);
  },
  'launcher:hidden': async ({ capture }, sender) => {
    const tabId = sender.tab?.id;
    // Only a content script in a tab (its sender URL is the page's, never an extension page) reports this.
    if (tabId === undefined || tabId < 0 || overlayTab(sender) !== null) return fail('foreign-sender');
    hiddenLauncherTabs.add(tabId);
    await browser.storage.session.set({ [pageCaptureKey(tabId)]: capture });
    return succeed(null);
  },
  'overlay:get-capture': relayToTab,
  'overlay:resize': relayToTab,
  'overlay:close': relayToTab,
  'overlay:highlight': relayToTab,
};

/** Answers one message; storage failures become answers the overlay can show, nothing is swallowed. */
export async function handleBackgroundMessage(
  message: BackgroundMessage,
  sender: MessageSender,
): Promise<Result<unknown>> {
  try {
    return await dispatch(handlers, message, sender);
  } catch (error) {
    return failFromError(error);
  }
}
