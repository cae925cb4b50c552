import type { SkillSource } from './types';

// Office and collaboration software that offers ask for by name.
export const businessTools: SkillSource = {
  category: 'business-tools',
  rows: `
business-tools|Business software|業務ツール|!business-tools,saas tools,業務ツール|
microsoft-office|Microsoft Office|Microsoft Office|ms office,microsoft office,オフィスソフト,office suite,office software,word/excel,excel/word|business-tools
notion|Notion|Notion|ノーション,notion database,notionテンプレート|business-tools
slack|Slack|Slack|~Slack,スラック|business-tools|picker
chatwork|Chatwork|Chatwork|チャットワーク,chatwork|business-tools|picker
teams|Microsoft Teams|Microsoft Teams|ms teams,microsoft teams,~Teams|business-tools|picker
zoom|Zoom|Zoom|!zoom,zoom操作,zoom設定|business-tools|picker
google-meet|Google Meet|Google Meet|google meet|business-tools|picker
jira|Jira|Jira|jira software,confluence|project-tools|picker
project-tools|Project management tools|プロジェクト管理ツール|project management tools,タスク管理ツール,task management|business-tools
trello|Trello|Trello||project-tools|picker
asana|Asana|Asana|~Asana|project-tools|picker
clickup|ClickUp|ClickUp|click up|project-tools|picker
monday|monday.com|monday.com|!monday|project-tools
backlog|Backlog|Backlog|~Backlog|project-tools|picker
redmine|Redmine|Redmine||project-tools
wrike|Wrike|Wrike|smartsheet,basecamp|project-tools
linear|Linear|Linear|linear app,linear.app,!linear|project-tools
miro|Miro|Miro|~Miro,figjam board|business-tools
lucidchart|Lucidchart|Lucidchart|draw.io,diagrams.net,visio|business-tools
dropbox|Dropbox|Dropbox|box.com,onedrive,google drive,googleドライブ|business-tools|picker
docusign|DocuSign|DocuSign|cloudsign,クラウドサイン,電子契約|business-tools
calendly|Calendly|Calendly|timerex,spir,調整さん|scheduling
typeform|Typeform|Typeform|jotform,surveymonkey,formrun,tally forms|business-tools
canva-docs|Canva Docs|Canvaドキュメント|canva docs|canva
1password|Password managers|パスワード管理|1password,lastpass,bitwarden|business-tools
loom|Loom|Loom|~Loom|business-tools|picker
obs-studio|OBS Studio|OBS Studio|obs studio|live-streaming
shopify-admin|Shopify admin|Shopify管理画面|shopify管理画面,shopify admin|shopify
wordpress-admin|WordPress updates|WordPress更新作業|wordpress更新,wordpress投稿,wordpress入稿,記事入稿,入稿作業,cms入稿|wordpress
tableau-prep|Alteryx|Alteryx|alteryx,tableau prep,knime|data-analysis
sap-concur|SAP Concur|Concur|concur,sap concur|expense-management
salesforce-admin|Salesforce administration|Salesforce管理|salesforce admin,salesforce administrator,salesforce設定|salesforce
hubspot-admin|HubSpot administration|HubSpot設定|hubspot設定,hubspot admin,hubspot setup|hubspot
zoho|Zoho|Zoho|zoho one,zoho books,zoho creator|business-tools
kintone-admin|kintone app building|kintoneアプリ作成|kintoneアプリ作成,kintone設定,kintoneアプリ|kintone
smarthr|SmartHR|SmartHR|jobcan,ジョブカン,king of time|hr-admin
freee-hr|HR software|人事労務ソフト|人事労務freee,freee hr|hr-admin
ats|Applicant tracking systems|採用管理システム|~ATS,applicant tracking,hrmos|recruiting
pos-system|POS systems|POSレジ|posレジ,pos system,airレジ,スマレジ|business-tools
`,
};
