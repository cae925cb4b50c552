import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PAGES = path.resolve(__dirname, '../../fixtures/pages');

/** Parses a fixture page into a fresh document (happy-dom), as the content script would see it. */
export function loadPage(file: string): Document {
  const html = readFileSync(path.join(PAGES, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
