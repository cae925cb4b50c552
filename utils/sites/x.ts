import { pick, pickText, textOf } from './lib/dom';
import type { SiteAdapter, SitePage } from './lib/types';

/** How many of the other party's latest messages a capture keeps. */
const MAX_MESSAGES = 10;

const PANE = [
  '[data-testid="DmActivityContainer"]',
  'section[aria-label="Section details"]',
  'section[aria-label="セクションの詳細"]',
];
const HEADER = ['[data-testid="DmConversationHeader"]', '[data-testid="DM_Conversation_Header"]'];
const SENT = '[data-testid="sentMessage"]';
const RECEIVED = '[data-testid="receivedMessage"]';
/** First path segments that are X's own pages, never a user's handle. */
const NOT_HANDLES = new Set(['home', 'messages', 'explore', 'notifications', 'settings', 'i', 'search', 'compose']);

/**
 * The conversation id from `/messages/<id>`: one number for a group, two joined by `-` for a one-to-one
 * conversation, put in ascending order so either participant's link gives the same key.
 */
function conversationId(url: URL): string | null {
  const raw = url.pathname.match(/^\/messages\/(\d+(?:-\d+)?)(?:\/|$)/)?.[1];
  if (!raw) return null;
  const ascending = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return raw.split('-').sort(ascending).join('-');
}

/** `kenta` from a link to `/kenta` (or `https://x.com/kenta`); undefined for X's own pages. */
function handleFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let path: string;
  try {
    path = new URL(href, 'https://x.com').pathname;
  } catch {
    return undefined;
  }
  const handle = path.match(/^\/([A-Za-z0-9_]{1,15})\/?$/)?.[1];
  return handle && !NOT_HANDLES.has(handle.toLowerCase()) ? handle : undefined;
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const xPage: SitePage = {
  id: 'x',
  matches: ['*://*.x.com/messages/*'],
  isOffer(url) {
    return conversationId(url) !== null;
  },
  observeRoot(doc) {
    return pick(doc, [...PANE, 'main']);
  },
};

/** X direct messages: the open conversation, read as a direct offer from the other party. */
export const x: SiteAdapter = {
  ...xPage,
  kindOf: () => 'dm',
  capture(doc, url) {
    if (!conversationId(url)) return null;
    const pane = pick(doc, PANE);
    if (!pane) return null;
    const header = pick(pane, HEADER);
    const card = pick(pane, ['[data-testid="DmProfileCard"]']);
    const links = [header, card].flatMap((scope) =>
      scope ? [...(scope.matches('a[href]') ? [scope] : []), ...Array.from(scope.querySelectorAll('a[href]'))] : [],
    );
    const handleText = card ? textOf(card).match(/@([A-Za-z0-9_]{1,15})\b/)?.[1] : undefined;
    const handle = links.map((a) => handleFromHref(a.getAttribute('href'))).find(Boolean) ?? handleText;

    const theirs: string[] = [];
    for (const entry of Array.from(pane.querySelectorAll('[data-testid="messageEntry"]'))) {
      const fromThem =
        entry.querySelector(RECEIVED) !== null ||
        (entry.querySelector(SENT) === null &&
          !!handle &&
          Array.from(entry.querySelectorAll('a[href]')).some((a) => handleFromHref(a.getAttribute('href')) === handle));
      if (!fromThem) continue;
      const body = textOf(pick(entry, ['[data-testid="tweetText"]', RECEIVED]));
      if (body) theirs.push(body);
    }
    if (!theirs.length) return null;

    const name =
      (header ? pickText(header, ['h2', '[role="heading"]']) : undefined) ??
      (card ? pickText(card, ['div[dir="ltr"] span', 'span']) : undefined) ??
      (handle ? `@${handle}` : undefined);
    if (!name) return null;
    return {
      kind: 'dm',
      title: `Message from ${name}`,
      text: theirs.slice(-MAX_MESSAGES).join('\n\n'),
      client: {
        name,
        handle: handle ? `@${handle}` : undefined,
        profileUrl: handle ? `https://x.com/${handle}` : undefined,
      },
      trust: {},
    };
  },
  key(url) {
    const id = conversationId(url);
    return id ? `x:dm:${id}` : null;
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://x.com/messages/1234567890-9876543210',
  'https://mobile.x.com/messages/1234567890-9876543210/',
];
