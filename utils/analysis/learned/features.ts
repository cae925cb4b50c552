/**
 * Features of the learned scorer: English words and word pairs, and character pairs and triples of
 * Japanese runs (Japanese has no spaces, so character n-grams stand in for words). Every feature keeps the
 * span of the original text it came from, so the phrases that weighed most can be quoted as evidence.
 *
 * Training (scripts/train.mjs) bundles this very file, so the model sees exactly what inference sees.
 */

/** One occurrence of a feature: its key and the range [start, end) of the original text. */
export interface FeatureHit {
  key: string;
  start: number;
  end: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

// Texts longer than this are read to this length: enough for any offer, and inference stays a few ms.
export const MAX_CHARS = 20_000;

const JA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ー]/u;
// Links, e-mail addresses and phone numbers count by their shape, not their letters. The dataset writes
// them as placeholders (#URL_…#, #EMAIL_…#, #PHONE_…#); real offers write them out.
const SHAPES: [RegExp, string][] = [
  [/#URL_[0-9a-f]+#|https?:\/\/\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|me|ly|jp|co)\/\S*/giy, '<url>'],
  [/#EMAIL_[0-9a-f]+#|[\w.+-]+@[\w-]+\.[\w.]+/giy, '<email>'],
  [/#PHONE_[0-9a-f]+#|\+?\d[\d ()-]{7,}\d/giy, '<phone>'],
];
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/uy;
const SYMBOL = /[$€£¥￥]/y;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Splits text into lower-case Latin words (with shape tokens) and Japanese runs, each with its offsets. */
export function tokenize(text: string): { words: Token[]; runs: Token[] } {
  const words: Token[] = [];
  const runs: Token[] = [];
  const end = Math.min(text.length, MAX_CHARS);
  let i = 0;
  while (i < end) {
    const c = text[i] as string;
    if (JA.test(c)) {
      let j = i + 1;
      while (j < end && JA.test(text[j] as string)) j++;
      runs.push({ word: text.slice(i, j), start: i, end: j });
      // A Japanese run also breaks the English word sequence.
      words.push({ word: '|', start: i, end: j });
      i = j;
      continue;
    }
    let shaped = false;
    for (const [re, token] of SHAPES) {
      const m = matchAt(re, text, i);
      if (m) {
        words.push({ word: token, start: i, end: i + m.length });
        i += m.length;
        shaped = true;
        break;
      }
    }
    if (shaped) continue;
    const sym = matchAt(SYMBOL, text, i);
    if (sym) {
      words.push({ word: sym === '￥' ? '¥' : sym, start: i, end: i + 1 });
      i++;
      continue;
    }
    const w = matchAt(WORD, text, i);
    if (w) {
      // Full-width Latin letters and digits read as their ASCII forms.
      words.push({ word: w.normalize('NFKC').toLowerCase().replace(/’/g, "'"), start: i, end: i + w.length });
      i += w.length;
      continue;
    }
    // Sentence ends break word pairs; other punctuation and spaces are skipped.
    if (/[.!?;:\n。！？]/.test(c)) words.push({ word: '|', start: i, end: i + 1 });
    i++;
  }
  return { words, runs };
}

const DIGITS = /^\d+$/;

/** Every feature occurrence of a text, in order; the same key may occur many times. */
export function extractFeatures(text: string): FeatureHit[] {
  const { words, runs } = tokenize(text);
  const out: FeatureHit[] = [];
  let prev: Token | null = null;
  for (const t of words) {
    if (t.word === '|') {
      prev = null;
      continue;
    }
    // Numbers count by their length (a 6-figure pay and a 2-digit hour look different), not their value.
    const word = DIGITS.test(t.word) ? `#${Math.min(t.word.length, 7)}` : t.word;
    out.push({ key: `w:${word}`, start: t.start, end: t.end });
    if (prev) out.push({ key: `b:${prev.word} ${word}`, start: prev.start, end: t.end });
    prev = { ...t, word };
  }
  for (const run of runs) {
    const s = run.word.normalize('NFKC');
    // NFKC keeps Japanese characters one for one except rare ligatures; offsets fall back to the run.
    const exact = s.length === run.word.length;
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= s.length; i++) {
        const start = exact ? run.start + i : run.start;
        const end = exact ? run.start + i + n : run.end;
        out.push({ key: `${n === 2 ? 'c' : 't'}:${s.slice(i, i + n)}`, start, end });
      }
    }
    if (s.length === 1) out.push({ key: `c:${s}`, start: run.start, end: run.end });
  }
  return out;
}

/** The distinct feature keys of a text (the model reads presence, not counts). */
export function featureSet(text: string): Set<string> {
  return new Set(extractFeatures(text).map((hit) => hit.key));
}
