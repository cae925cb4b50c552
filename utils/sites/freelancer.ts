import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { valueAfterLabel } from './lib/labels';
import type { SiteAdapter, SitePage } from './lib/types';

// /projects/38123456, /projects/38123456/details, /projects/php/Build-booking-plugin-38123456[/proposals]
const PROJECT_PATH = /^\/projects\/(?:(\d{5,})(?:\/|$)|([a-z0-9-]+)\/([^/?#]+))/i;
const TITLE = ['.PageProjectView-header-title', '.PageProjectViewLogout-header-title', '[data-test="project-title"]'];
const DESCRIPTION = [
  '.PageProjectView-detail-description',
  '.PageProjectViewLogout-detail-paragraph',
  '[data-test="project-description"]',
];
const ABOUT = ['.AboutClient', '.AboutTheClient', '[data-test="about-client"]'];
const VERIFICATION = ['.ClientVerification', '[data-test="client-verification"]'];

function ownText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) text += child.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The section under a heading such as "About the Client", whatever its class names. */
function sectionByHeading(doc: Document, heading: RegExp): Element | null {
  for (const el of Array.from(doc.querySelectorAll('h2, h3, h4')).slice(0, 200)) {
    if (heading.test(ownText(el))) return el.closest('section') ?? el.parentElement;
  }
  return null;
}

/**
 * Freelancer lists every verification (identity, payment, deposit, e-mail, phone) and greys out the ones the
 * client lacks, so the label alone says nothing: the item's state (attribute, class or icon label) decides.
 */
function verified(scope: ParentNode, label: RegExp, negative: RegExp): boolean | undefined {
  for (const el of Array.from(scope.querySelectorAll('li, span, div, p, small')).slice(0, 2000)) {
    const text = ownText(el);
    if (!text) continue;
    if (negative.test(text)) return false;
    if (!label.test(text)) continue;
    const item = el.closest('li') ?? el.parentElement ?? el;
    const state = item.getAttribute('data-verified');
    if (state === 'false') return false;
    if (state === 'true') return true;
    if (/(?:^|[\s_-])(?:unverified|not-verified|disabled|inactive)(?:$|[\s_-])/i.test(item.className)) return false;
    const icon = item.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
    if (/not verified|unverified/i.test(icon)) return false;
    return true;
  }
  return undefined;
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const freelancerPage: SitePage = {
  id: 'freelancer',
  matches: ['*://*.freelancer.com/*'],
  isOffer(url, doc) {
    return PROJECT_PATH.test(url.pathname) || (url.pathname.startsWith('/projects/') && pick(doc, TITLE) !== null);
  },
  observeRoot(doc) {
    return pick(doc, ['.PageProjectView', '.PageProjectViewLogout', 'main', 'app-root']);
  },
};

/** Freelancer.com: project pages. */
export const freelancer: SiteAdapter = {
  ...freelancerPage,
  capture(doc, url) {
    const title = pickText(doc, TITLE);
    const description = textOf(pick(doc, DESCRIPTION));
    if (!title || !description) return null;

    const skillsRoot = pick(doc, [
      '.PageProjectView-detail-skills',
      '.PageProjectViewLogout-detail-tags',
      '[data-test="project-skills"]',
    ]);
    const skills = skillsRoot
      ? Array.from(skillsRoot.querySelectorAll('a'))
          .map((a) => textOf(a).trim())
          .filter(Boolean)
      : [];
    const projectId = valueAfterLabel(doc, ['Project ID']);
    const bids = valueAfterLabel(doc, ['Bids']);
    const averageBid = valueAfterLabel(doc, ['Average bid']);
    const facts = [
      projectId ? `Project ID: ${projectId}` : '',
      bids ? `Bids: ${bids}` : '',
      averageBid ? `Average bid: ${averageBid}` : '',
    ].filter(Boolean);

    const about = pick(doc, ABOUT) ?? sectionByHeading(doc, /^About the (?:Client|Employer)$/i);
    const aboutText = about ? textOf(about) : '';
    const user = about
      ? pick(about, ['.AboutClient-username', 'a[href^="/u/"]', 'a[href*="freelancer.com/u/"]'])
      : null;
    const checks = pick(doc, VERIFICATION) ?? sectionByHeading(doc, /^(?:Client|Employer) Verification$/i) ?? about;
    const memberSince =
      (about ? valueAfterLabel(about, ['Member since']) : undefined) ??
      aboutText.match(/Member since:?\s*([^\n]+)/i)?.[1]?.trim();
    const ratingLabel = about ? pick(about, ['[aria-label*="out of 5"]'])?.getAttribute('aria-label') : undefined;

    return {
      kind: 'job-post',
      title,
      text: [description, skills.length ? `Skills: ${skills.join(', ')}` : '', facts.join(' · ')]
        .filter(Boolean)
        .join('\n\n'),
      client: {
        name: user ? textOf(user).trim() : undefined,
        profileUrl: absoluteUrl(user?.getAttribute('href'), url),
        location: about ? pickText(about, ['.AboutClient-locationText', '[data-test="client-location"]']) : undefined,
      },
      budgetText:
        pickText(doc, ['.ProjectBudget-amount', '[data-test="project-budget"]']) ?? valueAfterLabel(doc, ['Budget']),
      postedAt: pickText(doc, ['[data-test="project-posted"]', '.ProjectTimes-posted']),
      trust: {
        paymentVerified: checks
          ? verified(checks, /^payment (?:method )?verified$/i, /^payment (?:method )?(?:not verified|unverified)$/i)
          : undefined,
        identityVerified: checks
          ? verified(checks, /^identity verified$/i, /^identity (?:not verified|unverified)$/i)
          : undefined,
        rating: firstNumber(
          (about ? pickText(about, ['.Rating-value', '[data-test="client-rating"]']) : undefined) ??
            ratingLabel?.match(/(\d+(?:\.\d+)?)\s*out of 5/i)?.[1],
        ),
        reviews: firstNumber(aboutText.match(/([\d,]+)\s+reviews?\b/i)?.[1]),
        memberSince: memberSince || undefined,
      },
    };
  },
  key(url) {
    const match = url.pathname.match(PROJECT_PATH);
    if (!match) return null;
    const [, numeric, , slug] = match;
    if (numeric) return `freelancer:project:${numeric}`;
    if (!slug) return null;
    const id = slug.match(/-(\d{5,})$/)?.[1];
    return `freelancer:project:${id ?? decodeURIComponent(slug).toLowerCase()}`;
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.freelancer.com/projects/php/Build-booking-plugin-38123456',
  'https://www.freelancer.com/projects/38123456/details',
  'https://www.freelancer.com/projects/wordpress/booking-plugin-yoga-studio/proposals',
];
