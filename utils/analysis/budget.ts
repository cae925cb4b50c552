import type { Budget, Evidence } from '../schema/analysis';
import { quoteAround } from './evidence';

type Unit = Budget['unit'];

// One amount: an optional currency sign, digits with separators, an optional multiplier, an optional unit word.
const NUM = String.raw`\d{1,3}(?:[,，]\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const AMOUNT = String.raw`(?:(USD|JPY|EUR|GBP|INR|US\$|[$¥￥€£₹])\s?)?(${NUM})\s?(万|千|k|K)?\s?(円|ドル|USD|JPY|EUR|GBP|INR)?(?:\s?\/\s?(?:hr|hour|h|mo|month|day|時間|月|日))?`;
const RANGE = new RegExp(String.raw`${AMOUNT}(?:\s?(?:[-–〜~～]|to|から)\s?${AMOUNT})?`, 'g');

const SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  ドル: 'USD',
  '¥': 'JPY',
  '￥': 'JPY',
  JPY: 'JPY',
  円: 'JPY',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  '₹': 'INR',
  INR: 'INR',
};

const UNIT_WORDS: [Unit, RegExp][] = [
  ['hour', /時給|時間単価|時間あたり|\/\s?(?:hr|hour|h|時間)\b|per hour|an hour|hourly|\bhr\b/i],
  ['day', /日給|日当|日額|1日あたり|per day|\/\s?(?:day|日)|daily rate|day rate/i],
  ['month', /月額|月給|月収|人月|毎月|月\s?\d+\s?万|per month|\/\s?(?:mo|month|月)|monthly|a month/i],
  [
    'fixed',
    /固定報酬|固定|1記事|一記事|1本|1件|1枚|記事単価|per (?:article|video|post|piece|page|item)|fixed[- ]price|fixed|project budget|一式/i,
  ],
];

// Pay per week has no unit of its own in the schema: it stays null rather than pass for a fixed price.
const WEEKLY = /per week|a week|\/\s?w(?:ee)?k\b|週給|週\s?\d+\s?万/i;

/** The unit word nearest the amount (at `at` in the window): "1件300円…月5万円" is per piece, not monthly. */
function closestUnit(window: string, at: number): Unit {
  let best: Unit = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [unit, re] of UNIT_WORDS) {
    const global = new RegExp(re.source, 'gi');
    for (let m = global.exec(window); m; m = global.exec(window)) {
      const distance = Math.abs(m.index - at);
      if (distance < bestDistance) [best, bestDistance] = [unit, distance];
      if (m[0].length === 0) global.lastIndex++;
    }
  }
  return best;
}

function toNumber(digits: string, multiplier: string | undefined): number {
  const n = Number(digits.replace(/[,，]/g, ''));
  if (multiplier === '万') return n * 10_000;
  if (multiplier === '千') return n * 1_000;
  if (multiplier === 'k' || multiplier === 'K') return n * 1_000;
  return n;
}

// Words that make a number money even without a sign nearby.
const MONEY_CONTEXT = /予算|報酬|単価|給|budget|pay|rate|salary|compensation|price|fee/i;
// Numbers that are not money: years, counts, times.
const NOT_MONEY_AFTER =
  /^\s?(?:年|月(?!額)|日(?!給)|時間|時(?![給])|分|件|名|人|文字|字|本(?!あたり)|回|歳|%|％|[:：]|(?:hours?|hrs?|days?|weeks?|months?|years?|people|words|articles|videos|rows|products|orders)\b)/i;
// Amounts that are not the offer's pay: yearly perks, a time of day.
const NOT_PAY_AFTER = /^\s?(?:yearly|annual|per year|a year|\/\s?y(?:ea)?r)\b/i;
const OPEN_ABOVE = /^\s?(?:[〜~～]|から|以上|\+|or more)/;
const OPEN_BELOW = /^\s?(?:以内|まで|以下)/;
const CAP_BEFORE = /(?:up to|max(?:imum)?|under|no more than)\s?$/i;

interface Found {
  budget: Budget;
  evidence: Evidence;
  score: number;
}

/** Reads the offer's pay: amount or range, ISO currency and unit; null when no amount is stated. */
export function parseBudget(text: string, field = 'budget'): { budget: Budget; evidence: Evidence } | null {
  let best: Found | null = null;
  RANGE.lastIndex = 0;
  let count = 0;
  for (let m = RANGE.exec(text); m && count < 200; m = RANGE.exec(text), count++) {
    const [whole, sign1, num1, mult1, suffix1, sign2, num2, mult2, suffix2] = m;
    if (!num1) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    // A time of day ("9:00〜18:00") or part of a longer number is never an amount.
    if (/\d[:：]$|[\d.]$/.test(before) && !sign1) continue;
    const explicit = sign1 ?? suffix1 ?? sign2 ?? suffix2;
    const windowText = text.slice(Math.max(0, m.index - 40), m.index + whole.length + 40);
    if (!explicit && !MONEY_CONTEXT.test(windowText)) continue;
    if (!suffix1 && !suffix2 && NOT_MONEY_AFTER.test(after)) continue;
    if (NOT_PAY_AFTER.test(after)) continue;
    const currency = explicit ? (SIGNS[explicit] ?? null) : /円|万/.test(windowText) ? 'JPY' : null;
    // A bare number with neither currency nor unit is a count, not a fee.
    const unitWindow = text.slice(Math.max(0, m.index - 30), m.index + whole.length + 30);
    const unitFound = closestUnit(unitWindow, Math.min(30, m.index));
    const weekly = WEEKLY.test(unitWindow) && !unitFound;
    if (!currency && !unitFound) continue;
    let min: number | null = toNumber(num1, mult1 ?? (num2 ? mult2 : undefined));
    let max: number | null = num2 ? toNumber(num2, mult2 ?? mult1) : min;
    if (min > max) [min, max] = [max, min];
    if (max <= 0) continue;
    if (!num2 && OPEN_ABOVE.test(after)) max = null;
    else if (!num2 && (OPEN_BELOW.test(after) || CAP_BEFORE.test(before))) min = null;
    // A sum with a currency and no time unit is a fixed price.
    const unit = unitFound ?? (currency && !weekly ? 'fixed' : null);
    // Prefer amounts with a written currency, then with a unit, then ranges, then the earliest.
    const score =
      (explicit ? 5 : currency ? 2 : 0) +
      (unitFound ? 2 : 0) +
      (num2 ? 1 : 0) +
      (MONEY_CONTEXT.test(windowText) ? 1 : 0);
    if (!best || score > best.score) {
      best = {
        budget: { min, max, currency, unit },
        evidence: quoteAround(text, m.index, m.index + whole.trimEnd().length, field),
        score,
      };
    }
  }
  RANGE.lastIndex = 0;
  return best ? { budget: best.budget, evidence: best.evidence } : null;
}
