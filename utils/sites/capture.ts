import type { CaptureField, OfferCapture, TrustSignals } from '../schema/offer';
import { genericKey } from './lib/canonical';
import { TEXT_LIMIT, tidy } from './lib/dom';
import { captureJsonLd } from './lib/json-ld';
import { captureMainText } from './lib/main-text';
import { findPage } from './lib/match';
import type { AdapterCapture, SiteAdapter } from './lib/types';

/** The range each numeric trust signal may take (utils/schema/offer.ts), and whether it counts. */
const TRUST_RANGES: Record<string, { max: number; integer: boolean }> = {
  hireRate: { max: 100, integer: false },
  rating: { max: 10, integer: false },
  reviews: { max: Number.MAX_SAFE_INTEGER, integer: true },
  pastOrders: { max: Number.MAX_SAFE_INTEGER, integer: true },
  hires: { max: Number.MAX_SAFE_INTEGER, integer: true },
  applicants: { max: Number.MAX_SAFE_INTEGER, integer: true },
};
/** The longest text trust signal the capture keeps (`totalSpent`, `memberSince`, `avgRatePaid`). */
const TRUST_TEXT_MAX = 100;

/**
 * Drops trust signals the page did not show, so absent stays absent, and those a page shows out of
 * range ("100000% hire rate"): a capture the extension would refuse helps nobody.
 */
function cleanTrust(trust: TrustSignals): TrustSignals {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(trust)) {
    if (value === undefined) continue;
    if (typeof value === 'number') {
      const range = TRUST_RANGES[key];
      const outOfRange = range && (value > range.max || (range.integer && !Number.isInteger(value)));
      if (!Number.isFinite(value) || value < 0 || outOfRange) continue;
    }
    out[key] = typeof value === 'string' ? value.slice(0, TRUST_TEXT_MAX) : value;
  }
  return out as TrustSignals;
}

function clip(value: string | undefined, max: number): string | undefined {
  return value ? value.slice(0, max) : undefined;
}

const DEFAULT_FIELDS: readonly CaptureField[] = ['title', 'client', 'budget'];

/** The fields a recognised job page should show but this capture lacks, in the adapter's order. */
function missingFields(part: AdapterCapture, client: OfferCapture['client'], adapter: SiteAdapter): CaptureField[] {
  if (part.kind !== 'job-post') return [];
  const has: Record<CaptureField, boolean> = {
    title: tidy(part.title) !== '',
    client: Boolean(client.name || client.handle),
    budget: Boolean(part.budgetText?.trim()),
    posted: Boolean(part.postedAt?.trim()),
    description: part.text.trim() !== '',
  };
  return (adapter.fields ?? DEFAULT_FIELDS).filter((field) => !has[field]);
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    // A hostile or half-rendered page must never break the page or the extension.
    return null;
  }
}

/** What a content script, the overlay or the side panel reads pages with: a set of adapters and the fallbacks. */
export interface SiteReader {
  findAdapter(url: string | URL): SiteAdapter | null;
  canonicalKey(input: string | URL): string;
  captureOffer(doc: Document, url: string, now?: Date): OfferCapture | null;
  captureSelection(text: string, url: string, title: string, now?: Date): OfferCapture;
  /** Makes a capture of what an adapter or another reader found (utils/sites/pasted.ts reads pasted offers). */
  buildCapture(part: AdapterCapture, meta: CaptureMeta): OfferCapture;
}

/** Where a capture's parts came from. */
export interface CaptureMeta {
  url: string;
  site: string;
  source: OfferCapture['source'];
  now: Date;
  adapter?: SiteAdapter | null;
}

/**
 * Builds the page reader over a list of adapters (the first whose pattern matches wins). Each site's content
 * script builds one over its own adapters only, so one site's script never carries another site's adapter.
 */
export function createSiteReader(adapters: readonly SiteAdapter[]): SiteReader {
  // The content script asks for the same URL's adapter several times per look at the page.
  let lastUrl: string | null = null;
  let lastAdapter: SiteAdapter | null = null;
  /** The adapter for a URL's site, or null for every other site. */
  function findAdapter(url: string | URL): SiteAdapter | null {
    const href = String(url);
    if (href === lastUrl) return lastAdapter;
    let parsed: URL;
    try {
      parsed = new URL(href);
    } catch {
      return null;
    }
    lastAdapter = findPage(adapters, parsed);
    lastUrl = href;
    return lastAdapter;
  }

  /**
   * One key per offer, whatever link led to it: the site adapter's own id when its URL carries one,
   * otherwise the URL without tracking parameters, fragments or trailing slashes.
   */
  function canonicalKey(input: string | URL): string {
    let url: URL;
    try {
      url = new URL(String(input));
    } catch {
      return String(input).slice(0, 4000);
    }
    const own = safely(() => findAdapter(url)?.key?.(url) ?? null);
    return (own ?? genericKey(url)).slice(0, 4000);
  }

  function build(part: AdapterCapture, meta: CaptureMeta): OfferCapture {
    const client = Object.fromEntries(
      Object.entries(part.client).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
    ) as OfferCapture['client'];
    const missing = meta.adapter ? missingFields(part, client, meta.adapter) : [];
    return {
      url: meta.url.slice(0, 4000),
      key: canonicalKey(meta.url),
      site: meta.site,
      kind: part.kind,
      source: meta.source,
      title: tidy(part.title).slice(0, 500),
      text: part.text.slice(0, TEXT_LIMIT),
      client: {
        name: clip(client.name, 300),
        handle: clip(client.handle, 300),
        profileUrl: clip(client.profileUrl, 2000),
        email: clip(client.email, 300),
        location: clip(client.location, 300),
      },
      budgetText: clip(part.budgetText, 300),
      postedAt: clip(part.postedAt, 100),
      trust: cleanTrust(part.trust),
      ...(missing.length ? { missing } : {}),
      capturedAt: meta.now.toISOString(),
    };
  }

  /**
   * Reads the offer on a page: the site's adapter, else schema.org JobPosting JSON-LD, else the page's main
   * text. Never throws; null only when the page has no text at all.
   */
  function captureOffer(doc: Document, url: string, now: Date = new Date()): OfferCapture | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    const adapter = findAdapter(parsed);
    const site = adapter?.id ?? 'generic';
    const fromAdapter = adapter ? safely(() => adapter.capture(doc, parsed)) : null;
    if (fromAdapter) return build(fromAdapter, { url, site, source: 'adapter', now, adapter });
    // On a page its adapter claims as an offer, the fallbacks' gaps are worth naming too.
    const recognised = adapter && safely(() => adapter.isOffer(parsed, doc)) ? adapter : null;
    const fromJsonLd = safely(() => captureJsonLd(doc));
    if (fromJsonLd) return build(fromJsonLd, { url, site, source: 'json-ld', now, adapter: recognised });
    const main = safely(() => captureMainText(doc));
    if (!main?.text.trim()) return null;
    const { title, text } = main;
    const kind = safely(() => adapter?.kindOf?.(parsed)) ?? 'job-post';
    return build(
      { kind, title, text, client: {}, trust: {} },
      { url, site, source: 'readable', now, adapter: recognised },
    );
  }

  /** A capture of text the user selected on any page. */
  function captureSelection(text: string, url: string, title: string, now: Date = new Date()): OfferCapture {
    const site = findAdapter(url)?.id ?? 'generic';
    return build(
      { kind: 'job-post', title, text: tidy(text), client: {}, trust: {} },
      { url, site, source: 'selection', now },
    );
  }

  return { findAdapter, canonicalKey, captureOffer, captureSelection, buildCapture: build };
}
