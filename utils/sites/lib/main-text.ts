import { textOf, tidy } from './dom';

// Readability-style: paragraphs score their ancestors, link-heavy blocks and page furniture score nothing.
// Class and id words that mark what a job page carries around the offer: navigation, other listings,
// the client's history, recommendations. Matched as whole words of the class list.
const NOISE =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|aside|right-rail|similar|related|recommend(?:ed|ations)?|also|suggest(?:ed|ions)?|more-jobs|other-(?:works?|jobs?|requests?|projects?)|(?:job|work|request|media)s?-list|extra|history|feed|carousel|tiles?|cards?-list|card-list|search-results?|results|ads?|promo|banner|cookies?|consent|share|social|comments?|login|sign-?up|signin|pagination|toolbar|popover|popper|tooltip)(?:$|[\s_-])/i;
const POSITIVE =
  /(?:^|[\s_-])(?:description|descr|details?|content|article|main|body|post(?:ing)?|offer|request|job|work|text|markup)(?:$|[\s_-])/i;
const SKIP_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
// A page's own header and footer are furniture; an article's or a card's header holds its title.
const PAGE_PARTS = new Set(['HEADER', 'FOOTER']);
const PARAGRAPHS = new Set(['P', 'PRE', 'LI', 'DD', 'TD', 'BLOCKQUOTE']);
const MAX_NODES = 20_000;
const LINK_LISTS = new Set(['UL', 'OL', 'TABLE', 'DIV', 'SECTION', 'DL']);

// Test hooks name a block's purpose more plainly than its styling classes do.
const NAME_ATTRIBUTES = ['class', 'data-test', 'data-testid', 'data-qa', 'data-cy'];

function words(el: Element): string {
  let out = el.id;
  for (const name of NAME_ATTRIBUTES) out += ` ${el.getAttribute(name) ?? ''}`;
  return out;
}

function isNoise(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (PAGE_PARTS.has(tag) && (el.querySelector('nav') || !el.parentElement?.closest('article, main, section')))
    return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const w = words(el);
  return w.trim() !== '' && NOISE.test(w) && !/(?:^|\s)(?:main|article)(?:$|\s)/i.test(w);
}

/** Share of an element's text that sits inside links: menus and listings are mostly links. */
function linkDensity(el: Element, length: number): number {
  if (length === 0) return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
  return Math.min(1, linked / length);
}

/** The offer's own block: the element whose paragraphs carry the most non-link text, furniture left out. */
function findMainBlocks(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const scores = new Map<Element, number>();
  let visited = 0;
  const walk = (el: Element): void => {
    if (visited++ > MAX_NODES || isNoise(el)) return;
    const tag = el.tagName.toUpperCase();
    if (PARAGRAPHS.has(tag) || (tag === 'DIV' && hasOwnText(el))) {
      const text = (el.textContent ?? '').trim();
      // Short list items and cells are labels and stats; one that is a single link is a menu or a listing.
      const minimum = tag === 'P' || tag === 'PRE' || tag === 'DIV' ? 25 : 40;
      if (text.length >= minimum && linkDensity(el, text.length) < 0.5) {
        // Long, comma-rich paragraphs are prose; short ones are labels.
        const score = 1 + (text.match(/[,、，。]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
        let ancestor = el.parentElement;
        for (let level = 0; ancestor && level < 3; level++, ancestor = ancestor.parentElement) {
          scores.set(ancestor, (scores.get(ancestor) ?? initialScore(ancestor)) + score / (level + 1));
        }
      }
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child);
  };
  walk(body);
  let best: Element | null = null;
  let bestScore = 0;
  const final = new Map<Element, number>();
  for (const [el, raw] of scores) {
    const length = (el.textContent ?? '').trim().length;
    const score = raw * (1 - linkDensity(el, length));
    final.set(el, score);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (!best) return [];
  // The pay, place and terms of an offer often sit just above or beside its description: take in the
  // enclosing blocks while they add little prose of their own (furniture and link text do not count).
  let block: Element = best;
  const own = proseLength(best);
  for (let level = 0; level < 4; level++) {
    const parent = block.parentElement;
    if (!parent || parent === body || isNoise(parent) || proseLength(parent) > own * 2.5) break;
    block = parent;
  }
  if (block !== best || !block.parentElement) return [block];
  const threshold = Math.max(10, bestScore * 0.2);
  return Array.from(block.parentElement.children).filter(
    (el) => el === block || (!isNoise(el) && (final.get(el) ?? 0) >= threshold),
  );
}

/** Text length outside links and furniture: what a reader would call the block's own words. */
function proseLength(root: Element): number {
  let length = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    if (visited++ > MAX_NODES) return;
    if (node.nodeType === 3) {
      length += (node.nodeValue ?? '').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'A' || isNoise(el)) return;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return length;
}

function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim().length > 20) return true;
  return false;
}

function initialScore(el: Element): number {
  const w = words(el);
  const tag = el.tagName.toUpperCase();
  return (POSITIVE.test(w) ? 25 : 0) + (tag === 'ARTICLE' || tag === 'MAIN' ? 10 : 0);
}

/** The element's text with navigation, other listings and link lists inside it left out. */
function cleanText(block: Element): string {
  const clone = block.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll('*'))) {
    if (!clone.contains(el)) continue;
    if (isNoise(el)) {
      el.remove();
      continue;
    }
    // Link lists (related searches, career articles, other jobs) are mostly link text.
    if (LINK_LISTS.has(el.tagName.toUpperCase())) {
      const length = (el.textContent ?? '').trim().length;
      if (length > 0 && el.querySelectorAll('a').length >= 2 && linkDensity(el, length) > 0.6) el.remove();
    }
  }
  return textOf(clone);
}

/**
 * The offer's title: an h1 in or outside the main block that is not furniture, else the nearest heading
 * above the block (panes and sliders title their offer with a smaller heading), else the document title.
 */
function findTitle(doc: Document, blocks: readonly Element[]): string {
  const headings = Array.from(doc.querySelectorAll('h1'));
  let found: Element | undefined =
    headings.find((h) => blocks.some((block) => block.contains(h))) ?? headings.find((h) => !hasNoisyAncestor(h));
  let ancestor = blocks[0]?.parentElement ?? null;
  for (let level = 0; !found && ancestor && level < 4; level++, ancestor = ancestor.parentElement) {
    const first = blocks[0] as Element;
    found = Array.from(ancestor.querySelectorAll('h1, h2, h3, h4')).find(
      (h) => !hasNoisyAncestor(h) && (h.compareDocumentPosition(first) & 4) !== 0,
    );
  }
  return (found?.textContent ?? '').replace(/\s+/g, ' ').trim() || tidy(doc.title);
}

function hasNoisyAncestor(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (isNoise(node)) return true;
  return false;
}

/**
 * The page's main text and heading, for pages no adapter reads: the block its paragraphs score highest,
 * without navigation, link lists or other listings. Falls back to <main> or the body when nothing scores.
 */
export function captureMainText(doc: Document): { title: string; text: string } | null {
  const blocks = findMainBlocks(doc);
  const fallback = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  const text = blocks.length ? tidy(blocks.map(cleanText).join('\n\n')) : fallback ? cleanText(fallback) : '';
  if (!text.trim()) return null;
  return { title: findTitle(doc, blocks), text };
}

/**
 * A copy of an offer's container without navigation, other listings, recommendations or link lists,
 * so label lookups (予算, 評価) cannot land on another job's values.
 */
export function withoutFurniture(root: Element): Element {
  const clone = root.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll('*'))) {
    if (clone.contains(el) && isNoise(el)) el.remove();
  }
  return clone;
}
