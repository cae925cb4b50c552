import { MESSAGING_MARK } from '@/utils/sites/lib/dom';

/** Longest text node run we walk when looking for a quote; job pages are far smaller. */
const MAX_NODES = 20_000;

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Finds the first occurrence of `quote` in the page's visible text, scrolls to it and selects it,
 * without changing the page's DOM. Returns false when the quote is not on the page.
 */
export function highlightQuote(doc: Document, quote: string): boolean {
  // Where a chat app's link leads is captured beside its words but is not text on the page.
  const target = normalise(quote.replace(MESSAGING_MARK, '')).trim();
  if (!target) return false;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let joined = '';
  for (let node = walker.nextNode(); node && nodes.length < MAX_NODES; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    nodes.push(node as Text);
    starts.push(joined.length);
    joined += node.nodeValue ?? '';
  }
  // Compare on whitespace-folded text but map offsets back to the raw nodes.
  const folded: number[] = [];
  let flat = '';
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i] as string;
    if (/\s/.test(ch)) {
      if (flat.endsWith(' ')) continue;
      flat += ' ';
    } else {
      flat += ch;
    }
    folded.push(i);
  }
  const at = flat.indexOf(target);
  if (at < 0) return false;
  const rawStart = folded[at] ?? 0;
  const rawEnd = (folded[at + target.length - 1] ?? rawStart) + 1;
  const locate = (offset: number): [Text, number] | null => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i] as number;
      if (start <= offset) return [nodes[i] as Text, offset - start];
    }
    return null;
  };
  const from = locate(rawStart);
  const to = locate(rawEnd - 1);
  if (!from || !to) return false;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1] + 1);
  from[0].parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
