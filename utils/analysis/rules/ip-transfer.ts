import { any, type Rule } from './define';

/** Deliverables, copyright or IP pass to the client; retained rights or a licence clear it. */
export const ipTransfer: Rule = {
  id: 'ipTransfer',
  description: 'Copyright or other IP in the work passes to the client.',
  scope: 'sentence',
  negatable: true,
  raise: {
    copyrightJa:
      /(?:著作権|知的財産権|知的所有権)(?:等)?(?:[(「][^)」\n]{0,200}[)」])?[^。\n]{0,60}?(?:譲渡|移転|帰属|買取|買い取り)/,
    moralRightsJa: /著作者人格権(?:を|は)?[^。\n]{0,10}(?:行使しない|不行使|行使しません)/,
    buyoutJa:
      /(?:納品物|成果物|作品|データ|デザイン)[^。\n]{0,20}(?:買取|買い取り|譲渡)|(?:買取|譲渡)(?:型|契約|での)|権利[^。\n]{0,10}(?:買取|譲渡)/,
    workForHire: /works? made for hire|\bwork for hire\b/,
    assignAll: any(
      /all (?:rights|right, title,? and interest|intellectual property)[^.\n]{0,80}(?:assign|transfer|belong|vest)/,
      /(?:assign|transfer)s? (?:all|full|any and all|exclusive) (?:rights|ownership|copyright|intellectual)/,
      /assigns? to (?:the |our )?[^.\n]{0,30}all right,? title,? and interest/,
      /(?:copyright|intellectual property|\bIP\b|ownership)[^.\n]{0,50}(?:will|shall) (?:be(?:long)?|transfer|vest|pass)[^.\n]{0,20}(?:to )?(?:the client|us|company|our|the company|the buyer)/,
      /(?:ownership|copyright|intellectual property|\bIP\b)[^.\n]{0,40}(?:shall|will) (?:transfer|vest|pass|belong) to you\b/,
      // The deliverables themselves become the client's: "Deliverables … belong to the client once fees are paid".
      /\b(?:deliverables|work product|all work (?:product|created)|the (?:final )?work)\b[^.\n]{0,60}\b(?:belongs?|shall belong|will belong|become|becomes|shall become|will become|are|is) (?:to |the (?:sole |exclusive )?property of )?(?:the client|the customer|the company|us)\b(?! (?:for review|for approval))/,
      /(?:intellectual property|code|deliverables|work product|work|models|designs?|rights)[^.\n]{0,60}(?:are|is|will be|shall be) (?:assigned|transferred) to/,
      /transfers? to (?:us|the client|the company) outright|full (?:ownership|copyright) (?:of|to|for)|exclusive (?:ownership|rights) (?:of|to)/,
    ),
    // Ownership said in other words: "the property of the client", "we will own", "belongs to us".
    ownedEn: any(
      /(?:deliverables|work product|all work|everything|code|designs?|content|materials?|source code|artwork)[^.\n]{0,60}(?:will|shall) (?:be(?:come)?|remain) (?:the )?(?:sole |exclusive )?property of (?:the )?(?:client|company|us|buyer|customer)/,
      /(?:the client|we|the company|the buyer) (?:will|shall) (?:fully |exclusively )?own (?:all|the|full|any)\b[^.\n]{0,40}(?:rights|code|work|deliverables|designs?|IP|intellectual|content|copyright)/,
      /(?:ownership|copyright|intellectual property|\bIP\b)[^.\n]{0,40}(?:transfers?|passes|belongs?|vests?) (?:entirely |fully |exclusively )?to (?:the client|us|the company|the buyer|our company)/,
      /assignment of (?:all )?(?:intellectual property|copyright|\bIP\b)|full (?:commercial )?rights to (?:the|all)\b|\bbuy-?out\b (?:of )?(?:all )?rights/,
    ),
    assignedEn: /copyright (?:is|will be|shall be) (?:automatically )?(?:assigned|transferred)/,
    moralRights: /moral rights?[^.\n]{0,20}waive|waives? (?:all |any )?moral rights/,
  },
  clear: {
    retainedJa:
      /(?:著作権|権利)(?:は|を)?[^。\n]{0,10}(?:受注者|制作者|ランサー|ワーカー|クリエイター|あなた|乙|作成者)に(?:帰属|留保)|(?:著作権|知的財産権)[^。\n]{0,60}(?:メンバー|会員|ユーザー?|投稿者|出品者|本人)(?:自身)?に(?:帰属|留保)|帰属したまま|(?:譲渡|移転)されない限り|(?:著作権|権利)(?:は)?(?:譲渡|移転)(?:しません|いたしません|されません|しない)/,
    sharedJa: /共有(?:とする|します|となります)|利用許諾/,
    retainedEn:
      /(?:you|freelancer|contractor|designer|writer|artist) (?:will |shall )?retains? (?:all |the |full )?(?:copyright|ownership|rights|IP)|licen[cs]e (?:back|to use)|non-exclusive licen[cs]e|jointly owned|joint ownership|owned jointly/,
  },
  clearScope: 'sentence',
  examples: {
    match: [
      'Deliverables created specifically for the engagement belong to the client once fees are paid in full.',
      '納品物の著作権は当社に譲渡していただきます。',
      '著作権（著作権法第27条及び第28条の権利を含む）は、検収完了時に甲に移転するものとします。',
      '成果物は買取となります。',
      'Full Intellectual Property ownership shall transfer to you on receipt of payment for the work undertaken.',
      'All deliverables are work made for hire.',
      'The Artist irrevocably waives all moral rights in the Artwork.',
      '本件成果物に関する著作権（著作権法第27条および第28条に定める権利、並びに翻案・二次利用に関する一切の権利を含みます）は、委託料の支払いをもって発注者に移転します。',
      '【権利】買取・譲渡',
      'All code and designs will be the sole property of the client.',
      'Ownership of the deliverables transfers to the company on final payment.',
      'The client will own all rights to the final artwork.',
    ],
    noMatch: [
      'Deliverables are sent to the client for review every Friday.',
      'メンバーが本サービス上で投稿した文章や写真の著作権等の知的財産権は、原則としてそのメンバー自身に帰属します。',
      '成果物の著作権等の権利（著作権法第27条、第28条の権利を含みます）は、会員間取引によって譲渡されない限り、作成した会員に帰属します。',
      '著作権は制作者に帰属し、当社は利用許諾を受けます。',
      '著作権は制作者に帰属したままとします。',
      'You retain copyright; we get a non-exclusive licence to use the artwork.',
      'Copyright in the articles shall be owned jointly by the Agency and the Writer.',
      'You keep the property of your own templates; we get a licence to use them.',
      '著作権は譲渡しません。',
    ],
  },
};
