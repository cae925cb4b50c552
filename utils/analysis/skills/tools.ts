import type { SkillSource } from './types';

// Software for design, video, marketing and office work that offers ask for by name.
export const creativeTools: SkillSource = {
  category: 'design',
  rows: `
adobe-express|Adobe Express|Adobe Express|adobe spark|canva
figma-prototyping|Figma prototyping|Figmaプロトタイプ|figma prototype,figmaプロトタイプ|figma
figma-design-system|Figma components|Figmaコンポーネント|figma components,auto layout,オートレイアウト|figma
penpot|Penpot|Penpot||ui-design
zeplin|Zeplin|Zeplin||ui-design
invision|InVision|InVision||ui-design
photopea|Photopea|Photopea||photo-retouching
capture-one|Capture One|Capture One|capture one|photo-retouching
midjourney-prompts|Image prompt design|画像プロンプト作成|画像プロンプト,image prompts|ai-image-generation
leonardo-ai|Leonardo AI|Leonardo AI|leonardo.ai,ideogram,krea|ai-image-generation
dreamweaver|Dreamweaver|Dreamweaver||web-design
xara|Vectornator / Linearity|Linearity Curve|vectornator,linearity curve|graphic-design
ibis-paint|ibisPaint|アイビスペイント|アイビスペイント,ibis paint|illustration
medibang|MediBang Paint|メディバンペイント|メディバン,medibang|illustration
photoshop-elements|Photoshop Elements|Photoshop Elements|photoshop elements|photoshop
illustrator-tracing|Image tracing|画像トレース|画像トレース,image trace,ライブトレース|vector-illustration
vroid-studio|VRoid Studio|VRoid Studio|vroid studio|vrchat
unity-vrchat|VRChat worlds|VRChatワールド|vrchatワールド,vrchat world|vrchat
marvelous-designer|Marvelous Designer|Marvelous Designer|marvelous designer|3d-modeling
clo3d|CLO 3D|CLO 3D|clo3d,clo 3d|fashion-design
metahuman|MetaHuman|MetaHuman||unreal-engine
twinmotion|Twinmotion|Twinmotion|lumion,enscape,v-ray,vray,corona renderer|archviz
d5-render|D5 Render|D5 Render|d5 render|archviz
3d-scanning|3D scanning|3Dスキャン|3dスキャン,photogrammetry,フォトグラメトリ|3d-modeling
character-modeling|Character modeling|キャラクターモデリング|キャラクターモデリング,character modeling,3dキャラクター|3d-modeling
product-3d|3D product visualization|商品3DCG|商品cg,product visualization,product 3d|3d-rendering
logo-mockup|Mockups|モックアップ作成|モックアップ,デザインモックアップ|graphic-design
brand-book|Brand guidelines|ブランドガイドライン|brand guidelines,brand book,ブランドブック|brand-identity
web-banner-animation|HTML5 banners|HTML5バナー|html5 banner,animated banners|banner-design
youtube-channel-art|Channel art|チャンネルアート|channel art,youtubeバナー,twitterヘッダー|sns-graphics
ec-product-images|Product page images|商品画像制作|商品画像,商品画像作成,amazon商品画像,楽天商品画像,サムネイル画像作成|graphic-design
lp-wireframe|LP wireframes|LP構成案|lp構成,lp構成案,構成案作成|lp-design
pop-design|POP design|POPデザイン|pop制作,店頭pop,popデザイン|print-design
label-sticker|Seal and label printing design|シールデザイン|シールデザイン,ラベルシール|packaging-design
calendar-design|Calendar design|カレンダーデザイン|カレンダー制作|print-design
ticket-design|Ticket and coupon design|チケットデザイン|クーポンデザイン,チケット制作|print-design
infographic-video|Diagram videos|図解動画|図解動画|explainer-video
embroidery|Embroidery design|刺繍デザイン|刺繍,embroidery digitizing|fashion-design
sewing|Sewing|縫製|縫製,ソーイング,sewing|fashion-design
pattern-making|Pattern making|パターン作成|パターンメイキング,pattern making,型紙|fashion-design
`,
};

export const videoTools: SkillSource = {
  category: 'video',
  rows: `
premiere-rush|Premiere Rush|Premiere Rush||premiere-pro
adobe-animate|Adobe Animate|Adobe Animate|animate cc|2d-animation
toon-boom|Toon Boom Harmony|Toon Boom|toon boom,harmony premium|2d-animation
moho|Moho|Moho|anime studio|2d-animation
opentoonz|OpenToonz|OpenToonz||2d-animation
cinema-editing-mobile|Mobile video apps|スマホ動画編集|vllo,inshot,splice app|video-editing
descript|Descript|Descript||video-editing
riverside|Recording platforms|収録ツール|riverside.fm,streamyard,zencastr|podcast
obs-scenes|Stream overlays|配信画面デザイン|配信画面,stream overlay,overlays,配信オーバーレイ|live-streaming
twitch|Twitch|Twitch|twitch配信|live-streaming
youtube-live|YouTube Live|YouTubeライブ|youtube live,youtubeライブ|live-streaming
vtuber-editing|VTuber clip editing|VTuber切り抜き|vtuber切り抜き,ホロライブ切り抜き|clip-video
gaming-video|Gaming videos|ゲーム実況動画|ゲーム実況,gaming videos,実況動画編集|video-editing
seminar-video|Seminar video editing|セミナー動画編集|セミナー動画,ウェビナー動画,講義動画|video-editing
interview-video|Interview videos|インタビュー動画|インタビュー動画,interview video|video-production
real-estate-video|Property videos|物件紹介動画|物件動画,ルームツアー動画,room tour|video-production
recipe-video|Recipe videos|料理動画|料理動画,レシピ動画,recipe videos|video-production
product-video|Product videos|商品動画|商品動画,product videos,product video|video-production
slideshow-video|Slideshow videos|スライドショー動画|スライドショー,slideshow|video-editing
mograph-templates|Motion templates|モーションテンプレート|mogrt,モーションテンプレート,after effects templates|motion-graphics
3d-motion|3D motion graphics|3Dモーション|3d motion,3dモーショングラフィックス|motion-graphics
character-animation|Character animation|キャラクターアニメーション|character animation,キャラアニメ|animation-video
anime-mv|Anime music videos|アニメMV|アニメmv,イラストmv|music-video
drone-license|Drone pilot license|ドローン国家資格|一等無人航空機,二等無人航空機,drone license,part 107|drone-filming
dubbing|Dubbing|吹き替え|吹き替え,吹替,dubbing,アフレコ|voice-over
asmr|ASMR|ASMR||voice-recording
voice-actor-sample|Voice samples|ボイスサンプル|ボイスサンプル,voice sample,voice demo|voice-acting
game-voice|Game voice work|ゲームボイス|ゲームボイス,game voice|voice-acting
radio-production|Radio production|ラジオ制作|ラジオ番組制作,radio production,ラジオ|audio-production
bgm-selection|Music licensing|BGM選定|bgm選定,music licensing,楽曲選定|audio-production
instrument-recording|Instrument recording|楽器演奏|ギター録音,ピアノ録音,session musician,楽器演奏|music-composition
`,
};

export const marketingTools: SkillSource = {
  category: 'marketing-sns',
  rows: `
google-adsense|Google AdSense|Googleアドセンス|google adsense,adsense,アドセンス|programmatic-ads
canva-sns|Social media scheduling tools|SNS予約投稿ツール|buffer,hootsuite,later app,予約投稿,sprout social|sns-marketing
meta-business-suite|Meta Business Suite|Meta Business Suite|meta business suite|facebook-ads
instagram-shop|Instagram Shopping|Instagramショッピング|インスタショッピング,instagram shopping|instagram
instagram-live|Instagram Live|インスタライブ|インスタライブ,instagram live|instagram
youtube-ads|YouTube Ads|YouTube広告|youtube広告,youtube ads|google-ads
smartnews-ads|SmartNews Ads|SmartNews広告|smartnews広告|web-advertising
criteo|Criteo|Criteo||web-advertising
appsflyer|AppsFlyer|AppsFlyer|adjust sdk,branch.io|app-marketing
mixpanel|Mixpanel|Mixpanel|amplitude|google-analytics
adobe-analytics|Adobe Analytics|Adobe Analytics||google-analytics
optimizely|Optimizely|Optimizely|optimizely web,optimizely experimentation,vwo,ab tasty,google optimize|google-analytics
fullstory|FullStory|FullStory|full story,logrocket,session replay,セッションリプレイ|google-analytics
metricool|Metricool|Metricool||canva-sns
similarweb|Similarweb|Similarweb||market-research
google-trends|Google Trends|Googleトレンド|googleトレンド,google trends|market-research
keyword-planner|Keyword Planner|キーワードプランナー|キーワードプランナー,keyword planner|seo
rank-tracker|Rank tracking|順位計測|順位チェック,rank tracking,gru,rank tracker|seo
seo-audit|SEO audit|SEO診断|seo audit,seo診断,サイト診断|seo
backlink-building|Link building|被リンク獲得|link building,backlink building,被リンク,outreach seo|seo
wordpress-seo|Yoast SEO|Yoast SEO|yoast,all in one seo,rank math|seo
email-deliverability|Email deliverability|メール到達率改善|email deliverability,deliverability|email-marketing
sms-marketing|SMS marketing|SMSマーケティング|sms marketing,sms配信|digital-marketing
push-marketing|Push marketing|プッシュ配信|プッシュ配信,push campaigns|app-marketing
chat-marketing|Chat marketing|チャットマーケティング|manychat,chat marketing|digital-marketing
webinar-marketing|Webinar marketing|ウェビナー集客|ウェビナー集客,webinar marketing|event-planning
pr-distribution|Press release distribution|プレスリリース配信|prtimes配信,press release distribution|public-relations
media-buying|Media planning|メディアプランニング|media planning,メディアプランニング,媒体選定|web-advertising
tv-ads|TV and offline ads|マス広告|テレビcm,tvcm,offline ads,新聞広告,交通広告|marketing
outdoor-ads|Out-of-home ads|屋外広告|屋外広告|marketing
digital-signage|Digital signage|デジタルサイネージ|デジタルサイネージ,digital signage,サイネージ|outdoor-ads
affiliate-blog|Affiliate blogs|アフィリエイトブログ|アフィリエイトブログ,アフィリエイトサイト|affiliate-marketing
a8-net|A8.net|A8.net|a8.net,もしもアフィリエイト,バリューコマース,afb|affiliate-marketing
amazon-associates|Amazon Associates|Amazonアソシエイト|amazonアソシエイト,amazon associates|affiliate-marketing
ec-cube-ops|EC consulting|ECコンサルティング|ecコンサルティング,ecommerce consulting|ec-management
rakuten-rpp|Rakuten ads|楽天RPP広告|rpp広告,楽天広告|rakuten
amazon-fba-pl|Private label products|OEM商品開発|oem,private label,pl商品,oem商品開発|ec-management
ebay-export|Cross-border e-commerce|越境EC|越境ec,cross-border ecommerce,海外販売|ec-management
live-commerce|Live commerce|ライブコマース|ライブコマース,live shopping|ec-management
pinterest-ads|Pinterest Ads|Pinterest広告|pinterest ads|web-advertising
reddit-ads|Reddit Ads|Reddit広告|reddit ads|web-advertising
spotify-ads|Audio ads|音声広告|音声広告,podcast ads,spotify ads|web-advertising
`,
};

export const officeTools: SkillSource = {
  category: 'business-tools',
  rows: `
excel-power-query|Power Query|Power Query|~Power Query|excel
excel-dashboard|Excel dashboards|Excelダッシュボード|excelダッシュボード,excel dashboard|excel
excel-formulas|Excel formulas|Excel関数|excel formulas,index match,sumifs|excel
google-forms|Google Forms|Googleフォーム|google forms,googleフォーム|google-workspace
google-calendar|Google Calendar|Googleカレンダー|google calendar,googleカレンダー|google-workspace|picker
gmail|Gmail|Gmail||google-workspace|picker
google-sites|Google Sites|Googleサイト|google sites,googleサイト|google-workspace
looker-studio-reports|Reporting|レポート作成|レポート作成,report creation,月次レポート|document-creation|picker
keynote-app|Keynote|Keynote|~Keynote|document-creation
pages-numbers|Apple iWork|Apple iWork|iwork,numbers app|microsoft-office
libreoffice|LibreOffice|LibreOffice|openoffice|microsoft-office
ichitaro|Ichitaro|一太郎||document-creation
acrobat-sign|E-signature tools|電子署名|adobe sign,電子署名,e-signature|docusign
hubstaff|Time trackers|タイムトラッカー|hubstaff,time doctor,toggl,clockify|business-tools
freshbooks|Invoicing software|請求書ソフト|freshbooks,misoca,makeleaps|accounting-software
bill-one|Expense apps|経費精算システム|楽楽精算,bill one,expensify|expense-management
kintone-plugin|Work management SaaS|業務管理SaaS|jooto,lychee redmine|project-tools
google-my-maps|Google My Maps|Googleマイマップ|my maps,マイマップ|google-workspace
scanner-ocr|Document scanning|書類スキャン|スキャン作業,pdf化,書類電子化,scanning documents|data-entry
notion-ai|Notion AI|Notion AI|notion ai|notion
obsidian|Obsidian|Obsidian||business-tools
evernote|Evernote|Evernote||business-tools
canva-presentations|Canva presentations|Canvaスライド|canvaスライド,canva presentation|presentation-design
`,
};
