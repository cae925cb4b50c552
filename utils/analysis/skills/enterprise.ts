import type { SkillSource } from './types';

// Enterprise platforms and the stacks of system-integration work.
export const enterprise: SkillSource = {
  category: 'development',
  rows: `
sap-fi|SAP FI/CO|SAP FI/CO|sap fi,sap co,fi/co|sap
sap-sd|SAP SD/MM|SAP SD/MM|sap sd,sap mm,sd/mm|sap
sap-basis|SAP Basis|SAP Basis|sap basis|sap
sap-hana|SAP HANA|SAP HANA|hana|sap
oracle-ebs|Oracle E-Business Suite|Oracle EBS|oracle ebs,e-business suite|erp
oracle-fusion|Oracle Fusion Cloud|Oracle Fusion|oracle fusion|erp
workday|Workday|Workday||erp
biz-integral|Biz∫|Biz∫|biz∫,bizintegral|erp
glovia|GLOVIA|GLOVIA||erp
outsystems|OutSystems|OutSystems||no-code
mendix|Mendix|Mendix||no-code
pega|Pega|Pega|pegasystems|business-systems
appian|Appian|Appian||business-systems
lotus-notes|Notes/Domino|Notes/Domino|lotus notes,notes/domino,hcl notes|business-systems
spiral|SPIRAL|SPIRAL|~SPIRAL|no-code
forguncy|Forguncy|Forguncy|フォーガンシー|no-code
pleasanter|Pleasanter|プリザンター|プリザンター|no-code
garoon|Garoon|Garoon|サイボウズ,cybozu,サイボウズoffice|business-tools
desknets|desknet's NEO|desknet's NEO|desknets|business-tools
power-platform|Power Platform|Power Platform|power platform|microsoft-365
power-pages|Power Pages|Power Pages||power-platform
dataverse|Dataverse|Dataverse||power-platform
sharepoint-framework|SharePoint Framework|SPFx|spfx|sharepoint
salesforce-apex|Salesforce Lightning|Salesforce Lightning|lightning web components,lwc,visualforce|salesforce
salesforce-marketing-cloud|Salesforce Marketing Cloud|Marketing Cloud|marketing cloud,sfmc,ampscript|salesforce
mulesoft-anypoint|Boomi|Boomi|dell boomi|data-engineering
ibm-db2|Db2|Db2|db2,ibm db2|sql
informix|Informix|Informix|sybase|sql
teradata|Teradata|Teradata||data-warehouse
oracle-weblogic|WebLogic|WebLogic|weblogic|java-ee
jboss|JBoss|JBoss|wildfly,jboss eap|java-ee
tomcat|Tomcat|Tomcat|apache tomcat|java
websphere|WebSphere|WebSphere|ibm websphere,liberty|java-ee
mq|IBM MQ|IBM MQ|ibm mq,websphere mq|ibm-mainframe
cics|CICS|CICS||ibm-mainframe
pl1|NetCOBOL|NetCOBOL|netcobol,opentp1|cobol
netview|NetView|NetView||ibm-mainframe
clist|CLIST|CLIST||ibm-mainframe
tso|TSO/ISPF|TSO/ISPF|ispf,tso|ibm-mainframe
hulft-square|DataSpider|DataSpider|dataspider|data-engineering
a-auto|A-AUTO|A-AUTO|senju,千手|monitoring
hinemos|Hinemos|Hinemos||monitoring
commvault|Backup software|バックアップ運用|arcserve,veeam,commvault,バックアップ設計|infrastructure-engineering
nutanix|Nutanix|Nutanix||vmware
citrix|Citrix|Citrix|vdi,仮想デスクトップ|infrastructure-engineering
exadata|Exadata|Exadata|oracle rac,rac構成|oracle
oracle-awr|Oracle performance tuning|Oracleチューニング|awr,sqlチューニング,sql tuning,statspack|oracle
oracle-golden-gate|GoldenGate|GoldenGate|goldengate,data guard|oracle
postgresql-ha|Pgpool|Pgpool|pgpool,pacemaker|postgresql
crowdstrike|CrowdStrike|CrowdStrike|crowdstrike falcon,edr,xdr|security
defender|Microsoft Defender|Microsoft Defender|defender for endpoint,microsoft defender|security
zscaler|Zscaler|Zscaler|netskope,sase,casb|security
burp-suite|Burp Suite|Burp Suite|burp,owasp zap|penetration-testing
owasp|OWASP|OWASP|~OWASP,owasp top 10|security
nist|Security frameworks|セキュリティフレームワーク|nist csf,cis controls,iso 27002|security
csirt|CSIRT|CSIRT|~CSIRT,incident response,インシデントレスポンス|security
soc2-audit|SOC 2|SOC 2|soc 2 type ii|isms
pci-dss|PCI DSS|PCI DSS|pci dss,pci-dss|security
5g|Mobile networks|モバイルネットワーク|5g,lte,4g/5g,移動体通信|networking
sdn|SDN|SDN|~SDN,sd-wan|networking
wifi|Wi-Fi|無線LAN|無線lan,wi-fi,wifi,wireless lan|networking
voip|VoIP|VoIP|~VoIP,asterisk|networking
telecom-testing|Telecom testing|通信試験|通信試験,キャリア試験,端末評価,評価検証|testing
`,
};
