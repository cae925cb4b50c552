interface ParsedPattern {
  scheme: string;
  host: string;
  /** The path glob split at its `*`s; null for `/*`, which every path matches. */
  path: readonly string[] | null;
}

/** Each pattern parsed once: a content script tests the same few patterns on every URL it looks at. */
const parsedPatterns = new Map<string, ParsedPattern | null>();

/**
 * Parses `scheme://host/path` with string operations only: this runs on every page load of a supported
 * site, in a fresh isolated world, where the first regular expression used costs a compilation.
 */
function parsePattern(pattern: string): ParsedPattern | null {
  if (parsedPatterns.has(pattern)) return parsedPatterns.get(pattern) ?? null;
  const schemeEnd = pattern.indexOf('://');
  const scheme = pattern.slice(0, Math.max(schemeEnd, 0));
  const hostEnd = schemeEnd < 0 ? -1 : pattern.indexOf('/', schemeEnd + 3);
  const host = hostEnd < 0 ? '' : pattern.slice(schemeEnd + 3, hostEnd);
  const path = hostEnd < 0 ? '' : pattern.slice(hostEnd);
  const parsed =
    (scheme === '*' || scheme === 'http' || scheme === 'https') && host !== ''
      ? { scheme, host, path: path === '/*' ? null : path.split('*') }
      : null;
  parsedPatterns.set(pattern, parsed);
  return parsed;
}

/** Whether `text` is matched whole by a glob given as its parts between `*`s. */
function globMatches(parts: readonly string[], text: string): boolean {
  const first = parts[0] ?? '';
  if (parts.length === 1) return text === first;
  const last = parts[parts.length - 1] ?? '';
  if (!text.startsWith(first)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return text.length - last.length >= at && text.endsWith(last);
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
  return path === null || globMatches(path, url.pathname + url.search);
}
