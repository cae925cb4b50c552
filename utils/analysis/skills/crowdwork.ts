import type { SkillSource } from './types';

// Micro-tasks of Japanese and English crowdwork marketplaces (タスク案件).
export const crowdwork: SkillSource = {
  category: 'data-entry-admin',
  rows: `
micro-tasks|Micro-tasks|タスク作業|タスク案件,タスク形式,マイクロタスク,micro tasks,microtasks|
survey-response|Survey responses|アンケート回答|アンケート回答,アンケートモニター,survey taking,paid surveys,アンケートに回答|micro-tasks
product-testing|Product testing|商品モニター|商品モニター,モニター募集,お試しモニター,product testing,product tester,使用感レビュー|micro-tasks
app-testing|App testing|アプリテスト|アプリテスト,app testing,app tester,ユーザーテスト,user testing,usertesting|testing
review-posting|Review posting|口コミ投稿|口コミ投稿,レビュー投稿,口コミ作成,review posting,google review,googleレビュー,星評価|micro-tasks
experience-writing|Experience stories|体験談|体験談,体験談執筆,体験談募集,personal stories,testimonials|writing
image-collection|Image collection|画像収集|画像収集,写真収集,image collection,photo collection,写真提供,写真素材提供|micro-tasks
audio-collection|Voice data collection|音声データ収集|音声データ収集,音声収集,voice data collection,speech data collection,発話データ|voice-recording
handwriting|Handwriting|手書き|手書き文字,手書き作業,handwriting,手書き原稿,宛名書き|micro-tasks
sns-tasks|Social media tasks|SNSタスク|フォロー作業,いいね作業,sns拡散,リツイート,sns投稿作業|micro-tasks
posting-work|Content posting|投稿作業|投稿作業,入稿代行,記事投稿,アップロード作業,upload work,posting work|micro-tasks
web-checking|Website checking|サイトチェック|サイトチェック,リンクチェック,link checking,表示確認,動作チェック|qa-checking
naming-ideas|Name ideas|名前案|名前案,ネーミング案,アイデア募集,idea submission,案出し|brand-naming
catchcopy-contest|Slogan contests|キャッチコピー募集|キャッチコピー募集,コピー案|copywriting
poi-katsu|Points tasks|ポイ活|ポイ活,ポイントサイト,会員登録作業|micro-tasks
video-watching|Video watching|動画視聴|動画視聴,video watching|micro-tasks
ai-chat-testing|AI chat testing|AIチャット評価|ai対話評価,aiとの会話,chatbot testing,ai chat testing|llm-evaluation
search-evaluation|Search evaluation|検索評価|search evaluation,search quality rater,ads quality rater,web search evaluator,検索品質評価|micro-tasks
map-data|Map data tasks|地図データ作成|地図データ,map data,店舗情報収集,店舗リスト|list-building
price-research|Price research|価格調査|価格調査,price research,price comparison,相場調査|web-research
email-collection|Email address collection|メールアドレス収集|メールアドレス収集,email scraping,email finding,連絡先収集|list-building
business-card-entry|Business card entry|名刺入力|名刺入力,名刺データ化,business card entry|data-entry
receipt-entry|Receipt entry|レシート入力|レシート入力,領収書データ入力|expense-management
product-data-entry|Product data entry|商品データ入力|商品データ入力,商品情報登録,product data entry,catalog entry,カタログ入力|data-entry
image-tagging|Image tagging|画像タグ付け|画像タグ付け,タグ付け作業,image tagging,image classification,画像分類|data-annotation
text-classification|Text classification|テキスト分類|テキスト分類,text classification,文章分類,仕分け作業|data-annotation
speech-transcription-check|Transcript checking|文字起こしチェック|文字起こしチェック,transcript review,transcript checking|transcription
japanese-tasks|Japanese-language tasks|日本語タスク|日本語タスク,japanese language tasks|micro-tasks
`,
};
