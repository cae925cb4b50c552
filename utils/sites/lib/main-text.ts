import { readableText } from './dom';

/** The page's main text and heading, for pages no adapter reads. */
export function captureMainText(doc: Document): { title: string; text: string } | null {
  const text = readableText(doc);
  if (!text.trim()) return null;
  return { title: doc.querySelector('h1')?.textContent?.trim() || doc.title, text };
}
