import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { hasBadge, valueAfterLabel } from './lib/labels';
import { withoutFurniture } from './lib/main-text';
import type { SiteAdapter, SitePage } from './lib/types';

const DETAIL = ['.p-work-detail', '.p-work-detail-main', 'main', '#main'];
const DESCRIPTION = [
  '.p-work-detail-lancer__postscript-description',
  '.p-work-detail-lancer__postscript',
  '.p-work-detail-lancer',
  '.p-work-detail__description',
  '#workDetail',
];
// The client box (right column) and the client line under the title.
const CLIENT_BOX = ['.p-work-detail-client-box', '.p-work-detail-client', '.c-avatar--client'];
const CLIENT_LINE = ['.p-work-detail-sub-heading__client', '.p-work-detail-client__name', '.client_name'];
// The h1 carries the category breadcrumb and a NEW label beside the title itself.
const TITLE_EXTRAS = 'a, .c-label, [class*="badge"], [class*="category"], [class*="breadcrumb"], [class*="label"]';

/** The work's own title, without the category, NEW or other labels the heading carries. */
function readTitle(detail: Element): string | undefined {
  const own = pickText(detail, ['h1 .c-heading__title', '.p-work-detail-header__title']);
  if (own) return own;
  const h1 = detail.querySelector('h1');
  if (!h1) return undefined;
  const clone = h1.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll(TITLE_EXTRAS))) el.remove();
  return (
    textOf(clone)
      .replace(/\s+/g, ' ')
      .replace(/^(?:NEW|新着)\s+|\s+(?:NEW|新着)$/g, '')
      .trim() || undefined
  );
}

/** "さくらECショップ (sakura_ec_shop)--本人確認済み" → the name and the profile link. */
function readClient(doc: Document, box: Element | null, url: URL) {
  const line = pick(doc, CLIENT_LINE) ?? (box ? pick(box, ['.c-avatar__name']) : null);
  const link = (line && pick(line, ['a[href*="/client/"]', 'a'])) ?? (box ? pick(box, ['a[href*="/client/"]']) : null);
  const raw = textOf(link ?? line, 300)
    .replace(/\s+/g, ' ')
    .trim();
  const name = raw.replace(/\s*(?:[(（].*|--.*|さんの(?:依頼|募集).*)$/, '').trim();
  return { name: name || undefined, profileUrl: absoluteUrl(link?.getAttribute('href'), url) };
}

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const lancersPage: SitePage = {
  id: 'lancers',
  matches: ['*://*.lancers.jp/*'],
  isOffer(url) {
    return /^\/work\/detail\/\d+/.test(url.pathname);
  },
};

/** Lancers (ランサーズ): work request pages. */
export const lancers: SiteAdapter = {
  ...lancersPage,
  capture(doc, url) {
    const container = pick(doc, DETAIL);
    if (!container) return null;
    // Other works of the client and similar works sit in the same column: read labels without them.
    const detail = withoutFurniture(container);
    const title = readTitle(detail);
    const description = textOf(pick(detail, DESCRIPTION));
    if (!title || !description) return null;
    const box = pick(doc, CLIENT_BOX);
    const scope = box ?? doc;
    const good = firstNumber(pickText(scope, ['.p-work-detail-client-box-feedback-info__number-good']));
    const bad = firstNumber(pickText(scope, ['.p-work-detail-client-box-feedback-info__number-bad']));
    // 評価 is a 5-point score on some layouts and a count of good reviews on others.
    const score = firstNumber(valueAfterLabel(scope, ['評価']));
    return {
      kind: 'job-post',
      title,
      text: description.replace(/^依頼概要\s*/, ''),
      client: readClient(doc, box, url),
      budgetText:
        pickText(detail, ['.price-block', '.p-work-detail-price']) ??
        valueAfterLabel(detail, ['提示した予算', '予算', '報酬']),
      postedAt: valueAfterLabel(detail, ['掲載日', '公開日', '依頼日']),
      trust: {
        identityVerified: hasBadge(scope, ['本人確認済み'])
          ? true
          : hasBadge(scope, ['本人確認未提出', '本人確認未確認'])
            ? false
            : undefined,
        certifiedClient: hasBadge(scope, ['認定クライアント']) || undefined,
        rating: score !== undefined && score <= 5 ? score : undefined,
        reviews: good !== undefined ? good + (bad ?? 0) : undefined,
        hireRate: firstNumber(
          pickText(scope, ['.p-work-detail-client-box-feedback-info__percent']) ?? valueAfterLabel(scope, ['発注率']),
        ),
        pastOrders: firstNumber(valueAfterLabel(scope, ['発注数', '発注実績', '募集実績'])),
        applicants: firstNumber(valueAfterLabel(detail, ['提案数', '応募数'])),
      },
    };
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://www.lancers.jp/work/detail/5012345',
  'https://www.lancers.jp/work/detail/5012345?ref=search',
];
