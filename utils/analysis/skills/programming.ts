import type { SkillSource } from './types';

// Programming languages, web front and back ends, mobile and desktop, games.
// Row: id | English | 日本語 | aliases (comma-separated; ~ as written, ^ needs a neighbour, ! picker only) | parent
export const programming: SkillSource = {
  category: 'development',
  rows: `
programming|Programming|プログラミング|coding,software development,ソフトウェア開発,プログラマー,programmer,システム開発||picker
javascript|JavaScript|JavaScript|~JS,ecmascript,ジャバスクリプト,es6,vanilla js,vanilla javascript,javascipt,javscript|programming
typescript|TypeScript|TypeScript|~TS,タイプスクリプト|javascript
python|Python|Python|パイソン,!py,python3|programming
java|Java|Java|ジャバ,java8,jdk|programming
php|PHP|PHP|php8|programming
ruby|Ruby|Ruby|~Ruby,ルビー|programming
go|Go|Go|^Go,golang,go言語|programming
rust|Rust|Rust|~Rust,rust言語|programming
c|C|C言語|^C,c言語,c language|programming
c++|C++|C++|cpp|programming
c#|C#|C#|csharp,c sharp|.net
.net|.NET|.NET|dotnet,.net core,.net framework,net core|programming
asp.net|ASP.NET|ASP.NET|asp.net core,asp.net mvc|.net
blazor|Blazor|Blazor||.net
kotlin|Kotlin|Kotlin|コトリン|programming
swift|Swift|Swift|~Swift,swift言語|programming
swiftui|SwiftUI|SwiftUI||swift
objective-c|Objective-C|Objective-C|objc|programming
dart|Dart|Dart|~Dart|programming
scala|Scala|Scala|~Scala|programming
elixir|Elixir|Elixir||programming
erlang|Erlang|Erlang||programming
haskell|Haskell|Haskell||programming
clojure|Clojure|Clojure||programming
perl|Perl|Perl||programming
fortran|Fortran|Fortran||programming
matlab|MATLAB|MATLAB||programming
r|R|R言語|^R,r言語,rstudio,r language|programming
julia|Julia|Julia|~Julia|programming
visual-basic|Visual Basic|Visual Basic|~VB|programming
cobol|COBOL|COBOL||programming
lua|Lua|Lua||programming
shell-script|Shell script|シェルスクリプト|shell scripting,シェル|programming
bash|Bash|Bash|~Bash,zsh|shell-script
powershell|PowerShell|PowerShell||programming
assembly|Assembly|アセンブリ言語|アセンブラ,assembler,x86 assembly|programming
groovy|Groovy|Groovy|~Groovy|programming
f#|F#|F#|fsharp|.net
ocaml|OCaml|OCaml||programming
zig|Zig|Zig|~Zig|programming
nim|Nim|Nim|~Nim|programming
crystal|Crystal|Crystal|~Crystal lang|programming
delphi|Delphi|Delphi||programming
pascal|Pascal|Pascal|~Pascal|programming
abap|ABAP|ABAP||sap
vhdl|VHDL|VHDL||fpga
verilog|Verilog|Verilog|systemverilog|fpga
solidity|Solidity|Solidity||blockchain
move-language|Move|Move言語|move language,!move,sui move,aptos move|blockchain
apex|Apex|Apex|~Apex|salesforce
actionscript|ActionScript|ActionScript|adobe flash|programming
coffeescript|CoffeeScript|CoffeeScript||javascript
webassembly|WebAssembly|WebAssembly|wasm|programming
regex|Regular expressions|正規表現|regex,regexp,regular expression|programming
html|HTML|HTML|html5,htmlコーディング,マークアップ|frontend-development
web-coding|Web coding (HTML/CSS)|Webコーディング|コーディング,webコーディング,ウェブコーディング,コーダー|html
css|CSS|CSS|css3,cssコーディング|frontend-development
sass|Sass|Sass|scss|css
less|Less|Less|~LESS,less css|css
tailwind-css|Tailwind CSS|Tailwind CSS|tailwind,tailwindcss|css
bootstrap|Bootstrap|Bootstrap|bootstrap5,bootstrap 5|css
material-ui|Material UI|Material UI|mui,material-ui,material design|react
chakra-ui|Chakra UI|Chakra UI||react
shadcn-ui|shadcn/ui|shadcn/ui|shadcn|react
styled-components|styled-components|styled-components|styled components,css-in-js|react
jquery|jQuery|jQuery|jquery ui|javascript
react|React|React|~React,reactjs,react.js,リアクト,react hooks,react 18|javascript
react-native|React Native|React Native|reactnative|mobile-app
next.js|Next.js|Next.js|nextjs,next js,nextjs 14,app router|react
remix|Remix|Remix|~Remix|react
gatsby|Gatsby|Gatsby|gatsbyjs|react
redux|Redux|Redux|redux toolkit,rtk query|react
zustand|Zustand|Zustand||react
react-query|TanStack Query|TanStack Query|react query,tanstack,react-query|react
vue.js|Vue.js|Vue.js|vue,vuejs,vue3,vue 3,vue2|javascript
nuxt|Nuxt|Nuxt|nuxt.js,nuxtjs,nuxt3,nuxt 3|vue.js
vuex|Vuex|Vuex|pinia|vue.js
vuetify|Vuetify|Vuetify||vue.js
quasar|Quasar|Quasar|~Quasar|vue.js
angular|Angular|Angular|~Angular,angularjs,angular.js,angular 2+|typescript
rxjs|RxJS|RxJS||angular
svelte|Svelte|Svelte||javascript
sveltekit|SvelteKit|SvelteKit||svelte
solid.js|SolidJS|SolidJS|solidjs,solid.js|javascript
ember.js|Ember.js|Ember.js|emberjs,ember.js|javascript
backbone.js|Backbone.js|Backbone.js|backbonejs|javascript
alpine.js|Alpine.js|Alpine.js|alpinejs|javascript
htmx|htmx|htmx||frontend-development
astro|Astro|Astro|~Astro,astro.build|frontend-development
qwik|Qwik|Qwik||frontend-development
three.js|Three.js|Three.js|threejs|javascript
webgl|WebGL|WebGL|glsl|frontend-development
d3.js|D3.js|D3.js|d3|javascript
chart.js|Chart.js|Chart.js|chartjs,recharts,highcharts,echarts|javascript
p5.js|p5.js|p5.js|p5js|javascript
gsap|GSAP|GSAP|greensock|frontend-development
web-animation|Web animation|Webアニメーション|cssアニメーション,css animation|frontend-development
vite|Vite|Vite||frontend-development
webpack|webpack|webpack|babel,esbuild|frontend-development
npm|npm|npm|~npm,pnpm|node.js|picker
pwa|PWA|PWA|progressive web app,pwa開発|frontend-development
web-components|Web Components|Web Components|lit-element,stenciljs|frontend-development
storybook|Storybook|Storybook||frontend-development
frontend-development|Frontend development|フロントエンド|フロントエンド開発,front-end,frontend,front end,フロントエンドエンジニア,frontend developer|web-development|picker
backend-development|Backend development|バックエンド|サーバーサイド,バックエンド開発,back-end,backend,back end,server-side,バックエンドエンジニア,backend developer|web-development|picker
full-stack|Full-stack|フルスタック|full stack,fullstack,full-stack developer,フルスタックエンジニア|web-development|picker
web-development|Web development|Web開発|web開発,webサイト開発,web developer,webエンジニア,website development|programming|picker
web-app|Web apps|Webアプリ|web app,web application,webシステム,webアプリ開発,webアプリケーション,saas開発|web-development|picker
node.js|Node.js|Node.js|~Node,nodejs,node js|javascript
express|Express|Express|~Express,express.js,expressjs|node.js
nestjs|NestJS|NestJS|nest.js|node.js
fastify|Fastify|Fastify||node.js
koa|Koa|Koa|~Koa|node.js
hono|Hono|Hono|~Hono|node.js
deno|Deno|Deno||javascript
bun|Bun|Bun|~Bun|javascript
socket.io|Socket.IO|Socket.IO|socketio,websocket,websockets,ウェブソケット|backend-development
webrtc|WebRTC|WebRTC|web rtc,peerjs,mediasoup|frontend-development
trpc|tRPC|tRPC||typescript
prisma|Prisma|Prisma|~Prisma,prisma orm|node.js
typeorm|TypeORM|TypeORM|sequelize,drizzle|node.js
django|Django|Django||python
flask|Flask|Flask|~Flask|python
fastapi|FastAPI|FastAPI|fast api|python
pyramid|Pyramid|Pyramid|~Pyramid framework|python
streamlit|Streamlit|Streamlit|gradio|python
celery|Celery|Celery|~Celery|python
sqlalchemy|SQLAlchemy|SQLAlchemy||python
tkinter|Tkinter|Tkinter|wxpython|python
ruby-on-rails|Ruby on Rails|Ruby on Rails|rails,ror,~Rails,ruby on rails 7|ruby
sinatra|Sinatra|Sinatra|~Sinatra|ruby
laravel|Laravel|Laravel|laravel 10,livewire|php
symfony|Symfony|Symfony||php
cakephp|CakePHP|CakePHP|cake php|php
codeigniter|CodeIgniter|CodeIgniter||php
yii|Yii|Yii|yii2|php
zend|Laminas|Laminas|zend framework|php
spring|Spring|Spring|~Spring,spring framework,spring mvc|java
spring-boot|Spring Boot|Spring Boot|springboot|spring
hibernate|Hibernate|Hibernate|jpa|java
maven|Maven|Maven|gradle|java
struts|Struts|Struts|apache struts|java
jsp|JSP|JSP|servlet,jsf|java
gin|Gin|Gin|~Gin,echo framework,fiber framework|go
actix|Actix|Actix|axum,rocket.rs,tokio|rust
phoenix|Phoenix|Phoenix|~Phoenix framework|elixir
ios|iOS development|iOSアプリ開発|iosアプリ,iphoneアプリ,ios開発,ios app,iphone app,ios developer|mobile-app
xcode|Xcode|Xcode||ios
android|Android development|Androidアプリ開発|androidアプリ,android開発,android app,android developer|mobile-app
flutter|Flutter|Flutter|フラッター|mobile-app
flutterflow|FlutterFlow|FlutterFlow||flutter
ionic|Ionic|Ionic|cordova|mobile-app
xamarin|Xamarin|Xamarin|.net maui|mobile-app
kotlin-multiplatform|Kotlin Multiplatform|Kotlin Multiplatform|kmp,kmm|kotlin
mobile-app|Mobile apps|スマホアプリ|mobile app,モバイルアプリ,アプリ開発,mobile apps,スマホアプリ開発,mobile development,app development,アプリ制作|programming|picker
app-store-release|App store release|アプリストア申請|app store connect,google play console,アプリ申請,ストア申請,testflight|mobile-app
push-notifications|Push notifications|プッシュ通知|push notification,fcm,firebase cloud messaging,onesignal|mobile-app
in-app-purchase|In-app purchases|アプリ内課金|in-app purchase,iap,revenuecat,storekit|mobile-app
desktop-app|Desktop apps|デスクトップアプリ|desktop application,windowsアプリ,デスクトップアプリケーション|programming|picker
electron|Electron|Electron|electron.js|desktop-app
tauri|Tauri|Tauri||desktop-app
wpf|WPF|WPF|winforms,windows forms|.net
qt|Qt|Qt|~Qt,qml|c++
macos-app|macOS apps|macOSアプリ|mac app,macアプリ,appkit|desktop-app
game-development|Game development|ゲーム開発|ゲーム制作,game developer,game dev,gamedev|programming
unity|Unity|Unity|~Unity,ユニティ,unity3d,unity 3d,unity開発|game-development
unreal-engine|Unreal Engine|Unreal Engine|ue5,ue4,unreal,アンリアルエンジン|game-development
godot|Godot|Godot|gdscript|game-development
roblox|Roblox|Roblox|roblox studio,luau|game-development
cocos2d|Cocos|Cocos|cocos2d-x,cocos creator|game-development
phaser|Phaser|Phaser|phaser.js|game-development
rpg-maker|RPG Maker|RPGツクール|rpgツクール,rpg maker mz|game-development
tyrano|TyranoBuilder|ティラノスクリプト|ティラノビルダー,tyranoscript|game-development
minecraft|Minecraft mods|Minecraft|マイクラ,マインクラフト,minecraft plugin,spigot|game-development
game-server|Game servers|ゲームサーバー|mirror networking,playfab|game-development
game-testing|Game testing|ゲームデバッグ|ゲームテスト,game tester,デバッグ作業|testing
xr-development|VR/AR|VR・AR開発|vr開発,ar開発,メタバース,metaverse,webxr,~VR,~AR,mixed reality,~XR|programming
oculus|Meta Quest|Meta Quest|oculus,quest 3,meta quest|xr-development
visionos|visionOS|visionOS|apple vision pro,vision pro|xr-development
arkit|ARKit|ARKit|arcore,8th wall,spark ar|xr-development
embedded|Embedded systems|組み込み開発|embedded-systems,マイコン,組込み開発,組み込みソフト,embedded systems,firmware,ファームウェア|programming
arduino|Arduino|Arduino|アルドゥイーノ|embedded
raspberry-pi|Raspberry Pi|Raspberry Pi|ラズパイ,ラズベリーパイ,raspberrypi|embedded
esp32|ESP32|ESP32|esp8266|embedded
rtos|RTOS|RTOS|freertos,zephyr|embedded
fpga|FPGA|FPGA||embedded
plc|PLC|PLC|ladder logic,シーケンス制御|embedded
ros|ROS|ROS|ros2,robot operating system,ロボット制御|robotics
robotics|Robotics|ロボット開発|ロボティクス|programming
iot|IoT|IoT開発|iot,internet of things|embedded
opengl|OpenGL|OpenGL|vulkan,directx,metal api|graphics-programming
graphics-programming|Graphics programming|グラフィックスプログラミング|shader,シェーダー,hlsl|programming
opencv-cpp|OpenCV (C++)|OpenCV (C++)||c++
chrome-extension|Chrome extension development|Chrome拡張機能開発|chrome拡張,browser extension,chrome extension,chrome拡張機能,ブラウザ拡張,firefox add-on|javascript
userscript|Userscripts|ユーザースクリプト|tampermonkey,greasemonkey,bookmarklet,ブックマークレット|javascript
wordpress-plugin|WordPress plugin development|WordPressプラグイン開発|wordpress plugin,プラグイン開発|wordpress
wordpress-theme|WordPress theme development|WordPressテーマ開発|wordpress theme development,custom wordpress theme,wordpressテーマ制作,オリジナルテーマ制作,テーマ開発,子テーマ作成|wordpress
vscode-extension|VS Code extension|VS Code拡張機能|vscode extension|typescript
figma-plugin|Figma plugin|Figmaプラグイン|figma plugin|typescript
office-add-in|Office add-in|Officeアドイン|office add-in,excelアドイン|javascript
vb-net|VB.NET|VB.NET|vb.net,visual basic .net|visual-basic
vb6|VB6|VB6|visual basic 6,vb 6.0|visual-basic
vba|VBA|VBA|~VBA,visual basic for applications|visual-basic
vc++|Visual C++|Visual C++|vc++,visual c++,mfc|c++
java-ee|Java EE|Java EE|javaee,java ee,jakarta ee,j2ee|java
windows|Windows|Windows|~Windows,windows 10,windows 11,windowspc|desktop-app|picker
macos|macOS|macOS|~Mac,mac os|desktop-app
rexx|REXX|REXX||ibm-mainframe
jcl|JCL|JCL||ibm-mainframe
ibm-mainframe|IBM mainframe|メインフレーム|メインフレーム,mainframe,ホスト系,汎用機|programming
z-os|z/OS|z/OS|z/os,zos|ibm-mainframe
rpg-language|RPG (IBM i)|RPG (IBM i)|ibm i,as/400,as400|ibm-mainframe
pl-i|PL/I|PL/I|pl/i|ibm-mainframe
knockout.js|Knockout.js|Knockout.js|knockoutjs,knockout.js|javascript
shiny|Shiny|Shiny|r shiny,shiny app,~Shiny|r
`,
};
