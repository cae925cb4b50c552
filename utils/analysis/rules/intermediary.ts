import { any, type Rule } from './define';

/** An agency, SES chain or recruiter stands between the freelancer and the end client. */
export const agent: Rule = {
  id: 'agent',
  description: 'An agent, recruiter or SES chain places the work for an end client.',
  scope: 'sentence',
  negatable: true,
  raise: {
    agencyJa:
      /(?<!AI\s?|ＡＩ|生成AI)エージェント(?!\s?(?:開発|の開発|を開発|機能|システム|ツール|アプリ|SDK|フレームワーク))(?:経由|として|より|から|サービス)?|人材紹介|人材派遣|派遣(?:社員|契約|元)|\bSES\b|商流|元請|二次請け|三次請け|エンド(?:企業|クライアント|ユーザー)様?|弊社(?:の)?(?:クライアント|取引先)|クライアント企業様?(?:の|が|で)|(?:案件|お仕事|求人|ポジション)(?:を|の)?(?:ご)?紹介|ご紹介(?:できる|する|します|させていただ(?:きます|く))(?:案件)?|非公開求人|キャリア(?:アドバイザー|コンサルタント)(?:が|による|から)/,
    sesJa:
      /最大稼働可能日数|技術者様|要員(?:様)?|貴社(?:所属|社員|プロパー|様の)|並行営業|人材情報|案件情報|(?:要員|技術者|人材)(?:様)?(?:の|を)?ご提案|ご提案(?:お待ちしております|をよろしく|頂けますと|いただけますと|願います)|見合う(?:方|要員|技術者|人材)|(?:弊社|当社)経由|BP様|ビジネスパートナー|個人事業主(?:様)?(?:可|OK|まで|不可)|面談[^。\n]{0,8}(?:弊社|当社)(?:営業)?同席|[（(](?:弊社|当社)(?:営業)?同席[）)]|(?:弊社|当社)?直(?:ユーザー?|エンド|請け)(?:様)?(?:の)?案件|スキル見合い|【面談回数】|面談回数\s?[:：]\s?[1-3１-３](?:\s?[〜~～-]\s?[1-3１-３])?\s?回/,
    partnerJa:
      /準委任[^。\n]{0,30}(?:パートナー|弊社|協力会社|経由)|(?:パートナー|協力会社)(?:様)?(?:経由|として|との)/,
    agencyEn: any(
      /our client (?:is|are) (?:looking|seeking|hiring|searching)|(?:on behalf of|representing) (?:our|a|an|one of our) (?:client|customer)/,
      /(?:I am|I'm|we are|we're) (?:a |an )?(?:recruiter|recruiting|staffing|talent) (?:agency|firm|partner|consultant|for)?/,
      /\brecruiter\b|headhunter|talent acquisition (?:partner|specialist)|career (?:alignment )?coach|job hunting business|I represent (?:a|an|our) client|staffing (?:agency|firm|company)|recruitment (?:agency|firm|consultancy)|talent (?:agency|partner)|placement (?:agency|firm)|(?:end|final) client|client of ours/,
      // A recruiter's pitch: a role "for an exciting company", and a referral asked for.
      /\b(?:I|we) (?:need|am looking for|are looking for|have|am hiring) (?:an?|a few|several) [^.\n]{0,60}\bfor (?:an?|one) (?:exciting |great |growing |fast-growing |well-funded |stealth |leading |top )+(?:company|client|startup|firm)\b|would you know (?:anyone|someone|somebody) (?:interested|who)/,
      // US staffing: the right to represent a candidate, résumés sent to a client, W2 or C2C terms.
      // An agency's name or role: "Team Zeta (Hiring Agency)", "Rapid Recruitment Asia Pte Ltd", a job board
      // "partnered with an external client", roles a recruiter is "helping to fill".
      /\b(?:hiring|recruitment|recruiting|staffing|manpower) (?:agency|agencies|partner)\b|\b(?:recruitment|staffing|manpower)(?: [a-z]+)? (?:pte|ltd|llc|inc|limited|group|services|solutions)\b|(?:partnered|partnering|working) with (?:an? )?(?:external|outside|third[- ]party) client\b|\b(?:roles|positions|opportunities|jobs) (?:I am|I'm|we are|we're) (?:helping to fill|helping fill|recruiting for)\b/,
      /\bRTR\b|right to represent|submit (?:your|my) (?:resume|profile|candidature|candidacy) (?:to|for)\b|\b(?:W2|C2C|corp[- ]to[- ]corp)\b|(?:my|our) client\b(?!s)|the client is\b/,
    ),
    // Both defined parties named together: the Agency places the Contractor with the Client.
    definedAgency:
      /\b[Tt]he (?:Agency|Employment Business|Recruitment Business)\b[^.\n]{0,80}\b[Tt]he Client\b|\b[Tt]he Client\b[^.\n]{0,80}\b[Tt]he (?:Agency|Employment Business|Recruitment Business)\b/,
  },
  // "the Agency" as a contract's defined party, not any agency a text mentions.
  caseSensitive: ['definedAgency'],
  examples: {
    match: [
      'ご希望にあった案件が発生した際に候補者として優先的にご紹介させていただきます。',
      '無料で非公開求人をLINEで受け取る',
      'Team Lead .Net Developer, Team Zeta (Hiring Agency), Karachi',
      'Company Name : Rapid Recruitment Asia Pte Ltd',
      "We've recently partnered with an external client to develop an app.",
      'Some JavaScript opportunities I am helping to fill are at funded start-ups.',
      'Any such item shall belong to the Client or the Agency as appropriate.',
      'エージェント経由でのご紹介となります。',
      '見合う要員様がおりましたら、ご提案をよろしくお願いいたします。',
      '商流：エンド→元請→弊社',
      'Our client is looking for a senior React developer.',
      'I am a recruiter at a staffing agency.',
      'Please confirm the RTR so I can submit your resume to the client.',
      'I need an Engineering Manager for an exciting company in SF.',
      '今回は、ECサイト開発のお仕事をご紹介します。',
      '【面談回数】1回(弊社同席)',
      '単価：スキル見合い',
      '【面談回数】\n1～2回',
    ],
    noMatch: [
      '弊社の新サービスをご紹介させてください。',
      'Our recruiting team will contact you.',
      '弊社のWebサイトを改修したいです',
      'We are a small studio hiring for our own app.',
      'エージェントは介しません',
      '作業は当社オフィスで行い、打ち合わせには当社同席のもと進めます。',
      'We build dashboards for our clients in retail.',
      'We are a design agency in Leeds.',
      'The Writer shall indemnify and hold harmless the Agency and its clients.',
      'We need a writer for a company newsletter.',
      'I need a logo designer for a startup I am founding.',
    ],
  },
};

/** The end client contracts the freelancer itself. */
export const direct: Rule = {
  id: 'direct',
  description: 'The end client contracts and pays the freelancer directly.',
  scope: 'sentence',
  negatable: true,
  raise: {
    ja: /直接(?:ご)?契約|(?:弊社|当社)と(?:直接)?(?:業務委託)?契約|(?:弊社|当社)(?:から|より)(?:直接)?(?:お支払い|お振込)|請求書(?:を|で|にて)/,
    en: /direct (?:contract|engagement|hire)|contract (?:directly )?with us|invoice us|(?:we|I) (?:will )?pay you directly|send (?:us |me )?(?:an |your )?invoice/,
  },
  examples: {
    match: ['弊社と直接契約となります。', 'You will invoice us monthly.'],
    noMatch: ['直接のやり取りは禁止です', 'Payment through the platform.'],
  },
};

/** A marketplace's own terms: deals between members through the service, its escrow, no direct deals. */
export const platformTerms: Rule = {
  id: 'platformTerms',
  description: "The text is a marketplace's terms for deals made through it.",
  scope: 'sentence',
  negatable: false,
  raise: {
    ja: /(?:会員|ユーザー?|利用者)間(?:の)?取引|(?:クライアント|発注者|依頼者)(?:と|・|及び|および)(?:ワーカー|受注者|出品者|ランサー)(?:と)?(?:の)?間(?:の|で)?(?:取引|契約|紛争)|収納代行|代理受領|本サービス(?:を|上で|上の|を通じ|を介)[^。\n]{0,20}(?:取引|依頼|受注|発注|契約)|本サービスを介さず(?:に)?直接取引|仮払い|エスクロー/,
    en: /(?:through|via|on|outside) the (?:Platform|Marketplace|Site)\b[^.\n]{0,40}(?:contract|transaction|payment|engagement|project)|\b(?:Platform|Marketplace) (?:fees?|escrow)\b|\bthe (?:Platform|Marketplace)\b[^.\n]{0,40}\bescrow\b|\bescrow (?:account|payment|service) (?:of|provided by) the (?:Platform|Marketplace)\b/,
  },
  caseSensitive: ['en'],
  examples: {
    match: [
      '会員は、本サービスを介さずに直接取引をしてはならないものとします。',
      '会員間取引によって成立した契約について、当社は当事者となりません。',
      '運営者は、クライアントとワーカー間の取引の当事者ではありません。',
      'ワーカーは、運営者に対して報酬を代理して受領する権限（代理受領権）を付与するものとします。',
      'Payments for contracts made through the Platform are held in escrow.',
    ],
    noMatch: ['弊社と直接契約となります。', 'We pay through PayPal.', 'Our platform helps restaurants take orders.'],
  },
};
