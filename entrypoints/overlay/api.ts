import { browser } from 'wxt/browser';
import type { Capacity } from '@/utils/capacity';
import type { Failure, LauncherState, Result } from '@/utils/messaging';
import type { LiabilityFlagId } from '@/utils/schema/analysis';
import type { Decision } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import type { Profile } from '@/utils/schema/profile';

export type { LauncherState };

/** The overlay's link to its tab's content script and to the background. */
export interface OverlayApi {
  getCapture(): Promise<Result<OfferCapture>>;
  getProfile(): Promise<Result<Profile>>;
  getCapacity(): Promise<Result<Capacity>>;
  muteFlag(flag: LiabilityFlagId, muted: boolean): Promise<Result<Profile>>;
  getDecision(key: string): Promise<Result<Decision | null>>;
  saveDecision(decision: Decision): Promise<Result<Decision>>;
  resize(height: number): void;
  close(): void;
  highlight(quote: string): void;
  openJournal(): void;
}

const unreachable: Failure = { ok: false, error: 'internal', detail: 'unreachable' };

function asResult<T>(value: unknown): Result<T> {
  if (value && typeof value === 'object' && 'ok' in value) return value as Result<T>;
  return unreachable;
}

/** Creates the API for this overlay frame; the nonce ties it to one mount in one tab. */
export async function createOverlayApi(nonce: string): Promise<OverlayApi> {
  const tab = await browser.tabs.getCurrent();
  const tabId = tab?.id;
  const toContent = async <T>(message: object): Promise<Result<T>> => {
    if (tabId === undefined) return unreachable;
    try {
      return asResult<T>(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
    } catch {
      return unreachable;
    }
  };
  const toBackground = async <T>(message: object): Promise<Result<T>> => {
    try {
      return asResult<T>(await browser.runtime.sendMessage(message));
    } catch {
      return unreachable;
    }
  };
  return {
    getCapture: () => toContent<OfferCapture>({ type: 'overlay:get-capture', nonce }),
    getProfile: () => toBackground<Profile>({ type: 'profile:get' }),
    getCapacity: () => toBackground<Capacity>({ type: 'capacity:get' }),
    muteFlag: (flag, muted) => toBackground<Profile>({ type: 'profile:mute-flag', flag, muted }),
    getDecision: (key) => toBackground<Decision | null>({ type: 'decision:get-by-key', key }),
    saveDecision: (decision) => toBackground<Decision>({ type: 'decision:save', decision }),
    resize: (height) => void toContent({ type: 'overlay:resize', nonce, height }),
    close: () => void toContent({ type: 'overlay:close', nonce }),
    highlight: (quote) => void toContent({ type: 'overlay:highlight', nonce, quote }),
    openJournal: () => {
      // Firefox opens its sidebar only from the click's own handler; Chromium's side panel opens from the
      // background, which knows this tab from the message's sender.
      const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
      if (sidebar) void sidebar.open().catch(() => undefined);
      else void toBackground({ type: 'sidepanel:open' });
    },
  };
}
