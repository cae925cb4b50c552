import type { SkillSource } from './types';

// Databases, cloud, infrastructure, DevOps, testing, security.
export const dataCloud: SkillSource = {
  category: 'development',
  rows: `
sql|SQL|SQL|sql文,sqlクエリ,sql queries,rdbms,リレーショナルデータベース|database
database|Databases|データベース|データベース構築|programming|picker
database-administration|Database administration|データベース管理|database administration,database administrator,^DBA,db管理,データベース管理者|database
mysql|MySQL|MySQL|my sql,mysql8|sql
postgresql|PostgreSQL|PostgreSQL|postgres,psql,postgre,ポスグレ,postgre sql|sql
sqlite|SQLite|SQLite|sqlite3|sql
mariadb|MariaDB|MariaDB||sql
oracle|Oracle Database|Oracle Database|oracle db,oracle database,oracle-database,~Oracle,oracleデータベース|sql
sql-server|SQL Server|SQL Server|mssql,ms sql,microsoft sql server,t-sql,tsql|sql
aurora|Amazon Aurora|Amazon Aurora|aws aurora,~Aurora|sql
cockroachdb|CockroachDB|CockroachDB||sql
planetscale|PlanetScale|PlanetScale|vitess|mysql
neon|Neon|Neon Postgres|neon postgres,neon db,!neon|postgresql
pgvector|pgvector|pgvector||postgresql
nosql|NoSQL|NoSQL||database
mongodb|MongoDB|MongoDB|mongo,mongoose,mongo db|nosql
redis|Redis|Redis|elasticache,valkey|nosql
memcached|Memcached|Memcached||nosql
cassandra|Cassandra|Cassandra|apache cassandra,scylladb,scylla|nosql
dynamodb|DynamoDB|DynamoDB|dynamo db|nosql
couchdb|CouchDB|CouchDB|couchbase,pouchdb|nosql
neo4j|Neo4j|Neo4j|cypher query|graph-database
graph-database|Graph databases|グラフデータベース|graph database,graph db|database
elasticsearch|Elasticsearch|Elasticsearch|elastic search,opensearch,elk,kibana,logstash|database
algolia|Algolia|Algolia|meilisearch,typesense|database
firebase|Firebase|Firebase|firebase auth,firebase hosting|backend-development
firestore|Firestore|Firestore|cloud firestore,realtime database|firebase
supabase|Supabase|Supabase||postgresql
appwrite|Appwrite|Appwrite|pocketbase|backend-development
hasura|Hasura|Hasura||graphql
influxdb|InfluxDB|InfluxDB|timescaledb,time series database|database
clickhouse|ClickHouse|ClickHouse||database
bigquery|BigQuery|BigQuery|big query|data-warehouse
snowflake|Snowflake|Snowflake|~Snowflake|data-warehouse
amazon-redshift|Amazon Redshift|Amazon Redshift|redshift|data-warehouse
databricks|Databricks|Databricks|delta lake|data-engineering
data-warehouse|Data warehouse|データウェアハウス|dwh,data warehouse,データウエアハウス|data-engineering
data-engineering|Data engineering|データエンジニアリング|データエンジニア,データ基盤,data pipeline,data pipelines,data engineer,データパイプライン,データ基盤構築|programming
etl|ETL|ETL|elt,etl pipeline,データ連携基盤|data-engineering
airflow|Apache Airflow|Apache Airflow|airflow,mwaa,cloud composer|data-engineering
dbt|dbt|dbt|~dbt,dbt cloud|data-engineering
fivetran|Fivetran|Fivetran|airbyte,stitch data|data-engineering
apache-spark|Apache Spark|Apache Spark|pyspark,spark sql,~Spark|data-engineering
hadoop|Hadoop|Hadoop|hdfs|data-engineering
kafka|Kafka|Kafka|apache kafka,kinesis,confluent|data-engineering
rabbitmq|RabbitMQ|RabbitMQ|amazon sqs,sqs,pub/sub,message queue,メッセージキュー|backend-development
flink|Apache Flink|Apache Flink|flink|data-engineering
cloud-computing|Cloud computing|クラウドインフラ構築|クラウド構築,クラウドインフラ,cloud infrastructure,cloud engineer,クラウドエンジニア|infrastructure-engineering
aws|AWS|AWS|amazon web services,アマゾンウェブサービス|cloud-computing
amazon-ec2|Amazon EC2|Amazon EC2|ec2|aws
aws-lambda|AWS Lambda|AWS Lambda|~Lambda,aws lambda,lambda関数,lambda functions|aws
amazon-s3|Amazon S3|Amazon S3|s3,s3 bucket|aws
amazon-rds|Amazon RDS|Amazon RDS|rds|aws
aws-cloudformation|AWS CloudFormation|AWS CloudFormation|cloudformation,aws sam|aws
aws-cdk|AWS CDK|AWS CDK|aws cdk,cdk|aws-cloudformation
amazon-ecs|Amazon ECS|Amazon ECS|ecs,ecr|aws
aws-fargate|AWS Fargate|AWS Fargate|fargate|amazon-ecs
amazon-eks|Amazon EKS|Amazon EKS|eks|kubernetes
aws-amplify|AWS Amplify|AWS Amplify|aws amplify,amplify hosting|aws
amazon-api-gateway|Amazon API Gateway|Amazon API Gateway|api gateway|aws
amazon-cloudfront|Amazon CloudFront|Amazon CloudFront|cloudfront|aws
amazon-cognito|Amazon Cognito|Amazon Cognito|cognito,aws cognito|aws
aws-iam|AWS IAM|AWS IAM|iam|aws
amazon-bedrock|Amazon Bedrock|Amazon Bedrock|bedrock,aws bedrock|aws
amazon-sagemaker|Amazon SageMaker|Amazon SageMaker|sagemaker|mlops
gcp|Google Cloud|Google Cloud|google cloud,google-cloud,google cloud platform,グーグルクラウド|cloud-computing
cloud-run|Cloud Run|Cloud Run|cloud run,google cloud run,cloud functions,app engine|gcp
cloud-sql|Cloud SQL|Cloud SQL|cloud sql|gcp
gke|GKE|GKE|google kubernetes engine|kubernetes
azure|Azure|Azure|microsoft azure,azure devops,azure functions,アジュール|cloud-computing
oracle-cloud|Oracle Cloud|Oracle Cloud|oci|cloud-computing
alibaba-cloud|Alibaba Cloud|Alibaba Cloud|aliyun|cloud-computing
cloudflare|Cloudflare|Cloudflare|cloudflare workers,cloudflare pages|cloud-computing
vercel|Vercel|Vercel||cloud-computing
netlify|Netlify|Netlify||cloud-computing
heroku|Heroku|Heroku||cloud-computing
render-hosting|Render|Render|render.com,!render|cloud-computing
fly.io|Fly.io|Fly.io|fly.io,railway.app|cloud-computing
digitalocean|DigitalOcean|DigitalOcean|digital ocean,linode,vultr|cloud-computing
sakura-cloud|Sakura Internet|さくらインターネット|さくらのクラウド,さくらのvps,さくらサーバー|web-hosting
conoha|ConoHa|ConoHa|conoha wing|web-hosting
serverless|Serverless|サーバーレス|serverless framework|cloud-computing
docker|Docker|Docker|コンテナ,docker compose,docker-compose,dockerfile,コンテナ化|devops
kubernetes|Kubernetes|Kubernetes|k8s,kubectl,kubernetes cluster|devops
helm|Helm|Helm|~Helm,helm charts,helm chart|kubernetes
terraform|Terraform|Terraform|opentofu,terragrunt|iac
iac|Infrastructure as code|Infrastructure as Code|~IaC,infrastructure as code,infrastructure-as-code|devops
pulumi|Pulumi|Pulumi||iac
ansible|Ansible|Ansible||iac
chef|Chef|Chef|chef infra,!chef|iac
puppet|Puppet|Puppet|puppet enterprise,!puppet|iac
vagrant|Vagrant|Vagrant||devops
ci-cd|CI/CD|CI/CD|ci/cd,cicd,continuous integration,継続的インテグレーション,デプロイ自動化|devops
github-actions|GitHub Actions|GitHub Actions|github actions,gh actions|ci-cd
gitlab-ci|GitLab CI|GitLab CI|gitlab ci,gitlab ci/cd|ci-cd
jenkins|Jenkins|Jenkins||ci-cd
circleci|CircleCI|CircleCI|circle ci,travis ci,bitrise|ci-cd
argocd|Argo CD|Argo CD|argocd,argo cd,flux cd|kubernetes
git|Git|Git|~Git,バージョン管理,version control|programming
github|GitHub|GitHub|~GitHub|git|picker
gitlab|GitLab|GitLab|~GitLab|git
bitbucket|Bitbucket|Bitbucket||git
svn|Subversion|Subversion|svn|git
devops|DevOps|DevOps|dev ops|infrastructure-engineering
sre|SRE|SRE|site reliability|devops
monitoring|Monitoring|システム監視|!monitoring,監視設定,observability,オブザーバビリティ,監視運用|devops|picker
datadog|Datadog|Datadog||monitoring
grafana|Grafana|Grafana|prometheus|monitoring
zabbix|Zabbix|Zabbix|nagios|monitoring
new-relic|New Relic|New Relic|newrelic|monitoring
sentry|Sentry|Sentry|~Sentry|monitoring
cloudwatch|CloudWatch|CloudWatch|aws cloudwatch|aws
linux|Linux|Linux|リナックス,unix,linux server,linuxサーバー|infrastructure-engineering
ubuntu|Ubuntu|Ubuntu|debian|linux
centos|CentOS|CentOS|almalinux,rocky linux|linux
rhel|Red Hat Enterprise Linux|RHEL|red hat,redhat,red hat enterprise linux|linux
nginx|Nginx|Nginx|nginx設定|web-server
apache|Apache HTTP Server|Apache|~Apache,apache2,httpd,.htaccess|web-server
web-server|Web servers|Webサーバー|webサーバー,web server,サーバー構築,サーバー設定,server setup|infrastructure-engineering
infrastructure-engineering|Infrastructure engineering|インフラ構築|インフラエンジニア,インフラ,インフラ設計,infrastructure engineer|programming|picker
networking|Networking|ネットワーク構築|ネットワークエンジニア,ネットワーク設計,network engineer,network-engineering,network engineering,lan構築,nw構築,nw設計|infrastructure-engineering
vpn|VPN|VPN|~VPN,ipsec,wireguard|networking|picker
cisco|Cisco|Cisco|ccna,ccnp,catalyst|networking
juniper|Juniper|Juniper|junos|networking
palo-alto|Palo Alto Networks|Palo Alto|palo alto,paloalto,pan-os|firewall
fortinet|Fortinet|Fortinet|fortigate|firewall
firewall|Firewalls|ファイアウォール|firewall,ファイアウォール,fw設定,utm|networking
f5|F5 BIG-IP|F5|big-ip,bigip,~F5|load-balancer
load-balancer|Load balancers|ロードバランサー|load balancer,ロードバランサ,ロードバランサー,負荷分散装置,alb,elb|networking
yamaha-router|YAMAHA routers|YAMAHAルーター|yamahaルーター,rtx|networking
windows-server|Windows Server|Windows Server|iis,windowsサーバ,windowsサーバー,windows server 2019,windows server 2022|infrastructure-engineering
active-directory|Active Directory|Active Directory|active directory,entra id,azure ad,azure active directory|windows-server
intune|Microsoft Intune|Intune|microsoft intune|microsoft-365
exchange-server|Exchange|Exchange Server|exchange server,exchange online|microsoft-365
vmware|VMware|VMware|vsphere,hyper-v,仮想化,virtualization|infrastructure-engineering
web-hosting|Web hosting|レンタルサーバー|レンタルサーバ,vps,web hosting,cpanel,ホスティング|infrastructure-engineering
xserver|Xserver|エックスサーバー|xserver,エックスサーバ|web-hosting
lolipop|Lolipop|ロリポップ|ロリポップ!|web-hosting
dns|DNS|DNS設定|ドメイン設定,dns設定,domain setup,ドメイン取得,ssl,ssl証明書,ssl certificate|infrastructure-engineering
godaddy|GoDaddy|GoDaddy|go daddy,namecheap,お名前.com,ムームードメイン,xserverドメイン|dns
email-server|Mail server|メールサーバー|メールサーバー,smtp,postfix,dkim,spf,dmarc|infrastructure-engineering
security|Security|セキュリティ|!security,cybersecurity,サイバーセキュリティ,情報セキュリティ,information security,セキュリティ対策|infrastructure-engineering
penetration-testing|Penetration testing|ペネトレーションテスト|penetration testing,pentest,pentesting,脆弱性診断,vulnerability assessment,ethical hacking|security
isms|ISMS|ISMS|iso 27001,iso27001|security
siem|SIEM|SIEM|splunk,security operations|security
iam-security|Identity and access management|ID管理|okta,sso,シングルサインオン,single sign-on,saml,keycloak|security
authentication|Authentication|認証機能|oauth,auth0,oauth2,認証基盤,login system,ログイン機能,jwt,clerk|backend-development
testing|Software testing|ソフトウェアテスト|~QA,software testing,qa engineer,テスター,品質保証,quality assurance,test automation,テスト自動化,unit testing,e2e testing|programming
tdd|Test-driven development|テスト駆動開発|tdd,test-driven,test driven development|testing
playwright|Playwright|Playwright||testing
cypress|Cypress|Cypress|~Cypress|testing
selenium|Selenium|Selenium|selenium webdriver,webdriver|testing
jest|Jest|Jest|~Jest|testing
vitest|Vitest|Vitest||testing
mocha|Mocha|Mocha|~Mocha|testing
pytest|pytest|pytest|unittest|testing
junit|JUnit|JUnit|testng,mockito|testing
rspec|RSpec|RSpec|minitest,capybara|testing
phpunit|PHPUnit|PHPUnit||testing
appium|Appium|Appium|detox,xcuitest,espresso testing|testing
testing-library|Testing Library|Testing Library|testing library,react testing library|testing
load-testing|Load testing|負荷テスト|load testing,performance testing,jmeter,k6,locust,gatling|testing
manual-testing|Manual testing|手動テスト|manual testing,manual qa,テスト実施,検証作業|testing
api-testing|API testing|APIテスト|postman,insomnia,api testing|testing
pl-sql|PL/SQL|PL/SQL|pl/sql,plsql|oracle
aws-glue|AWS Glue|AWS Glue|glue job,glue jobs|aws
amazon-athena|Amazon Athena|Amazon Athena|athena|aws
amazon-sns|Amazon SNS|Amazon SNS||aws
amazon-dynamodb-streams|Amazon Kinesis|Amazon Kinesis|kinesis data streams|aws
aws-step-functions|AWS Step Functions|AWS Step Functions|step functions|aws
aws-eventbridge|Amazon EventBridge|Amazon EventBridge|eventbridge|aws
amazon-lightsail|Amazon Lightsail|Amazon Lightsail|lightsail|aws
amazon-route-53|Amazon Route 53|Amazon Route 53|route53,route 53|aws
aws-codepipeline|AWS CodePipeline|AWS CodePipeline|codepipeline,codebuild,codedeploy|aws
aws-waf|AWS WAF|AWS WAF|~WAF|security
jp1|JP1|JP1||monitoring
hulft|HULFT|HULFT||data-engineering
systemwalker|Systemwalker|Systemwalker||monitoring
mulesoft|MuleSoft|MuleSoft|mule esb|data-engineering
asteria|ASTERIA Warp|ASTERIA Warp|asteria warp|data-engineering
informatica|Informatica|Informatica|talend,datastage,ssis|etl
azure-synapse|Azure Synapse|Azure Synapse|synapse analytics,azure data factory,adf|azure
aws-lake-formation|Data lakes|データレイク|data lake,データレイク|data-engineering
hbase|HBase|HBase||hadoop
presto|Trino|Trino|presto,trino|data-engineering
`,
};
