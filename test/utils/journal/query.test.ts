import { describe, expect, it } from 'vitest';
import { facets, isDue, queryJournal, toRow } from '../../../utils/journal/query';
import type { Decision } from '../../../utils/schema/decision';
import { makeDecision } from '../fixtures';

const TODAY = '2026-11-24';

function decision(id: string, over: Partial<Decision> & { title?: string; text?: string; site?: string }): Decision {
  const base = makeDecision({ id });
  return {
    ...base,
    note: '',
    tags: [],
    ...over,
    offer: {
      ...base.offer,
      title: over.title ?? base.offer.title,
      text: over.text ?? 'Offer text.',
      site: over.site ?? base.offer.site,
    },
  };
}

const rows = [
  decision('a', {
    title: 'Shopify theme fixes',
    status: 'accepted',
    note: 'Good client',
    tags: ['ec'],
    createdAt: '2026-11-01T09:00:00.000Z',
    site: 'upwork',
  }),
  decision('b', {
    title: '動画編集（YouTube）',
    status: 'declined',
    note: '単価が低い',
    declineReasons: ['rate'],
    createdAt: '2026-11-10T09:00:00.000Z',
    site: 'lancers',
    text: '詳細はLINEでお伝えします',
  }),
  decision('c', {
    title: 'React dashboard',
    status: 'hold',
    followUpAt: '2026-11-20',
    createdAt: '2026-10-01T09:00:00.000Z',
    site: 'upwork',
  }),
  decision('d', {
    title: 'Translation of a manual',
    status: 'hold',
    followUpAt: '2026-12-20',
    createdAt: '2026-11-15T09:00:00.000Z',
    site: 'email',
  }),
].map(toRow);

const ids = (query: Parameters<typeof queryJournal>[1]) => queryJournal(rows, query, TODAY).map((r) => r.id);

describe('journal query', () => {
  it('filters by the reason an offer was declined', () => {
    expect(ids({ reason: 'rate' })).toEqual(['b']);
    expect(ids({ reason: 'scam' })).toEqual([]);
    expect(ids({ reason: 'all' })).toHaveLength(4);
  });

  it('puts due follow-ups first, then newest first', () => {
    expect(ids({})).toEqual(['c', 'd', 'b', 'a']);
    expect(isDue(rows[2] as (typeof rows)[number], TODAY)).toBe(true);
    expect(isDue(rows[3] as (typeof rows)[number], TODAY)).toBe(false);
  });

  it.each([
    [{ text: 'shopify' }, ['a']],
    [{ text: 'LINE' }, ['b']],
    [{ text: '単価' }, ['b']],
    [{ text: 'good client' }, ['a']],
    [{ text: 'client good' }, ['a']],
    [{ text: 'nothing-matches-this' }, []],
    [{ status: 'hold' as const }, ['c', 'd']],
    [{ site: 'upwork' }, ['c', 'a']],
    [{ tag: 'ec' }, ['a']],
    [{ from: '2026-11-05', to: '2026-11-12' }, ['b']],
    [{ sort: 'oldest' as const }, ['c', 'a', 'b', 'd']],
    [{ sort: 'follow-up' as const, status: 'hold' as const }, ['c', 'd']],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('lists the sites and tags for the filters', () => {
    expect(facets(rows)).toEqual({ sites: ['email', 'lancers', 'upwork'], tags: ['ec'] });
  });

  it('keeps only the start of a long captured text in the search index', () => {
    const long = toRow(decision('e', { text: `${'x'.repeat(10_000)} needle` }));
    expect(long.haystack.length).toBeLessThan(5_000);
  });
});
