import type { SkillSource } from './types';

// Admin and back office: data entry, assistants, support, accounting, HR, legal, project management.
export const businessAdmin: SkillSource = {
  category: 'data-entry-admin',
  rows: `
data-entry|Data entry|データ入力|入力作業,data input,入力代行,タイピング,コピペ作業,data entry,データ入力作業,データ登録,typing,typist,入力業務,データ打ち込み,転記作業,copy paste,copy-paste|general-admin
form-filling|Form filling|フォーム入力|form filling,フォーム入力,申込フォーム入力|data-entry
data-cleaning|Data cleaning|データクレンジング|データ整理,data cleansing,data cleaning,名寄せ,重複削除,data scrubbing|data-entry
data-conversion|Data conversion|データ変換|pdf to excel,pdfからexcel,データ変換,pdf変換,file conversion,ファイル変換|data-entry
ocr-correction|OCR correction|OCR修正|ocr修正,ocr結果確認|data-entry
spreadsheets|Spreadsheets|表計算|vlookup,xlookup,ピボットテーブル,pivot table,pivot tables,表計算ソフト,spreadsheet,spreadsheets|business-tools
excel|Excel|Excel|~Excel,エクセル,microsoft excel,ms excel,excel作業,エクセル作業,excelシート,excel spreadsheets|spreadsheets
google-sheets|Google Sheets|Googleスプレッドシート|google sheets,スプレッドシート,googleスプレッドシート,gsheets,google spreadsheet,google spreadsheets|spreadsheets
general-admin|Admin support|事務作業|一般事務,営業事務,事務代行,事務サポート,事務作業代行,administrative support,admin support,admin tasks,office admin,office administration,administrative tasks,バックオフィス業務,バックオフィス支援,オンライン事務,在宅事務|
virtual-assistant|Virtual assistant|オンラインアシスタント|秘書業務,virtual assistant,~VA,オンライン秘書,秘書,executive assistant,virtual assistants,アシスタント業務|general-admin
scheduling|Scheduling|スケジュール調整|!scheduling,日程調整,calendar management|virtual-assistant
email-management|Email management|メール対応|inbox management,email management,email handling,メール返信代行,メール対応業務|virtual-assistant
travel-arrangement|Travel arrangements|出張手配|出張手配,travel booking,travel arrangements,旅行手配|virtual-assistant
document-creation|Document creation|資料作成|企画書作成,提案資料,営業資料,提案書作成,資料作成,書類作成,document creation,文書作成,報告書作成,report writing|general-admin
word|Microsoft Word|Word|~Word,microsoft-word,microsoft word,ms word,ワード,word文書|document-creation
powerpoint|PowerPoint|PowerPoint|パワーポイント,パワポ,ppt,microsoft powerpoint|document-creation
google-slides|Google Slides|Googleスライド|google slides,googleスライド|document-creation
google-docs|Google Docs|Googleドキュメント|google docs,googleドキュメント|document-creation|picker
pdf-editing|PDF editing|PDF編集|pdf編集,pdf editing,acrobat,adobe acrobat,fillable pdf,pdfフォーム|document-creation
list-building|List building|リスト作成|営業リスト,リスト収集,lead list,lead lists,list building,営業リスト作成,リストアップ,contact list,email list building|data-entry
web-research|Web research|Webリサーチ|情報収集,ネットリサーチ,web research,internet research,online research,調査業務,リサーチ業務,desk research,デスクリサーチ|general-admin
customer-support|Customer support|カスタマーサポート|カスタマーサービス,customer service,cs対応,customer support,helpdesk,help desk,support agent,問い合わせ窓口,phone support,email support,ticket support|general-admin
call-center|Call center|コールセンター|コールセンター,call center,受電,受電業務|customer-support
zendesk|Zendesk|Zendesk|freshdesk,intercom,helpscout,help scout,gorgias|customer-support
it-support|IT support|ITサポート|キッティング,it support,社内se,pc設定,pcサポート,tech support,technical support|general-admin
order-processing|Order processing|受注処理|受発注業務,order processing,受注業務,発注業務,注文処理|general-admin
shipping-logistics|Shipping and logistics|発送業務|発送代行,梱包,発送作業,fulfillment,配送管理,logistics management|order-processing
inventory-management|Inventory management|在庫管理|inventory management,在庫管理業務,棚卸,stock management|order-processing
purchasing|Purchasing|購買業務|購買,procurement,purchasing,仕入れ管理|general-admin
accounting|Accounting|会計|経理,会計業務,経理業務,accounting,accountant,会計事務,財務会計,経理事務,決算,決算業務,月次決算|
bookkeeping|Bookkeeping|記帳代行|記帳,仕訳,仕訳入力,bookkeeping,bookkeeper,記帳業務,帳簿付け,帳簿,記帳作業|accounting
expense-management|Expense management|経費精算|経費精算,expense reports,expense management,経費処理,領収書入力|bookkeeping
accounts-receivable|Accounts receivable|請求業務|請求業務,accounts receivable,売掛金管理,入金確認,入金消込|accounting
accounts-payable|Accounts payable|支払業務|支払処理,accounts payable,買掛金,振込業務,支払業務|accounting
freee|freee|freee|freee会計,freee人事労務|accounting-software
money-forward|Money Forward|マネーフォワード|マネーフォワード,money forward,マネーフォワードクラウド,mfクラウド|accounting-software
yayoi|Yayoi|弥生会計|弥生会計,やよいの青色申告|accounting-software
quickbooks|QuickBooks|QuickBooks|quickbooks online,qbo,qb online|accounting-software
xero|Xero|Xero||accounting-software
sage|Sage|Sage|~Sage,sage 50,sage intacct|accounting-software
wave-accounting|Wave|Wave Accounting|wave accounting|accounting-software
accounting-software|Accounting software|会計ソフト|会計ソフト,accounting software,クラウド会計|accounting
tax|Tax|税務|tax-accounting,確定申告,!tax,tax preparation,tax return,tax returns,税理士,税務申告,申告書作成,消費税,インボイス制度対応,年末調整|accounting
cpa|Certified accountant|公認会計士|公認会計士,chartered accountant,cma|accounting
payroll|Payroll|給与計算|給与計算業務,payroll,payroll processing,給与計算代行,給与明細作成|hr-admin
financial-analysis|Financial analysis|財務分析|financial modeling,financial analysis,financial analyst,財務モデル,financial model,valuation,企業価値評価,dcf|finance
finance|Finance|財務|財務,ファイナンス,corporate finance,cfo,財務戦略,資金繰り,cash flow management,fp&a||picker
budgeting|Budgeting|予算管理|予算管理,!budgeting,予実管理,budget planning|finance
investment-analysis|Investment analysis|投資分析|investment analysis,株式分析,equity research,投資リサーチ|finance
insurance|Insurance|保険業務|!insurance,!保険,insurance claims,insurance processing|finance
audit|Audit|監査業務|!audit,!監査,auditing,internal audit,j-sox|accounting
hr-admin|HR admin|労務管理|社労士,社会保険手続き,労務,労務管理,人事労務,hr admin,hr administration,勤怠管理,入退社手続き|human-resources
human-resources|Human resources|人事|人事,human resources,人事業務,人事部,hrbp|
recruiting|Recruiting|採用支援|採用代行,リクルーティング,スカウト代行,rpo,ヘッドハンティング,recruiting,recruitment,talent acquisition,採用業務,スカウト送信,候補者ソーシング,sourcing candidates,面接調整|human-resources
job-posting|Job post writing|求人原稿作成|求人原稿,求人票作成,job descriptions,job description writing,求人広告作成|recruiting
labor-consulting|Labor law advice|社労士業務|社会保険労務士,就業規則作成,就業規則|hr-admin
legal|Legal|法務|!legal,契約書チェック,legal review,弁護士,契約書レビュー,法務業務,legal research,legal services,attorney,lawyer,法律相談|
contract-drafting|Contract drafting|契約書作成|contract drafting,contract review,契約書ドラフト,nda作成,契約書雛形|legal
terms-of-service|Terms and privacy policies|利用規約作成|利用規約の作成,利用規約の作成代行,プライバシーポリシー作成,プライバシーポリシーの作成,特商法表記の作成,terms of service drafting,privacy policy drafting,draft terms of service,draft a privacy policy,write terms of service,write a privacy policy|legal
gyoseishoshi|Administrative scrivener|行政書士|行政書士,許認可申請,ビザ申請,visa application,在留資格申請|legal
trademark|Trademark|商標登録|商標登録,商標出願,trademark registration,trademark|legal
patent|Patent|特許|特許出願,patent drafting,patent search,特許調査,知財|legal
paralegal|Paralegal|パラリーガル|paralegal,legal assistant|legal
compliance|Compliance|コンプライアンス|!compliance,規制対応,gdpr,個人情報保護法対応|legal
project-management|Project management|プロジェクトマネジメント|project manager,プロジェクトマネジメント,プロジェクトマネージャー,project coordinator|
web-direction|Web direction|Webディレクション|webディレクター,web director,web direction,サイトディレクション,webディレクション業務|project-management
direction|Direction|ディレクション|!direction,ディレクション業務,制作進行|project-management
pmo|PMO|PMO|pmo支援|project-management
product-management|Product management|プロダクトマネジメント|product manager,product owner,プロダクトオーナー,pdm,product management,プロダクトマネージャー|project-management
agile|Agile|アジャイル|agile,kanban,カンバン,agile development,アジャイル開発|project-management
process-improvement|Process improvement|業務改善|業務効率化,process improvement,業務フロー改善,業務設計,bpr,operations improvement,業務フロー作成|operations|picker
operations|Operations|オペレーション|!operations,!オペレーション,operations manager,運営代行,運用代行,operations support,オペレーション業務||picker
sop-writing|SOP documentation|業務マニュアル作成|業務マニュアル,sop,sops,standard operating procedures,手順書作成,手順書|operations
qa-checking|Quality checks|チェック作業|チェック作業,目視チェック,目視確認,確認作業,quality check,quality checks,検品|operations
content-review|Content review|審査業務|審査業務,content review,広告審査,投稿審査|qa-checking
secretary-exam|Office certifications|事務系資格|~MOS,microsoft office specialist,日商簿記,簿記,簿記2級,簿記3級|accounting
chat-support|Chat support|チャットサポート|チャットサポート,chat support,live chat support,チャット対応|customer-support
it-helpdesk|IT helpdesk|ヘルプデスク|ヘルプデスク業務,it helpdesk,service desk,サービスデスク|it-support
outlook|Outlook|Outlook|microsoft outlook,~Outlook|microsoft-office
scrum|Scrum|スクラム|スクラム,scrum master,スクラムマスター,スクラム開発|agile
`,
};
