import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { textOf } from '@/utils/sites/lib/dom';
import { decodeEntities, renderOffer } from '../../scripts/real-lib.mjs';

// A made-up listing in the shape CrowdWorks' saved search pages carry: JSON, HTML-escaped, in an attribute.
const listing = (payment: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    job_offer: {
      title: '商品説明文の作成',
      description_digest: '雑貨店の商品説明を書いてください。\r\n在宅で進められます...',
      expired_on: '2026-10-01',
      ...extra,
    },
    payment,
    entry: { project_entry: { num_contracts: 1, project_contract_hope_number: 3 } },
    client: { username: 'こもれび雑貨', is_employer_certification: true },
  }).replace(/"/g, '&quot;');

describe('real offers drawn as their page shows them', () => {
  it('draws a fixed-price listing with its range, entries, deadline and client', () => {
    const text = renderOffer(
      listing({ fixed_price_payment: { min_budget: 5000.0, max_budget: 10000.0 } }),
      'crowdworks-listing-json',
    );
    expect(text).toEqual({
      text: [
        '商品説明文の作成',
        '',
        '雑貨店の商品説明を書いてください。\n在宅で進められます...',
        '',
        '契約数 1 / 募集人数 3人',
        '応募期限 2026-10-01',
        'こもれび雑貨 認定クライアント',
      ].join('\n'),
      // The card's pay is its own field, read apart from the text as the site's adapter reads it.
      budgetText: '固定報酬制 5,000円 〜 10,000円',
    });
  });

  it('draws hourly pay, and a bound of 0 or none as one the client left open', () => {
    const hourly = renderOffer(
      listing({ hourly_payment: { min_hourly_wage: 1500, max_hourly_wage: 2000 } }),
      'crowdworks-listing-json',
    );
    expect(hourly.budgetText).toBe('時間単価制 1,500円 〜 2,000円 / 時間');
    const open = renderOffer(
      listing({ hourly_payment: { min_hourly_wage: 0, max_hourly_wage: null } }),
      'crowdworks-listing-json',
    );
    expect(open.budgetText).toBe('時間単価制');
    const cap = renderOffer(
      listing({ fixed_price_payment: { min_budget: null, max_budget: 33000.0 } }),
      'crowdworks-listing-json',
    );
    expect(cap.budgetText).toBe('固定報酬制 〜 33,000円');
    const floor = renderOffer(
      listing({ fixed_price_payment: { min_budget: 1000000.0, max_budget: 0.0 } }),
      'crowdworks-listing-json',
    );
    expect(floor.budgetText).toBe('固定報酬制 1,000,000円 〜');
  });

  it('decodes named, decimal and hex character references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&quot; &amp; https:&#x2F;&#x2F;x &#39;b&#39; &bogus;')).toBe(
      `"a" & https://x 'b' &bogus;`,
    );
  });

  // A made-up request page's section: the text a reader sees, and what the site adapters read from the DOM.
  const request = [
    '<div class="c-itemDetail"><h1 class="title">名刺のデータ入力<span>NEW</span></h1>',
    '<script>window.__STATE__ = {"budget": 99999}</script><style>.x{color:red}</style>',
    '<div class="body"><p>お客様の名刺を&nbsp;Excelに入力してください。<br>全国OK&amp;在宅で進められます。</p>',
    '<!-- <p>古い説明</p> --><ul><li>200枚</li><li>納期：1週間</li></ul>',
    '<a href="https://line.me/ti/p/xyz">お問い合わせはこちら</a> <button>ブックマーク</button></div>',
    '<div class="d-requestBudget"><div><span>5万</span>円</div> <span>〜</span> <div><span>8万</span>円</div></div></div>',
  ].join('\n');

  it('draws the markup of a saved page as the text the page shows, the way the site adapters read it', () => {
    const { text } = renderOffer(request, 'html');
    expect(text).toContain('お客様の名刺を Excelに入力してください。\n\n全国OK&在宅で進められます。');
    // Scripts, styles, comments and controls are not text a reader sees; a chat app's link says where it leads.
    expect(text).not.toMatch(/99999|color:red|古い説明|ブックマーク|<|>/);
    expect(text).toContain('(line.me/ti/p/xyz) お問い合わせはこちら');
    const doc = new Window().document;
    doc.body.innerHTML = request;
    expect(text).toBe(textOf(doc.body as unknown as Element));
  });

  it('draws an agency listing kept as a database row with the labels its page gives the fields', () => {
    // A made-up row in the dump's column order: id, name, category, dates, period, hours, rate, rate text,
    // area, detail, then bookkeeping columns.
    const row =
      "(7,'社内ツールの改修（VBA）',3,'2016-02-29','2018-08-02','2016-02-29 02:44:14','2016-02-29 02:44:14','即日～9月','9:00～17:30',550000,'50～60万円','西新宿','【業務】\\r\\nAccessの改修です。\\r\\n弊社同席で面談1回',0,NULL,'社内メモ',1,NULL),";
    expect(renderOffer(row, 'engineer-route-item').text).toBe(
      [
        '社内ツールの改修（VBA）',
        '',
        '期間：即日～9月',
        '時間：9:00～17:30',
        '単価：50～60万円',
        '場所：西新宿',
        '',
        '【業務】\nAccessの改修です。\n弊社同席で面談1回',
      ].join('\n'),
    );
  });

  it('leaves out a field the row holds as NULL, and keeps the columns of odd bare values in place', () => {
    const row = "(8,'データ集計',X'00',1.5e3,'2016-01-01','x','y',NULL,NULL,0,NULL,'品川','本文')";
    expect(renderOffer(row, 'engineer-route-item').text).toBe(['データ集計', '', '場所：品川', '', '本文'].join('\n'));
  });

  it('refuses a renderer it does not know', () => {
    expect(() => renderOffer('{}', 'someone-elses-json')).toThrow(/unknown render/);
  });
});
