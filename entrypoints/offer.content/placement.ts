/** Width of the overlay frame, in CSS pixels (kept in step with launcher.ts). */
export const FRAME_WIDTH = 400;
const TEXT_SELECTOR = 'h1, h2, h3, p, li, dd, td, pre, blockquote';
const MAX_ELEMENTS = 400;

/**
 * Picks the side of the viewport where the overlay covers the least of the page's text: the side with
 * more free space beside the text column. Runs only when the user opens the overlay.
 */
export function chooseSide(doc: Document, viewportWidth: number): 'left' | 'right' {
  let left = viewportWidth;
  let right = 0;
  const elements = doc.querySelectorAll(TEXT_SELECTOR);
  const count = Math.min(elements.length, MAX_ELEMENTS);
  for (let i = 0; i < count; i++) {
    const el = elements[i] as Element;
    if (!el.textContent || el.textContent.trim().length < 20) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width < 120 || rect.height === 0) continue;
    left = Math.min(left, rect.left);
    right = Math.max(right, rect.right);
  }
  if (right === 0) return 'right';
  const freeRight = viewportWidth - right;
  const freeLeft = left;
  if (freeRight >= FRAME_WIDTH || freeRight >= freeLeft) return 'right';
  return 'left';
}
