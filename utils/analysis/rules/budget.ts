import { any, type Rule } from './define';

// Contexts around an amount that ../budget.ts weighs: which amount is the offer's own pay.

/** The amount is the pay: a pay word stands in its line. */
export const payContext: Rule = {
  id: 'payContext',
  description: "Words that mark an amount as the offer's own pay.",
  scope: 'line',
  raise: {
    ja: /予算|報酬|単\s?価|単金|時給|日給|月給|月額|年収|年俸|給与|ギャラ|謝礼|委託料|お支払い|支払額|人月/,
    en: /budget|\bpay\b|\bpays\b|paid|rate|salary|compensation|price|\bfee\b|hourly|per hour|stipend|remuneration|\bwage/,
  },
  examples: {
    match: ['報酬：3,000円', 'Budget: $500', 'Pay: €40 per hour'],
    noMatch: ['We have 3 years of data.', '対象ユーザー：30代女性'],
  },
};

/** The amount belongs to something else: end users' prices, a later phase, the client's past spend, a clause number. */
export const notOfferPay: Rule = {
  id: 'notOfferPay',
  description: "Words that mark an amount as not the offer's pay.",
  scope: 'clause',
  raise: {
    endUserJa:
      /(?:月額|年額)?(?:会員|利用|サブスク|プラン|ユーザー|お客様|顧客|商品|販売|売上|定価|価格帯|客単価|単価[^。\n]{0,2}の商品)[^。\n]{0,10}(?:料金|価格|費|円)|売上|月商|年商|販売価格|販売する|で販売|円の商品/,
    endUserEn: any(
      /\b(?:subscription|(?:our|the) (?:customers|users|members|clients) pay|(?:sells?|selling|sold) (?:for|at)|retail price|revenue|turnover|\bMRR\b|\bARR\b|raised|funding|valuation|in sales|backed by|investors?|series [a-e]\b|seed round)/,
      /(?:phase|stage|milestone) (?:2|two|3|three)|later phase|future phase|next phase|in the future/,
      /(?:avg|average) (?:hourly )?rate paid|total spent|spent \$|\bspent\b|jobs posted|hire rate/,
      /(?:pays?|paid|paying) (?:freelancers |contractors )?(?:an? )?(?:avg|average)|(?:avg|average) (?:of|pay|rate)\b|(?:has|have|previously|historically) paid/,
      // A perk's budget in a job ad's benefits: "$100/month education budget", "home office stipend".
      /(?:education(?:al)?|learning|(?:professional|personal) development|home[- ]office|wellness|fitness|gym|conference|books?|co-?working|meal|lunch) (?:budget|stipend|allowance|reimbursement)|(?:equipment|internet|phone|health|development) (?:stipend|allowance|reimbursement)/,
    ),
    laterJa: /(?:第?2|第二|次|将来の?)(?:フェーズ|段階|期)|将来的に|(?:平均|実績)(?:単価|時給)|総支払額|利用実績/,
    // A penalty or damages a party must pay is no fee for the work.
    penalty: /違約金|損害賠償(?:金|額)?|賠償金|罰金|\bpenalt(?:y|ies)\b|liquidated damages/,
    // What the worker pays in: a franchise's or a school's fees, a deposit.
    paidInJa: /契約金|加盟金|保証金|入会金|初期費用|登録料|受講料|月会費|年会費|ロイヤリティ|レンタル代/,
  },
  examples: {
    match: [
      '会員のサブスク料金は月額980円',
      'Our customers pay $29/month for the app.',
      'Phase 2 budget will be $5,000.',
      '加盟金：100万円',
      'We have been backed by top investors for a total of $71mil.',
      'Avg hourly rate paid: $35',
      'The client pays an average of $35/hr.',
      '$100/month education budget, with conferences covered on approval.',
      'A $500 home office stipend when you join.',
      '違約金として100万円を支払うものとします。',
      'A penalty of $500 applies to late delivery.',
    ],
    noMatch: [
      '報酬：3,000円',
      'Budget: $500',
      'We offer $20/hr for this task.',
      'Training budget: $2,000 for the course.',
      'Total development budget: $5,000.',
    ],
  },
};
