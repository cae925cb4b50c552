import { describe, expect, it } from 'vitest';
import { analyzeOffer } from '../../../utils/analysis';
import { parseBudget } from '../../../utils/analysis/budget';
import { prepareText } from '../../../utils/analysis/text';

// Shapes found in real offers (paraphrased, in our own words): what the engine got wrong before.
describe('remote as real offers word it', () => {
  it.each([
    [{ title: '【在宅】データ入力スタッフ募集', text: '簡単な入力作業です。' }, 'full'],
    [{ title: 'データ入力（在宅）', text: '作業内容は下記のとおりです。' }, 'full'],
    [{ text: '勤務地\nオンライン：全国OK' }, 'full'],
    [{ text: 'スマホで完結するアンケート回答のお仕事です。' }, 'full'],
    [{ text: '働き方：基本リモート（出社の可能性あり）' }, 'hybrid'],
    [{ text: 'The role is mostly remote, with two days every two weeks in the city office.' }, 'hybrid'],
    [{ text: 'We hire engineers in the US, Canada or LATAM.' }, 'full'],
    [{ text: 'No telecommuting. The team works from our Austin office.' }, 'onsite'],
    [{ text: 'Please note this is __not__ a remote role.' }, 'onsite'],
    [{ title: '【ハイブリッド】Webデザイナー募集', text: '勤務地：東京都渋谷区のオフィス' }, 'hybrid'],
    [{ text: '駅前でのチラシ配布をお願いします。' }, 'onsite'],
    [{ text: '・場所：中野 ※出社が基本（在宅は相談）' }, 'onsite'],
  ])('%j → %s', (input, mode) => {
    expect(analyzeOffer(input).remote.mode).toBe(mode);
  });
});

describe('budget as real offers write it', () => {
  it.each([
    ['報酬：5万 円 〜 8万 円', { min: 50_000, max: 80_000, currency: 'JPY', unit: 'fixed' }],
    ['報酬：5万円\n〜\n8万円', { min: 50_000, max: 80_000, currency: 'JPY', unit: 'fixed' }],
    ['$25.00 - $47.00 Hourly', { min: 25, max: 47, currency: 'USD', unit: 'hour' }],
    ['Rate: 200€ - 225€/day', { min: 200, max: 225, currency: 'EUR', unit: 'day' }],
    ['予算：～5万円', { min: null, max: 50_000, currency: 'JPY', unit: 'fixed' }],
    ['Salary: $120k - $150k', { min: 120_000, max: 150_000, currency: 'USD', unit: 'year' }],
    ['年収 600万円〜800万円', { min: 6_000_000, max: 8_000_000, currency: 'JPY', unit: 'year' }],
    ['We pay several thousand dollars a month.', { min: null, max: null, currency: 'USD', unit: 'month' }],
    ['【単価】\n60万\n精算：140-180h', { min: 600_000, max: 600_000, currency: 'JPY', unit: 'month' }],
    ['単価：スキル見合い\n精算：140-180h', { min: null, max: null, currency: 'JPY', unit: 'month' }],
    [
      'Pay: Rs300,000.00 - Rs350,000.00 per month\nLahore, Pakistan',
      { min: 300_000, max: 350_000, currency: 'PKR', unit: 'month' },
    ],
    ['Salary: Rs 50,000 a month', { min: 50_000, max: 50_000, currency: 'INR', unit: 'month' }],
    ['The pay rate is $35 to $38\\.46 per hour.', { min: 35, max: 38.46, currency: 'USD', unit: 'hour' }],
    ['RM 3,500 - RM 4,000 monthly', { min: 3_500, max: 4_000, currency: 'MYR', unit: 'month' }],
    [
      'Data Scientist\n$126,000 - $150,000 usd full_time',
      { min: 126_000, max: 150_000, currency: 'USD', unit: 'year' },
    ],
    ['Singaporeans & PRs only\n$12/hour, weekend shifts', { min: 12, max: 12, currency: 'SGD', unit: 'hour' }],
    ['Our team is in Singapore.\nWe budget $55-70/hour.', { min: 55, max: 70, currency: 'USD', unit: 'hour' }],
    [
      '報酬：5万円\n違約金として100万円を支払うものとします。',
      { min: 50_000, max: 50_000, currency: 'JPY', unit: 'fixed' },
    ],
  ])('%s', (text, budget) => {
    expect(parseBudget(text)?.budget).toEqual(budget);
  });

  it('takes the unit from the amount’s own line, not the next one', () => {
    expect(parseBudget('報酬：3,000円\n時給制の案件もあります')?.budget.unit).toBe('fixed');
  });

  it.each([
    ['第3条（報酬）の定めによる。'],
    ['Our customers pay $29/month for the app.'],
    ['Avg hourly rate paid: $35'],
    ['Phase 2 budget will be $5,000.'],
  ])('reads no pay in %s', (text) => {
    expect(parseBudget(text)).toBeNull();
  });

  it('prefers the offer’s own amount to the listing header and to other amounts', () => {
    const a = analyzeOffer({
      site: 'crowdworks',
      text: 'ブログ記事の作成\n5000\n10000\n【報酬】1記事あたり3,000円\n会員のサブスク料金は月額980円です。',
    });
    expect(a.budget).toEqual({ min: 3_000, max: 3_000, currency: 'JPY', unit: 'fixed' });
    const header = analyzeOffer({
      site: 'upwork',
      text: 'Shopify fixes\nHourly\n$10.00\n$47.00\nWe need help with our store.',
    });
    expect(header.budget).toEqual({ min: 10, max: 47, currency: 'USD', unit: 'hour' });
  });
});

describe('moves off the platform and false alarms', () => {
  it.each([
    ['まずはサービス外連絡申請をお送りしますので承認してください。', 'crowdworks', true],
    ['Before the contract we will interview you on Discord.', 'upwork', true],
    ['Apply only through https://forms.example/apply', 'upwork', true],
    ['Message our recruiter at t.me/hr_desk', 'upwork', true],
    ['Add me on Whats-App +1 555 0100', undefined, true],
    ['Sign in at upwork-offers.net to accept.', undefined, true],
    ['LINE公式アカウントのリッチメニュー構築をお願いします。', 'lancers', false],
    ['お客様からのLINEでの問い合わせに対応していただきます。', 'lancers', false],
    ['Reply as casually as on LINE, we are a friendly team.', 'upwork', false],
    ['報酬からシステム利用料が差し引かれます。', 'crowdworks', false],
  ] as const)('%s → %s', (text, site, flagged) => {
    expect(analyzeOffer({ text, site }).liability.flags.offPlatformPayment.value).toBe(flagged);
  });

  it("takes a company page's LINE application as its own channel, but not on a marketplace or beside easy money", () => {
    const page = 'スタッフ募集\n勤務地：熊本県荒尾市\n時給：880円〜\nご応募はLINEでお願いします。';
    const flag = (text: string, site?: string) => analyzeOffer({ text, site, kind: 'job-post' }).liability.flags;
    expect(flag(page).offPlatformPayment.value).toBe(false);
    expect(flag(page, 'crowdworks').offPlatformPayment.value).toBe(true);
    expect(flag(`${page}\n初心者でも稼ぎやすい在宅ワークです！`).offPlatformPayment.value).toBe(true);
    expect(flag(`${page}\n初心者でも稼ぎやすい在宅ワークです！`).upfrontFeeOrScam.value).toBe(true);
  });

  it('never reads "each task will be clearly defined" as a scam phrase', () => {
    const a = analyzeOffer({ site: 'upwork', text: 'Each task will be clearly defined in its milestone.' });
    expect(a.liability.flags.upfrontFeeOrScam.value).toBe(false);
  });
});

describe('contract wordings and conditions', () => {
  it.each([
    ['ipTransfer', '著作権は制作者に帰属したままとします。', false],
    [
      'ipTransfer',
      '成果物の著作権（著作権法第27条及び第28条の権利を含む。以下同じ。）は、検収をもって甲に移転する。',
      true,
    ],
    ['nda', '秘密保持が必要な場合は別途締結します。', false],
    ['nda', 'Contractor agrees to the confidentiality clauses below.', true],
    ['personalData', '名刺の氏名・電話番号をデータ化する作業です。', true],
    ['onsiteOrExclusive', '週4日稼働、出社あり（週1回）', true],
    ['onsiteOrExclusive', 'Part-time at first, with the option of full-time later.', false],
  ] as const)('%s in “%s” → %s', (flag, text, raised) => {
    expect(analyzeOffer({ text }).liability.flags[flag].value).toBe(raised);
  });
});

describe('normalised text', () => {
  it('keeps offsets into the original text', () => {
    const text = 'ＮＤＡ**必須**、報酬：５万 円';
    const p = prepareText(text);
    expect(p.norm).toBe('NDA必須、報酬:5万円');
    const at = p.norm.indexOf('必須');
    expect(text.slice(p.from[at], p.to[at + 1])).toBe('必須');
  });
});

describe('job-board and marketplace shapes', () => {
  it('knows an escrow marketplace without an adapter by its address', () => {
    const text = 'Web scraping of 200 product pages into a spreadsheet. Budget $150.';
    const onPph = analyzeOffer({
      text,
      site: 'generic',
      url: 'https://www.peopleperhour.com/freelance-jobs/web-scraping-4384696',
    });
    expect(onPph.intermediary.value).toBe('platform');
    expect(onPph.platformEscrow).toBe(true);
    const elsewhere = analyzeOffer({ text, site: 'generic', url: 'https://peopleperhour.com.example.net/jobs/1' });
    expect(elsewhere.intermediary.value).toBe('direct');
  });

  it('reads a salary without a period as yearly, and a Singapore post’s $ as S$', () => {
    expect(analyzeOffer({ text: 'Business Analyst\nusd 75,000 - 140,000 per year' }).budget).toEqual({
      min: 75000,
      max: 140000,
      currency: 'USD',
      unit: 'year',
    });
    expect(analyzeOffer({ text: 'Salary: $120,000 - $150,000, plus equity.' }).budget?.unit).toBe('year');
    const sg = analyzeOffer({ text: '$10/HR EASY WAREHOUSE JOB\nClosest MRT: Upper Thomson\nShift 8:30am to 5:30pm' });
    expect(sg.budget).toEqual({ min: 10, max: 10, currency: 'SGD', unit: 'hour' });
    expect(sg.remote.mode).toBe('onsite');
    // A team abroad paying a remote freelancer is still paid in US dollars.
    expect(analyzeOffer({ text: 'Fully remote. Our team is in Singapore. $55-70/hr.' }).budget?.currency).toBe('USD');
  });

  it('does not take a perk’s budget, a bid average or the next line’s currency for the pay', () => {
    expect(analyzeOffer({ text: 'Perks: $100/month education budget.' }).budget).toBeNull();
    expect(analyzeOffer({ text: 'Text to video\n£502\n(Avg Bid)\nMake an animation.' }).budget).toBeNull();
    expect(analyzeOffer({ text: 'Software start up -- 2\n£127\n(Avg Bid)' }).budget).toBeNull();
  });
});

describe('no false alarms from the job-board rules on ordinary offers', () => {
  it('leaves honest shift work and dev work as they are', () => {
    const shift = analyzeOffer({ text: 'Event crew needed Saturday. Pay $120 per day. WhatsApp: +65 9123 4567' });
    expect(shift.liability.flags.upfrontFeeOrScam.value).toBe(false);
    const dev = analyzeOffer({ text: 'Terraform, Packer and AWS; write cleaner code. Open to candidates worldwide.' });
    expect(dev.remote.mode).not.toBe('onsite');
    expect(analyzeOffer({ text: 'Location: USA only\nOverlap with the Eastern time zone' }).remote.mode).not.toBe(
      'onsite',
    );
  });

  it('reads no currency out of a word, and no budget out of the offer’s own development budget', () => {
    expect(analyzeOffer({ text: 'Edit 20 audio files for the podcast.' }).budget).toBeNull();
    expect(analyzeOffer({ text: 'Total development budget: $5,000.' }).budget?.max).toBe(5000);
    expect(analyzeOffer({ text: 'Budget: €40k for the MVP' }).budget?.unit).toBe('fixed');
    expect(analyzeOffer({ text: 'Acme Pte Ltd needs a logo. $50/hr', site: 'upwork' }).budget?.currency).toBe('USD');
  });

  it('takes an e-mail address for an e-mail address, not a Telegram handle', () => {
    const a = analyzeOffer({ text: 'Email me at tg@studio.example with your portfolio.' });
    expect(a.liability.flags.offPlatformPayment.value).toBe(false);
  });
});
