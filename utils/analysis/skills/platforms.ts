import type { SkillSource } from './types';

// APIs and integrations, automation, no-code, CMS and e-commerce platforms, business systems.
export const platforms: SkillSource = {
  category: 'development',
  rows: `
rest-api|REST API|REST API|api開発,api連携,restful,restful api,rest api,api development,api integration,api integrations,api実装,外部api連携|backend-development
graphql|GraphQL|GraphQL|apollo,apollo graphql|backend-development
grpc|gRPC|gRPC||backend-development
webhooks|Webhooks|Webhook|webhook,webhooks,ウェブフック|rest-api
openapi|OpenAPI|OpenAPI|swagger|rest-api
microservices|Microservices|マイクロサービス|microservice,マイクロサービスアーキテクチャ|backend-development
payment-integration|Payment integration|決済システム|決済連携,決済機能,決済システム導入,payment gateway,payment integration,決済代行|backend-development
stripe|Stripe|Stripe|stripe api,stripe連携,stripe checkout|payment-integration
paypal-api|PayPal integration|PayPal決済導入|paypal api,paypal integration,braintree|payment-integration
square-api|Square API|Square連携|square api,square pos|payment-integration
pay-jp|PAY.JP|PAY.JP|payjp|payment-integration
komoju|KOMOJU|KOMOJU|gmoペイメント,gmo-pg,gmo payment gateway,ソフトバンクペイメント,sbペイメント,ペイジェント|payment-integration
subscription-billing|Subscription billing|サブスク決済|サブスクリプション決済,recurring billing,chargebee,paddle|payment-integration
twilio|Twilio|Twilio|twilio api,vonage|rest-api
sendgrid|SendGrid|SendGrid|mailgun,amazon ses,postmark|rest-api
google-maps-api|Google Maps API|Google Maps API|google maps api,maps api,google places api|rest-api
google-api|Google APIs|Google API|google api,gmail api,google drive api,google calendar api,google sheets api,youtube api,youtube data api|rest-api
slack-api|Slack API|Slack API|slack api,slack bot,slackbot,slack app,slack連携,slack webhook,bolt for slack|rest-api
discord-bot|Discord bot|Discordボット|discord bot,discord.js,discord.py,discord api,discordbot,discord bots|chatbot
telegram-bot|Telegram bot|Telegramボット|telegram bot,telegram api,telegram bots|chatbot
line-messaging-api|LINE Messaging API|LINE Messaging API|messaging api,line api,line bot,lineボット,line連携,line webhook,line bot開発|chatbot
line-mini-app|LINE mini app|LINEミニアプリ|liff,line mini app,lineミニアプリ|line-messaging-api
whatsapp-api|WhatsApp Business API|WhatsApp Business API|whatsapp api,whatsapp business api,whatsapp cloud api|chatbot
facebook-api|Meta Graph API|Meta Graph API|graph api,facebook graph api,instagram api,instagram graph api,messenger api|rest-api
x-api|X API|X API|twitter api,x api|rest-api
shopify-api|Shopify API|Shopify API|shopify api,shopify app,shopify app development,shopify apps,storefront api|shopify
amazon-sp-api|Amazon SP-API|Amazon SP-API|sp-api,mws,amazon api,selling partner api|rest-api
ebay-api|eBay API|eBay API|ebay api|rest-api
rakuten-api|Rakuten API|楽天API|楽天api,rms api|rest-api
chatwork-api|Chatwork API|Chatwork API|chatwork api,チャットワークapi|rest-api
zoom-api|Zoom API|Zoom API|zoom api,zoom sdk|rest-api
hubspot-api|HubSpot API|HubSpot API|hubspot api|rest-api
notion-api|Notion API|Notion API|notion api|rest-api
kintone-api|kintone API|kintone API|kintone api,kintoneプラグイン,kintoneカスタマイズ|kintone
web-scraping|Web scraping|スクレイピング|scraping,クローラー,crawler,crawling,web crawling,データ収集ツール,スクレイパー,scraper,web scraper,web scrapers|programming
beautifulsoup|Beautiful Soup|Beautiful Soup|beautifulsoup,beautiful soup,bs4|web-scraping
scrapy|Scrapy|Scrapy||web-scraping
puppeteer|Puppeteer|Puppeteer||web-scraping
browser-automation|Browser automation|ブラウザ自動化|browser automation,ブラウザ操作自動化|automation
automation|Automation|業務自動化|自動化,自動化ツール,automation,workflow automation,自動化ツール作成,効率化ツール|programming|picker
zapier|Zapier|Zapier|ザピアー|automation
make|Make (Integromat)|Make|make.com,integromat,!make|automation
n8n|n8n|n8n||automation
ifttt|IFTTT|IFTTT||automation
power-automate|Power Automate|Power Automate|power automate desktop,microsoft flow|automation
rpa|RPA|RPA|ロボティック・プロセス・オートメーション|automation
uipath|UiPath|UiPath||rpa
winactor|WinActor|WinActor||rpa
automation-anywhere|Automation Anywhere|Automation Anywhere|blue prism|rpa
google-apps-script|Google Apps Script|Google Apps Script|~GAS,apps script,gas開発,gasスクリプト,google app script|javascript
excel-vba|Excel VBA|Excel VBA|マクロ,excelマクロ,エクセルマクロ,vba開発,excel vba,エクセルvba|vba
office-scripts|Office Scripts|Office Scripts|office scripts|automation
no-code|No-code tools|ノーコード|ノーコード開発,ローコード,low-code,no-code,nocode,low code|web-development
bubble|Bubble|Bubble|~Bubble,bubble.io|no-code
webflow|Webflow|Webflow||no-code
studio|STUDIO|STUDIO|~STUDIO|no-code
glide|Glide|Glide|~Glide,glideapps|no-code
adalo|Adalo|Adalo||no-code
softr|Softr|Softr||no-code
appsheet|AppSheet|AppSheet||no-code
power-apps|Power Apps|Power Apps|powerapps|no-code
framer|Framer|Framer|~Framer|no-code
wix|Wix|Wix|wix studio,velo|no-code
squarespace|Squarespace|Squarespace||no-code
jimdo|Jimdo|Jimdo||no-code
peraichi|Peraichi|ペライチ||no-code
carrd|Carrd|Carrd||no-code
retool|Retool|Retool||no-code
cms|CMS|CMS構築|cms,cms導入,content management system|web-development
wordpress|WordPress|WordPress|ワードプレス,~WP,ワープレ,wp,wordpress.com,wordpressサイト|cms
elementor|Elementor|Elementor||wordpress
gutenberg|Gutenberg|Gutenberg|block editor,ブロックエディタ|wordpress
acf|Advanced Custom Fields|ACF|acf,advanced custom fields|wordpress
drupal|Drupal|Drupal||cms
joomla|Joomla|Joomla||cms
movable-type|Movable Type|Movable Type|movabletype|cms
a-blog-cms|a-blog cms|a-blog cms||cms
headless-cms|Headless CMS|ヘッドレスCMS|headless cms|cms
microcms|microCMS|microCMS||headless-cms
contentful|Contentful|Contentful||headless-cms
strapi|Strapi|Strapi||headless-cms
sanity|Sanity|Sanity|sanity.io,~Sanity|headless-cms
ghost|Ghost|Ghost|ghost cms,!ghost|cms
hugo|Hugo|Hugo|!hugo,gohugo,hugo static site,jekyll,eleventy,11ty|static-site
static-site|Static sites|静的サイト|static site,static site generator,ssg,静的サイト制作|web-development
ec-site|E-commerce site building|ECサイト構築|ecサイト制作,ecサイト構築,ネットショップ構築,ネットショップ制作,e-commerce development,ecommerce development,online store setup,ec構築,ecサイト|web-development
shopify|Shopify|Shopify|ショッピファイ,shopify store,shopifyストア,shopify plus|ec-site
shopify-theme|Shopify themes|Shopifyテーマ|shopify theme,shopify themes,shopify theme development|shopify
liquid|Liquid|Liquid|~Liquid,shopify liquid,liquid template|shopify-theme
woocommerce|WooCommerce|WooCommerce|woo commerce|wordpress
magento|Magento|Magento|magento2,magento 2,adobe commerce|ec-site
prestashop|PrestaShop|PrestaShop||ec-site
bigcommerce|BigCommerce|BigCommerce||ec-site
ec-cube|EC-CUBE|EC-CUBE|eccube|ec-site
makeshop|MakeShop|MakeShop||ec-site
colorme-shop|Color Me Shop|カラーミーショップ|カラーミー|ec-site
base-shop|BASE|BASE|~BASE,base ec|ec-site
stores-jp|STORES|STORES|~STORES,stores.jp|ec-site
futureshop|futureshop|futureshop||ec-site
salesforce|Salesforce|Salesforce|セールスフォース,sfdc,salesforce開発|crm
intra-mart|intra-mart|intra-mart|intramart,イントラマート|business-systems
im-workflow|IM-Workflow|IM-Workflow|im-workflow|intra-mart
grandit|GRANDIT|GRANDIT||erp
obic7|OBIC7|OBIC7|obic|erp
svf|SVF|SVF|svf cloud,帳票作成,帳票開発|business-systems
spa-system|Sales force tools|営業支援ツール|営業支援ツール|crm
salesforce-commerce|Salesforce Commerce Cloud|Salesforce Commerce Cloud|sfcc,demandware|salesforce
sap|SAP|SAP|~SAP,sap erp,s/4hana,sap s/4hana|erp
erp|ERP|ERP導入|erp,erp導入|business-systems
netsuite|NetSuite|NetSuite|oracle netsuite|erp
odoo|Odoo|Odoo||erp
microsoft-dynamics-365|Dynamics 365|Dynamics 365|microsoft dynamics,dynamics 365,dynamics-365,d365|erp
servicenow|ServiceNow|ServiceNow||business-systems
kintone|kintone|kintone|キントーン,kintone開発|business-systems
business-systems|Business systems|業務システム|業務システム開発,業務アプリ,社内システム,業務システム構築,internal tools|programming|picker
microsoft-access|Microsoft Access|Microsoft Access|ms access,ms-access,access database|business-systems
access-vba|Access VBA|Access VBA|access vba|microsoft-access
filemaker|FileMaker|FileMaker|ファイルメーカー|business-systems
airtable|Airtable|Airtable||business-systems
sharepoint|SharePoint|SharePoint|share point|microsoft-365
microsoft-365|Microsoft 365|Microsoft 365|office 365,m365,microsoft365|business-tools
google-workspace|Google Workspace|Google Workspace|g suite,gsuite,google workspace|business-tools
line-works|LINE WORKS|LINE WORKS|lineworks|business-tools
blockchain|Blockchain|ブロックチェーン|web3,smart contract,スマートコントラクト,smart contracts,dapp,dapps,defi development,crypto development|programming
ethereum|Ethereum|Ethereum|evm,イーサリアム|blockchain
solana|Solana|Solana|anchor framework|blockchain
nft|NFT|NFT|nft開発,nft minting,nftマーケットプレイス|blockchain
web3.js|Web3.js|Web3.js|web3.js,ethers.js,ethers,wagmi,viem|blockchain
hardhat|Hardhat|Hardhat|truffle,foundry|solidity
polygon|Polygon|Polygon|~Polygon|ethereum
bitcoin|Bitcoin|ビットコイン|btc,lightning network|blockchain
ton|TON|TON|~TON,ton blockchain|blockchain
trading-bot|Trading bot|自動売買|ea開発,自動売買ツール,trading bot,trading bots,algorithmic trading,アルゴリズム取引,システムトレード|programming
mql|MQL4/MQL5|MQL|mql4,mql5,mt4,mt5,metatrader|trading-bot
pine-script|Pine Script|Pine Script|tradingview,pinescript|trading-bot
seo-coding|Technical SEO|テクニカルSEO|core web vitals,構造化データ,表示速度改善,technical seo,schema markup,page speed,ページ速度改善|seo
lp-coding|Landing page coding|LPコーディング|lp制作,landing page development,lpコーディング,ランディングページ,landing page,landing pages|html
responsive-design|Responsive design|レスポンシブ対応|レスポンシブ,スマートフォン対応,スマホ対応,responsive design,mobile-friendly|frontend-development
accessibility|Accessibility|アクセシビリティ|wcag,a11y,ウェブアクセシビリティ|frontend-development
internationalization|Internationalization|多言語対応|i18n,多言語化,multilingual site,多言語サイト|web-development
website-maintenance|Website maintenance|サイト保守|保守運用,サイト更新,サイト運用,website maintenance,site maintenance|web-development
website-creation|Website creation|ホームページ制作|サイト制作,ホームページ作成,hp制作,website creation,website build,website building,webサイト制作,webサイト構築,サイト構築,ホームページ構築,build a website,website design and development|web-development
website-migration|Website migration|サイト移行|サーバー移行,site migration,website migration,ドメイン移行|website-maintenance
bug-fixing|Bug fixing|不具合修正|バグ修正,bug fix,bug fixes,bug fixing,エラー修正|programming|picker
code-review|Code review|コードレビュー|code review,code reviews|programming|picker
refactoring|Refactoring|リファクタリング|refactor,refactoring|programming|picker
legacy-migration|Legacy migration|システム移行|リプレイス,マイグレーション,legacy modernization|programming|picker
requirements-definition|Requirements definition|要件定義|上流工程,要件定義書,requirements gathering,requirements definition|system-design|picker
system-design|System design|システム設計|基本設計,詳細設計,設計書作成|programming|picker
software-architecture|Software architecture|ソフトウェアアーキテクチャ|software architecture,system architecture,software architect|programming
database-design|Database design|DB設計|データベース設計,db設計,database design,er図,テーブル設計,データモデリング,data modeling,schema design|database
performance-optimization|Performance optimization|パフォーマンス改善|高速化,performance optimization,speed optimization,チューニング|programming|picker
algorithms|Algorithms|アルゴリズム|data structures,データ構造,競技プログラミング,atcoder|programming
line-login|LINE Login|LINEログイン|line login,lineログイン|line-messaging-api
openai-assistants|OpenAI Assistants API|OpenAI Assistants API|assistants api|openai-api
google-ad-manager|Google Ad Manager|Google アド マネージャー|google ad manager,gam|programmatic-ads
tally|Tally|Tally|tally erp,tally prime,tallyprime|accounting-software
tdl|Tally Definition Language|TDL|~TDL|tally
mpesa|Mobile money APIs|モバイルマネー決済|mtn momo,mtn-momo,m-pesa,mpesa,mobile money|payment-integration
paypay|PayPay|PayPay|paypay決済,paypay for developers|payment-integration
umbraco|Umbraco|Umbraco||cms
sitecore|Sitecore|Sitecore||cms
adobe-experience-manager|Adobe Experience Manager|AEM|adobe experience manager,~AEM|cms
`,
};
