/**
 * Normalise and segment an offer once; every analyzer reads the result.
 *
 * The normalised text differs from the original (full-width letters become half-width, markdown
 * emphasis and zero-width characters go, runs of spaces shrink, spaces and line breaks inside amounts
 * vanish), so each normalised character keeps the range of the original it came from: evidence found
 * in the normalised text is quoted from the original at its own offsets.
 */

import { MARKUP, SPELLINGS } from './spellings';

export type Scope = 'clause' | 'sentence' | 'line';

/** A stretch of the normalised text: [start, end) index `PreparedText.norm`. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

export interface PreparedText {
  original: string;
  /** The normalised text that rules read. */
  norm: string;
  /** Per normalised character, where its source starts in the original. */
  from: Int32Array;
  /** Per normalised character, where its source ends in the original (exclusive). */
  to: Int32Array;
  lines: Segment[];
  sentences: Segment[];
  clauses: Segment[];
}

/** Punctuation markdown writes escaped with a backslash. */
const MARKDOWN_ESCAPED = new Set([...'.-*_#()[]!+`>~|{}$']);
const n0 = (s: string) => s.length;

/** Characters copied as they are: everything but spaces, "_", "*" and "\\", and the characters widthFold changes. */
function isPlain(code: number): boolean {
  if (code <= 0x20) return false;
  if (code < 0x7f) return code !== 0x5f && code !== 0x2a && code !== 0x5c;
  if (code === 0xa0 || code === 0x3000 || code === 0xfeff) return false;
  if (code >= 0x2000 && code <= 0x2212)
    return !(code === 0x2212 || (code >= 0x200b && code <= 0x2011) || code === 0x2018 || code === 0x2019);
  return code < 0xff00 || code > 0xffef;
}

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// Characters that belong to a written amount on either side of a gap: "5万 円 〜 8万 円", "$25.00 - $47.00".
const AMOUNT_TAIL = /[0-9万千億円$¥€£]/;
const AMOUNT_HEAD = /[0-9万千億円〜~～\-–$¥€£]/;
const RANGE_MARK = /[〜~～\-–]/;

/** One character's width-normalised form: full-width ASCII and half-width katakana (NFKC), odd spaces. */
function widthFold(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  if (code === 0xff5e) return '～';
  if ((code >= 0xff01 && code <= 0xff5d) || (code >= 0xff61 && code <= 0xff9f)) return c.normalize('NFKC');
  if (code === 0x2212 || code === 0x2010 || code === 0x2011 || code === 0xff0d) return '-';
  if (code === 0x2018 || code === 0x2019) return "'";
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) return '';
  return c;
}

/** Normalises `original` and splits it into lines, sentences and clauses, keeping offsets. */
export function prepareText(original: string): PreparedText {
  const source = original;
  // Spellings first: they may span spaces that the amount rule below would otherwise touch.
  const replaced: { start: number; end: number; with: string }[] = [];
  for (const [re, word] of SPELLINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      if (m[0] !== word) replaced.push({ start: m.index, end: m.index + m[0].length, with: word });
    }
  }
  if (source.includes('<') || source.includes('&')) {
    for (const [re, to] of MARKUP) {
      re.lastIndex = 0;
      for (let m = re.exec(source); m; m = re.exec(source))
        replaced.push({ start: m.index, end: m.index + m[0].length, with: to(m[0]) });
    }
  }
  replaced.sort((a, b) => a.start - b.start);

  const out: string[] = [];
  let from = new Int32Array(n0(source) + 16);
  let to = new Int32Array(from.length);
  let len = 0;
  // The last two characters written, for the amount-gap rule.
  let last = '';
  let last2 = '';
  const grow = (extra: number) => {
    if (len + extra <= from.length) return;
    const size = Math.max(from.length * 2, len + extra);
    const f = new Int32Array(size);
    f.set(from);
    const t = new Int32Array(size);
    t.set(to);
    from = f;
    to = t;
  };
  const emit = (str: string, a: number, b: number) => {
    grow(str.length);
    for (let k = 0; k < str.length; k++) {
      from[len] = a;
      to[len] = b;
      len++;
    }
    out.push(str);
    if (str.length >= 2) {
      last2 = str[str.length - 2] as string;
      last = str[str.length - 1] as string;
    } else if (str.length === 1) {
      last2 = last;
      last = str;
    }
  };
  let r = 0;
  const n = source.length;
  for (let i = 0; i < n; ) {
    const rep = replaced[r];
    if (rep && rep.start < i) {
      r++;
      continue;
    }
    if (rep && rep.start === i) {
      emit(rep.with, rep.start, rep.end);
      i = rep.end;
      r++;
      continue;
    }
    // A run of characters that need no change is copied as one piece.
    const stop = rep ? rep.start : n;
    let k = i;
    while (k < stop) {
      const code = source.charCodeAt(k);
      if (isPlain(code)) k++;
      // A single space between two words stays as it is (never inside an amount: no digits around it).
      else if (code === 0x20 && k > i && isLetter(source.charCodeAt(k - 1)) && isLetter(source.charCodeAt(k + 1))) k++;
      else break;
    }
    if (k > i) {
      grow(k - i);
      for (let q = i; q < k; q++) {
        from[len] = q;
        to[len] = q + 1;
        len++;
      }
      out.push(source.slice(i, k));
      last2 = k - i >= 2 ? (source[k - 2] as string) : last;
      last = source[k - 1] as string;
      i = k;
      continue;
    }
    const c = source[i] as string;
    // A markdown escape: "$38\\.46", "\\-" read as "$38.46", "-".
    if (c === '\\' && MARKDOWN_ESCAPED.has(source[i + 1] as string)) {
      i++;
      continue;
    }
    // Markdown emphasis: "__not__", "**not**" read as "not".
    if ((c === '_' || c === '*') && source[i + 1] === c) {
      let j = i;
      while (source[j] === c) j++;
      i = j;
      continue;
    }
    if (isSpace(c) || c === '\n') {
      let j = i;
      let breaks = 0;
      while (j < n && (isSpace(source[j] as string) || source[j] === '\n')) {
        if (source[j] === '\n') breaks++;
        j++;
      }
      const prev = len > 0 ? last : undefined;
      const next = j < n ? widthFold(source[j] as string) : '';
      const prev2 = len > 1 ? last2 : undefined;
      // A gap inside an amount goes: "5万 円" "3,000 円" "8万円\n〜\n10万円" "$25.00 - $47.00".
      const insideAmount =
        breaks <= 1 &&
        prev !== undefined &&
        next !== '' &&
        ((AMOUNT_TAIL.test(prev) && /[万千億円]/.test(next) && !(isDigit(prev) && isDigit(next))) ||
          (AMOUNT_TAIL.test(prev) && RANGE_MARK.test(next) && amountFollows(source, j + 1)) ||
          (RANGE_MARK.test(prev) && prev2 !== undefined && AMOUNT_TAIL.test(prev2) && AMOUNT_HEAD.test(next)));
      if (!insideAmount) {
        if (breaks > 0) emit('\n', i, j);
        else if (len > 0 && prev !== '\n') emit(' ', i, j);
      }
      i = j;
      continue;
    }
    const folded = widthFold(c);
    if (folded) emit(folded, i, i + 1);
    i++;
  }
  const norm = out.join('');
  const prepared: PreparedText = {
    original,
    norm,
    from: from.subarray(0, len),
    to: to.subarray(0, len),
    lines: [],
    sentences: [],
    clauses: [],
  };
  segment(prepared);
  return prepared;
}

/** Whether an amount (a digit or a currency sign) starts within a few characters after `at`. */
function amountFollows(source: string, at: number): boolean {
  for (let k = at; k < source.length && k < at + 4; k++) {
    const c = widthFold(source[k] as string);
    if (isSpace(c) || c === '\n') continue;
    return isDigit(c) || /[$¥€£]/.test(c);
  }
  return false;
}

// A sentence ends at 。！？!? or at a period followed by a space (not "Node.js", "$25.00", "e.g.").
const SENTENCE_END = /[。．！？!?]+|\.(?=\s)(?<!\b(?:e\.g|i\.e|etc|vs|approx|Mr|Ms|Dr|No|St)\.)/g;
// A clause ends at a comma, semicolon, colon or a bracket boundary; "、" in Japanese, "," in English.
const CLAUSE_END = /[、，,;；：:（）()【】「」]/g;

function pieces(text: string, base: number, stop: RegExp, into: Segment[]) {
  let start = 0;
  stop.lastIndex = 0;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const end = m.index + m[0].length;
    push(text, base, start, end, into);
    start = end;
    if (m[0].length === 0) stop.lastIndex++;
  }
  push(text, base, start, text.length, into);
}

function push(text: string, base: number, start: number, end: number, into: Segment[]) {
  let a = start;
  let b = end;
  while (a < b && text[a] === ' ') a++;
  while (b > a && text[b - 1] === ' ') b--;
  if (b > a) into.push({ start: base + a, end: base + b, text: text.slice(a, b) });
}

function segment(p: PreparedText) {
  let start = 0;
  const { norm } = p;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      push(norm, 0, start, i, p.lines);
      start = i + 1;
    }
  }
  for (const line of p.lines) pieces(line.text, line.start, SENTENCE_END, p.sentences);
  for (const sentence of p.sentences) pieces(sentence.text, sentence.start, CLAUSE_END, p.clauses);
}

/** The original offsets of the normalised range [start, end). */
export function toOriginal(p: PreparedText, start: number, end: number): { start: number; end: number } {
  if (p.norm.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), p.norm.length - 1);
  const e = Math.min(Math.max(end, s + 1), p.norm.length);
  return { start: p.from[s] as number, end: p.to[e - 1] as number };
}

/** The segment of `scope` that holds normalised offset `at` (binary search); null past the end. */
export function segmentAt(p: PreparedText, scope: Scope, at: number): Segment | null {
  const list = scope === 'clause' ? p.clauses : scope === 'sentence' ? p.sentences : p.lines;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = list[mid] as Segment;
    if (at < seg.start) hi = mid - 1;
    else if (at >= seg.end) lo = mid + 1;
    else return seg;
  }
  // Between segments (a trimmed space): the next one.
  return list[lo] ?? null;
}
