// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer } from '../../../utils/sites';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const URL_ = 'https://coconala.com/requests/3456789';

describe('coconala', () => {
  it('reads a request: title, 依頼内容, 予算, 掲載日 and the requester’s 本人確認, 評価 and 発注実績', () => {
    const capture = captureOffer(loadPage('coconala/request.html'), URL_, NOW);
    expect(capture).toMatchObject({
      site: 'coconala',
      source: 'adapter',
      kind: 'job-post',
      key: 'coconala:request:3456789',
      title: '【急募】YouTube動画のサムネイル制作（月8枚）',
      budgetText: '5,000円 〜 10,000円',
      postedAt: '2026年11月21日',
      client: { name: 'くまキッチン', profileUrl: 'https://coconala.com/users/2345678' },
      trust: { identityVerified: true, rating: 4.8, reviews: 15, pastOrders: 22 },
    });
    expect(capture?.text).toContain('Photoshop または Canva');
    expect(capture?.text).not.toContain('依頼者情報');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it.each([URL_, `${URL_}?ref=top&utm_source=x`, 'https://coconala.com/requests/3456789/'])(
    'keys %s as one request',
    (url) => {
      expect(canonicalKey(url)).toBe('coconala:request:3456789');
    },
  );

  it('falls back to the page text when a redesign renames every class', () => {
    const capture = captureOffer(loadPage('coconala/request-degraded.html'), URL_, NOW);
    expect(capture?.source).toBe('readable');
    expect(capture?.text).toContain('サムネイル制作');
  });
});
