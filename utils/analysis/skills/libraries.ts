import type { SkillSource } from './types';

// Libraries and frameworks that offers name on their own.
export const libraries: SkillSource = {
  category: 'development',
  rows: `
django-rest-framework|Django REST framework|Django REST framework|django-rest-framework,drf|django
pydantic|Pydantic|Pydantic||python
python-poetry|Poetry (Python)|Poetry (Python)|pipenv,pyproject.toml|python
asyncio|asyncio|asyncio|aiohttp|python
requests-library|Python Requests|Python Requests|python requests,httpx|python
selenium-python|Playwright for Python|Playwright for Python|playwright python|playwright
opencv-python|Pillow|Pillow|~Pillow,pil|python
pyqt|PyQt|PyQt|pyside6,pyqt5,pyqt6|tkinter
kivy|Kivy|Kivy||python
jax|JAX|JAX|~JAX|deep-learning
onnx|ONNX|ONNX|onnx runtime,tensorrt|deep-learning
openai-gym|Gymnasium|Gymnasium|openai gym,gymnasium|reinforcement-learning
lodash|Lodash|Lodash|underscore.js|javascript
axios|Axios|Axios|~Axios|javascript
moment.js|Day.js|Day.js|moment.js,dayjs,date-fns|javascript
leaflet.js|Leaflet.js|Leaflet.js|leafletjs|google-maps-api
mapbox|Mapbox|Mapbox|mapbox gl|google-maps-api
openlayers|OpenLayers|OpenLayers|cesium|gis
fabric.js|Fabric.js|Fabric.js|fabricjs,konva,pixi.js,pixijs|javascript
framer-motion|Framer Motion|Framer Motion|framer motion,motion one|react
react-hook-form|React Hook Form|React Hook Form|react hook form,formik|react
react-router|React Router|React Router|react router,tanstack router|react
zod|Zod|Zod|~Zod,yup,valibot|typescript
swr|SWR|SWR|~SWR|react
jotai|Jotai|Jotai|recoil,mobx|react
react-three-fiber|React Three Fiber|React Three Fiber|r3f|three.js
expo|Expo|Expo|~Expo,expo router,eas build|react-native
react-navigation|React Navigation|React Navigation|react navigation|react-native
redux-saga|Redux Saga|Redux Saga|redux-saga,redux thunk|redux
angular-material|Angular Material|Angular Material|primeng|angular
ngxs|NgRx|NgRx|ngrx,ngxs|angular
nuxt-ui|Vue ecosystem tools|Vue関連ツール|vue router,vueuse,element plus,element ui|vue.js
inertia.js|Inertia.js|Inertia.js|inertiajs,inertia|laravel
blade|Blade|Blade|~Blade,blade template|laravel
twig|Twig|Twig|~Twig|symfony
smarty|Smarty|Smarty|~Smarty|php
php-composer|Composer (PHP)|Composer (PHP)|composer.json,packagist|php
wordpress-rest-api|WordPress REST API|WordPress REST API|wp rest api,wordpress rest api|wordpress
wp-cli|WP-CLI|WP-CLI|wp-cli|wordpress
php-wordpress-hooks|WordPress hooks|WordPressフック|action hooks,フック処理|wordpress
rspec-rails|Hotwire|Hotwire|hotwire,turbo rails,stimulus|ruby-on-rails
sidekiq|Sidekiq|Sidekiq|resque|ruby-on-rails
spring-security|Spring Security|Spring Security||spring-boot
spring-batch|Spring Batch|Spring Batch||spring
mybatis|MyBatis|MyBatis|ibatis|java
thymeleaf|Thymeleaf|Thymeleaf||spring
quarkus|Quarkus|Quarkus|micronaut|java
jakarta-batch|Seasar2|Seasar2|seasar,terasoluna|java
android-jetpack|Jetpack Compose|Jetpack Compose|jetpack compose,android jetpack|android
retrofit|Retrofit|Retrofit|okhttp|android
rxswift|RxSwift|RxSwift|combine framework|swift
realm|Realm|Realm|~Realm,core data|mobile-app
firebase-analytics|Firebase Analytics|Firebase Analytics|crashlytics,firebase crashlytics|firebase
admob|AdMob|AdMob|google admob,applovin|mobile-app
unity-ads|Unity Ads|Unity Ads|unity ads,ironsource|unity
unity-ml|Unity ML-Agents|Unity ML-Agents|ml-agents|unity
photon-engine|Photon|Photon|photon engine,photon pun,photon fusion|game-server
spine|Spine|Spine|~Spine,spine 2d|2d-animation
dotween|DOTween|DOTween||unity
shader-graph|Shader Graph|Shader Graph|shader graph,hlsl shader|graphics-programming
cuda|CUDA|CUDA||graphics-programming
openmp|Parallel computing|並列計算|openmp,mpi,並列処理|programming
boost|Boost|Boost|boost c++,!boost|c++
cmake|CMake|CMake|makefile|c++
gtest|GoogleTest|GoogleTest|googletest,gtest|testing
protobuf|Protocol buffers|Protocol Buffers|proto3,protobuf|grpc
kafka-streams|Kafka Streams|Kafka Streams||kafka
graphql-apollo|Relay|Relay|~Relay|graphql
prisma-orm|Drizzle ORM|Drizzle ORM|drizzle orm|typescript
jquery-ui|jQuery plugins|jQueryプラグイン|jquery plugin,slick slider|jquery
swiper|Swiper|Swiper|~Swiper,swiper.js|javascript
ejs|Template engines|テンプレートエンジン|ejs,pug,handlebars,nunjucks|node.js
gulp|Gulp|Gulp|~Gulp,gulp.js|frontend-development
eslint|ESLint|ESLint|prettier,biome,stylelint|javascript
typescript-types|Type-level TypeScript|型定義|型定義,type definitions|typescript
monorepo|Monorepo tooling|モノレポ|monorepo,turborepo,nx monorepo,lerna|javascript
micro-frontends|Micro-frontends|マイクロフロントエンド|micro frontends,module federation|frontend-development
web-vitals|Lighthouse|Lighthouse|~Lighthouse,pagespeed insights|seo-coding
ssr|Server-side rendering|SSR|~SSR,server-side rendering,isr|next.js
jamstack|Jamstack|Jamstack|jamstack|static-site
sanity-groq|Payload CMS|Payload CMS|payload cms|headless-cms
directus|Directus|Directus||headless-cms
keystonejs|KeystoneJS|KeystoneJS||headless-cms
shopify-hydrogen|Shopify Hydrogen|Shopify Hydrogen|hydrogen|shopify
shopify-functions|Shopify Functions|Shopify Functions|shopify functions|shopify
woocommerce-plugin|WooCommerce extensions|WooCommerce拡張|woocommerce plugin|woocommerce
stripe-connect|Stripe Connect|Stripe Connect|~Stripe Connect|stripe
stripe-billing|Stripe Billing|Stripe Billing|stripe subscriptions|stripe
apple-pay|Apple Pay / Google Pay|Apple Pay|apple pay,google pay|payment-integration
plaid|Plaid|Plaid|~Plaid|payment-integration
adyen|Adyen|Adyen|razorpay,mollie,paystack,flutterwave|payment-integration
epson-pos|Receipt printers|レシートプリンター|レシートプリンター,receipt printer|pos-system
`,
};
