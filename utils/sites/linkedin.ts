import { absoluteUrl, pick, pickText, textOf } from './lib/dom';
import type { SiteAdapter } from './lib/types';

const DETAILS = ['.jobs-details', '.job-view-layout', '.jobs-search__job-details--wrapper'];

/** LinkedIn Jobs: a job's own page and the job pane of search and collection lists. */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: ['*://*.linkedin.com/*'],
  isOffer(url) {
    return /^\/jobs\/view\/\d|^\/jobs\/view\/[^/]*-\d/.test(url.pathname) || url.searchParams.has('currentJobId');
  },
  capture(doc, url) {
    const root = pick(doc, DETAILS) ?? doc;
    const title = pickText(root, [
      '.job-details-jobs-unified-top-card__job-title h1',
      '.jobs-unified-top-card__job-title',
      'h1.t-24',
    ]);
    const description = textOf(
      pick(root, ['#job-details', '.jobs-description-content__text', '.jobs-description__content']),
    );
    if (!title || !description) return null;
    const company = pick(root, [
      '.job-details-jobs-unified-top-card__company-name a',
      '.jobs-unified-top-card__company-name a',
    ]);
    const labels = Array.from(
      root.querySelectorAll(
        '.job-details-preferences-and-skills .ui-label, .job-details-jobs-unified-top-card__job-insight',
      ),
    )
      .map((el) => textOf(el).trim())
      .filter(Boolean);
    const salary = labels.find((label) => /[$€£¥₹]|\d\s*(?:\/|per)\s*(?:hr|hour|yr|year|month)/i.test(label));
    const primary = pickText(root, ['.job-details-jobs-unified-top-card__primary-description-container']) ?? '';
    const [location, ...rest] = primary.split('·').map((part) => part.trim());
    return {
      kind: 'job-post',
      title,
      text: [labels.filter((l) => l !== salary).join(' · '), description].filter(Boolean).join('\n\n'),
      client: {
        name: company ? textOf(company).trim() : undefined,
        profileUrl: absoluteUrl(company?.getAttribute('href'), url),
        location: location || undefined,
      },
      budgetText: salary,
      postedAt: rest.find((part) => /ago|前/.test(part)),
      trust: {},
    };
  },
  observeRoot(doc) {
    return pick(doc, ['.jobs-search__job-details--wrapper', '.scaffold-layout__detail', 'main']);
  },
};
