import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { hasBadge, valueAfterLabel } from './lib/labels';
import type { SiteAdapter } from './lib/types';

/** Lancers (ランサーズ): work request pages. */
export const lancers: SiteAdapter = {
  id: 'lancers',
  matches: ['*://*.lancers.jp/*'],
  isOffer(url) {
    return /^\/work\/detail\/\d+/.test(url.pathname);
  },
  capture(doc, url) {
    const title = pickText(doc, ['.p-work-detail h1 .c-heading__title', '.p-work-detail h1', 'h1.c-heading']);
    const description = textOf(pick(doc, ['.p-work-detail-lancer', '.p-work-detail__description', '#workDetail']));
    if (!title || !description) return null;
    const client = pick(doc, ['.p-work-detail-client', '.c-avatar--client']);
    const link = client ? pick(client, ['.p-work-detail-client__name a', 'a[href*="/client/"]']) : null;
    const scope = client ?? doc;
    return {
      kind: 'job-post',
      title,
      text: description.replace(/^依頼概要\s*/, ''),
      client: {
        name: link ? textOf(link).trim() : undefined,
        profileUrl: absoluteUrl(link?.getAttribute('href'), url),
      },
      budgetText: valueAfterLabel(doc, ['提示した予算', '予算', '報酬']),
      postedAt: valueAfterLabel(doc, ['掲載日', '公開日']),
      trust: {
        identityVerified: hasBadge(scope, ['本人確認済み'])
          ? true
          : hasBadge(scope, ['本人確認未提出'])
            ? false
            : undefined,
        certifiedClient: hasBadge(scope, ['認定クライアント']) || undefined,
        rating: firstNumber(valueAfterLabel(scope, ['評価'])),
        hireRate: firstNumber(valueAfterLabel(scope, ['発注率'])),
        pastOrders: firstNumber(valueAfterLabel(scope, ['発注数', '発注実績'])),
      },
    };
  },
};
