// Random and hostile documents for the adapter fuzz tests: trees built from the element shapes a site's
// own fixture page uses (so the adapter's selectors do match), and that fixture page mutated (elements
// removed, moved, duplicated, nested deep, text and attributes replaced by hostile values).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

export const PAGES = path.resolve(__dirname, '../fixtures/pages');

export interface FixturePage {
  site: string;
  file: string;
  url: string;
}

/** The fixture pages written for the site adapters (test/fixtures/pages/index.json). */
export function fixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(path.join(PAGES, 'index.json'), 'utf8')) as FixturePage[];
}

export function readPage(file: string): string {
  return readFileSync(path.join(PAGES, file), 'utf8');
}

/** Text that has broken parsers, number readers and renderers. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202E\u2066evil\u2069',
  '\uFEFF',
  'a'.repeat(20_000),
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile text here
  '${constructor.constructor("return this")()}',
  '__proto__',
  'constructor',
  '{{7*7}}',
  '=HYPERLINK("http://x.invalid")',
  'javascript:alert(1)',
  '1e309',
  '-1',
  'NaN',
  'Infinity',
  '99999999999999999999%',
  '4.9 of 99999999999999999999 reviews',
  '100000% hire rate',
  '∞',
  '１２３，４５６円',
  '⁹⁹',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫ',
  '\n\n\n\t\t\u3000\u00a0',
  '[object Object]',
  'undefined',
  'null',
  '1,2,3,4,5,6,7,8,9,0,'.repeat(500),
];

const RANDOM_TAGS = [
  'div',
  'span',
  'p',
  'a',
  'h1',
  'h2',
  'h4',
  'section',
  'article',
  'main',
  'header',
  'nav',
  'aside',
  'footer',
  'ul',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'time',
  'strong',
  'button',
  'template',
  'svg',
  'iframe',
  'custom-element',
  'slot',
];

interface Shape {
  tag: string;
  attributes: [string, string][];
}

/** Element shapes (tag and attributes) and text snippets that occur in a page. */
export interface Vocabulary {
  shapes: Shape[];
  texts: string[];
  attributeNames: string[];
}

/** Reads the vocabulary of a fixture page, parsed in `doc`'s implementation. */
export function vocabularyOf(html: string): Vocabulary {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const shapes = new Map<string, Shape>();
  const names = new Set<string>();
  for (const el of Array.from(parsed.querySelectorAll('body *'))) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    const attributes = Array.from(el.attributes, (a) => [a.name, a.value] as [string, string]);
    for (const [name] of attributes) names.add(name);
    const shape = { tag: el.tagName.toLowerCase(), attributes };
    shapes.set(JSON.stringify(shape), shape);
  }
  const texts = new Set<string>();
  const walker = parsed.createTreeWalker(parsed.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue?.trim();
    if (value) texts.add(value.slice(0, 200));
  }
  return { shapes: [...shapes.values()], texts: [...texts], attributeNames: [...names] };
}

/** A tree to build: an element with attributes and children, or a text. */
export type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'json-ld'; json: string }
  | { kind: 'element'; tag: string; attributes: [string, string][]; children: Tree[] }
  | { kind: 'deep'; tag: string; attributes: [string, string][]; depth: number; child: Tree }
  | { kind: 'many'; tag: string; attributes: [string, string][]; count: number; text: string };

/** Any Unicode text, in grapheme, code point and raw UTF-16 (lone surrogates) flavours. */
export const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);

/** Text as pages carry it: the page's own snippets, numbers and labels, random Unicode, hostile values. */
function textArb(vocab: Vocabulary) {
  return fc.oneof(
    { weight: 3, arbitrary: vocab.texts.length ? fc.constantFrom(...vocab.texts) : fc.constant('') },
    { weight: 2, arbitrary: anyText },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...(vocab.texts.length ? vocab.texts : [''])), fc.constantFrom(...HOSTILE_STRINGS))
        .map(([a, b]) => `${a} ${b}`),
    },
  );
}

/** JSON-LD as pages (and hostile pages) carry it: job postings with odd values, deep, broken, huge. */
export const jsonLdArb: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record({
      title: fc.oneof(anyText, fc.constantFrom(...HOSTILE_STRINGS), fc.integer(), fc.constant(null)),
      description: fc.oneof(anyText, fc.constantFrom(...HOSTILE_STRINGS), fc.jsonValue({ maxDepth: 2 })),
      hiringOrganization: fc.jsonValue({ maxDepth: 3 }),
      baseSalary: fc.jsonValue({ maxDepth: 3 }),
      jobLocationType: fc.oneof(fc.constant('TELECOMMUTE'), anyText),
    })
    .map((posting) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...posting })),
  fc.nat({ max: 3000 }).map((depth) => `${'['.repeat(depth)}{"@type":"JobPosting"}${']'.repeat(depth)}`),
  fc.constantFrom(
    '{"@type": "JobPosting", "title": ',
    '{"__proto__": {"polluted": true}, "@type": "JobPosting", "title": "x"}',
    '{"@graph": [{"@type": ["Thing", "JobPosting"], "title": {"@value": "nested"}}]}',
    `{"@type":"JobPosting","description":"${'<p>'.repeat(5000)}"}`,
  ),
);

/** Random trees whose elements mostly take the shapes of the site's own page. */
export function treeArb(vocab: Vocabulary): fc.Arbitrary<Tree> {
  const shape = fc.oneof(
    { weight: 4, arbitrary: vocab.shapes.length ? fc.constantFrom(...vocab.shapes) : fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record({
        tag: fc.constantFrom(...RANDOM_TAGS),
        attributes: fc.array(
          fc.tuple(
            fc.constantFrom(
              ...(vocab.attributeNames.length ? vocab.attributeNames : ['class']),
              'hidden',
              'aria-hidden',
            ),
            fc.oneof(anyText, fc.constantFrom(...HOSTILE_STRINGS), fc.constant('true')),
          ),
          { maxLength: 3 },
        ),
      }),
    },
  );
  const someShape = shape.map((s) => s ?? { tag: 'div', attributes: [] as [string, string][] });
  // Attributes of the page's shapes are kept, dropped, or given a hostile value.
  const withAttributes = fc
    .tuple(someShape, fc.array(fc.nat({ max: 3 }), { maxLength: 6 }), fc.constantFrom(...HOSTILE_STRINGS))
    .map(([s, fates, hostile]) => ({
      tag: s.tag,
      attributes: s.attributes.flatMap(([name, value], i): [string, string][] => {
        const fate = fates[i] ?? 0;
        if (fate === 1) return [];
        if (fate === 2) return [[name, hostile]];
        return [[name, value]];
      }),
    }));
  const text = textArb(vocab);
  const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: text.map((t): Tree => ({ kind: 'text', text: t })) },
      { weight: 4, arbitrary: tie('node') },
      { weight: 1, arbitrary: jsonLdArb.map((json): Tree => ({ kind: 'json-ld', json })) },
      { weight: 1, arbitrary: anyText.map((t): Tree => ({ kind: 'comment', text: t })) },
    ),
    node: fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .tuple(withAttributes, fc.array(tie('tree'), { maxLength: 4 }))
          .map(([s, children]): Tree => ({ kind: 'element', ...s, children })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(withAttributes, fc.integer({ min: 50, max: 150 }), tie('tree'))
          .map(([s, depth, child]): Tree => ({ kind: 'deep', ...s, depth, child })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(withAttributes, fc.integer({ min: 10, max: 150 }), text)
          .map(([s, count, t]): Tree => ({ kind: 'many', ...s, count, text: t })),
      },
    ),
  }));
  return tree;
}

function setAttribute(el: Element, name: string, value: string): void {
  try {
    el.setAttribute(name, value);
  } catch {
    // Names a parser would never produce are simply left out.
  }
}

function createElement(doc: Document, tag: string): Element {
  try {
    return doc.createElement(tag);
  } catch {
    return doc.createElement('div');
  }
}

/** Builds `tree` under `parent` with DOM calls (no parsing: nothing in it runs). */
export function build(doc: Document, parent: Node, tree: Tree): void {
  switch (tree.kind) {
    case 'text':
      parent.appendChild(doc.createTextNode(tree.text));
      return;
    case 'comment':
      parent.appendChild(doc.createComment(tree.text));
      return;
    case 'json-ld': {
      const script = doc.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.textContent = tree.json;
      parent.appendChild(script);
      return;
    }
    case 'element': {
      const el = createElement(doc, tree.tag);
      for (const [name, value] of tree.attributes) setAttribute(el, name, value);
      parent.appendChild(el);
      for (const child of tree.children) build(doc, el, child);
      return;
    }
    case 'deep': {
      let at: Node = parent;
      for (let i = 0; i < tree.depth; i++) {
        const el = createElement(doc, tree.tag);
        for (const [name, value] of tree.attributes) setAttribute(el, name, value);
        at.appendChild(el);
        at = el;
      }
      build(doc, at, tree.child);
      return;
    }
    case 'many': {
      for (let i = 0; i < tree.count; i++) {
        const el = createElement(doc, tree.tag);
        for (const [name, value] of tree.attributes) setAttribute(el, name, value);
        el.appendChild(doc.createTextNode(tree.text));
        parent.appendChild(el);
      }
      return;
    }
  }
}

/** One change to a fixture page. Indexes are taken modulo the page's element or text count. */
export type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'text'; at: number; text: string }
  | { op: 'attribute'; at: number; name: string; value: string }
  | { op: 'strip'; at: number }
  | { op: 'wrap'; at: number; depth: number }
  | { op: 'duplicate'; at: number; times: number }
  | { op: 'move'; at: number; into: number }
  | { op: 'insert'; at: number; tree: Tree };

export function mutationArb(vocab: Vocabulary): fc.Arbitrary<Mutation[]> {
  const at = fc.nat();
  const text = textArb(vocab);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('remove' as const), at }),
    fc.record({ op: fc.constant('text' as const), at, text }),
    fc.record({
      op: fc.constant('attribute' as const),
      at,
      name: fc.constantFrom(
        ...(vocab.attributeNames.length ? vocab.attributeNames : ['class']),
        'hidden',
        'aria-hidden',
      ),
      value: fc.oneof(anyText, fc.constantFrom(...HOSTILE_STRINGS)),
    }),
    fc.record({ op: fc.constant('strip' as const), at }),
    fc.record({ op: fc.constant('wrap' as const), at, depth: fc.integer({ min: 1, max: 120 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at, times: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ op: fc.constant('move' as const), at, into: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at, tree: treeArb(vocab) }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 6 });
}

/** Applies the mutations to `doc` in place. */
export function mutate(doc: Document, mutations: readonly Mutation[]): void {
  const body = doc.body;
  if (!body) return;
  // Listed once: an element removed meanwhile is simply changed off the page.
  const elements = Array.from(body.getElementsByTagName('*'));
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const m of mutations) {
    if (elements.length === 0) {
      if (m.op === 'insert') build(doc, body, m.tree);
      continue;
    }
    const el = elements[m.at % elements.length] as Element;
    switch (m.op) {
      case 'remove':
        el.remove();
        break;
      case 'text': {
        const target = texts[m.at % Math.max(texts.length, 1)];
        if (target) target.data = m.text;
        else el.textContent = m.text;
        break;
      }
      case 'attribute':
        setAttribute(el, m.name, m.value);
        break;
      case 'strip':
        for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
        break;
      case 'wrap': {
        if (!el.parentNode) break;
        const outer = doc.createElement('div');
        let inner = outer;
        for (let i = 1; i < m.depth; i++) inner = inner.appendChild(doc.createElement('div'));
        el.replaceWith(outer);
        inner.appendChild(el);
        break;
      }
      case 'duplicate':
        for (let i = 0; i < m.times; i++) el.after(el.cloneNode(true));
        break;
      case 'move': {
        const into = elements[m.into % elements.length] as Element;
        if (into !== el && !el.contains(into)) into.appendChild(el);
        break;
      }
      case 'insert':
        build(doc, el, m.tree);
        break;
    }
  }
}

/** A new, empty HTML document of the test DOM. */
export function emptyDocument(): Document {
  return document.implementation.createHTMLDocument('');
}

/** A copy of a parsed page in a new document. */
export function copyOf(page: Document): Document {
  const doc = emptyDocument();
  const copy = doc.importNode(page.documentElement, true);
  doc.documentElement.remove();
  doc.appendChild(copy);
  return doc;
}

/**
 * The site's page grown to over 5 MB: its longest text gets a 1 MB text node, the page gains about
 * 1 MB of copies of its own blocks (as "similar jobs" lists repeat the offer's markup, selectors and
 * all), and long paragraphs fill the rest.
 */
export function fiveMegabytePage(page: Document): Document {
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
