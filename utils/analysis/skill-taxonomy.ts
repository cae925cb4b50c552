// The skill taxonomy: `id | English | 日本語 | synonyms (comma-separated, EN and JA) | category`.
// Ids are the skill's common English name in lower case, words joined by hyphens.
// Synonyms are matched case-insensitively; Latin ones on word boundaries.
export const SKILL_ROWS = `
javascript|JavaScript|JavaScript|js,ecmascript,ジャバスクリプト|development
typescript|TypeScript|TypeScript|ts,タイプスクリプト|development
react|React|React|reactjs,react.js,リアクト|development
react-native|React Native|React Native|reactnative|development
next.js|Next.js|Next.js|nextjs|development
vue.js|Vue.js|Vue.js|vue,vuejs,nuxt|development
angular|Angular|Angular|angularjs|development
svelte|Svelte|Svelte|sveltekit|development
node.js|Node.js|Node.js|node,nodejs,express,express.js|development
deno|Deno|Deno||development
python|Python|Python|パイソン,py|development
django|Django|Django||development
flask|Flask|Flask||development
fastapi|FastAPI|FastAPI||development
ruby|Ruby|Ruby|ルビー|development
ruby-on-rails|Ruby on Rails|Ruby on Rails|rails,ror|development
php|PHP|PHP||development
laravel|Laravel|Laravel||development
wordpress|WordPress|WordPress|ワードプレス,wp,ワープレ|development
shopify|Shopify|Shopify|ショッピファイ,shopify liquid|development
liquid|Liquid|Liquid||development
java|Java|Java|ジャバ|development
spring|Spring|Spring|spring boot,springboot|development
kotlin|Kotlin|Kotlin||development
swift|Swift|Swift|swiftui|development
ios|iOS development|iOSアプリ開発|iosアプリ,iphoneアプリ|development
android|Android development|Androidアプリ開発|androidアプリ|development
flutter|Flutter|Flutter|dart|development
go|Go|Go|golang|development
rust|Rust|Rust||development
c|C|C言語|c言語|development
c++|C++|C++|cpp|development
c#|C#|C#|csharp,.net,dotnet,asp.net|development
unity|Unity|Unity|ユニティ|development
unreal-engine|Unreal Engine|Unreal Engine|ue5,ue4|development
html|HTML|HTML|html5,コーディング|development
css|CSS|CSS|css3,sass,scss,tailwind,tailwind css|development
jquery|jQuery|jQuery||development
sql|SQL|SQL|mysql,postgresql,postgres,sqlite,データベース設計|development
mongodb|MongoDB|MongoDB|mongo|development
firebase|Firebase|Firebase|firestore|development
supabase|Supabase|Supabase||development
graphql|GraphQL|GraphQL||development
rest-api|REST API|REST API|api開発,api連携,restful|development
aws|AWS|AWS|amazon web services,ec2,lambda,s3|development
google-cloud|Google Cloud|Google Cloud|gcp|development
azure|Azure|Azure|microsoft azure|development
docker|Docker|Docker|コンテナ|development
kubernetes|Kubernetes|Kubernetes|k8s|development
terraform|Terraform|Terraform||development
ci-cd|CI/CD|CI/CD|github actions,circleci,jenkins|development
git|Git|Git|github,gitlab|development
linux|Linux|Linux|サーバー構築|development
testing|Software testing|テスト|qa,テスト工数,e2e,playwright,cypress,jest,vitest,testing library,単体テスト|development
google-apps-script|Google Apps Script|Google Apps Script|gas,apps script|development
excel-vba|Excel VBA|Excel VBA|vba,マクロ,excelマクロ|development
chrome-extension|Chrome extension development|Chrome拡張機能開発|chrome拡張,browser extension|development
web-scraping|Web scraping|スクレイピング|scraping,クローラー,crawler,beautifulsoup,selenium|development
blockchain|Blockchain|ブロックチェーン|web3,solidity,smart contract,スマートコントラクト,nft|development
salesforce|Salesforce|Salesforce|セールスフォース|development
kintone|kintone|kintone|キントーン|development
no-code|No-code tools|ノーコード|bubble,webflow,studio,glide,adalo|development
zapier|Zapier|Zapier|make.com,integromat,n8n|development
ec-site|E-commerce site building|ECサイト構築|ecサイト,ネットショップ,ecommerce,e-commerce,base,stores,カラーミー|development
lp-coding|Landing page coding|LPコーディング|lp制作,ランディングページ,landing page|development
responsive-design|Responsive design|レスポンシブ対応|レスポンシブ,responsive,スマートフォン対応,スマホ対応|development
seo-coding|Technical SEO|テクニカルSEO|core web vitals,構造化データ|development
security|Web security|セキュリティ|脆弱性診断,penetration testing,pentest|development
data-analysis|Data analysis|データ分析|データ解析,data analytics,pandas,分析業務|ai-llm
machine-learning|Machine learning|機械学習|ml,scikit-learn,deep learning,ディープラーニング,pytorch,tensorflow|ai-llm
llm|LLM application development|LLMアプリ開発|chatgpt api,openai api,gpt-4,claude,gemini api,rag,langchain,llamaindex,生成ai開発|ai-llm
prompt-engineering|Prompt engineering|プロンプトエンジニアリング|プロンプト作成,prompt writing,プロンプト設計|ai-llm
ai-image-generation|AI image generation|AI画像生成|midjourney,stable diffusion,画像生成ai,dall-e|ai-llm
ai-training-data|AI training data|AIデータ作成|データアノテーション,annotation,アノテーション,ai training,rlhf|ai-llm
computer-vision|Computer vision|画像認識|opencv,画像解析|ai-llm
chatbot|Chatbot building|チャットボット制作|chatbot,チャットボット,line bot,lineボット|ai-llm
bi-dashboard|BI dashboards|BIダッシュボード|tableau,power bi,looker,looker studio,データポータル|ai-llm
statistics|Statistics|統計解析|統計,r言語,spss|ai-llm
ui-design|UI design|UIデザイン|ui,uiデザイン,画面設計|design
ux-design|UX design|UXデザイン|ux,ユーザー調査,user research,ユーザビリティ|design
web-design|Web design|Webデザイン|webデザイン,サイトデザイン,ホームページデザイン|design
figma|Figma|Figma|フィグマ|design
adobe-xd|Adobe XD|Adobe XD|xd|design
photoshop|Photoshop|Photoshop|フォトショップ,フォトショ,ps|design
illustrator|Illustrator|Illustrator|イラストレーター,イラレ,ai形式|design
indesign|InDesign|InDesign|インデザイン|design
canva|Canva|Canva|キャンバ|design
logo-design|Logo design|ロゴデザイン|ロゴ制作,ロゴ作成,logo|design
banner-design|Banner design|バナー制作|バナー,バナーデザイン,banner|design
graphic-design|Graphic design|グラフィックデザイン|graphic designer|design
print-design|Print design|印刷物デザイン|チラシ,フライヤー,名刺デザイン,パンフレット,flyer,brochure,poster|design
packaging-design|Packaging design|パッケージデザイン|パッケージ|design
illustration|Illustration|イラスト制作|イラスト,挿絵,illustrator art,character design,キャラクターデザイン|design
manga|Manga drawing|漫画制作|漫画,マンガ,comic|design
3d-modeling|3D modeling|3Dモデリング|blender,maya,3ds max,cinema 4d,c4d,3dcg,3d|design
icon-design|Icon design|アイコン制作|アイコン|design
presentation-design|Presentation design|資料デザイン|スライド作成,パワポ資料,powerpoint design,pitch deck|design
photography|Photography|写真撮影|撮影,カメラマン,photographer,商品撮影|design
photo-retouching|Photo retouching|写真加工|レタッチ,画像加工,切り抜き,retouch|design
interior-design|Interior design|インテリアデザイン|インテリア|design
video-editing|Video editing|動画編集|動画制作,映像編集,video editor,youtube編集,カット編集,テロップ|video
premiere-pro|Premiere Pro|Premiere Pro|プレミアプロ,premiere,プレミア|video
after-effects|After Effects|After Effects|アフターエフェクト,ae,アフエフ|video
davinci-resolve|DaVinci Resolve|DaVinci Resolve|davinci,ダヴィンチ|video
final-cut-pro|Final Cut Pro|Final Cut Pro|final cut,ファイナルカット|video
motion-graphics|Motion graphics|モーショングラフィックス|モーション,アニメーション制作,animation|video
youtube|YouTube channel production|YouTube運用|youtube運用,youtuber,ユーチューブ|video
short-video|Short-form video|ショート動画制作|tiktok,reels,リール,ショート動画,youtube shorts|video
thumbnail-design|Thumbnail design|サムネイル制作|サムネ,サムネイル,thumbnail|video
subtitling|Subtitling|字幕制作|字幕,captions,subtitles,文字起こし字幕|video
voice-over|Voice-over|ナレーション|ナレーター,声優,voice actor,vo|video
audio-editing|Audio editing|音声編集|音源編集,ポッドキャスト編集,podcast editing,ミキシング,mixing|video
music-composition|Music composition|作曲|作曲,編曲,bgm制作,composer|video
writing|Writing|ライティング|ライター,執筆,記事作成,writer|writing-translation
copywriting|Copywriting|コピーライティング|コピーライター,セールスライティング,sales copy,セールスレター|writing-translation
seo-writing|SEO writing|SEOライティング|seo記事,seoライター|writing-translation
blog-writing|Blog writing|ブログ記事作成|blog post,blog posts,ブログ記事|writing-translation
technical-writing|Technical writing|テクニカルライティング|マニュアル作成,documentation,api docs,技術文書|writing-translation
ghostwriting|Ghostwriting|ゴーストライティング|ゴーストライター,ghostwriter|writing-translation
editing-proofreading|Editing and proofreading|編集・校正|校正,校閲,proofreading,proofread,リライト,rewrite,editing|writing-translation
scenario-writing|Scenario writing|シナリオ作成|シナリオ,台本,脚本,script writing,screenwriting|writing-translation
interview-writing|Interview writing|取材・インタビュー記事|取材,インタビュー記事,interview|writing-translation
transcription|Transcription|文字起こし|テープ起こし,書き起こし,transcribe|writing-translation
translation-ja-en|Japanese to English translation|日英翻訳|和訳英,日英,japanese to english,英訳|writing-translation
translation-en-ja|English to Japanese translation|英日翻訳|英日,english to japanese,和訳|writing-translation
translation|Translation|翻訳|翻訳者,translator,translate,localization,ローカライズ,ローカライゼーション|writing-translation
interpretation|Interpretation|通訳|通訳者,interpreter|writing-translation
english|English|英語|英語対応,ビジネス英語,native english,fluent english|writing-translation
japanese|Japanese|日本語|日本語ネイティブ,native japanese,jlpt n1,n1|writing-translation
chinese|Chinese|中国語|mandarin,中文|writing-translation
korean|Korean|韓国語|한국어|writing-translation
seo|SEO|SEO|seo対策,検索エンジン最適化,search engine optimization|marketing-sns
sns-marketing|Social media marketing|SNSマーケティング|sns運用,sns運用代行,social media,smm,sns投稿|marketing-sns
instagram|Instagram|Instagram|インスタ,インスタグラム,ig|marketing-sns
x-twitter|X (Twitter)|X（Twitter）|twitter,ツイッター,x運用|marketing-sns
tiktok-marketing|TikTok marketing|TikTok運用|tiktok運用|marketing-sns
facebook-ads|Facebook / Meta ads|Meta広告|facebook広告,instagram広告,meta ads,facebook ads|marketing-sns
google-ads|Google Ads|Google広告|リスティング広告,listing ads,adwords,ppc|marketing-sns
web-advertising|Web advertising|Web広告運用|運用型広告,広告運用,ads management|marketing-sns
content-marketing|Content marketing|コンテンツマーケティング|オウンドメディア,owned media|marketing-sns
email-marketing|Email marketing|メールマーケティング|メルマガ,newsletter,mailchimp,ステップメール|marketing-sns
line-marketing|LINE marketing|LINE公式アカウント運用|line公式,lステップ,lstep|marketing-sns
affiliate-marketing|Affiliate marketing|アフィリエイト|アフィリエイター,affiliate|marketing-sns
google-analytics|Google Analytics|Googleアナリティクス|ga4,google analytics,アクセス解析|marketing-sns
market-research|Market research|市場調査|リサーチ,競合調査,research|marketing-sns
influencer-marketing|Influencer marketing|インフルエンサーマーケティング|インフルエンサー,pr案件|marketing-sns
community-management|Community management|コミュニティ運営|discord運営,コミュニティマネージャー,community manager,moderation,モデレーター|marketing-sns
public-relations|Public relations|広報・PR|プレスリリース,press release,広報|marketing-sns
branding|Branding|ブランディング|brand strategy,ブランド戦略|marketing-sns
ec-management|E-commerce operations|EC運営|楽天,amazon出品,ec運営代行,商品登録,shopee|marketing-sns
data-entry|Data entry|データ入力|入力作業,転記,data input,入力代行|data-entry-admin
spreadsheets|Spreadsheets|表計算|excel,エクセル,google sheets,スプレッドシート,googleスプレッドシート|data-entry-admin
virtual-assistant|Virtual assistant|オンラインアシスタント|秘書業務,virtual assistant,va,事務代行,オンライン秘書|data-entry-admin
customer-support|Customer support|カスタマーサポート|カスタマーサービス,問い合わせ対応,customer service,cs対応,helpdesk|data-entry-admin
bookkeeping|Bookkeeping|記帳代行|経理,記帳,freee,マネーフォワード,quickbooks,xero,会計|data-entry-admin
accounting|Accounting|会計|税務,確定申告,tax,cpa,税理士|data-entry-admin
payroll|Payroll|給与計算|給与|data-entry-admin
project-management|Project management|プロジェクト管理|pm,ディレクション,ディレクター,project manager,進行管理|data-entry-admin
scheduling|Scheduling|スケジュール調整|日程調整,calendar management|data-entry-admin
document-creation|Document creation|資料作成|word,ワード,powerpoint,パワーポイント,パワポ,google slides|data-entry-admin
list-building|List building|リスト作成|営業リスト,リスト収集,lead list,lead generation,リード獲得|data-entry-admin
notion|Notion|Notion|ノーション|data-entry-admin
recruiting|Recruiting|採用支援|採用代行,リクルーティング,スカウト代行,rpo|data-entry-admin
legal|Legal|法務|契約書作成,契約書チェック,legal review,弁護士|data-entry-admin
sales|Sales|営業|セールス,営業代行,sales rep|sales
inside-sales|Inside sales|インサイドセールス|テレアポ,cold calling,電話営業,アポ獲得|sales
business-development|Business development|事業開発|bizdev,アライアンス,partnerships|sales
customer-success|Customer success|カスタマーサクセス|cs,オンボーディング|sales
consulting|Consulting|コンサルティング|コンサル,consultant,経営コンサル|sales
coaching|Coaching|コーチング|コーチ,メンター,mentoring,キャリア相談|sales
teaching|Teaching|講師|オンライン講師,家庭教師,tutor,tutoring,レッスン|sales
`;
