import { vi } from 'vitest';
import type { SiteAdapter } from '../../../utils/sites/lib/types';

/**
 * A made-up job site whose offer shows once `shown()` says so (on every page by default); `read` counts the
 * times a screener reads it.
 */
export function bakerySite(shown: () => boolean = () => true) {
  const read = vi.fn(() => ({
    kind: 'job-post' as const,
    title: 'Logo for a bakery',
    text: 'A logo and a shop sign for a small bakery. Fixed price, fully remote.',
    client: { name: 'Hanako' },
    trust: {},
  }));
  const adapter: SiteAdapter = { id: 'bakery-jobs', matches: ['*://*/*'], isOffer: () => shown(), capture: read };
  return { adapter, read };
}
