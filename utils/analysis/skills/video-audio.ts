import type { SkillSource } from './types';

// Video, motion, audio, voice and music.
export const videoAudio: SkillSource = {
  category: 'video',
  rows: `
video-production|Video production|動画制作|動画制作,映像制作,video production,動画作成,映像作成,動画クリエイター,video creator|
video-editing|Video editing|動画編集|映像編集,video editor,video editing,動画編集者,カット編集,テロップ,テロップ入れ,テロップ挿入,edit videos,editing videos,video edits|video-production
youtube-editing|YouTube video editing|YouTube動画編集|youtube editor|video-editing|picker
clip-video|Clip videos|切り抜き動画|切り抜き動画,clipping videos,配信切り抜き,切り抜き編集|video-editing
wedding-video|Wedding video|ウェディングムービー|ウェディングムービー,結婚式ムービー,プロフィールムービー,オープニングムービー,wedding video|video-editing
premiere-pro|Premiere Pro|Premiere Pro|プレミアプロ,premiere,プレミア,adobe premiere,premiere pro cc|video-editing
after-effects|After Effects|After Effects|アフターエフェクト,~AE,アフエフ,adobe after effects,aftereffects|motion-graphics
davinci-resolve|DaVinci Resolve|DaVinci Resolve|davinci,ダヴィンチ,ダビンチ,davinci resolve|video-editing
final-cut-pro|Final Cut Pro|Final Cut Pro|final cut,ファイナルカット,fcpx,fcp|video-editing
capcut|CapCut|CapCut|キャップカット|video-editing
filmora|Filmora|Filmora|フィモーラ|video-editing
aviutl|AviUtl|AviUtl|aviutl2|video-editing
camtasia|Camtasia|Camtasia|カムタジア|video-editing
vrew|Vrew|Vrew||video-editing
imovie|iMovie|iMovie||video-editing
powerdirector|PowerDirector|PowerDirector|vegas pro,edius|video-editing
motion-graphics|Motion graphics|モーショングラフィックス|モーショングラフィック,motion graphics,motion design,motion designer,lottie,モーションデザイン|video-production
logo-animation|Logo animation|ロゴアニメーション|logo animation,logo reveal,ロゴモーション|motion-graphics
kinetic-typography|Kinetic typography|文字アニメーション|kinetic typography,リリックモーション,text animation|motion-graphics
youtube|YouTube channel production|YouTube運用|youtube運用,youtuber,ユーチューブ運用,youtubeチャンネル運用,youtube channel management,youtube channel|sns-marketing
short-video|Short-form video|ショート動画制作|ショート動画,short-form video,short videos,short form video,縦型動画,vertical video|video-editing
tiktok|TikTok|TikTok|ティックトック,tiktok動画,tiktok videos,tiktok video|short-video
instagram-reels|Instagram Reels|インスタリール|reels,リール,リール動画,instagram reels,インスタリール動画|short-video
youtube-shorts|YouTube Shorts|YouTubeショート|youtube shorts|short-video
thumbnail-design|Thumbnail design|サムネイル制作|サムネ,サムネイル,thumbnail,thumbnails,サムネイル作成,サムネ制作,thumbnail design|graphic-design
eyecatch-image|Eye-catch images|アイキャッチ画像|アイキャッチ,アイキャッチ画像,featured image,featured images|graphic-design
subtitling|Subtitling|字幕制作|字幕,captions,subtitles,captioning,字幕入れ,字幕作成,closed captions|video-editing
videography|Videography|動画撮影|映像撮影,videographer,videography,video shoot,video shooting,撮影・編集|video-production
drone-filming|Drone filming|ドローン撮影|空撮,drone footage,drone filming,drone pilot,ドローン空撮|videography
color-grading|Color grading|カラーグレーディング|カラコレ,color correction,colour grading,color grading,カラーコレクション|video-editing
vfx|VFX|VFX|visual effects,compositing,コンポジット,合成作業,green screen,グリーンバック|video-production
explainer-video|Explainer video|解説動画|ゆっくり動画,ゆっくり解説,whiteboard animation,explainer video,explainer videos,解説動画制作,ホワイトボードアニメーション|video-production
promo-video|Promotional video|PR動画|プロモーション動画,採用動画,会社紹介動画,promo video,promotional video,商品紹介動画,pv制作|video-production
corporate-video|Corporate video|企業VP|企業vp,corporate video,研修動画,マニュアル動画|video-production
music-video|Music video|MV制作|ミュージックビデオ,リリックビデオ,music video,lyric video|video-production
animation-video|Animated video|アニメーション動画|アニメーション動画,animated video,animated explainer,アニメ動画|video-production
video-ads|Video ads|動画広告|video ad,video ads,動画広告制作,動画クリエイティブ|video-production
ugc|UGC|UGC動画|ugc動画,ugc content,ugc creator,ugc videos|video-production
video-direction|Video direction|動画ディレクション|動画ディレクター,video director,映像ディレクター,撮影ディレクション|video-production
screen-recording|Screen recording|画面録画|画面収録,screen recording,screencast,操作動画|video-production
live-streaming|Live streaming|ライブ配信|生配信,配信オペレーター,live streaming,livestream,ライブ配信サポート,obs,配信サポート|video-production
webinar-production|Webinar production|ウェビナー配信|webinar production,ウェビナー配信,オンラインイベント配信|live-streaming
voice-over|Voice-over|ボイスオーバー|!vo,voiceover,voice over,voice-over,voice actor,voice talent|audio-production
narration|Narration|ナレーション|ナレーター,narration,narrator,ナレーション収録,ナレーション録音|voice-over
voice-acting|Voice acting|声優|声優,声劇,ボイス収録,キャラクターボイス,character voice,ボイスドラマ|voice-over
audiobooks|Audiobooks|オーディオブック|audiobook,朗読,audiobook narration|voice-over
voice-recording|Voice recording|音声収録|音声収録,録音,voice recording,音声データ収録,読み上げ,音声サンプル,speech data|audio-production
audio-production|Audio production|音声制作|音声制作,音響,audio production,audio engineer,音響エンジニア|
audio-editing|Audio editing|音声編集|音源編集,ポッドキャスト編集,podcast editing,audio editing,音声加工,ノイズ除去,noise reduction,audio cleanup|audio-production
mixing-mastering|Mixing and mastering|ミックス・マスタリング|ミキシング,mixing,マスタリング,mastering,mix and master|audio-production
podcast|Podcast production|ポッドキャスト制作|podcasts,podcast production,ポッドキャスト,podcast|audio-production
sound-design|Sound design|サウンドデザイン|効果音制作,sfx,sound effects,sound design|audio-production
music-composition|Music composition|作曲|編曲,bgm制作,composer,dtm,楽曲制作,songwriting,music composition,作曲家,music production,音楽制作,beat making,ビートメイク|audio-production
jingle|Jingles|ジングル|jingle,jingles,サウンドロゴ|music-composition
game-music|Game music|ゲーム音楽|game music,ゲームbgm,game soundtrack|music-composition
vocals|Vocals|歌唱|仮歌,ボーカル,歌ってみた,vocalist,singer,singing,歌い手|audio-production
lyric-writing|Lyric writing|作詞|lyricist,歌詞制作,lyrics writing,作詞家|music-composition
vocaloid|Vocaloid|ボカロ|ボーカロイド,vocaloid,synthesizer v,utau,ボカロ曲|music-composition
logic-pro|Logic Pro|Logic Pro|ableton,ableton live,fl studio,cubase,pro tools,studio one|music-composition
adobe-audition|Adobe Audition|Adobe Audition|audition cc,audacity,izotope|audio-editing
music-transcription|Music transcription|耳コピ|耳コピ,採譜,楽譜作成,sheet music,music notation,楽譜|music-composition
`,
};
