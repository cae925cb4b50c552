/** Tests a URL against a match pattern like `*://*.upwork.com/*` (scheme, host and path globs). */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = pattern.match(/^(\*|https?):\/\/([^/]+)(\/.*)$/);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host) return false;
  const pathRegex = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return pathRegex.test(url.pathname + url.search);
}
