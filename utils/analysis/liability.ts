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

const RULES: Record<Exclude<LiabilityFlagId, 'missingTerms' | 'latePayment' | 'offPlatformPayment'>, Rule> = {
  unlimitedDamages: {
    raise:
      /一切の損害|全ての損害|すべての損害|損害(?:の)?全額|損害を(?:全て|すべて)?賠償|損害賠償責任を負う|無制限(?:の)?(?:責任|賠償)|unlimited liability|uncapped liability|indemnify(?:,)? (?:defend )?and hold harmless|indemnify (?:the client|us|company) (?:against|for|from) (?:any|all)|liable for (?:any and )?all (?:damages|losses)|consequential damages|indemnif(?:y|ies)[^.\n]{0,80}(?:against|from|for) (?:any and all|all|any) (?:claims|losses|damages|liabilit)|(?:no|without (?:any )?)(?:cap|limit)(?:ation)?s? (?:on|to|or limitation|as to amount)|without limitation as to amount/gi,
    clear:
      /上限|限度とする|を限度|を超えない|直接かつ現実に生じた|通常(?:かつ直接)?の損害に限|limited to (?:the )?(?:fees|amount|total)|capped at|shall not exceed|(?<!no )liability cap|(?<!no )cap on liability|not (?:be )?liable for (?:any )?(?:indirect|consequential)/gi,
    radius: 160,
  },
  ipTransfer: {
    raise:
      /著作権(?:等)?(?:及び|および|・)?[^。\n]{0,20}(?:は|を)?[^。\n]{0,10}(?:譲渡|帰属|移転)|著作者人格権(?:を|は)?[^。\n]{0,6}(?:行使しない|不行使)|works? made for hire|work for hire|all (?:rights|right, title and interest|intellectual property)[^.\n]{0,60}(?:assign|transfer|belong|vest)|(?:assign|transfer)s? (?:all|full) (?:rights|ownership|copyright)|(?:copyright|intellectual property|IP)[^.\n]{0,40}(?:will|shall) (?:be(?:long)?|transfer|vest)[^.\n]{0,20}(?:to )?(?:the client|us|company|our)|moral rights?[^.\n]{0,20}waive|waives? (?:all |any )?moral rights|assigns? to (?:the |our )?[^.\n]{0,30}all right, title and interest|(?:intellectual property|code|deliverables|work|models|designs?)[^.\n]{0,60}(?:are|is|will be|shall be) assigned to|transfers? to (?:us|the client|the company) outright/gi,
    clear:
      /著作権(?:は|を)?[^。\n]{0,10}(?:受注者|制作者|ランサー|ワーカー|クリエイター|あなた)に(?:帰属|留保)|(?:you|freelancer|contractor) (?:will |shall )?retain (?:all |the )?(?:copyright|ownership|rights)|licen[cs]e (?:back|to use)|non-exclusive licen[cs]e|共有(?:とする|します)|jointly owned|joint ownership/gi,
    radius: 200,
  },
  nda: {
    raise:
      /秘密保持(?:契約)?|守秘義務|機密保持|\bNDA\b|non-disclosure|confidentiality (?:agreement|clause|obligations?)|hold in (?:strict )?confidence|keep (?:[^.\n]{0,40} )?(?:strictly )?confidential/gi,
    clear:
      /(?:NDA|秘密保持契約|秘密保持)(?:の締結)?(?:は)?(?:不要|なし|ありません|必要ありません)|no NDA|NDA (?:is )?not (?:required|needed)|(?:don['’]t|do not|won['’]t|will not) (?:require|need|ask for) an NDA|without (?:an )?NDA/gi,
    radius: 24,
  },
  personalData: {
    raise:
      /個人情報|顧客(?:情報|データ|リスト|名簿)|会員(?:情報|データ|名簿)|名簿|注文(?:情報|データ)|決済情報|クレジットカード(?:情報|番号)|メールアドレス(?:リスト|一覧)|customer (?:data|list|records|information|emails?)|personal (?:data|information)|\bPII\b|mailing list|email list|payment (?:data|information|details)|credit card|patient (?:data|records)|GDPR|member (?:data|list|information|records)|call recordings?|recorded (?:customer )?(?:phone )?calls|通話録音|patient|date of birth|birth ?dates?|home address|(?:phone|mobile) numbers?|personal emails?|order histor(?:y|ies)|customer (?:accounts|names|records)|(?:氏名|名前|住所|電話番号|生年月日|メールアドレス)[・、,][^。\n]{0,20}(?:氏名|名前|住所|電話番号|生年月日|メールアドレス)|応募者(?:情報|データ)/gi,
    clear:
      /never see|no access to|not (?:see|access|handle|touch)|made[- ]up|fictional|dummy|anonymi[sz]ed|触れることはありません|触れません|扱いません|含まれません|ダミー|架空|(?:reply|send|provide|share|include) (?:us |me )?(?:with )?your (?:own |full )?(?:name|details|contact)|ご自身の|お名前[^。\n]{0,10}(?:年齢|ご連絡)/gi,
    radius: 60,
  },
  upfrontFeeOrScam: {
    raise:
      /(?:教材|研修|登録|マニュアル|ツール|システム利用|初期|講座|サポート|入会|保証)(?:費|料|代|金)(?:用)?(?:として)?[^。\n]{0,20}(?:円|負担|お支払|支払)|(?:ご)?負担いただ|保証金|デポジット|registration fee|training fee|starter kit|application fee|(?:pay|send|deposit) (?:a |the )?(?:small )?(?:fee|deposit)|purchase (?:the |your own |our )?(?:equipment|kit|software|training)|gift cards?|(?:cashier'?s )?(?:check|cheque)[^.\n]{0,40}(?:deposit|overpa)|send (?:back )?the (?:rest|difference|remaining|excess)|overpa(?:y|id|yment)|clone (?:our|the|this) (?:repo|repository)|(?:run|do) (?:an? )?npm install|\.npmrc|crypto (?:MVP|trading bot)|split the salary|represent me in (?:the )?interviews?|1日\s?\d+\s?分で|スマホ(?:だけ|1台)で(?:簡単に)?(?:月)?\d+万|誰でも(?:簡単に)?(?:稼げ|できる高収入)|即日\d+万|代理購入|レビュー(?:投稿)?(?:代行|依頼)|(?:マニュアル|教材|ツール|カリキュラム)[^。\n]{0,12}(?:購入|ご購入|代|費)[^。\n]{0,12}(?:円|いただ|ください)|(?:残り|差額|うち)[^。\n]{0,20}(?:お?振込|送金)[^。\n]{0,6}(?:ください|して)|指定(?:の)?(?:機材)?業者|クローンして|like and subscribe|(?:per|each|for each) (?:completed )?(?:task|like|review|subscribe)|USDT|crypto wallet|部屋を借り|(?:\$|USD ?)\d[\d,]* (?:per|a) (?:day|week) [^.\n]{0,40}(?:1|one|an) hours? a day/gi,
  },
  onsiteOrExclusive: {
    raise:
      /フルタイム|週\s?[5５五]\s?日|常駐|出社必須|フル出社|週\s?[2-4２-４二三四]\s?日(?:程度)?(?:は|の)?(?:[^。\n]{0,12}オフィス[^。\n]{0,6})?出社|1[4-8]0\s?[-〜~～]\s?(?:1[6-9]0|2[0-2]0)\s?(?:h|時間)|精算幅|人月単価|平日\s?(?:9|９|10)\s?(?:[:：]\d{2}|時)\s?[-〜~～]\s?(?:1[78]|１[78])|他社(?:業務|から)?[^。\n]{0,20}(?:禁止|できません|不可)|兼業(?:は)?(?:禁止|できません|不可)|full[- ]time(?! (?:is )?not)|40\s?(?:hours|hrs|h) (?:a|per) week|monday (?:to|-|–) friday,? 9|exclusive(?:ly)? (?:with|for) us|exclusivity|no other clients|(?:may|shall|must|will) not (?:provide [^.\n]{0,30}services|work|take on [^.\n]{0,20}work) (?:to|for|with)? ?(?:any )?other (?:clients|agenc|compan)|[2-5] days (?:a|per) week (?:on[- ]site|in (?:the|our) [^.\n]{0,30}office)|on[- ]site (?:only|every day|five days)|in[- ]person/gi,
    clear:
      /not (?:a )?full[- ]time|part[- ]time only|出社(?:は)?不要|no (?:office|on-?site)|出社なし|free to (?:keep )?work(?:ing)? with (?:your )?other clients|副業OK|兼業(?:OK|可)/gi,
    radius: 30,
  },
  disguisedEmployment: {
    raise:
      /朝礼|朝会|終礼|タイムカード|打刻|出退勤|日報|勤怠(?:の)?報告|(?:9|９)\s?(?::00|時)\s?[-〜~～]\s?(?:18|１８)\s?(?::00|時)|兼業禁止|副業禁止|他の(?:仕事|案件)(?:は|を)?[^。\n]{0,6}(?:禁止|不可|控え)|他社[^。\n]{0,20}(?:禁止|できません)|(?:上長|上司|社員|リーダー|ディレクター|マネージャー|SV)(?:の|から)(?:指示|指揮|命令)|指示に従(?:い|って)|指示のもと|指揮命令|clock in|time ?sheets? (?:daily|every day)|report (?:daily )?to (?:our|the|a|your) [^.\n]{0,20}(?:manager|supervisor|lead)|fixed (?:working )?hours (?:of|from)|no other (?:jobs|employment|work)|dress code|(?:daily|mandatory) (?:team )?(?:stand-?ups?|morning meetings?)|morning meeting|(?:shifts|hours|schedule) (?:are )?set by|assigns? your (?:daily )?tasks|follow (?:the )?(?:daily )?instructions of|(?:may|shall|must) not (?:provide [^.\n]{0,30}services|work) (?:to|for) (?:any )?other|company-issued|monday (?:to|-|–) friday,? 9/gi,
  },
};

// Contact or payment moved off the platform. Messaging apps before a contract count anywhere; a bank
// transfer or direct invoice counts only on an escrow marketplace, where it leaves the escrow behind.
const APP_MOVE =
  /(?<![A-Za-z])(?:LINE|Telegram|WhatsApp|Signal|WeChat|Kakao)(?![A-Za-z])\s?(?:で|に|へ|を|ID|id|追加|登録|交換|にて|\(@|[:：@+])|(?<!オン)ライン(?:で|に|へ|ID|追加|登録|交換|にて)|テレグラム|友だち追加|lin\.ee|(?:contact|message|text|reach|add|chat with|continue|move|switch)(?: (?:me|us))? (?:on|via|at|to) (?:telegram|whatsapp|signal|skype|wechat|discord)|外部(?:サイト|ツール|サービス)(?:で|にて|へ)|(?:サイト|プラットフォーム)外(?:で|の)|outside (?:of )?(?:upwork|fiverr|freelancer|the platform|this platform|the site)|off[- ]platform|escrow (?:company|service|agent)|pay(?:ment)? (?:via|by|through) (?:paypal|wise|crypto|bitcoin|usdt)[^.\n]{0,30}(?:outside|instead|directly)|\b(?:zelle|venmo|cash ?app|western union)\b|gift cards?|(?:口座|account)(?:へ|に|to)?[^。\n]{0,10}(?:お?振込(?:み)?ください|送金してください)|下記の口座|wire (?:the|it|money) to/gi;
const DIRECT_PAY =
  /直接(?:契約|取引|お?振込|やり取り|やりとり|連絡|ご?指定の口座)|銀行振込|口座にお?振込|(?:direct|bank) (?:bank )?(?:transfer|deposit|wire)|pay(?:ment)? (?:via|by|through) (?:paypal|wise)|paypal/gi;
const NEGATED =
  /(?:never|will not|won['’]t|do not|don['’]t|not allowed|prohibited|no)[^.\n]{0,40}(?:outside|off[- ]platform|direct|bank|pay)|(?:サイト外|直接|外部)[^。\n]{0,20}(?:いたしません|しません|禁止|できません|行いません|お控え)/gi;
const ESCROW_SITES = new Set(['upwork', 'freelancer', 'fiverr', 'crowdworks', 'lancers', 'coconala']);

function detectOffPlatform(text: string, site: string | undefined): FlagResult {
  const patterns = site && ESCROW_SITES.has(site) ? [APP_MOVE, DIRECT_PAY] : [APP_MOVE];
  const hits = patterns
    .flatMap((re) => findEvidence(text, re, 'offPlatformPayment', 8))
    .filter((hit) => !near(hit.quote, 0, hit.quote.length, NEGATED, 0));
  return { value: hits.length > 0, evidence: dedupe(hits).slice(0, 5) };
}

// The classic scam shape: unsolicited contact, easy or outsized pay, and a move to a messaging app.
const UNSOLICITED =
  /突然のご?連絡|突然(?:の)?DM|プロフィールを拝見|ご経歴を拝見|random (?:DM|message)|your profile (?:was recommended|caught)|came across your profile|no interview|面談なし|面接なし/gi;
const EASY_MONEY =
  /簡単(?:な)?作業|未経験(?:OK|可|でも)[^。\n]{0,20}(?:稼|万円)|(?:月|日)\s?\d+\s?万円(?:以上)?(?:稼|可能)|スキル(?:や経験)?(?:は)?(?:一切)?不要|no experience (?:needed|required)|(?:\$|USD ?)\d[\d,]* (?:per|a) (?:day|week)|(?:earn|make) \$?\d[\d,]*(?:-\$?\d[\d,]*)? (?:per|a) day/gi;

function dedupe(hits: Evidence[]): Evidence[] {
  return hits.filter((hit, i) => hits.findIndex((h) => h.start === hit.start && h.end === hit.end) === i);
}

/** Raises each pattern flag with its quotes, unless a clearing phrase stands near every raising one. */
export function detectPatternFlags(
  text: string,
  context: { site?: string; kind?: string } = {},
): Record<keyof typeof RULES | 'offPlatformPayment', FlagResult> {
  const out = {} as Record<keyof typeof RULES | 'offPlatformPayment', FlagResult>;
  let disguisedSigns = 0;
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
    if (id === 'disguisedEmployment') disguisedSigns = hits.length;
    // Two phrases in one sentence (秘密保持契約（NDA）) make one quote.
    const unique = dedupe(hits);
    out[id] = { value: unique.length > 0, evidence: unique.slice(0, 5) };
  }
  out.offPlatformPayment = detectOffPlatform(text, context.site);

  // One daily meeting or one set of hours is ordinary; employment in all but name shows several signs.
  if (disguisedSigns < 2) out.disguisedEmployment = { value: false, evidence: [] };

  if (!out.upfrontFeeOrScam.value) {
    const unsolicited = findEvidence(text, UNSOLICITED, 'upfrontFeeOrScam', 2);
    const easy = findEvidence(text, EASY_MONEY, 'upfrontFeeOrScam', 2);
    const moved = out.offPlatformPayment.evidence.filter((e) => APP_MOVE.test(e.quote));
    APP_MOVE.lastIndex = 0;
    const signs = [unsolicited, easy, moved].filter((list) => list.length > 0);
    if (moved.length > 0 && signs.length >= 2 && easy.length > 0) {
      out.upfrontFeeOrScam = { value: true, evidence: dedupe([...unsolicited, ...easy, ...moved]).slice(0, 5) };
    }
  }
  return out;
}

const DAYS_AFTER =
  /(?:net|ネット)\s?(\d{2,3})|(\d{2,3})\s?days? (?:of|after|from|following)|(?:納品|検収|請求)(?:後|日?から)[^。\n]{0,6}?(\d{2,3})\s?日(?:以内|後)?|翌々々?月(?:末|\d{1,2}日)?[^。\n]{0,10}(?:払|支払|振込)|(?:支払|払い)[^。\n]{0,8}(?:翌々月)|(?:third|fourth|3rd|4th) month (?:following|after)|(?:thirty|sixty|ninety) \((\d{2,3})\) days/gi;

/** Payment later than 60 days after delivery (Japan's freelance law sets 60). */
export function detectLatePayment(text: string): FlagResult {
  const evidence: Evidence[] = [];
  for (const hit of findEvidence(text, DAYS_AFTER, 'latePayment', 8)) {
    const days = Number(
      hit.quote
        .match(/(\d{2,3})\)?\s?(?:days?|日)|net\s?(\d{2,3})/i)
        ?.slice(1)
        .find(Boolean) ?? Number.NaN,
    );
    if (Number.isNaN(days) ? /翌々|third|fourth|3rd|4th/i.test(hit.quote) : days > 60) evidence.push(hit);
  }
  return { value: evidence.length > 0, evidence };
}

const DEADLINE =
  /納期|納品(?:希望)?日|期限|締切|〆切|deadline|due (?:date|by)|by (?:the end of|next|mid-|early|late)|within \d+ (?:days|weeks)|(?<!\d)\d{1,3}\s?(?:weeks?|months?|週間|ヶ月|か月|カ月)|duration|project length|契約期間|稼働開始|start date|asap|至急|長期|継続|ongoing|long[- ]term/i;
const SCOPE_MIN_CHARS = 80;
const SHORT_POST_CHARS = 400;

/** Fee, deadline or scope missing from what the client wrote (the freelance law's written terms). */
// The work itself is left to a later chat: the written offer has no scope.
const SCOPE_ELSEWHERE =
  /詳細は(?:LINE|ライン|Telegram|DM|メッセージ|お電話|面談)で|(?:details|scope|more)[^.\n]{0,20}(?:on|via|in|over) (?:telegram|whatsapp|a call|dm)|explained (?:on|via|in) (?:telegram|whatsapp)|let'?s (?:chat|talk) about (?:a|the) project/gi;

export function detectMissingTerms(text: string, hasBudget: boolean): FlagResult {
  // "Details on LINE" leaves the scope unwritten only when the post itself says little.
  const elsewhere = findEvidence(text, SCOPE_ELSEWHERE, 'missingTerms', 2);
  if (elsewhere.length && text.replace(/\s+/g, '').length < SHORT_POST_CHARS)
    return { value: true, evidence: elsewhere };
  const missing: string[] = [];
  if (!hasBudget) missing.push('fee');
  if (!DEADLINE.test(text)) missing.push('deadline');
  if (text.replace(/\s+/g, '').length < SCOPE_MIN_CHARS) missing.push('scope');
  // A job post with pay and enough description is not flagged for lacking a date alone.
  const value = missing.includes('fee') || missing.includes('scope');
  return { value, evidence: [] };
}
