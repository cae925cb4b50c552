import type { CaptureField, Client, OfferKind, TrustSignals } from '../../schema/offer';

/** What a site adapter reads from its page: the site-specific part of an OfferCapture. */
export interface AdapterCapture {
  kind: OfferKind;
  title: string;
  text: string;
  client: Client;
  budgetText?: string;
  postedAt?: string;
  trust: TrustSignals;
}

/**
 * Where a site adapter runs and which of its pages show an offer: the part the site script needs at every
 * page load (entrypoints/offer.content/stub.ts), kept apart so that its bundle leaves the readers out.
 */
export interface SitePage {
  /** The file name under utils/sites/. */
  id: string;
  /** Match patterns for the hosts it reads. */
  matches: string[];
  /** Whether this page (or its open slide-over) shows an offer. */
  isOffer(url: URL, doc: Document): boolean;
  /** The smallest part of the page that changes when a single-page site swaps offers. */
  observeRoot?(doc: Document): Element | null;
}

/** One job site: where it runs, which pages are offers, and how to read them. */
export interface SiteAdapter extends SitePage {
  /**
   * What this site's offer pages show, so a capture can say which of them it could not read;
   * `['title', 'client', 'budget']` when absent. Direct messages are never held to it.
   */
  fields?: readonly CaptureField[];
  /** Reads the offer; null when the selectors find nothing (a redesign), so the fallbacks take over. */
  capture(doc: Document, url: URL): AdapterCapture | null;
  /**
   * The offer's own id from its URL (e.g. `fiverr:brief:123`), so URL variants and tracking parameters map
   * to one journal entry; null when the URL carries none and the generic normalisation should be used.
   */
  key?(url: URL): string | null;
  /** The kind of offer a page of this site holds, for captures read by the fallbacks; 'job-post' when absent. */
  kindOf?(url: URL): OfferKind;
}
