import type { SkillSource } from './types';

// Marketing, advertising, social media, SEO, e-commerce operations.
export const marketing: SkillSource = {
  category: 'marketing-sns',
  rows: `
digital-marketing|Digital marketing|Webマーケティング|デジタルマーケティング,web marketing,ウェブマーケティング,digital marketing,online marketing,webマーケター,digital marketer|marketing
marketing|Marketing|マーケティング|!marketing,マーケティング支援,marketing support,マーケティング業務|
marketing-strategy|Marketing strategy|マーケティング戦略|marketing strategy,マーケティング戦略立案,go-to-market,gtm strategy,販促企画,販売促進|marketing
seo|SEO|SEO|seo対策,検索エンジン最適化,search engine optimization,キーワード選定,keyword research,backlinks,seo specialist,seoコンサル,内部対策,外部対策,on-page seo,off-page seo|digital-marketing
meo|MEO|MEO対策|meo,googleビジネスプロフィール,googleマイビジネス,google business profile,ローカルseo,local seo,google my business|seo
aso|ASO|ASO|app store optimization|digital-marketing
llmo|LLMO / AI search optimization|LLMO対策|llmo,geo対策,ai search optimization,generative engine optimization|seo
semrush|Semrush|Semrush||seo
ahrefs|Ahrefs|Ahrefs|moz,ubersuggest|seo
google-search-console|Google Search Console|サーチコンソール|search console,google search console,サチコ|seo
content-marketing|Content marketing|コンテンツマーケティング|オウンドメディア,owned media,オウンドメディア運営,content marketing,content strategy,コンテンツ企画|digital-marketing
blog-management|Blog management|ブログ運営|ブログ運営,blog management,サイト運営,メディア運営,media management|content-marketing
sns-marketing|Social media marketing|SNSマーケティング|sns運用,sns運用代行,social media,smm,sns投稿,sns担当,social media marketing,social media management,social media manager,ソーシャルメディア,sns集客,sns運営|digital-marketing
instagram|Instagram|Instagram|インスタ,インスタグラム,!ig,instagram運用,インスタ運用,instagram marketing,instagram management|sns-marketing
x|X (Twitter)|X（Twitter）|!x,x-twitter,twitter,ツイッター,~X運用,twitter運用,x(旧twitter),x(twitter)|sns-marketing
facebook-marketing|Facebook marketing|Facebook運用|facebook運用,facebook marketing,facebookページ運用,facebook page|sns-marketing
linkedin-marketing|LinkedIn marketing|LinkedIn運用|linkedin運用,linkedin marketing,linkedin management|sns-marketing
tiktok-marketing|TikTok marketing|TikTok運用|tiktok運用,tiktok marketing,tiktok management|sns-marketing
threads|Threads|Threads運用|threads運用|sns-marketing
pinterest|Pinterest|Pinterest運用|pinterest,pinterest marketing,pinterest運用|sns-marketing
youtube-marketing|YouTube marketing|YouTubeマーケティング|youtube marketing,youtube seo,youtube集客|sns-marketing
reddit-marketing|Reddit marketing|Reddit運用|reddit marketing,reddit|sns-marketing
note-platform|note|note運用|!note,note運用,note記事,note販売,noteの記事|content-marketing
line-marketing|LINE marketing|LINE公式アカウント運用|line公式,line公式アカウント,line@,line marketing,line公式運用,line配信|digital-marketing
l-step|L Step|Lステップ|lステップ,lstep,エルメ,utage,プロラインフリー|line-marketing
web-advertising|Web advertising|Web広告運用|運用型広告,広告運用,ads management,sns広告,web広告,paid ads,paid media,paid advertising,デジタル広告,ppc,ppc management,media buying,広告運用代行|digital-marketing
google-ads|Google Ads|Google広告|リスティング広告,listing ads,adwords,google ads,search ads,検索広告,ディスプレイ広告,display ads,gdn,p-max|web-advertising
facebook-ads|Facebook / Meta ads|Meta広告|facebook広告,instagram広告,meta ads,facebook ads,instagram ads,meta広告運用,fb ads|web-advertising
tiktok-ads|TikTok Ads|TikTok広告|tiktok ads,tiktok広告|web-advertising
x-ads|X Ads|X広告|twitter広告,twitter ads,x ads|web-advertising
line-ads|LINE Ads|LINE広告|line ads|web-advertising
yahoo-ads|Yahoo! Ads|Yahoo!広告|yahoo広告,yahoo ads,yda|web-advertising
amazon-ads|Amazon Ads|Amazon広告|amazon ppc,amazon ads,スポンサープロダクト|web-advertising
linkedin-ads|LinkedIn Ads|LinkedIn広告|linkedin ads|web-advertising
microsoft-ads|Microsoft Ads|Microsoft広告|bing ads,microsoft ads|web-advertising
programmatic-ads|Programmatic advertising|アドテク|dsp,programmatic,アドネットワーク|web-advertising
google-analytics|Google Analytics|Googleアナリティクス|ga4,google analytics,アクセス解析,web analytics,universal analytics|digital-marketing
google-tag-manager|Google Tag Manager|タグマネージャー|~GTM,google tag manager,タグ設定,conversion tracking,コンバージョン設定,meta pixel,facebook pixel|google-analytics
heatmap-analysis|Heatmap analysis|ヒートマップ分析|ヒートマップ,heatmap,hotjar,microsoft clarity|google-analytics
cro|CRO|CVR改善|lpo,a/bテスト,abテスト,lp改善,a/b testing,ab testing,conversion rate optimization,cvr改善,cro|digital-marketing
growth-marketing|Growth marketing|グロースハック|growth hacking,growth marketing,growth hacker|digital-marketing
email-marketing|Email marketing|メールマーケティング|メルマガ,newsletter,newsletters,ステップメール,メールマガジン,email marketing,email campaigns,email automation,メール配信|digital-marketing
mailchimp|Mailchimp|Mailchimp|mail chimp|email-marketing
klaviyo|Klaviyo|Klaviyo||email-marketing
brevo|Brevo|Brevo|sendinblue,convertkit,activecampaign,beehiiv,substack,mailerlite|email-marketing
marketing-automation|Marketing automation|MAツール|marketo,マーケティングオートメーション,marketing automation,pardot,account engagement,satori,b→dash|digital-marketing
hubspot|HubSpot|HubSpot|ハブスポット,hubspot crm|crm
affiliate-marketing|Affiliate marketing|アフィリエイト|アフィリエイター,affiliate,affiliate marketing|digital-marketing
influencer-marketing|Influencer marketing|インフルエンサーマーケティング|インフルエンサー,pr案件,influencer marketing,influencer outreach,インフルエンサー施策,ギフティング|digital-marketing
community-management|Community management|コミュニティ運営|discord運営,コミュニティマネージャー,community manager,community management,オンラインサロン運営,discordサーバー運営,discord moderator|marketing
content-moderation|Content moderation|投稿監視|content moderation,モデレーター,moderator,コメント監視,投稿チェック|community-management
public-relations|Public relations|広報・PR|プレスリリース,press release,広報,media relations,public relations,広報担当,prtimes,pr times|marketing
branding|Branding|ブランディング|!branding,brand strategy,ブランド戦略,brand building,ブランディング戦略|marketing
market-research|Market research|市場調査|競合調査,!research,競合分析,competitor analysis,market research,市場リサーチ,marketing research,consumer research|marketing
survey-design|Survey design|アンケート作成|アンケート作成,survey design,questionnaire design,アンケート設計|market-research
lead-generation|Lead generation|リード獲得|lead generation,lead gen,leads generation,リードジェネレーション,見込み客獲得|marketing
event-planning|Event planning|イベント運営|イベント企画,ウェビナー運営,event planning,event management,イベント運営,イベント企画運営,event coordinator|marketing
crowdfunding|Crowdfunding|クラウドファンディング|クラファン,crowdfunding,kickstarter,makuake,campfire,indiegogo|marketing
ec-management|E-commerce operations|EC運営|ec運営代行,ecサイト運営,ネットショップ運営,ec運営,ecommerce management,e-commerce management,ec運用,ecコンサル|digital-marketing
product-listing|Product listing|商品登録|商品登録,product listing,product listings,商品ページ登録,出品作業,出品代行,listing optimization,商品情報入力|ec-management
amazon-seller|Amazon seller|Amazon運営|amazonセラー,fba,seller central,amazon seller,amazon fba,amazon運営,amazon出品,amazon listing,amazon store,セラーセントラル|ec-management
rakuten|Rakuten Ichiba|楽天市場|楽天,楽天市場,rakuten,楽天rms,rms,楽天運営|ec-management
yahoo-shopping|Yahoo! Shopping|Yahoo!ショッピング|yahooショッピング,yahoo!ショッピング,ヤフーショッピング|ec-management
qoo10|Qoo10|Qoo10||ec-management
shopee|Shopee|Shopee|lazada|ec-management
ebay|eBay|eBay|ebay輸出|ec-management
etsy|Etsy|Etsy||ec-management
mercari|Mercari|メルカリ|メルカリ,mercari,メルカリ出品,ラクマ,paypayフリマ|ec-management
minne|minne / Creema|minne|creema|ec-management
dropshipping|Dropshipping|ドロップシッピング|無在庫販売,dropshipping,drop shipping|ec-management
tiktok-shop|TikTok Shop|TikTok Shop|tiktok shop|ec-management
marketplace-sourcing|Product sourcing|商品リサーチ|せどり,転売,product sourcing,product research,リサーチ作業,商品リサーチ|ec-management
sales-promotion|Sales promotion|販促|販促,販促物,キャンペーン企画,campaign planning,sales promotion|marketing
direct-mail|Direct mail|DM制作|ダイレクトメール,direct mail,dm制作|sales-promotion
pr-consulting|Marketing consulting|マーケティングコンサル|marketing consultant,marketing consulting,マーケティングコンサルタント|marketing
web-consulting|Web consulting|Webコンサル|webコンサル,webコンサルティング,web consulting,web consultant|digital-marketing
customer-journey|Customer journey design|カスタマージャーニー|customer journey,カスタマージャーニーマップ,ペルソナ設計|marketing
app-marketing|App marketing|アプリマーケティング|app marketing,user acquisition,アプリ集客|digital-marketing
ugc-marketing|UGC marketing|UGC施策|ugc施策,user generated content|influencer-marketing
review-generation|Review generation|口コミ施策|口コミ対策,レビュー獲得,review management,reputation management,風評対策|marketing
`,
};
