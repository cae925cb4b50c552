import { describe, expect, it } from 'vitest';
import { analyzeOffer, listSkills, scoreChecklist, suggestChecklist } from '../../../utils/analysis';
import { parseBudget } from '../../../utils/analysis/budget';
import { detectLang } from '../../../utils/analysis/lang';
import { analyzeRemote } from '../../../utils/analysis/remote';
import { extractSkills } from '../../../utils/analysis/skills';
import type { LiabilityFlagId } from '../../../utils/schema/analysis';
import { offerAnalysisSchema } from '../../../utils/schema/analysis';
import { createDefaultProfile, profileSchema } from '../../../utils/schema/profile';

describe('language', () => {
  it.each([
    ['We need a React developer for a dashboard.', 'en'],
    ['ReactとTypeScriptでダッシュボードを作れる方を募集します。', 'ja'],
    ['【急募】Shopify / Liquid / JavaScript エンジニア', 'ja'],
    ['', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe('remote', () => {
  it.each([
    ['This is a fully remote job.', 'full'],
    ['Work from anywhere, async.', 'full'],
    ['フルリモートで稼働できる方', 'full'],
    ['完全在宅のお仕事です', 'full'],
    ['リモート可、週1出社あり', 'hybrid'],
    ['月1回程度の出社をお願いします', 'hybrid'],
    ['Hybrid: 2 days a week in the office', 'hybrid'],
    ['リモート不可、渋谷オフィスでの勤務', 'onsite'],
    ['客先常駐（品川）', 'onsite'],
    ['No remote. Must work on-site in Austin.', 'onsite'],
    ['We build mobile apps for retailers.', 'unknown'],
  ])('%s → %s', (text, mode) => {
    expect(analyzeRemote(text).remote.mode).toBe(mode);
  });

  it('reads hours and time zone with their quotes', () => {
    const { remote, evidence } = analyzeRemote('Overlap 10:00-13:00 JST. About 20 hours per week.');
    // Hours to overlap in a time zone imply remote work, without saying it: full, and only likely.
    expect(remote).toMatchObject({ mode: 'full', hours: '10:00-13:00', timeZone: 'JST' });
    expect(evidence.map((e) => e.quote)).toContain('Overlap 10:00-13:00 JST.');
  });
});

describe('budget', () => {
  it.each([
    ['報酬：5万円〜10万円', { min: 50_000, max: 100_000, currency: 'JPY', unit: 'fixed' }],
    ['固定報酬 30,000円', { min: 30_000, max: 30_000, currency: 'JPY', unit: 'fixed' }],
    ['1記事あたり3,000円', { min: 3_000, max: 3_000, currency: 'JPY', unit: 'fixed' }],
    ['時給1,500円〜', { min: 1_500, max: null, currency: 'JPY', unit: 'hour' }],
    ['ご予算は20万円以内です', { min: null, max: 200_000, currency: 'JPY', unit: 'fixed' }],
    ['Up to $500 for the whole job', { min: null, max: 500, currency: 'USD', unit: 'fixed' }],
    ['9:00〜18:00勤務、月額45万円', { min: 450_000, max: 450_000, currency: 'JPY', unit: 'month' }],
    ['₹1,20,000 - ₹1,60,000 per month', { min: 120_000, max: 160_000, currency: 'INR', unit: 'month' }],
    ['60〜80万円/月（140〜180h精算）', { min: 600_000, max: 800_000, currency: 'JPY', unit: 'month' }],
    ['Day rate: €400-450', { min: 400, max: 450, currency: 'EUR', unit: 'day' }],
    ['月額60万円（人月）', { min: 600_000, max: 600_000, currency: 'JPY', unit: 'month' }],
    ['日給 2万円', { min: 20_000, max: 20_000, currency: 'JPY', unit: 'day' }],
    ['Budget: $30-250', { min: 30, max: 250, currency: 'USD', unit: 'fixed' }],
    ['$25.00 - $40.00 Hourly', { min: 25, max: 40, currency: 'USD', unit: 'hour' }],
    ['Fixed-price: $800.00', { min: 800, max: 800, currency: 'USD', unit: 'fixed' }],
    ['Pay: €40 per hour', { min: 40, max: 40, currency: 'EUR', unit: 'hour' }],
    ['£2k per month', { min: 2_000, max: 2_000, currency: 'GBP', unit: 'month' }],
    ['₹500 per article', { min: 500, max: 500, currency: 'INR', unit: 'fixed' }],
    ['¥6,000/hr - ¥8,000/hr', { min: 6_000, max: 8_000, currency: 'JPY', unit: 'hour' }],
    ['USD 30-45 per hour', { min: 30, max: 45, currency: 'USD', unit: 'hour' }],
    ['Starting at $25 an hour', { min: 25, max: null, currency: 'USD', unit: 'hour' }],
    ['Day rate £260,00', { min: 260, max: 260, currency: 'GBP', unit: 'day' }],
    ['Pay rate $82hr on W2', { min: 82, max: 82, currency: 'USD', unit: 'hour' }],
    ['時給3,000円超えも可能', { min: 3_000, max: null, currency: 'JPY', unit: 'hour' }],
    ['Compensation: 5,000 yen per video', { min: 5_000, max: 5_000, currency: 'JPY', unit: 'fixed' }],
    ['Location: Kaki Bukit\nSalary: $3500-4000/month', { min: 3_500, max: 4_000, currency: 'SGD', unit: 'month' }],
    ['Location: Bedok, near the MRT\nPay: $12/hr', { min: 12, max: 12, currency: 'SGD', unit: 'hour' }],
    [
      '募集要項\n私たちと一緒に働く仲間を募集しています。\n職種：介護職員\n勤務地：北九州市\n勤務時間：シフト制\n給与\n\n★給与例\n\n265,000円\n\n夜勤4回ありの場合',
      { min: 265_000, max: 265_000, currency: 'JPY', unit: 'month' },
    ],
    [
      '雇用形態：正社員\n給与\n●キャリア採用 35万円~80万',
      { min: 350_000, max: 800_000, currency: 'JPY', unit: 'month' },
    ],
    ['給与計算の代行をお願いします。\n報酬：30万円', { min: 300_000, max: 300_000, currency: 'JPY', unit: 'fixed' }],
    [
      'The client pays an average of $35/hr.\nWe offer $20/hr for this task.',
      { min: 20, max: 20, currency: 'USD', unit: 'hour' },
    ],
  ])('%s', (text, budget) => {
    expect(parseBudget(text)?.budget).toEqual(budget);
  });

  it.each([
    ['We have 3 years of data and 20 people.'],
    ['週3日、1日4時間'],
    ['Founded in 2019, 40 employees'],
    ['Our platform has led to more than $30 billion in financing.'],
    ['We delivered over $30bn in power projects.'],
    ['のれん分けプランをご用意しております。\n加盟店舗契約\n契約金\n100万円\n保証金\n30万円\nロイヤリティ\nなし'],
    [
      '会員は、違約金として、弊社手数料の2倍に相当する金額（その額が100万円に満たない場合は100万円）を支払うものとします。',
    ],
  ])('finds no pay in %s', (text) => {
    expect(parseBudget(text)).toBeNull();
  });
});

describe('skills', () => {
  it.each([
    ['ReactJS and Node developer with TypeScript', ['react', 'node.js', 'typescript']],
    ['Node.js backend, some Go', ['node.js', 'go']],
    ['GASでスプレッドシートを自動化', ['google-apps-script', 'google-sheets']],
    ['動画編集（Premiere Pro）とサムネイル制作', ['video-editing', 'premiere-pro', 'thumbnail-design']],
    ['ワードプレスでブログ構築、SEOライティング', ['wordpress', 'seo-writing']],
    ['日英翻訳の経験がある方', ['translation-ja-en']],
    ['Please react quickly and go ahead.', []],
  ])('%s', (text, ids) => {
    expect(
      extractSkills(text)
        .map((h) => h.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('has a taxonomy of unique lower-case hyphenated ids in both languages', () => {
    const skills = listSkills();
    expect(skills.length).toBeGreaterThan(1500);
    expect(new Set(skills.map((s) => s.id)).size).toBe(skills.length);
    for (const s of skills) {
      expect(s.id).toMatch(/^[a-z0-9.+#-]+$/);
      expect(s.en && s.ja && s.category).toBeTruthy();
    }
  });

  it('splits required skills by the profile', () => {
    const profile = profileSchema.parse({ skills: [{ id: 'react' }, { id: 'figma', level: 'learning' }] });
    const a = analyzeOffer({ text: 'React and Figma work, TypeScript a plus' }, profile);
    expect(a.skills).toEqual({
      required: ['react', 'figma', 'typescript'],
      matched: ['react'],
      missing: ['figma', 'typescript'],
    });
  });
});

const flagCases: [LiabilityFlagId, string, boolean][] = [
  ['unlimitedDamages', '受注者は本業務に関して生じた一切の損害を賠償するものとします。', true],
  ['unlimitedDamages', '損害賠償の上限は委託料とします。受注者は一切の損害を賠償する。', false],
  ['unlimitedDamages', 'Contractor shall indemnify and hold harmless the Client from any claims.', true],
  [
    'unlimitedDamages',
    'Contractor shall indemnify and hold harmless the Client; liability is limited to the fees paid.',
    false,
  ],
  ['ipTransfer', '納品物の著作権は当社に譲渡していただきます。', true],
  ['ipTransfer', 'All deliverables are work made for hire.', true],
  ['ipTransfer', '著作権は制作者に帰属し、当社は利用許諾を受けます。', false],
  ['ipTransfer', 'You retain copyright; we get a non-exclusive licence to use the artwork.', false],
  ['nda', '契約前に秘密保持契約を締結します。', true],
  ['nda', 'A standard NDA is required.', true],
  ['nda', 'We build dashboards.', false],
  ['personalData', '顧客リストを使ったメール配信作業です。', true],
  ['personalData', 'You will clean our customer data in Excel.', true],
  ['personalData', 'Please tell us your name and age when you apply.', false],
  ['offPlatformPayment', '詳しいやり取りは契約前にLINEでお願いします。', true],
  ['offPlatformPayment', 'Contact me on Telegram to discuss.', true],
  ['offPlatformPayment', 'Payment will be via Zelle after each task.', true],
  ['offPlatformPayment', 'All communication stays on Upwork.', false],
  ['upfrontFeeOrScam', '登録時に教材費として3,000円をご負担いただきます。', true],
  ['upfrontFeeOrScam', 'Clone our repo and run npm install, then tell us what you see.', true],
  ['upfrontFeeOrScam', 'We will send a check; deposit it and send the rest back to our vendor.', true],
  ['upfrontFeeOrScam', 'スマホ1台で月10万円！誰でも簡単に稼げる', true],
  ['upfrontFeeOrScam', 'We pay weekly through the platform.', false],
  ['onsiteOrExclusive', 'フルタイム（週5日）での参画をお願いします。', true],
  ['onsiteOrExclusive', '精算幅140-180h、客先常駐', true],
  ['onsiteOrExclusive', 'This is not a full-time role: about 10 hours a week.', false],
  ['onsiteOrExclusive', '出社不要、週10時間程度', false],
  ['latePayment', '支払いは納品後90日以内とします。', true],
  ['latePayment', 'Payment terms: net 90.', true],
  ['latePayment', '月末締め翌月末払い', false],
  ['latePayment', '支払いは翌々月末払いです。', true],
  ['disguisedEmployment', '毎朝9:00の朝礼に参加、勤務時間は9:00〜18:00。兼業禁止。', true],
  ['disguisedEmployment', 'Work any hours you like.', false],
  ['disguisedEmployment', 'Join our daily stand-up if you like.', false],
  [
    'disguisedEmployment',
    'Monday to Friday, 9:00–17:00, follow the instructions of our team lead; you may not work for other clients.',
    true,
  ],
  ['disguisedEmployment', '社員の指示に従って作業し、毎日日報を提出してください。', true],
  ['unlimitedDamages', 'You will indemnify us for any losses, with no cap on liability.', true],
  ['unlimitedDamages', '損害賠償の額は本契約の委託料を上限とする。', false],
  ['ipTransfer', 'The Artist irrevocably waives all moral rights in the Artwork.', true],
  ['ipTransfer', 'Copyright in the articles shall be owned jointly by the Agency and the Writer.', false],
  ['nda', 'We don’t require an NDA: everything is published.', false],
  ['nda', 'NDAの締結は不要です。', false],
  ['nda', 'Contractor shall hold in strict confidence all non-public information.', true],
  ['personalData', 'The shop scenarios are fictional; you will never see real customer data.', false],
  ['personalData', '会員の氏名・住所・電話番号をスプレッドシートに入力', true],
  ['personalData', 'Kindly reply with your full name, home address and phone number.', false],
  ['offPlatformPayment', 'オンラインで打ち合わせをします。', false],
  ['offPlatformPayment', 'We work online, mostly over Zoom.', false],
  ['offPlatformPayment', 'I’d like to continue on Telegram (@hr_team), as I don’t check X often.', true],
  ['offPlatformPayment', '教材費30,000円を下記の口座にお振込みください。', true],
  ['upfrontFeeOrScam', 'You earn $5 for each completed task: like and subscribe to our partners’ videos.', true],
  ['upfrontFeeOrScam', 'Sorry for the random DM! $2,000 per week, no experience required. Continue on WhatsApp.', true],
  ['upfrontFeeOrScam', '作業マニュアル（3,980円）をご購入いただき、作業開始となります。', true],
  ['upfrontFeeOrScam', 'No experience required; we train you on the job and pay through Upwork.', false],
  ['onsiteOrExclusive', 'Hybrid: 3 days per week on site in our Munich office.', true],
  ['onsiteOrExclusive', '月1回、本社での定例に出社をお願いします。', false],
  ['onsiteOrExclusive', 'You’re free to keep working with your other clients.', false],
  ['onsiteOrExclusive', '参画中は他社業務（副業を含む）との兼業はできません。', true],
  ['latePayment', 'Payable 90 days after final acceptance.', true],
  ['latePayment', 'Paid within 30 days of your invoice (Net 30).', false],
  ['latePayment', 'お支払いは検収から120日後に銀行振込となります。', true],
  ['latePayment', 'The final milestone is released 60 days after launch.', false],
];

describe('payment outside escrow depends on where the offer is', () => {
  const text = 'お支払いは納品後に銀行振込でお願いします。';
  it.each([
    ['lancers', true, false],
    ['crowdworks', true, false],
    ['email', false, false],
    [undefined, false, false],
  ] as const)('a bank transfer on %s → flag %s, escrow %s', (site, flagged, escrow) => {
    const a = analyzeOffer({ text, site });
    expect(a.liability.flags.offPlatformPayment?.value).toBe(flagged);
    expect(a.platformEscrow).toBe(escrow);
  });

  it('keeps escrow on a marketplace that says payment stays on it', () => {
    const a = analyzeOffer({ text: 'We will never ask you to take payment outside the platform.', site: 'upwork' });
    expect(a.liability.flags.offPlatformPayment?.value).toBe(false);
    expect(a.platformEscrow).toBe(true);
  });
});

describe('liability flags', () => {
  it.each(flagCases)('%s in “%s” → %s', (flag, text, expected) => {
    const result = analyzeOffer({ text }).liability.flags[flag];
    expect(result?.value).toBe(expected);
    if (expected) {
      // Every raised flag quotes words that really are in the text, at their offsets.
      for (const e of result?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(result?.evidence.length).toBeGreaterThan(0);
    }
  });

  it('flags missing terms when neither fee nor enough scope is written', () => {
    expect(analyzeOffer({ text: '案件あります。興味ある方DMください' }).liability.flags.missingTerms.value).toBe(true);
    expect(
      analyzeOffer({
        text: 'Fixed price $500. Build a five-page brochure site in WordPress with a contact form and a blog, due in 3 weeks.',
      }).liability.flags.missingTerms.value,
    ).toBe(false);
  });
});

describe('community tie', () => {
  const profile = profileSchema.parse({
    communities: [
      {
        id: 'c1',
        name: 'デザイン部',
        aliases: ['Design Club'],
        memberHandles: ['@mika_dsgn'],
        emailDomains: ['studio-k.jp'],
      },
    ],
    contacts: [{ id: 'p1', name: 'Ken Sato', handles: ['@kensato'], knownAs: 'former-colleague' }],
  });
  it.each([
    [{ text: 'Hi, quick job?', client: { handle: '@kensato' }, kind: 'dm' as const }, 'known-personally', 'Ken Sato'],
    [{ text: '田中さんからご紹介いただきました。', kind: 'dm' as const }, 'referral', null],
    [{ text: 'I saw you in the Design Club channel.', kind: 'dm' as const }, 'same-community', 'デザイン部'],
    [{ text: 'Hello', client: { email: 'yui@studio-k.jp' }, kind: 'dm' as const }, 'same-community', 'デザイン部'],
    [{ text: 'Hello', site: 'lancers', kind: 'job-post' as const }, 'platform', null],
    [{ text: 'Hello, I have a great opportunity', kind: 'dm' as const }, 'cold', null],
  ])('%j → %s', (input, tie, via) => {
    expect(analyzeOffer(input, profile).community).toEqual({ tie, via });
  });
});

describe('verdict', () => {
  it('is a valid analysis whose verdict equals the score of its own suggested checklist', () => {
    const a = analyzeOffer({
      text: 'フルリモート。報酬5万円。契約前にLINEで連絡ください。',
      site: 'lancers',
      kind: 'job-post',
    });
    expect(offerAnalysisSchema.safeParse(a).success).toBe(true);
    expect(
      scoreChecklist(suggestChecklist(a), createDefaultProfile(), {
        budget: a.budget,
        platformEscrow: a.platformEscrow,
      }),
    ).toEqual(a.verdict);
    expect(a.verdict.reasons[0]).toMatchObject({ item: 'liability', code: 'offPlatformPayment' });
  });

  it('makes a dealbreaker no-go, and a muted flag count for nothing', () => {
    const text = 'Remote. $40/hour. Please pay a small fee for the starter kit.';
    expect(analyzeOffer({ text }).verdict.level).toBe('no-go');
    const muted = profileSchema.parse({ dealbreakers: [], mutedFlags: ['upfrontFeeOrScam'] });
    expect(analyzeOffer({ text }, muted).verdict.level).toBe('go');
  });

  it('follows the user’s correction of the checklist', () => {
    const a = analyzeOffer({
      text: 'Fully remote, $50/hour, building React dashboards for our analytics team.',
      site: 'upwork',
    });
    const checklist = suggestChecklist(a);
    expect(scoreChecklist(checklist).level).toBe('go');
    checklist.liability.unlimitedDamages = {
      value: true,
      source: 'user',
      suggested: false,
      evidence: [],
      certainty: 'not-stated',
    };
    checklist.liability.offPlatformPayment = {
      value: true,
      source: 'user',
      suggested: false,
      evidence: [],
      certainty: 'not-stated',
    };
    expect(scoreChecklist(checklist).level).not.toBe('go');
  });

  it('marks an offer below the user’s minimum rate', () => {
    const profile = profileSchema.parse({
      preferences: { minimumRates: [{ currency: 'JPY', unit: 'hour', amount: 3000 }] },
    });
    const a = analyzeOffer({ text: 'フルリモート。時給1,500円。' }, profile);
    expect(a.verdict.reasons.map((r) => r.code)).toContain('below-minimum-rate');
  });
});
