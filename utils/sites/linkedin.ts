import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import type { SiteAdapter, SitePage } from './lib/types';

const DETAILS = ['.jobs-details', '.job-view-layout', '.jobs-search__job-details--wrapper'];
// Signed in: the unified top card. Signed out (the public job page): top-card-layout and its flavour rows.
const TOP_CARD = ['.job-details-jobs-unified-top-card', '.jobs-unified-top-card', '.top-card-layout'];
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.jobs-unified-top-card__job-title',
  'h1.t-24',
  'h1.top-card-layout__title',
  '.topcard__title',
];
// The public page's description section; "similar jobs" below it are separate sections.
const DESCRIPTION = [
  '#job-details',
  '.jobs-description-content__text',
  '.jobs-description__content',
  '.description .show-more-less-html__markup',
  '.show-more-less-html__markup',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name a',
  '.jobs-unified-top-card__company-name a',
  'a.topcard__org-name-link',
  '.topcard__org-name-link',
];
const PAY = /[$€£¥₹]|\d\s*(?:\/|per)\s*(?:hr|hour|yr|year|month)/i;

const line = (el: Element | null | undefined): string => textOf(el, 500).replace(/\s+/g, ' ').trim();

/** "Seniority level: Mid-Senior level" for each of the public page's job criteria. */
function criteria(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('.description__job-criteria-item'))
    .map((item) => {
      const label = line(item.querySelector('.description__job-criteria-subheader'));
      const value = line(item.querySelector('.description__job-criteria-text'));
      return label && value ? `${label}: ${value}` : '';
    })
    .filter(Boolean);
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const linkedinPage: SitePage = {
  id: 'linkedin',
  matches: ['*://*.linkedin.com/*'],
  isOffer(url) {
    return /^\/jobs\/view\/\d|^\/jobs\/view\/[^/]*-\d/.test(url.pathname) || url.searchParams.has('currentJobId');
  },
  observeRoot(doc) {
    return pick(doc, ['.jobs-search__job-details--wrapper', '.scaffold-layout__detail', 'main']);
  },
};

/** LinkedIn Jobs: a job's own page (signed in or out) and the job pane of search and collection lists. */
export const linkedin: SiteAdapter = {
  ...linkedinPage,
  capture(doc, url) {
    const root = pick(doc, DETAILS) ?? doc;
    const top = pick(root, TOP_CARD) ?? root;
    const title = pickText(top, TITLE) ?? pickText(root, TITLE);
    const description = textOf(pick(root, DESCRIPTION));
    if (!title || !description) return null;
    const company = pick(top, COMPANY);
    const labels = Array.from(
      root.querySelectorAll(
        '.job-details-preferences-and-skills .ui-label, .job-details-jobs-unified-top-card__job-insight',
      ),
    )
      .map((el) => textOf(el).trim())
      .filter(Boolean);
    const salary =
      labels.find((label) => PAY.test(label)) ??
      pickText(root, ['.compensation__salary-range .compensation__salary', '.compensation__salary']);
    const primary = pickText(top, ['.job-details-jobs-unified-top-card__primary-description-container']) ?? '';
    const [location, ...rest] = primary.split('·').map((part) => part.trim());
    const applicants =
      pickText(top, ['.num-applicants__caption', '.jobs-unified-top-card__applicant-count']) ??
      primary.match(/(?:over\s+)?[\d,]+\s+applicants/i)?.[0];
    return {
      kind: 'job-post',
      title,
      text: [labels.filter((l) => l !== salary).join(' · '), criteria(root).join('\n'), description]
        .filter(Boolean)
        .join('\n\n'),
      client: {
        name: company ? line(company) : undefined,
        profileUrl: absoluteUrl(company?.getAttribute('href'), url)?.replace(/\?trk=.*$/, ''),
        location: location || pickText(top, ['.topcard__flavor-row .topcard__flavor--bullet']),
      },
      budgetText: salary,
      postedAt: rest.find((part) => /ago|前/.test(part)) ?? pickText(top, ['.posted-time-ago__text']),
      trust: { applicants: firstNumber(applicants) },
    };
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.linkedin.com/jobs/view/4012345678/',
  'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=react',
  'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
];
