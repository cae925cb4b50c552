import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { valueAfterLabel } from './lib/labels';
import type { SiteAdapter } from './lib/types';

const JOB_ID = /~0[0-9a-z]{8,}/i;
// The job page and the search slide-over share this container.
const DETAILS = ['[data-test="job-details"]', '.job-details-content', '[data-test="job-details-slider"]'];

/** Upwork: job pages and the job slide-over on search results. */
export const upwork: SiteAdapter = {
  id: 'upwork',
  matches: ['*://*.upwork.com/*'],
  isOffer(url, doc) {
    return JOB_ID.test(url.pathname + url.search) || pick(doc, DETAILS) !== null;
  },
  capture(doc, url) {
    const details = pick(doc, DETAILS);
    if (!details) return null;
    const title = pickText(details, ['h4 .flex-1', 'h4', 'h1', 'h2']) ?? '';
    const description = textOf(pick(details, ['[data-test="Description"]', '[data-test="job-description-text"]']));
    if (!title && !description) return null;
    const skills = pickText(details, ['[data-test="Expertise"] .skills-list', '[data-test="Expertise"]']);
    const budget = pick(details, ['[data-test="BudgetAmount"]', '[data-test="budget"]']);
    const budgetText = budget ? textOf(budget).replace(/\s+/g, ' ').trim() : undefined;
    const about = pick(doc, ['[data-test="about-client-container"]', '[data-test="AboutClientUser"]']);
    const verifiedText = about ? (pickText(about, ['[data-test="payment-verified"]']) ?? '') : '';
    const stats = about ? (pickText(about, ['[data-qa="client-job-posting-stats"]']) ?? '') : '';
    const hireRate = stats.match(/(\d+)%\s*hire rate/i)?.[1];
    const reviews = about ? pickText(about, ['[data-test="rating"]']) : undefined;
    const memberSince = about ? pickText(about, ['[data-qa="client-contract-date"]']) : undefined;
    return {
      kind: 'job-post',
      title,
      text: [description, skills ? `Skills: ${skills}` : ''].filter(Boolean).join('\n\n'),
      client: {
        location: about ? pickText(about, ['[data-qa="client-location"] strong']) : undefined,
        profileUrl: absoluteUrl(url.href, url),
      },
      budgetText,
      postedAt: pickText(details, ['[data-test="PostedOn"]']),
      trust: {
        paymentVerified: verifiedText ? !/not verified|unverified/i.test(verifiedText) : undefined,
        hireRate: hireRate ? Number(hireRate) : undefined,
        totalSpent: about ? pickText(about, ['[data-qa="client-spend"] span', '[data-qa="client-spend"]']) : undefined,
        rating: firstNumber(about ? pickText(about, ['.air3-rating-value-text']) : undefined),
        reviews: firstNumber(reviews?.match(/of\s+([\d,]+)\s+reviews?/i)?.[1]),
        pastOrders: firstNumber(stats.match(/([\d,]+)\s+jobs? posted/i)?.[1] ?? valueAfterLabel(doc, ['Jobs posted'])),
        memberSince: memberSince?.replace(/^Member since\s*/i, ''),
      },
    };
  },
  observeRoot(doc) {
    return pick(doc, ['[data-test="job-details-slider"]', '#main', 'main']);
  },
};
