import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { blockAfterHeading, hasBadge, valueAfterLabel } from './lib/labels';
import { withoutFurniture } from './lib/main-text';
import type { SiteAdapter, SitePage } from './lib/types';

const REQUEST = /^\/requests\/(\d+)/;
// Class names first; the page's own headings and labels when a redesign renames them.
const DESCRIPTION = ['.c-requestDescription_body', '.c-requestDescription'];
const DESCRIPTION_HEADINGS = ['依頼内容', '依頼詳細', '詳細', '依頼の詳細'];
const USER = ['.c-requestUser', '[class*="requestUser"]', '[class*="RequestUser"]'];
const USER_HEADINGS = ['依頼者情報', '依頼者', '依頼者について'];

/** Which pages of the site show an offer: all the site script runs at page load (stub.ts). */
export const coconalaPage: SitePage = {
  id: 'coconala',
  matches: ['*://*.coconala.com/*'],
  isOffer(url) {
    return REQUEST.test(url.pathname);
  },
};

/** Coconala (ココナラ): requests buyers post for sellers to propose on. */
export const coconala: SiteAdapter = {
  ...coconalaPage,
  key(url) {
    const id = url.pathname.match(REQUEST)?.[1];
    return id ? `coconala:request:${id}` : null;
  },
  capture(doc, url) {
    const container = pick(doc, ['main', '#__layout', '#__nuxt']) ?? doc.body;
    if (!container) return null;
    // Other requests and recommended services share the page: labels are read without them.
    const detail = withoutFurniture(container);
    const title = pickText(detail, ['.c-requestTitle_heading', '.c-requestTitle h1', 'h1']);
    const body = pick(detail, DESCRIPTION) ?? blockAfterHeading(detail, DESCRIPTION_HEADINGS);
    if (!title || !body) return null;
    // The requester box is an aside on most layouts, which the copy above leaves out.
    const user = pick(doc, USER) ?? blockAfterHeading(doc, USER_HEADINGS)?.parentElement ?? null;
    const link = user ? pick(user, ['.c-requestUser_name', 'a[href*="/users/"]']) : null;
    const scope = user ?? detail;
    const score = firstNumber(valueAfterLabel(scope, ['評価']));
    return {
      kind: 'job-post',
      title,
      text: textOf(body).replace(/^(?:依頼内容|依頼詳細)\s*/, ''),
      client: {
        name: link ? textOf(link).trim() : undefined,
        profileUrl: absoluteUrl(link?.getAttribute('href'), url),
      },
      budgetText: valueAfterLabel(detail, ['予算', '予算金額']),
      postedAt: valueAfterLabel(detail, ['掲載日', '投稿日時', '掲載日時']),
      trust: {
        identityVerified: hasBadge(scope, ['本人確認済み'])
          ? true
          : hasBadge(scope, ['本人確認未提出'])
            ? false
            : undefined,
        rating: score !== undefined && score <= 5 ? score : undefined,
        reviews: firstNumber(valueAfterLabel(scope, ['評価件数'])),
        pastOrders: firstNumber(valueAfterLabel(scope, ['依頼実績', '発注実績'])),
        applicants: firstNumber(valueAfterLabel(detail, ['応募数', '応募者数', '応募者'])),
      },
    };
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://coconala.com/requests/3456789',
  'https://coconala.com/requests/3456789?ref=top',
];
