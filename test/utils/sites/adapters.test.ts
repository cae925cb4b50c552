// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer, capturePasted, captureSelection, findAdapter } from '../../../utils/sites';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T10:00:00.000Z');

describe('upwork', () => {
  it('reads a job page with the client’s trust signals', () => {
    const url = 'https://www.upwork.com/jobs/Shopify-theme-customization-for-skincare-store_~021987654321098765/';
    const capture = captureOffer(loadPage('upwork/job.html'), url, NOW);
    expect(capture).toMatchObject({
      site: 'upwork',
      source: 'adapter',
      kind: 'job-post',
      key: 'upwork:job:~021987654321098765',
      title: 'Shopify theme customization for skincare store',
      budgetText: '$800.00 Fixed-price',
      postedAt: 'Posted 3 hours ago',
      client: { location: 'United States' },
      trust: {
        paymentVerified: true,
        phoneVerified: true,
        hireRate: 86,
        totalSpent: '$12K',
        rating: 4.9,
        reviews: 27,
        pastOrders: 14,
        hires: 12,
        avgRatePaid: '$38.50/hr',
        memberSince: 'Mar 12, 2019',
      },
    });
    expect(capture?.missing).toBeUndefined();
    expect(capture?.text).toContain('This is a fully remote job.');
    expect(capture?.text).toContain('Skills: Shopify, Liquid, JavaScript, React');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it.each([
    'Find work',
    'Klaviyo email flows for a candle shop',
    'Colours drifted',
    '$450.00',
    'Translate product pages into Japanese',
    'Terms of Service',
  ])('leaves %s (navigation, the client’s history, other jobs) out of the job page’s capture', (noise) => {
    const capture = captureOffer(loadPage('upwork/job.html'), 'https://www.upwork.com/jobs/~021987654321098765', NOW);
    expect(`${capture?.title}\n${capture?.text}\n${capture?.budgetText}`).not.toContain(noise);
  });

  it('reads the job slider on search results: the hourly range, not the hours per week, and unverified payment', () => {
    const capture = captureOffer(
      loadPage('upwork/search-slider.html'),
      'https://www.upwork.com/nx/search/jobs/details/~010000000000000002?q=video',
      NOW,
    );
    expect(capture).toMatchObject({
      title: 'YouTube video editor for cooking channel',
      key: 'upwork:job:~010000000000000002',
      budgetText: '$25.00 - $40.00 Hourly',
      postedAt: 'Posted yesterday',
      trust: { paymentVerified: false, hireRate: 0, pastOrders: 1 },
    });
    expect(capture?.trust.phoneVerified).toBeUndefined();
    expect(capture?.text).not.toContain('600 scanned invoices');
    expect(capture?.text).not.toContain('Podcast audio cleanup');
  });

  it('claims no offer on search results while no job is open', () => {
    const doc = loadPage('upwork/search-slider.html');
    doc.querySelector('[role="dialog"]')?.remove();
    const url = new URL('https://www.upwork.com/nx/search/jobs/?q=video');
    const adapter = findAdapter(url);
    expect(adapter?.isOffer(url, doc)).toBe(false);
    expect(adapter?.capture(doc, url)).toBeNull();
  });

  it('names the fields the job page no longer shows', () => {
    const doc = loadPage('upwork/job.html');
    doc.querySelector('ul.features')?.remove();
    doc.querySelector('.posted-on-line')?.remove();
    const capture = captureOffer(doc, 'https://www.upwork.com/jobs/~021987654321098765', NOW);
    expect(capture).toMatchObject({ source: 'adapter', missing: ['budget', 'posted'] });
  });

  it('falls back to JSON-LD when a redesign renames every selector', () => {
    const url = 'https://www.upwork.com/jobs/~021987654321098765';
    const capture = captureOffer(loadPage('upwork/job-degraded.html'), url, NOW);
    expect(capture).toMatchObject({
      source: 'json-ld',
      site: 'upwork',
      title: 'Shopify theme customization for skincare store',
    });
    expect(capture?.text).toContain('Location type: TELECOMMUTE');
    expect(capture?.key).toBe('upwork:job:~021987654321098765');
  });
});

describe('linkedin', () => {
  it('reads a job page: company, salary label and description', () => {
    const capture = captureOffer(
      loadPage('linkedin/job-view.html'),
      'https://www.linkedin.com/jobs/view/4012345678/?trk=public_jobs',
      NOW,
    );
    expect(capture).toMatchObject({
      site: 'linkedin',
      source: 'adapter',
      key: 'linkedin:job:4012345678',
      title: 'Contract Frontend Engineer (React, TypeScript)',
      budgetText: '¥6,000/hr - ¥8,000/hr',
      postedAt: '2 days ago',
      client: {
        name: 'Northwind Analytics',
        profileUrl: 'https://www.linkedin.com/company/northwind-analytics/life/',
        location: 'Tokyo, Japan',
      },
    });
    expect(capture?.text).toContain('2 days a week in our Shibuya office');
    expect(capture?.text).toContain('Hybrid');
  });
});

describe('lancers', () => {
  const URL_ = 'https://www.lancers.jp/work/detail/5012345?ref=top';

  it('reads a request with 本人確認, 認定クライアント, 評価, 発注率 and 発注数', () => {
    const capture = captureOffer(loadPage('lancers/work-detail.html'), URL_, NOW);
    expect(capture).toMatchObject({
      key: 'lancers:work:5012345',
      title: 'ECサイトの商品ページ制作（Shopify・レスポンシブ対応）',
      budgetText: '50,000 円 〜 100,000 円',
      postedAt: '2026年11月20日',
      client: { name: 'さくらECショップ', profileUrl: 'https://www.lancers.jp/client/sakura_ec_shop' },
      trust: {
        identityVerified: true,
        certifiedClient: true,
        rating: 4.9,
        reviews: 37,
        hireRate: 92,
        pastOrders: 38,
        applicants: 7,
      },
    });
    expect(capture?.missing).toBeUndefined();
    expect(capture?.text).toContain('フルリモートです。');
  });

  it.each(['NEW', 'ECサイト・ネットショップ構築', '10,000 円', 'Photoshop', 'Laravel', 'NDA必須', 'メルマガ原稿'])(
    'takes %s (title labels, the client’s other works, recommended works) from no other listing',
    (noise) => {
      const capture = captureOffer(loadPage('lancers/work-detail.html'), URL_, NOW);
      expect(capture?.title).not.toContain(noise);
      expect(`${capture?.text}\n${capture?.budgetText}`).not.toContain(noise);
    },
  );

  it('names what the request no longer shows, in the adapter’s words for the checklist', () => {
    const doc = loadPage('lancers/work-detail.html');
    doc.querySelector('.c-table-summary__col--price')?.remove();
    doc.querySelector('.p-work-detail-sub-heading')?.remove();
    doc.querySelector('.c-avatar')?.remove();
    expect(captureOffer(doc, URL_, NOW)?.missing).toEqual(['client', 'budget']);
  });
});

describe('crowdworks', () => {
  const URL_ = 'https://crowdworks.jp/public/jobs/9876543';

  it('reads a job with escrow funded, identity not verified, the pay type and the applicants', () => {
    const capture = captureOffer(loadPage('crowdworks/job.html'), URL_, NOW);
    expect(capture).toMatchObject({
      key: 'crowdworks:job:9876543',
      title: '【在宅・未経験OK】SNS投稿代行と簡単なデータ入力',
      budgetText: '固定報酬制 5,000円 〜 10,000円',
      postedAt: '2026年11月19日',
      client: { name: '株式会社ミライワークス', profileUrl: 'https://crowdworks.jp/public/employers/1234567' },
      trust: { identityVerified: false, escrowFunded: true, rating: 2.1, pastOrders: 3, applicants: 14 },
    });
    expect(capture?.text).toContain('契約前にLINEでお願いします');
  });

  it.each(['急募', 'SNS運用代行', 'ショート動画の字幕入れ', '500円', '30,000円', '飲食店Instagram'])(
    'takes %s (labels, the client’s other jobs, recommendations) from no other listing',
    (noise) => {
      const capture = captureOffer(loadPage('crowdworks/job.html'), URL_, NOW);
      expect(capture?.title).not.toContain(noise);
      expect(`${capture?.text}\n${capture?.budgetText}`).not.toContain(noise);
    },
  );
});

describe('fallbacks and other sources', () => {
  it('reads a JobPosting on a site with no adapter', () => {
    const capture = captureOffer(
      loadPage('generic/job-posting.html'),
      'https://kestrel-games.example/careers/translator?utm_source=x',
      NOW,
    );
    expect(capture).toMatchObject({
      site: 'generic',
      source: 'json-ld',
      key: 'kestrel-games.example/careers/translator',
      title: 'Technical translator (Japanese to English)',
      budgetText: 'USD 30-45 per hour',
      postedAt: '2026-11-18',
      client: { name: 'Kestrel Games', profileUrl: 'https://kestrel-games.example/' },
    });
  });

  it('falls back to the main text when there is neither adapter markup nor JSON-LD', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Gig</title></head><body><nav>Menu</nav><main><h1>Logo design</h1><p>Need a logo, budget 30,000円</p></main></body></html>',
      'text/html',
    );
    const capture = captureOffer(doc, 'https://www.lancers.jp/work/detail/1', NOW);
    expect(capture).toMatchObject({ source: 'readable', site: 'lancers', title: 'Logo design' });
    expect(capture?.text).toContain('budget 30,000円');
    expect(capture?.text).not.toContain('Menu');
  });

  it('never throws on hostile or empty pages', () => {
    const hostile = new DOMParser().parseFromString(
      `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":${'['.repeat(5000)}</script></head><body></body></html>`,
      'text/html',
    );
    expect(() => captureOffer(hostile, 'https://example.org/', NOW)).not.toThrow();
    expect(captureOffer(hostile, 'https://example.org/', NOW)).toBeNull();
    expect(captureOffer(document, 'not a url', NOW)).toBeNull();
  });

  it('caps a huge page at the capture limit', () => {
    const doc = new DOMParser().parseFromString(`<main><p>${'x'.repeat(300_000)}</p></main>`, 'text/html');
    const capture = captureOffer(doc, 'https://example.org/big', NOW);
    expect(capture?.text.length).toBeLessThanOrEqual(100_000);
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it('captures a selection and a pasted message', () => {
    expect(
      captureSelection('  Need a  bilingual\n\n\n\nwriter ', 'https://example.org/post', 'Post', NOW),
    ).toMatchObject({
      source: 'selection',
      site: 'generic',
      text: 'Need a bilingual\n\nwriter',
    });
    expect(
      capturePasted({ text: 'はじめまして！動画編集をお願いしたく…\n詳細はLINEで', sender: '山田' }, NOW),
    ).toMatchObject({
      source: 'pasted',
      kind: 'dm',
      site: 'pasted',
      title: 'はじめまして！動画編集をお願いしたく…',
      client: { name: '山田' },
    });
  });
});

describe('pasted sender', () => {
  it.each([
    ['Mika Tanaka <mika@kfs-members.jp>', { name: 'Mika Tanaka', email: 'mika@kfs-members.jp' }],
    ['mika@kfs-members.jp', { email: 'mika@kfs-members.jp' }],
    ['@pixelmori', { handle: '@pixelmori' }],
    ['https://www.linkedin.com/in/haruka-sato-dev', { profileUrl: 'https://www.linkedin.com/in/haruka-sato-dev' }],
    ['  山田 太郎 ', { name: '山田 太郎' }],
  ])('%s is read into the client fields the community tie uses', (sender, client) => {
    expect(capturePasted({ text: 'Hello', sender }, NOW).client).toEqual(client);
  });
});

describe('canonicalKey and findAdapter', () => {
  it.each([
    [
      'https://www.upwork.com/jobs/Some-title_~021987654321098765/?referrer_url_path=/nx',
      'upwork:job:~021987654321098765',
    ],
    ['https://www.upwork.com/freelance-jobs/apply/Some-title_~021987654321098765/', 'upwork:job:~021987654321098765'],
    [
      'https://www.upwork.com/nx/search/jobs/details/~021987654321098765?pageTitle=Job',
      'upwork:job:~021987654321098765',
    ],
    ['https://jp.linkedin.com/jobs/view/frontend-engineer-at-northwind-4012345678', 'linkedin:job:4012345678'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=react', 'linkedin:job:4012345678'],
    ['https://www.lancers.jp/work/detail/5012345/?ref=mail', 'lancers:work:5012345'],
    ['https://crowdworks.jp/public/jobs/9876543#apply', 'crowdworks:job:9876543'],
    ['https://Example.org/jobs/42/?utm_campaign=x&b=2&a=1#top', 'example.org/jobs/42?a=1&b=2'],
  ])('%s → %s', (url, key) => {
    expect(canonicalKey(url)).toBe(key);
  });

  it.each([
    ['https://www.upwork.com/jobs/x', 'upwork'],
    ['https://jp.linkedin.com/jobs/view/1', 'linkedin'],
    ['https://crowdworks.jp/public/jobs/1', 'crowdworks'],
    ['https://www.lancers.jp/', 'lancers'],
    ['https://upwork.com.evil.example/jobs/x', null],
    ['https://example.org/', null],
  ])('%s → %s', (url, id) => {
    expect(findAdapter(url)?.id ?? null).toBe(id);
  });
});
