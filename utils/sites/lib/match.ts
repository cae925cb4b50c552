interface ParsedPattern {
  scheme: string;
  host: string;
  /** Null for `/*`, which every path matches. */
  path: RegExp | null;
}

/** Each pattern parsed once: a content script tests the same few patterns on every URL it looks at. */
const parsedPatterns = new Map<string, ParsedPattern | null>();

function parsePattern(pattern: string): ParsedPattern | null {
  if (parsedPatterns.has(pattern)) return parsedPatterns.get(pattern) ?? null;
  const parts = pattern.match(/^(\*|https?):\/\/([^/]+)(\/.*)$/);
  const parsed = parts
    ? {
        scheme: parts[1] as string,
        host: parts[2] as string,
        path:
          parts[3] === '/*'
            ? null
            : new RegExp(`^${(parts[3] as string).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
      }
    : null;
  parsedPatterns.set(pattern, parsed);
  return parsed;
}

/** The first of `pages` (adapters, or their page checks) with a pattern that matches `url`; null for none. */
export function findPage<T extends { matches: readonly string[] }>(pages: readonly T[], url: URL): T | null {
  return pages.find((page) => page.matches.some((pattern) => matchesPattern(url, pattern))) ?? null;
}

/** Tests a URL against a match pattern like `*://*.upwork.com/*` (scheme, host and path globs). */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  const { scheme, host, path } = parsed;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host) return false;
  return path === null || path.test(url.pathname + url.search);
}
