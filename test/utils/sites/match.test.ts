import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPage, matchesPattern } from '../../../utils/sites/lib/match';

/** What a match pattern means, read the plain way: a regular expression per glob. */
function byRegex(pattern: string, url: URL): boolean {
  const parts = pattern.match(/^(\*|https?):\/\/([^/]+)(\/.*)$/);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostname = url.hostname;
  const hostOk = host.startsWith('*.')
    ? hostname === host.slice(2) || hostname.endsWith(`.${host.slice(2)}`)
    : host === '*' || hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(url.pathname + url.search);
}

describe('match patterns', () => {
  it('match the sites’ own hosts and paths, and nothing else', () => {
    const upwork = ['*://*.upwork.com/*'];
    expect(matchesPattern(new URL('https://www.upwork.com/jobs/~01'), upwork[0] as string)).toBe(true);
    expect(matchesPattern(new URL('https://upwork.com/'), upwork[0] as string)).toBe(true);
    expect(matchesPattern(new URL('https://notupwork.com/jobs'), upwork[0] as string)).toBe(false);
    expect(matchesPattern(new URL('https://www.upwork.com.evil.example/'), upwork[0] as string)).toBe(false);
    expect(matchesPattern(new URL('file:///www.upwork.com/'), upwork[0] as string)).toBe(false);
    const messages = '*://*.linkedin.com/messaging/*';
    expect(matchesPattern(new URL('https://www.linkedin.com/messaging/thread/2-abc/'), messages)).toBe(true);
    expect(matchesPattern(new URL('https://www.linkedin.com/jobs/view/1/'), messages)).toBe(false);
    expect(matchesPattern(new URL('https://x.com/messages/1'), 'https://x.com/messages/*')).toBe(true);
    expect(matchesPattern(new URL('http://x.com/messages/1'), 'https://x.com/messages/*')).toBe(false);
    expect(matchesPattern(new URL('https://x.com/messages/1'), 'not a pattern')).toBe(false);
    expect(
      findPage([{ matches: upwork }, { matches: [messages] }], new URL('https://www.linkedin.com/messaging/t/')),
    ).toEqual({
      matches: [messages],
    });
  });

  it('read every path glob as a regular expression would', () => {
    const piece = fc.constantFrom('a', 'b', '/', '-', '=', '?');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.constant('*')), { maxLength: 8 }),
        fc.array(piece, { maxLength: 10 }),
        (glob, path) => {
          const pattern = `https://example.com/${glob.join('')}`;
          const url = new URL(`https://example.com/${path.join('')}`);
          expect(matchesPattern(url, pattern)).toBe(byRegex(pattern, url));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
