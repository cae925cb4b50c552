import type { SkillSource } from './types';

// Engineering disciplines and professional services that marketplaces list.
export const professional: SkillSource = {
  category: 'engineering',
  rows: `
engineering|Engineering|エンジニアリング|!engineering,!エンジニアリング||picker
mechanical-engineering|Mechanical engineering|機械工学|mechanical engineering,mechanical engineer,機械エンジニア,機構設計|engineering-design
electrical-engineering|Electrical engineering|電気設計|electrical engineering,electrical engineer,電気工事,電気設備設計,回路設計,circuit design|engineering
power-electronics|Power electronics|パワーエレクトロニクス|power electronics,パワエレ,インバータ設計,inverter design,power factor correction|electrical-engineering
simulink|Simulink|Simulink|matlab simulink|electrical-engineering
labview|LabVIEW|LabVIEW||electrical-engineering
pcb-design|PCB design|基板設計|pcb design,pcb layout,基板設計,kicad,altium,eagle pcb|electrical-engineering
electronics|Electronics|電子工作|電子工作,電子回路,electronics,analog circuit,アナログ回路|electrical-engineering
civil-engineering|Civil engineering|土木設計|civil engineering,civil engineer,土木,構造設計,structural engineering,structural engineer|engineering
architecture|Architecture|建築士業務|!architecture,!建築,建築士,一級建築士,二級建築士,architect,建築確認申請,確認申請|engineering
surveying|Surveying|測量|測量,surveying,land surveying|civil-engineering
hvac|HVAC|空調設計|hvac,空調設計,設備設計,mep|engineering
chemical-engineering|Chemical engineering|化学工学|chemical engineering,化学|engineering
biotechnology|Biotechnology|バイオテクノロジー|biotechnology,biotech,bioinformatics,バイオインフォマティクス|engineering
simulation|Simulation and CAE|CAE解析|!simulation,cae,有限要素法,fea,finite element analysis,ansys,comsol,cfd,流体解析,構造解析|engineering
gis|GIS|GIS|~GIS,arcgis,qgis,地理情報システム|engineering
quality-control|Quality control|品質管理|品質管理,quality control,qc,iso9001,iso 9001|engineering
manufacturing|Manufacturing|生産管理|!manufacturing,!製造,production management,manufacturing engineering,製造業務|engineering
energy|Energy and solar|太陽光発電|!energy,!エネルギー,solar design,solar pv,エネルギー管理|engineering
medical|Medical professionals|医療職|!medical,!医療,医師,看護師,薬剤師,physician,nurse,pharmacist,医療従事者,medical doctor|
medical-coding|Medical coding|医療事務|医療事務,medical coding,medical billing,レセプト,調剤事務|medical
clinical-research|Clinical research|臨床研究|治験,clinical research,clinical trials,臨床開発|medical
real-estate|Real estate|不動産業務|!real-estate,!不動産,宅建,宅地建物取引士,物件調査,賃貸管理,property management|
interior-staging|Home staging|ホームステージング|ホームステージング,home staging,virtual staging|real-estate
hospitality|Hospitality|接客|接客,hospitality,ホテル業務,旅館業務,民泊運営,airbnb運営,airbnb management,民泊|
tour-guide|Tour guide|通訳ガイド|通訳案内士,tour guide,観光ガイド,ガイド業務|hospitality
event-staff|Event staff|イベントスタッフ|イベントスタッフ,event staff,brand ambassador,キャンペーンスタッフ|hospitality
flyer-distribution|Flyer distribution|ポスティング|ポスティング,チラシ配布,チラシ配り,flyer distribution,leafleting,ビラ配り|field-work
field-work|Field work|現地作業|現地作業,現地調査,field work,on-site work,mystery shopping,覆面調査,ミステリーショッパー,店舗調査|
delivery|Delivery|配送業務|!delivery,デリバリー,delivery driver,配達,軽貨物|field-work
cleaning|Cleaning|清掃|!cleaning,ハウスクリーニング,cleaning services,清掃業務,house cleaning|field-work
moving-assembly|Assembly and handyman|組み立て作業|家具組み立て,組み立て作業,handyman,furniture assembly,便利屋|field-work
childcare|Childcare|保育|保育,ベビーシッター,babysitting,nanny,childcare,保育士|
caregiving|Caregiving|介護|介護,介護士,caregiver,caregiving,elderly care,介護福祉士|
cooking|Cooking|調理|chef services,作り置き,cooking,meal prep,家事代行|
pet-care|Pet care|ペットシッター|ペットシッター,pet sitting,dog walking,トリミング,pet care|
farming|Agriculture|農業|農作業,agriculture,farming,農業|
beauty|Beauty services|美容サービス|!beauty,!美容,美容師,ヘアメイク,hair and makeup,makeup artist,エステ,esthetician|
modeling|Modeling|モデル業務|!モデル,モデル募集,被写体,modeling,model casting,サロンモデル,撮影モデル|
acting|Acting|出演|出演,俳優,actor,actress,エキストラ,acting|
streaming-talent|Streaming talent|配信者|ライバー,配信者,streamer,vtuber活動,チャットレディ|acting
`,
};
