import { any, type Rule } from './define';

// Where the work happens. ../remote.ts weighs these: the title first, then a strong on-site statement,
// a hybrid wording, a remote one, and last the weak hints (a region list, physical work, an office address).

const ja = {
  fullWords: /フルリモート|完全リモート|完全在宅|リモート完結|在宅完結|オンライン完結|オンラインで完結|フル在宅/,
  homeWork: /在宅(?:勤務|ワーク|作業|ワーカー)?/,
  remoteWordJa:
    // The lookahead reads past ワーク/勤務/作業, so "リモート勤務について：常駐" (a field's label) is not a remote statement.
    /リモート(?!(?:ワーク|勤務|作業)?\s*(?:MTG|会議|ミーティング|面談|面接|打ち合わせ|での打ち合わせ|サポート|操作|接続|デスクトップ|頻度|可否|の可否|有無|について|に関して|[:：]\s*(?:不可|なし|無し|NG|×|✕|常駐|出社)))(?:ワーク|勤務|作業)?/,
  noCommute: /出社不要|通勤不要|出勤不要|来社不要/,
  // The place of work given as home: 作業場所：ご自宅.
  // The work itself is done in an online session: インタビューはオンライン形式で行います.
  onlineFormat:
    /(?<!(?:面接|面談|説明会|選考|打ち合わせ)[^。\n]{0,12})(?:オンライン|Zoom|ZOOM|Google Meet)(?:による|での)?(?:オンライン)?形式(?:で|にて)(?:行い|実施|行う|開催)/,
  placeHome: /(?:作業|勤務|就業|稼働)(?:場所|地)\s?[:：]\s?(?:ご?自宅|在宅|リモート|オンライン|どこでも|自由)/,
  // テレワーク the way of working, not テレワーク the product being sold or introduced.
  teleworkJa:
    /テレワーク(?:勤務|可|OK|での|で|にて|中心|メイン)?(?!\s?(?:導入|支援|推進|ツール|環境の構築|関連|製品|商材|サービス))/,
  anywhere:
    /場所を問わず|場所(?:は|ともに)?(?:自由|問いません)|居住地(?:は)?(?:問いません|不問|自由)|好きな場所で|海外在住(?:の方)?(?:も)?(?:OK|可)/,
  nationwide: /全国(?:どこからでも|から|OK|可|対応|どこでも)|オンライン\s?[:：]\s?全国/,
  // "どこでも稼げる", "いつでもどこでも働ける": the place is the worker's own (not どこでも出張).
  anywhereWork:
    /(?<!出張|訪問)どこでも(?![^。\n]{0,8}(?:出張|訪問|伺|駆けつけ))[^。\n]{0,6}(?:稼げ|働け|働く(?:ことが)?(?:可能|でき)|作業でき|仕事でき|参加でき)/,
  device:
    /(?:スマホ|スマートフォン|PC|パソコン)(?:1台|ひとつ)?(?:だけ|のみ)?で(?:完結|作業|できる|OK)|(?<!(?:来て|来社して|店舗で|現地で|常駐)[^。\n]{0,6})(?:スマホ|スマートフォン)(?:1台|ひとつ)?(?:だけ|のみ)?で(?!の)[^。\n、]{0,6}(?:お仕事|入力|作業)(?!は?(?:不可|NG|できません))|自宅で(?:作業|できる|完結|働)/,
};
const en = {
  fully: /fully remote|100% remote|remote[- ](?:first|only)|all[- ]remote|remote[- ]friendly/,
  fromHome:
    /work(?:ing)? (?:from|at) home|work from anywhere|work (?:from )?wherever|from anywhere in the world|\bwfh\b|telecommut(?:e|ing)|TELECOMMUTE/,
  remoteWordEn:
    /\bremote(?:ly)?(?: work)?\b(?! (?:desktop|server|access|control|sensing|repositor|branch|origin|api|database|machine|teams|colleagues|engineers|developers|workers|employees|staff|companies|clients|customers|offices|sites|locations|devices))/,
  location:
    /location\s?:\s?(?:remote|anywhere|worldwide)|\boffice (?:is |attendance is )?optional\b|\boptional office\b/,
  homeBased:
    /home[- ]based|from (?:the comfort of )?your (?:own )?home|distributed team|remote[- ]based|virtual (?:position|role|job)/,
  // The work itself is given over video calls: "assistance will be provided via online meetings".
  overVideo:
    /(?<!\b(?:interview|screening|hiring|onboarding) )\b(?:assistance|the work|sessions?|lessons?|tutoring|coaching|consultations?|support) (?:will be |is |are )?(?:provided|done|held|conducted|given|delivered) (?:entirely |fully |only )?(?:via|over|through|by|in) (?:online meetings?|video calls?|zoom|google meet|skype|microsoft teams)\b/,
  // Everything is done by phone and e-mail, or online: no place of work.
  byPhoneOrOnline:
    /(?:everything|all (?:the )?(?:work|tasks)|the (?:job|work|position|role)) (?:can|will) be (?:done|handled|performed|completed|carried out) (?:entirely |fully |completely )?(?:by|via|over|through|from) (?:phone|telephone|e-?mail|the internet|your (?:phone|computer|laptop))/,
};

/** The work is remote, as the text says it. Negated ("not a remote role", 在宅不可) it reads as on-site. */
export const remoteFull: Rule = {
  id: 'remoteFull',
  description: 'The text says the work is done remotely.',
  scope: 'clause',
  negatable: true,
  raise: {
    ...ja,
    ...en,
  },
  examples: {
    match: [
      'フルリモートで稼働できる方',
      'The assistance will be provided via online meetings.',
      'インタビューはGoogle Meet/ZOOMによるオンライン形式で行います。',
      '作業場所：ご自宅',
      'スマホ1台で、どこでも楽しく稼げちゃう!',
      'メールでもやりとり出来るので、「いつでも」「どこでも」働くことが可能。',
      'Office optional; most of the team works from home.',
      'No travel is needed: everything can be handled by phone and email.',
      '【在宅】データ入力のお仕事',
      'オンライン：全国OK',
      'スマホで完結するお仕事です',
      '【スマホで商品情報入力】決められた項目に整理するお仕事',
      '在宅でできる簡単な作業',
      'This is a fully remote job.',
      'Work from anywhere, async.',
      'Location: Remote',
      'We are a remote team.',
      'テレワーク可、週の稼働は20時間ほど',
      'A home-based role with flexible hours.',
    ],
    noMatch: [
      'どこでも出張して作業できます',
      'リモート不可、渋谷オフィスでの勤務',
      '在宅勤務は不可です',
      'リモートMTGは週1回',
      'リモート頻度：常駐',
      '■リモート勤務について： 常駐',
      'リモートワーク：不可',
      'リモートワーク：  NG',
      'スマホでの作業は不可',
      '店舗に来てスマホで商品登録作業をしていただきます。',
      'This is not a remote role.',
      'No telecommuting.',
      'Access our remote desktop to run the tests.',
      'We build mobile apps for retailers.',
      '中小企業向けテレワーク導入支援サービスの営業資料作成',
    ],
  },
};

/** Remote with office days that are required or possible. */
export const remoteHybrid: Rule = {
  id: 'remoteHybrid',
  description: 'Remote work with required or possible office days.',
  scope: 'sentence',
  negatable: true,
  raise: {
    partRemoteJa:
      /リモート頻度(?:は)?\s?(?:応相談|要相談|相談)|\d{1,2}\s?[%％]\s?(?:リモート|在宅)|その後(?:は)?\s?(?:\d{1,2}\s?[%％]\s?)?(?:リモート|在宅)/,
    // Remote by arrangement: the office is the default (テレワーク相談可能, "remote negotiable").
    remoteByArrangement:
      /(?:リモート|テレワーク|在宅)(?:勤務|ワーク)?(?:も|は|の)?(?:応相談|要相談|相談可(?:能)?|相談OK|ご相談(?:可|ください|下さい))|\b(?:remote(?: work)?|telework|work from home|WFH) (?:is )?negotiable\b/,
    hybridWord: /ハイブリッド|\bhybrid\b|一部リモート|リモート併用|在宅併用|一部在宅|リモートと出社|出社とリモート/,
    someDaysRemote:
      /週\s?[1-4](?:\s?[,、・~〜～-]\s?[1-4])?\s?(?:日|回)?(?:程度|ほど)?(?:の|は)?\s?(?:リモート|在宅|テレワーク)/,
    weeklyOffice:
      /週\s?[1-4一二三四]\s?(?:日|回)?(?:程度|ほど)?(?:の|は)?[^。\n]{0,16}(?:出社|来社|出勤)|(?:出社|来社|出勤)(?:頻度|日数)?\s?[:：]\s?週\s?[1-4]/,
    monthlyOffice: /月\s?[1-9一二三]\s?(?:日|回)?(?:程度|ほど)?(?:の|は)?[^。\n]{0,50}(?:出社|来社|出勤)/,
    possibleOffice:
      /出社(?:の可能性|が発生|する場合|していただく場合|することも|をお願いする(?:場合|こと)|日|あり)|(?:基本|原則)(?:的に)?\s?(?:リモート|在宅)[^。\n]{0,20}(?:出社|来社)|(?:状況|必要|案件|時期|フェーズ|進捗)(?:に)?(?:より|よって|応じて)[^。\n]{0,8}(?:出社|来社|出勤|常駐)|(?:たまに|時々|ときどき|まれに|稀に|不定期(?:で|に)?)[^。\n]{0,12}(?:出社|来社|出勤)|月に?\s?(?:数|1[〜~-]2|一、?二)\s?(?:回|日)[^。\n]{0,12}(?:出社|来社|出勤)|(?:need|required|expected|asked) to come (?:in(?:to)? (?:the |our )?office|in (?:for|on) (?:\w+ )?(?:days?|meetings?|planning|reviews?|workshops?|standups?)|to (?:the|our) office)\b/,
    startOnsite: /(?:初日|初回|最初の[^。\n]{0,6}|立ち上げ時|研修期間)(?:のみ|だけ|は)?[^。\n]{0,8}(?:出社|来社|常駐)/,
    officeDays: any(
      /\b(?:[1-4]|one|two|three|four)\s(?:days?|times?)\s(?:a|per|each|every)\s(?:week|month|two weeks|other week|fortnight)[^.\n]{0,40}\b(?:office|on-?site|in person)/,
      /\b(?:office|on-?site|in person)[^.\n]{0,30}\b(?:[1-4]|one|two|three|four)\s(?:days?|times?)\s(?:a|per|each|every)\s(?:week|month|two weeks|other week|fortnight)/,
      /\b(?:once|twice)\s(?:a|per|every)\s(?:week|month)[^.\n]{0,30}\b(?:office|on-?site|in person)/,
    ),
    partly:
      /partially remote|partly remote|mostly remote|remote with (?:occasional|some|regular) (?:office|on-?site|travel)|occasional(?:ly)? (?:in[- ]office|office visits?|on-?site|in person)|(?:some|occasional) (?:days|visits) (?:in|at) (?:the|our) office|occasional(?:ly)? (?:work(?:ing)? )?(?:from|at) (?:your )?home|\b(?:work[- ](?:at|from)[- ]home|WFH|remote[- ]work(?:ing)?) flexibility\b|\boffice\b[^.\n]{0,40}\bwith (?:considerable |some |partial |generous |plenty of )?(?:work[- ](?:at|from)[- ]home|WFH|remote(?:[- ]work)?) (?:flexibility|options?|days)\b|\b(?:work|working) (?:remote(?:ly)?|from home) (?:[1-4](?:\s?[-–]\s?[1-4])?|one|two|three|four) days? (?:a|per|each) week\b|\b(?:[1-4]|one|two|three|four) days? (?:a|per) week (?:remote(?:ly)?|from home|WFH)\b|\boffice\b[^.\n]{0,140}\b(?:the )?(?:flexibility|option|ability|freedom) to (?:sometimes |occasionally |also )?work (?:from|at) home\b/,
  },
  examples: {
    match: [
      'リモート可、週1出社あり',
      '出社：週3日',
      '月1回程度の出社をお願いします',
      '基本リモート（出社の可能性あり）',
      '週2,3回程度リモートで、相談可能',
      '参画当初はフル出社、その後50％リモート',
      '【ハイブリッド】Webデザイナー',
      'Hybrid: 2 days a week in the office',
      'Mostly remote, with two days every two weeks in the city office.',
      'You will work at our Denver office, and occasionally from your home office.',
      '当面リモート、状況により出社',
      'テレワーク相談可能（ポジションによる）',
      'Telework negotiable (depending on position)',
      'リモート中心ですが、月に数回の出社があります',
      '在宅メイン、たまに打ち合わせで来社',
      'Remote, but you will need to come in for quarterly planning.',
      'We are flexible: most people work remote 2-4 days per week.',
      'A full time role in our Boston, MA office, with considerable work-at-home flexibility.',
      'Our office is next to the station, and we offer a friendly team with the flexibility to work from home.',
    ],
    noMatch: [
      '出社なし、フルリモート',
      'Fully remote, no office.',
      'We are not a hybrid team.',
      'Flexibility to work from anywhere: we are fully remote.',
      '完全在宅のお仕事です',
    ],
  },
};

/** Office or client-site work that the text requires. */
export const remoteOnsite: Rule = {
  id: 'remoteOnsite',
  description: 'The text requires presence at an office or the client site.',
  scope: 'clause',
  negatable: true,
  raise: {
    // 常駐 the freelancer's place of work, not 常駐スタッフ who support them.
    resident: /客先常駐|常駐(?!スタッフ|の(?:スタッフ|サポート)|サポート)/,
    fullOnsite:
      /フル常駐|常駐のみ|フル出社|出社必須|出社が基本|出社のみ|基本(?:的に)?(?:は)?出社|原則(?:として)?出社|毎日出社|週5(?:日)?(?:の)?出社|on-?site only|fully on-?site|100% on-?site|in[- ]person only|in[- ]office only|on-?site (?:five|5) days|in[- ]office (?:5|five) days|five days a week (?:on-?site|in the office)|(?:リモート|テレワーク|在宅)(?:勤務|ワーク)?(?:について|の可否|可否)?\s?[:：]\s*(?:常駐|フル出社|出社|不可)(?![^\n]{0,4}(?:併用|一部|可|あり|[,、・/／]))/,
    officeRequired:
      /出社必須|フル出社|出社(?:して|での)(?:勤務|作業)|原則出社|毎日出社|週5(?:日)?出社|(?:土日|週末|平日)?出社(?:が)?(?:可能|できる)な?方/,
    onSiteWork:
      /現地(?:作業|勤務|集合|での作業)|来社(?:して|での|勤務)|オフィス(?:での|にて)(?:勤務|作業)のみ|(?:勤務|就業|稼働)形態\s?[:：]\s?(?:オンサイト|出社|常駐|対面)|オンサイト(?:勤務|での勤務)|対面(?:での)?(?:勤務|業務|接客|販売|レッスン|指導)|出社(?:して)?いただきます|店舗(?:での|にて)?勤務|\|\s?(?:ONSITE|ON-SITE|IN-OFFICE)\s?(?:\||\(|$)/,
    onsiteOnly:
      /on-?site only|fully on-?site|100% on-?site|in[- ]person only|in[- ]office only|on-?site (?:five|5) days|in[- ]office (?:5|five) days|must (?:be|work) (?:on-?site|in (?:the|our) office)|\bin[- ]person (?:role|position|job|work|only)\b|work location\s?[:：]\s?in[- ]person\b|(?<!virtual )\bon-?site (?:role|position|job)\b|(?<!virtual )\bon-?site (?:in|at) (?!(?:the|a|an|times?|least|most|our discretion)\b)[a-z]|(?:be|work) (?:in|from|at) (?:the|our) [^.\n]{0,30}office (?:five|5|four|4) days|(?:five|5) days a week (?:in|at) (?:the|our) [^.\n]{0,30}office|office attendance (?:is )?(?:required|mandatory)|relocation (?:is )?required|must relocate|\brelocation (?:assistance|package|support|bonus|help) (?:is )?(?:available|provided|offered|included)\b|\b(?:help|support|assist|make) (?:with )?your relocation\b|work on-?site|(?:able|willing) to commute|within commuting distance|commut(?:e|ing) to (?:our|the) [^.\n]{0,30}office/,
    remoteRefused:
      /no remote|remote (?:work )?(?:is not|isn't) (?:possible|available|allowed|an option)|リモート(?:勤務|ワーク)?(?:は)?(?:不可|なし|NG|できません)/,
  },
  examples: {
    match: [
      'ABN AMRO | data engineers | ONSITE | Amsterdam | full time',
      'We can make your relocation to the Bay Area happen.',
      'Relocation assistance is available for this role.',
      '■リモート勤務について：\n常駐',
      'リモート：不可',
      '客先常駐（品川）',
      '出社必須です',
      'No remote. Must work on-site in Austin.',
      'Relocation is required.',
      'リモートワークは不可です',
      '初台：在宅 ※出社が基本',
      'Must be able to commute to our Paris office.',
      '土日出社可能な方(平日に代休可)',
      '勤務形態：オンサイト',
      'In-person role at our clinic.',
      'Work location: In person',
      'This role requires you to be in our London office five days a week.',
      '店舗での勤務となります',
      'On-site in Austin, TX',
    ],
    noMatch: [
      'Acme | Backend Engineer | REMOTE | Full-time',
      'Our onsite team supports remote workers.',
      'リモート：可',
      '常駐は不要です',
      '女性の常駐スタッフがサポートや稼ぐ為のアドバイスをしてくれます',
      'Fully remote, no office.',
      'We have an office in Tokyo.',
      '出社不要',
      'Work location: Remote',
      '対面での打ち合わせは不要です',
      'The in-person interview is optional.',
      '| 出張費 | オンサイト作業の訪問ごとの料金 |',
    ],
  },
};

/** Weak signs of on-site work: the work itself is physical, or a place of work is given. */
export const remotePhysical: Rule = {
  id: 'remotePhysical',
  description: 'The work is physical by nature (street, shop or event work) or names a place of work.',
  scope: 'clause',
  negatable: true,
  raise: {
    street:
      /ポスティング|(?:チラシ|ビラ|ティッシュ)(?:を|の)?(?:配布|配り|配る|配って|ポスティング)|サンプリング配布|訪問(?:営業|販売|調査)|覆面調査|ミステリーショッパー|店頭(?:販売|スタッフ|での)|イベントスタッフ|配達|引越(?:し)?(?:作業|スタッフ)|清掃(?:作業|スタッフ)|現地(?:撮影|調査|取材)|現地に(?:行|赴|向か|出向)(?:き|って|いて)|出張撮影|ロケ撮影|(?:介護|看護|保育|調理|ホール|キッチン|接客|警備|送迎)(?:スタッフ|職員|補助|業務|担当)(?!(?:の)?(?:効率化|システム|アプリ|ソフト|向け|支援ツール|DX))/,
    streetEn:
      /flyer (?:distribution|drops?)|distribut(?:e|ing) flyers|door[- ]to[- ]door|mystery shop(?:per|ping)|on[- ]location (?:shoot|filming|photography)|field (?:work|technician|agent)|in[- ]store|event staff|deliver(?:y|ies) driver/,
    // Shooting, visits or installation inside one prefecture or city: the work happens there.
    localWorkJa:
      /(?:撮影|取材|訪問|設置|施工|配布|ポスティング)(?!済|した|された)(?:は|場所|地|先)?(?:は)?(?:主に)?[^。\n、]{0,8}(?:都|道|府|県|市|区)内/,
    // Commuting is asked for: 通勤できる方, 交通費支給.
    commuteJa:
      /通勤(?:できる|可能な|圏内の)方|通える(?:範囲の)?方|交通費(?:は)?(?:全額|別途|一部|規定)?(?:支給|あり|有り)|通勤手当|(?:commuting|commute|transport(?:ation)?) (?:allowance|costs? (?:covered|reimbursed|paid))/,
    place:
      /勤務地\s?[:：]|(?:^|\n)\s?[＜<【■●◆]?\s?(?:勤務地|勤務場所|就業場所|勤務先)\s?[＞>】]?\s*(?=\n)|勤務場所\s?[:：]|(?:作業|勤務)場所\s?[:：]\s?(?!在宅|ご?自宅|リモート|フルリモート|どこでも|自由|オンライン)|(?<!virtual )\bon-?site\b|\bin[- ]office\b|office[- ]based/,
    // A place given as where the work is: "Location: Upper Thomson", "Closest MRT: Jurong East".
    // A line that also says remote, or a country or region alone, is where applicants may live: not a place of work.
    placeEn:
      /\b(?:work(?:ing)? |job )?location\s?[:：]\s?(?![^\n]{0,80}(?:remote|anywhere|worldwide|global|flexible|hybrid|various|online|home))(?!(?:usa?|united states|u\.s\.|canada|uk|united kingdom|europe|eu|emea|apac|latam|americas|north america|south america|asia|international|any)\b)[a-z0-9]|\b(?:closest|nearest) (?:mrt|station|subway|metro)\b|📍\s?(?![^\n]{0,80}(?:remote|anywhere|online|wfh|worldwide|在宅|リモート|オンライン))(?!(?:location|場所)\s?[:：]?\s*(?:\n|$))(?!(?:usa?|united states|canada|uk|europe|eu|emea|apac|latam|americas|asia|worldwide|global|international)\b)[^\s\d]|\blocal residents? (?:of|in) [^.\n]{0,40}\bonly\b|\b(?:must|have to|has to|need to) be local (?:to|in)\b|\blocals? only\b/,
    // Work that is physical by nature: shop floors, kitchens, warehouses, events.
    // The job itself named as such: "warehouse job", "barista wanted", "hiring service crew".
    physicalEn:
      /\b(?:(?<!data |cloud |snowflake )warehouse (?:job|assistant|operative|packer|worker)s?|assembly (?:job|line work)|(?:waiters?|waitress(?:es)?|baristas?|cashiers?|cleaners?|kitchen (?:crew|helpers?|assistants?)|service crew|event crew|retail assistants?|security guards?) (?:needed|wanted|required|job|position|vacancy)|(?:hiring|looking for|we need|needed:?) (?:an? |part[- ]time |full[- ]time )?(?:waiters?|waitress(?:es)?|baristas?|cashiers?|cleaners?|kitchen crew|service crew|event crew|retail assistants?|security guards?|warehouse (?:workers?|assistants?|packers?)))\b/,
  },
  examples: {
    match: [
      '介護スタッフとして入居者様の生活をサポート',
      '駅前でのチラシ配布のお仕事',
      '駅前でチラシを配るお仕事です',
      '勤務地：東京都渋谷区',
      'Distributing flyers in the city centre on weekends.',
      'Mystery shopping visits to three stores.',
      '渋谷駅まで通勤できる方、交通費支給',
      '通勤手当：実費支給（上限あり）',
      '大分県内在住の方（撮影は主に大分県内）',
      'Location:\nUpper Thomson',
      'Closest MRT: Upper Thomson',
      '📍 Ubi',
      '***For Local resident of Amman (Jordan) people ONLY***',
      '＜勤務地＞\n東京都渋谷区',
      '勤務地\n東京都目黒区東山2-3-5',
      '現地に行き、写真撮影。',
      '$10/hr easy warehouse job: simple assembly of light bulbs',
      'Hiring service crew for our café, weekend shifts.',
    ],
    noMatch: [
      '介護業務の効率化アプリを開発します',
      'チラシのデザインをお願いします',
      'Design a flyer for our café.',
      '作業場所：在宅',
      '撮影済みの写真を県内の店舗ごとに整理してください',
      'Virtual Onsite (2 hours): you meet the team over video.',
      'Location: Remote (US time zones)',
      'Build our data warehouse in Snowflake.',
      "You will receive a cashier's check for $3,450.",
      'Location: USA only, overlapping with the Eastern time zone',
      'Location: United States (Remote)',
      'Set up Laravel Cashier and HashiCorp Packer images; write cleaner code.',
      'Build a warehouse staff scheduling app.',
      '📍 Remote (Asia time zones)',
      '📍 Location:\n',
      '📍 Europe (CET ±2)',
      'Build an app for local residents in Austin to find events.',
    ],
  },
};

// Names of US states, for lists of where applicants may live.
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';

/** Remote implied by who may apply: a list of regions or time zones, with no office named. */
export const remoteRegions: Rule = {
  id: 'remoteRegions',
  description: 'Acceptable countries, regions or time zones are listed, which implies remote work.',
  scope: 'sentence',
  raise: {
    regionList:
      /\b(?:US|USA|Canada|UK|Europe|EU|EMEA|APAC|LATAM|Latin America|North America|South America|Asia|Africa|Mexico|Brazil|Argentina|Colombia|India|Pakistan|Philippines|Australia|Germany|Poland|Ukraine)\b(?:\s?(?:,|\/|or|and|&)\s?(?:the\s)?\b(?:US|USA|Canada|UK|Europe|EU|EMEA|APAC|LATAM|Latin America|North America|South America|Asia|Africa|Mexico|Brazil|Argentina|Colombia|India|Pakistan|Philippines|Australia|Germany|Poland|Ukraine)\b){1,}/,
    zone: /\b(?:time ?zones?|overlap(?:ping)?|working hours|business hours)\b[^.\n]{0,40}\b(?:EST|EDT|PST|PDT|CST|CET|CEST|GMT|UTC|IST|AEST|JST|BST)\b|\b(?:UTC|GMT)\s?[+\-±]\s?\d{1,2}|\b(?:EST|PST|CET|UTC|GMT)\s?(?:to|-|–)\s?(?:EST|PST|CET|UTC|GMT)/,
    stateList: new RegExp(
      String.raw`\b(?:${US_STATES})\b(?:\s?(?:,|\/|or|and|&)\s?(?:and\s|or\s)?\b(?:${US_STATES})\b){2,}`,
    ),
    zoneNamed:
      /\b(?:Eastern|Central|Pacific|Mountain|Central European|European) (?:time(?: ?zone)?|standard time)\b|\btime ?zone\s?:/,
    openTo:
      /(?:open to|hiring|accepting|candidates|applicants)\s(?:from|in)\s(?:anywhere|any country|all countries|worldwide)|anywhere in (?:the )?(?:US|USA|world|EU|Europe|LATAM|Americas)/,
    jaZone:
      /日本時間(?:で|の)?[^。\n]{0,10}(?:対応|稼働|連絡)|海外(?:から|在住)(?:の方)?(?:の)?(?:参加|応募|稼働)?(?:も)?(?:可|OK|歓迎)/,
  },
  examples: {
    match: [
      'We hire in the US, Canada or LATAM.',
      'Must overlap 4 hours with EST time zone.',
      'Candidates from anywhere are welcome.',
      '海外在住の方も歓迎です',
      'Website testing - Ohio, Michigan, Pennsylvania and Kentucky',
      'Time Zone: Eastern or Central time zone',
    ],
    noMatch: [
      'Our office is in Washington.',
      'Our office is in Canada.',
      'We sell to customers in Europe.',
      '日本の企業です',
    ],
  },
};
