import type { Budget, Evidence } from '../schema/analysis';
import { notOfferPay, payContext } from './rules/budget';
import { evidenceOf, matchRule, plain } from './rules/define';
import { type PreparedText, prepareText, segmentAt } from './text';

type Unit = Budget['unit'];

// One amount: a currency before or after, digits with separators, a multiplier, a per-unit suffix.
const NUM = String.raw`\d{1,3}(?:[,，]\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// Codes in capitals, and the common ones in lower case too ("usd 75,000 - 140,000 per year").
const LOWER_CODES = String.raw`(?<![A-Za-z])(?:usd|eur|gbp|jpy|sgd|aud)(?![A-Za-z])`;
// More codes of the countries offers come from; "Rs" is a rupee whose country the text tells (rupeeOf).
const MORE_CODES = 'PKR|LKR|NPR|BDT|IDR|MYR|THB|VND|CNY|KRW|TWD|NGN|KES|ZAR|EGP|AED|SAR|BRL|MXN|PLN|TRY|UAH';
const SIGN = String.raw`USD|JPY|EUR|GBP|INR|AUD|CAD|SGD|HKD|NZD|CHF|${MORE_CODES}|${LOWER_CODES}|US\$|A\$|C\$|S\$|R\$|NT\$|(?<![A-Za-z])(?:Rs\.?|Rp\.?|RM)(?=\s?\d)|PHP(?=\s?\d{1,3}(?:,\d{3})+)|[$¥￥€£₹₱₦₩₫฿₺₴]`;
const AFTER = String.raw`円|ドル|ユーロ|USD|JPY|EUR|GBP|INR|AUD|CAD|SGD|HKD|NZD|CHF|${MORE_CODES}|${LOWER_CODES}|€|£|\$|dollars|euros|pounds|yen|Yen`;
// "$82hr" glues the unit on without a slash.
const PER = String.raw`(?:\s?\/\s?(?:hr|hour|h|mo|month|day|year|yr|時間|月|日|年)|hrs?\b)?`;
// The currency after a number stands on its line: "2" ending a title and "£127" below are not £2.
const AMOUNT = String.raw`(?:(${SIGN})\s?)?(${NUM})[ \t]?(万|千|k|K|M\b)?[ \t]?(${AFTER})?${PER}`;
const RANGE = new RegExp(String.raw`${AMOUNT}(?:\s?(?:[-–〜~～]|to|から)\s?(?:max\.?|最大)?\s?${AMOUNT})?`, 'g');

const SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  ドル: 'USD',
  dollars: 'USD',
  '¥': 'JPY',
  '￥': 'JPY',
  JPY: 'JPY',
  円: 'JPY',
  '€': 'EUR',
  EUR: 'EUR',
  ユーロ: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  pounds: 'GBP',
  '₹': 'INR',
  INR: 'INR',
  AUD: 'AUD',
  A$: 'AUD',
  CAD: 'CAD',
  C$: 'CAD',
  yen: 'JPY',
  Yen: 'JPY',
  SGD: 'SGD',
  S$: 'SGD',
  HKD: 'HKD',
  NZD: 'NZD',
  CHF: 'CHF',
  ...Object.fromEntries(MORE_CODES.split('|').map((code) => [code, code])),
  PHP: 'PHP',
  R$: 'BRL',
  NT$: 'TWD',
  Rp: 'IDR',
  'Rp.': 'IDR',
  RM: 'MYR',
  '₱': 'PHP',
  '₦': 'NGN',
  '₩': 'KRW',
  '₫': 'VND',
  '฿': 'THB',
  '₺': 'TRY',
  '₴': 'UAH',
};

/** The rupee "Rs" means: Pakistan's, Sri Lanka's or Nepal's where the text names the country or a city, else India's. */
const RUPEE_PLACES: [string, RegExp][] = [
  ['PKR', /Pakistan|Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Peshawar|Multan/],
  ['LKR', /Sri Lanka|Colombo|Kandy/],
  ['NPR', /Nepal|Kathmandu|Pokhara/],
];
function rupeeOf(text: string): string {
  return onlyPlaceNamed(RUPEE_PLACES, text) ?? 'INR';
}

/** The currency of the one place of `places` the text names, or null when it names none or several. */
function onlyPlaceNamed(places: [string, RegExp][], text: string): string | null {
  const named = new Set(places.filter(([, re]) => re.test(text)).map(([currency]) => currency));
  return named.size === 1 ? ([...named][0] as string) : null;
}

const UNIT_WORDS: [Unit, RegExp][] = [
  ['hour', /時給|時間単価|時間あたり|\/\s?(?:hr|hour|h|時間)\b|per hour|an hour|hourly|\bhr\b|(?<=\d)hrs?\b|\/時間/gi],
  ['day', /日給|日当|日額|1日あたり|per day|\/\s?(?:day|日)|daily rate|day rate|a day\b|every day|each day/gi],
  ['month', /月額|月給|月収|基本給|人月|毎月|月\s?\d+\s?万|per month|\/\s?(?:mo|month|月)\b|monthly|a month|\/月/gi],
  ['year', /年収|年俸|年額|per year|\/\s?(?:year|yr|年)\b|a year|annual(?:ly)?|per annum|\bp\.a\.|salary range/gi],
  [
    'fixed',
    /固定報酬|固定|1記事|一記事|1本|1件|1枚|記事単価|文字単価|per (?:article|video|post|piece|page|item|word|task|deal)|fixed[- ]price|fixed|project budget|一式|プロジェクト単位/gi,
  ],
];

// Pay per week has no unit of its own in the schema: it stays null rather than pass for a fixed price.
const WEEKLY = /per week|a week|\/\s?w(?:ee)?k\b|週給|週\s?\d+\s?万/i;

/** The unit word nearest the amount within its own line: "1件300円…月5万円" is per piece, not monthly. */
function closestUnit(line: string, at: number): Unit {
  let best: Unit = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [unit, re] of UNIT_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const distance = m.index >= at ? m.index - at : at - (m.index + m[0].length);
      if (distance < bestDistance && distance <= 40) [best, bestDistance] = [unit, distance];
      if (m[0].length === 0) re.lastIndex++;
    }
    re.lastIndex = 0;
  }
  return best;
}

function toNumber(digits: string, multiplier: string | undefined): number {
  // "£260,00": a comma before exactly two final digits is a decimal comma (thousands come in threes, and
  // Indian lakhs, 1,20,000, end in three too).
  const decimal = /^\d{1,3}[,，]\d{2}$/.test(digits);
  const n = Number(decimal ? digits.replace(/[,，]/, '.') : digits.replace(/[,，]/g, ''));
  if (multiplier === '万') return n * 10_000;
  if (multiplier === '千' || multiplier === 'k' || multiplier === 'K') return n * 1_000;
  if (multiplier === 'M') return n * 1_000_000;
  return n;
}

// Numbers that are not money: counts, times, clause numbers, sizes.
const NOT_MONEY_AFTER =
  /^\s?(?:年(?!収|俸)|月(?!額|給|収)|日(?!給|当)|時間|時(?!給)|分|秒|件|名|人|文字|字|本(?!あたり)|回|歳|%|％|条|項|号|章|位|倍|点|社|ヶ月|か月|カ月|週|[:：]|(?:hours?|hrs?|days?|weeks?|months?|years?|people|words|articles|videos|rows|products|orders|pages|items|users|members|employees|clients|reviews|jobs|hires|GB|MB|px|cm|mm|kg|bn|billion|trillion|million|mn)\b)/i;
const OPEN_ABOVE = /^\s?(?:相当|程度)?\s?(?:[〜~～]|から|以上|超え|超|\+|or more|and up)/;
// A floor written before the amount: "from $40/hr", "at least $500", 最低1万円.
const FLOOR_BEFORE = /(?:\bfrom|starting (?:at|from)|minimum|\bmin\.?|at least|no less than|最低|下限)\s?[:：]?\s?$/i;
const OPEN_BELOW = /^\s?(?:以内|まで|以下|未満)/;
const CAP_BEFORE = /(?:up to|max(?:imum)?|under|no more than|最大|上限)\s?[:：]?\s?$/i;
const LEADING_UP_TO = /(?:^|[^\d\s])\s?[〜~～]\s?$/;
const CLAUSE_BEFORE = /第\s?$/;

// Amounts without figures: "several thousand dollars a month", 数万円〜十数万円.
const VAGUE =
  /(?:単\s?価|単金|報酬|金額)[\s】\]:：・]{0,4}(?:スキル見合い|応相談|要相談|相談)|(?:several|a few|few|some) (?:hundred|thousand)s? (?:of )?(dollars|euros|pounds|USD|EUR)|(?:数|十数|数十)(?:千|百|十)?万?円|(数|十数|数十)万(?:円)?/gi;

// A month of SES work is priced per person-month even where the line only says 単価.
const PER_PERSON_MONTH = /精算|人月|スキル見合い|稼働率|商流/;
const UNIT_PRICE = /単\s?価|単金/;
// A bid average or the client's spend shown under a listing is not this offer's pay.
const NOT_THIS_OFFER_LINE = /^\(?(?:avg\.? bid|average bid|平均)/i;

const RUPEES_OR_YEN = new Set(['JPY', 'INR', 'PKR', 'LKR', 'NPR']);
const SALARY_WORD = /salary|salaries|base pay|pay range|compensation range|\bOTE\b/i;
/** What the worker pays in (契約金, 加盟金, 保証金, …): the same words as notOfferPay's. */
const PAID_IN_LABEL = notOfferPay.raise.paidInJa as RegExp;
// 給与 with a six-figure yen amount and no period is a monthly salary (Japanese pay is monthly unless it says 年収).
const SALARY_LABEL_JA = /給与(?!計算|明細|振込|支払|代行|業務|事務)|給料|月収/;
/** A short 給与 label on one of the two non-empty lines above the amount's line (給与 / ★給与例 / 265,000円). */
function salaryLabelAbove(lines: readonly { text: string }[], index: number): boolean {
  let seen = 0;
  for (let i = index - 1; i >= 0 && seen < 2; i--) {
    const text = (lines[i] as { text: string }).text.trim();
    if (!text) continue;
    seen++;
    if (text.length <= 12 && SALARY_LABEL_JA.test(text)) return true;
  }
  return false;
}

// A five-figure amount with no period in a full-time or permanent job is its yearly pay, where salaries are
// written by the year (a peso, rupiah or rupee salary is monthly).
const FULL_TIME_WORD = /full[_ -]?time|\bpermanent\b/i;
const YEARLY_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SGD', 'HKD']);

// "$" is the US dollar unless the offer says where it is: a Singapore post's "$12/hr" is S$12.
// Only cues that place the work itself there (a station to get to, a local company form), not a team's city.
const DOLLAR_PLACES: [string, RegExp][] = [
  // Who may apply or where the job is: "Singaporeans & PRs", "Location: Singapore" (a team "in Singapore" is not).
  [
    'SGD',
    /\bMRT\b|\bPte\.? Ltd\b|S['’]pore|\bSingaporeans?\b|\bSingapore (?:citizens?|PRs?)\b|\blocation\s?[:：]\s?Singapore\b/i,
  ],
  [
    // Singapore's own districts and estates, named as where the work is (none is a place name elsewhere).
    'SGD',
    /\b(?:Ang Mo Kio|Bedok|Bishan|Bukit (?:Batok|Merah|Panjang|Timah)|Kaki Bukit|Boon Lay|Buona Vista|Choa Chu Kang|Clementi|Compass One|Hougang|Jurong|Kallang|Pasir Ris|Paya Lebar|Punggol|Sembawang|Sengkang|Serangoon|Tampines|Tanjong Pagar|Toa Payoh|Woodlands Ave|Yishun|Raffles Place|Tiong Bahru|Geylang|Bendemeer|Tai Seng|Ubi|Eunos|Aljunied|Boon Keng|Farrer Park|Telok Ayer|Tanah Merah|Yew Tee|Kranji)\b/,
  ],
  [
    'AUD',
    /\bPty\.? Ltd\b|\bAustralian (?:citizens?|residents?)\b|\blocation\s?[:：]\s?(?:Sydney|Melbourne|Brisbane|Perth|Adelaide|Australia)\b/i,
  ],
];
const SITE_DOLLAR = new Set(['upwork', 'freelancer', 'fiverr']);
// Other cities whose metro is called the MRT.
const OTHER_MRT = /Taipei|Kaohsiung|Kuala Lumpur|Jakarta|Manila|Bangkok/;
const US_PLACES = /\bUSA?\b|United States|\bU\.S\.|America/;

/** The currency "$" means in this text: the only other dollar country it names, and not the US. */
function dollarOf(text: string): string {
  if (US_PLACES.test(text) || OTHER_MRT.test(text)) return 'USD';
  return onlyPlaceNamed(DOLLAR_PLACES, text) ?? 'USD';
}

/** The site's currency where a listing shows bare numbers. */
const SITE_CURRENCY: Record<string, string> = {
  crowdworks: 'JPY',
  lancers: 'JPY',
  coconala: 'JPY',
  upwork: 'USD',
};
const HEADER_UNIT: [Unit, RegExp][] = [
  ['hour', /^(?:hourly|時間単価制?|時給)(?:\s?[:：]?\s?.*)?$/i],
  ['day', /^(?:daily(?: rate)?|日給|日当)\s?[:：]?$/i],
  ['month', /^(?:monthly(?: salary)?|月給|月額|基本給)\s?[:：]?$/i],
  ['fixed', /^(?:fixed[- ]price|固定報酬制?|est\.? budget|budget)\s?[:：]?$/i],
];
const HEADER_AMOUNT = /^(US\$|[$¥￥€£₹])?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(円)?$/;

/**
 * A listing card's fields right under the title: bare amounts on their own lines ("30000", "50000";
 * "Hourly", "$10.00", "$47.00"), read as the listing header's budget.
 */
function listingHeader(p: PreparedText, site: string | undefined): Found | null {
  const amounts: { value: number; sign?: string; start: number; end: number }[] = [];
  let unit: Unit = null;
  for (const line of p.lines.slice(1, 6)) {
    const m = HEADER_AMOUNT.exec(line.text);
    if (m) {
      amounts.push({
        value: Number((m[2] as string).replace(/,/g, '')),
        sign: m[1] ?? m[3],
        start: line.start,
        end: line.end,
      });
      if (amounts.length === 2) break;
      continue;
    }
    const u = HEADER_UNIT.find(([, re]) => re.test(line.text));
    if (u && amounts.length === 0) {
      unit = u[0];
      continue;
    }
    if (amounts.length) break;
  }
  const first = amounts[0];
  if (!first) return null;
  const last = amounts[amounts.length - 1] as (typeof amounts)[number];
  const next = p.lines.find((l) => l.start > last.end);
  if (next && NOT_THIS_OFFER_LINE.test(next.text)) return null;
  const currency = first.sign ? (SIGNS[first.sign] ?? null) : site ? (SITE_CURRENCY[site] ?? null) : null;
  if (!currency) return null;
  const values = amounts.map((a) => a.value);
  const min = Math.min(...values);
  // Upwork's card shows one figure for a fixed price and two for an hourly range.
  const guessed = unit ?? (site === 'upwork' && amounts.length === 2 ? 'hour' : 'fixed');
  return {
    budget: { min: min > 0 ? min : null, max: Math.max(...values), currency, unit: guessed },
    start: first.start,
    end: last.end,
    score: 4,
  };
}

interface Found {
  budget: Budget;
  start: number;
  end: number;
  score: number;
}

/** Which line each offset is on, and whether that line is a listing header (`[...]` first line). */
function isHeaderLine(p: PreparedText, at: number): boolean {
  const line = segmentAt(p, 'line', at);
  return line !== null && line === p.lines[0] && line.text.startsWith('[') && p.lines.length > 1;
}

/**
 * Reads the offer's pay: amount or range, ISO currency and unit; null when no amount is stated. The
 * offer's own amount wins: a pay word on its line counts for it; an end user's price, a later phase,
 * the client's past spend or a listing header counts against it.
 */
export function parseBudget(
  text: PreparedText | string,
  field = 'budget',
  site?: string,
): { budget: Budget; evidence: Evidence; score: number } | null {
  const p = typeof text === 'string' ? prepareText(text) : text;
  const norm = p.norm;
  const perPersonMonth = PER_PERSON_MONTH.test(norm);
  // A marketplace's amounts are in its own currency whatever the client's company form. Read once, and only
  // when an amount is written with a bare "$".
  let dollar: string | undefined;
  let rupee: string | undefined;
  const rupeeHere = () => {
    rupee ??= rupeeOf(norm);
    return rupee;
  };
  const dollarHere = () => {
    dollar ??= site && SITE_DOLLAR.has(site) ? 'USD' : dollarOf(norm);
    return dollar;
  };
  const payLines = new Set(plain(matchRule(payContext, p)).map((h) => segmentAt(p, 'line', h.start)?.start));
  const notPayHits = plain(matchRule(notOfferPay, p));
  const notPay = notPayHits.map((h) => segmentAt(p, 'clause', h.start));
  // A penalty or damages clause speaks for every amount of its sentence: 違約金として…（その額が100万円に満たない場合は100万円）.
  const penaltySentences = notPayHits
    .filter((h) => h.pattern === 'penalty')
    .map((h) => segmentAt(p, 'sentence', h.start))
    .filter((seg) => seg !== null);
  let best: Found | null = listingHeader(p, site);
  const header = best ? { start: best.start, end: best.end } : null;
  RANGE.lastIndex = 0;
  let count = 0;
  for (let m = RANGE.exec(norm); m && count < 300; m = RANGE.exec(norm), count++) {
    const [whole, sign1, num1, mult1, suffix1, sign2, num2, mult2, suffix2] = m;
    if (!num1) continue;
    const start = m.index;
    if (header && start >= header.start && start < header.end) continue;
    const end = start + whole.trimEnd().length;
    const before = norm.slice(Math.max(0, start - 16), start);
    const after = norm.slice(start + whole.length, start + whole.length + 12);
    // A time of day ("9:00〜18:00"), part of a longer number, or a clause number (第3条) is never pay.
    if (/\d[:：]$|[\d.]$/.test(before) && !sign1) continue;
    if (CLAUSE_BEFORE.test(before)) continue;
    const explicit = sign1 ?? suffix1 ?? sign2 ?? suffix2;
    const line = segmentAt(p, 'line', start);
    const lineText = line?.text ?? '';
    const at = line ? start - line.start : 0;
    // A label on a line of its own (【単価】, ■報酬) speaks for the amount on the next line.
    const lineIndex = line ? p.lines.indexOf(line) : -1;
    const labelLine = lineIndex > 0 ? (p.lines[lineIndex - 1] as (typeof p.lines)[number]) : null;
    const labelAbove = labelLine !== null && labelLine.text.length <= 12 && payLines.has(labelLine.start);
    if (penaltySentences.some((seg) => start >= seg.start && start < seg.end)) continue;
    // A label of its own above the amount that names what the worker pays in (契約金 / 100万円).
    if (labelLine && labelLine.text.length <= 12 && PAID_IN_LABEL.test(labelLine.text)) continue;
    const onPayLine = line !== null && (payLines.has(line.start) || labelAbove);
    const unitPriceLine = UNIT_PRICE.test(lineText) || (labelAbove && UNIT_PRICE.test(labelLine?.text ?? ''));
    // A list number ("1. 報酬額") is not an amount.
    if (!sign1 && lineText.slice(0, at).trim() === '' && /^[.)．]\s/.test(norm.slice(start + num1.length))) continue;
    if (!explicit && !onPayLine) continue;
    if (!suffix1 && !suffix2 && NOT_MONEY_AFTER.test(after)) continue;
    const windowText = norm.slice(Math.max(0, start - 40), end + 40);
    const currency = explicit
      ? explicit === '$'
        ? dollarHere()
        : /^Rs\.?$/.test(explicit)
          ? rupeeHere()
          : (SIGNS[explicit] ?? SIGNS[explicit.toUpperCase()] ?? null)
      : /円|万/.test(windowText)
        ? 'JPY'
        : null;
    // A unit on the amount's own line; else on a label line of its own above it (時給 / 1,000円〜).
    const unitFound =
      closestUnit(lineText, at) ??
      (labelAbove && labelLine ? closestUnit(labelLine.text, labelLine.text.length) : null);
    const weekly = WEEKLY.test(lineText) && !unitFound;
    // A bare number with neither currency nor unit is a count, not a fee.
    if (!currency) continue;
    let min: number | null = toNumber(num1, mult1 ?? (num2 ? mult2 : undefined));
    let max: number | null = num2 ? toNumber(num2, mult2 ?? mult1) : min;
    if (min > max) [min, max] = [max, min];
    if (max <= 0) continue;
    if (!num2 && (OPEN_ABOVE.test(after) || FLOOR_BEFORE.test(before))) max = null;
    else if (!num2 && (OPEN_BELOW.test(after) || CAP_BEFORE.test(before) || LEADING_UP_TO.test(before))) min = null;
    const big = (max ?? min ?? 0) >= 200_000;
    // "$120k - $150k" or "Salary: $120,000 - $150,000" with no period: a yearly salary. Not rupees (an
    // Indian salary written so is monthly) nor yen (万円 amounts have their own periods).
    const salary =
      !unitFound &&
      (max ?? min ?? 0) >= 30_000 &&
      ((currency === 'USD' && /k/i.test(`${mult1 ?? ''}${mult2 ?? ''}`)) ||
        (!RUPEES_OR_YEN.has(currency) && SALARY_WORD.test(windowText)) ||
        (YEARLY_CURRENCIES.has(currency) && FULL_TIME_WORD.test(windowText)));
    const unit =
      unitFound && !(unitFound === 'fixed' && (perPersonMonth || unitPriceLine) && big)
        ? unitFound
        : currency === 'JPY' &&
            big &&
            (perPersonMonth || unitPriceLine || SALARY_LABEL_JA.test(lineText) || salaryLabelAbove(p.lines, lineIndex))
          ? 'month'
          : salary
            ? 'year'
            : currency && !weekly
              ? 'fixed'
              : null;
    const clause = segmentAt(p, 'clause', start);
    // An end user's price, a later phase, revenue or the client's past spend is never this offer's pay.
    if (notPay.some((c) => c !== null && c === clause)) continue;
    // "Avg hourly rate paid: $35": the label before the colon speaks for the amount after it.
    const clauseIndex = clause ? p.clauses.indexOf(clause) : -1;
    const labelClause = clauseIndex > 0 ? p.clauses[clauseIndex - 1] : undefined;
    if (
      labelClause &&
      /[:：]$/.test(labelClause.text) &&
      notPay.includes(labelClause) &&
      labelClause.end >= (line?.start ?? 0)
    )
      continue;
    const nextLine = lineIndex >= 0 ? p.lines[lineIndex + 1] : undefined;
    if (nextLine && NOT_THIS_OFFER_LINE.test(nextLine.text)) continue;
    const score =
      (explicit ? 5 : currency ? 2 : 0) +
      (unitFound ? 2 : 0) +
      (num2 ? 1 : 0) +
      (onPayLine ? 3 : 0) -
      (isHeaderLine(p, start) ? 4 : 0);
    if (!best || score > best.score) best = { budget: { min, max, currency, unit }, start, end, score };
  }
  RANGE.lastIndex = 0;
  if (!best) best = vagueAmount(p);
  return best ? { budget: best.budget, evidence: evidenceOf(p, best.start, best.end, field), score: best.score } : null;
}

function vagueAmount(p: PreparedText): Found | null {
  VAGUE.lastIndex = 0;
  const m = VAGUE.exec(p.norm);
  VAGUE.lastIndex = 0;
  if (!m) return null;
  const currency = m[1] ? (SIGNS[m[1].toLowerCase()] ?? SIGNS[m[1]] ?? null) : 'JPY';
  const line = segmentAt(p, 'line', m.index);
  const unit =
    closestUnit(line?.text ?? '', line ? m.index - line.start : 0) ??
    (currency === 'JPY' && (PER_PERSON_MONTH.test(p.norm) || UNIT_PRICE.test(m[0])) ? 'month' : 'fixed');
  return { budget: { min: null, max: null, currency, unit }, start: m.index, end: m.index + m[0].length, score: 0 };
}
