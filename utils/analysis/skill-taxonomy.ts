// The skill taxonomy: `id | English | 日本語 | synonyms (comma-separated, EN and JA) | category`.
// Ids are the skill's common English name in lower case, words joined by hyphens.
// Synonyms are matched case-insensitively; Latin ones on word boundaries.
export const SKILL_ROWS = `
javascript|JavaScript|JavaScript|js,ecmascript,ジャバスクリプト|development
typescript|TypeScript|TypeScript|ts,タイプスクリプト|development
react|React|React|reactjs,react.js,リアクト|development
react-native|React Native|React Native|reactnative|development
next.js|Next.js|Next.js|nextjs|development
vue.js|Vue.js|Vue.js|vue,vuejs,nuxt,nuxt.js,nuxtjs|development
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
ios|iOS development|iOSアプリ開発|iosアプリ,iphoneアプリ,xcode|development
android|Android development|Androidアプリ開発|androidアプリ|development
flutter|Flutter|Flutter|dart|development
go|Go|Go|golang|development
rust|Rust|Rust||development
c|C|C言語|c言語|development
c++|C++|C++|cpp|development
c#|C#|C#|csharp,.net,dotnet,asp.net,blazor|development
unity|Unity|Unity|ユニティ|development
unreal-engine|Unreal Engine|Unreal Engine|ue5,ue4|development
html|HTML|HTML|html5,コーディング|development
css|CSS|CSS|css3,sass,scss,tailwind,tailwind css|development
jquery|jQuery|jQuery||development
sql|SQL|SQL|mysql,postgresql,postgres,sqlite,データベース設計,mariadb|development
mongodb|MongoDB|MongoDB|mongo|development
firebase|Firebase|Firebase|firestore|development
supabase|Supabase|Supabase||development
graphql|GraphQL|GraphQL||development
rest-api|REST API|REST API|api開発,api連携,restful|development
aws|AWS|AWS|amazon web services,ec2,lambda,s3,cloudformation,aws cdk|development
google-cloud|Google Cloud|Google Cloud|gcp,cloud run|development
azure|Azure|Azure|microsoft azure|development
docker|Docker|Docker|コンテナ|development
kubernetes|Kubernetes|Kubernetes|k8s|development
terraform|Terraform|Terraform||development
ci-cd|CI/CD|CI/CD|github actions,circleci,jenkins|development
git|Git|Git||development
linux|Linux|Linux|サーバー構築,ubuntu,centos|development
testing|Software testing|ソフトウェアテスト|qa,テスト工数,e2e,playwright,cypress,jest,vitest,testing library,単体テスト,pytest,テスター,test automation|development
google-apps-script|Google Apps Script|Google Apps Script|gas,apps script|development
excel-vba|Excel VBA|Excel VBA|vba,マクロ,excelマクロ|development
chrome-extension|Chrome extension development|Chrome拡張機能開発|chrome拡張,browser extension|development
web-scraping|Web scraping|スクレイピング|scraping,クローラー,crawler,beautifulsoup,selenium,puppeteer,scrapy|development
blockchain|Blockchain|ブロックチェーン|web3,solidity,smart contract,スマートコントラクト,nft,ethereum,smart contracts,solana|development
salesforce|Salesforce|Salesforce|セールスフォース,sfdc|development
kintone|kintone|kintone|キントーン|development
no-code|No-code tools|ノーコード|bubble,webflow,studio,glide,adalo,ローコード,low-code|development
zapier|Zapier|Zapier|make.com,integromat,n8n,ifttt|development
ec-site|E-commerce site building|ECサイト構築|base,stores,カラーミー,ecサイト制作,ecサイト構築,ネットショップ構築,ネットショップ制作,e-commerce development|development
lp-coding|Landing page coding|LPコーディング|lp制作,ランディングページ,landing page|development
responsive-design|Responsive design|レスポンシブ対応|レスポンシブ,responsive,スマートフォン対応,スマホ対応|development
seo-coding|Technical SEO|テクニカルSEO|core web vitals,構造化データ,表示速度改善|development
security|Web security|Webセキュリティ|脆弱性診断,penetration testing,pentest,cybersecurity,isms|development
bootstrap|Bootstrap|Bootstrap||development
redux|Redux|Redux||development
three.js|Three.js|Three.js|threejs|development
webgl|WebGL|WebGL|glsl|development
d3.js|D3.js|D3.js||development
gatsby|Gatsby|Gatsby||development
astro|Astro|Astro||development
nestjs|NestJS|NestJS|nest.js|development
electron|Electron|Electron||development
htmx|htmx|htmx||development
prisma|Prisma|Prisma||development
vite|Vite|Vite||development
webpack|webpack|webpack||development
pwa|PWA|PWA||development
webassembly|WebAssembly|WebAssembly|wasm|development
scala|Scala|Scala||development
elixir|Elixir|Elixir||development
erlang|Erlang|Erlang||development
haskell|Haskell|Haskell||development
clojure|Clojure|Clojure||development
perl|Perl|Perl||development
fortran|Fortran|Fortran||development
matlab|MATLAB|MATLAB||development
objective-c|Objective-C|Objective-C||development
visual-basic|Visual Basic|Visual Basic|vb.net|development
cobol|COBOL|COBOL||development
lua|Lua|Lua||development
shell-script|Shell script|シェルスクリプト|bash,shell scripting|development
powershell|PowerShell|PowerShell||development
embedded-systems|Embedded systems|組み込み開発|arduino,raspberry pi,ラズパイ,マイコン,組込み開発|development
iot|IoT|IoT開発||development
opengl|OpenGL|OpenGL||development
cakephp|CakePHP|CakePHP||development
symfony|Symfony|Symfony||development
codeigniter|CodeIgniter|CodeIgniter||development
ec-cube|EC-CUBE|EC-CUBE|eccube|development
magento|Magento|Magento||development
woocommerce|WooCommerce|WooCommerce||development
wix|Wix|Wix||development
squarespace|Squarespace|Squarespace||development
jimdo|Jimdo|Jimdo||development
drupal|Drupal|Drupal||development
movable-type|Movable Type|Movable Type||development
headless-cms|Headless CMS|ヘッドレスCMS|microcms|development
contentful|Contentful|Contentful||development
strapi|Strapi|Strapi||development
cms|CMS|CMS構築||development
backend-development|Backend development|バックエンド|サーバーサイド|development
frontend-development|Frontend development|フロントエンド||development
full-stack|Full-stack|フルスタック|full stack|development
web-app|Web apps|Webアプリ|web app,web application,webシステム|development
mobile-app|Mobile apps|スマホアプリ|mobile app,モバイルアプリ,アプリ開発,mobile apps|development
ionic|Ionic|Ionic||development
flutterflow|FlutterFlow|FlutterFlow||development
desktop-app|Desktop apps|デスクトップアプリ|wpf|development
game-development|Game development|ゲーム開発|ゲーム制作|development
godot|Godot|Godot||development
roblox|Roblox|Roblox||development
game-testing|Game testing|ゲームデバッグ|ゲームテスト|development
xr-development|VR/AR|VR・AR開発|vr開発,ar開発,メタバース,metaverse,webxr|development
redis|Redis|Redis||development
elasticsearch|Elasticsearch|Elasticsearch||development
dynamodb|DynamoDB|DynamoDB||development
neo4j|Neo4j|Neo4j||development
oracle-database|Oracle Database|Oracle Database|pl/sql|development
sql-server|SQL Server|SQL Server||development
bigquery|BigQuery|BigQuery||development
snowflake|Snowflake|Snowflake||development
databricks|Databricks|Databricks||development
data-engineering|Data engineering|データエンジニア|etl,airflow,dbt,データ基盤,data pipeline|development
apache-spark|Apache Spark|Apache Spark|pyspark|development
hadoop|Hadoop|Hadoop||development
kafka|Kafka|Kafka||development
cloudflare|Cloudflare|Cloudflare||development
vercel|Vercel|Vercel||development
netlify|Netlify|Netlify||development
heroku|Heroku|Heroku||development
digitalocean|DigitalOcean|DigitalOcean||development
serverless|Serverless|サーバーレス||development
devops|DevOps|DevOps||development
sre|SRE|SRE||development
ansible|Ansible|Ansible||development
datadog|Datadog|Datadog||development
grafana|Grafana|Grafana||development
zabbix|Zabbix|Zabbix||development
nginx|Nginx|Nginx||development
network-engineering|Network engineering|ネットワーク構築|cisco,ネットワークエンジニア|development
infrastructure-engineering|Infrastructure engineering|インフラ構築|インフラエンジニア|development
windows-server|Windows Server|Windows Server||development
microsoft-365|Microsoft 365|Microsoft 365|sharepoint,office 365|development
power-automate|Power Automate|Power Automate||development
power-apps|Power Apps|Power Apps||development
google-workspace|Google Workspace|Google Workspace||development
rpa|RPA|RPA||development
uipath|UiPath|UiPath||development
winactor|WinActor|WinActor||development
payment-integration|Payment integration|決済システム|stripe連携,決済連携|development
microservices|Microservices|マイクロサービス||development
grpc|gRPC|gRPC||development
authentication|Authentication|認証機能|oauth,auth0,oauth2,認証基盤|development
internationalization|Internationalization|多言語対応|i18n|development
website-maintenance|Website maintenance|サイト保守|保守運用,サイト更新|development
web-hosting|Web hosting|レンタルサーバ|xserver,vps,エックスサーバー|development
dns|DNS|DNS設定|ドメイン設定|development
requirements-definition|Requirements definition|要件定義|上流工程|development
system-design|System design|システム設計|基本設計,詳細設計,アーキテクチャ設計,software architecture|development
line-mini-app|LINE mini app|LINEミニアプリ|liff|development
discord-bot|Discord bot|Discordボット|discord bot|development
trading-bot|Trading bot|自動売買|mql4,mql5,mt4,ea開発,pine script|development
microsoft-access|Microsoft Access|Microsoft Access|ms access|development
filemaker|FileMaker|FileMaker||development
airtable|Airtable|Airtable||development
erp|ERP|ERP導入||development
servicenow|ServiceNow|ServiceNow||development
accessibility|Accessibility|アクセシビリティ|wcag,a11y|development
website-creation|Website creation|ホームページ制作|サイト制作,ホームページ作成,hp制作|development
framer|Framer|Framer||development
softr|Softr|Softr||development
appsheet|AppSheet|AppSheet||development
makeshop|MakeShop|MakeShop||development
rabbitmq|RabbitMQ|RabbitMQ||development
data-analysis|Data analysis|データ分析|データ解析,data analytics,pandas,分析業務|ai-llm
machine-learning|Machine learning|機械学習|ml,scikit-learn,deep learning,ディープラーニング,pytorch,tensorflow,keras,強化学習|ai-llm
llm|LLM application development|LLMアプリ開発|chatgpt api,openai api,gpt-4,claude,gemini api,rag,langchain,llamaindex,生成ai開発,openai|ai-llm
prompt-engineering|Prompt engineering|プロンプトエンジニアリング|プロンプト作成,prompt writing,プロンプト設計,prompt engineer|ai-llm
ai-image-generation|AI image generation|AI画像生成|midjourney,stable diffusion,画像生成ai,dall-e,comfyui,aiイラスト|ai-llm
ai-training-data|AI training data|AIデータ作成|データアノテーション,annotation,アノテーション,ai training,rlhf,データラベリング,data labeling|ai-llm
computer-vision|Computer vision|画像認識|opencv,画像解析,物体検出,object detection|ai-llm
chatbot|Chatbot building|チャットボット制作|chatbot,チャットボット,line bot,lineボット,slack bot,telegram bot|ai-llm
bi-dashboard|BI dashboards|BIダッシュボード|tableau,power bi,looker,looker studio,データポータル,データ可視化,data visualization|ai-llm
statistics|Statistics|統計解析|統計,r言語,spss|ai-llm
chatgpt|ChatGPT|ChatGPT|チャットgpt,gpts|ai-llm
generative-ai|Generative AI|生成AI|ai活用|ai-llm
llm-fine-tuning|LLM fine-tuning|ファインチューニング||ai-llm
ai-agents|AI agents|AIエージェント|dify,ai agent|ai-llm
nlp|NLP|自然言語処理||ai-llm
data-science|Data science|データサイエンス|data scientist,データサイエンティスト,jupyter|ai-llm
mlops|MLOps|MLOps|sagemaker,vertex ai|ai-llm
ocr|OCR|OCR|文字認識|ai-llm
ai-video|AI video|AI動画|heygen|ai-llm
ai-voice|AI voice|AI音声|音声合成,elevenlabs,text-to-speech|ai-llm
speech-recognition|Speech recognition|音声認識|speech-to-text|ai-llm
ai-consulting|AI consulting|AI導入||ai-llm
vector-database|Vector database|ベクトル検索|pinecone,vector db,pgvector,ベクトルデータベース|ai-llm
ui-design|UI design|UIデザイン|ui,uiデザイン,画面設計|design
ux-design|UX design|UXデザイン|ux,ユーザー調査,user research,ユーザビリティ,ux research,uxリサーチ|design
web-design|Web design|Webデザイン|webデザイン,サイトデザイン,ホームページデザイン,webデザイナー,web designer|design
figma|Figma|Figma|フィグマ|design
adobe-xd|Adobe XD|Adobe XD|xd|design
photoshop|Photoshop|Photoshop|フォトショップ,フォトショ,ps|design
illustrator|Illustrator|Illustrator|イラストレーター,イラレ,ai形式|design
indesign|InDesign|InDesign|インデザイン|design
canva|Canva|Canva|キャンバ|design
logo-design|Logo design|ロゴデザイン|ロゴ制作,ロゴ作成,logo,ロゴマーク,logo designer|design
banner-design|Banner design|バナー制作|バナー,バナーデザイン,banner|design
graphic-design|Graphic design|グラフィックデザイン|graphic designer|design
print-design|Print design|印刷物デザイン|チラシ,フライヤー,名刺デザイン,パンフレット,flyer,brochure,poster,ポスター,名刺|design
packaging-design|Packaging design|パッケージデザイン|パッケージ,ラベルデザイン|design
illustration|Illustration|イラスト制作|イラスト,挿絵,illustrator art,character design,キャラクターデザイン,illustrations|design
manga|Manga drawing|漫画制作|漫画,マンガ,comic,webtoon,4コマ|design
3d-modeling|3D modeling|3Dモデリング|blender,maya,3ds max,cinema 4d,c4d,3dcg,3d|design
icon-design|Icon design|アイコン制作|アイコン|design
presentation-design|Presentation design|資料デザイン|スライド作成,パワポ資料,powerpoint design,pitch deck|design
photography|Photography|写真撮影|カメラマン,photographer,商品撮影|design
photo-retouching|Photo retouching|写真加工|レタッチ,画像加工,切り抜き,retouch,背景除去,photo editing|design
interior-design|Interior design|インテリアデザイン|インテリア|design
wireframing|Wireframing|ワイヤーフレーム|wireframe|design
prototyping|Prototyping|プロトタイプ||design
design-system|Design system|デザインシステム||design
app-design|App design|アプリデザイン||design
lp-design|LP design|LPデザイン||design
dtp|DTP|DTP|組版|design
book-cover-design|Book cover design|表紙デザイン|装丁,book cover,kindle表紙|design
infographics|Infographics|図解|インフォグラフィック,infographic|design
2d-animation|2D animation|2Dアニメーション|作画|design
3d-animation|3D animation|3Dアニメーション|3dcgアニメ|design
zbrush|ZBrush|ZBrush||design
houdini|Houdini|Houdini||design
keyshot|KeyShot|KeyShot||design
vrchat|VRChat|VRChatアバター|vroid,vrm,アバター制作|design
archviz|Archviz|建築パース|パース制作,3dパース,建築cg|design
cad|CAD|CAD|autocad,jw_cad,図面作成|design
sketchup|SketchUp|SketchUp||design
revit|Revit|Revit||design
archicad|Archicad|Archicad||design
vectorworks|Vectorworks|Vectorworks||design
fusion-360|Fusion 360|Fusion 360||design
solidworks|SolidWorks|SolidWorks||design
product-design|Product design|プロダクトデザイン|工業デザイン,industrial design|design
fashion-design|Fashion design|ファッションデザイン|アパレルデザイン|design
t-shirt-design|T-shirt design|Tシャツデザイン|グッズデザイン|design
line-sticker|LINE stickers|LINEスタンプ|line stamp|design
emotes|Emotes|エモート|emote|design
typography|Typography|タイポグラフィ|lettering,レタリング,フォント制作|design
calligraphy|Calligraphy|筆文字|書道|design
procreate|Procreate|Procreate||design
clip-studio|Clip Studio|クリップスタジオ||design
lightroom|Lightroom|Lightroom||design
inkscape|Inkscape|Inkscape||design
krita|Krita|Krita||design
gif-animation|GIF animation|GIFアニメ||design
caricature|Caricature|似顔絵|caricatures|design
storyboarding|Storyboarding|絵コンテ|storyboard|design
ad-creative|Ad creative|広告クリエイティブ|ad creatives|design
sns-graphics|Social media graphics|SNS画像|投稿画像,ヘッダー画像|design
pixel-art|Pixel art|ドット絵||design
live2d|Live2D|Live2D||design
vtuber-model|VTuber model|VTuberモデル||design
game-design|Game design|ゲームデザイン|ゲームプランナー,level design,レベルデザイン|design
game-art|Game art|ゲームイラスト|game assets|design
concept-art|Concept art|コンセプトアート||design
html-email|HTML email|HTMLメール||design
background-art|Background art|背景イラスト|背景美術|design
video-editing|Video editing|動画編集|動画制作,映像編集,video editor,youtube編集,カット編集,テロップ,切り抜き動画,vrew|video
premiere-pro|Premiere Pro|Premiere Pro|プレミアプロ,premiere,プレミア|video
after-effects|After Effects|After Effects|アフターエフェクト,ae,アフエフ|video
davinci-resolve|DaVinci Resolve|DaVinci Resolve|davinci,ダヴィンチ|video
final-cut-pro|Final Cut Pro|Final Cut Pro|final cut,ファイナルカット|video
motion-graphics|Motion graphics|モーショングラフィックス|モーション,アニメーション制作,animation,lottie|video
youtube|YouTube channel production|YouTube運用|youtube運用,youtuber,ユーチューブ|video
short-video|Short-form video|ショート動画制作|tiktok,reels,リール,ショート動画,youtube shorts|video
thumbnail-design|Thumbnail design|サムネイル制作|サムネ,サムネイル,thumbnail,thumbnails,アイキャッチ|video
subtitling|Subtitling|字幕制作|字幕,captions,subtitles,文字起こし字幕|video
voice-over|Voice-over|ナレーション|ナレーター,声優,voice actor,vo,voiceover,voice over|video
audio-editing|Audio editing|音声編集|音源編集,ポッドキャスト編集,podcast editing,ミキシング,mixing,マスタリング,ノイズ除去|video
music-composition|Music composition|作曲|作曲,編曲,bgm制作,composer,dtm,楽曲制作,songwriting|video
capcut|CapCut|CapCut||video
filmora|Filmora|Filmora||video
aviutl|AviUtl|AviUtl||video
camtasia|Camtasia|Camtasia||video
videography|Videography|動画撮影|映像撮影,videographer|video
drone-filming|Drone filming|ドローン撮影|ドローン,空撮|video
color-grading|Color grading|カラーグレーディング|カラコレ,color correction|video
vfx|VFX|VFX|visual effects,compositing|video
explainer-video|Explainer video|解説動画|ゆっくり動画,ゆっくり解説,whiteboard animation|video
promo-video|Promotional video|PR動画|プロモーション動画,採用動画,会社紹介動画|video
music-video|Music video|MV制作|ミュージックビデオ,リリックビデオ|video
live-streaming|Live streaming|ライブ配信|生配信,配信オペレーター|video
podcast|Podcast production|ポッドキャスト|podcasts|video
sound-design|Sound design|サウンドデザイン|効果音制作,sfx,sound effects|video
vocals|Vocals|歌唱|仮歌,ボーカル,歌ってみた|video
lyric-writing|Lyric writing|作詞|lyricist,歌詞制作|video
ugc|UGC|UGC動画||video
video-ads|Video ads|動画広告|video ad|video
video-direction|Video direction|動画ディレクション|動画ディレクター|video
audiobooks|Audiobooks|オーディオブック|audiobook,朗読|video
writing|Writing|ライティング|ライター,執筆,記事作成,writer,content writer,content writing|writing-translation
copywriting|Copywriting|コピーライティング|コピーライター,セールスライティング,sales copy,セールスレター,キャッチコピー,copywriter,lpライティング|writing-translation
seo-writing|SEO writing|SEOライティング|seo記事,seoライター,seo articles|writing-translation
blog-writing|Blog writing|ブログ記事作成|blog post,blog posts,ブログ記事|writing-translation
technical-writing|Technical writing|テクニカルライティング|マニュアル作成,documentation,api docs,技術文書,technical writer,ホワイトペーパー|writing-translation
ghostwriting|Ghostwriting|ゴーストライティング|ゴーストライター,ghostwriter,ブックライター|writing-translation
editing-proofreading|Editing and proofreading|編集・校正|校正,校閲,proofreading,proofread,リライト,rewrite,editing,ネイティブチェック,proofreader,copyediting|writing-translation
scenario-writing|Scenario writing|シナリオ作成|シナリオ,台本,脚本,script writing,screenwriting|writing-translation
interview-writing|Interview writing|取材・インタビュー記事|取材,インタビュー記事,interview|writing-translation
transcription|Transcription|文字起こし|テープ起こし,書き起こし,transcribe|writing-translation
translation-ja-en|Japanese to English translation|日英翻訳|和訳英,日英,japanese to english,英訳,日本語から英語,japanese into english,japanese→english,ja→en|writing-translation
translation-en-ja|English to Japanese translation|英日翻訳|英日,english to japanese,和訳,英語から日本語,english into japanese,english→japanese,en→ja|writing-translation
translation|Translation|翻訳|翻訳者,translator,translate,localization,ローカライズ,ローカライゼーション,transcreation|writing-translation
interpretation|Interpretation|通訳|通訳者,interpreter|writing-translation
english|English|英語|英語対応,ビジネス英語,native english,fluent english|writing-translation
japanese|Japanese|日本語|日本語ネイティブ,native japanese,jlpt n1,n1|writing-translation
chinese|Chinese|中国語|mandarin,中文,繁体字,簡体字|writing-translation
korean|Korean|韓国語|한국어|writing-translation
game-localization|Game localization|ゲーム翻訳|ゲームローカライズ|writing-translation
medical-translation|Medical translation|医療翻訳|医薬翻訳|writing-translation
legal-translation|Legal translation|法務翻訳|契約書翻訳|writing-translation
patent-translation|Patent translation|特許翻訳||writing-translation
technical-translation|Technical translation|技術翻訳|マニュアル翻訳|writing-translation
subtitle-translation|Subtitle translation|字幕翻訳|映像翻訳|writing-translation
mtpe|MTPE|ポストエディット|post-editing|writing-translation
spanish|Spanish|スペイン語||writing-translation
french|French|フランス語||writing-translation
german|German|ドイツ語||writing-translation
portuguese|Portuguese|ポルトガル語||writing-translation
italian|Italian|イタリア語||writing-translation
russian|Russian|ロシア語||writing-translation
arabic|Arabic|アラビア語||writing-translation
hindi|Hindi|ヒンディー語||writing-translation
vietnamese|Vietnamese|ベトナム語||writing-translation
thai|Thai|タイ語||writing-translation
indonesian|Indonesian|インドネシア語||writing-translation
tagalog|Tagalog|タガログ語||writing-translation
product-descriptions|Product descriptions|商品説明文|商品紹介文|writing-translation
ux-writing|UX writing|UXライティング|microcopy,ux writer|writing-translation
news-writing|News writing|ニュース記事|journalist|writing-translation
grant-writing|Grant writing|補助金申請|助成金申請,grant proposal|writing-translation
resume-writing|Resume writing|履歴書作成|cv writing|writing-translation
academic-writing|Academic writing|論文作成|論文執筆|writing-translation
ebook-writing|E-book writing|電子書籍執筆|kindle出版|writing-translation
fiction-writing|Fiction writing|小説|ライトノベル,ラノベ|writing-translation
brand-naming|Brand naming|ネーミング||writing-translation
fact-checking|Fact-checking|ファクトチェック|fact check|writing-translation
meeting-minutes|Meeting minutes|議事録作成||writing-translation
medical-writing|Medical writing|医療記事||writing-translation
speechwriting|Speechwriting|スピーチ原稿||writing-translation
seo|SEO|SEO|seo対策,検索エンジン最適化,search engine optimization,キーワード選定,keyword research,被リンク|marketing-sns
sns-marketing|Social media marketing|SNSマーケティング|sns運用,sns運用代行,social media,smm,sns投稿,sns担当|marketing-sns
instagram|Instagram|Instagram|インスタ,インスタグラム,ig|marketing-sns
x-twitter|X (Twitter)|X（Twitter）|twitter,ツイッター,x運用|marketing-sns
tiktok-marketing|TikTok marketing|TikTok運用|tiktok運用|marketing-sns
facebook-ads|Facebook / Meta ads|Meta広告|facebook広告,instagram広告,meta ads,facebook ads|marketing-sns
google-ads|Google Ads|Google広告|リスティング広告,listing ads,adwords,ppc,youtube広告|marketing-sns
web-advertising|Web advertising|Web広告運用|運用型広告,広告運用,ads management,sns広告|marketing-sns
content-marketing|Content marketing|コンテンツマーケティング|オウンドメディア,owned media,ブログ運営|marketing-sns
email-marketing|Email marketing|メールマーケティング|メルマガ,newsletter,mailchimp,ステップメール,メールマガジン|marketing-sns
line-marketing|LINE marketing|LINE公式アカウント運用|line公式,lステップ,lstep|marketing-sns
affiliate-marketing|Affiliate marketing|アフィリエイト|アフィリエイター,affiliate|marketing-sns
google-analytics|Google Analytics|Googleアナリティクス|ga4,google analytics,アクセス解析,ヒートマップ|marketing-sns
market-research|Market research|市場調査|リサーチ,競合調査,research,競合分析,アンケート作成,competitor analysis|marketing-sns
influencer-marketing|Influencer marketing|インフルエンサーマーケティング|インフルエンサー,pr案件|marketing-sns
community-management|Community management|コミュニティ運営|discord運営,コミュニティマネージャー,community manager,moderation,モデレーター|marketing-sns
public-relations|Public relations|広報・PR|プレスリリース,press release,広報,media relations|marketing-sns
branding|Branding|ブランディング|brand strategy,ブランド戦略,brand identity|marketing-sns
ec-management|E-commerce operations|EC運営|楽天,amazon出品,ec運営代行,商品登録,shopee,ecサイト運営,ネットショップ運営|marketing-sns
meo|MEO|MEO対策|googleビジネスプロフィール,googleマイビジネス,google business profile,ローカルseo,local seo|marketing-sns
facebook-marketing|Facebook marketing|Facebook運用||marketing-sns
linkedin-marketing|LinkedIn marketing|LinkedIn運用||marketing-sns
pinterest|Pinterest|Pinterest運用||marketing-sns
tiktok-ads|TikTok Ads|TikTok広告||marketing-sns
x-ads|X Ads|X広告|twitter広告,twitter ads|marketing-sns
line-ads|LINE Ads|LINE広告||marketing-sns
yahoo-ads|Yahoo! Ads|Yahoo!広告|yahoo広告|marketing-sns
amazon-ads|Amazon Ads|Amazon広告|amazon ppc|marketing-sns
google-tag-manager|Google Tag Manager|タグマネージャー|gtm|marketing-sns
cro|CRO|CVR改善|lpo,a/bテスト,abテスト,lp改善,a/b testing|marketing-sns
growth-marketing|Growth marketing|グロースハック|growth hacking|marketing-sns
digital-marketing|Digital marketing|Webマーケティング|デジタルマーケティング,web marketing,ウェブマーケティング|marketing-sns
marketing-strategy|Marketing strategy|マーケティング戦略||marketing-sns
aso|ASO|ASO||marketing-sns
marketing-automation|Marketing automation|MAツール|marketo,マーケティングオートメーション|marketing-sns
semrush|Semrush|Semrush||marketing-sns
ahrefs|Ahrefs|Ahrefs||marketing-sns
klaviyo|Klaviyo|Klaviyo||marketing-sns
crowdfunding|Crowdfunding|クラウドファンディング|クラファン|marketing-sns
event-planning|Event planning|イベント運営|イベント企画,ウェビナー運営|marketing-sns
amazon-seller|Amazon seller|Amazon運営|amazonセラー,fba,seller central|marketing-sns
rakuten|Rakuten Ichiba|楽天市場||marketing-sns
qoo10|Qoo10|Qoo10||marketing-sns
ebay|eBay|eBay||marketing-sns
etsy|Etsy|Etsy||marketing-sns
dropshipping|Dropshipping|ドロップシッピング|無在庫販売|marketing-sns
data-entry|Data entry|データ入力|入力作業,転記,data input,入力代行,タイピング,コピペ作業|data-entry-admin
spreadsheets|Spreadsheets|表計算|excel,エクセル,google sheets,スプレッドシート,googleスプレッドシート,vlookup,ピボットテーブル,pivot table,excel関数|data-entry-admin
virtual-assistant|Virtual assistant|オンラインアシスタント|秘書業務,virtual assistant,va,事務代行,オンライン秘書,秘書,executive assistant|data-entry-admin
customer-support|Customer support|カスタマーサポート|カスタマーサービス,問い合わせ対応,customer service,cs対応,helpdesk,チャットサポート,help desk|data-entry-admin
bookkeeping|Bookkeeping|記帳代行|経理,記帳,freee,マネーフォワード,quickbooks,xero,会計,仕訳,経費精算,bookkeeper|data-entry-admin
accounting|Accounting|会計|税務,確定申告,tax,cpa,税理士|data-entry-admin
payroll|Payroll|給与計算|給与,年末調整|data-entry-admin
project-management|Project management|プロジェクト管理|pm,ディレクション,ディレクター,project manager,進行管理,プロジェクトマネジメント,プロジェクトマネージャー,進捗管理|data-entry-admin
scheduling|Scheduling|スケジュール調整|日程調整,calendar management|data-entry-admin
document-creation|Document creation|資料作成|word,powerpoint,パワーポイント,パワポ,google slides,企画書作成,提案資料,営業資料,提案書作成|data-entry-admin
list-building|List building|リスト作成|営業リスト,リスト収集,lead list,lead generation,リード獲得|data-entry-admin
notion|Notion|Notion|ノーション|data-entry-admin
recruiting|Recruiting|採用支援|採用代行,リクルーティング,スカウト代行,rpo,recruiter,ヘッドハンティング|data-entry-admin
legal|Legal|法務|契約書作成,契約書チェック,legal review,弁護士,契約書レビュー,利用規約作成,行政書士|data-entry-admin
general-admin|Admin support|事務作業|一般事務,営業事務,back office|data-entry-admin
web-research|Web research|Webリサーチ|情報収集,ネットリサーチ|data-entry-admin
data-cleaning|Data cleaning|データクレンジング|データ整理,data cleansing|data-entry-admin
email-management|Email management|メール対応|inbox management|data-entry-admin
it-support|IT support|ITサポート|ヘルプデスク,情シス,キッティング|data-entry-admin
accounts-receivable|Accounts receivable|請求業務||data-entry-admin
financial-analysis|Financial analysis|財務分析|financial modeling|data-entry-admin
hr-admin|HR admin|労務管理|社労士,社会保険手続き|data-entry-admin
inventory-management|Inventory management|在庫管理||data-entry-admin
order-processing|Order processing|受注処理|受発注業務,発送代行|data-entry-admin
zendesk|Zendesk|Zendesk||data-entry-admin
jira|Jira|Jira||data-entry-admin
trello|Trello|Trello||data-entry-admin
asana|Asana|Asana||data-entry-admin
clickup|ClickUp|ClickUp||data-entry-admin
redmine|Redmine|Redmine||data-entry-admin
miro|Miro|Miro||data-entry-admin
agile|Agile|アジャイル|scrum,スクラム|data-entry-admin
pmo|PMO|PMO||data-entry-admin
product-management|Product management|プロダクトマネジメント|product manager,product owner,プロダクトオーナー,pdm|data-entry-admin
web-direction|Web direction|Webディレクション|webディレクター,web director|data-entry-admin
process-improvement|Process improvement|業務改善|dx推進,dx支援|data-entry-admin
business-plan|Business plan|事業計画書||data-entry-admin
content-moderation|Content moderation|投稿監視||data-entry-admin
paralegal|Paralegal|パラリーガル||data-entry-admin
sales|Sales|営業|セールス,営業代行,sales rep,クロージング|sales
inside-sales|Inside sales|インサイドセールス|テレアポ,cold calling,電話営業,アポ獲得,架電,telemarketing,appointment setting,appointment setter|sales
business-development|Business development|事業開発|bizdev,アライアンス,partnerships,新規事業|sales
customer-success|Customer success|カスタマーサクセス|cs,オンボーディング|sales
consulting|Consulting|コンサルティング|コンサル,consultant,経営コンサル|sales
coaching|Coaching|コーチング|コーチ,メンター,mentoring,キャリア相談,life coach|sales
teaching|Teaching|講師|オンライン講師,家庭教師,tutor,tutoring,レッスン|sales
field-sales|Field sales|訪問営業|ルート営業,飛び込み営業|sales
b2b-sales|B2B sales|法人営業||sales
cold-email|Cold email|フォーム営業|cold outreach,メール営業,dm営業|sales
crm|CRM|CRM導入||sales
hubspot|HubSpot|HubSpot||sales
sales-consulting|Sales consulting|営業コンサル||sales
it-consulting|IT consulting|ITコンサル||sales
web-consulting|Web consulting|Webコンサル||sales
english-teaching|English teaching|英語講師|英会話講師,english tutor,esl|sales
japanese-teaching|Japanese teaching|日本語教師|日本語講師|sales
programming-teaching|Programming teaching|プログラミング講師|プログラミング指導|sales
exam-tutoring|Exam tutoring|受験指導|受験対策,中学受験|sales
math-tutoring|Math tutoring|数学講師||sales
course-creation|Course creation|教材作成|オンライン講座,eラーニング,udemy,online course,e-learning,instructional design|sales
corporate-training|Corporate training|研修講師|企業研修,セミナー講師|sales
`;
