// The compiled matcher: every term of every skill, indexed by its first characters, and the scan that
// finds them in a normalised text (with typo tolerance for tool names).
import { type Normalised, normalise } from './skill-normalise';
import { listSkills, MARKERS, pickerOnlyIds, rawAliases } from './skill-taxonomy';
import {
  FUZZY_CATEGORIES,
  FUZZY_STOP,
  KATAKANA_PREFIXES,
  KATAKANA_SUFFIXES,
  NO_FUZZY,
  NOT_SKILLS,
} from './skill-words';

export interface Term {
  key: string;
  id: string;
  /** Must appear exactly so in the text (before lower-casing). */
  cased: string | null;
  /** Counts only with another skill named close by. */
  weak: boolean;
}

export interface Matcher {
  /**
   * Terms by their first three code units as one number (shorter terms by one or two), longest first:
   * numeric keys spare the scan a string per position.
   */
  index: [Map<number, Term[]>, Map<number, Term[]>, Map<number, Term[]>];
  /**
   * Per UTF-16 code unit, 1 where some term starts with it: most positions of a Japanese text start no
   * term, and one array read spares them the three index lookups.
   */
  starts: Uint8Array;
  byKey: Map<string, Term>;
  /** Every term key, for katakana compounds built of two known words. */
  keys: Set<string>;
  fuzzy: Map<string, string[]>;
  categoryOf: Map<string, string>;
}

let matcher: Matcher | null = null;

/** The matcher, built on first use. */
export function getMatcher(): Matcher {
  matcher ??= buildMatcher();
  return matcher;
}

// Character classes on UTF-16 code units (NaN past either end of the text is none of them).
export const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Letters, digits and the underscore: identifiers (lp_instagram_job) are one word. */
export const isAlnum = (c: number) => isLetter(c) || isDigit(c) || c === 0x5f;
/** Katakana and the long-vowel mark, not the middle dot (a list separator). */
const isKata = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff);

/** A term as the scan sees it; plain ASCII (most names) skips the full normalisation. */
function termKey(word: string, keepCase = false): string {
  if (/^[\x20-\x7e]*$/.test(word)) {
    const spaced = word.replace(/ +/g, ' ').trim();
    return keepCase ? spaced : spaced.toLowerCase();
  }
  const n = normalise(word);
  return (keepCase ? n.cased : n.lower).trim();
}

function buildMatcher(): Matcher {
  const entries = listSkills();
  // Markers first: a marked alias governs the same word wherever it appears in a row (id, names).
  const marked = new Map<string, { cased: string | null; weak: boolean; never: boolean }>();
  for (const entry of entries) {
    for (const alias of entry.synonyms.length ? rawAliases(entry) : []) {
      const marks = MARKERS.exec(alias)?.[0] ?? '';
      if (!marks) continue;
      const word = alias.slice(marks.length);
      const key = termKey(word);
      marked.set(key, {
        cased: marks.includes('~') || marks.includes('^') ? termKey(word, true) : null,
        weak: marks.includes('^'),
        never: marks.includes('!'),
      });
    }
  }
  const byKey = new Map<string, Term>();
  // Longer words that contain a skill's name but name something else; matched first, then dropped.
  for (const word of NOT_SKILLS) {
    const key = termKey(word);
    byKey.set(key, { key, id: '', cased: null, weak: false });
  }
  const pickerOnly = pickerOnlyIds();
  for (const entry of entries) {
    if (pickerOnly.has(entry.id)) continue;
    for (const raw of [entry.id, entry.en, entry.ja, ...rawAliases(entry)]) {
      const word = raw.replace(MARKERS, '');
      const key = termKey(word);
      if (!key || byKey.has(key)) continue;
      const mark = marked.get(key);
      if (mark?.never) continue;
      byKey.set(key, { key, id: entry.id, cased: mark?.cased ?? null, weak: mark?.weak ?? false });
    }
  }
  const index: Matcher['index'] = [new Map(), new Map(), new Map()];
  for (const term of byKey.values()) {
    const size = Math.min(3, term.key.length);
    const head = headKey(term.key, 0, size);
    const map = index[size - 1] as Map<number, Term[]>;
    const list = map.get(head) ?? [];
    list.push(term);
    map.set(head, list);
  }
  for (const map of index) for (const list of map.values()) list.sort((a, b) => b.key.length - a.key.length);
  const starts = new Uint8Array(0x10000);
  for (const key of byKey.keys()) starts[key.charCodeAt(0)] = 1;

  const fuzzy = new Map<string, string[]>();
  const categoryOf = new Map(entries.map((e) => [e.id, e.category]));
  for (const term of byKey.values()) {
    if (term.weak || term.cased || !/^[a-z][a-z0-9]{5,}$/.test(term.key)) continue;
    if (!FUZZY_CATEGORIES.has(categoryOf.get(term.id) ?? '') || NO_FUZZY.has(term.key)) continue;
    for (const variant of deletions(term.key)) {
      const list = fuzzy.get(variant) ?? [];
      if (!list.includes(term.key)) list.push(term.key);
      fuzzy.set(variant, list);
    }
  }
  return { index, starts, byKey, keys: new Set(byKey.keys()), fuzzy, categoryOf };
}

function* deletions(word: string): Generator<string> {
  yield word;
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

/** Optimal string alignment distance, stopped early above 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function fuzzyLookup(m: Matcher, word: string): string | null {
  if (word.length < 6 || FUZZY_STOP.has(word) || m.keys.has(word)) return null;
  let best: string | null = null;
  for (const variant of deletions(word)) {
    for (const key of m.fuzzy.get(variant) ?? []) {
      if (key[0] !== word[0] || key.length < 6 || !withinOneEdit(word, key)) continue;
      // A letter too many (Pythong) needs seven letters, a letter too few (Kuernetes) eight: shorter words
      // one letter off a name are mostly ordinary words (direct, directx).
      if (word.length > key.length && word.length < 7) continue;
      if (word.length < key.length && word.length < 8) continue;
      // A wrong letter in a six-letter word is another word too often (photos, talent, paypal).
      if (word.length === key.length && word.length < 7) continue;
      // A swap or a wrong letter (Postgers, Lalavel) is likelier than a letter too many or too few.
      if (!best || key.length === word.length) best = key;
    }
  }
  return best;
}

export interface Found {
  id: string;
  start: number;
  end: number;
  weak: boolean;
}

function boundaryOk(m: Matcher, s: Normalised, start: number, term: Term): boolean {
  const { lower } = s;
  const key = term.key;
  const end = start + key.length;
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  const prev = lower.charCodeAt(start - 1);
  const next = lower.charCodeAt(end);
  if (isAlnum(first) || first === 0x2e) {
    if (isAlnum(prev)) return false;
    // A letter or two joined to a word by a hyphen or an ampersand is part of a name (C-Corp, K&C, R&D).
    if (key.length <= 2 && (prev === 0x2d || prev === 0x26) && isLetter(lower.charCodeAt(start - 2))) return false;
  }
  if (isAlnum(last)) {
    // A version glued to a name (python3, magento2, vue3) is still the name; other glued letters are not.
    if (isAlnum(next)) {
      if (!(key.length >= 3 && isLetter(last) && isDigit(next))) return false;
      let j = end;
      while (isDigit(lower.charCodeAt(j))) j++;
      if (isLetter(lower.charCodeAt(j))) return false;
    }
    if (next === 0x2b || next === 0x23) return false;
    if (next === 0x2e && isAlnum(lower.charCodeAt(end + 1))) return false;
    if (key.length <= 2 && (next === 0x2d || next === 0x26) && isLetter(lower.charCodeAt(end + 1))) return false;
  }
  if (isKata(first) && isKata(prev)) {
    let r = start - 1;
    while (r > 0 && isKata(lower.charCodeAt(r - 1))) r--;
    const prefix = lower.slice(r, start);
    if (!KATAKANA_PREFIXES.has(prefix) && !m.keys.has(prefix)) return false;
  }
  if (isKata(last) && isKata(next)) {
    let r = end;
    while (r < lower.length && isKata(lower.charCodeAt(r))) r++;
    const suffix = lower.slice(end, r);
    if (!KATAKANA_SUFFIXES.has(suffix) && !m.keys.has(suffix)) return false;
  }
  if (term.cased && !s.cased.startsWith(term.cased, start)) return false;
  return true;
}

/** The first `size` (1–3) UTF-16 code units of `text` at `at`, as one number. */
function headKey(text: string, at: number, size: number): number {
  let key = 0;
  for (let i = 0; i < size; i++) key = key * 65536 + text.charCodeAt(at + i);
  return key;
}

export function scan(m: Matcher, s: Normalised): Found[] {
  const { lower } = s;
  const out: Found[] = [];
  const n = lower.length;
  const fuzzyCache = new Map<string, string | null>();
  let p = 0;
  while (p < n) {
    const c = lower.charCodeAt(p);
    const wordStart = isAlnum(c) && !isAlnum(lower.charCodeAt(p - 1));
    if (!(wordStart || c === 0x2e || c >= 0x80)) {
      p++;
      continue;
    }
    let best: Term | null = null;
    for (let size = m.starts[c] === 1 ? 3 : 0; size >= 1 && !best; size--) {
      if (p + size > n) continue;
      const list = (m.index[size - 1] as Map<number, Term[]>).get(headKey(lower, p, size));
      if (!list) continue;
      for (const term of list) {
        if (lower.startsWith(term.key, p) && boundaryOk(m, s, p, term)) {
          best = term;
          break;
        }
      }
    }
    if (best) {
      if (best.id) out.push({ id: best.id, start: p, end: p + best.key.length, weak: best.weak });
      p += best.key.length;
      continue;
    }
    if (wordStart && isLetter(c)) {
      let e = p;
      while (e < n && isAlnum(lower.charCodeAt(e))) e++;
      const before = lower.charCodeAt(p - 1);
      // Host names and addresses (example.com, name@host) are not typos of a tool.
      if (e - p >= 6 && lower.charCodeAt(e) !== 0x2e && before !== 0x2e && before !== 0x40) {
        const word = lower.slice(p, e);
        let key = fuzzyCache.get(word);
        if (key === undefined) {
          key = fuzzyLookup(m, word);
          fuzzyCache.set(word, key);
        }
        const term = key ? m.byKey.get(key) : undefined;
        if (term) out.push({ id: term.id, start: p, end: e, weak: false });
      }
      p = e;
      continue;
    }
    p++;
  }
  return out;
}
