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
export const MAX_CHARS = 12_000;

const JA_CHARS = '\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ー';
// One pass over the text, alternatives in order of precedence. Links, e-mail addresses and phone numbers
// count by their shape, not their letters: the dataset writes them as placeholders (#URL_…#, #EMAIL_…#,
// #PHONE_…#), real offers write them out. Sentence ends break word pairs; other punctuation is skipped.
const TOKEN = new RegExp(
  [
    `([${JA_CHARS}]+)`,
    String.raw`(#URL_[0-9a-f]+#|https?:\/\/\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|me|ly|jp|co)\/\S*)`,
    String.raw`(#EMAIL_[0-9a-f]+#|[\w.+-]+@[\w-]+\.[\w.]+)`,
    String.raw`(#PHONE_[0-9a-f]+#|\+?\d[\d ()-]{7,}\d)`,
    '([$€£¥￥])',
    // A Latin word stops where Japanese starts (React案件 is "react" and a Japanese run).
    `((?:(?![${JA_CHARS}])[\\p{L}\\p{N}])+(?:['’]\\p{L}+)?)`,
    '([.!?;:\n。！？])',
  ].join('|'),
  'giu',
);
const SHAPE_TOKENS = ['<url>', '<email>', '<phone>'] as const;

/** Splits text into lower-case Latin words (with shape tokens) and Japanese runs, each with its offsets. */
export function tokenize(text: string): { words: Token[]; runs: Token[] } {
  const words: Token[] = [];
  const runs: Token[] = [];
  const input = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(input); m; m = TOKEN.exec(input)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      runs.push({ word: m[1], start, end });
      // A Japanese run also breaks the English word sequence.
      words.push({ word: '|', start, end });
    } else if (m[2] || m[3] || m[4]) {
      words.push({ word: SHAPE_TOKENS[m[2] ? 0 : m[3] ? 1 : 2], start, end });
    } else if (m[5]) words.push({ word: m[5] === '￥' ? '¥' : m[5], start, end });
    else if (m[6]) {
      // Full-width Latin letters and digits read as their ASCII forms.
      const w = /[\u0080-\uffff]/.test(m[6]) ? m[6].normalize('NFKC') : m[6];
      words.push({ word: w.toLowerCase().replace(/’/g, "'"), start, end });
    } else words.push({ word: '|', start, end });
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
    // Word stems of sorts: the first five letters of a long word (earn, earning, earnings share "earni").
    if (word.length > 5 && word[0] !== '<' && word[0] !== '#')
      out.push({ key: `p:${word.slice(0, 5)}`, start: t.start, end: t.end });
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
