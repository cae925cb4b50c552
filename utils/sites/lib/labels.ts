import { textOf } from './dom';

const LABEL_ELEMENTS = 'dt, th, span, div, p, li, strong, b, small, h3, h4, label';
const MAX_SCANNED = 3000;

function ownText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) text += child.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Finds a value shown beside a label ("発注率" → "95%", "Payment method" → "verified"), whatever the
 * markup's class names: the label element's next sibling, or the rest of its parent's text.
 * Labels survive redesigns far better than class names do.
 */
export function valueAfterLabel(root: ParentNode, labels: readonly string[]): string | undefined {
  const elements = root.querySelectorAll(LABEL_ELEMENTS);
  const count = Math.min(elements.length, MAX_SCANNED);
  for (let i = 0; i < count; i++) {
    const el = elements[i] as Element;
    const own = ownText(el)
      .replace(/[:：]$/, '')
      .trim();
    if (!own || !labels.includes(own)) continue;
    const sibling = el.nextElementSibling;
    const value = sibling ? textOf(sibling, 300).replace(/\s+/g, ' ').trim() : '';
    if (value) return value;
    const parentText = textOf(el.parentElement, 300).replace(/\s+/g, ' ').trim();
    const rest = parentText.slice(parentText.indexOf(own) + own.length).replace(/^[:：\s]+/, '');
    if (rest) return rest;
  }
  return undefined;
}

/** Whether any element carries one of these exact texts (a badge such as 本人確認済み). */
export function hasBadge(root: ParentNode, texts: readonly string[]): boolean {
  const elements = root.querySelectorAll('span, div, li, p, small, strong, img, i');
  const count = Math.min(elements.length, MAX_SCANNED);
  for (let i = 0; i < count; i++) {
    const el = elements[i] as Element;
    const label = (
      ownText(el) ||
      el.getAttribute('alt') ||
      el.getAttribute('aria-label') ||
      el.getAttribute('title') ||
      ''
    ).trim();
    if (label && texts.includes(label)) return true;
  }
  return false;
}

const HEADINGS = 'h1, h2, h3, h4, h5, dt, strong';

/**
 * The block a heading introduces ("依頼内容", "依頼者情報"), whatever the layout's class names: the heading's
 * next sibling when it has text, else the heading's parent. Null when no heading carries one of the labels.
 */
export function blockAfterHeading(root: ParentNode, labels: readonly string[]): Element | null {
  const headings = root.querySelectorAll(HEADINGS);
  const count = Math.min(headings.length, MAX_SCANNED);
  for (let i = 0; i < count; i++) {
    const heading = headings[i] as Element;
    const own = (heading.textContent ?? '').replace(/\s+/g, '').replace(/[:：]$/, '');
    if (!labels.includes(own)) continue;
    const next = heading.nextElementSibling;
    if (next && (next.textContent ?? '').trim()) return next;
    return heading.parentElement;
  }
  return null;
}
