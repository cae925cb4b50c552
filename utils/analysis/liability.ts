import type { Evidence, LiabilityFlagId } from '../schema/analysis';
import { findEvidence, near } from './evidence';

export interface FlagResult {
  value: boolean;
  evidence: Evidence[];
}

// Each rule: what raises the flag, and what clears it when it stands nearby (a cap, a retained right…).
interface Rule {
  raise: RegExp;
  clear?: RegExp;
  /** How far from a raising match a clearing one still counts; the whole text when absent. */
  radius?: number;
}

const RULES: Record<Exclude<LiabilityFlagId, 'missingTerms' | 'latePayment'>, Rule> = {
  unlimitedDamages: {
    raise:
      /一切の損害|全ての損害|すべての損害|損害(?:の)?全額|損害を(?:全て|すべて)?賠償|損害賠償責任を負う|無制限(?:の)?(?:責任|賠償)|unlimited liability|uncapped liability|indemnify(?:,)? (?:defend )?and hold harmless|indemnify (?:the client|us|company) (?:against|for|from) (?:any|all)|liable for (?:any and )?all (?:damages|losses)|consequential damages/gi,
    clear:
      /上限|限度とする|を限度|を超えない|直接かつ現実に生じた|通常(?:かつ直接)?の損害に限|limited to (?:the )?(?:fees|amount|total)|capped at|shall not exceed|liability cap|cap on liability|not (?:be )?liable for (?:any )?(?:indirect|consequential)/gi,
    radius: 160,
  },
  ipTransfer: {
    raise:
      /著作権(?:等)?(?:及び|および|・)?[^。\n]{0,20}(?:は|を)?[^。\n]{0,10}(?:譲渡|帰属|移転)|著作者人格権(?:を|は)?[^。\n]{0,6}(?:行使しない|不行使)|works? made for hire|work for hire|all (?:rights|right, title and interest|intellectual property)[^.\n]{0,60}(?:assign|transfer|belong|vest)|(?:assign|transfer)s? (?:all|full) (?:rights|ownership|copyright)|(?:copyright|intellectual property|IP)[^.\n]{0,40}(?:will|shall) (?:be(?:long)?|transfer|vest)[^.\n]{0,20}(?:to )?(?:the client|us|company|our)|moral rights?[^.\n]{0,20}waive/gi,
    clear:
      /著作権(?:は|を)?[^。\n]{0,10}(?:受注者|制作者|ランサー|ワーカー|クリエイター|あなた)に(?:帰属|留保)|(?:you|freelancer|contractor) (?:will |shall )?retain (?:all |the )?(?:copyright|ownership|rights)|licen[cs]e (?:back|to use)|non-exclusive licen[cs]e|共有(?:とする|します)|jointly owned|joint ownership/gi,
    radius: 200,
  },
  nda: {
    raise: /秘密保持(?:契約)?|守秘義務|機密保持|NDA|non-disclosure|confidentiality agreement/gi,
    clear: /NDA(?:は)?(?:不要|なし)|no NDA|NDA not required/gi,
    radius: 40,
  },
  personalData: {
    raise:
      /個人情報|顧客(?:情報|データ|リスト|名簿)|会員(?:情報|データ|名簿)|名簿|注文(?:情報|データ)|決済情報|クレジットカード|メールアドレス(?:リスト|一覧)|customer (?:data|list|records|information|emails?)|personal (?:data|information)|\bPII\b|mailing list|email list|payment (?:data|information|details)|credit card|patient (?:data|records)|GDPR|member (?:data|list|information)|call recordings?|通話録音/gi,
  },
  offPlatformPayment: {
    raise:
      /(?:LINE|ライン|Telegram|テレグラム|WhatsApp|Signal|Skype|Chatwork|チャットワーク|Discord|WeChat|Kakao)\s?(?:で|に|へ|を|ID|id|追加|登録|交換|にて)|(?:contact|message|text|reach|add|chat with) (?:me|us) (?:on|via|at) (?:telegram|whatsapp|signal|skype|wechat|discord)|(?:telegram|whatsapp|signal|wechat)(?: (?:id|number|me|app))?\s?[:：@+]|外部(?:サイト|ツール|サービス)(?:で|にて|へ)|直接(?:契約|取引|お振込|振込|やり取り|やりとり|連絡)|(?:サイト|プラットフォーム)外(?:で|の)|銀行振込|(?:direct|bank) (?:bank )?(?:transfer|deposit|wire)|outside (?:of )?(?:upwork|fiverr|freelancer|the platform|this platform|the site)|off[- ]platform|escrow (?:company|service|agent)|pay(?:ment)? (?:via|by|through) (?:paypal|wise|crypto|bitcoin|usdt)|\b(?:zelle|venmo|cash ?app|western union)\b/gi,
  },
  upfrontFeeOrScam: {
    raise:
      /(?:教材|研修|登録|マニュアル|ツール|システム利用|初期|講座|サポート|入会|保証)(?:費|料|代|金)(?:用)?(?:として)?[^。\n]{0,20}(?:円|負担|お支払|支払)|(?:ご)?負担いただ|保証金|デポジット|registration fee|training fee|starter kit|application fee|(?:pay|send|deposit) (?:a |the )?(?:small )?(?:fee|deposit)|purchase (?:the |your own |our )?(?:equipment|kit|software|training)|gift cards?|(?:cashier'?s )?(?:check|cheque)[^.\n]{0,40}(?:deposit|overpa)|send (?:back )?the (?:rest|difference|remaining|excess)|overpa(?:y|id|yment)|clone (?:our|the|this) (?:repo|repository)|(?:run|do) (?:an? )?npm install|\.npmrc|crypto (?:MVP|trading bot)|split the salary|represent me in (?:the )?interviews?|1日\s?\d+\s?分で|スマホ(?:だけ|1台)で(?:簡単に)?(?:月)?\d+万|誰でも(?:簡単に)?(?:稼げ|できる高収入)|即日\d+万|代理購入|レビュー(?:投稿)?(?:代行|依頼)/gi,
  },
  onsiteOrExclusive: {
    raise:
      /フルタイム|週\s?[5５五]\s?日|常駐|客先常駐|出社必須|フル出社|1[4-8]0\s?[-〜~～]\s?(?:1[6-9]0|2[0-2]0)\s?(?:h|時間)|精算幅|人月単価|full[- ]time(?! (?:is )?not)|40\s?(?:hours|hrs|h) (?:a|per) week|exclusive(?:ly)? (?:with|for) us|no other clients|exclusivity|on-?site|in[- ](?:the )?office|(?:days?|x) (?:a|per) week (?:in|at) (?:the|our) office|出社/gi,
    clear: /not (?:a )?full[- ]time|part[- ]time only|出社(?:は)?不要|no (?:office|on-?site)|出社なし/gi,
    radius: 30,
  },
  disguisedEmployment: {
    raise:
      /朝礼|タイムカード|勤怠(?:管理|報告)|(?:9|９)\s?(?::00|時)\s?[-〜~～]\s?(?:18|１８)\s?(?::00|時)|兼業禁止|副業禁止|他の(?:仕事|案件)(?:は|を)?[^。\n]{0,6}(?:禁止|不可|控え)|(?:上長|上司|社員)(?:の|から)(?:指示|指揮|命令)|指揮命令|clock in|time ?sheets? (?:daily|every day)|report (?:daily )?to (?:our|the|a) (?:manager|supervisor)|fixed (?:working )?hours (?:of|from)|no other (?:jobs|employment|work)|dress code|mandatory (?:daily )?(?:standups?|morning meetings?)/gi,
  },
};

/** Raises each pattern flag with its quotes, unless a clearing phrase stands near every raising one. */
export function detectPatternFlags(text: string): Record<keyof typeof RULES, FlagResult> {
  const out = {} as Record<keyof typeof RULES, FlagResult>;
  for (const [id, rule] of Object.entries(RULES) as [keyof typeof RULES, Rule][]) {
    let hits = findEvidence(text, rule.raise, id, 8);
    if (rule.clear) {
      const clear = rule.clear;
      hits = hits.filter((hit) =>
        rule.radius === undefined
          ? !near(text, 0, text.length, clear, text.length)
          : !near(text, hit.start, hit.end, clear, rule.radius),
      );
    }
    // Two phrases in one sentence (秘密保持契約（NDA）) make one quote.
    const unique = hits.filter((hit, i) => hits.findIndex((h) => h.start === hit.start && h.end === hit.end) === i);
    out[id] = { value: unique.length > 0, evidence: unique.slice(0, 5) };
  }
  return out;
}

const DAYS_AFTER =
  /(?:net|ネット)\s?(\d{2,3})|(?:within|in|after)\s(\d{2,3})\s?days? (?:of|after|from) (?:delivery|invoice|completion|acceptance)|(?:納品|検収|請求)(?:後|日から)[^。\n]{0,6}?(\d{2,3})\s?日(?:以内)?|翌々々?月(?:末|\d{1,2}日)?(?:払い|支払|にお支払)|(?:支払|払い)[^。\n]{0,8}(?:翌々月)/gi;

/** Payment later than 60 days after delivery (Japan's freelance law sets 60). */
export function detectLatePayment(text: string): FlagResult {
  const evidence: Evidence[] = [];
  for (const hit of findEvidence(text, DAYS_AFTER, 'latePayment', 8)) {
    const days = Number(
      hit.quote
        .match(/(\d{2,3})\s?(?:days?|日)|net\s?(\d{2,3})/i)
        ?.slice(1)
        .find(Boolean) ?? Number.NaN,
    );
    if (Number.isNaN(days) ? /翌々/.test(hit.quote) : days > 60) evidence.push(hit);
  }
  return { value: evidence.length > 0, evidence };
}

const DEADLINE =
  /納期|納品(?:希望)?日|期限|締切|〆切|deadline|due (?:date|by)|by (?:the end of|next|mid-|early|late)|within \d+ (?:days|weeks)|(?<!\d)\d{1,3}\s?(?:weeks?|months?|週間|ヶ月|か月|カ月)|duration|project length|契約期間|稼働開始|start date|asap|至急|長期|継続|ongoing|long[- ]term/i;
const SCOPE_MIN_CHARS = 80;

/** Fee, deadline or scope missing from what the client wrote (the freelance law's written terms). */
export function detectMissingTerms(text: string, hasBudget: boolean): FlagResult {
  const missing: string[] = [];
  if (!hasBudget) missing.push('fee');
  if (!DEADLINE.test(text)) missing.push('deadline');
  if (text.replace(/\s+/g, '').length < SCOPE_MIN_CHARS) missing.push('scope');
  // A job post with pay and enough description is not flagged for lacking a date alone.
  const value = missing.includes('fee') || missing.includes('scope');
  return { value, evidence: [] };
}
