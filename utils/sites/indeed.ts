import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { valueAfterLabel } from './lib/labels';
import type { SiteAdapter, SitePage } from './lib/types';

const JOB_KEY = /^[0-9a-z]{8,40}$/i;
// The search results' job pane first, so the result cards' titles are never read as the offer.
const JOB = [
  // The search pane drawn with react-native-web (2026) nests the job in viewjob-main-content.
  '#jobsearch-ViewjobPaneWrapper [data-testid="viewjob-main-content"]',
  '#jobsearch-ViewjobPaneWrapper [data-testid="jobsearch-JobComponent"]',
  '#jobsearch-ViewjobPaneWrapper .jobsearch-JobComponent',
  '[data-testid="jobsearch-JobComponent"]',
  '.jobsearch-JobComponent',
  '#vjs-container',
];
const TITLE = [
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  '.jobsearch-JobInfoHeader-title',
  '[data-testid="vj-job-title"]',
];
// Indeed appends a visually hidden " - job post" to the heading for screen readers.
const HIDDEN_SUFFIX = /\s*[-–]\s*(?:job post|求人情報|求人)$/i;

function jobKey(url: URL): string | null {
  const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  return id && JOB_KEY.test(id) ? id.toLowerCase() : null;
}

/** "勤務地: 東京都 渋谷区" with the page's own label, or undefined. */
function fact(root: ParentNode, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const value = valueAfterLabel(root, [label]);
    if (value) return `${label}: ${value}`;
  }
  return undefined;
}

// The header beside the company name and the review box below it; never other companies' cards.
const RATING_BOXES = [
  '[data-testid="jobsearch-CompanyInfoContainer"]',
  '[data-testid="inlineHeader-companyReviewLink"]',
  '.jobsearch-CompanyReview',
];
const STARS = /([\d.]+)\s*out of 5 stars|5つ星(?:評価)?のうち\s*([\d.]+)/i;

/** The company's rating ("4.0 out of 5 stars", 「5つ星のうち3.8」) and review count ("2 reviews", 「クチコミ 12件」). */
function readRating(root: ParentNode): { rating?: number; reviews?: number } {
  let rating: number | undefined;
  let reviews: number | undefined;
  for (const selector of RATING_BOXES) {
    const box = root.querySelector(selector);
    if (!box) continue;
    if (rating === undefined) {
      for (const el of [box, ...Array.from(box.querySelectorAll('[aria-label], span, a'))]) {
        const m = (el.getAttribute('aria-label') ?? '').match(STARS) ?? (el.textContent ?? '').match(STARS);
        if (m) {
          rating = firstNumber(m[1] ?? m[2]);
          break;
        }
      }
    }
    reviews ??= firstNumber(
      textOf(box, 1000)
        .match(/([\d,]+)\s*件|([\d,]+)\s+reviews?/i)
        ?.slice(1)
        .find(Boolean),
    );
  }
  return { rating, reviews };
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const indeedPage: SitePage = {
  id: 'indeed',
  matches: ['*://*.indeed.com/*'],
  isOffer(url, doc) {
    if (jobKey(url) || /^\/(?:m\/)?viewjob/.test(url.pathname)) return true;
    const root = pick(doc, JOB);
    return root !== null && pick(root, TITLE) !== null;
  },
  observeRoot(doc) {
    return pick(doc, ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container', 'main']);
  },
};

/** Indeed (all country sites): job pages and the job pane of search results. */
export const indeed: SiteAdapter = {
  ...indeedPage,
  capture(doc, url) {
    const root = pick(doc, JOB) ?? doc;
    const title = pickText(root, TITLE)?.replace(HIDDEN_SUFFIX, '');
    const description = textOf(
      pick(root, ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '.simple-job-description-html']),
    );
    if (!title || !description) return null;

    const companyBox = pick(root, [
      '[data-testid="inlineHeader-companyName"]',
      '[data-company-name="true"]',
      '[data-testid="vj-company-name"]',
    ]);
    const companyLink = companyBox ? pick(companyBox, ['a[href*="/cmp/"]', 'a']) : null;
    const profile = absoluteUrl(companyLink?.getAttribute('href'), url);
    const profileUrl = profile ? profile.replace(/[?#].*$/, '') : undefined;

    // The header's first span is the pay when the posting states one; otherwise it is the job type.
    const headerPay = pickText(root, ['#salaryInfoAndJobType > span:first-child', '[data-testid="salaryInfo"]']);
    const budgetText =
      headerPay && /\d/.test(headerPay)
        ? headerPay
        : valueAfterLabel(root, ['給与', 'Pay', 'Salary', 'Gehalt', 'Salaire']);

    const rating = readRating(root);

    const facts = [
      fact(root, ['雇用形態', '求人タイプ', 'Job type']),
      fact(root, ['勤務地', 'Location']),
      fact(root, ['勤務時間', 'Shift and schedule']),
    ].filter(Boolean);

    return {
      kind: 'job-post',
      title,
      text: [facts.join('\n'), description].filter(Boolean).join('\n\n'),
      client: {
        name: companyLink
          ? textOf(companyLink).trim()
          : pickText(root, ['[data-testid="inlineHeader-companyName"]', '[data-testid="vj-company-name"]']),
        profileUrl,
        location: pickText(root, [
          '[data-testid="inlineHeader-companyLocation"]',
          '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
        ]),
      },
      budgetText,
      postedAt: pickText(root, ['[data-testid="myJobsStateDate"]', '.jobsearch-JobMetadataFooter .date']),
      // Indeed shows the company's rating by its employees, on a 5-point scale.
      trust: rating,
    };
  },
  key(url) {
    const id = jobKey(url);
    return id ? `indeed:job:${id}` : null;
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
  'https://jp.indeed.com/viewjob?jk=a1b2c3d4e5f60718&from=serp',
  'https://jp.indeed.com/jobs?q=%E5%9C%A8%E5%AE%85&l=%E6%9D%B1%E4%BA%AC%E9%83%BD&vjk=a1b2c3d4e5f60718',
];
