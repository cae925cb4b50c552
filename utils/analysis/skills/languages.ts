import type { SkillSource } from './types';

// Human languages: counted only when the language is the work (translation, recording, teaching).
export const languages: SkillSource = {
  category: 'language',
  rows: `
english|English|英語|英語対応,ビジネス英語,native english,fluent english,英語ネイティブ,english native,英語力,english speaker,native english speaker|
japanese|Japanese|日本語|日本語ネイティブ,native japanese,jlpt n1,~N1,japanese native,日本語能力,fluent japanese,japanese speaker,native japanese speaker|
chinese|Chinese|中国語|mandarin,中文,繁体字,簡体字,chinese,普通話,台湾華語,traditional chinese,simplified chinese|
cantonese|Cantonese|広東語|cantonese|chinese
korean|Korean|韓国語|한국어,korean,ハングル|
spanish|Spanish|スペイン語|spanish,español,castellano|
french|French|フランス語|french,français|
german|German|ドイツ語|german,deutsch|
portuguese|Portuguese|ポルトガル語|portuguese,brazilian portuguese,português|
italian|Italian|イタリア語|italian,italiano|
russian|Russian|ロシア語|russian|
arabic|Arabic|アラビア語|arabic|
hindi|Hindi|ヒンディー語|hindi|
vietnamese|Vietnamese|ベトナム語|vietnamese|
thai|Thai|タイ語|thai|
indonesian|Indonesian|インドネシア語|indonesian,bahasa indonesia|
tagalog|Tagalog|タガログ語|tagalog,filipino language|
dutch|Dutch|オランダ語|dutch,nederlands|
polish|Polish|ポーランド語|polish language,!polish|
turkish|Turkish|トルコ語|turkish|
ukrainian|Ukrainian|ウクライナ語|ukrainian|
swedish|Swedish|スウェーデン語|swedish|
norwegian|Norwegian|ノルウェー語|norwegian|
danish|Danish|デンマーク語|danish|
finnish|Finnish|フィンランド語|finnish|
greek|Greek|ギリシャ語|greek|
hebrew|Hebrew|ヘブライ語|hebrew|
persian|Persian|ペルシャ語|persian,farsi|
malay|Malay|マレー語|malay,bahasa melayu|
bengali|Bengali|ベンガル語|bengali,bangla|
urdu|Urdu|ウルドゥー語|urdu|
nepali|Nepali|ネパール語|nepali|
burmese|Burmese|ミャンマー語|burmese,ビルマ語|
khmer|Khmer|クメール語|khmer,カンボジア語|
mongolian|Mongolian|モンゴル語|mongolian|
czech|Czech|チェコ語|czech|
hungarian|Hungarian|ハンガリー語|hungarian|
romanian|Romanian|ルーマニア語|romanian|
swahili|Swahili|スワヒリ語|swahili|
sign-language|Sign language|手話|手話,sign language,asl|
`,
};
