import { any, type Rule } from './define';

/** The work handles other people's personal data, or the text sets rules for 個人情報. */
export const personalData: Rule = {
  id: 'personalData',
  description: "The work handles other people's personal data.",
  scope: 'sentence',
  negatable: true,
  raise: {
    impliedJa:
      /(?:請求書|領収書|伝票|申込書|アンケート)(?:の)?(?:データ)?(?:入力|転記|集計)|有料会員|会員(?:登録|制|管理)|給与計算|勤怠管理|録音(?:データ)?|顧客管理|採用面接|応募者対応/,
    peopleJa:
      /(?:ユーザー?|従業員|社員|会員)アカウント(?:の)?(?:管理|運用|発行)|(?:履歴書|職務経歴書)(?:の)?(?:確認|評価|選考|スクリーニング)/,
    peopleEn:
      /(?:evaluat|review|screen)(?:e|ing) (?:resumes|CVs|job applications|candidates)|(?:call|calling|qualify|pre-qualify)(?:ing)? (?:customers|prospects|leads)|cold calling|for medical (?:and aesthetic )?use|medical (?:test|exam) (?:results|reports?)/,
    impliedEn:
      /\bpayroll\b|user (?:registration|accounts?|profiles?|sign[- ]?ups?)|(?:sign[- ]?up|registration) and log[- ]?in|payment gateway|interview(?:ing)? (?:people|candidates)|candidate (?:data|profiles|records)|medical (?:images|records|data)/,
    personalJa:
      /個人情報|個人データ|顧客(?:情報|データ|リスト|名簿)|会員(?:情報|データ|名簿|リスト)|名簿|応募者(?:情報|データ)|患者(?:情報|データ)/,
    ordersJa:
      /注文(?:情報|データ|履歴)|受注(?:データ|情報)|発送(?:ラベル|伝票)|宛名(?:書き|ラベル|シール)?|配送先|決済情報|クレジットカード(?:情報|番号)/,
    contactsJa:
      /名刺(?:の)?(?:データ化|入力|情報|管理)|(?:氏名|名前|住所|電話番号|生年月日|メールアドレス)[・、,/][^。\n]{0,20}(?:氏名|名前|住所|電話番号|生年月日|メールアドレス)|メールアドレス(?:リスト|一覧)|通話録音|音声(?:データ|録音)の(?:文字起こし|書き起こし)/,
    personalEn:
      /personal (?:data|information|details of (?:customers|users|members|clients))|\bPII\b|\bGDPR\b|\bHIPAA\b|patient (?:data|records|information)/,
    customersEn:
      /customer (?:data|lists?|records|information|emails?|accounts|names|database)|member (?:data|lists?|information|records)|user (?:data|database|records)|mailing list|email list|contact list/,
    ordersEn: any(
      /order (?:histor(?:y|ies)|data|details)|shipping (?:labels?|addresses)|payment (?:data|information|details)|credit card (?:numbers|data|details)/,
      /business cards|call recordings?|recorded (?:customer )?(?:phone )?calls|voice recordings|date of birth|birth ?dates?|home address(?:es)?|(?:phone|mobile) numbers? of/,
    ),
  },
  clear: {
    noLeakJa:
      /個人情報(?:の)?(?:流出|漏洩|漏えい)(?:など|等)?(?:は|の心配は)?(?:なく|なし|ありません|ない)|(?:営業|技術)(?:上の)?情報(?:（|\()/,
    noneJa:
      /触れることはありません|触れません|扱いません|含まれません|ダミー|架空|(?:ご自身|あなた)の(?:氏名|名前|お名前)|お名前[^。\n]{0,10}(?:年齢|ご連絡)/,
    noneEn:
      /never see|no access to|not (?:see|access|handle|touch)|made[- ]up|fictional|dummy|anonymi[sz]ed|(?:reply|send|provide|share|include) (?:us |me )?(?:with )?your (?:own |full )?(?:name|details|contact)/,
  },
  examples: {
    match: [
      '顧客リストを使ったメール配信作業です。',
      '会員の氏名・住所・電話番号をスプレッドシートに入力',
      '名刺のデータ化をお願いします',
      'You will clean our customer data in Excel.',
      'Print the shipping labels for each order.',
      '請求書・領収書のデータ入力作業です',
      'Handle payroll calculations for our staff.',
      'You will be evaluating resumes to rate candidates.',
      '従業員ユーザアカウントの管理、運用',
    ],
    noMatch: [
      'Please tell us your name and age when you apply.',
      'The shop scenarios are fictional; you will never see real customer data.',
      'Kindly reply with your full name, home address and phone number.',
      '名刺のデザインをお願いします',
      '専用アプリを通じて行うので個人情報流出などはなく安心です',
    ],
  },
};
