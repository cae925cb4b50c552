import type { Rule } from './define';

/** An NDA or confidentiality duty is required, also when it never says "NDA". "If needed" stays false. */
export const nda: Rule = {
  id: 'nda',
  description: 'A non-disclosure agreement or confidentiality duty is required.',
  scope: 'clause',
  clearScope: 'sentence',
  negatable: true,
  conditional:
    /(?:必要な|要する)場合|必要に応じ|場合によって|場合があります|if (?:needed|necessary|required|applicable)|when (?:needed|required)|(?:may|might|could) (?:be )?(?:required|needed|ask)|upon request|optional/,
  caseSensitive: ['definedTerm'],
  raise: {
    definedTerm: /\bConfidential Information\b/,
    ndaJa: /秘密保持(?:契約|誓約|義務)?|守秘義務|機密保持|機密情報の取り扱い/,
    ndaEn: /\bNDAs?\b|non-disclosure|confidentiality (?:agreements?|clauses?|obligations?|undertakings?)/,
    confidenceEn:
      /hold in (?:strict )?confidence|keep (?:[^.\n]{0,40} )?(?:strictly )?confidential|(?:shall|must|will) (?:not )?(?:disclose|divulge)[^.\n]{0,40}(?:confidential|third part)|treat[^.\n]{0,30}as confidential/,
  },
  clear: {
    notNeededJa: /(?:NDA|秘密保持契約|秘密保持)(?:の締結)?(?:は)?(?:不要|なし|ありません|必要ありません)/,
    notNeededEn:
      /no NDA|NDA (?:is )?not (?:required|needed)|(?:don't|do not|won't|will not) (?:require|need|ask for) an NDA|without (?:an )?NDA/,
  },
  examples: {
    match: [
      '契約前に秘密保持契約を締結します。',
      '業務上知り得た情報には守秘義務があります。',
      'A standard NDA is required.',
      'Contractor shall hold in strict confidence all non-public information.',
      'You will be required to sign a Nondisclosure Agreement.',
      'Upon termination, each Party shall return or destroy Confidential Information.',
    ],
    noMatch: [
      'We build dashboards.',
      'NDAの締結は不要です。',
      '秘密保持が必要な場合は別途ご相談します。',
      'We don’t require an NDA: everything is published.',
      'NDA only if needed.',
    ],
  },
};
