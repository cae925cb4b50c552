/**
 * A prefilter for the rules' patterns: what a pattern needs of the text before it can match there, read
 * from its source, so that a long text is searched only where a match is possible.
 *
 * `gateOf` reads a pattern's source and returns the strings of which every match holds at least one
 * (`telegram` or `whatsapp`; `秘密保持`), and whether a match can reach across a line break. A pattern
 * that cannot is searched only in the lines that hold one of its strings; one that can is skipped only
 * where the whole text holds none of them; one whose matches need no fixed string is searched everywhere.
 * The answer is the same as a search of the whole text, match for match (test/utils/analysis/prefilter.test.ts).
 *
 * The reading is conservative: syntax it does not follow (back-references, Unicode escapes, property
 * classes, `^` and `$`) leaves the pattern ungated.
 */

/** What every match of a pattern holds, and whether a match stays within one line. */
export interface Gate {
  /** Lower-case (ASCII) strings: every match holds at least one of them. */
  literals: string[];
  /** Whether no match can hold a line break (nor depend on the text's ends), so lines can be searched alone. */
  lineSafe: boolean;
  /**
   * How far from one of its strings a match, or what it looks at around itself, can reach (Infinity when
   * unbounded): a pattern that crosses lines is searched within that reach of its strings.
   */
  reach: number;
}

/** Strings per set and their length, beyond which a set stops growing (prefixes still hold). */
const MAX_SET = 48;
const MAX_LITERAL = 12;

interface Reading {
  /** Every string the node can match, when there are few (the empty string when it can match nothing). */
  exact: Set<string> | null;
  /** Strings of which every match holds one, or null when none is known. */
  need: Set<string> | null;
  /** Whether a match can hold a line break. */
  breaks: boolean;
  /** The longest a match can be, look-arounds counted as if they were matched (Infinity when unbounded). */
  max: number;
}

class Unsupported extends Error {}

const EMPTY: Reading = { exact: new Set(['']), need: null, breaks: false, max: 0 };
const ANY: Reading = { exact: null, need: null, breaks: false, max: 1 };
const ANY_BREAKING: Reading = { exact: null, need: null, breaks: true, max: 1 };

/** The gate of a pattern's source, or null when the text must be searched whole. */
export function gateOf(source: string, ignoreCase: boolean): Gate | null {
  let reading: Reading;
  try {
    const parser = new Parser(source, ignoreCase);
    reading = parser.alternation();
    if (parser.pos < source.length) return null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const need = requirement(reading);
  if (!need) return null;
  return { literals: [...need], lineSafe: !reading.breaks, reach: reading.max };
}

/** The strings that a reading guarantees, if any: its exact strings when none is empty, else its need. */
function requirement(r: Reading): Set<string> | null {
  if (r.exact && r.exact.size && ![...r.exact].some((s) => s === '')) return r.exact;
  return r.need;
}

/** Which of two requirements narrows the search more: longer shortest strings first, then fewer strings. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const sa = shortest(a);
  const sb = shortest(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.size <= b.size ? a : b;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A set of strings cut to their first MAX_LITERAL characters: every match still holds one. */
function capped(set: Set<string>): Set<string> {
  if (![...set].some((s) => s.length > MAX_LITERAL)) return set;
  return new Set([...set].map((s) => s.slice(0, MAX_LITERAL)));
}

function sequence(parts: Reading[]): Reading {
  let exact: Set<string> | null = new Set(['']);
  let run = new Set(['']);
  let need: Set<string> | null = null;
  let breaks = false;
  let max = 0;
  const closeRun = () => {
    if (![...run].some((s) => s === '')) need = better(need, capped(run));
  };
  for (const part of parts) {
    breaks ||= part.breaks;
    max += part.max;
    need = better(need, part.need);
    if (part.exact) {
      const joined = cross(run, part.exact);
      if (joined) run = joined;
      else {
        closeRun();
        run = part.exact;
      }
      exact = exact ? cross(exact, part.exact) : null;
    } else {
      closeRun();
      run = new Set(['']);
      exact = null;
    }
  }
  closeRun();
  return { exact: exact ? capped(exact) : null, need, breaks, max };
}

function union(alternatives: Reading[]): Reading {
  let exact: Set<string> | null = new Set();
  let need: Set<string> | null = new Set();
  let breaks = false;
  let max = 0;
  for (const alt of alternatives) {
    breaks ||= alt.breaks;
    max = Math.max(max, alt.max);
    if (exact && alt.exact && exact.size + alt.exact.size <= MAX_SET) for (const s of alt.exact) exact.add(s);
    else exact = null;
    const req = requirement(alt);
    if (need && req) for (const s of req) need.add(s);
    else need = null;
  }
  return { exact, need, breaks, max };
}

const LOWER = (c: string) => (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);

class Parser {
  pos = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  private peek(): string {
    return this.src[this.pos] ?? '';
  }

  alternation(): Reading {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    return alternatives.length === 1 ? (alternatives[0] as Reading) : union(alternatives);
  }

  private sequence(): Reading {
    const parts: Reading[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return sequence(parts);
  }

  private quantified(atom: Reading): Reading {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom; // A literal brace.
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
    } else return atom;
    if (this.peek() === '?') this.pos++; // Lazy: the same strings.
    const longest = atom.max === 0 ? 0 : atom.max * max;
    if (min === 0) {
      if (max === 1 && atom.exact && atom.exact.size < MAX_SET) {
        return { exact: new Set(['', ...atom.exact]), need: null, breaks: atom.breaks, max: longest };
      }
      return { exact: null, need: null, breaks: atom.breaks, max: longest };
    }
    if (min === 1 && max === 1) return atom;
    return { exact: null, need: requirement(atom), breaks: atom.breaks, max: longest };
  }

  private atom(): Reading {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return this.klass();
    if (c === '\\') return this.escape();
    if (c === '.') {
      this.pos++;
      return ANY;
    }
    if (c === '^' || c === '$') throw new Unsupported();
    this.pos++;
    return this.literal(c);
  }

  /**
   * A character as the lower-cased text holds it. With the `i` flag a cased letter beyond ASCII would match
   * its other case, which that text keeps: such a pattern is not read.
   */
  private folded(c: string): string {
    if (this.ignoreCase && c.charCodeAt(0) > 0x7f && c.toLowerCase() !== c.toUpperCase()) throw new Unsupported();
    return LOWER(c);
  }

  private literal(c: string): Reading {
    if (c === '\n') return { exact: new Set([c]), need: null, breaks: true, max: 1 };
    return { exact: new Set([this.folded(c)]), need: null, breaks: false, max: 1 };
  }

  private group(): Reading {
    this.pos++; // (
    let look = false;
    if (this.peek() === '?') {
      const head = this.src.slice(this.pos, this.pos + 3);
      if (head.startsWith('?:')) this.pos += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.pos += 2;
        look = true;
      } else if (head === '?<=' || head === '?<!') {
        this.pos += 3;
        look = true;
      } else if (head.startsWith('?<')) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) throw new Unsupported();
        this.pos = close + 1;
      } else throw new Unsupported();
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported();
    this.pos++;
    // A look-around matches nothing itself; what it reads still decides whether lines can be read alone.
    return look ? { exact: new Set(['']), need: null, breaks: inner.breaks, max: inner.max } : inner;
  }

  /** One escape outside a class. */
  private escape(): Reading {
    const next = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    switch (next) {
      case 'b':
      case 'B':
        return EMPTY;
      case 'd':
      case 'w':
      case 'S':
        return ANY;
      case 's':
      case 'W':
      case 'D':
      case 'n':
        return ANY_BREAKING;
      case 't':
        return this.literal('\t');
      case 'r':
        return this.literal('\r');
      case 'f':
        return this.literal('\f');
      case 'v':
        return this.literal('\v');
      default:
        if (/[A-Za-z0-9]/.test(next) || next === '') throw new Unsupported();
        return this.literal(next);
    }
  }

  /** A character class: its characters when they are few, and whether it takes a line break. */
  private klass(): Reading {
    this.pos++; // [
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    // [] matches nothing and [^] anything, line breaks too: not worth reading.
    if (this.peek() === ']') throw new Unsupported();
    const chars = new Set<string>();
    let many = false;
    let breaks = false;
    while (this.pos < this.src.length && this.peek() !== ']') {
      let c = this.peek();
      if (c === '\\') {
        const next = this.src[this.pos + 1] ?? '';
        this.pos += 2;
        if ('dwsDWS'.includes(next)) {
          many = true;
          // \s holds the line break; \W and \D too. Negated, the class then excludes it.
          if (next === 's' || next === 'W' || next === 'D') breaks = true;
          continue;
        }
        if (next === 'n') c = '\n';
        else if (next === 't') c = '\t';
        else if (next === 'r') c = '\r';
        else if (next === 'f') c = '\f';
        else if (next === 'v') c = '\v';
        else if (next === 'b') c = '\b';
        else if (/[A-Za-z0-9]/.test(next) || next === '') throw new Unsupported();
        else c = next;
      } else this.pos++;
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++; // -
        let hi = this.peek();
        if (hi === '\\') {
          const next = this.src[this.pos + 1] ?? '';
          if (/[A-Za-z0-9]/.test(next)) throw new Unsupported();
          hi = next;
          this.pos += 2;
        } else this.pos++;
        const from = c.charCodeAt(0);
        const to = hi.charCodeAt(0);
        if (from <= 0x0a && to >= 0x0a) breaks = true;
        if (to - from > 26) many = true;
        else for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      if (c === '\n') breaks = true;
      chars.add(c);
    }
    if (this.peek() !== ']') throw new Unsupported();
    this.pos++;
    if (negated) return { exact: null, need: null, breaks: !breaks && !chars.has('\n'), max: 1 };
    if (many || chars.size > MAX_SET) return { exact: null, need: null, breaks, max: 1 };
    return { exact: new Set([...chars].map((c) => this.folded(c))), need: null, breaks, max: 1 };
  }
}

/**
 * Where each line of a text starts, and on which lines a string occurs, found through an index of the
 * text's characters and character pairs (built once per text): a string's occurrences are checked only at
 * the positions of its rarest pair, so a few thousand strings cost far less than a search of the text each.
 */
export class LineIndex {
  /** Line starts, in order; a line ends where the next starts (its line break included). */
  readonly starts: number[] = [0];
  private readonly found = new Map<string, number[]>();
  private readonly lines = new Map<string, number[]>();
  /** Positions of each character pair, grouped by a 16-bit hash of the pair. */
  private readonly pairs: Bucketed;

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.pairs = bucketedPairs(text);
  }

  lineOf(pos: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where the string occurs, in order. */
  occurrences(literal: string): number[] {
    let found = this.found.get(literal);
    if (found) return found;
    found = [];
    const { text } = this;
    if (literal.length === 1) {
      // Few patterns need a single character: a plain search for each.
      for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) found.push(i);
    } else {
      // The pair with the fewest positions, then a check of the whole string at each.
      let best = 0;
      let bestSize = Number.POSITIVE_INFINITY;
      for (let k = 0; k + 1 < literal.length; k++) {
        const size = bucketSize(this.pairs, pairHash(literal.charCodeAt(k), literal.charCodeAt(k + 1)));
        if (size < bestSize) {
          best = k;
          bestSize = size;
        }
      }
      const hash = pairHash(literal.charCodeAt(best), literal.charCodeAt(best + 1));
      for (const pos of positions(this.pairs, hash)) {
        const at = pos - best;
        if (at >= 0 && text.startsWith(literal, at)) found.push(at);
      }
    }
    this.found.set(literal, found);
    return found;
  }

  /** The lines on which the string occurs, in order, each once. */
  linesWith(literal: string): number[] {
    let lines = this.lines.get(literal);
    if (!lines) {
      lines = [];
      for (const pos of this.occurrences(literal)) {
        const line = this.lineOf(pos);
        if (lines[lines.length - 1] !== line) lines.push(line);
      }
      this.lines.set(literal, lines);
    }
    return lines;
  }

  /** Whether the text holds the string at all. */
  has(literal: string): boolean {
    return this.occurrences(literal).length > 0;
  }

  /**
   * The stretches of consecutive lines that hold one of the strings, as [start, end) offsets: where a
   * line-safe pattern can match.
   */
  spans(literals: readonly string[]): [number, number][] {
    const any = new Uint8Array(this.starts.length);
    for (const literal of literals) for (const line of this.linesWith(literal)) any[line] = 1;
    const out: [number, number][] = [];
    for (let i = 0; i < any.length; i++) {
      if (!any[i]) continue;
      let j = i;
      while (j + 1 < any.length && any[j + 1]) j++;
      out.push([this.starts[i] as number, this.starts[j + 1] ?? this.text.length]);
      i = j;
    }
    return out;
  }

  /**
   * The stretches of whole lines within `reach` of the strings' occurrences, twice over (a match holds an
   * occurrence and is at most `reach` long; what it looks at around itself reaches at most as far again), as
   * [start, end) offsets: where a pattern that can cross lines can match, with all it reads around itself.
   */
  windows(literals: readonly string[], reach: number): [number, number][] {
    const margin = 2 * reach;
    const last = this.text.length - 1;
    const around: [number, number][] = [];
    for (const literal of literals) {
      for (const pos of this.occurrences(literal)) {
        const first = this.lineOf(Math.max(0, pos - margin));
        const end = this.lineOf(Math.min(last, pos + literal.length + margin));
        around.push([this.starts[first] as number, this.starts[end + 1] ?? this.text.length]);
      }
    }
    around.sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const w of around) {
      const prev = out[out.length - 1];
      if (prev && w[0] <= prev[1]) prev[1] = Math.max(prev[1], w[1]);
      else out.push([w[0], w[1]]);
    }
    return out;
  }
}

/** Positions grouped by bucket: bucket b holds positions[offsets[b]] … positions[offsets[b + 1] - 1]. */
interface Bucketed {
  offsets: Int32Array;
  positions: Int32Array;
}

const BUCKETS = 0x10000;
const pairHash = (a: number, b: number) => (a * 31 + b) & 0xffff;

function bucketedPairs(text: string): Bucketed {
  const n = Math.max(0, text.length - 1);
  const keys = new Uint16Array(n);
  const offsets = new Int32Array(BUCKETS + 1);
  let prev = text.charCodeAt(0);
  for (let i = 0; i < n; i++) {
    const next = text.charCodeAt(i + 1);
    const key = pairHash(prev, next);
    keys[i] = key;
    offsets[key + 1] = (offsets[key + 1] as number) + 1;
    prev = next;
  }
  for (let b = 0; b < BUCKETS; b++) offsets[b + 1] = (offsets[b + 1] as number) + (offsets[b] as number);
  const fill = offsets.slice(0, BUCKETS);
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    positions[(fill[key] as number)++] = i;
  }
  return { offsets, positions };
}

function bucketSize(b: Bucketed, key: number): number {
  return (b.offsets[key + 1] as number) - (b.offsets[key] as number);
}

function positions(b: Bucketed, key: number): Int32Array {
  return b.positions.subarray(b.offsets[key] as number, b.offsets[key + 1] as number);
}
