// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captureMainText, withoutFurniture } from '../../../utils/sites/lib/main-text';
import { loadPage } from './load';

// The fallback for pages no adapter reads, checked on each site's page with the adapter switched off:
// the offer's own description stays, other listings and page furniture go.
describe('main-text fallback', () => {
  it.each([
    ['upwork/job.html', 'bundle builder in React', ['Klaviyo email flows', 'Colours drifted', 'Manage finances']],
    ['upwork/search-slider.html', 'cuts, captions and thumbnails', ['600 scanned invoices', 'Podcast audio cleanup']],
    [
      'lancers/work-detail.html',
      'デザインカンプ（Figma）からのコーディング',
      ['商品撮影画像の切り抜き', '会員サイトの決済機能改修', 'ランサーを探す'],
    ],
    [
      'crowdworks/job.html',
      'スプレッドシートへのデータ入力',
      ['ショート動画の字幕入れ', '飲食店Instagramの月次運用', 'ワーカーを探す'],
    ],
    [
      'coconala/request-range.html',
      '和食店の予約サイト',
      ['美容サロンのホームページ制作', '予約システム付きサイト', 'サービスを探す'],
    ],
    ['coconala/request.html', 'サムネイル制作をお願いします', ['ゲーム実況チャンネル', 'ロゴ制作・修正無制限']],
    ['indeed/viewjob.html', '業務委託契約を結び', ['在宅 データ入力の求人', 'フリーランスの確定申告']],
    ['linkedin/job-guest.html', 'harbour masters', ['Grafana Dashboard Engineer', 'GIS Analyst', 'D3 Developer jobs']],
  ])('%s: keeps the description, drops other listings', (file, description, noise) => {
    const main = captureMainText(loadPage(file));
    expect(main?.text).toContain(description);
    for (const other of noise) expect(main?.text).not.toContain(other);
  });

  it('keeps the pay and terms that sit above the description', () => {
    const main = captureMainText(loadPage('indeed/viewjob-degraded.html'));
    expect(main?.title).toBe('Webサイト更新・運用サポート（在宅・業務委託） - 求人情報');
    expect(main?.text).toContain('時給 1,500円～2,000円');
  });

  it('keeps every message of a conversation, not just the longest', () => {
    const main = captureMainText(loadPage('linkedin-messaging/thread-degraded.html'));
    expect(main?.text).toContain('Day rate €480–540');
    expect(main?.text).toContain('Could you share who the end client is');
  });

  it('titles a slider by its heading when the page has no h1', () => {
    expect(captureMainText(loadPage('upwork/search-slider.html'))?.title).toBe(
      'YouTube video editor for cooking channel',
    );
  });

  it('returns null for a page with no text', () => {
    expect(captureMainText(new DOMParser().parseFromString('<html><body></body></html>', 'text/html'))).toBeNull();
  });

  it('copies a container without its other listings, leaving the page as it was', () => {
    const doc = loadPage('lancers/work-detail.html');
    const section = doc.querySelector('.p-work-detail') as Element;
    const clean = withoutFurniture(section);
    expect(clean.textContent).not.toContain('このクライアントの他の依頼');
    expect(clean.textContent).toContain('依頼概要');
    expect(section.textContent).toContain('このクライアントの他の依頼');
  });
});
