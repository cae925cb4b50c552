import { any, type Rule } from './define';

/** The freelancer carries uncapped liability or indemnity. A stated cap anywhere in the text clears it. */
export const unlimitedDamages: Rule = {
  id: 'unlimitedDamages',
  description: 'Uncapped damages or indemnity fall on the freelancer.',
  scope: 'sentence',
  clearScope: 'text',
  negatable: true,
  unclearable: ['capExcepts'],
  raise: {
    // "EXCEPT FOR ... INDEMNIFICATION OBLIGATIONS, LIABILITY SHALL NOT EXCEED ...": the cap leaves the indemnity out.
    capExcepts:
      /except (?:for|with respect to)[^.\n]{0,80}indemnif[^.\n]{0,160}(?:shall not exceed|limited to|will not exceed)/,
    allDamagesJa:
      /一切の(?:損害|損失)|全ての損害|すべての損害|損害(?:の)?全額|あらゆる損害|損害(?:等)?(?:の)?一切(?!について)/,
    // A plain "その損害を賠償する" is the civil code's own duty, not a widened one: the damages must be all of
    // them, or include costs beyond the loss itself (attorneys' fees), or the costs of any handling at all.
    compensateJa:
      /損害[（(][^）)\n]{0,40}[）)]を(?:全て|すべて)?賠償|損害を(?:全て|すべて)賠償|(?:損害|損失)を補償|無制限(?:の)?(?:責任|賠償)|(?:費用|損害)[（(][^）)\n]{0,10}弁護士費用[^）)\n]{0,30}[）)](?:は|を)?[^。\n]{0,20}(?:負担|賠償|補償)/,
    uncapped:
      /unlimited liability|uncapped liability|without limitation as to amount|no (?:cap|limit)(?:ation)?s? (?:on|to) (?:your |the contractor's )?liability/,
    holdHarmless: /indemnify,? (?:defend,? )?and hold harmless/,
    indemnifyAll: any(
      /indemnif(?:y|ies)[^.\n]{0,80}(?:against|from|for) (?:any and all|all|any) (?:claims|losses|damages|liabilit)/,
      /liable for (?:any and )?all (?:damages|losses)/,
      /(?:responsible|liable) for (?:any|all) (?:consequential|indirect) (?:damages|losses)/,
    ),
  },
  clear: {
    capJa:
      /(?:賠償|損害)[^。\n]{0,40}(?:上限|を限度|限度とする|を超えない)|(?:上限|限度)[^。\n]{0,20}(?:委託料|報酬|受領)/,
    directOnlyJa: /直接かつ現実に生じた|通常(?:かつ直接)?の損害に限/,
    capEn:
      /limited to (?:the )?(?:fees|amount|total|amounts)|capped at|shall not exceed|(?<!no )liability cap|(?<!no )cap on (?:liability|damages)|aggregate liability[^.\n]{0,40}(?:exceed|limited)/,
    excludedEn: /not (?:be )?liable for (?:any )?(?:indirect|consequential)/,
  },
  examples: {
    match: [
      '受注者は本業務に関して生じた一切の損害を賠償するものとします。',
      '乙は甲に生じた損害の一切を賠償する責任を負う',
      '受託者は、委託者に生じた損害（弁護士費用を含む）を賠償する責任を負う。',
      'その対応に要した費用（弁護士費用、人件費、交通費等を含む）は当該ユーザーが負担するものとします',
      'Contractor shall indemnify and hold harmless the Client from any claims.',
      'You will indemnify us for any losses, with no cap on liability.',
      'EXCEPT FOR INDEMNIFICATION OBLIGATIONS, EACH PARTY’S AGGREGATE LIABILITY SHALL NOT EXCEED THE FEES PAID.',
    ],
    noMatch: [
      '損害賠償の上限は委託料とします。受注者は一切の損害を賠償する。',
      'Contractor shall indemnify and hold harmless the Client; liability is limited to the fees paid.',
      '損害賠償の額は本契約の委託料を上限とする。',
      'Neither party is liable for consequential damages.',
      '乙は、制作物の使用から生じたいかなる損害についても、一切責任を負わない。',
      '会員が本規約に違反し、当社に損害を与えた場合、会員はその損害を賠償する責任を負うものとします。',
    ],
  },
};
