import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { hasBadge, valueAfterLabel } from './lib/labels';
import type { SiteAdapter } from './lib/types';

const REQUEST = /^\/requests\/(\d+)/;

/** Coconala (ココナラ): requests buyers post for sellers to propose on. */
export const coconala: SiteAdapter = {
  id: 'coconala',
  matches: ['*://*.coconala.com/*'],
  isOffer(url) {
    return REQUEST.test(url.pathname);
  },
  key(url) {
    const id = url.pathname.match(REQUEST)?.[1];
    return id ? `coconala:request:${id}` : null;
  },
  capture(doc, url) {
    const title = pickText(doc, ['.c-requestTitle_heading', '.c-requestTitle h1', 'main h1']);
    const body = pick(doc, ['.c-requestDescription_body', '.c-requestDescription']);
    if (!title || !body) return null;
    const user = pick(doc, ['.c-requestUser']);
    const link = user ? pick(user, ['.c-requestUser_name', 'a[href*="/users/"]']) : null;
    const scope = user ?? doc;
    return {
      kind: 'job-post',
      title,
      text: textOf(body),
      client: {
        name: link ? textOf(link).trim() : undefined,
        profileUrl: absoluteUrl(link?.getAttribute('href'), url),
      },
      budgetText: valueAfterLabel(doc, ['予算']),
      postedAt: valueAfterLabel(doc, ['掲載日']),
      trust: {
        identityVerified: hasBadge(scope, ['本人確認済み'])
          ? true
          : hasBadge(scope, ['本人確認未提出'])
            ? false
            : undefined,
        rating: firstNumber(valueAfterLabel(scope, ['評価'])),
        reviews: firstNumber(valueAfterLabel(scope, ['評価件数'])),
        pastOrders: firstNumber(valueAfterLabel(scope, ['発注実績'])),
      },
    };
  },
};

/** Offer URLs this adapter was checked against (tests only: nothing imports them into a bundle). */
export const exampleUrls: readonly string[] = [
  'https://coconala.com/requests/3456789',
  'https://coconala.com/requests/3456789?ref=top',
];
