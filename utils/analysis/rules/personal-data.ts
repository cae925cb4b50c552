import { any, type Rule, seq } from './define';

/** The work handles other people's personal data, or the text sets rules for 個人情報. */
export const personalData: Rule = {
  id: 'personalData',
  description: "The work handles other people's personal data.",
  scope: 'sentence',
  // "shall not disclose personal data" is a rule about personal data, not its absence: only the clearing
  // words below (no access, never see, 扱いません) say the work holds none.
  negatable: false,
  raise: {
    impliedJa:
      /(?:請求書|領収書|伝票|申込書|アンケート)(?:の)?(?:データ)?(?:入力|転記|集計)|有料会員|会員登録(?:者)?(?:の)?(?:管理|処理|受付|対応|確認|代行|データ|情報|リスト)|会員(?:制|管理)|給与計算|勤怠管理|録音(?:データ)?|顧客管理|採用面接|応募者対応/,
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
      /personal (?:data|information|details of (?:customers|users|members|clients))|\bPII\b|\bGDPR\b|\bHIPAA\b|patient (?:initial |follow[- ]up |new )?(?:data|records?|information|encounters?|visits|charts)/,
    customersEn:
      /customer (?:data|lists?|records|information|emails?|accounts|names|database)|member (?:data|lists?|information|records)|user (?:data|database|records)|mailing list|email list|contact list|database of (?:\d[\d,]* )?(?:users|customers|members|clients|patients|contacts|leads|subscribers)\b|(?:moderat|review)\w* (?:user|member)s?'? (?:profiles|messages|chats|photos)\b/,
    // The classes real offers use without naming 個人情報: orders and shipping, customers' details,
    // business cards, members' payments, recordings of conversations, staff records.
    ordersWorkJa: any(
      /(?:受注|注文)(?:の)?(?:処理|業務|対応|受付|入力)/,
      /(?:梱包|受注)(?:・|及び|と|、)?(?:発送|出荷)|発送(?:代行|手配|業務)|受注(?:メール|確認)(?:の)?(?:対応|処理|返信)|出荷(?:作業|業務|指示)|送り状|配送(?:ラベル|伝票)/,
    ),
    // 顧客の氏名 and 顧客情報, but not 顧客の情報 (a confidentiality clause's words for the client's business).
    peopleDetailsJa: seq(
      /(?:お客様|お客さま|顧客|利用者|ユーザー?|会員|患者|生徒|受講生|従業員|社員|入居者|購入者|参加者)(?:様)?/,
      /(?:の)?(?:個人情報|氏名|名前|住所|連絡先|電話番号|メールアドレス|名簿|台帳)|(?:情報|データ|一覧|リスト|属性|DB|データベース)/,
    ),
    cardsJa:
      /名刺(?:を|の|から)?[^。\n]{0,12}(?:入力|データ|スキャン|読み取|登録|整理|エクセル|Excel|スプレッドシート|リスト化)/,
    paymentsJa:
      /(?:会員|生徒|受講生|利用者|お客様|顧客)(?:様)?(?:の|から)?[^。\n]{0,6}(?:入金|決済|支払|会費|月謝)|(?:会費|月謝|受講料)(?:の)?(?:管理|徴収|集金|確認)/,
    recordingsJa:
      /(?:インタビュー|会議|商談|面談|通話|電話|取材|座談会|ヒアリング|カウンセリング)(?:の)?(?:音声|録音|動画)?(?:データ)?(?:の|を)?[^。\n]{0,6}(?:文字起こし|書き起こし|テープ起こし)/,
    // Customers' own questions and complaints, answered by the freelancer.
    supportJa:
      // Answering them, not building what answers them (a chatbot, a form, a tool that automates it).
      /(?:お客様|お客さま|顧客|会員|購入者|患者)(?:様)?(?:から|へ)?の?(?:お?問い?合わ?せ|問合せ|クレーム|ご相談)(?:への)?(?:対応|返信|回答|受付)(?!を?(?:自動化|効率化)|の?(?:システム|ツール|フォーム|チャットボット|ボット|AI))|カスタマー(?:サポート|サービス)(?:業務|担当|スタッフ)(?!の?(?:自動化|効率化|システム|ツール))|(?:お客様|お客さま|顧客|会員|購入者|利用者)(?:様)?(?:から|へ)?の?(?:メッセージ|メール|コメント|DM|チャット)(?:に|への|の)?(?:返信|対応|回答)/,
    // Lists of people made by the work: influencers, accounts, prospects.
    peopleListsJa:
      /(?:インフルエンサー|候補者|見込み客|見込み顧客)(?:様)?(?:の)?(?:情報|連絡先|メールアドレス|アカウント)?(?:を|の)?(?:リスト(?:化|収集|作成|アップ)|収集)|(?:アカウント|ユーザー)(?:の)?(?:情報|連絡先|メールアドレス)(?:を|の)?(?:リスト(?:化|収集|作成|アップ)|収集)/,
    // People calling or writing in: a call centre, a help desk, phone answering, inquiries from the public.
    callsJa: any(
      /コールセンター(?:業務|スタッフ|オペレーター|対応|の(?:業務|仕事|運営))|受電(?:業務|対応)?|インバウンド(?:コール|業務)|クレーム(?:対応|処理)/,
      /(?:顧客|お客様|お客さま|購入者|利用者|会員)(?:様)?対応|お問い?合わ?せ(?:の)?(?:対応|調査|返信)(?!を?(?:自動化|効率化)|の?(?:システム|ツール|フォーム|チャットボット|ボット|AI))/,
    ),
    // Mail sent to a list of people, bookings kept for them, candidates and applicants handled for a client.
    listsWorkJa: any(
      /(?:メルマガ|メールマガジン|ステップメール|一斉メール)(?:の)?(?:配信|送信|運用)/,
      /予約(?:の)?(?:管理|受付|対応|確認)(?:業務)?(?!の?(?:システム|ツール|アプリ|機能|画面|サービス|サイト|ページ|メール|テンプレ|フォーム))/,
      /スカウト(?:メール|文|メッセージ)?(?:の)?(?:送信|配信|代行)|採用代行|(?:候補者|応募者)(?:様)?(?:の)?(?:選定|ソーシング|管理|対応|連絡)/,
    ),
    // What users sign in to, and answers people give: ログイン機能, 会員サイト, アンケート結果の集計.
    usersJa:
      /ログイン機能|会員機能|会員サイト|マイページ機能|ユーザー?管理(?:機能|画面)|アンケート(?:の)?(?:回答|結果)(?:の)?(?:集計|入力|分析|転記)/,
    // Other people's identity papers, read or translated: 戸籍, 住民票, 在留カード.
    papersJa: /戸籍(?:謄本|抄本)?|住民票|在留カード|本人確認書類(?:の)?(?:確認|チェック|審査|照合)/,
    staffRecordsJa:
      /年末調整|入退社(?:の)?手続|社会保険(?:の)?手続|マイナンバー|住所録|予約者|カルテ|問診票|診療録|レセプト/,
    ordersWorkEn:
      /(?:process|processing|fulfil|fulfill|fulfilling|handle|handling|manage|managing|track|tracking) (?:(?:customer|online|incoming|daily|shop|store|our|all|the) )?orders\b|order (?:processing|fulfil(?:l)?ment|entry)/,
    peopleDetailsEn: seq(
      /\b(?:customer|member|user|patient|student|learner|employee|candidate|applicant|subscriber|donor|guest|tenant|buyer)(?:s|'s|s')? /,
      /(?:names|addresses|phone numbers|e-?mails?|e-?mail addresses|contact (?:details|info(?:rmation)?)|details|profiles|records|files|payments|billing|PII|progress|grades|attendance)\b/,
    ),
    contactFieldsEn: any(
      /\b(?:(?:full )?names?|e-?mail(?: address(?:es)?)?s?|phone numbers?|(?:postal |mailing |home )?address(?:es)?)(?:, | and | or |\/| & ){1,2}(?:(?:full )?names?|e-?mail(?: address(?:es)?)?s?|phone numbers?|(?:postal |mailing |home )?address(?:es)?)\b/,
      // A record's fields: "Full Name, Payment Amount, Payment Date, Phone number".
      /\b(?:full |first |last )?names?\s?,[^.\n]{0,60}\b(?:phone numbers?|e-?mail address(?:es)?|(?:postal |mailing |home )addresses)\b/,
      /\b(?:their|customers'|clients'|users'|leads'|guests') (?:e-?mail addresses|e-?mails|phone numbers|contact details|home addresses)\b/,
    ),
    paymentsEn:
      /(?:membership|member|tuition|tenant|donor) (?:payments|dues|fees|billing|renewals)|(?:collect|track|reconcile|process)(?:ing)? (?:member|customer|client|tenant|student|donor) payments/,
    recordingsEn: any(
      /transcrib(?:e|ing|ed)\b[^.\n]{0,30}(?:interviews?|calls?|meetings?|focus groups?|consultations?|depositions?|hearings?|therapy)/,
      /(?:interview|call|meeting|customer|patient|medical|consultation) (?:audio|recordings?|transcripts?)/,
      // Recordings of what users do on a site: every session is a person's.
      /\bsession (?:replays?|recordings?)\b|\b(?:user|visitor) (?:recordings|session recordings)|\b(?:fullstory|logrocket|hotjar recordings)\b/,
    ),
    recordsEn:
      /(?:update|enter|input|maintain|clean|manage)(?:ing)? (?:our |the )?(?:CRM|customer database|contact database|donor database)|CRM (?:data|records|entries)|medical (?:billing|coding|scribe)|health records|\bEHR\b|\bEMR\b|background checks/,
    // Answering customers' own requests: their names, accounts and orders are in every ticket.
    supportEn: any(
      /customer (?:support|service|care) (?:representatives?|specialists?|agents?|associates?|reps?)\b/,
      // A person answering them by a channel, not software handling "user requests".
      /(?:answer|respond(?:ing)? to|handl(?:e|ing)|resolv(?:e|ing))(?:ing)? (?:incoming )?(?:customer|client|guest|member|patient)(?:s'|'s)? (?:inquiries|enquiries|tickets|e-?mails|calls|complaints|messages)(?: (?:by|via|over|through|on) (?:e-?mail|phone|telephone|chat|live chat)| daily| promptly)/,
    ),
    // Lists of people made by the work: leads, influencers, contacts.
    peopleListsEn:
      /\blead lists?\b|(?:build|compil|collect|scrap|harvest|gather)(?:e|ing)? (?:a |the )?(?:list|database|spreadsheet) of (?:\d[\d,]* )?(?:(?:verified|personal|business) )?(?:e-?mails|e-?mail addresses|contact details|contacts|phone numbers|influencers|prospects|decision[- ]makers|leads)\b|(?:scrap|harvest|collect)(?:e|ing) (?:the )?(?:e-?mails|e-?mail addresses|contact details|phone numbers)(?: of| from)\b/,
    healthEn:
      /personali[sz]ed health (?:reports?|data|records)|(?:patients?|members?|users?|individuals?)(?:'|'s)? (?:health|medical) (?:data|records|reports|information|history)|patients?(?:'|'s)? (?:lab|laboratory|blood|test) (?:results|reports?)|pulmonary function test/,
    // People calling or writing in: a call centre, a help desk, phone support.
    callsEn:
      /\bcall (?:center|centre)s?\b(?! (?:software|system|platform|solution|tool|app|dashboard|analytics))|\binbound calls\b|answer(?:ing)? (?:incoming |inbound )?(?:phone )?calls (?:from|for) (?:our )?(?:customers|clients|patients|guests|callers|members|clinic|office|store|shop|business)\b|answer(?:ing)? (?:customer|client|patient|guest)s?'? calls\b|\bphone support (?:agents?|representatives?|specialists?|staff)\b/,
    // Mail sent to a list of people, bookings kept for them, candidates screened for a client, an inbox run.
    listsWorkEn: any(
      /\b(?:newsletters?|e-?mail campaigns?|sms campaigns?|e-?mail blasts?)\b[^.\n]{0,40}\b(?:subscribers|(?:subscriber|customer|mailing|contact) list)\b|\bsubscriber list\b/,
      /(?<!\b(?:build|develop|design|creat|mak|cod|automat)\w*\b[^.\n]{0,60})(?:manag|handl|schedul|book)(?:e|es|ing) (?:client |customer |patient |guest )?(?:appointments|bookings|reservations)\b/,
      /(?<=\b(?:you|you'll|responsible for|help(?: us)?(?: to)?|tasks? (?:include|are)|duties include|experience)\b[^.\n]{0,30})\b(?:sourc(?:e|es|ing)|screen(?:s|ing)?|shortlist(?:s|ing)?) (?:qualified |potential )?(?:candidates|applicants)\b|(?:schedul|coordinat)(?:e|ing) (?:candidate )?interviews with candidates/,
      /\binbox management\b|(?:manag|organi[sz])(?:e|ing) (?:my|our|the|an executive'?s?) (?:e-?mail )?inbox(?:es)?\b/,
      /(?:salesforce|hubspot|zoho|pipedrive)(?: crm)? (?:data|contacts|records|migration|clean-?up)\b|\bcontacts? (?:migration|import|clean-?up|de-?duplication)\b|\bHRIS\b/,
    ),
    // Laws on personal data named as rules of the work.
    lawsEn:
      /\b(?:CCPA|CPRA|PIPEDA|APPI|PDPA|LGPD)\b|\bdata protection (?:law|laws|act|legislation|regulations?|rules|requirements)\b|\bprivacy (?:law|laws|act|legislation|regulations?)\b/,
    // What users sign in to: accounts, member areas, a customer portal; and the tickets, mailing tools and
    // forms that hold people's messages, addresses and answers.
    usersEn: any(
      /\buser management\b|\b(?:login|log[- ]in|sign[- ]in) (?:and|&|\/) (?:registration|sign[- ]?up)\b|\bmember(?:ship)? management\b/,
      /(?<!\b(?:build|develop|design|creat|mak|cod|automat)\w*\b[^.\n]{0,60})\b(?:customer|support) (?:tickets|chats|inquiries|enquiries)\b|\bcustomer orders\b|\b(?:reply|replying|respond|responding) to (?:our |the )?(?:customers|buyers|guests|members|patients)\b|\b(?:returns and refunds|refunds and returns|order management)\b/,
      /\b(?:mailchimp|klaviyo|sendgrid|activecampaign|convertkit|brevo|sendinblue)\b[^.\n]{0,40}\b(?:lists?|audiences?|subscribers|segments|contacts)\b/,
      /\b(?:survey|form|questionnaire) (?:responses|submissions|respondents)\b/,
      /\b(?:lead|prospect) (?:research|list building|lists?)\b|\blinkedin (?:outreach|prospecting|profiles)\b|\b(?:apollo\.io|zoominfo|sales navigator|hunter\.io|lusha)\b/,
    ),
    // Other people's papers, read, translated or checked.
    papersEn:
      /(?:translat|review|verif|process|check|prepar|fil)(?:e|es|ed|ing|y|ies|ication)?\b[^.\n]{0,30}\b(?:passports|driver'?s licen[cs]es|birth certificates?|marriage certificates?|bank statements|tax returns|immigration (?:documents|forms)|visa applications|ID documents)\b/,
    ordersEn: any(
      /order (?:histor(?:y|ies)|data|details)|shipping (?:labels?|addresses)|payment (?:data|information|details)|credit card (?:numbers|data|details)/,
      /business cards|call recordings?|recorded (?:customer )?(?:phone )?calls|voice recordings|date of birth|birth ?dates?|home address(?:es)?|(?:phone|mobile) numbers? of/,
    ),
  },
  clear: {
    noLeakJa:
      /個人情報(?:の)?(?:流出|漏洩|漏えい)(?:など|等)?(?:は|の心配は)?(?:なく|なし|ありません|ない)|(?:営業|技術)(?:上の)?情報(?:（|\()/,
    noneJa:
      /個人情報の(?:取り?扱い?|利用)(?:について|に)(?:同意|承諾)|(?:お預かりした|ご登録いただいた|お客様の|あなたの|皆様の)?個人情報(?:は|を)[^。\n]{0,10}(?:厳重に|適切に|大切に)[^。\n]{0,6}(?:管理され|保護され|取り扱われ|管理いたします|お取り扱いいたします)|触れることはありません|触れません|扱いません|含まれません|ダミー|架空|(?:ご自身|あなた)の(?:氏名|名前|お名前)|お名前[^。\n]{0,10}(?:年齢|ご連絡)/,
    cardDesign:
      /business cards? (?:design|layout|template)|design(?:ing)?[^.\n]{0,30}business cards?|名刺(?:の)?(?:デザイン|作成|印刷)/,
    // Addresses and phone numbers of shops or companies are business listings, unless a person is named too.
    businessListJa:
      /^(?![^\n]*(?:氏名|名前|担当者|個人|会員|顧客|お客様))(?=[^\n]*(?:店舗|会社|企業|施設|法人|事業所)名)/,
    businessListEn:
      /^(?![^\n]*(?:\bperson|people|customer|member|patient|employee|individual|contact person))(?=[^\n]*(?:business|company|store|shop|restaurant|venue) (?:names|listings|directory))/,
    // Calls and questions from client companies are business contacts, not the public's.
    businessCallsJa:
      /(?:企業|法人|取引先|代理店|加盟店)(?:様)?(?:から|様から)の[^。\n]{0,10}(?:問い?合わ?せ|受電|電話)/,
    sampleData: /サンプルデータ|テストデータ|sample data|test data|mock data|synthetic data/,
    noneEn:
      /(?:I|you) (?:agree|consent) to (?:the|our)? ?(?:privacy policy|processing of (?:my|your) personal data)|no (?:personal|customer|user) (?:data|information)|(?:does|do|will) not (?:involve|include|contain|require|touch|handle) (?:any )?(?:real )?(?:personal|customer|user|client|member)s?'? ?(?:data|information|names|e-?mails|details|records)|never see|no access to|not (?:see|access|handle|touch)|made[- ]up|fictional|dummy|anonymi[sz]ed|(?:reply|send|provide|share|include) (?:us |me )?(?:with )?your (?:own |full )?(?:name|details|contact)/,
  },
  examples: {
    match: [
      'Analyse FullStory session replays to find where users drop off.',
      'Organize the report by Provider, Date of Service and Patient Initial Encounter.',
      'Our AI lets hospitals analyze the complete patient record for every discharge.',
      "Track each learner's progress and attendance in the LMS.",
      '顧客リストを使ったメール配信作業です。',
      '会員の氏名・住所・電話番号をスプレッドシートに入力',
      '名刺のデータ化をお願いします',
      'You will clean our customer data in Excel.',
      'Print the shipping labels for each order.',
      '請求書・領収書のデータ入力作業です',
      'Handle payroll calculations for our staff.',
      'You will be evaluating resumes to rate candidates.',
      '従業員ユーザアカウントの管理、運用',
      'ネットショップの受注処理と梱包・発送をお願いします。',
      'お客様の氏名と住所を伝票に転記する作業です',
      'いただいた名刺をスキャンしてスプレッドシートに入力',
      '会員様からの月謝の入金を確認して台帳に記録',
      'インタビュー音声の文字起こしをお願いします',
      '電子カルテへの入力補助をお願いします',
      '名刺の会社名・氏名・電話番号をExcelに入力',
      'You will process customer orders and print the labels.',
      'Enter the names, phone numbers and addresses from the forms.',
      'Track member payments and send reminders.',
      'Transcribe recorded client interviews into Word.',
      'Keep our CRM records up to date after each call.',
      'We need a customer support specialist for our online shop.',
      'You will respond to customer inquiries by e-mail and chat.',
      'Build a lead list of 500 decision-makers in logistics.',
      'Scrape contact details of influencers from Instagram.',
      'We deliver personalized health reports to our users.',
      'お客様からのお問い合わせ対応をお願いします',
      'Instagramのインフルエンサーの情報を収集してスプレッドシートに入力',
      'ネットショップのカスタマーサポート業務です',
      '旅行会社向けコールセンター業務です',
      '受電対応と簡単なデータ入力をお願いします',
      'Phone support agents for our online store.',
      'ECサイトのお問合せの調査と返信',
      '店舗の予約管理とメルマガ配信をお願いします',
      'スカウトメールの送信代行をお願いします',
      '候補者の選定をお願いします',
      '戸籍謄本の翻訳をお願いします',
      'We need someone to answer incoming calls for our clinic.',
      'You will source and screen candidates for our sales roles.',
      'Send our monthly newsletter to the subscriber list in Mailchimp.',
      'Manage patient appointments in our booking tool.',
      'Inbox management and calendar scheduling for our CEO.',
      'Clean up our HubSpot contacts before the migration.',
      'Translate birth certificates and bank statements for visa applications.',
      'The shop must comply with the CCPA.',
      'Admin panel with user management and role permissions.',
      'Answer customer tickets in Zendesk.',
      'Set up Klaviyo flows and segment our subscriber lists.',
      'Export the survey responses to a spreadsheet.',
      'LinkedIn outreach to founders with Sales Navigator.',
      '会員サイトのログイン機能を実装',
      'アンケート結果の集計をお願いします',
      '顧客DBの整理とクレンジング',
      'We keep a database of 20,000 customers in Airtable.',
      'Moderate user profiles and messages on our dating app.',
      'Record: Full Name, Payment Amount, Payment Date, Phone number.',
      'It should come with their name, address and phone numbers.',
      'Since I already have their email addresses I send them a follow-up.',
      'The Contractor shall not disclose any personal data received from the Client.',
      'Contractor will comply with all applicable privacy laws.',
      'You will have access to our Shopify store and customer orders.',
      'Manage our inbox and reply to customers within a day.',
      'ECサイトの受注メールの対応と発送業務',
      'LINE公式アカウントでお客様からのメッセージに返信',
    ],
    noMatch: [
      '会員が本規約に違反した場合、事前通知なく会員登録を抹消できるものとします。',
      '※個人情報は厳重に管理され、無理な勧誘は行いません。',
      'Track project progress in Jira.',
      'Please tell us your name and age when you apply.',
      'The shop scenarios are fictional; you will never see real customer data.',
      'Kindly reply with your full name, home address and phone number.',
      '名刺のデザインをお願いします',
      '専用アプリを通じて行うので個人情報流出などはなく安心です',
      'ユーザーの声を元にLPのコピーを書いてください',
      '完成した作品は弊社まで発送をお願いします',
      'YouTube動画の文字起こしをお願いします',
      'Design a business card and a letterhead for our studio.',
      'Build the order page with sample data only; no real customers yet.',
      'Write product descriptions for our online store.',
      '乙は、本業務により知り得た甲の顧客の情報を第三者に開示しない。',
      'リストの店舗名・住所・電話番号が正しいかを検索で確認してください',
      'Check the business names, addresses and phone numbers in our directory.',
      'Build an AI chatbot to answer customer questions on our site.',
      'The API must handle user requests at scale.',
      'Design a lead generation landing page.',
      'Build a contacts page for our website.',
      'Write a lab report for my chemistry class.',
      'The UI of a personalized health coaching app.',
      '顧客からの問い合わせ対応を自動化するチャットボットの開発',
      'カスタマーサポート業務の効率化ツールを開発',
      'お客様問い合わせ受付フォームの作成',
      'リードエンジニアとしてログ収集基盤の構築',
      'ユーザーが買い物リスト作成できるアプリ',
      'Build an AI chatbot for customer support on our website.',
      'お問い合わせはお気軽にどうぞ',
      'Health insurance and a pension plan are included.',
      '導入企業からの各種問い合わせ対応',
      '法人向け架電のテレアポスタッフ募集',
      'ユーザーからの問合せ対応(窓口からのエスカレ対応)',
      '電話対応が可能な方',
      'IT help desk support for our staff.',
      '予約システムの画面デザインをお願いします',
      '店舗向け予約管理システムのフロントエンド開発',
      '【勤務地】当社コールセンター（駅から徒歩5分）',
      'ソフト導入企業からの問い合わせを受電し、内容を記録',
      'メルマガのバナー画像を作成してください',
      'Build a help desk ticketing app with React.',
      'Design a newsletter template for our brand.',
      'Please send a copy of your passport with your application.',
      'Build the booking page of our salon website.',
      'Applicants will be screened by our team.',
      'Design a lead generation landing page for our agency.',
      'Write a blog post about data protection for small teams.',
      'Design the survey form in Figma.',
      'Translate our marketing site and customer portal into Japanese.',
      'You must be able to answer calls during EST business hours.',
      'Design a landing page for our call center software.',
      'Build an AI chatbot that answers customer inquiries.',
      'Build a React Native app for managing appointments at our salon.',
      'We will be screening applicants on a rolling basis.',
      'Our docs are a mess, which slows onboarding of new hires.',
      "Update our iOS app to meet Apple's new privacy requirements.",
      'Register a domain name and set up a professional email address for our bakery.',
      'Please put your name in the subject line and send it to our email address.',
      '予約管理の画面デザインをお願いします',
      '予約確認メールのテンプレートをデザイン',
      'This task does not involve customer names or emails.',
      'No personal data is involved: the texts are public.',
      'The work does not involve any customer data.',
      '個人情報は扱いません',
      '上記の個人情報の取扱いについて同意する',
      'By applying you consent to the processing of your personal data.',
    ],
  },
};
