// Scope: items the text puts out of the job, weak names that need a neighbour, addresses that name
// hosts, and translation directions written out in words.
import { type Found, isAlnum, isLetter, type Matcher } from './skill-matcher';

/** After the skill, in the same clause: 〜は対象外, 〜は不要, "is not part of this job". */
const OUT_AFTER_JA =
  /^[^。!?！？\n]{0,24}?(?:対象外|範囲外|不要|含みません|含まれません|含まない|除きます|行いません|依頼しません|お願いしません|扱いません|使用しません|使いません)/;
/** Between the skill and 不要: these say a visit or a cost is not needed, not the skill. */
const OUT_BLOCK_JA = /出社|通勤|来社|面接|連絡|準備|費用|登録料|初期|手数料|ノルマ|顔出し|電話/;
const OUT_AFTER_EN =
  /^[^.!?\n;]{0,40}?\b(?:(?:is|are)(?: not|n't)(?: (?:part of|in scope|included|required|needed|necessary|used|involved))|out of (?:the )?scope|not (?:part of|included|in scope|needed|necessary|required))/;
const OUT_BEFORE_EN =
  /\b(?:no|not|without|excluding|except(?: for)?|don't need|do not need|doesn't need|does not need|no need for|not looking for|never)\b(?:[\s,/]+(?:[a-z0-9.+#-]+|or|and|any|a|an|the|use of|using|with)){0,5}[\s,/]+$/;
const PREFERRED = /plus|bonus|nice|prefer|advantage|helpful|歓迎|尚可|あれば/;

const isClauseBreak = (c: number) =>
  c === 0x0a || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x3b || c === 0xff1b;

/** The span around [start, end) up to the nearest break on either side, at most `limit` characters out. */
function spanAround(
  lower: string,
  start: number,
  end: number,
  isBreak: (c: number) => boolean,
  limit: number,
): [number, number] {
  let a = start;
  while (a > 0 && !isBreak(lower.charCodeAt(a - 1)) && start - a < limit) a--;
  let b = end;
  while (b < lower.length && !isBreak(lower.charCodeAt(b)) && b - end < limit) b++;
  return [a, b];
}

/** Equipment the client lends or supplies (PC貸与あり(Mac), "laptop provided (Windows)") is no skill asked for. */
const LENT_BEFORE = /(?:貸与|支給|laptop provided|equipment provided|we provide a|company laptop)[^。\n]{0,12}$/;

/**
 * Names in the company's background, not the work: its investors and their portfolio ("backed by Floodgate
 * (Lyft, Twitch, Twitter)"), its customers, where its people worked before. In the same sentence, after the
 * words that open such a list, and only while the list is still going (names, commas, "and").
 */
const BACKGROUND_BEFORE =
  /(?:\b(?:backed by|funded by|investors? (?:include|including|such as|like)|our investors|portfolio compan(?:y|ies)|(?:customers|clients|partners) (?:include|including|such as|like)|trusted by|alumni (?:of|from)|formerly (?:at|of)|previously (?:at|worked at)|founded by|founders? (?:from|of)|(?:team|engineers|people) from)\b|(?:出資|投資家|導入実績|導入企業|主要取引先|取引実績)[^。\n]{0,6})(?:[ \t,、・/&()（）]|[a-z0-9'-]|\.(?=[^\s.])|[ァ-ヶー一-龠]){0,120}$/;

export function isOutOfScope(lower: string, start: number, end: number): boolean {
  if (LENT_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) return true;
  if (BACKGROUND_BEFORE.test(lower.slice(Math.max(0, start - 160), start))) return true;
  const [a, b] = spanAround(lower, start, end, isClauseBreak, 300);
  const after = lower.slice(end, b);
  const ja = OUT_AFTER_JA.exec(after);
  if (ja && !OUT_BLOCK_JA.test(after.slice(0, ja[0].length))) return true;
  const clause = lower.slice(a, b);
  if (OUT_AFTER_EN.test(after) && !PREFERRED.test(clause)) return true;
  // "kintone is not part of this job, but React is": a contrast word ends the negated part.
  const before =
    lower
      .slice(Math.max(a, start - 60), start)
      .split(/\b(?:but|however|instead|rather|while|whereas|though)\b/)
      .pop() ?? '';
  if (OUT_BEFORE_EN.test(before) && !/not (?:only|just|limited)|no (?:matter|later|less|more)/.test(before))
    return true;
  return false;
}

/**
 * The direction of a translation the text describes without naming the pair: "translated into Japanese",
 * "from Japanese into natural English", 英語版を日本語に翻訳. Quotes the words that give the direction.
 */
const INTO_EN = /\btranslat\w*\b[^.\n]{0,80}?\binto\b[^.\n]{0,30}?\b(japanese|english)\b/g;
const FROM_EN = /\bfrom (japanese|english)\b/;
const INTO_JA = /(英語|英文|日本語|和文)[^。\n]{0,30}?(日本語|英語)(?:に|へ)[^。\n]{0,12}?翻訳/g;

export function translationPairs(lower: string): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  for (const m of lower.matchAll(INTO_EN)) {
    const target = m[1];
    const source = FROM_EN.exec(m[0])?.[1];
    if (target === 'japanese' && source !== 'japanese')
      out.push({ id: 'translation-en-ja', start: m.index, end: m.index + m[0].length });
    if (target === 'english' && (source === 'japanese' || /japanese/.test(m[0])))
      out.push({ id: 'translation-ja-en', start: m.index, end: m.index + m[0].length });
  }
  for (const m of lower.matchAll(INTO_JA)) {
    const [, source, target] = m;
    const id =
      target === '日本語' && source !== '日本語'
        ? 'translation-en-ja'
        : target === '英語' && source === '日本語'
          ? 'translation-ja-en'
          : null;
    if (id) out.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return out.slice(0, 2);
}

/** A weak name (C, Go) stands only beside another skill of its field: "C/C++", "Go and Python". */
export function hasNeighbour(m: Matcher, all: readonly Found[], i: number): boolean {
  const f = all[i] as Found;
  const field = m.categoryOf.get(f.id);
  const near = (o: Found) => !o.weak && o.id !== f.id && m.categoryOf.get(o.id) === field;
  for (let j = i - 1; j >= 0 && f.start - (all[j] as Found).start < 80; j--) if (near(all[j] as Found)) return true;
  for (let j = i + 1; j < all.length && (all[j] as Found).start - f.start < 80; j++)
    if (near(all[j] as Found)) return true;
  return false;
}

const isAddressEnd = (c: number) => Number.isNaN(c) || c <= 0x20 || '<>"\'）)」'.includes(String.fromCharCode(c));
const isMailChar = (c: number) => isAlnum(c) || c === 0x2e || c === 0x2d || c === 0x25 || c === 0x2b;

/**
 * Spans of URLs and e-mail addresses, in order. Found by hand from `://`, `www.` and `@` rather than by
 * one pattern: a pattern that backtracks over a megabyte of digits takes minutes.
 */
export function findAddresses(lower: string): [number, number][] {
  const spans: [number, number][] = [];
  const add = (a: number, b: number) => {
    if (b > a) spans.push([a, b]);
  };
  for (const marker of ['http://', 'https://', 'www.']) {
    for (let i = lower.indexOf(marker); i >= 0; i = lower.indexOf(marker, i + 1)) {
      let e = i + marker.length;
      while (e < lower.length && !isAddressEnd(lower.charCodeAt(e))) e++;
      add(i, e);
      i = e - 1;
    }
  }
  for (let i = lower.indexOf('@'); i >= 0; i = lower.indexOf('@', i + 1)) {
    let a = i;
    while (a > 0 && i - a < 100 && isMailChar(lower.charCodeAt(a - 1))) a--;
    let e = i + 1;
    while (e < lower.length && e - i < 260 && isMailChar(lower.charCodeAt(e))) e++;
    if (a < i && lower.slice(i + 1, e).includes('.')) add(a, e);
  }
  // Markup pasted with the text: <div class="manga"> names a style, not the work.
  for (let i = lower.indexOf('<'); i >= 0; i = lower.indexOf('<', i + 1)) {
    const c = lower.charCodeAt(i + 1);
    if (!(isLetter(c) || c === 0x2f)) continue;
    const e = lower.indexOf('>', i);
    if (e < 0 || e - i > 400) continue;
    add(i, e + 1);
    i = e;
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/** Where a list item ends: punctuation of lists and headings in both languages, and line breaks. */
const isItemBreak = (c: number) =>
  c === 0x0a ||
  c === 0x2c || // ,
  c === 0x3b || // ;
  c === 0x3a || // :
  c === 0x7c || // |
  c === 0x2f || // /
  c === 0x28 ||
  c === 0x29 ||
  c === 0x2022 || // •
  c === 0x25cf || // ●
  c === 0x25a0 || // ■
  c === 0x30fb || // ・
  c === 0x3001 || // 、
  c === 0x3002 || // 。
  c === 0xff0c || // ，
  c === 0xff1a || // ：
  c === 0xff08 ||
  c === 0xff09 ||
  c === 0x3010 || // 【
  c === 0x3011 || // 】
  c === 0x300c || // 「
  c === 0x300d || // 」
  c === 0x2e || // .
  c === 0x21 ||
  c === 0x3f;

/**
 * Whether a match stands as a skill named on its own: in the first line (the title), or as a short item
 * of a list (at most four other words, or twelve other characters of Japanese), not inside a sentence.
 */
export function standsAsItem(lower: string, start: number, end: number): boolean {
  const firstBreak = lower.indexOf('\n');
  if (firstBreak < 0 || start < firstBreak) return true;
  const [a, b] = spanAround(lower, start, end, isItemBreak, 120);
  const rest = `${lower.slice(a, start)} ${lower.slice(end, b)}`.trim();
  if (!rest) return true;
  // Japanese has no spaces: count its characters instead of words.
  const cjk = rest.replace(/[^\u3040-\u30ff\u4e00-\u9fff]/g, '').length;
  const words = rest
    .replace(/[\u3040-\u30ff\u4e00-\u9fff]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[a-z0-9]/.test(w)).length;
  return words <= 4 && cjk <= 12;
}

/** A category above another in a breadcrumb ("事務作業 > データ入力・収集"): the item after it names the work. */
export function isBreadcrumbParent(lower: string, end: number): boolean {
  let e = end;
  while (e < lower.length && e - end < 3 && lower.charCodeAt(e) === 0x20) e++;
  const c = lower.charCodeAt(e);
  if (c === 0x3e || c === 0xff1e) {
    // "Node >= 18", "Python > 3.8": a version bound, not a breadcrumb.
    let k = e + 1;
    if (lower.charCodeAt(k) === 0x3d) return false;
    while (k < lower.length && lower.charCodeAt(k) === 0x20) k++;
    return !(lower.charCodeAt(k) >= 0x30 && lower.charCodeAt(k) <= 0x39);
  }
  return c === 0x203a || c === 0xbb;
}
