// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer, findAdapter } from '../../../utils/sites';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const BRIEF = 'https://www.fiverr.com/briefs/seller/brief/64f1c2ab9d';
const INBOX = 'https://www.fiverr.com/inbox/lanternhollow';

describe('fiverr', () => {
  it('reads a buyer brief with budget, delivery and the buyer’s card', () => {
    const capture = captureOffer(loadPage('fiverr/brief.html'), BRIEF, NOW);
    expect(capture).toMatchObject({
      site: 'fiverr',
      kind: 'job-post',
      source: 'adapter',
      key: 'fiverr:brief:64f1c2ab9d',
      title: 'Shopify speed audit and fixes for a candle store',
      budgetText: '$150 - $300',
      postedAt: '2 hours ago',
      client: { name: 'lanternhollow', profileUrl: 'https://www.fiverr.com/lanternhollow', location: 'Canada' },
      trust: { identityVerified: true, memberSince: 'Feb 2021' },
    });
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('reads the buyer’s messages in the inbox as a DM, without the seller’s own replies', () => {
    const capture = captureOffer(loadPage('fiverr/inbox.html'), INBOX, NOW);
    expect(capture).toMatchObject({
      kind: 'dm',
      key: 'fiverr:inbox:lanternhollow',
      title: 'Message from lanternhollow',
      client: { name: 'lanternhollow', handle: '@lanternhollow' },
    });
    expect(capture?.text).toContain('Budget is $400');
    expect(capture?.text).not.toContain('Happy to look');
  });

  it.each([
    [`${BRIEF}?source=email&utm_campaign=x`, 'fiverr:brief:64f1c2ab9d'],
    ['https://www.fiverr.com/inbox/LanternHollow?ref=nav', 'fiverr:inbox:lanternhollow'],
  ])('keys %s → %s', (url, key) => {
    expect(canonicalKey(url)).toBe(key);
  });

  it('is not an offer on gig or search pages', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    const adapter = findAdapter('https://www.fiverr.com/categories/programming-tech');
    expect(adapter?.isOffer(new URL('https://www.fiverr.com/categories/programming-tech'), empty)).toBe(false);
  });

  it('falls back to the page text when a redesign renames the brief’s classes', () => {
    const capture = captureOffer(loadPage('fiverr/brief-degraded.html'), BRIEF, NOW);
    expect(capture?.source).toBe('readable');
    expect(capture?.kind).toBe('job-post');
    expect(capture?.text).toContain('PageSpeed');
  });
});
