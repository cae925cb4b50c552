import { any, type Rule } from './define';

/** The freelancer is asked to pay: a fee, deposit, kit, manual or training; or fake-cheque mechanics. */
export const upfrontFee: Rule = {
  id: 'upfrontFee',
  description: 'The freelancer must pay money, or pass money on, to get or do the work.',
  scope: 'sentence',
  negatable: true,
  raise: {
    feeJa:
      /(?:教材|研修|登録|マニュアル|ツール|講座|サポート|入会|保証|初期|受講|会員)(?:費|料|代|金)(?:用)?(?:として)?[^。\n]{0,20}(?:円|負担|お?支払|お?振込)/,
    payJa:
      /(?:ご)?負担いただ(?:き|く)[^。\n]{0,20}(?:円|費用|料金)|保証金|デポジット|(?:マニュアル|教材|ツール|カリキュラム)[^。\n]{0,12}(?:購入|ご購入)[^。\n]{0,12}(?:円|いただ|ください)|代理購入|立て替え|立替/,
    sendBackJa:
      /(?:残り|差額|うち)[^。\n]{0,20}(?:お?振込|送金)[^。\n]{0,6}(?:ください|して)|指定(?:の)?(?:機材)?業者から(?:購入|ご購入)/,
    feeEn: any(
      /registration fee|training fee|starter kit|application fee|onboarding fee|activation fee|membership fee/,
      /(?:pay|send|deposit|transfer) (?:a |the |an )?(?:small |one-time |refundable )?(?:fee|deposit)/,
      /purchase (?:the |your own |our )?(?:equipment|kit|software|training|license)/,
      /(?:buy|purchase|send|pay (?:with|in)|redeem)[^.\n]{0,20}gift cards?|gift cards? (?:as payment|to pay)/,
    ),
    // "check" is a payment only where money verbs hold it: a background check near "equipment" is not.
    chequeEn: any(
      /\bcheques?\b[^.\n]{0,60}(?:deposit|overpa|vendor|equipment)|cashier'?s check|certified check/,
      /(?:send|mail|issue|receive|deposit|cash)(?:s|ed|ing)? (?:you |it )?(?:a |the |your |this )?(?:company |business )?checks?\b[^.\n]{0,60}(?:deposit|overpa|vendor|equipment|supplies|software)/,
      /send (?:back )?the (?:rest|difference|remaining|excess)|overpa(?:y|id|yment)/,
    ),
  },
  clear: {
    platformFee:
      /システム利用料(?:が|は|を)?[^。\n]{0,20}(?:差し引|控除|かかります)|手数料(?:が|を)?[^。\n]{0,10}(?:差し引|控除)|(?:platform|service|upwork|freelancer|fiverr) fees? (?:is |are |will be )?(?:deducted|applies|apply|charged by)|no (?:fees?|cost) (?:to|for) (?:you|apply|join)|never (?:ask you to )?pay/,
  },
  examples: {
    match: [
      '登録時に教材費として3,000円をご負担いただきます。',
      '作業マニュアル（3,980円）をご購入いただき、作業開始となります。',
      'Please pay a small fee for the starter kit.',
      'We will send a check; deposit it and send the rest back to our vendor.',
    ],
    noMatch: [
      'We pay weekly through the platform.',
      '報酬からシステム利用料が差し引かれます。',
      'Upwork service fee applies to your earnings.',
      'You never pay anything to join.',
    ],
  },
};

/** A classic scam shape without a fee: malware tests, proxy work, easy money, fake tasks. */
export const scamShape: Rule = {
  id: 'scamShape',
  description: 'The offer has the shape of a known scam even without an explicit fee.',
  scope: 'sentence',
  negatable: true,
  raise: {
    repoTest: /clone (?:our|the|this) (?:repo|repository)|(?:run|do) (?:an? )?npm (?:install|i)\b|\.npmrc|クローンして/,
    proxy:
      /split the salary|represent me in (?:the )?interviews?|(?:use|lend|rent) (?:your|my) (?:identity|account|name|profile)|US-based (?:developer|engineer|person|individual)[^.\n]{0,40}(?:front|account|represent|proxy|partner|wanted)|account (?:rental|sharing)|アカウント(?:を)?(?:貸して|レンタル|貸与)/,
    fronting: any(
      /lend me your (?:upwork |freelancer |linkedin )?account|(?:use|access|borrow|rent) your (?:upwork |freelancer |linkedin )?account|your account[- ]+with your name and face|my (?:upwork )?account (?:was |got |has been )?(?:suddenly )?(?:suspended|banned)/,
      /(?:apply for jobs|handle|handling|lead|leading|support(?:ing)?) (?:the )?(?:initial |live |real )?(?:video )?(?:client )?interviews?[^.\n]{0,60}(?:I'll|I will|we'll|our developers|our team|the technical)|(?:caller|interviewer) to support (?:real )?client interviews/,
      /(?:share|split)(?! of\b)[^.\n]{0,30}(?:income|earnings|profits?|salary)(?![^.\n]{0,40}\b(?:agencies|platforms|middlemen|intermediaries)\b)|share from \d+ to \d+%|not a job offer[^.\n]{0,40}collaboration|looking for a (?:local|us|american) (?:developer|partner|person) to collaborate/,
      // Someone else's store or developer account wanted, bought or rented: the work is fronting for them.
      /\b(?:google play|play store|play console|apple|app store|upwork|fiverr|freelancer|amazon seller|stripe|paypal|google ads|facebook ads|meta ads|tiktok ads)(?: (?:developer|seller|business|ads|merchant|console|affiliate))? account (?:holders?|owners?)\b|\b(?:need|want|looking for|seeking)(?: an?| your| the)? (?:verified |existing |old |aged )?(?:google play|play store|play console|apple|app store) (?:developer )?account\b|\b(?:buy|rent|purchase)(?:ing)? (?:an? |your |verified |aged |old |existing ){1,2}(?:[\w.]+ ){0,2}accounts?\b(?! (?:manager|management|executive|subscription|plan|credits?))/,
      /(?:you've|you have) been selected (?:to proceed|for the (?:position|role))|(?:assist|help) me (?:with )?(?:accessing|getting|finding)[^.\n]{0,40}(?:interviews|job sites|accounts)/,
    ),
    spamJa: /高時給バイト|スキマバイト|お仕事詳細はコチラ|(?:TV|テレビ|SNS)(?:・SNS)?(?:を)?観ながら(?:で)?OK/,
    spamEn:
      /binary ?options|(?:i )?make \$?\d[\d,]*\$?(?:\s?-\s?\$?\d[\d,]*\$?)? (?:every|per|a) day|tired of sitting with no money/,
    cryptoBait:
      /crypto (?:MVP|trading bot)|\bflash(?:ing|ed)? (?:USDT|BTC|bitcoin|crypto|tether)\b|\b(?:USDT|BTC|bitcoin|crypto|tether) flash(?:ing|er)?\b|(?:pay|paid|payment|報酬)[^.\n。]{0,20}\bUSDT\b|\bUSDT\b\s?(?:で|にて|payment)|(?:send|transfer|deposit) [^.\n]{0,20}to (?:your |a )?crypto wallet/,
    easyMoneyJa:
      /1日\s?\d+\s?分で|スマホ(?:だけ|1台)で(?:簡単に)?(?:月)?\d+万|誰でも(?:簡単に)?(?:稼げ|できる高収入)|即日\d+万|レビュー(?:投稿)?(?:代行|依頼)/,
    fakeTasks:
      /like and subscribe|(?:per|each|for each|every) (?:completed )?(?:like|review|subscribe|follow|rating)\b|(?:\$|USD ?)\d[\d,]* (?:per|a) (?:day|week) [^.\n]{0,40}(?:1|one|an) hours? a day/,
    seminarFirst:
      /(?:説明会|セミナー|勉強会|オリエンテーション)(?:への|へ|に|の)?(?:参加|受講)(?:が|を)?(?:必須|必要|お願い|してください)|(?:seminar|webinar|orientation|training session) (?:is )?(?:required|mandatory) before/,
    roomRental: /部屋を借り/,
    // Account takeover: the code a platform just sent you, asked for by a stranger.
    codeRequest:
      /(?:send|share|forward|tell|give) (?:me|us) (?:the )?(?:\d-digit |verification |confirmation |security |login )?code (?:you (?:just )?(?:received|receive|get|got)|(?:that was )?sent to (?:your|you))|(?:認証|確認|ログイン)コード(?:を)?(?:教えて|送って|お送り)/,
    // Money mules and reshippers: the work is moving money or parcels through your own name.
    muleEn:
      /(?:receive|accept|process) (?:funds|payments|money|transfers) (?:into|to|through|via) your (?:own |personal )?(?:bank )?account|(?:reship|re-ship|forward)(?:ing)? (?:packages|parcels)|(?:receive|accept) (?:packages|parcels) at (?:your )?home/,
    // A foreign company's "representative" who collects its customers' payments and passes them on.
    receivableAgent:
      /represent (?:our|the|my) (?:company|firm|business|organi[sz]ation) in (?:the )?(?:united states|u\.?s\.?a?|north america|canada|uk|united kingdom|europe|australia|your (?:country|region|area))[^.]{0,40}\b(?:collect|receive|process|handle|manage)(?:s|ing)?\b[^.]{0,20}(?:accounts? receivable|receivables|payments? (?:from|of) (?:our )?(?:customers|clients)|(?:outstanding )?invoices|funds)/,
    muleJa:
      /(?:口座|通帳|キャッシュカード)(?:を)?(?:貸|レンタル|買取|売って|譲って)|荷物(?:を)?(?:受け取|受取)[^。\n]{0,20}(?:転送|発送し直)/,
    // Accounts made in bulk to be handed over or run as fakes: the platforms forbid it, and whoever makes
    // them carries the ban and whatever the accounts are used for.
    accountFarm: any(
      /\b(?:create|make|register|open|set up|sign up for)\s(?:\d{2,}|dozens of|hundreds of|bulk|mass)\s(?:new\s|fake\s|verified\s)?(?:instagram|tiktok|facebook|gmail|google|twitter|x|youtube|reddit|linkedin|amazon|paypal|social media|e-?mail|upwork|fiverr)\s(?:accounts|channels|profiles)\b|\b(?:bulk|mass) (?:account creation|creation of accounts)\b|\b(?:aged|PVA|phone[- ]verified) (?:gmail |instagram |facebook |twitter |tiktok )?accounts\b/,
      /アカウント(?:を)?\s?\d{2,}\s?(?:個|件|つ|アカウント)?(?:以上)?(?:の)?(?:作成|開設|登録)|アカウント(?:の)?(?:大量|量産)(?:作成|開設|登録)?|(?:大量|量産)に?アカウント(?:を)?(?:作成|開設|登録)/,
    ),
    taskScam:
      /(?:app|product|data|merchant|rating|store) (?:optimi[sz]ation|boosting) tasks?|boost(?:ing)? (?:app|product|merchant) (?:ratings|rankings|data)|unlock (?:your |the )?(?:next )?(?:tasks|commission|earnings)/,
  },
  examples: {
    match: [
      'Clone our repo and run npm install, then tell us what you see.',
      'We offer you the opportunity to represent our company in the United States and handle our accounts receivable.',
      'スマホ1台で月10万円！誰でも簡単に稼げる',
      'You earn $5 for each completed task: like and subscribe to our partners’ videos.',
      '契約前に説明会への参加が必須です',
      'Looking for a US-based developer to front our account.',
      'We will split the salary 50/50 if you attend the interviews.',
      'Need Google Play Developer Account Holder for App Publishing',
      'Looking to Buy a Booking.com Affiliate Account',
      'Develop portable USDT flashing software that cannot be tracked.',
      'Also you can lend me your Upwork account.',
      'TV・SNS観ながらでOK！自宅で出来るスキマバイト！',
      'Please send me the 6-digit code you just received to verify.',
      'You will receive payments into your personal bank account and forward them.',
      'Complete 40 app optimization tasks a day to earn commission.',
      '届いた認証コードを教えてください',
      'Create 50 Instagram accounts and save the credentials in a spreadsheet.',
      'Instagramのアカウントを30個作成してください',
      'We buy aged Gmail accounts.',
      'ご自身の口座を貸していただくだけで報酬をお支払いします',
    ],
    noMatch: [
      'Each task will be clearly defined in the milestone.',
      'You will handle our accounts receivable and chase late invoices in Xero.',
      'You will represent our company in the United States at trade shows.',
      'You will represent our company in Canada at trade shows; payment is $30/hr.',
      'No experience required; we train you on the job and pay through Upwork.',
      'Our npm package needs a README.',
      'Pass a criminal background check. Experience running mail equipment a plus.',
      'You will lead client interviews for our product research.',
      'Implement a verification code sent to the user’s phone at sign-up.',
      'Build a search engine optimization report for the store.',
      '認証コードの送信機能を実装してください',
      'Publish our app on Google Play from our own developer account.',
      'Buy a Google Ads account credit to start the campaign.',
      'Add a flashing LED status to the BTC miner dashboard.',
      "Images have been sold by agencies who fix prices and take the lion's share of profits.",
      'Manage our brand\u2019s three Instagram accounts and post daily.',
      'Create 10 Instagram posts a week for our accounts.',
      'ユーザーアカウントの作成機能を実装してください',
      'Build a sign-up flow that lets users create accounts with Google.',
    ],
  },
};

/** Signs that a message was sent unasked: half of the "unsolicited + easy pay + chat app" shape. */
export const unsolicited: Rule = {
  id: 'unsolicited',
  description: 'The message says it comes unasked, or skips every step of hiring.',
  scope: 'sentence',
  raise: {
    ja: /突然のご?連絡|突然(?:の)?(?:DM|メッセージ)|プロフィールを拝見|ご経歴を拝見|面談なし|面接なし|スカウト/,
    en: /random (?:DM|message)|sorry for the (?:random|unexpected|sudden) (?:DM|message)|your profile (?:was recommended|caught)|came across your (?:profile|resume|github)|found your (?:profile|resume|github)|no interview/,
  },
  examples: {
    match: ['突然のご連絡失礼いたします。', 'Sorry for the random DM!', 'I came across your profile on GitHub.'],
    noMatch: ['Please send your portfolio.', '応募をお待ちしています'],
  },
};

/** Pay that is easy or outsized for the work: the other half of the shape. */
export const easyMoney: Rule = {
  id: 'easyMoney',
  description: 'The pay is easy money or outsized for the work.',
  scope: 'sentence',
  raise: {
    ja: /簡単(?:な)?作業|未経験(?:OK|可|でも)[^。\n]{0,20}(?:稼|万円)|(?:月|日)\s?\d+\s?万円(?:以上)?(?:稼|可能)|スキル(?:や経験)?(?:は)?(?:一切)?不要/,
    en: /no experience (?:needed|required)|(?:\$|USD ?)\d[\d,]* (?:per|a) (?:day|week)|(?:earn|make) \$?\d[\d,]*(?:-\$?\d[\d,]*)? (?:per|a) day|(?:high|great) pay for (?:simple|easy)/,
    // Promises made to anyone who reads a post: the shape of a scam broadcast to a channel or group.
    promiseEn:
      /easy,? (?:and )?reliable (?:work|income|money)|\beasy money\b|get paid (?:while|as) you (?:train|learn)|great for (?:students|parents|moms|stay[- ]at[- ]home)/,
    // The same promise in a 副業 funnel page: 初心者でも稼ぎやすい在宅ワーク, 誰でも稼げる.
    promiseJa:
      /稼ぎ(?:やすい|易い)|稼げる(?:在宅|副業|お仕事|バイト|ワーク)|初心者でも稼|高時給を(?:GET|ゲット)|誰でも(?:簡単に)?稼/,
  },
  examples: {
    match: [
      '簡単作業で日給3万円',
      '$2,000 per week, no experience required.',
      'Great for students, parents, or anyone needing easy, reliable work!',
      '今、最も初心者に稼ぎやすい在宅ワークを紹介中!',
    ],
    noMatch: ['Senior engineers with 5+ years of experience.', '経験者優遇'],
  },
};
