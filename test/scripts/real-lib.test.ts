import { describe, expect, it } from 'vitest';
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

  it('refuses a renderer it does not know', () => {
    expect(() => renderOffer('{}', 'someone-elses-json')).toThrow(/unknown render/);
  });
});
