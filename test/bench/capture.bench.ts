import { expect, it } from 'vitest';
import { adapters, captureOffer, findAdapter } from '../../utils/sites';
import { fiveMegabytePage, fixturePages, readPage } from '../fuzz/documents';

// Reading the offer of a 5 MB page (a 1 MB text node, about 1 MB of copies of the page's own blocks, long
// paragraphs), per site adapter and for the main-text fallback, against a baseline measured in the same run:
// one plain walk over the same page, which is what reading it at all costs in this DOM. Each label lookup
// is a query over the whole document, so a linear read costs some tens of walks; a quadratic one would cost
// thousands. Budget: at most WALKS walks per capture.
const WALKS = 250;
const NOW = new Date('2026-11-24T10:00:00.000Z');

function walkOnce(doc: Document): number {
  let length = 0;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) length += (node as Text).data.length;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(doc.documentElement);
  return length;
}

function medianMs(run: () => unknown, times = 3): number {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    took.push(performance.now() - started);
  }
  return took.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

it('capture of a 5 MB page, per adapter and for the main-text fallback', () => {
  const pages = fixturePages();
  const cases = adapters
    .map((adapter) => {
      const page = pages.find((p) => p.site === adapter.id);
      return page ? { name: adapter.id, file: page.file, url: page.url } : null;
    })
    .filter((c) => c !== null);
  // The fallback reads a site's page served at an address no adapter claims.
  const url = 'https://example.org/jobs/1234';
  if (pages[0] && !findAdapter(url)) cases.push({ name: 'main text (fallback)', file: pages[0].file, url });

  const rows: { name: string; ms: number; walk: number }[] = [];
  for (const c of cases) {
    const doc = fiveMegabytePage(new DOMParser().parseFromString(readPage(c.file), 'text/html'));
    const walk = medianMs(() => walkOnce(doc));
    // A capture that gave up early would be fast for nothing.
    expect(captureOffer(doc, c.url, NOW), c.name).not.toBeNull();
    const ms = medianMs(() => captureOffer(doc, c.url, NOW));
    rows.push({ name: c.name, ms, walk });
  }
  console.log('5 MB page: capture time against one plain walk over the same page (median of 3)');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(22)} ${r.ms.toFixed(0).padStart(6)} ms   walk ${r.walk.toFixed(1).padStart(6)} ms   ×${(r.ms / r.walk).toFixed(0)}`,
    );
  }
  console.log(`budget: at most ${WALKS} walks per capture`);
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows) expect(r.ms / r.walk, r.name).toBeLessThanOrEqual(WALKS);
});
