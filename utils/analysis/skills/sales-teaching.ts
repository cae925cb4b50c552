import type { SkillSource } from './types';

// Sales, consulting, coaching and teaching.
export const salesTeaching: SkillSource = {
  category: 'sales',
  rows: `
sales|Sales|営業|!sales,!営業,セールス,営業代行,sales rep,sales representative,営業職,営業活動,sales support,salesperson,sales outreach,sales closer|
inside-sales|Inside sales|インサイドセールス|inside sales,sdr,bdr|sales
appointment-setting|Appointment setting|アポイント獲得|アポ獲得,appointment setting,appointment setter,アポイント獲得,アポ取り|inside-sales
telemarketing|Telemarketing|テレアポ|テレアポ,cold calling,電話営業,架電,telemarketing,telemarketer,テレマーケティング,cold call,cold calls,follow-up calls|inside-sales
field-sales|Field sales|訪問営業|ルート営業,飛び込み営業,field sales,outside sales,door-to-door|sales
b2b-sales|B2B sales|法人営業|b2b sales,法人向け営業,enterprise sales|sales
cold-email|Cold email|フォーム営業|cold outreach,メール営業,dm営業,cold email,cold emailing,問い合わせフォーム営業,email outreach,linkedin outreach|sales
cold-email-tools|Cold email tools|コールドメールツール|lemlist,apollo.io,instantly.ai,smartlead,woodpecker.co|cold-email
sales-closing|Closing|クロージング|!closing,high ticket closer,high-ticket sales|sales
sales-consulting|Sales consulting|営業コンサル|営業コンサル,sales consulting,sales coaching|consulting
crm|CRM|CRM導入|crm導入,crm,crm management,顧客管理システム,顧客管理|sales
pipedrive|Pipedrive|Pipedrive|zoho crm,close.com|crm
gohighlevel|GoHighLevel|GoHighLevel|gohighlevel,highlevel,ghl|crm
sales-force-automation|Sales force automation|SFA|~SFA,sansan|crm
business-development|Business development|事業開発|bizdev,アライアンス,partnerships,新規事業,business development,新規事業開発,事業企画|sales
customer-success|Customer success|カスタマーサクセス|!cs,オンボーディング,customer success,customer success manager,csm|sales
account-management|Account management|アカウントマネジメント|account manager,account management,アカウントマネージャー,key account|sales
partner-sales|Partner sales|代理店営業|代理店営業,パートナー営業,channel sales|sales
real-estate-sales|Real estate sales|不動産営業|不動産営業,賃貸仲介|sales
insurance-sales|Insurance sales|保険営業|保険営業,insurance sales|sales
recruiting-sales|Recruitment sales|人材営業|人材営業,求人広告営業|sales
consulting|Consulting|コンサルティング|!consulting,コンサル,consultant,経営コンサル,経営コンサルティング,management consulting,コンサルタント||picker
strategy-consulting|Strategy consulting|戦略コンサル|戦略コンサル,strategy consulting,経営戦略,business strategy,事業戦略|consulting|picker
it-consulting|IT consulting|ITコンサル|itコンサル,it consulting,it consultant,システムコンサル,dxコンサル,dx推進,dx支援|consulting
hr-consulting|HR consulting|人事コンサル|人事コンサル,hr consulting,人事制度設計,評価制度|consulting
financial-consulting|Financial consulting|財務コンサル|財務コンサル,financial consulting,資金調達支援,fundraising support,ファイナンシャルプランナー,financial planning|consulting
startup-consulting|Startup advisory|起業支援|起業支援,startup advisor,startup consulting,創業支援|consulting
coaching|Coaching|コーチング|!coaching,コーチ,メンター,mentoring,キャリア相談,life coach,coach,career coaching,キャリアコーチング,business coaching|
career-counseling|Career counseling|キャリアカウンセリング|キャリアカウンセラー,キャリアコンサルタント,career counseling,career counselling|coaching
counseling|Counseling|カウンセリング|カウンセラー,心理カウンセラー,counseling,counselling,心理カウンセリング|coaching
fitness-coaching|Fitness coaching|パーソナルトレーニング|fitness coach,fitness coaching,オンラインフィットネス,ヨガ講師,yoga instructor|coaching
nutrition-coaching|Nutrition coaching|栄養指導|栄養士,管理栄養士,nutritionist,dietitian,食事指導,レシピ開発,recipe development|coaching
fortune-telling|Fortune telling|占い|占い師,占い鑑定,tarot,タロット,占星術,astrology,fortune telling|coaching
teaching|Teaching|講師|!teaching,オンライン講師,tutor,tutoring,レッスン,instructor,講師業,teacher,インストラクター|
private-tutoring|Private tutoring|家庭教師|家庭教師,オンライン家庭教師,private tutor,private tutoring,個別指導|teaching
english-teaching|English teaching|英語講師|英会話講師,english tutor,esl,english teacher,tefl,tesol,英語指導,英語教師,online english teacher|teaching
japanese-teaching|Japanese teaching|日本語教師|日本語講師,japanese teacher,japanese tutor,日本語指導|teaching
language-teaching|Language teaching|語学講師|語学講師,language tutor,language teacher,中国語講師,韓国語講師|teaching
programming-teaching|Programming teaching|プログラミング講師|プログラミング指導,coding tutor,programming tutor,プログラミングメンター,coding instructor,テックメンター|teaching
exam-tutoring|Exam tutoring|受験指導|受験対策,中学受験,高校受験,大学受験,test prep,sat prep,toeic指導|teaching
math-tutoring|Math tutoring|数学講師|math tutor,数学指導,算数|teaching
science-tutoring|Science tutoring|理科講師|physics tutor,chemistry tutor,理科指導,物理講師,化学講師|teaching
music-teaching|Music lessons|音楽講師|ピアノ講師,ギター講師,music teacher,piano lessons,ボイトレ,ボイストレーナー|teaching
course-creation|Course creation|教材作成|オンライン講座,eラーニング,udemy,online course,e-learning,instructional design,course creation,教材開発,講座作成,カリキュラム作成,curriculum development,研修資料作成|teaching
exam-question-writing|Exam question writing|問題作成|問題作成,試験問題作成,テスト問題作成,quiz writing,question writing,模試作成|course-creation
corporate-training|Corporate training|研修講師|企業研修,セミナー講師,corporate training,研修企画,workshop facilitation,ファシリテーション,facilitator|teaching
lms|LMS|LMS|~LMS,moodle,teachable,thinkific,kajabi,learning management system|course-creation
`,
};
