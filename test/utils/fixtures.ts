import type { Checklist } from '../../utils/schema/checklist';
import type { Decision } from '../../utils/schema/decision';

/** A checklist as the engine would suggest it, built by hand so UI tests do not depend on the engine. */
export function makeChecklist(): Checklist {
  return {
    communityTie: { value: 'platform', source: 'auto', suggested: 'platform', evidence: [], certainty: 'likely' },
    skillMatch: {
      value: { matched: ['react'], missing: ['shopify'] },
      source: 'auto',
      suggested: { matched: ['react'], missing: ['shopify'] },
      evidence: [{ field: 'skills', quote: 'React and Shopify', start: 10, end: 27 }],
      certainty: 'stated',
    },
    remote: {
      value: { mode: 'full', hours: null, timeZone: 'JST' },
      source: 'auto',
      suggested: { mode: 'full', hours: null, timeZone: 'JST' },
      evidence: [{ field: 'remote', quote: 'フルリモート', start: 0, end: 6 }],
      certainty: 'stated',
    },
    liability: {
      unlimitedDamages: {
        value: true,
        source: 'auto',
        suggested: true,
        evidence: [{ field: 'unlimitedDamages', quote: '一切の損害を賠償', start: 40, end: 48 }],
        certainty: 'stated',
      },
      nda: { value: false, source: 'auto', suggested: false, evidence: [], certainty: 'not-stated' },
    },
  };
}

/** A recorded decision with every field set. */
export function makeDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd-1',
    offer: {
      url: 'https://www.lancers.jp/work/detail/123456',
      key: 'lancers:work:123456',
      site: 'lancers',
      kind: 'job-post',
      source: 'adapter',
      title: 'ECサイトの商品ページ制作',
      client: { name: '株式会社サンプル' },
      budget: { min: 50000, max: 100000, currency: 'JPY', unit: 'fixed' },
      trust: { identityVerified: true },
      text: 'フルリモート。React and Shopify。一切の損害を賠償',
      capturedAt: '2026-11-20T09:00:00.000Z',
    },
    checklist: makeChecklist(),
    verdict: { score: 55, level: 'caution', reasons: [] },
    status: 'accepted',
    note: 'Good client',
    followUpAt: null,
    outcome: null,
    tags: [],
    declineReasons: [],
    history: [{ at: '2026-11-20T09:05:00.000Z', status: 'accepted', followUpAt: null }],
    replies: [],
    createdAt: '2026-11-20T09:05:00.000Z',
    updatedAt: '2026-11-20T09:05:00.000Z',
    ...overrides,
  };
}
