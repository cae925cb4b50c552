import type { SkillSource } from './types';

// Writing, editing and translation. Human languages are in languages.ts.
export const writing: SkillSource = {
  category: 'writing-translation',
  rows: `
writing|Writing|ライティング|!writing,!writer,ライター,記事作成,記事執筆,content writer,content writing,webライティング,webライター,記事ライティング,article writing,articles writing,コラム執筆,コラム作成,原稿作成,文章作成|
seo-writing|SEO writing|SEOライティング|seo記事,seoライター,seo articles,seo article,seo writing,seo content,seo記事作成,seo記事執筆|writing
blog-writing|Blog writing|ブログ記事作成|blog post,blog posts,ブログ記事,blog writing,blog articles,ブログ執筆,ブログ作成|writing
copywriting|Copywriting|コピーライティング|コピーライター,copywriter,copywriters,copywriting,キャッチコピー,キャッチコピー作成,ad copy,広告コピー,広告文|writing
sales-writing|Sales copywriting|セールスライティング|セールスライティング,セールスレター,sales copy,sales letter,lpライティング,lp原稿,ランディングページ原稿|copywriting
email-copywriting|Email copywriting|メール文章作成|email copywriting,email copy,メルマガ原稿,メルマガ執筆,ステップメール作成|copywriting
sns-writing|Social media writing|SNS投稿文作成|sns投稿文,投稿文作成,キャプション作成,caption writing,social media copy,sns原稿|writing
product-descriptions|Product descriptions|商品説明文|商品紹介文,商品説明,product descriptions,product description,商品ページ作成,商品説明文作成|writing
technical-writing|Technical writing|テクニカルライティング|マニュアル作成,api docs,api documentation,技術文書,technical writer,technical writing,ドキュメント作成,仕様書作成,取扱説明書,user manual,user manuals|writing
ux-writing|UX writing|UXライティング|microcopy,ux writer,ux writing,マイクロコピー|writing
white-paper|White papers|ホワイトペーパー|ホワイトペーパー,white paper,whitepaper,white papers,お役立ち資料|writing
ghostwriting|Ghostwriting|ゴーストライティング|ゴーストライター,ghostwriter,ghostwriting,ブックライター,book writing,書籍執筆,代筆|writing
ebook-writing|E-book writing|電子書籍執筆|kindle出版,ebook writing,電子書籍執筆,kindle本,電子書籍出版|writing
fiction-writing|Fiction writing|小説|ライトノベル,ラノベ,小説執筆,fiction writing,short story,short stories,novel writing,小説家|writing
scenario-writing|Scenario writing|シナリオ作成|シナリオ作成,台本作成,脚本,script writing,screenwriting,screenplay,台本作成,シナリオライター,動画台本,youtube台本,youtube script,video script,video scripts,構成作成|writing
game-scenario|Game scenario writing|ゲームシナリオ|ゲームシナリオ,game writing,game writer,マーダーミステリー|scenario-writing
interview-writing|Interview writing|取材・インタビュー記事|取材,インタビュー記事,取材記事,インタビューライター,interview articles|writing
news-writing|News writing|ニュース記事|journalist,journalism,news writing,ニュース記事作成,press articles,記者|writing
press-release-writing|Press release writing|プレスリリース作成|プレスリリース作成,press release writing,press releases|public-relations
grant-writing|Grant writing|補助金申請書作成|助成金申請,補助金申請,grant proposal,grant writing,grant proposals,事業再構築補助金,ものづくり補助金|writing
business-plan|Business plan|事業計画書|事業計画書作成,business plan,business plans,事業計画|writing
resume-writing|Resume writing|履歴書作成|cv writing,resume writing,職務経歴書作成,職務経歴書,cover letter writing,cover letters|writing
academic-writing|Academic writing|論文作成|論文執筆,academic writing,research paper,論文,thesis,essay writing|writing
medical-writing|Medical writing|医療記事|medical writing,医療ライティング,医療ライター,薬機法チェック,ヘルスケア記事|writing
legal-writing|Legal writing|法律記事|legal writing,法律ライティング,法律記事作成|writing
finance-writing|Finance writing|金融記事|金融ライティング,投資記事,finance writing,financial writing,fx記事,仮想通貨記事|writing
beauty-writing|Beauty writing|美容記事|美容ライティング,美容記事,コスメ記事,beauty writing|writing
real-estate-writing|Real estate writing|不動産記事|不動産記事,不動産ライティング,real estate writing|writing
travel-writing|Travel writing|旅行記事|旅行記事,travel writing,観光記事|writing
tech-writing|Technology articles|IT記事|it記事,ガジェット記事,tech articles,技術記事|writing
review-writing|Review writing|レビュー記事|レビュー記事,口コミ記事,体験談記事,review articles,体験記事|writing
speechwriting|Speechwriting|スピーチ原稿|speechwriting,speech writing,スピーチ原稿作成,挨拶文|writing
lyric-writing-ja|Poem writing|詩作|ポエム,詩作,poetry,poems|writing
brand-naming|Brand naming|ネーミング|brand naming,商品名考案,社名考案|copywriting
slogan-writing|Slogans|スローガン作成|スローガン,tagline,taglines,slogan,slogans|copywriting
editing-proofreading|Editing and proofreading|編集・校正|校正,校閲,proofreading,proofread,proofreader,copyediting,copy editing,誤字脱字チェック,文章校正,添削|writing
rewriting|Rewriting|リライト|リライト,rewriting,記事リライト,リライト作業|editing-proofreading
content-editing|Content editing|Web編集|記事編集,editor in chief,編集長,content editor,記事ディレクション|editing-proofreading
fact-checking|Fact-checking|ファクトチェック|fact check,fact-checking,事実確認|editing-proofreading
native-check|Native check|ネイティブチェック|ネイティブチェック,native check,native proofreading|editing-proofreading
meeting-minutes|Meeting minutes|議事録作成|議事録,meeting minutes,minutes taking,議事録起こし|transcription
transcription|Transcription|文字起こし|テープ起こし,書き起こし,transcribe,transcription,transcriptionist,文字起こし作業,音声文字起こし,動画文字起こし|writing
translation|Translation|翻訳|翻訳者,translator,!translate,translation,translations,翻訳作業,翻訳業務,translating|
localization|Localization|ローカライズ|localization,localisation,ローカライゼーション,l10n,ローカライズ作業|translation
transcreation|Transcreation|トランスクリエーション|transcreation|translation
translation-ja-en|Japanese to English translation|日英翻訳|和訳英,日英,japanese to english,英訳,日本語から英語,英語翻訳,英語への翻訳,英文翻訳,japanese into english,japanese→english,ja→en,jp→en,jp to en,ja-en,日→英|translation
translation-en-ja|English to Japanese translation|英日翻訳|英日,english to japanese,和訳,英語から日本語,日本語翻訳,日本語への翻訳,英文和訳,english into japanese,english→japanese,en→ja,en→jp,en to jp,en-ja,英→日|translation
translation-zh-ja|Chinese-Japanese translation|中日翻訳|中日翻訳,日中翻訳,中国語翻訳,chinese to japanese,japanese to chinese,中国語から日本語|translation
translation-ko-ja|Korean-Japanese translation|韓日翻訳|韓日翻訳,日韓翻訳,韓国語翻訳,korean to japanese|translation
translation-en-other|English to other languages translation|英語から他言語への翻訳|english to spanish,english to french,english to german,spanish to english,french to english,german to english,english to portuguese|translation
game-localization|Game localization|ゲーム翻訳|ゲームローカライズ,game localization,game translation|localization
medical-translation|Medical translation|医療翻訳|医薬翻訳,medical translation,治験翻訳|translation
legal-translation|Legal translation|法務翻訳|契約書翻訳,legal translation,法律翻訳|translation
patent-translation|Patent translation|特許翻訳|patent translation|translation
technical-translation|Technical translation|技術翻訳|マニュアル翻訳,technical translation,it翻訳|translation
financial-translation|Financial translation|金融翻訳|ir翻訳,金融翻訳,financial translation|translation
subtitle-translation|Subtitle translation|字幕翻訳|映像翻訳,subtitle translation,字幕翻訳者|translation
website-translation|Website translation|Webサイト翻訳|サイト翻訳,website translation,webサイト翻訳|translation
app-localization|App localization|アプリ翻訳|アプリ翻訳,app localization,app translation|localization
mtpe|MTPE|ポストエディット|post-editing,mtpe,機械翻訳チェック,machine translation post-editing,ポストエディット|translation
deepl|DeepL|DeepL||translation
certified-translation|Certified translation|証明書翻訳|certified translation,戸籍謄本翻訳,証明書翻訳|translation
interpretation|Interpretation|通訳|通訳者,interpreter,interpretation,interpreting,逐次通訳|
simultaneous-interpretation|Simultaneous interpretation|同時通訳|同時通訳,simultaneous interpretation|interpretation
remote-interpretation|Remote interpretation|オンライン通訳|オンライン通訳,zoom通訳,remote interpreting,ビデオ通訳|interpretation
`,
};
