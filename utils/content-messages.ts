// The messages a content script receives. The content script loads on every job page, so it validates
// them with this small hand-written parser rather than bundling zod (≈6 kB gzip); utils/messaging.ts
// holds the same shapes as zod schemas, and a test checks both accept and refuse the same inputs.

export type ContentMessage =
  // overlay → content script (top frame of its tab): hand over the capture for this mount.
  | { type: 'overlay:get-capture'; nonce: string }
  // overlay → content script: frame size and visibility.
  | { type: 'overlay:resize'; nonce: string; height: number }
  | { type: 'overlay:close'; nonce: string }
  // overlay → content script: scroll to and select a quote on the page.
  | { type: 'overlay:highlight'; nonce: string; quote: string }
  // background → content script: is a content script already here?
  | { type: 'content:ping' }
  // background → content script: the user asked to screen this page, or the selected text.
  | { type: 'screen:page' }
  | { type: 'screen:selection'; text: string }
  // background → content script: what is recorded for the offer at this URL (sent only when there is
  // something to show: a decision's colour and status, or the checklist left open on the site).
  | ({ type: 'launcher:state'; url: string } & LauncherStart);
export type Message = ContentMessage;
/** What the background tells a page of a supported site about the offer at one of its URLs. */
export type LauncherTold = Extract<ContentMessage, { type: 'launcher:state' }>;

const isString = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isNonce = (v: unknown): v is string => isString(v, 8, 100);
const KEYS: Record<ContentMessage['type'], readonly string[]> = {
  'overlay:get-capture': ['type', 'nonce'],
  'overlay:resize': ['type', 'nonce', 'height'],
  'overlay:close': ['type', 'nonce'],
  'overlay:highlight': ['type', 'nonce', 'quote'],
  'content:ping': ['type'],
  'screen:page': ['type'],
  'screen:selection': ['type', 'text'],
  'launcher:state': ['type', 'url', 'level', 'existingStatus', 'open'],
};
const LEVELS: readonly unknown[] = ['go', 'caution', 'no-go', null];
const STATUSES: readonly unknown[] = ['accepted', 'declined', 'hold', null];

/** Parses a message meant for a content script; null when it is not exactly one. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const m = value as Record<string, unknown>;
  const type = m.type;
  if (typeof type !== 'string' || !Object.hasOwn(KEYS, type)) return null;
  // Unknown keys are dropped, as zod's object parsing does; the result is a fresh object.
  switch (type) {
    case 'overlay:get-capture':
    case 'overlay:close':
      return isNonce(m.nonce) ? { type, nonce: m.nonce } : null;
    case 'overlay:resize':
      return isNonce(m.nonce) && typeof m.height === 'number' && m.height >= 0 && m.height <= 5000
        ? { type, nonce: m.nonce, height: m.height }
        : null;
    case 'overlay:highlight':
      return isNonce(m.nonce) && isString(m.quote, 1, 1000) ? { type, nonce: m.nonce, quote: m.quote } : null;
    case 'content:ping':
    case 'screen:page':
      return { type };
    case 'screen:selection':
      return isString(m.text, 1, 100_000) ? { type, text: m.text } : null;
    case 'launcher:state': {
      const { url, level, existingStatus, open } = m;
      if (!isString(url, 1, 4000) || typeof open !== 'boolean') return null;
      if (!LEVELS.includes(level) || !STATUSES.includes(existingStatus)) return null;
      return {
        type,
        url,
        level: level as LauncherStart['level'],
        existingStatus: existingStatus as LauncherStart['existingStatus'],
        open,
      };
    }
    default:
      return null;
  }
}

/** What the background answers to `offer:captured`: the launcher's colour and any recorded decision. */
export interface LauncherState {
  level: 'go' | 'caution' | 'no-go' | null;
  /** The status of the decision already recorded for this offer, if any. */
  existingStatus: 'accepted' | 'declined' | 'hold' | null;
}

/**
 * What the background tells a page of a supported site when it loads (`launcher:state`), before anything
 * is read from the page: the recorded decision's colour and status, and whether the user left the checklist
 * open on this site. The background sends it unasked, and only when there is something to show, so loading
 * a page the user never decided on costs it no message and no storage call.
 */
export interface LauncherStart extends LauncherState {
  open: boolean;
}

/**
 * Delivers `launcher:state` to a page: the background runs this function in the page's isolated world
 * (scripting.executeScript, launcher-state.ts), where the site script or the screener left its handler
 * (listenForTold, entrypoints/offer.content/messages.ts). A runtime message would need the page's script to
 * listen with the extension API from load on, and the first touch of that API costs every page load about
 * a millisecond in Chromium; this costs only the pages that have something to show. The page's own
 * scripts cannot see the isolated world. Serialised into the page: it uses nothing from outside itself.
 * The message travels as JSON text: Chromium drops the null members of an object passed as an argument
 * (`level: null` would arrive missing, and the message be refused). True when a handler took it.
 */
export function tellLauncher(json: string): boolean {
  const handler = (globalThis as { __gigScreenerTold?: unknown }).__gigScreenerTold;
  if (typeof handler !== 'function') return false;
  try {
    return handler(JSON.parse(json)) === true;
  } catch {
    return false;
  }
}

/** The extension storage key saying whether the checklist was last left open on a site. */
export function openStateKey(site: string): string {
  return `overlay-open:${site}`;
}
