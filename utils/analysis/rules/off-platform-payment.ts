import { any, type Rule } from './define';

// A chat app named as where to talk, apply or pay. LINE is matched in capitals only (not "line").
// Messaging apps only: social networks (Snapchat, Messenger) are also where marketing work happens.
const chatApps = /Telegram|WhatsApp|Signal|WeChat|Kakao(?:Talk)?|Skype|Viber|Google Hangouts|Wickr|Threema/;
const contactVerbsJa =
  /お願い|連絡|ご連絡|やり取り|やりとり|登録|追加|友だち|友達|応募|面談|面接|詳細|お問い合わせ|問い合わせ|交換|送って|送信|メッセージ|移動|招待|参加|来て|きて/;

/** Contact, application or payment moves outside the platform and its escrow before a contract. */
export const offPlatformMove: Rule = {
  id: 'offPlatformMove',
  description: 'Contact, application or payment leaves the platform before a contract.',
  scope: 'sentence',
  negatable: true,
  caseSensitive: ['lineApp'],
  raise: {
    lineApp: new RegExp(
      String.raw`(?<![A-Za-z])LINE(?![A-Za-z])\s?(?:の)?(?:ID|公式アカウント|アカウント)?\s?(?:で|に|へ|を|にて|から|@|[:：])?[^。\n]{0,12}(?:${contactVerbsJa.source})`,
    ),
    // Links, also as the capture names them: "(t.me/hiring) Apply here" (utils/sites/lib/dom.ts).
    lineLinks:
      /\blin\.ee\/|\bline\.me\/|\bt\.me\/|\btelegram\.me\/|\bwa\.me\/|\bwa\.link\/|(?:api|web|chat)\.whatsapp\.com|discord\.gg\/|discord(?:app)?\.com\/invite|\bm\.me\/|\bsignal\.me\/|\((?:tg|line|whatsapp|viber):\/\//,
    chatApp: any(
      new RegExp(
        String.raw`(?:contact|message|text|reach|add|chat with|continue|move|switch|talk|write|ping|dm)(?: (?:me|us|him|her))?(?: directly)? (?:on|via|at|to|through|over) (?:${chatApps.source}|Discord)`,
      ),
      new RegExp(
        String.raw`(?:${chatApps.source})\s?[-–(]?\s?(?:ID|id|number|handle|username)?\s?[:：@+]\s?[@+]?[\w\d]|(?:${chatApps.source})\s?[-–:：]\s?@[\w]|\b(?:Tele|TG|tg)(?:\s?[-–:：]\s?|\s)@[A-Za-z_]`,
      ),
      new RegExp(
        String.raw`(?:${chatApps.source}|テレグラム|ワッツアップ)\s?(?:で|に|へ|を|にて|から)[^。\n]{0,12}(?:${contactVerbsJa.source})`,
      ),
      new RegExp(String.raw`(?:on|via|through|over) (?:${chatApps.source})(?: app)?\b`),
    ),
    // ライン in katakana is the app too, but not オンライン, ガイドライン or ラインナップ.
    lineKatakana:
      /(?<![ァ-ヶー])ライン(?![ァ-ヶー])\s?(?:ID|アカウント)?\s?(?:で|に|へ|を|にて|から|の)?[^。\n]{0,8}(?:連絡|追加|登録|友だち|友達|交換|やり取り|やりとり|メッセージ)/,
    // An ID or a handle given outright: "LINE ID: abc123", "LINE ID：@hiring".
    lineId: /(?<![A-Za-z])LINE\s?(?:ID|アカウント)\s?[:：]\s?@?[A-Za-z0-9_.-]/,
    // A social network's direct messages named as where to talk: インスタのDMで連絡, "DM me on Instagram".
    socialDm: any(
      new RegExp(
        String.raw`(?:Instagram|インスタ(?:グラム)?|Twitter|ツイッター|Facebook|フェイスブック|TikTok|Threads)(?:の)?\s?(?:DM|ダイレクトメッセージ)\s?(?:で|に|へ|にて|から|まで)?[^。\n]{0,12}(?:${contactVerbsJa.source})`,
      ),
      /\b(?:DM|message) (?:me|us) (?:on|via|at) (?:Instagram|Facebook|Twitter|TikTok|Snapchat)\b/,
    ),
    // Contact details traded before any contract: 連絡先を交換, メールアドレスを教えて.
    contactsJa:
      /連絡先(?:の|を)?交換|(?:メールアドレス|電話番号|LINE\s?ID|連絡先)(?:を|も)?(?:教えて|お?知らせ(?:ください|下さい)|送って)/,
    // A chat app's number given, or the contact details the marketplace itself removed from the post.
    numberGiven:
      /\b(?:whats-?app|telegram|viber)\s?(?:me|us)?\s?(?:on|at|:|：|no\.?|number)\s?(?:\+?\(?\d|\(removed)|\(removed by (?:freelancer(?:\.com)?|the) admin\)/,
    // A Discord handle given (name#1234, "Discord: handle"), and a deal taken off the site to save its fees.
    discordHandle:
      /\bdiscord\s?(?:id|tag|username|handle|user)?\s?[:：]\s?@?(?!\d)[\w.]{2,32}\b(?!\s?(?:members|users|followers|community|server|channel))|\bdiscord\b[^.\n]{0,40}\b[A-Za-z][\w.]{1,31}#\d{4}\b/,
    feeDodge: any(
      /(?:avoid|save|skip|bypass|without)(?:ing)? (?:the )?(?:upwork|fiverr|freelancer|platform|site|service)(?:'s)? (?:fees?|commission|cut)/,
      /(?:システム|サービス|サイト)?(?:利用)?手数料(?:が|を)?(?:かからない|節約|浮かせ|取られない|なし)[^。\n]{0,20}(?:直接|外部|個別|LINE|メール)|(?:直接|個別)(?:取引|契約|やり取り)[^。\n]{0,20}手数料(?:が|を)?(?:かからない|節約|浮かせ|取られない|なし)/,
    ),
    // A chat handle given as the contact ("Contact: @events_admin"): not an e-mail address.
    handleContact: /\b(?:contact|pm|dm|text|message|telegram)(?: (?:me|us))?\s?[:：]\s?@[A-Za-z_]\w{3,}\b(?![.@])/,
    // The work or the application happens in an app of the sender's own: 専用アプリで, "download our app to apply".
    ownApp: any(
      /専用(?:の)?(?:アプリ|SNS|サイト)(?:を|に|で|から|内)[^。\n]{0,12}(?:ダウンロード|インストール|登録|応募|詳細|お仕事|仕事)|専用(?:の)?(?:アプリ|SNS)を(?:使う|利用する|使用する)だけ|アプリ内(?:にある|の)?お?仕事(?:の)?詳細|専用アプリ(?:は|を)?\s?(?:コチラ|こちら)/,
      /download (?:our|the|this) app (?:to|and) (?:apply|start|get started|sign up|begin)\b/,
    ),
    smsMe:
      /(?:text|sms|whatsapp|message|call|reach|ring) (?:me|us) (?:directly )?(?:at|on) \+?\(?\d|(?:my|our) (?:whatsapp|telegram|signal) (?:number|id|is)\b/,
    discordInterview:
      /Discord[^.\n。]{0,40}(?:interview|call|meeting|server|面談|面接|参加)|(?:interview|面談|面接)[^.\n。]{0,40}Discord/,
    outsideRequest:
      /サービス外(?:での)?連絡(?:申請)?|外部連絡(?:申請)?|外部(?:サイト|ツール|サービス|チャット)(?:で|にて|へ|に)(?:の)?(?:連絡|やり取り|移行|ご連絡)|(?:サイト|プラットフォーム)外(?:で|の|へ|に)/,
    outsidePlatform: /outside (?:of )?(?:upwork|fiverr|freelancer|the platform|this platform|the site)|off[- ]platform/,
    paymentJa: any(
      /(?:USDT|ビットコイン|仮想通貨|暗号資産|PayPay|ペイペイ)(?:で|にて)[^。\n]{0,6}(?:お?支払|受け取|送金)/,
      // Cash in hand: 報酬は手渡し.
      /(?:報酬|お?給料|お?給与|お支払い?)(?:は|を)?[^。\n]{0,6}(?:手渡し|現金払い|現金でお?支払)/,
    ),
    paymentDirect:
      /(?:send|pay) you directly (?:over|via|by|through|on) (?:wise|paypal|payoneer|bank|crypto)|(?:rather|prefer to) (?:send|pay)[^.\n]{0,30}(?:directly|outside)/,
    paymentApps:
      /\b(?:zelle|venmo|cash ?app|western union|moneygram)\b|pa(?:y|id)(?:ment)? (?:in|with|via|by) (?:gift cards?|itunes cards?|steam cards?)\b|pay(?:ment)? (?:via|by|through|in) (?:crypto|bitcoin|usdt|btc|eth)\b|(?:escrow (?:company|service|agent)|third[- ]party escrow)/,
    accountTransfer:
      /(?:口座|account)(?:へ|に|to)?[^。\n]{0,10}(?:お?振込(?:み)?ください|送金してください)|下記の口座|wire (?:the|it|money) to/,
    accountUse:
      /(?:use|access|borrow|rent) (?:your|his|her|my) (?:existing )?(?:upwork |freelancer |fiverr )?account|\bTeamViewer\b|\bAnyDesk\b/,
    lookAlike: any(
      /\b(?:upwrok|upw0rk|upwoork|upvvork|upworks|fiverrr|fiveer|freelancerr|crowdwork(?!s)|lancer(?!s)s?\.(?:net|xyz))\b/,
      /\b(?:upwork|fiverr|linkedin|indeed|github|freelancer|crowdworks|lancers|coconala)(?!usercontent|\.io\b)(?:[-.](?!com\b|jp\b|co\.jp\b)[a-z0-9-]+|[a-z0-9-]+)\.(?:com|net|org|io|xyz|site|online|top|info|app|live)\b/,
    ),
  },
  clear: {
    neverOutside:
      /(?:never|will not|won't|do not|don't|not allowed|prohibited|no)[^.\n]{0,40}(?:outside|off[- ]platform|direct|bank)/,
    neverOutsideJa: /(?:サイト外|直接|外部)[^。\n]{0,20}(?:いたしません|しません|禁止|できません|行いません|お控え)/,
    // The app is the product or the client's own channel, not a way to reach the freelancer.
    productJa:
      /(?:LINE|Telegram)(?:公式)?(?:アカウント)?(?:の)?(?:Bot|ボット|API|ミニアプリ|配信|構築|開発|運用|連携|リッチメニュー|ステップ配信|広告)|(?:お客様|顧客|ユーザー|会員|利用者|患者)(?:様)?(?:から|と|への|向け)?[^。\n]{0,12}LINE|LINE(?:の)?(?:ような|みたい|感覚|くらい)/,
    // "as casual as chatting with friends on LINE": the app names a writing style, not a channel.
    styleJa: /文体|口調|トーン|言葉遣い|テイスト|ノリで書/,
    // The app is the client's current way of working that the job replaces or automates.
    toolEn:
      /(?:reliance on|rely on|relying on|automat\w*|replac\w*|integrat\w*|connect\w*|sync\w*)[^.\n]{0,30}(?:Telegram|WhatsApp|Discord|Messenger|Signal)\b/,
    productEn:
      /(?:Telegram|WhatsApp|LINE|Discord|Messenger|Instagram) (?:bots?|API|mini ?apps?|integration|channel management|community management|moderation|groups? for (?:our|the) (?:customers|users|community))|(?:customers|users|clients) (?:on|via|through) (?:LINE|WhatsApp|Telegram)|as (?:casual(?:ly)?|quick(?:ly)?) as (?:on )?(?:LINE|WhatsApp|Telegram)/,
    // A phone number offered as one more way to answer, beside e-mail, with no chat app named: a recruiter's
    // signature, not a move ("feel free to call or text me at … or email me").
    courtesyPhone:
      /^(?![^\n]*\b(?:whats-?app|telegram|signal|wechat|viber|discord|kakao)\b)(?=[^\n]*\b(?:feel free to (?:call|text|reach)|(?:call|text|reach) (?:me|us)\b[^.\n]{0,60}\bor (?:e-?mail|reply|write)|(?:e-?mail (?:me|us)|reply to (?:me|us|this (?:e-?mail|message)|my (?:e-?mail|message)))\b[^.\n]{0,60}\bor (?:call|text)))/,
    // A payment app named among a company's customers or partners ("thousands of companies like Venmo").
    companyList: /\b(?:companies|customers|clients|brands|partners|fintechs|businesses) (?:like|such as|including)\b/,
    // A later hire named as a prospect ("potential to be hired for a position outside Upwork") moves nothing now.
    laterHire:
      /(?:potential|possibility|possible|opportunity|chance)(?: for you)? (?:to be|of being|to get) (?:hired|employed|brought on)|(?:potential|possible) (?:full[- ]time |long[- ]term )?(?:hire|employment|position)/,
  },
  examples: {
    match: [
      'Feel free to text me on WhatsApp at +1 555 0100 to get started.',
      '詳しいやり取りは契約前にLINEでお願いします。LINEで連絡ください',
      'まずはサービス外連絡申請をお送りします',
      'Contact me on Telegram to discuss.',
      'Payment will be via Zelle after each task.',
      "I'd like to continue on Telegram (@hr_team), as I don't check X often.",
      'Add me on Whats-App: +1 555 0100',
      "For more details, message us on What'sApp: +1 555 0100",
      '☎️ Tele @hiring_desk',
      'Join our Discord server for the interview before we sign the contract.',
      'Message us at t.me/hiring_desk',
      'Details here (telegram.me/hr_desk) Apply now',
      '(api.whatsapp.com/send?phone=15550100) Chat with us',
      'Log in at upwork-jobs.net to accept the offer.',
      'Contact: Telegram - @hiring_desk',
      'Please click https://auth.githubtalentcommunity.online/ to complete the forms.',
      '詳細はラインでご連絡します。ライン追加お願いします',
      'Text me at +1 555 0100 to get started.',
      'LINE ID：hiring_desk01',
      'インスタのDMでご連絡ください',
      'DM me on Instagram for the details.',
      'まずは連絡先を交換しましょう',
      'メールアドレスを教えてください、資料を送ります',
      'The interview will be held on Google Hangouts.',
      '報酬は手渡しでお支払いします',
      'お支払いはPayPayで送金します',
      'You will be paid in gift cards every Friday.',
      'Call me at +1 555 0100 for the job.',
      'If you are interested whatsapp on (Removed by Freelancer.com Admin).',
      'WhatsApp: +91 98 7654 3210',
      '📲Contact: @events_admin if you are keen to book!',
      '仕事は専用アプリでチャットするだけ！アプリ内にある仕事詳細をCHECK',
      'お手持ちのスマホで、専用SNSを使うだけの簡単なバイト！',
      'Download our app to apply and start chatting today.',
      'Add me on Discord: devhire#4821',
      'Discord: hiring.lead',
      'We can do this outside Upwork to avoid the platform fees.',
      '手数料がかからないように直接取引でお願いします',
      'お手持ちのスマホでOK。専用アプリはコチラ',
    ],
    noMatch: [
      'We work with thousands of companies like Venmo, Coinbase and Robinhood.',
      'Please also feel free to call or text me directly at (201) 555-0100 or email me with any questions.',
      'Reply to this e-mail or call me at +1 555 0100 if the role interests you.',
      'Telephone: +65 6123 4567',
      'Email me at tg@studio.example or tele@acme.example',
      '- Potential to be hired for a position outside Upwork after the first project',
      'All communication stays on Upwork.',
      'Images are served from raw.githubusercontent.com and docs from github.com.',
      'オンラインで打ち合わせをします。',
      'We work online, mostly over Zoom.',
      'LINE公式アカウントのリッチメニューを構築してください',
      'お客様からのLINEでの問い合わせ対応をお願いします',
      'Reply as casually as on LINE.',
      'LINEで友だちと話すくらいの気軽な文体で書いてください',
      'Build a Telegram bot for our customers.',
      'We will never ask you to take payment outside the platform.',
      'オンラインで打ち合わせ、ガイドラインに沿って作業してください',
      '製造ラインの改善提案をお願いします',
      'Instagramの投稿とDM対応の運用代行',
      'Build a Messenger bot for our shop.',
      'Grow our Instagram account to 10k followers.',
      'お客様の連絡先を管理するアプリの開発',
      'Design gift cards for our cafe.',
      'Reduce reliance on WhatsApp / manual copy-paste.',
      'Automate the replies we send on WhatsApp to guests.',
      'Contact: hr@studio.example',
      'Issue #1234 is fixed in C#7.',
      'Join our Discord community for product updates.',
      'See ticket#4521 for the full spec.',
      'Community channels: Discord: 20k members, Twitter: 5k followers.',
      'Run paid ad campaigns on Snapchat and TikTok for our brand.',
      'Read the PWM signal on 2 channels with an Arduino.',
      'アプリ内の詳細ページのUIを改善してください。',
      '謝礼はAmazonギフト券でお渡しします。',
      '専用アプリの開発をお願いします',
      'Download the app to test it on your phone.',
    ],
  },
};

/** Payment outside escrow that only matters on an escrow marketplace: direct bank transfer, direct contract. */
export const offEscrowPayment: Rule = {
  id: 'offEscrowPayment',
  description: 'On an escrow marketplace, payment or the contract moves to a direct channel.',
  scope: 'sentence',
  negatable: true,
  raise: {
    directJa: /直接(?:契約|取引|お?振込|ご?指定の口座)|銀行振込|口座にお?振込/,
    directEn:
      // PayPal as how the money moves, not as a payment API the work integrates (Stripe, PayPal, Shopify).
      /(?:direct|bank) (?:bank )?(?:transfer|deposit|wire)|pa(?:y|id|yment)s? (?:you )?(?:via|by|through|with|on|over|to) (?:your |my )?(?:paypal|wise|payoneer)|\b(?:paypal|payoneer) (?:account|e-?mail|address|transfer|payment|invoice|friends)\b|(?:send|transfer)(?:ing)? (?:it |the money |payment )?(?:via|by|through|to) (?:your |my )?paypal\b|\bmy paypal\b|\bvia paypal\b/,
  },
  clear: {
    neverOutside:
      /(?:never|will not|won't|do not|don't|not allowed|prohibited|no)[^.\n]{0,40}(?:outside|off[- ]platform|direct|bank|pay)/,
    neverOutsideJa: /(?:サイト外|直接|外部)[^。\n]{0,20}(?:いたしません|しません|禁止|できません|行いません|お控え)/,
  },
  examples: {
    match: [
      'お支払いは納品後に銀行振込でお願いします。',
      'We pay by direct bank transfer.',
      'You get paid within 24 hours via PayPal/Payoneer/Wise.',
      'Send me your PayPal email and I will pay you.',
    ],
    noMatch: [
      'Payment is released from escrow.',
      '直接のやり取りは禁止されています。',
      'Connect external APIs (e.g., Meta Ads, Stripe, PayPal, Shopify) to the pipeline.',
    ],
  },
};

/** An application that must be sent somewhere else: counts on an escrow marketplace only. */
export const externalApplication: Rule = {
  id: 'externalApplication',
  clear: {
    // A chat tool for the work once hired is ordinary.
    afterContract:
      /契約後|採用後|ご契約後|受注後|after (?:the )?(?:contract|hire|hiring)|once (?:hired|contracted|the contract)/,
  },
  description: 'On a marketplace, applicants are sent to an outside form, site or call before a contract.',
  scope: 'sentence',
  negatable: true,
  raise: {
    applyEn:
      /(?:apply|application|applications|submit (?:your )?(?:proposal|cv|resume))[^.\n]{0,40}(?:https?:\/\/|www\.|google form|typeform|our (?:website|site|careers page|form)|the (?:link|form) below)|only (?:accept|consider) applications (?:via|through|at|on)/,
    applyJa:
      /(?:応募|ご応募|エントリー)[^。\n]{0,24}(?:URL|フォーム|https?:\/\/|下記リンク|こちらのリンク|公式サイト)(?:から|より|にて|で)|(?:URL|フォーム|リンク|公式サイト)(?:から|より|にて)(?:ご)?(?:応募|エントリー)/,
    meetFirstJa:
      /(?:依頼決定|契約|発注|正式依頼)(?:に先立って|の前に|前に)[^。\n]{0,40}(?:顔合わせ|面談|お会い|ミーティング|Zoom|通話)|直接お会いして|対面で(?:の)?(?:打ち合わせ|面談|お会い)/,
    meetFirstEn:
      /(?:interview|call|meeting) (?:before|prior to) (?:signing|the contract|hiring)|before (?:we |i )?(?:hire|sign)[^.\n]{0,30}(?:call|zoom|meet)|(?:zoom|google meet|skype|teams|video call|phone call)[^.\n]{0,30}\bbefore (?:i|we) (?:hire|sign|award|contract)\b/,
    // On a marketplace, the conversation moved to e-mail or a work chat before anyone is hired.
    // An address given for contact before any contract: 連絡先：xxx@gmail.com.
    addressGivenJa: /(?:連絡先|メール(?:アドレス)?|E-?mail|アドレス|Gmail)\s?[:：]\s?[\w.+-]+@[\w-]+\.[\w.]+/,
    contactFirstJa:
      /(?:メール|Gmail|チャットワーク|Chatwork|Skype|Slack)(?:アドレス)?(?:で|にて|へ|に|まで)[^。\n]{0,8}(?:ご?連絡|ご?応募|お問い合わせ|送って|ご?送付)(?:ください|お願い|下さい)|(?:ご?連絡|やり取り|やりとり|ご?応募)(?:は|を)?(?:全て|すべて)?(?:メール|Gmail|チャットワーク|Chatwork|Skype|Slack)(?:で|にて)(?:お願い|行い|させて|ください)/,
    contactFirstEn:
      /(?:email|e-mail|write to) (?:me|us) (?:directly )?at [\w.+-]+@|(?:email|e-mail|send) (?:me|us) (?:your )?(?:cv|resume|portfolio|application|samples?|details|proposal)[^.\n]{0,12}\b(?:at|to) [\w.+-]+@|send (?:your )?(?:cv|resume|portfolio|application|proposal) (?:directly )?to [\w.+-]+@/,
    callFirst:
      /\b(?:please )?(?:call|phone|ring) (?:me|us|[a-z]+ [a-z]+) (?:at [+(\d][\d\s().-]{6,} )?to discuss\b|(?:zoom|google meet|skype|電話)[^.\n。]{0,20}(?:interview|面談|面接)[^.\n。]{0,30}(?:before|契約前|前に)|(?:面談|面接)(?:は)?[^。\n]{0,10}(?:Zoom|ZOOM|Google Meet|Skype|Teams|電話)[^。\n]{0,20}(?:契約前|発注前|依頼前|ご依頼の前|契約の前)/,
  },
  examples: {
    match: [
      'Please apply only through https://forms.example/apply',
      'ご応募は下記URLのフォームからお願いします',
      'ご興味のある方はメールにてご連絡ください',
      'Send your CV directly to hiring@studio.example',
      '連絡はChatworkでお願いします',
      "Let's discuss on Zoom before I hire you.",
      'Please call Anthony James to discuss.',
      'Please email me your portfolio at anna@mail.example',
      '面談はZoomで行います（契約前）',
      '連絡先：tanaka.design@mail.example',
    ],
    noMatch: [
      'Apply with a short note about your past work.',
      'ご応募お待ちしております',
      '契約後はチャットワークでご連絡をお願いします',
    ],
  },
};
