import { TEXT_LIMIT, textOf, tidy } from './dom';

// Readability-style: paragraphs score their ancestors, link-heavy blocks and page furniture score nothing.
// Class, id and test-hook words that mark what a job page carries around the offer, matched as whole words.
const FURNITURE = ['nav', 'navbar', 'menu', 'breadcrumbs?', 'footer', 'sidebar', 'aside', 'right-rail', 'toolbar'];
const OTHER_LISTINGS = [
  'similar',
  'related',
  'recommend(?:ed|ations)?',
  'also',
  'suggest(?:ed|ions)?',
  'more-jobs',
  'other-(?:works?|jobs?|requests?|projects?)',
  '(?:job|work|request|media)s?-list',
  'extra',
  'history',
  'feed',
  'carousel',
  'tiles?',
  'cards?-list',
  'search-results?',
  'results',
];
const CHROME = ['ads?', 'promo', 'banner', 'cookies?', 'consent', 'share', 'social', 'comments?', 'login', 'sign-?up'];
const OVERLAYS = ['signin', 'pagination', 'popover', 'popper', 'tooltip'];
const wholeWord = (words: readonly string[]) =>
  new RegExp(String.raw`(?:^|[\s_-])(?:${words.join('|')})(?:$|[\s_-])`, 'i');
const NOISE = wholeWord([...FURNITURE, ...OTHER_LISTINGS, ...CHROME, ...OVERLAYS]);
// Utility classes (text-body-sm, body-text) say nothing about content, so "text" and "body" are not here.
const POSITIVE = wholeWord([
  'description',
  'descr',
  'details?',
  'content',
  'article',
  'main',
  'post(?:ing)?',
  'offer',
  'request',
  'job',
  'markup',
]);
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

interface Lengths {
  text: number;
  link: number;
}

/** The offer's own block: the element whose paragraphs carry the most non-link text, furniture left out. */
function findMainBlocks(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const scores = new Map<Element, number>();
  // Text and link-text lengths of every element, furniture excluded, counted in one pass over the page.
  const lengths = new Map<Element, Lengths>();
  let visited = 0;
  const credit = (el: Element, score: number): void => {
    let ancestor = el.parentElement;
    for (let level = 0; ancestor && level < 3; level++, ancestor = ancestor.parentElement) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / (level + 1));
    }
  };
  const walk = (el: Element, inLink: boolean, inParagraph: boolean): Lengths => {
    if (visited++ > MAX_NODES || isNoise(el)) return { text: 0, link: 0 };
    const tag = el.tagName.toUpperCase();
    const linked = inLink || tag === 'A';
    const paragraph = PARAGRAPHS.has(tag);
    const own: Lengths = { text: 0, link: 0 };
    let direct = 0;
    let commas = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        const length = value.trim().length;
        own.text += length;
        direct += length;
        commas += value.match(/[,、，。]/g)?.length ?? 0;
        if (linked) own.link += length;
      } else if (child.nodeType === 1) {
        const sub = walk(child as Element, linked, inParagraph || paragraph);
        own.text += sub.text;
        own.link += sub.link;
      }
    }
    lengths.set(el, own);
    // Long, comma-rich paragraphs are prose; short ones are labels and stats, and a list item that is one
    // link is a menu or a listing. Text that sits in no paragraph (a span, a div) counts by its own words.
    if (paragraph && own.text >= (tag === 'P' || tag === 'PRE' ? 25 : 40) && own.link < own.text * 0.5) {
      const all = (el.textContent ?? '').match(/[,、，。]/g)?.length ?? 0;
      credit(el, 1 + all + Math.min(Math.floor(own.text / 100), 3));
    } else if (!paragraph && !inParagraph && !linked && direct >= 25) {
      credit(el, 1 + commas + Math.min(Math.floor(direct / 100), 3));
    }
    return own;
  };
  walk(body, false, false);
  const prose = (el: Element): number => {
    const l = lengths.get(el);
    return l ? l.text - l.link : 0;
  };
  let best: Element | null = null;
  let bestScore = 0;
  const final = new Map<Element, number>();
  for (const [el, raw] of scores) {
    const l = lengths.get(el);
    const score = l && l.text > 0 ? raw * weightOf(el) * (1 - l.link / l.text) : 0;
    final.set(el, score);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (!best) return [];
  // The pay, place and terms of an offer often sit just above or beside its description: take in the
  // enclosing blocks while they add little prose of their own (furniture and link text do not count).
  let block: Element = best;
  const own = prose(best);
  for (let level = 0; level < 5; level++) {
    const parent = block.parentElement;
    if (!parent || parent === body || isNoise(parent)) break;
    // A block repeated beside itself (the messages of a thread) is one part of the offer, not all of it.
    if (prose(parent) > own * 2.5 && !repeats(block)) break;
    block = parent;
  }
  if (block !== best || !block.parentElement) return [block];
  const threshold = Math.max(10, bestScore * 0.2);
  return Array.from(block.parentElement.children).filter(
    (el) => el === block || (!isNoise(el) && (final.get(el) ?? 0) >= threshold),
  );
}

/** Whether a sibling carries the same tag, classes and test hooks: one of a run of like items. */
function repeats(el: Element): boolean {
  const name = words(el);
  if (!name.trim()) return false;
  for (const sibling of Array.from(el.parentElement?.children ?? []))
    if (sibling !== el && sibling.tagName === el.tagName && words(sibling) === name) return true;
  return false;
}

/** A block named for the offer's description or an article weighs more, but only by the prose it holds. */
function weightOf(el: Element): number {
  const tag = el.tagName.toUpperCase();
  return (POSITIVE.test(words(el)) ? 1.5 : 1) * (tag === 'ARTICLE' || tag === 'MAIN' ? 1.2 : 1);
}

/** The element's text with navigation, other listings and link lists inside it left out. */
function cleanText(block: Element): string {
  // Read in place and skip what goes: copying the page's nodes costs more than reading them.
  const drop: Element[] = [];
  // One pass, children before parents: a dropped child no longer counts towards its parent's link share.
  const walk = (el: Element, inLink: boolean): Lengths & { anchors: number } => {
    const tag = el.tagName.toUpperCase();
    if (el !== block && isNoise(el)) {
      drop.push(el);
      return { text: 0, link: 0, anchors: 0 };
    }
    const linked = inLink || tag === 'A';
    const own = { text: 0, link: 0, anchors: tag === 'A' ? 1 : 0 };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const length = (child.nodeValue ?? '').trim().length;
        own.text += length;
        if (linked) own.link += length;
      } else if (child.nodeType === 1) {
        const sub = walk(child as Element, linked);
        own.text += sub.text;
        own.link += sub.link;
        own.anchors += sub.anchors;
      }
    }
    // Link lists (related searches, career articles, other jobs) are mostly link text.
    if (el !== block && LINK_LISTS.has(tag) && own.anchors >= 2 && own.text > 0 && own.link > own.text * 0.6) {
      drop.push(el);
      return { text: 0, link: 0, anchors: 0 };
    }
    return own;
  };
  walk(block, false);
  return textOf(block, TEXT_LIMIT, new Set(drop));
}

/**
 * The offer's title: an h1 in or outside the main block that is not furniture, else the nearest heading
 * above the block (panes and sliders title their offer with a smaller heading), else the document title.
 */
function findTitle(doc: Document, blocks: readonly Element[]): string {
  const headings = Array.from(doc.querySelectorAll('h1'));
  const inBlocks = (selector: string) =>
    blocks.flatMap((block) => Array.from(block.querySelectorAll(selector))).find((h) => !hasNoisyAncestor(h));
  let found: Element | undefined =
    headings.find((h) => blocks.some((block) => block.contains(h))) ??
    headings.find((h) => !hasNoisyAncestor(h)) ??
    inBlocks('h2, h3, h4');
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
