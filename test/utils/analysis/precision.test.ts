import { describe, expect, it } from 'vitest';
import { analyzeOffer, openQuestions, suggestChecklist } from '../../../utils/analysis';
import { offerAnalysisSchema } from '../../../utils/schema/analysis';
import { checklistSchema } from '../../../utils/schema/checklist';
import { createDefaultProfile, profileSchema } from '../../../utils/schema/profile';

// "Walk away" is the answer that makes a freelancer drop an offer: it must come from explicit
// evidence only. Legitimate-looking offers, however strict their terms, stop at "Check first".
const legitimate: [string, Parameters<typeof analyzeOffer>[0]][] = [
  [
    'an Upwork job with tasks defined per milestone',
    {
      site: 'upwork',
      kind: 'job-post',
      text: 'We need a React developer for our analytics dashboard. Each task will be clearly defined in the milestone before you start. Hourly, $40-60. Payment through Upwork.',
      trust: { paymentVerified: true, rating: 5, reviews: 29 },
    },
  ],
  [
    'a contract with uncapped damages, IP transfer, NDA and on-site days',
    {
      site: 'contract',
      kind: 'job-post',
      text: '受注者は本業務に関して生じた一切の損害を賠償するものとします。成果物の著作権は甲に譲渡する。秘密保持契約を締結します。週3日、客先常駐。支払いは翌々月末払い。',
    },
  ],
  [
    'an SES agency e-mail with person-month pricing',
    {
      site: 'email',
      kind: 'dm',
      text: '見合う要員様がおりましたら、ご提案をよろしくお願いいたします。\n【単価】\n60万\n精算：140-180h\n場所：中野 ※出社のみ',
    },
  ],
  [
    'a job post built on LINE with the platform fee notice',
    {
      site: 'crowdworks',
      kind: 'job-post',
      text: 'LINE公式アカウントのリッチメニューを構築してください。お客様からのLINEでの問い合わせにも対応できる形にしたいです。報酬からシステム利用料が差し引かれます。報酬：5万円',
    },
  ],
  [
    'a recruiter message asking for a call on Zoom',
    {
      site: 'email',
      kind: 'dm',
      text: 'Our client is looking for a senior Go engineer, fully remote, full-time, $120k-$150k a year. Would you be open to a call on Zoom next week?',
    },
  ],
];

describe('walk away only on explicit evidence', () => {
  it.each(legitimate)('%s never walks away', (_name, input) => {
    const a = analyzeOffer(input);
    expect(a.verdict.level).not.toBe('no-go');
  });

  it('still walks away from a fee the freelancer must pay, and from payment outside escrow', () => {
    expect(
      analyzeOffer({ text: '登録時に教材費として3,000円をご負担いただきます。', site: 'crowdworks' }).verdict.level,
    ).toBe('no-go');
    expect(
      analyzeOffer({
        kind: 'dm',
        text: 'Sorry for the random DM! $2,000 per week, no experience required. Continue on WhatsApp: +1 555 0100',
      }).verdict.level,
    ).toBe('no-go');
  });

  it('stops a scam shape without a fee at "Check first", even as the user’s dealbreaker', () => {
    const profile = profileSchema.parse({ dealbreakers: ['upfrontFeeOrScam'] });
    const a = analyzeOffer({ text: 'Clone our repo and run npm install, then tell us what you see.' }, profile);
    expect(a.liability.flags.upfrontFeeOrScam).toMatchObject({ value: true, certainty: 'likely' });
    expect(a.verdict.level).toBe('caution');
  });

  it('weighs uncapped damages more in a direct deal than through an agent', () => {
    const clause = '受注者は本業務に関して生じた一切の損害を賠償するものとします。';
    const direct = analyzeOffer({ site: 'contract', text: `弊社と直接契約となります。${clause}` });
    const agent = analyzeOffer({ site: 'contract', text: `エージェント経由でのご紹介となります。${clause}` });
    expect(direct.intermediary.value).toBe('direct');
    expect(agent.intermediary.value).toBe('agent');
    expect(direct.verdict.score).toBeLessThan(agent.verdict.score);
  });

  it('does not call the sender of a scam-shaped post a direct client', () => {
    const post = analyzeOffer({
      site: 'generic',
      text: 'Clone our repo and run npm install, then tell us what you see.',
    });
    expect(post.liability.flags.upfrontFeeOrScam.value).toBe(true);
    expect(post.intermediary.value).toBe('unknown');
    const honest = analyzeOffer({ site: 'generic', text: 'Our npm package needs a README. Budget $200.' });
    expect(honest.intermediary.value).toBe('direct');
  });
});

describe('certainty', () => {
  it('says which answers the text states, and lists the others as questions for the client', () => {
    const a = analyzeOffer({
      site: 'lancers',
      text: 'フルリモートでお願いします。報酬：5万円。秘密保持が必要な場合は別途ご相談します。',
    });
    expect(a.certainty.remote).toBe('stated');
    expect(a.liability.flags.nda).toMatchObject({ value: false, certainty: 'likely' });
    const questions = openQuestions(suggestChecklist(a));
    expect(questions.map((q) => q.item)).toContain('nda');
    expect(questions.map((q) => q.item)).not.toContain('remote');
  });

  it('reads a checklist saved before certainty existed', () => {
    const old = suggestChecklist(analyzeOffer({ text: 'Remote.' }));
    const { certainty: _drop, ...remote } = old.remote;
    const { intermediary: _none, ...rest } = old;
    const parsed = checklistSchema.parse({ ...rest, remote });
    expect(parsed.remote.certainty).toBe('likely');
    expect(parsed.intermediary).toBeUndefined();
    const analysis = offerAnalysisSchema.parse({
      ...analyzeOffer({ text: 'Remote.' }, createDefaultProfile()),
      intermediary: undefined,
      certainty: undefined,
    });
    expect(analysis.intermediary.value).toBe('unknown');
  });
});
