/** Longest text a capture keeps; mirrors MAX_CAPTURE_TEXT without importing zod into the content script. */
export const TEXT_LIMIT = 100_000;

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'DD',
  'DT',
  'SECTION',
  'ARTICLE',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'TABLE',
]);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);

/** Hosts of chat apps whose links move a conversation off the page (LINE, Telegram, WhatsApp, Discord, …). */
const MESSAGING_HOSTS = new Set([
  'line.me',
  'lin.ee',
  'page.line.me',
  'liff.line.me',
  't.me',
  'telegram.me',
  'wa.me',
  'wa.link',
  'api.whatsapp.com',
  'web.whatsapp.com',
  'chat.whatsapp.com',
  'discord.gg',
  'm.me',
  'signal.me',
]);
/** Hosts that are a chat app only under one path (an invite), not the whole site. */
const MESSAGING_PATHS: Record<string, string> = { 'discord.com': '/invite', 'discordapp.com': '/invite' };
/** The apps' own schemes, which open the app itself. */
const MESSAGING_SCHEMES = new Set(['tg:', 'line:', 'whatsapp:', 'viber:', 'skype:']);
/** Only these characters of a link's path are repeated, so a page cannot slip brackets or bidi marks in. */
const PATH_CHARS = 'A-Za-z0-9._~%@+=&/?#-';
const SAFE_PATH = /* @__PURE__ */ new RegExp(`[^${PATH_CHARS}]`, 'g');
const MAX_TARGET = 60;

/**
 * Where a link leads when that is a chat app, as `host/path` (or `scheme//path` for an app's own link); null
 * for every other link. A button that says only "お仕事詳細はコチラ" but opens a LINE account is the move off
 * the platform the reader must see. The link is parsed as the browser parses it (against the page's own
 * address), so backslashes, `t.me./x`, tabs or full-width letters cannot hide the host.
 */
export function messagingTarget(href: string | null, base = 'https://example.invalid/'): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const path = `${url.pathname}${url.search}`.replace(SAFE_PATH, '');
  const scheme = url.protocol.toLowerCase();
  if (MESSAGING_SCHEMES.has(scheme)) return `${scheme}//${host}${path}`.slice(0, MAX_TARGET);
  if (scheme !== 'https:' && scheme !== 'http:') return null;
  const only = MESSAGING_PATHS[host];
  if (!MESSAGING_HOSTS.has(host) && !(only && url.pathname.startsWith(only))) return null;
  return `${host}${path || '/'}`.slice(0, MAX_TARGET);
}

/** The bracketed link targets textOf adds, to take them out of a quote before looking for it on the page. */
export const MESSAGING_MARK = /* @__PURE__ */ new RegExp(
  `\\((?:[a-z0-9-]+\\.)+[a-z]{2,}/[${PATH_CHARS}]*\\) |\\((?:${[...MESSAGING_SCHEMES].map((s) => s.slice(0, -1)).join('|')})://[${PATH_CHARS}]*\\) `,
  'g',
);

/**
 * The visible-ish text of an element with line breaks at block boundaries, leaving out `skip`'s subtrees.
 * A link to a chat app is followed by where it leads, in brackets (see messagingTarget).
 * Works without layout (innerText needs a rendered page; tests use happy-dom). Walks without recursion:
 * a page nesting its elements tens of thousands deep must not overflow the stack and switch capture off.
 */
export function textOf(el: Element | null | undefined, limit = TEXT_LIMIT, skip?: ReadonlySet<Element>): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
  /** Enters a node: its text, or an element's opening break; true when its children are to be read. */
  const enter = (node: Node): boolean => {
    const type = node.nodeType;
    if (type === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return false;
    }
    if (type !== 1) return false;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || skip?.has(element)) return false;
    if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return false;
    if (BLOCK_TAGS.has(tag)) parts.push('\n');
    if (tag === 'A') {
      const target = messagingTarget(element.getAttribute('href'), element.ownerDocument?.baseURI);
      if (target) {
        parts.push(`(${target}) `);
        length += target.length + 3;
      }
    }
    return true;
  };
  // Sibling and parent links, not a copy of childNodes: a quarter of the time on a job page, same text.
  let node: Node = el;
  for (;;) {
    if (length > limit) break;
    const open = enter(node);
    if (open && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (open && isBlock(node)) parts.push('\n');
    // Climb to the next node to read, closing the blocks left on the way.
    while (node !== el && !node.nextSibling) {
      node = node.parentNode as Node;
      if (isBlock(node)) parts.push('\n');
    }
    if (node === el) break;
    node = node.nextSibling as Node;
  }
  return tidy(parts.join('')).slice(0, limit);
}

/** Folds runs of spaces and blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first element matching any of the selectors, in order of preference. */
export function pick(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // An invalid selector must never break capture.
    }
  }
  return null;
}

/** Single-line text of the first matching element, or undefined. */
export function pickText(root: ParentNode, selectors: readonly string[]): string | undefined {
  const text = textOf(pick(root, selectors), 2000).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The first number in a text ("98%" → 98, "1,234 件" → 1234, "4.9" → 4.9). */
export function firstNumber(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = text.match(/\d[\d,]*(?:\.\d+)?/);
  if (!match) return undefined;
  const value = Number(match[0].replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** Resolves a possibly relative link against the page URL; undefined when it is not http(s). */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's main readable text: <main>/<article> when present, else the body without navigation. */
export function readableText(doc: Document): string {
  const main = pick(doc, ['main', 'article', '[role="main"]', '#main', '#content']);
  if (main) return textOf(main);
  const body = doc.body;
  if (!body) return '';
  const clone = body.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll('nav, header, footer, aside, [role="navigation"]'))) el.remove();
  return textOf(clone);
}
