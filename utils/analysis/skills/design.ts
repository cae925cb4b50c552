import type { SkillSource } from './types';

// Graphic, web and product design, illustration, 3D, photography, CAD.
export const design: SkillSource = {
  category: 'design',
  rows: `
design|Design|デザイン|!design,!デザイン,デザイン制作,デザイン作成||picker
ui-ux-design|UI/UX design|UI/UXデザイン|ui/ux,ui/uxデザイン,ui/ux design,ui/uxデザイナー,ui/ux designer,ui・uxデザイン,ux/ui,ux/ui design|design
ui-design|UI design|UIデザイン|uiデザイン,画面設計,ui design,ui designer,uiデザイナー,interface design|design
ux-design|UX design|UXデザイン|ユーザー調査,ux design,ux designer,uxデザイナー,ユーザビリティ,usability testing,ユーザビリティテスト|design
ux-research|UX research|UXリサーチ|user research,ux research,uxリサーチ,ユーザーインタビュー,user interviews|ux-design
web-design|Web design|Webデザイン|webデザイン,サイトデザイン,ホームページデザイン,webデザイナー,web designer,website design,web page design|design
lp-design|LP design|LPデザイン|lpデザイン,landing page design,ランディングページデザイン|web-design
app-design|App design|アプリデザイン|app design,mobile app design,アプリのデザイン,アプリui|ui-design
figma|Figma|Figma|フィグマ,figjam|ui-design
adobe-xd|Adobe XD|Adobe XD|~XD|ui-design
sketch|Sketch|Sketch|~Sketch app,sketch app,!sketch|ui-design
protopie|ProtoPie|ProtoPie|principle app|prototyping
wireframing|Wireframing|ワイヤーフレーム|wireframe,wireframes,ワイヤー作成,ワイヤーフレーム作成,balsamiq|ui-design
prototyping|Prototyping|プロトタイプ|prototype,prototypes,プロトタイピング,プロトタイプ作成|ui-design
design-system|Design system|デザインシステム|design system,design systems|ui-design
adobe-creative-cloud|Adobe Creative Cloud|Adobeソフト|adobe creative suite,adobe cc,adobe製品|graphic-design
photoshop|Photoshop|Photoshop|フォトショップ,フォトショ,!ps,adobe photoshop|adobe-creative-cloud
illustrator|Illustrator|Illustrator|^Illustrator,イラレ,!ai形式,adobe illustrator,illustrator cc|adobe-creative-cloud
indesign|InDesign|InDesign|インデザイン,adobe indesign|adobe-creative-cloud
lightroom|Lightroom|Lightroom|ライトルーム,adobe lightroom|photo-retouching
canva|Canva|Canva|キャンバ,canva pro|graphic-design
affinity|Affinity Designer|Affinity Designer|affinity designer,affinity photo,affinity publisher|graphic-design
coreldraw|CorelDRAW|CorelDRAW|corel draw|graphic-design
gimp|GIMP|GIMP||photo-retouching
inkscape|Inkscape|Inkscape||graphic-design
graphic-design|Graphic design|グラフィックデザイン|graphic designer,グラフィックデザイナー,graphic design,graphics design|design
logo-design|Logo design|ロゴデザイン|ロゴ制作,ロゴ作成,!logo,ロゴマーク,logo designer,logo design,ロゴデザイン制作,ロゴタイプ,シンボルマーク|graphic-design
brand-identity|Brand identity design|ブランドアイデンティティ|brand identity,visual identity,ci/vi|graphic-design
banner-design|Banner design|バナー制作|バナー,バナーデザイン,banner,banners,banner design,バナー作成,web banner|graphic-design
print-design|Print design|印刷物デザイン|印刷物,print design,dtpデザイン,紙媒体|graphic-design
flyer-design|Flyer design|チラシデザイン|チラシ,フライヤー,flyer,flyers,leaflet,チラシ作成,チラシデザイン|print-design
brochure-design|Brochure design|パンフレットデザイン|パンフレット,brochure,brochures,リーフレット,catalog design,カタログ制作,会社案内|print-design
poster-design|Poster design|ポスターデザイン|posters,ポスター,ポスター制作|print-design
business-card-design|Business card design|名刺デザイン|名刺作成,名刺制作,business card design,business cards|print-design
menu-design|Menu design|メニューデザイン|メニュー表,menu design|print-design
invitation-design|Invitation design|招待状デザイン|招待状,wedding invitation,年賀状デザイン|print-design
magazine-layout|Magazine layout|誌面デザイン|誌面デザイン,editorial design,エディトリアルデザイン,レイアウトデザイン,layout design|print-design
packaging-design|Packaging design|パッケージデザイン|ラベルデザイン,packaging design,label design,product packaging,ラベル制作|graphic-design
signage-design|Signage design|看板デザイン|signage,横断幕,sign design,看板制作|print-design
dtp|DTP|DTP|組版,dtp作業,desktop publishing|print-design
book-cover-design|Book cover design|表紙デザイン|装丁,book cover,kindle表紙,ebook cover,book covers,ブックデザイン|print-design
book-formatting|Book formatting|書籍レイアウト|book formatting,kindle formatting,ebook formatting,電子書籍制作|dtp
infographics|Infographics|図解|インフォグラフィック,infographic,infographics,図解作成,図解デザイン|graphic-design
presentation-design|Presentation design|資料デザイン|スライド作成,パワポ資料,powerpoint design,pitch deck,pitch decks,slide design,スライドデザイン,プレゼン資料作成|graphic-design
sns-graphics|Social media graphics|SNS画像|投稿画像,ヘッダー画像,sns画像,instagram posts design,social media graphics,social media design,インスタ投稿画像|graphic-design
ad-creative|Ad creative|広告クリエイティブ|ad creatives,ad creative,広告バナー,広告画像,広告クリエイティブ制作|graphic-design
youtube-thumbnail|YouTube thumbnails|YouTubeサムネイル|youtubeサムネイル,youtube thumbnail,youtube thumbnails,youtubeサムネ|thumbnail-design
icon-design|Icon design|アイコン制作|アイコン,icon design,アイコン作成,アイコンデザイン|graphic-design
favicon|Favicon|ファビコン|favicon|icon-design
html-email|HTML email|HTMLメール|html email,email template,メールテンプレート,newsletter design|web-design
t-shirt-design|T-shirt design|Tシャツデザイン|グッズデザイン,t-shirt design,merch design,apparel graphics,print on demand|graphic-design
sticker-design|Sticker design|ステッカーデザイン|sticker design,stickers,ステッカー|graphic-design
line-sticker|LINE stickers|LINEスタンプ|line stamp,lineスタンプ,line stickers,スタンプ制作|illustration
emotes|Emotes|エモート|emote,emotes,twitch emotes,discord emotes|illustration
typography|Typography|タイポグラフィ|lettering,レタリング,フォント制作,font design,typeface design,typography|graphic-design
calligraphy|Calligraphy|筆文字|書道,calligraphy,筆文字ロゴ|typography
illustration|Illustration|イラスト制作|イラスト,挿絵,illustrations,イラスト作成,illustrator artist,digital illustration,デジタルイラスト,イラストレーション|design
character-design|Character design|キャラクターデザイン|character design,キャラデザ,キャラクター制作,mascot design,マスコットキャラクター,ゆるキャラ|illustration
anime-illustration|Anime illustration|アニメイラスト|anime art,anime style,アニメ調,萌えイラスト|illustration
children-book-illustration|Children's book illustration|絵本イラスト|絵本,children's book,picture book,児童書挿絵|illustration
portrait-illustration|Portrait illustration|似顔絵|似顔絵,caricature,caricatures,portrait drawing,アイコンイラスト|illustration
vector-illustration|Vector illustration|ベクターイラスト|vector art,vector illustration,vectorize,トレース作業|illustration
technical-illustration|Technical illustration|図版作成|図版,technical illustration,説明図,作図|illustration
map-illustration|Map illustration|地図イラスト|イラストマップ,地図作成,map design|illustration
medical-illustration|Medical illustration|医療イラスト|メディカルイラスト,medical illustration,解剖図|illustration
background-art|Background art|背景イラスト|背景美術,background art,背景画|illustration
concept-art|Concept art|コンセプトアート|concept art,コンセプトアーティスト|illustration
game-art|Game art|ゲームイラスト|game assets,game art,ゲームグラフィック,ゲーム素材,sprites,sprite|illustration
card-illustration|Card game illustration|カードイラスト|カードイラスト,tcg illustration,card art|game-art
ui-assets|Game UI assets|ゲームUIデザイン|game ui,ゲームui,hud design|game-art
pixel-art|Pixel art|ドット絵|pixel art,ドット絵制作,ピクセルアート|game-art
manga|Manga drawing|漫画制作|漫画作成,マンガ作成,comic,comics,webtoon,4コマ漫画,manga,漫画広告,マンガ制作,マンガ広告,漫画動画|illustration
storyboarding|Storyboarding|絵コンテ|storyboard,storyboards,絵コンテ作成|illustration
procreate|Procreate|Procreate||illustration
clip-studio|Clip Studio|クリップスタジオ|クリスタ,clip studio paint,csp|illustration
sai|PaintTool SAI|SAI|painttool sai|illustration
live2d|Live2D|Live2D|live2dモデル,live2d model,live2dモデリング|2d-animation
vtuber-model|VTuber model|VTuberモデル|vtuberモデル,vtuber model,vtuber,vtuberデザイン,vtuber立ち絵,立ち絵|live2d
vrchat|VRChat avatars|VRChatアバター|vroid,vrm,アバター制作,vrchat|3d-modeling
2d-animation|2D animation|2Dアニメーション|作画,2d animation,2dアニメ,アニメーション作画,frame-by-frame|animation
3d-animation|3D animation|3Dアニメーション|3dcgアニメ,3d animation,3dアニメ|animation
animation|Animation|アニメーション制作|!animation,animator,アニメーター,アニメ制作|design
rigging|Rigging|リギング|rigging,リグ作成|3d-animation
3d-modeling|3D modeling|3Dモデリング|~3D,3dcg,3d modeling,3d modelling,3dモデル,3dモデル制作,3d model,3d models,3dモデリング|design
blender|Blender|Blender|ブレンダー|3d-modeling
maya|Maya|Maya|autodesk maya,!maya|3d-modeling
3ds-max|3ds Max|3ds Max|3dsmax,3ds max|3d-modeling
cinema-4d|Cinema 4D|Cinema 4D|c4d,cinema4d|3d-modeling
zbrush|ZBrush|ZBrush|スカルプト,sculpting|3d-modeling
houdini|Houdini|Houdini||3d-modeling
substance-painter|Substance Painter|Substance Painter|substance 3d,substance designer,テクスチャ制作,texturing|3d-modeling
keyshot|KeyShot|KeyShot||3d-rendering
3d-rendering|3D rendering|3Dレンダリング|3d rendering,3dレンダリング,3d render,product rendering|3d-modeling
3d-printing|3D printing|3Dプリント|3dプリンター,3d printing,3d print,stl|3d-modeling
low-poly|Low-poly modeling|ローポリ|low poly,lowpoly,ローポリモデル|3d-modeling
archviz|Architectural visualization|建築パース|パース制作,3dパース,建築cg,archviz,architectural visualization,architectural rendering|3d-rendering
interior-design|Interior design|インテリアデザイン|インテリア,interior design,interior designer,インテリアコーディネート|design
exterior-design|Exterior design|外構デザイン|外構,エクステリア,landscape design,造園設計|design
photography|Photography|写真撮影|カメラマン,photographer,photography,photo shoot,photoshoot,撮影代行|design
product-photography|Product photography|商品撮影|商品撮影,product photography,product photos,物撮り|photography
portrait-photography|Portrait photography|人物撮影|ポートレート,portrait photography,プロフィール写真撮影,headshots|photography
event-photography|Event photography|イベント撮影|event photography,イベント撮影,ウェディング撮影,wedding photography|photography
real-estate-photography|Real estate photography|不動産撮影|real estate photography,物件撮影,360度撮影|photography
food-photography|Food photography|料理撮影|food photography,料理写真,フード撮影|photography
photo-retouching|Photo retouching|写真加工|レタッチ,画像加工,retouch,retouching,photo editing,photo retouching,写真編集,画像編集,image editing|photography
background-removal|Background removal|背景切り抜き|画像切り抜き,背景除去,背景削除,background removal,clipping path,cutout,切り抜き加工|photo-retouching
stock-photos|Stock photos|ストックフォト|stock photo,stock photography,ストック素材,素材販売|photography
cad|CAD|CAD|~CAD,図面作成,cadオペレーター,cad drafting,作図作業,cad図面|engineering-design
autocad|AutoCAD|AutoCAD|オートキャド|cad
jw-cad|Jw_cad|Jw_cad|jw_cad,jwcad,jw-cad|cad
sketchup|SketchUp|SketchUp|sketch up|cad
revit|Revit|Revit|bim,bimモデリング|cad
archicad|Archicad|Archicad||cad
vectorworks|Vectorworks|Vectorworks||cad
fusion-360|Fusion 360|Fusion 360|fusion360,fusion 360|cad
solidworks|SolidWorks|SolidWorks|solid works|cad
catia|CATIA|CATIA|siemens nx,creo|cad
rhino|Rhino|Rhino|rhinoceros,grasshopper|cad
engineering-design|Engineering design|設計|機械設計,mechanical design,設計業務|engineering|picker
architecture-design|Architectural design|建築設計|建築設計,architectural design,間取り,floor plan,floor plans,間取り図|engineering-design
product-design|Product design|プロダクトデザイン|工業デザイン,industrial design,product design,プロダクトデザイナー|design
fashion-design|Fashion design|ファッションデザイン|アパレルデザイン,fashion design,tech pack,テックパック,服飾デザイン|design
jewelry-design|Jewelry design|ジュエリーデザイン|jewelry design,アクセサリーデザイン,jewelry cad|product-design
textile-design|Textile design|テキスタイルデザイン|textile design,pattern design,柄デザイン,surface pattern|fashion-design
gif-animation|GIF animation|GIFアニメ|gif animation,gifアニメーション|animation
nail-design|Nail design|ネイルデザイン|ネイルチップ,nail art|design
tattoo-design|Tattoo design|タトゥーデザイン|tattoo design|illustration
game-design|Game design|ゲームデザイン|ゲームプランナー,level design,レベルデザイン,game design,game designer,ゲーム企画|game-development
`,
};
