import { browser } from 'wxt/browser';
import { type LauncherTold, type Message, parseContentMessage } from '@/utils/content-messages';
import type { Lifetime } from './lifetime';

/**
 * Answers the extension's messages to this page (the overlay frame's, relayed by the background, and the
 * background's own) with `handle`, until the lifetime ends. Messages from anyone but this extension, and
 * frame requests carrying another mount's nonce, are left unanswered.
 */
export function listenForMessages(
  life: Lifetime,
  nonce: () => string | null,
  handle: (message: Message) => unknown,
): () => void {
  // Answered through sendResponse, synchronously: the browser's own API (no polyfill in content scripts)
  // takes that in both Chromium and Firefox, where a returned Promise is Firefox-only.
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (!life.extensionAlive() || sender?.id !== browser.runtime.id) return false;
    const message = parseContentMessage(raw);
    if (!message) return false;
    // A frame's requests carry its mount's nonce: one that is not this screener's belongs to another
    // screener in this page (a script injected beside the site's own), which answers it.
    if ('nonce' in message && message.nonce !== nonce()) return false;
    sendResponse(handle(message));
    return false;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  const remove = () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  };
  life.signal.addEventListener('abort', remove);
  return remove;
}

type ToldSlot = { __gigScreenerTold?: (raw: unknown) => boolean };

/**
 * Takes the background's `launcher:state` (tellLauncher, utils/content-messages.ts) with `handle` until the
 * lifetime ends or another handler takes over (the screener, from the site script's first part). The slot
 * is a property of the isolated world's global object, which the page cannot reach.
 */
export function listenForTold(life: Lifetime, handle: (message: LauncherTold) => void): () => void {
  const slots = globalThis as ToldSlot;
  const handler = (raw: unknown): boolean => {
    // Only this extension can run code in its isolated world, so the caller needs no check; nor does the
    // extension API have to be touched for it, on a page whose launcher only shows a recorded colour.
    if (life.ended()) return false;
    const message = parseContentMessage(raw);
    if (message?.type !== 'launcher:state') return false;
    handle(message);
    return true;
  };
  slots.__gigScreenerTold = handler;
  const remove = () => {
    if (slots.__gigScreenerTold === handler) delete slots.__gigScreenerTold;
  };
  life.onEnd(remove);
  return remove;
}

/** A fresh random nonce for an overlay frame's URL. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
