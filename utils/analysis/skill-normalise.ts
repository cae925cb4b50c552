// Normalisation for the skill scan: NFKC (full-width Latin, half-width katakana), lower case, whitespace
// runs as one space. Every normalised character remembers where it came from, so evidence quotes the
// original text.
export interface Normalised {
  /** Lower-cased normalised text. */
  lower: string;
  /** The same text before lower-casing (same length), for terms that must match as written. */
  cased: string;
  /** Original offset where each normalised character starts, and where it ends. */
  from: Int32Array;
  to: Int32Array;
}

// Characters NFKC changes: full-width forms, half-width katakana, circled and squared signs, ligatures.
const isCompat = (c: number) =>
  (c >= 0xff00 && c <= 0xffef) ||
  (c >= 0x2010 && c <= 0x2015) ||
  (c >= 0x2160 && c <= 0x217f) ||
  (c >= 0x2460 && c <= 0x24ff) ||
  (c >= 0x3200 && c <= 0x33ff) ||
  (c >= 0xfb00 && c <= 0xfb4f);
const isSpace = (c: number) => c <= 0x20 || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

const decoder = new TextDecoder('utf-16le');

/** One pass over UTF-16 code units; typed arrays keep a 100 kB text to a few milliseconds. */
export function normalise(text: string): Normalised {
  const n = text.length;
  let cap = n + 16;
  let lower = new Uint16Array(cap);
  let cased = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let len = 0;
  let space = true;
  const push = (c: number, start: number, end: number) => {
    if (len === cap) {
      cap *= 2;
      const grow = <T extends Uint16Array | Int32Array>(a: T, b: T) => {
        b.set(a);
        return b;
      };
      lower = grow(lower, new Uint16Array(cap));
      cased = grow(cased, new Uint16Array(cap));
      from = grow(from, new Int32Array(cap));
      to = grow(to, new Int32Array(cap));
    }
    cased[len] = c;
    // ASCII and Latin-1 capitals; other scripts keep their case (Japanese has none).
    lower[len] = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
    from[len] = start;
    to[len] = end;
    len++;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      // A run of spaces is one space; a run holding a line break is one line break (clauses end there).
      if (!space) push(c === 0x0a || c === 0x0d ? 0x0a : 0x20, i, i + 1);
      else if ((c === 0x0a || c === 0x0d) && len > 0 && lower[len - 1] === 0x20) {
        lower[len - 1] = 0x0a;
        cased[len - 1] = 0x0a;
      }
      space = true;
      continue;
    }
    space = false;
    if (!isCompat(c)) {
      push(c, i, i + 1);
      continue;
    }
    // ﾊﾟ: the half-width sound mark composes with the kana before it.
    const next = text.charCodeAt(i + 1);
    let out = (next === 0xff9e || next === 0xff9f ? text.slice(i, i + 2) : (text[i] ?? '')).normalize('NFKC');
    let end = i + 1;
    if (next === 0xff9e || next === 0xff9f) {
      if (out.length === 1) end = i + 2;
      else out = (text[i] ?? '').normalize('NFKC');
    }
    if (c >= 0x2010 && c <= 0x2015) out = '-';
    for (let k = 0; k < out.length; k++) {
      const o = out.charCodeAt(k);
      if (isSpace(o)) {
        if (!space) push(0x20, i, end);
        space = true;
      } else push(o, i, end);
    }
    i = end - 1;
  }
  return {
    lower: decoder.decode(lower.subarray(0, len)),
    cased: decoder.decode(cased.subarray(0, len)),
    from: from.subarray(0, len),
    to: to.subarray(0, len),
  };
}
