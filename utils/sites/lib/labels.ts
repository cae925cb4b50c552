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
