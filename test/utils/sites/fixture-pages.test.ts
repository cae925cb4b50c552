import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The one page that asks for the web on purpose: the harness must see and count its request. */
const LEAKY = 'leaky.html';
const ROOTS = [path.resolve(__dirname, '../../fixtures/pages'), path.resolve(__dirname, '../../e2e/pages')];
const pages = ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && path.basename(file) !== LEAKY)
    .map((file) => path.join(root, file)),
);

// The real-browser tests fail on any request that leaves the machine: a fixture that loads a script, a
// style sheet or an image from the web would fail them in a way that hides what broke.
// (A canonical link loads nothing; a style sheet, icon or preload does.)
const SUBRESOURCE =
  /<(?:script|img|iframe|source|video|audio)\b[^>]*\ssrc=["']https?:|<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch))[^>]*\shref=["']https?:/i;

describe('fixture pages', () => {
  it.each(pages.map((file) => [path.relative(path.resolve(__dirname, '../..'), file), file]))(
    '%s loads nothing from the web',
    (_name, file) => {
      const html = readFileSync(file, 'utf8');
      expect(html.match(SUBRESOURCE)?.[0] ?? null).toBeNull();
    },
  );
});
