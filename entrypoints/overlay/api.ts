import { browser } from 'wxt/browser';
import type { Capacity } from '@/utils/capacity';
import { type BackgroundMessageType, createSender, type Result } from '@/utils/messaging';
import type { LiabilityFlagId, OfferAnalysis } from '@/utils/schema/analysis';
import type { Decision } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import type { Profile } from '@/utils/schema/profile';

/** The overlay's link to its tab's content script and to the background. */
export interface OverlayApi {
  getCapture(): Promise<Result<OfferCapture>>;
  getProfile(): Promise<Result<Profile>>;
  /** The offer read by the background against the stored profile. */
  analyze(capture: OfferCapture): Promise<Result<OfferAnalysis>>;
  getCapacity(): Promise<Result<Capacity>>;
  muteFlag(flag: LiabilityFlagId, muted: boolean): Promise<Result<Profile>>;
  getDecisionByKey(key: string): Promise<Result<Decision | null>>;
  saveDecision(decision: Decision): Promise<Result<Decision>>;
  resize(height: number): void;
  close(): void;
  highlight(quote: string): void;
  openJournal(): void;
}

/**
 * Creates the API for this overlay frame; the nonce ties it to one mount in one tab. Everything goes through
 * `runtime.sendMessage` to the background, which relays the page's part to this frame's own tab: the one
 * channel that both browsers give an extension page framed inside a web page.
 */
export function createOverlayApi(
  nonce: string,
  transport: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): OverlayApi {
  const send = createSender<BackgroundMessageType>(transport);
  return {
    getCapture: () => send({ type: 'overlay:get-capture', nonce }),
    getProfile: () => send({ type: 'profile:get' }),
    analyze: (capture) => send({ type: 'offer:analyze', capture }),
    getCapacity: () => send({ type: 'capacity:get' }),
    muteFlag: (flag, muted) => send({ type: 'profile:mute-flag', flag, muted }),
    getDecisionByKey: (key) => send({ type: 'decision:get-by-key', key }),
    saveDecision: (decision) => send({ type: 'decision:save', decision }),
    resize: (height) => void send({ type: 'overlay:resize', nonce, height }),
    close: () => void send({ type: 'overlay:close', nonce }),
    highlight: (quote) => void send({ type: 'overlay:highlight', nonce, quote }),
    // The background opens the side panel (Chromium) or the journal (Firefox) from this click's gesture.
    openJournal: () => void send({ type: 'sidepanel:open' }),
  };
}
