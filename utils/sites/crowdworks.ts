import { absoluteUrl, firstNumber, pick, pickText, textOf } from './lib/dom';
import { valueAfterLabel } from './lib/labels';
import type { SiteAdapter } from './lib/types';

const PAY_LABELS = ['固定報酬制', '時間単価制', 'タスク・コンペ', '予算', '報酬'];

/** CrowdWorks (クラウドワークス): public job pages. */
export const crowdworks: SiteAdapter = {
  id: 'crowdworks',
  matches: ['*://*.crowdworks.jp/*'],
  isOffer(url) {
    return /^\/public\/jobs\/\d+/.test(url.pathname);
  },
  capture(doc, url) {
    const title = pickText(doc, ['.job_offer_detail h1', 'h1.title']);
    const description = textOf(pick(doc, ['.job_offer_detail_table', '.confirm_outside_link']));
    if (!title || !description) return null;
    const client = pick(doc, ['.client_info', '.client-information']);
    const link = client ? pick(client, ['.display_name a', 'a[href*="/employers/"]']) : null;
    const scope = client ?? doc;
    const payLabel = PAY_LABELS.find((label) => valueAfterLabel(doc, [label]) !== undefined);
    const identity = valueAfterLabel(scope, ['本人確認']);
    const escrow = valueAfterLabel(doc, ['仮払い']);
    return {
      kind: 'job-post',
      title,
      text: description.replace(/^仕事の詳細\s*/, ''),
      client: {
        name: link ? textOf(link).trim() : undefined,
        profileUrl: absoluteUrl(link?.getAttribute('href'), url),
      },
      budgetText: payLabel ? `${payLabel} ${valueAfterLabel(doc, [payLabel])}` : undefined,
      postedAt: valueAfterLabel(doc, ['掲載日']),
      trust: {
        identityVerified: identity ? /済|確認済み/.test(identity) && !/未/.test(identity) : undefined,
        escrowFunded: escrow ? /済/.test(escrow) : undefined,
        rating: firstNumber(valueAfterLabel(scope, ['評価'])),
        hireRate: firstNumber(valueAfterLabel(scope, ['発注率'])),
        pastOrders: firstNumber(valueAfterLabel(scope, ['募集実績', '発注実績'])),
        certifiedClient: pickText(scope, ['.certified_client']) ? true : undefined,
      },
    };
  },
};
