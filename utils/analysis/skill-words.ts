// Word lists the skill scan reads: data, kept apart from the matching code in skill-matcher.ts.

/**
 * Katakana words a skill's name may follow or precede inside one katakana run: ブログライティング is
 * writing, プロトタイピング is not typing.
 */
export const KATAKANA_PREFIXES = new Set(
  (
    'ブログ,シナリオ,セールス,メール,ニュース,コンテンツ,ウェブ,ホームページ,サイト,ショート,ゲーム,キャラクター,' +
    'ビジネス,テクニカル,メディカル,データ,システム,アプリ,ネット,オンライン,ライブ,スマホ,チャット,フォーム,アニメ,' +
    'ロゴ,バナー,イラスト,コラム,レビュー,インタビュー,ランディングページ,プレス,マーケティング,ブランド,' +
    'コピー,シーン,プロモーション,イベント,ドキュメント,マニュアル,フリー,サーバー,クラウド,モバイル,' +
    'スクール,ファッション,インテリア,グッズ,パッケージ,メニュー,ポスター,チラシ,カタログ,パンフレット,' +
    'ウェディング,ポートレート,プロフィール,アバター,キャラ,ボイス,ナレーション,ポッドキャスト,リール,ゲーム'
  ).split(','),
);
export const KATAKANA_SUFFIXES = new Set(
  (
    'スキル,ツール,サービス,サイト,ページ,チーム,メンバー,スタッフ,ワーク,プロジェクト,エンジニア,デザイナー,' +
    'ライター,クリエイター,ディレクター,マネージャー,オペレーター,アシスタント,パートナー,コンサルタント,経験,' +
    'アプリ,サポート,プラン,コース,レッスン,セミナー,ファイル,データ,テンプレート,テンプレ,ルール,' +
    'マニュアル,システム,ベース,ストア'
  ).split(','),
);

/** Words that contain a skill's name but mean something else: 個人事業主 is not HR, 営業支援費 not sales. */
export const NOT_SKILLS = [
  '個人事業主',
  '個人事業',
  '営業支援費',
  '営業担当',
  '営業時間',
  '営業日',
  '営業部',
  '営業所',
  '人材営業',
  '適格請求書',
  '請求書発行事業者',
  'プライバシーマーク',
  '事業部',
  '事務所',
  '事務局',
  '社会保険',
  '商流',
  '設計図',
  'dx推進',
  '人事部',
  '経理部',
  '総務部',
  '法務部',
  '翻訳機能',
  '自動翻訳',
  '機械翻訳',
  'machine translator',
  'machine translation',
  '弁護士費用',
  '電子書籍化',
  'セキュリティ上',
];

/** Ids the taxonomy once used, for profiles saved with them. */
export const RENAMED: Record<string, string> = {
  'google-cloud': 'gcp',
  'oracle-database': 'oracle',
  'bi-dashboard': 'bi',
  'x-twitter': 'x',
  'network-engineering': 'networking',
  'embedded-systems': 'embedded',
};

/** Categories whose names are product and language names, not ordinary words. */
export const FUZZY_CATEGORIES = new Set(['development', 'ai-llm', 'business-tools']);
/** Tool names that are also ordinary words, or one letter away from one. */
export const NO_FUZZY = new Set([
  'spring',
  'swift',
  'rust',
  'docker',
  'claude',
  'market',
  'marketo',
  'looker',
  'stripe',
]);
/** Ordinary words one edit away from a tool's name: never read as a typo. */
export const FUZZY_STOP = new Set(
  (
    'sprint,sprints,scrape,scraped,scrapes,nation,nations,motion,notions,docked,docket,dockers,clause,clauses,' +
    'market,markets,locker,looked,looser,strip,striped,strive,straps,prisms,panda,blended,premier,premiers,' +
    'reacts,reactor,python,pythons,oracles,django,sketchy,bubbles,puppets,render,renders,spark,sparks,' +
    'canvas,access,unity,excel,express,angular,figure,figures,django,kotlin,retail,detail,details,unify,' +
    'server,servers,service,services,jquery,golang,select,selected,worker,workers,shopper,shoppers,flutter,' +
    'mongol,hadoop,airflow,elixir,native,natives,access,accent,action,actions,active,option,options,' +
    'master,matter,builder,butler,bigger,summer,number,numbers,former,letter,better,setter,twitter,' +
    'linked,linker,github,gitlab,writer,writers,waiter,tableau,saleor,sales,slacks,snacks,stacks,' +
    'quick,quicken,figma,vercel,nuxtjs,gatsby,remix,strapi,sanity,prisma,expo,ionic,cordova,' +
    'keras,torch,numpy,scipy,pandas,seaborn,plotly,rails,ember,backbone,mocha,chai,karma,jasmine,' +
    'magenta,magnet,magneto,stylus,styles,styled,pardon,parse,parser,parsed,parsing,parser,vapor,' +
    'terraform,pulumi,puppet,chefs,salt,vagrant,packer,packers,consul,consult,vault,vaults,nomad,' +
    'docusign,dropbox,tinder,tender,tenders,yarn,yarns,gulp,grunt,bower,lerna,turbo,blade,blades,' +
    'ansible,sensible,visible,possible,passible,tailor,tailors,mailer,mailers,trader,traders,trend,' +
    'xamarin,cypress,kafka,celery,heroku,vuejs,nextjs,nodejs,deno,bun,julia,scala,scale,scales,' +
    'weekly,monthly,wireless,wordpress,shopify,typescript,javascript'
  ).split(','),
);

/** Human languages count only when the language is the work: translation, recording, interpreting. */
export const LANGUAGE_WORK_IDS = [
  'translation',
  'interpretation',
  'voice-over',
  'voice-recording',
  'transcription',
  'teaching',
  'native-check',
  'subtitling',
];
/** …or when the text asks for a speaker of it. */
export const LANGUAGE_WORK =
  /翻訳|通訳|ナレーション|録音|収録|吹き替え|声優|ネイティブチェック|添削|講師|バイリンガル|ネイティブスピーカー|translat|interpret|voice|narrat|dubbing|transcri|locali[sz]|proofread|bilingual|native speaker|tutor|subtit/;

/** Parents that name a family rather than a skill of their own: dropped when a member is named. */
export const GENERIC_PARENTS = new Set(['translation']);

/** Words for a kind of work that add nothing once the text names the tools of it: コーディング beside HTML/CSS. */
export const REDUNDANT_WITH: Record<string, string[]> = {
  'web-coding': ['html', 'css'],
};

/**
 * Umbrella names of a field (security, architecture, algorithms, REST APIs, testing): a job asks for them
 * as a listed skill ("Docker, REST API, CI/CD", 【必須】セキュリティ設計), while running prose uses them as
 * plain words ("you'll architect systems", "interpretation of results", "support their testing"). These
 * count only in the title or as a short item of a list; ./skill-scope.ts reads which.
 */
export const UMBRELLA = new Set([
  'algorithms',
  'architecture',
  'authentication',
  'call-center',
  'cloud-computing',
  'coaching',
  'crm',
  'customer-support',
  'data-engineering',
  'data-science',
  'database-design',
  'devops',
  'digital-marketing',
  'general-admin',
  'interpretation',
  'modeling',
  'project-management',
  'quality-control',
  'real-estate',
  'recruiting',
  'rest-api',
  'security',
  'statistics',
  'testing',
]);
