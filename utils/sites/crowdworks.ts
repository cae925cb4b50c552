import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { hasBadge, valueAfterLabel } from './lib/labels';
import { withoutFurniture } from './lib/main-text';
import type { SiteAdapter, SitePage } from './lib/types';

const PAY_LABELS = ['固定報酬制', '時間単価制', 'タスク・コンペ', '予算', '報酬'];
const DETAIL = ['.job_offer_detail', '#job_offer_detail', 'main', '#container'];
const CLIENT_BOX = ['.client_info', '.client-information', '.client_detail'];
// The title heading also holds the category link and NEW / 急募 labels.
const TITLE_EXTRAS = 'a, .subtitle, [class*="label"], [class*="badge"], [class*="category"]';

function readTitle(detail: Element, doc: Document): string | undefined {
  const h1 = pick(detail, ['h1.title', 'h1']);
  if (h1) {
    const clone = h1.cloneNode(true) as Element;
    for (const el of Array.from(clone.querySelectorAll(TITLE_EXTRAS))) el.remove();
    const text = textOf(clone).replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  // The document title reads "<title>の仕事の依頼 | クラウドワークス" or "<title> | 在宅ワーク…".
  return doc.title.split(/の仕事(?:の依頼)?\s*\||\s*\|\s*在宅/)[0]?.trim() || undefined;
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const crowdworksPage: SitePage = {
  id: 'crowdworks',
  matches: ['*://*.crowdworks.jp/*'],
  isOffer(url) {
    return /^\/public\/jobs\/\d+/.test(url.pathname);
  },
};

/** CrowdWorks (クラウドワークス): public job pages. */
export const crowdworks: SiteAdapter = {
  ...crowdworksPage,
  capture(doc, url) {
    const container = pick(doc, DETAIL);
    if (!container) return null;
    // The client's other jobs and recommended jobs share the column: labels are read without them.
    const detail = withoutFurniture(container);
    const title = readTitle(detail, doc);
    const description = textOf(pick(detail, ['.job_offer_detail_table', '.confirm_outside_link', '.description']));
    if (!title || !description) return null;
    const box = pick(doc, CLIENT_BOX);
    const scope = box ?? doc;
    const link = box ? pick(box, ['.display_name a', 'a[href*="/employers/"]']) : null;
    const payLabel = PAY_LABELS.find((label) => valueAfterLabel(detail, [label]) !== undefined);
    const identity = valueAfterLabel(scope, ['本人確認']);
    const escrow = valueAfterLabel(detail, ['仮払い']);
    return {
      kind: 'job-post',
      title,
      text: description.replace(/^仕事の詳細\s*/, ''),
      client: {
        name: link ? textOf(link).trim() : undefined,
        profileUrl: absoluteUrl(link?.getAttribute('href'), url),
      },
      budgetText: payLabel ? `${payLabel} ${valueAfterLabel(detail, [payLabel])}` : undefined,
      postedAt: valueAfterLabel(detail, ['掲載日']),
      trust: {
        identityVerified: identity
          ? /済|確認済み/.test(identity) && !/未/.test(identity)
          : hasBadge(scope, ['本人確認済み'])
            ? true
            : undefined,
        escrowFunded: escrow ? /済/.test(escrow) : undefined,
        rating: firstNumber(valueAfterLabel(scope, ['評価'])),
        hireRate: firstNumber(valueAfterLabel(scope, ['発注率'])),
        pastOrders: firstNumber(valueAfterLabel(scope, ['発注数', '募集実績', '発注実績'])),
        certifiedClient:
          pickText(scope, ['.certified_client']) || hasBadge(scope, ['認定クライアント']) ? true : undefined,
        applicants: firstNumber(valueAfterLabel(detail, ['応募した人'])),
      },
    };
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://crowdworks.jp/public/jobs/9876543',
  'https://crowdworks.jp/public/jobs/9876543?ref=toppage_job',
];
