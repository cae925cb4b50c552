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

  it('reads a request whose layout renames every class, by the page’s own labels', () => {
    const capture = captureOffer(loadPage('coconala/request-degraded.html'), URL_, NOW);
    expect(capture).toMatchObject({
      source: 'adapter',
      title: '【急募】YouTube動画のサムネイル制作（月8枚）',
      budgetText: '5,000円 〜 10,000円',
      client: { name: 'くまキッチン', profileUrl: 'https://coconala.com/users/2345678' },
      trust: { identityVerified: true, rating: 4.8, reviews: 15, pastOrders: 22 },
    });
    expect(capture?.text).toContain('サムネイル制作');
  });

  it('reads 5万円〜8万円 as the range it states, and 依頼実績, on another layout', () => {
    const capture = captureOffer(loadPage('coconala/request-range.html'), 'https://coconala.com/requests/3467001', NOW);
    expect(capture).toMatchObject({
      source: 'adapter',
      key: 'coconala:request:3467001',
      title: '飲食店の予約サイトをWordPressで制作してほしい',
      budgetText: '5万円〜8万円',
      postedAt: '2026年11月18日',
      client: { name: '和処こもれび', profileUrl: 'https://coconala.com/users/3344556' },
      trust: { identityVerified: true, rating: 5, reviews: 4, pastOrders: 6, applicants: 3 },
    });
    expect(capture?.missing).toBeUndefined();
    expect(capture?.text).toContain('予約フォームはプラグインで構いません');
  });

  it.each([
    '美容サロンのホームページ制作',
    '10万円〜20万円',
    'ECサイトの商品登録代行',
    '最短5日',
    'ゲーム実況チャンネル',
  ])('takes nothing from similar requests or recommended services: %s', (noise) => {
    for (const [file, url] of [
      ['coconala/request-range.html', 'https://coconala.com/requests/3467001'],
      ['coconala/request.html', URL_],
    ] as const) {
      const capture = captureOffer(loadPage(file), url, NOW);
      expect(`${capture?.title}\n${capture?.text}\n${capture?.budgetText}`).not.toContain(noise);
    }
  });

  it('falls back to the page text when neither class names nor labels are left', () => {
    const doc = loadPage('coconala/request-degraded.html');
    for (const h2 of Array.from(doc.querySelectorAll('h2'))) h2.remove();
    const capture = captureOffer(doc, URL_, NOW);
    expect(capture?.source).toBe('readable');
    expect(capture?.text).toContain('サムネイル制作');
    // The page was recognised as a request: the checklist can say what is missing.
    expect(capture?.missing).toEqual(['client', 'budget']);
  });
});
