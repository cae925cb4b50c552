import { absoluteUrl, pick, pickText, textOf } from './lib/dom';
import type { SiteAdapter, SitePage } from './lib/types';

/** How many of the other participant's latest messages a capture keeps. */
const MAX_MESSAGES = 10;

const THREAD_PANE = ['.msg-convo-wrapper', '.msg-thread', '.msg-overlay-conversation-bubble--is-active'];
const BODY = '.msg-s-event-listitem__body';
const SUBJECT = '.msg-s-event-listitem__subject';
const OTHER = 'msg-s-event-listitem--other';

/** The thread id from `/messaging/thread/<id>/`; null for the inbox and the compose page. */
function threadId(url: URL): string | null {
  const raw = url.pathname.match(/^\/messaging\/thread\/([^/]+)/)?.[1];
  if (!raw || raw === 'new') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** `https://www.linkedin.com/in/<slug>` without the tracking query LinkedIn adds to profile links. */
function profileOf(href: string | null | undefined, base: URL): string | undefined {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return undefined;
  const url = new URL(absolute);
  const slug = url.pathname.match(/^\/in\/([^/]+)/)?.[1];
  return slug ? `${url.origin}/in/${slug}` : undefined;
}

interface Message {
  mine: boolean;
  sender?: string;
  profileUrl?: string;
  subject?: string;
  body: string;
}

/**
 * The thread's messages in order. LinkedIn prints the sender's name and profile link only on the first
 * message of a group, so later messages inherit them; the other party's messages carry `--other`, and when
 * that class is gone the sender is compared with the participant in the thread header instead.
 */
function readMessages(pane: Element, base: URL, participant: { name?: string; profileUrl?: string }): Message[] {
  const events = Array.from(pane.querySelectorAll('.msg-s-message-list__event'));
  const items = events.length ? events : Array.from(pane.querySelectorAll('.msg-s-event-listitem'));
  const marked = pane.querySelector(`.${OTHER}`) !== null;
  const messages: Message[] = [];
  let senderName: string | undefined;
  let senderProfile: string | undefined;
  for (const item of items) {
    const name = pickText(item, ['.msg-s-message-group__name']);
    if (name) {
      senderName = name;
      senderProfile = profileOf(pick(item, ['a.msg-s-message-group__profile-link'])?.getAttribute('href'), base);
    }
    const bodies = Array.from(item.querySelectorAll(BODY))
      .map((el) => textOf(el))
      .filter(Boolean);
    if (!bodies.length) continue;
    const other = marked
      ? item.classList.contains(OTHER) || item.querySelector(`.${OTHER}`) !== null
      : (!!participant.profileUrl && senderProfile === participant.profileUrl) ||
        (!!participant.name && senderName === participant.name);
    messages.push({
      mine: !other,
      sender: senderName,
      profileUrl: senderProfile,
      subject: pickText(item, [SUBJECT]),
      body: bodies.join('\n\n'),
    });
  }
  return messages;
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const linkedinMessagingPage: SitePage = {
  id: 'linkedin-messaging',
  matches: ['*://*.linkedin.com/messaging/*'],
  isOffer(url) {
    return threadId(url) !== null;
  },
  observeRoot(doc) {
    return pick(doc, [...THREAD_PANE, '.scaffold-layout__detail', 'main']);
  },
};

/** LinkedIn messaging: the open conversation, read as a direct offer from the other participant. */
export const linkedinMessaging: SiteAdapter = {
  ...linkedinMessagingPage,
  kindOf: () => 'dm',
  capture(doc, url) {
    if (!threadId(url)) return null;
    const pane = pick(doc, THREAD_PANE);
    if (!pane) return null;
    const header = pick(pane, ['.msg-title-bar', '.msg-overlay-bubble-header', '.msg-entity-lockup']) ?? pane;
    const headerLink = pick(header, ['a.msg-thread__link-to-profile', 'a[href*="/in/"]']);
    const participant = {
      name: pickText(header, ['.msg-entity-lockup__entity-title', '#thread-detail-jump-target']),
      profileUrl: profileOf(headerLink?.getAttribute('href'), url),
    };
    const theirs = readMessages(pane, url, participant).filter((m) => !m.mine);
    if (!theirs.length) return null;
    const name = participant.name ?? theirs.find((m) => m.sender)?.sender;
    if (!name) return null;
    const subject = [...theirs].reverse().find((m) => m.subject)?.subject;
    return {
      kind: 'dm',
      title: subject ?? `Message from ${name}`,
      text: theirs
        .slice(-MAX_MESSAGES)
        .map((m) => (m.subject ? `${m.subject}\n${m.body}` : m.body))
        .join('\n\n'),
      client: { name, profileUrl: participant.profileUrl ?? theirs.find((m) => m.profileUrl)?.profileUrl },
      trust: {},
    };
  },
  key(url) {
    const id = threadId(url);
    return id ? `linkedin:thread:${id}` : null;
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng==/',
  'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng%3D%3D/?trk=nav_msg',
];
