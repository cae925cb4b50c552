import type { Evidence } from '../../schema/analysis';
import { type PreparedText, prepareText, type Scope, type Segment, segmentAt, toOriginal } from '../text';
import { NEGATED_AFTER, NEGATED_BEFORE } from './common';
import { type Gate, gateOf, LineIndex } from './prefilter';

/**
 * A rule is data: named patterns that raise it, named patterns that clear it, the scope both are read
 * in, how negations and conditions count, and examples that must and must not match (run by
 * test/utils/analysis/rule-examples.test.ts). Patterns read the normalised text (see ../text.ts):
 * half-width letters and digits, single spaces, no markdown emphasis.
 */
export interface Rule {
  id: string;
  /** One line for a reviewer: what a match means. */
  description: string;
  /** Where a match and what clears it are read together. */
  scope: Scope;
  raise: Record<string, RegExp>;
  /** Any of these in the clearing scope cancels the match (a cap, a retained right, "not required"). */
  clear?: Record<string, RegExp>;
  /** Where clearing words count: the match's own scope (default), its sentence, or the whole text. */
  clearScope?: Scope | 'text';
  /**
   * Whether a negation next to the match ("no NDA", "リモート不可", "this is not a remote role") cancels
   * it; a negated match is kept apart, so a field can read it the other way (no remote → on-site).
   */
  negatable?: boolean;
  /** Words in the sentence that make a match conditional or optional ("if needed", 必要な場合は). */
  conditional?: RegExp;
  /** Names of raise patterns that clearing words do not cancel (a cap that excepts the very indemnity). */
  unclearable?: string[];
  /** Names of raise patterns matched case-sensitively (LINE the app, not "line"); all others ignore case. */
  caseSensitive?: string[];
  examples: { match: string[]; noMatch: string[] };
}

export interface Hit {
  rule: string;
  /** The name of the pattern that matched. */
  pattern: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  negated: boolean;
  conditional: boolean;
  /** Where the line holding the match starts (normalised offset): hits on one line belong together. */
  line: number;
}

/** Joins pattern parts into one regular expression: strings are taken as written, RegExps by source. */
export function seq(...parts: (RegExp | string)[]): RegExp {
  return new RegExp(parts.map((p) => (typeof p === 'string' ? p : `(?:${p.source})`)).join(''), 'gi');
}

/** An alternation of parts, each kept readable on its own line in the rule file. */
export function any(...parts: (RegExp | string)[]): RegExp {
  return new RegExp(parts.map((p) => (typeof p === 'string' ? p : `(?:${p.source})`)).join('|'), 'gi');
}

interface CompiledPattern {
  name: string;
  /** Case-insensitive or, for the rule's case-sensitive patterns, as written: reads `norm`. */
  re: RegExp;
  /** The same pattern without the `i` flag, to read the lower-cased text: null where it cannot. */
  lower: RegExp | null;
  /** What every match holds (./prefilter.ts): a long text is searched only where a match can be. */
  gate: Gate | null;
}

const compiled = new WeakMap<Rule, { raise: CompiledPattern[]; clear: RegExp[]; conditional: RegExp | null }>();

/**
 * The pattern for the text with its ASCII capitals lower-cased: its own capitals lower-cased, where that
 * keeps what it matches with the `i` flag. Only plain escapes (\s \S \w \W \d \D \b \B, \n \r \t \f \v,
 * escaped punctuation) are kept as written; anything whose case this cannot follow makes it null, and the rule then
 * reads the text with the `i` flag as before: a cased letter beyond ASCII (É, Σ), escapes that name
 * characters (\x41, \u0041, octal, \cA) or properties (\p{Lu}), named groups and their references, a class
 * range that reaches into A–Z without being capitals at both ends ([!-_], [A-z]). Reading lower-cased text
 * without the flag is about a third faster on long offers.
 */
export function lowerPattern(source: string): string | null {
  if (/\(\?<(?![=!])/.test(source)) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      // Classes (\s \S \w \W \d \D), word edges (\b \B), line breaks and tabs (\n \r \t \f \v) and
      // escaped punctuation mean the same in either case; any other escaped letter or digit is not kept.
      if (!/[sSwWdDbBnrtfv]/.test(next) && /[A-Za-z0-9]/.test(next)) return null;
      if (inClass && source[i + 2] === '-' && source[i + 3] !== ']') return null;
      out += c + next;
      i++;
      continue;
    }
    if (c.charCodeAt(0) > 0x7f && c.toLowerCase() !== c.toUpperCase()) return null;
    if (inClass) {
      if (c === ']') inClass = false;
      else if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
        // A range: capitals at both ends, or no capital inside it.
        const hi = source[i + 2] as string;
        if (hi === '\\') return null;
        const bothCapitals = c >= 'A' && c <= 'Z' && hi >= 'A' && hi <= 'Z';
        if (!bothCapitals && c <= 'Z' && hi >= 'A') return null;
      }
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A leading ] (or ^]) is a literal bracket, not the class's end.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
      continue;
    }
    out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }
  return out;
}

function lowerRegExp(source: string): RegExp | null {
  const lower = lowerPattern(source);
  return lower === null ? null : new RegExp(lower, 'g');
}

function compile(rule: Rule) {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      raise: Object.entries(rule.raise).map(([name, re]) => {
        const cased = rule.caseSensitive?.includes(name) === true;
        const lower = cased ? null : lowerRegExp(re.source);
        return {
          name,
          re: new RegExp(re.source, cased ? 'g' : 'gi'),
          lower,
          gate: lower ? gateOf(lower.source, false) : gateOf(re.source, !cased),
        };
      }),
      clear: Object.values(rule.clear ?? {}).map((re) => new RegExp(re.source, 'i')),
      conditional: rule.conditional ? new RegExp(rule.conditional.source, 'i') : null,
    };
    compiled.set(rule, c);
  }
  return c;
}

const lowered = new WeakMap<PreparedText, string>();

/** The normalised text with its ASCII capitals lower-cased: offset for offset the same text. */
function lowerOf(p: PreparedText): string {
  let lower = lowered.get(p);
  if (lower === undefined) {
    lower = p.norm.replace(/[A-Z]+/g, (run) => run.toLowerCase());
    lowered.set(p, lower);
  }
  return lower;
}

const MAX_MATCHES = 200;

const indexes = new WeakMap<PreparedText, LineIndex>();

/** The lower-cased text's lines and where strings occur on them, built on first use per text. */
function lineIndexOf(p: PreparedText): LineIndex {
  let index = indexes.get(p);
  if (!index) {
    index = new LineIndex(lowerOf(p));
    indexes.set(p, index);
  }
  return index;
}

// Below this length a text is searched whole: indexing its lines would cost more than it spares.
const GATE_FROM = 4_000;

/**
 * The matches of a global pattern in `text` (up to MAX_MATCHES, empty ones skipped), as [start, end)
 * offsets: the same as one search of the whole text, but a long text is searched only in the lines that
 * hold one of the pattern's strings (or not at all when none does).
 */
function matchesOf(pattern: CompiledPattern, p: PreparedText, whole = false): [number, number][] {
  const [re, text] = pattern.lower ? [pattern.lower, lowerOf(p)] : [pattern.re, p.norm];
  const out: [number, number][] = [];
  const gate = pattern.gate;
  // Empty matches count towards the cap as they always have (a gated pattern has none: each holds a string).
  let count = 0;
  const search = (target: string, from: number, base: number, limit: number) => {
    re.lastIndex = from;
    for (let m = re.exec(target); m && count < MAX_MATCHES && m.index < limit; m = re.exec(target), count++) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push([base + m.index, base + m.index + m[0].length]);
    }
  };
  if (!gate || whole || text.length < GATE_FROM) {
    search(text, 0, 0, text.length);
  } else {
    const index = lineIndexOf(p);
    if (!gate.literals.some((literal) => index.has(literal))) return out;
    if (!gate.lineSafe && gate.reach === Number.POSITIVE_INFINITY) search(text, 0, 0, text.length);
    else {
      // Each stretch is searched with the line break before it, so that what a pattern reads around a
      // match (\b, look-arounds) sees what it would see in the whole text.
      const stretches = gate.lineSafe ? index.spans(gate.literals) : index.windows(gate.literals, gate.reach);
      for (const [start, end] of stretches) {
        if (count >= MAX_MATCHES) break;
        const from = start > 0 ? start - 1 : 0;
        search(text.slice(from, end), start - from, from, end - from);
      }
    }
  }
  re.lastIndex = 0;
  return out;
}

const NEGATION_REACH = 40;

function scopeText(p: PreparedText, scope: Scope | 'text', at: number): string {
  if (scope === 'text') return p.norm;
  return segmentAt(p, scope, at)?.text ?? '';
}

/** Every match of the rule in the text, with whether it is negated or conditional; cleared ones dropped. */
export function matchRule(rule: Rule, p: PreparedText): Hit[] {
  const { raise, clear, conditional: condition } = compile(rule);
  const hits: Hit[] = [];
  let clearedByText: boolean | undefined;
  for (const pattern of raise) {
    const name = pattern.name;
    // Offsets are the same in the lower-cased text; only where a match is counts, not its letters.
    for (const [start, end] of matchesOf(pattern, p)) {
      if (clear.length && !rule.unclearable?.includes(name)) {
        const clearScope = rule.clearScope ?? rule.scope;
        if (clearScope === 'text') {
          clearedByText ??= clear.some((c) => c.test(p.norm));
          if (clearedByText) continue;
        } else {
          const clearIn = scopeText(p, clearScope, start);
          if (clear.some((c) => c.test(clearIn))) continue;
        }
      }
      const seg = segmentAt(p, rule.scope, start);
      let negated = false;
      if (rule.negatable && seg) {
        // A negation stands next to what it negates: a few words before, a few characters after.
        const before = p.norm.slice(Math.max(seg.start, start - NEGATION_REACH), start);
        const after = p.norm.slice(end, Math.min(seg.end, end + NEGATION_REACH));
        negated = NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after);
      }
      let conditional = false;
      if (condition) {
        const sentence = segmentAt(p, 'sentence', start);
        if (sentence) conditional = condition.test(sentence.text);
      }
      hits.push({
        rule: rule.id,
        pattern: name,
        start,
        end,
        negated,
        conditional,
        line: segmentAt(p, 'line', start)?.start ?? 0,
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Each raise pattern's matches as [start, end) offsets, searched as matchRule searches them or, with
 * `whole`, in the whole text without the prefilter: the two must agree (test/utils/analysis/prefilter.test.ts).
 */
export function patternMatches(rule: Rule, p: PreparedText, whole = false): Record<string, [number, number][]> {
  return Object.fromEntries(compile(rule).raise.map((pattern) => [pattern.name, matchesOf(pattern, p, whole)]));
}

/** The prefilter's reading of each raise pattern (null: searched whole). */
export function patternGates(rule: Rule): Record<string, Gate | null> {
  return Object.fromEntries(compile(rule).raise.map((pattern) => [pattern.name, pattern.gate]));
}

/** Matches that stand as written: neither negated nor conditional. */
export const plain = (hits: Hit[]) => hits.filter((h) => !h.negated && !h.conditional);

/** Whether the rule matches a text as written (what its examples assert). */
export function ruleMatches(rule: Rule, text: string): boolean {
  return plain(matchRule(rule, prepareText(text))).length > 0;
}

const MAX_QUOTE = 160;

/** A hit as evidence: its clause or sentence, quoted from the original text at the original offsets. */
export function evidenceOf(p: PreparedText, start: number, end: number, field: string): Evidence {
  const sentence: Segment | null = segmentAt(p, 'sentence', start);
  let from = sentence ? Math.min(sentence.start, start) : start;
  let to = sentence ? Math.max(sentence.end, end) : end;
  if (to - from > MAX_QUOTE) {
    const clause = segmentAt(p, 'clause', start);
    if (clause && clause.end - clause.start <= MAX_QUOTE && clause.end >= end) {
      from = clause.start;
      to = clause.end;
    } else {
      from = Math.max(from, start - 40);
      to = Math.min(to, Math.max(end, from + MAX_QUOTE));
      // Start and end at a word, not inside one.
      while (from < start && /\w/.test(p.norm[from - 1] ?? '') && /\w/.test(p.norm[from] ?? '')) from++;
    }
  }
  const o = toOriginal(p, from, to);
  return { field, quote: p.original.slice(o.start, o.end), start: o.start, end: o.end };
}

/** Evidence for hits, one per sentence, at most `max`. */
export function evidenceOfHits(p: PreparedText, hits: Hit[], field: string, max = 5): Evidence[] {
  const out: Evidence[] = [];
  for (const h of hits) {
    if (out.length >= max) break;
    const e = evidenceOf(p, h.start, h.end, field);
    if (!out.some((o) => o.start < e.end && e.start < o.end)) out.push(e);
  }
  return out;
}
