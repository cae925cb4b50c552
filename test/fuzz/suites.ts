// Every site adapter and the page fallbacks (JSON-LD, main text) on random and hostile documents: they
// never throw, never read anything but the document they are given, and always give a capture the extension
// accepts, also on a 5 MB page (how long that takes is measured by the bench, test/bench/capture.bench.ts).
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
  fiveMegabytePage,
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

    // How long it takes is measured by `npm run bench` (test/bench/capture.bench.ts), not asserted here.
    it('reads a 5 MB page (a 1 MB text node, thousands of look-alike blocks)', () => {
      const doc = fiveMegabytePage(parsed[0] as Document);
      expect(doc.documentElement.outerHTML.length).toBeGreaterThan(5_000_000);
      const capture = captureOffer(doc, files[0]?.url ?? urls[0] ?? '', NOW);
      expect(capture).not.toBeNull();
      expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
    }, 60_000);
  });
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

    it('reads the main text of a 5 MB page', () => {
      const doc = fiveMegabytePage(parsed[0] as Document);
      const capture = captureOffer(doc, genericUrls[0] as string, NOW);
      expect(capture?.text.length).toBeGreaterThan(1000);
    }, 60_000);
  });
}
