import type { OfferKind } from '../schema/offer';
import { absoluteUrl, pick, pickText, textOf } from './lib/dom';
import { hasBadge, valueAfterLabel } from './lib/labels';
import type { AdapterCapture, SiteAdapter, SitePage } from './lib/types';

const BRIEF = /^\/briefs\/(?:seller\/)?brief\/([\w-]+)/;
const INBOX = /^\/inbox\/([\w.-]+)/;

function readBrief(doc: Document, url: URL): AdapterCapture | null {
  const title = pickText(doc, ['.brief-title', '.brief-details h1']);
  const body = pick(doc, ['.brief-description']);
  if (!title || !body) return null;
  const buyer = pick(doc, ['.buyer-card']);
  const link = buyer ? pick(buyer, ['.buyer-name', 'a[href^="/"]']) : null;
  const scope = buyer ?? doc;
  return {
    kind: 'job-post',
    title,
    text: textOf(body),
    client: {
      name: link ? textOf(link).trim() : undefined,
      profileUrl: absoluteUrl(link?.getAttribute('href'), url),
      location: valueAfterLabel(scope, ['From']),
    },
    budgetText: valueAfterLabel(doc, ['Budget']),
    postedAt: valueAfterLabel(doc, ['Posted']),
    trust: {
      identityVerified: hasBadge(scope, ['Verified']) || undefined,
      memberSince: valueAfterLabel(scope, ['Member since']),
    },
  };
}

/** The open conversation: the buyer's messages only, oldest first; the seller's own replies are left out. */
function readInbox(doc: Document, url: URL, username: string): AdapterCapture | null {
  const pane = pick(doc, ['.conversation']);
  if (!pane) return null;
  const link = pick(pane, ['.contact-name']);
  const name = link ? textOf(link).trim() : username;
  const theirs = Array.from(pane.querySelectorAll('.message'))
    .filter((m) => m.getAttribute('data-sender') === (pane.getAttribute('data-conversation') ?? username))
    .map((m) => textOf(pick(m, ['.message-body']) ?? m).trim())
    .filter(Boolean)
    .slice(-10);
  if (theirs.length === 0) return null;
  return {
    kind: 'dm',
    title: `Message from ${name}`,
    text: theirs.join('\n\n'),
    client: { name, handle: `@${username}`, profileUrl: absoluteUrl(link?.getAttribute('href'), url) },
    trust: {},
  };
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const fiverrPage: SitePage = {
  id: 'fiverr',
  matches: ['*://*.fiverr.com/*'],
  isOffer(url) {
    return BRIEF.test(url.pathname) || INBOX.test(url.pathname);
  },
  observeRoot(doc) {
    return pick(doc, ['.conversation', '.brief-page', 'main']);
  },
};

/** Fiverr: buyer briefs a seller is matched to, and conversations with buyers in the inbox. */
export const fiverr: SiteAdapter = {
  ...fiverrPage,
  kindOf(url): OfferKind {
    return INBOX.test(url.pathname) ? 'dm' : 'job-post';
  },
  key(url) {
    const brief = url.pathname.match(BRIEF)?.[1];
    if (brief) return `fiverr:brief:${brief}`;
    const inbox = url.pathname.match(INBOX)?.[1];
    return inbox ? `fiverr:inbox:${inbox.toLowerCase()}` : null;
  },
  capture(doc, url) {
    const inbox = url.pathname.match(INBOX)?.[1];
    return inbox ? readInbox(doc, url, inbox) : readBrief(doc, url);
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.fiverr.com/briefs/seller/brief/64f1c2ab9d',
  'https://www.fiverr.com/inbox/lanternhollow',
];
