import type { Rule } from './define';

/** A payment term; ../liability.ts raises the flag only past 60 days (Japan's freelance law). */
export const latePayment: Rule = {
  id: 'latePayment',
  description: 'A payment term that may pass 60 days after delivery.',
  scope: 'sentence',
  raise: {
    net: /(?:net|ネット)\s?\d{2,3}\b(?!\s?[%％])/,
    daysAfterEn:
      /\d{2,3}\s?days? (?:of|after|from|following)|(?:thirty|sixty|ninety|one hundred twenty) \(\d{2,3}\) days/,
    daysAfterJa: /(?:納品|検収|請求)(?:後|日?から)[^。\n]{0,6}?\d{2,3}\s?日(?:以内|後)?/,
    monthsJa: /翌々々?月(?:末|\d{1,2}日)?[^。\n]{0,10}(?:払|支払|振込)|(?:支払|払い)[^。\n]{0,8}翌々月/,
    monthsEn: /(?:third|fourth|3rd|4th) month (?:following|after)/,
  },
  examples: {
    match: ['支払いは納品後90日以内とします。', 'Payment terms: net 90.', '支払いは翌々月末払いです。'],
    noMatch: [
      '月末締め翌月末払い',
      'Paid weekly.',
      'After each collection you keep 30% and transfer the net 70% to us.',
    ],
  },
};
