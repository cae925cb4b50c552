import { createSiteReader } from './capture';
import { coconala } from './coconala';
import { crowdworks } from './crowdworks';
import { fiverr } from './fiverr';
import { freelancer } from './freelancer';
import { indeed } from './indeed';
import { lancers } from './lancers';
import { capturePasted as capturePastedWith } from './lib/pasted';
import type { SiteAdapter } from './lib/types';
import { linkedin } from './linkedin';
import { linkedinMessaging } from './linkedin-messaging';
import { upwork } from './upwork';
import { x } from './x';

export type { SiteReader } from './capture';
export { readSender } from './lib/pasted';
export type { AdapterCapture, SiteAdapter } from './lib/types';

/** The one registry of site adapters; a test checks that every adapter file is listed here. */
export const adapters: readonly SiteAdapter[] = [
  upwork,
  freelancer,
  fiverr,
  linkedinMessaging,
  linkedin,
  indeed,
  lancers,
  crowdworks,
  coconala,
  x,
];

const reader = createSiteReader(adapters);

/** The adapter for a URL's site, or null for every other site. */
export const findAdapter = reader.findAdapter;
/**
 * One key per offer, whatever link led to it: the site adapter's own id when its URL carries one,
 * otherwise the URL without tracking parameters, fragments or trailing slashes.
 */
export const canonicalKey = reader.canonicalKey;
/**
 * Reads the offer on a page: the site's adapter, else schema.org JobPosting JSON-LD, else the page's main
 * text. Never throws; null only when the page has no text at all.
 */
export const captureOffer = reader.captureOffer;
/** A capture of text the user selected on any page. */
export const captureSelection = reader.captureSelection;
/** A capture of an offer pasted into the side panel (a Slack or LINE message, an e-mail). */
export const capturePasted = (input: { text: string; sender?: string; url?: string }, now?: Date) =>
  capturePastedWith(reader, input, now);

/** Host match patterns of every adapter: the sites the extension may read without a user gesture. */
export const SUPPORTED_HOST_MATCHES: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];

/**
 * One content script per site: the adapters that share a host (LinkedIn jobs and LinkedIn messaging) go in
 * one script, named after the host. wxt.config.ts builds them from this, so adding a site adds its script.
 */
export function siteScripts(): { name: string; ids: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const adapter of adapters) {
    const host = adapter.matches[0]?.match(/^[^:]+:\/\/(?:\*\.)?([^/]+)/)?.[1] ?? adapter.id;
    const name = host.split('.').slice(0, -1).join('-') || adapter.id;
    groups.set(name, [...(groups.get(name) ?? []), adapter.id]);
  }
  return [...groups].map(([name, ids]) => ({ name, ids }));
}

const SCREENER_SUFFIX = '-screener';

/** The name of a site script's screener, the part injected when first needed (wxt.config.ts builds both). */
export function screenerScriptName(siteScript: string): string {
  return `${siteScript}${SCREENER_SUFFIX}`;
}

/** The site script a site's screener borrows its launcher from; null for the generic screener. */
export function siteScriptOf(screener: string): string | null {
  return screener.endsWith(SCREENER_SUFFIX) ? screener.slice(0, -SCREENER_SUFFIX.length) : null;
}

/**
 * The screener (its name under content-scripts/) that screens a URL: its site's, else the generic one. The
 * background injects it when the site script first needs it, or when the user asks to screen a page.
 */
export function siteScriptFor(url: string | undefined): string {
  const adapter = url ? findAdapter(url) : null;
  const site = adapter && siteScripts().find((script) => script.ids.includes(adapter.id))?.name;
  return site ? screenerScriptName(site) : 'offer';
}
