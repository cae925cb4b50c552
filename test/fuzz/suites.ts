// Every site adapter and the page fallbacks (JSON-LD, main text) on random and hostile documents: they
// never throw, never read anything but the document they are given, always give a capture the extension
// accepts, and stay within a time bound on a 5 MB page.
//
// "Outside the document": the test DOM's own global document is filled with a copy of the site's page
// whose every text and link says CANARY. An adapter that read `document`, `window` or `location` instead
// of its argument would find its selectors there and carry CANARY into the capture.
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { offerCaptureSchema } from '../../utils/schema/offer';
import { adapters, captureOffer, findAdapter } from '../../utils/sites';
import { readableText } from '../../utils/sites/lib/dom';
import { captureJsonLd } from '../../utils/sites/lib/json-ld';
import {
  build,
  copyOf,
  emptyDocument,
  fixturePages,
  mutate,
  mutationArb,
  readPage,
  treeArb,
  type Vocabulary,
  vocabularyOf,
} from './documents';

/** Each adapter file's own example URLs (its `exampleUrls` export). */
const modules = import.meta.glob<{ exampleUrls?: readonly string[] }>('../../utils/sites/*.ts', { eager: true });
const EXAMPLE_URLS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(modules).map(([file, module]) => [path.basename(file, '.ts'), module.exampleUrls ?? []]),
);

const NOW = new Date('2026-11-24T10:00:00.000Z');
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const CANARY = 'CANARY';
/** Always allowed on a 5 MB page in the test DOM (a real browser is many times faster; see the e2e huge page). */
const FIVE_MB_BOUND_MS = 2_000;

type Pwned = typeof globalThis & { __pwned?: unknown; polluted?: unknown };

/** Turns the global document into the decoy: the site's page with every text and link replaced. */
function fillDecoy(html: string): void {
  document.documentElement.innerHTML = new DOMParser()
    .parseFromString(html, 'text/html')
    .documentElement.innerHTML.replace(/<script[\s\S]*?<\/script>/gi, '');
  const walker = document.createTreeWalker(document.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue?.trim()) node.nodeValue = CANARY;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) {
      if (a.name === 'href' || a.name === 'src' || a.name === 'content' || a.name === 'datetime') {
        el.setAttribute(a.name, `https://canary.invalid/${CANARY}`);
      }
    }
  }
  document.title = CANARY;
}

/** Counts the global document's query calls: there must be none. */
function spyOnDecoy() {
  return [
    vi.spyOn(document, 'querySelector'),
    vi.spyOn(document, 'querySelectorAll'),
    vi.spyOn(document, 'getElementById'),
    vi.spyOn(document, 'getElementsByClassName'),
    vi.spyOn(document, 'getElementsByTagName'),
    vi.spyOn(document, 'createTreeWalker'),
  ];
}

function mergeVocabularies(list: Vocabulary[]): Vocabulary {
  return {
    shapes: list.flatMap((v) => v.shapes),
    texts: list.flatMap((v) => v.texts),
    attributeNames: [...new Set(list.flatMap((v) => v.attributeNames))],
  };
}

type Case = { page: number; url: string } & (
  | { kind: 'tree'; tree: Parameters<typeof build>[2] }
  | { kind: 'mutated'; mutations: Parameters<typeof mutate>[1] }
);

function caseArb(vocab: Vocabulary, urls: readonly string[]): fc.Arbitrary<Case> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('tree' as const),
      page: fc.nat(),
      url: fc.constantFrom(...urls),
      tree: treeArb(vocab),
    }),
    fc.record({
      kind: fc.constant('mutated' as const),
      page: fc.nat(),
      url: fc.constantFrom(...urls),
      mutations: mutationArb(vocab),
    }),
  );
}

function documentFor(c: Case, pages: readonly Document[]): Document {
  if (c.kind === 'tree') {
    const doc = emptyDocument();
    build(doc, doc.body, c.tree);
    return doc;
  }
  const doc = copyOf(pages[c.page % pages.length] as Document);
  mutate(doc, c.mutations);
  return doc;
}

/** What every capture must satisfy, whatever the page: valid for the extension, nothing from outside. */
function expectCleanCapture(value: unknown): void {
  expect(JSON.stringify(value) ?? '').not.toContain(CANARY);
  expect((globalThis as Pwned).__pwned).toBeUndefined();
  expect(({} as Pwned).polluted).toBeUndefined();
}

const pagesBySite = new Map<string, { file: string; url: string }[]>();
for (const page of fixturePages()) {
  const list = pagesBySite.get(page.site) ?? [];
  list.push(page);
  pagesBySite.set(page.site, list);
}

/** The fuzz tests of one site adapter (one test file each, so that each runs in its own worker). */
export function describeAdapterFuzz(id: string): void {
  const adapter = adapters.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  describe(`adapter ${id}`, () => {
    const files = pagesBySite.get(id) ?? [];
    const urls = EXAMPLE_URLS[id] ?? [];
    let parsed: Document[] = [];
    let vocab: Vocabulary;

    beforeAll(() => {
      parsed = files.map((f) => new DOMParser().parseFromString(readPage(f.file), 'text/html'));
      vocab = mergeVocabularies(files.map((f) => vocabularyOf(readPage(f.file))));
      fillDecoy(readPage(files[0]?.file ?? 'generic/article.html'));
    });
    beforeEach(() => {
      (globalThis as Pwned).__pwned = undefined;
    });

    it('has a fixture page and example URLs to fuzz from', () => {
      expect(files.length).toBeGreaterThan(0);
      expect(urls.length).toBeGreaterThan(0);
    });

    it(`never throws and reads only its document, on ${RUNS} random and hostile documents`, () => {
      const spies = spyOnDecoy();
      fc.assert(
        fc.property(caseArb(vocab, urls), (c) => {
          const doc = documentFor(c, parsed);
          const url = new URL(c.url);
          // The adapter itself, unguarded: captureOffer would hide a throw behind its fallbacks.
          adapter.isOffer(url, doc);
          const part = adapter.capture(doc, url);
          const root = adapter.observeRoot?.(doc) ?? null;
          if (root) expect(root.ownerDocument).toBe(doc);
          adapter.key?.(url);
          adapter.kindOf?.(url);
          const capture = captureOffer(doc, c.url, NOW);
          if (capture) {
            const valid = offerCaptureSchema.safeParse(capture);
            expect(valid.success, valid.success ? '' : JSON.stringify(valid.error.issues[0])).toBe(true);
            expect(capture.site).toBe(id);
          }
          expectCleanCapture([part, capture]);
          for (const spy of spies) expect(spy).not.toHaveBeenCalled();
        }),
        { numRuns: RUNS },
      );
      for (const spy of spies) spy.mockRestore();
    }, 300_000);

    it('reads a 5 MB page (a 1 MB text node, thousands of look-alike blocks) in bounded time', () => {
      const doc = fiveMegabytePage(parsed[0] as Document);
      expect(doc.documentElement.outerHTML.length).toBeGreaterThan(5_000_000);
      const walk = walkOnce(doc);
      const started = performance.now();
      const capture = captureOffer(doc, files[0]?.url ?? urls[0] ?? '', NOW);
      expectBounded(id, performance.now() - started, walk);
      expect(capture).not.toBeNull();
      expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
    }, 60_000);
  });
}

/**
 * The site's page grown to over 5 MB: its longest text gets a 1 MB text node, the page gains about
 * 1 MB of copies of its own blocks (as "similar jobs" lists repeat the offer's markup, selectors and
 * all), and long paragraphs fill the rest.
 */
function fiveMegabytePage(page: Document): Document {
  const doc = copyOf(page);
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const longest = texts.sort((a, b) => b.data.length - a.data.length)[0];
  const megabyte = 'Remote work, pay on delivery, 報酬は応相談。 '.repeat(Math.ceil(1_000_000 / 36));
  if (longest) longest.data += megabyte;
  else doc.body.append(megabyte);
  const candidates = Array.from(doc.body.querySelectorAll('*'))
    .map((el) => ({ el, size: el.outerHTML.length }))
    .filter(({ el, size }) => size > 300 && size < 20_000 && !el.contains(longest ?? null));
  const tail = doc.createElement('section');
  let added = 0;
  for (let i = 0; added < 1_000_000 && candidates.length; i++) {
    const { el, size } = candidates[i % candidates.length] as { el: Element; size: number };
    tail.append(el.cloneNode(true));
    added += size;
  }
  doc.body.append(tail);
  const paragraph = 'filler text of a long page, nothing to do with the offer. '.repeat(400);
  while (added < 4_100_000) {
    const p = doc.createElement('p');
    p.textContent = paragraph;
    doc.body.append(p);
    added += paragraph.length + 7;
  }
  return doc;
}

/** One plain walk over the whole page: what reading it at all costs in this DOM. */
function walkOnce(doc: Document): number {
  const started = performance.now();
  let length = 0;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) length += (node as Text).data.length;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(doc.documentElement);
  return performance.now() - started + (length < 0 ? 1 : 0);
}

/**
 * The bound: reading the offer may cost a number of plain walks over the page (each label lookup is a
 * query over the whole document, and the test DOM's queries are slow), never more; a quadratic adapter
 * would cost thousands. Set far above what a linear read costs (about 40–60 walks on these machines, and
 * 61 once on a busy one), so that only the blow-up it is there for fails it, not a shared machine's noise.
 */
const WALKS = 250;
function expectBounded(name: string, took: number, walk: number): void {
  console.log(`${name}: 5 MB page read in ${took.toFixed(0)} ms (one plain walk: ${walk.toFixed(0)} ms)`);
  expect(took).toBeLessThan(Math.max(FIVE_MB_BOUND_MS, WALKS * walk));
}

/** The fuzz tests of the page fallbacks (JSON-LD and main text). */
export function describeFallbackFuzz(): void {
  describe('the page fallbacks', () => {
    const generic = fixturePages().filter((p) => p.site === 'generic' || !findAdapter(p.url));
    let parsed: Document[] = [];
    let vocab: Vocabulary;
    const genericUrls = ['https://example.org/jobs/1234', 'https://jobs.example.co.jp/offer?id=5&utm_source=x'];

    beforeAll(() => {
      const files = generic.length ? generic.map((p) => p.file) : fixturePages().map((p) => p.file);
      parsed = files.map((file) => new DOMParser().parseFromString(readPage(file), 'text/html'));
      vocab = mergeVocabularies(fixturePages().map((p) => vocabularyOf(readPage(p.file))));
      fillDecoy(readPage(files[0] as string));
    });
    afterAll(() => {
      document.documentElement.innerHTML = '<head></head><body></body>';
    });

    it(`main text and JSON-LD never throw and read only their document, on ${RUNS} documents`, () => {
      const spies = spyOnDecoy();
      fc.assert(
        fc.property(caseArb(vocab, genericUrls), (c) => {
          const doc = documentFor(c, parsed);
          const text = readableText(doc);
          const fromJsonLd = captureJsonLd(doc);
          const capture = captureOffer(doc, c.url, NOW);
          if (capture) expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
          expect(text.length).toBeLessThanOrEqual(100_000);
          expectCleanCapture([text, fromJsonLd, capture]);
          for (const spy of spies) expect(spy).not.toHaveBeenCalled();
        }),
        { numRuns: RUNS },
      );
      for (const spy of spies) spy.mockRestore();
    }, 300_000);

    it('reads the main text of a 5 MB page in bounded time', () => {
      const doc = fiveMegabytePage(parsed[0] as Document);
      const walk = walkOnce(doc);
      const started = performance.now();
      const capture = captureOffer(doc, genericUrls[0] as string, NOW);
      expectBounded('main text', performance.now() - started, walk);
      expect(capture?.text.length).toBeGreaterThan(1000);
    }, 60_000);
  });
}
