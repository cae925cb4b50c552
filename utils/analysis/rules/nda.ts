import { any, type Rule } from './define';

/** An NDA or confidentiality duty is required, also when it never says "NDA". "If needed" stays false. */
export const nda: Rule = {
  id: 'nda',
  description: 'A non-disclosure agreement or confidentiality duty is required.',
  scope: 'clause',
  clearScope: 'sentence',
  negatable: true,
  conditional:
    /(?:必要な|要する)場合|必要に応じ|場合によって|場合があります|if (?:needed|necessary|required|applicable)|when (?:needed|required)|(?:may|might|could) (?:be )?(?:required|needed|ask)|upon request|optional|if (?:the client |we |they )?(?:requests?|asks?)|可能性があります|ことがあります|求められた場合|必要であれば/,
  caseSensitive: ['definedTerm'],
  raise: {
    definedTerm: /\bConfidential Information\b/,
    ndaJa: /秘密保持(?:契約|誓約|義務)?|守秘義務|機密保持|機密情報の取り扱い/,
    ndaEn: /\bNDAs?\b|non-disclosure|confidentiality (?:agreements?|clauses?|obligations?|undertakings?)/,
    // Confidentiality duties in other words: 秘密厳守, 漏洩禁止, 口外しない, "maintain the confidentiality".
    dutyJa: any(
      /秘密厳守|他言無用|社外秘|機密(?:情報|事項)(?:を|の|は)/,
      /(?:情報|データ|内容|資料)(?:の|を)?(?:漏洩|漏えい|流出|持ち出し)(?:は|・[^。\n]{0,10})?(?:禁止|厳禁|しない|のないよう|することのない)/,
      /(?:口外|他言)(?:は)?(?:禁止|厳禁|しない|しません|無用)|第三者に(?:開示|漏洩|漏えい|口外)(?:しない|してはならない|せず|することのない|することを禁|禁止)/,
      // What the work reveals kept to oneself: 業務上知り得た情報を漏らしてはならない.
      /知り得た[^。\n]{0,12}(?:情報|秘密|事項)(?:を|は)?[^。\n]{0,16}(?:漏らし|漏洩し|漏えいし|開示し|口外し)(?:てはならない|ない|ません)/,
    ),
    dutyEn: any(
      /maintain (?:the |strict |full |complete )?confidentiality|(?:strict|full|absolute|complete|utmost) confidentiality/,
      /confidentiality (?:is|will be) (?:required|expected|essential|a must|mandatory|key)/,
      /(?:all|any) (?:information|materials?|data|details|documents)[^.\n]{0,60}(?:is|are|remain|shall remain|must remain|will remain) (?:strictly )?confidential\b/,
      /(?:not|never) (?:share|disclose|discuss|reveal|divulge)[^.\n]{0,50}(?:third parties|third party|anyone|publicly|the public)/,
      /confidential information[^.\n]{0,60}(?:will|shall|must) not be (?:divulged|disclosed|shared|revealed)/,
    ),
    confidenceEn:
      /hold in (?:strict )?confidence|keep (?:[^.\n]{0,40} )?(?:strictly )?confidential|(?:shall|must|will) (?:not )?(?:disclose|divulge)[^.\n]{0,40}(?:confidential|third part)|treat[^.\n]{0,30}as (?:strictly |highly )?confidential|keep (?:any |all |the )?confidential information (?:private|secret)|(?:divulge|disclose)[^.\n]{0,60}information (?:that is|which is) (?:proprietary|confidential)/,
  },
  clear: {
    // The employer promises discretion to applicants: no duty on the freelancer.
    applicantsEn:
      /(?:applications?|applicants?|your (?:details|information|application|enquiry)|salary)[^.\n]{0,30}(?:treated|kept|held|handled) (?:as |in |with )?(?:strict(?:est)? )?confiden/,
    notNeededJa: /(?:NDA|秘密保持契約|秘密保持)(?:の締結)?(?:は)?(?:不要|なし|ありません|必要ありません)/,
    notNeededEn:
      /no NDA|NDA (?:is )?not (?:required|needed)|(?:don't|do not|won't|will not) (?:require|need|ask for) an NDA|without (?:an )?NDA/,
  },
  examples: {
    match: [
      'You will protect such information and treat it as strictly confidential.',
      'Both parties agree to keep confidential information private.',
      '受託者は業務上知り得た情報を漏らしてはならない。',
      'Both parties agree that any confidential information shared regarding the project will not be divulged to other parties.',
      '契約前に秘密保持契約を締結します。',
      '業務上知り得た情報には守秘義務があります。',
      'A standard NDA is required.',
      'Contractor shall hold in strict confidence all non-public information.',
      'You will be required to sign a Nondisclosure Agreement.',
      'Upon termination, each Party shall return or destroy Confidential Information.',
      '依頼内容を第三者に漏洩しないよう、秘密厳守でお願いします。',
      '（データの持ち出し・漏洩は禁止です）',
      'We will maintain the confidentiality of any information you give us.',
      'All materials you receive remain strictly confidential.',
      'You must not share the designs with third parties.',
    ],
    noMatch: [
      'We build dashboards.',
      'NDAの締結は不要です。',
      '秘密保持が必要な場合は別途ご相談します。',
      'We don’t require an NDA: everything is published.',
      'NDA only if needed.',
      '案件によってはNDAを締結いただく可能性があります。',
      'Our client’s name is confidential until the interview.',
      'All applications will be treated as confidential.',
      '機密保持契約は、求められた場合に締結します。',
    ],
  },
};
