import type { Evidence } from '../schema/analysis';

/** Most quotes kept per rule: enough to show why, few enough to read. */
const MAX_HITS = 5;
const MAX_QUOTE = 160;

/**
 * Every match of `pattern` in `text` as evidence for `field`, the quote widened to the words around it.
 * The pattern must be global; matching is linear for the patterns used here (no nested quantifiers).
 */
export function findEvidence(text: string, pattern: RegExp, field: string, max = MAX_HITS): Evidence[] {
  const out: Evidence[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && out.length < max; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push(quoteAround(text, m.index, m.index + m[0].length, field));
  }
  pattern.lastIndex = 0;
  return out;
}

/** Evidence for [start, end) widened to its clause, so the quote reads on its own. */
export function quoteAround(text: string, start: number, end: number, field: string): Evidence {
  let from = start;
  let to = end;
  const stops = /[\n。．！？!?]/;
  while (
    from > 0 &&
    start - from < 60 &&
    !stops.test(text[from - 1] as string) &&
    !(text[from - 1] === ' ' && text[from - 2] === '.')
  )
    from--;
  // An ASCII period ends a sentence only before a space or the end ("$25.00", "Node.js" do not).
  const sentenceEnd = (i: number) => text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] as string));
  while (to < text.length && to - end < 60 && !stops.test(text[to] as string) && !sentenceEnd(to)) to++;
  if (to < text.length && (/[。．！？!?]/.test(text[to] as string) || sentenceEnd(to))) to++;
  // A quote cut short by the length limit starts at a word, not inside one.
  if (from > 0 && !stops.test(text[from - 1] as string) && /\w/.test(text[from - 1] as string)) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  while (from < start && /\s/.test(text[from] as string)) from++;
  while (to > end && /\s/.test(text[to - 1] as string)) to--;
  if (to - from > MAX_QUOTE) {
    from = Math.max(from, start - 40);
    to = Math.min(to, Math.max(end, from + MAX_QUOTE));
  }
  return { field, quote: text.slice(from, to), start: from, end: to };
}

/** Whether any of the patterns matches text near [start, end). */
export function near(text: string, start: number, end: number, pattern: RegExp, radius = 80): boolean {
  pattern.lastIndex = 0;
  const window = text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
  const hit = pattern.test(window);
  pattern.lastIndex = 0;
  return hit;
}

/** The first match of a global pattern: its text and where it starts; null when none. */
export function firstMatch(text: string, pattern: RegExp): { value: string; index: number } | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? { value: m[0], index: m.index } : null;
}
