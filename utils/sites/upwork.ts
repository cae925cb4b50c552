import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { valueAfterLabel } from './lib/labels';
import type { SiteAdapter, SitePage } from './lib/types';

const JOB_ID = /~0[0-9a-z]{8,}/i;
// The job page and the find-work / search slider share the job-details card.
const DETAILS = [
  '[data-test="job-details"]',
  '.job-details-content',
  '[data-test="job-details-slider"]',
  '.job-details-card',
  // The proposal page repeats the job in its own card.
  '.fe-job-details',
];
const ABOUT_CLIENT = [
  '[data-test="about-client-container"]',
  '[data-test="AboutClientUser"]',
  '.cfe-ui-job-about-client',
];
// The icon of the pay line in the job's features list; the hours-per-week line shares "Hourly" but no amount.
const PAY_ICON = /fixed-price|clock-timelog|clock-hourly|hourly|budget/i;
const MONEY = /[$€£¥₹]\s?\d/;

const line = (el: Element | null | undefined): string => textOf(el, 2000).replace(/\s+/g, ' ').trim();

/** "$25.00 - $47.00 Hourly" or "$300.00 Fixed-price", as the job's features list states it. */
function readBudget(details: Element): string | undefined {
  const legacy = pick(details, ['[data-test="BudgetAmount"]', '[data-test="budget"]']);
  const items = Array.from(
    details.querySelectorAll('ul.features > li, ul.fe-ui-job-features > li, [data-test="job-features"] li'),
  );
  for (const item of items) {
    const icon = item.querySelector('[data-cy]')?.getAttribute('data-cy') ?? '';
    const label = line(item.querySelector('.description, small'));
    if (!PAY_ICON.test(icon) && !/^(?:fixed[- ]price|hourly)/i.test(label)) continue;
    // "$20.00 - $40.00" may sit in one strong or in one per amount.
    const amounts = Array.from(item.querySelectorAll('strong'))
      .map(line)
      .filter((text) => MONEY.test(text));
    if (amounts.length) return `${amounts.join(' - ')}${label ? ` ${label}` : ''}`;
  }
  return legacy ? line(legacy) : undefined;
}

function readTrust(about: Element | null) {
  if (!about) return {};
  const text = line(about);
  const stats = pickText(about, ['[data-qa="client-job-posting-stats"]']) ?? '';
  const rating =
    pickText(about, ['.air3-rating-value-text']) ?? text.match(/Rating is ([\d.]+) out of 5/i)?.[1] ?? undefined;
  const hourly = pickText(about, ['[data-qa="client-hourly-rate"]'])?.match(/[$€£¥]\s?[\d,.]+\s?(?:\/\s?hr)?/)?.[0];
  const memberSince = pickText(about, ['[data-qa="client-contract-date"]']);
  return {
    paymentVerified: /payment (?:method )?not verified|payment unverified/i.test(text)
      ? false
      : /payment (?:method )?verified/i.test(text)
        ? true
        : undefined,
    // Upwork lists the phone only once it is verified.
    phoneVerified: /phone number verified/i.test(text) ? true : undefined,
    rating: firstNumber(rating),
    reviews: firstNumber(text.match(/of\s+([\d,]+)\s+reviews?/i)?.[1]),
    pastOrders: firstNumber(stats.match(/([\d,]+)\s+jobs? posted/i)?.[1] ?? valueAfterLabel(about, ['Jobs posted'])),
    hireRate: firstNumber(stats.match(/(\d+)%\s*hire rate/i)?.[1]),
    totalSpent: pickText(about, ['[data-qa="client-spend"] span', '[data-qa="client-spend"]'])?.replace(
      /\s*total spent$/i,
      '',
    ),
    hires: firstNumber(pickText(about, ['[data-qa="client-hires"]'])?.match(/([\d,]+)\s+hires?/i)?.[1]),
    avgRatePaid: hourly?.replace(/\s+/g, ''),
    memberSince: memberSince?.replace(/^Member since\s*/i, ''),
  };
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const upworkPage: SitePage = {
  id: 'upwork',
  matches: ['*://*.upwork.com/*'],
  isOffer(url, doc) {
    return JOB_ID.test(url.pathname + url.search) || pick(doc, DETAILS) !== null;
  },
  observeRoot(doc) {
    return pick(doc, ['[data-test="job-details-slider"]', '.job-details-content', '#main', 'main']);
  },
};

/** Upwork: job pages and the job slider of find-work and search results. */
export const upwork: SiteAdapter = {
  ...upworkPage,
  // Upwork never shows the client's name on a job.
  fields: ['title', 'budget', 'posted', 'description'],
  capture(doc, url) {
    const details = pick(doc, DETAILS);
    if (!details) return null;
    const title = pickText(details, ['h4 .flex-1', 'h4', 'h1', 'h3', 'h2']) ?? '';
    const description = textOf(
      pick(details, ['[data-test="Description"]', '[data-test="job-description-text"]', '.description.text-body-sm']),
    ).replace(/^Summary\s*/, '');
    if (!title && !description) return null;
    const skills = Array.from(details.querySelectorAll('.skills-list .air3-badge, .skills-list .air3-token'))
      .map(line)
      .filter(Boolean);
    const legacySkills = skills.length ? '' : (pickText(details, ['[data-test="Expertise"]']) ?? '');
    // The client box belongs to this job when it sits in the card; the page's own box otherwise.
    const about = pick(details, ABOUT_CLIENT) ?? pick(doc, ABOUT_CLIENT);
    const posted = pickText(details, ['[data-test="PostedOn"]', '.posted-on-line', '[itemprop="datePosted"]']);
    return {
      kind: 'job-post',
      title,
      text: [description, skills.length ? `Skills: ${skills.join(', ')}` : legacySkills && `Skills: ${legacySkills}`]
        .filter(Boolean)
        .join('\n\n'),
      client: {
        location: about ? pickText(about, ['[data-qa="client-location"] strong']) : undefined,
        profileUrl: absoluteUrl(url.href, url),
      },
      budgetText: readBudget(details),
      postedAt: posted && !/^Posted\b/i.test(posted) ? `Posted ${posted}` : posted,
      trust: readTrust(about),
    };
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.upwork.com/jobs/Shopify-theme-customization-for-skincare-store_~021987654321098765/',
  'https://www.upwork.com/nx/search/jobs/details/~010000000000000002?q=video',
  'https://www.upwork.com/freelance-jobs/apply/Data-entry_~010000000000000001/',
];
