/**
 * Parts shared by several rules. A negation is read inside the match's own clause: before it
 * ("no", "not a", "never") in English, after it (不可, なし, 不要, "is not required") in both languages.
 */

// "no NDA", "not a remote role", "No telecommuting", "we don't need an NDA": a negator, then up to three words.
export const NEGATED_BEFORE =
  /(?:^|[^\w'])(?:no|not|never|without|non|nor|cannot|can't|don't|doesn't|won't|isn't|aren't|wasn't|neither)(?:\s+[\w'-]+){0,3}\s*$/i;

// "リモート不可", "在宅NG", "NDAは不要です", "出社なし", "remote is not possible", "NDA not required".
export const NEGATED_AFTER = new RegExp(
  [
    String.raw`^\s*(?:は|が|を|の|も)?\s*(?:一切|特に|原則)?\s*(?:不可|なし|無し|NG|不要|ございません|ありません|しません|できません|いたしません|行いません|必要ありません|ではありません|ではない|禁止|非対応|対象外|介しません|介さない|介さず|経由しません)`,
    String.raw`^\s*(?:is|are|will be|would be)?\s*(?:not|n't|never)\s+(?:be\s+)?(?:required|needed|necessary|possible|available|allowed|offered|an option|permitted|part of)`,
    String.raw`^\s*(?:is|are)?\s*(?:unnecessary|not an option|out of (?:the )?question)`,
  ].join('|'),
  'i',
);

/** A money amount in either language, loosely: "3,000円", "5万円", "$40", "€200". */
export const MONEY = /(?:[$¥￥€£]\s?\d|\d[\d,.]*\s?(?:万|千)?\s?(?:円|ドル|USD|EUR|JPY|dollars|euros))/;
