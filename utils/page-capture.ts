import type { OfferCapture } from './schema/offer';
import { offerCaptureSchema } from './schema/offer';

// Offers whose page hides the launcher, kept per tab in the extension's `storage.session` (never the
// page's): the background writes them, the side panel shows their checklist instead of an invisible frame.

const PREFIX = 'hidden-launcher:';

/** The storage.session key of a tab's offer whose launcher the page hides. */
export function pageCaptureKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** The tab id of such a key, or null for any other key. */
export function tabOfPageCaptureKey(key: string): number | null {
  if (!key.startsWith(PREFIX)) return null;
  const id = Number(key.slice(PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** A stored value read back as a capture; null when it is not one. */
export function readPageCapture(value: unknown): OfferCapture | null {
  const parsed = offerCaptureSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
