// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { canonicalKey, captureOffer, findAdapter } from '../../../utils/sites';
import { exampleUrls, indeed } from '../../../utils/sites/indeed';
import { captureMainText } from '../../../utils/sites/lib/main-text';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const URL_ = 'https://jp.indeed.com/viewjob?jk=a1b2c3d4e5f60718';
const empty = () => new DOMParser().parseFromString('', 'text/html');

describe('indeed', () => {
  it('reads a Japanese job page: company, 給与, 雇用形態, 勤務地 and the description', () => {
    const capture = captureOffer(loadPage('indeed/viewjob.html'), URL_, NOW);
    expect(capture).toMatchObject({
      site: 'indeed',
      source: 'adapter',
      kind: 'job-post',
      key: 'indeed:job:a1b2c3d4e5f60718',
      title: 'Webサイト更新・運用サポート（在宅・業務委託）',
      budgetText: '時給 1,500円～2,000円',
      postedAt: '3日前に掲載',
      client: {
        name: '株式会社ハルニレデザイン',
        profileUrl: 'https://jp.indeed.com/cmp/Harunire-Design',
        location: '東京都 渋谷区',
      },
      trust: { rating: 3.8, reviews: 12 },
    });
    const text = capture?.text ?? '';
    expect(text).toContain('雇用形態: 業務委託');
    expect(text).toContain('勤務地: 東京都 渋谷区（リモートワーク可）');
    expect(text).toContain('リモートワーク可。稼働は週15時間程度から');
    expect(text).toContain('業務委託契約を結び');
    expect(text).not.toContain('企業クチコミ');
    expect(text).not.toContain('この求人を報告する');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it.each(['在宅 データ入力の求人', 'フリーランスの確定申告', 'Webディレクターの給与', 'プライバシーセンター'])(
    'takes nothing from the links below the job: %s',
    (noise) => {
      const capture = captureOffer(loadPage('indeed/viewjob.html'), URL_, NOW);
      expect(`${capture?.title}\n${capture?.text}\n${capture?.budgetText}`).not.toContain(noise);
      const main = captureMainText(loadPage('indeed/viewjob.html'));
      expect(main?.text).toContain('業務委託契約を結び');
      expect(main?.text).not.toContain(noise);
    },
  );

  it('reads the rating from the header, not the review count beside it', () => {
    const doc = loadPage('indeed/viewjob.html');
    doc.querySelector('.css-rpfbrb')?.remove();
    // The review box states its own stars in its image label.
    expect(captureOffer(doc, URL_, NOW)?.trust).toEqual({ rating: 4, reviews: 12 });
  });

  it('reads the job pane on search results, not the result cards, and watches the pane', () => {
    const doc = loadPage('indeed/search-pane.html');
    const url = 'https://www.indeed.com/jobs?q=translator&l=Remote&vjk=9a8b7c6d5e4f3021';
    const capture = captureOffer(doc, url, NOW);
    expect(capture).toMatchObject({
      source: 'adapter',
      key: 'indeed:job:9a8b7c6d5e4f3021',
      title: 'Freelance Technical Translator (EN/JA)',
      budgetText: '$35 - $50 an hour',
      postedAt: 'Posted 1 day ago',
      client: { name: 'Lumen Docs LLC', profileUrl: 'https://www.indeed.com/cmp/Lumen-Docs', location: 'Remote' },
    });
    expect(capture?.text).toContain('Job type: Contract');
    expect(capture?.text).not.toContain('Japanese Game Localization Editor');
    expect(capture?.trust).toEqual({});
    expect(indeed.observeRoot?.(doc)?.id).toBe('jobsearch-ViewjobPaneWrapper');
    expect(indeed.isOffer(new URL('https://www.indeed.com/jobs?q=translator'), doc)).toBe(true);
  });

  it('reads the search pane drawn with react-native-web: vj-job-title, vj-company-name, simple-job-description-html', () => {
    const doc = loadPage('indeed/search-pane-rn.html');
    const url = 'https://www.indeed.com/jobs?q=marketing+coordinator&l=remote&vjk=63a860bcd92290b4';
    const capture = captureOffer(doc, url, NOW);
    expect(capture).toMatchObject({
      source: 'adapter',
      key: 'indeed:job:63a860bcd92290b4',
      title: 'Bilingual Content Coordinator (Japanese/English)',
      budgetText: '$52,000 - $60,000 a year',
      client: { name: 'Harbor & Pine Media', location: 'Remote' },
    });
    expect(capture?.text).toContain('two hours of overlap with our Tokyo editors');
    for (const other of ['Social Media Assistant', 'Northgate Outfitters', '$19 - $23', 'Event Marketing Intern'])
      expect(`${capture?.title}\n${capture?.text}\n${capture?.budgetText}`).not.toContain(other);
  });

  it.each([
    [URL_, 'indeed:job:a1b2c3d4e5f60718'],
    [`${URL_}&utm_source=x&ref=y`, 'indeed:job:a1b2c3d4e5f60718'],
    ['https://www.indeed.com/viewjob?jk=A1B2C3D4E5F60718&from=serp&tk=1abc', 'indeed:job:a1b2c3d4e5f60718'],
    ['https://jp.indeed.com/jobs?q=%E5%9C%A8%E5%AE%85&vjk=a1b2c3d4e5f60718', 'indeed:job:a1b2c3d4e5f60718'],
    ['https://jp.indeed.com/rc/clk?jk=a1b2c3d4e5f60718&from=vj', 'indeed:job:a1b2c3d4e5f60718'],
    ['https://jp.indeed.com/m/viewjob?jk=a1b2c3d4e5f60718#apply', 'indeed:job:a1b2c3d4e5f60718'],
  ])('keys %s → %s', (url, key) => {
    expect(canonicalKey(url)).toBe(key);
  });

  it('matches job pages only', () => {
    expect(findAdapter(URL_)?.id).toBe('indeed');
    expect(findAdapter('https://www.indeed.com/')?.id).toBe('indeed');
    expect(findAdapter('https://indeed.com.evil.example/viewjob?jk=a1b2c3d4e5f60718')).toBeNull();
    for (const url of exampleUrls) expect(indeed.isOffer(new URL(url), empty())).toBe(true);
    expect(indeed.isOffer(new URL('https://jp.indeed.com/companies'), empty())).toBe(false);
    expect(indeed.key?.(new URL('https://jp.indeed.com/jobs?q=translator'))).toBeNull();
  });

  it('falls back to the readable text when a redesign renames classes, ids and test ids', () => {
    const doc = loadPage('indeed/viewjob-degraded.html');
    expect(indeed.capture(doc, new URL(URL_))).toBeNull();
    const capture = captureOffer(doc, `${URL_}&utm_source=x&ref=y`, NOW);
    expect(capture).toMatchObject({ source: 'readable', site: 'indeed', key: 'indeed:job:a1b2c3d4e5f60718' });
    expect(capture?.title).toContain('Webサイト更新・運用サポート（在宅・業務委託）');
    expect(capture?.text).toContain('時給 1,500円～2,000円');
    expect(capture?.text).toContain('リモートワーク可');
    expect(capture?.text).not.toContain('ログイン');
  });
});
