// The words the server understands in an instruction (English and Chinese), as data.

import type { Aspect } from '../../config/types.js';

/** Words that say what a message is for; an edit is also anything that carries a script. */
export const INTENT_WORDS = {
  edit: [/voice[\s-]?over/i, /narrat/i, /\bdub/i, /\bscript\b/i, /\bspeech\b/i, /配音/, /旁白/, /解说/, /脚本/, /文案/, /朗读/],
  credits: [/\bcredits?\b/i, /\bbalance\b/i, /积分/, /余额/, /点数/],
  status: [/\bstatus\b/i, /\bprogress\b/i, /\b(is it|are you) (done|ready|finished)\b/i, /状态/, /进度/],
  export: [/\bexport\b/i, /\brender\b/i, /\bdownload\b/i, /导出/, /渲染/, /下载/],
} as const;

/** Aspect ratio words, first match wins. */
export const ASPECT_WORDS: readonly (readonly [Aspect, RegExp])[] = [
  ['9:16', /9\s*[:：x×/]\s*16|vertical|portrait|竖屏|竖版|竖向/i],
  ['16:9', /16\s*[:：x×/]\s*9|landscape|horizontal|widescreen|横屏|横版|横向/i],
  ['1:1', /\b1\s*[:：x×]\s*1\b|square|正方形|方形/i],
  ['keep', /\b(keep|original)\b.*\b(aspect|ratio|size)\b|保持原比例|原始比例|原比例/i],
];

/** Captions on screen, or explicitly none. */
export const CAPTION_WORDS = { yes: /caption|subtitle|字幕/i, no: /\b(no|without|remove|drop|turn off)\s+(the\s+)?(captions?|subtitles?)|不要字幕|去掉字幕|无字幕|关闭字幕/i };

/** A music bed, or explicitly none. */
export const MUSIC_WORDS = { yes: /\bmusic\b|\bbgm\b|soundtrack|背景音乐|配乐|音乐/i, no: /\b(no|without|remove|drop)\s+(the\s+)?(background\s+)?(music|bgm)|不要音乐|去掉音乐|无音乐|不要配乐/i };

/** A title, with its text when quoted: title "Urban Dreams", 标题「城市之梦」. */
export const TITLE_WORDS = {
  yes: /\btitle\b|标题/i,
  no: /\b(no|without|remove)\s+(the\s+)?title|不要标题|去掉标题/i,
  text: /(?:title|标题)\s*(?:[:：]|called|named|saying|reading|为|是)?\s*["“「『']([^"”」』']{1,100})["”」』']/i,
};

/** Language names → tags ("in Spanish", 中文配音). */
export const LANGUAGE_WORDS: readonly (readonly [string, RegExp])[] = [
  ['zh-CN', /\b(chinese|mandarin)\b|中文|汉语|普通话|国语/i],
  ['ja', /\bjapanese\b|日语|日文/i],
  ['es', /\bspanish\b|西班牙语/i],
  ['fr', /\bfrench\b|法语/i],
  ['de', /\bgerman\b|德语/i],
  ['it', /\bitalian\b|意大利语/i],
  ['pt', /\bportuguese\b|葡萄牙语/i],
  ['ko', /\bkorean\b|韩语/i],
  ['ru', /\brussian\b|俄语/i],
  ['en', /\benglish\b|英文|英语/i],
];

/** Voice gender words → an English voice. */
export const VOICE_WORDS: readonly (readonly [string, RegExp])[] = [
  ['slt', /\bfemale\b|\bwoman'?s?\b|女声|女生|女性/i],
  ['rms', /\bmale\b|\bman'?s?\b|男声|男生|男性/i],
];

/** Hint line keys ("Language: en", "字幕：烧录"; lower case, hyphens as spaces) → which setting they set. */
export const HINT_KEYS: Readonly<Record<string, HintKey>> = {
  language: 'language', lang: 'language', 语言: 'language',
  voice: 'voice', 声音: 'voice', 音色: 'voice',
  'aspect ratio': 'aspect', aspect: 'aspect', ratio: 'aspect', 画面比例: 'aspect', 比例: 'aspect', 画幅: 'aspect',
  captions: 'captions', caption: 'captions', subtitles: 'captions', 字幕: 'captions',
  music: 'music', bgm: 'music', 'background music': 'music', 音乐: 'music', 背景音乐: 'music', 配乐: 'music',
  'music volume': 'musicVolume', 音乐音量: 'musicVolume',
  title: 'title', 标题: 'title',
  resolution: 'resolution', 分辨率: 'resolution',
  quality: 'quality', 画质: 'quality',
  loudness: 'loudness', 响度: 'loudness',
  script: 'script', 'voiceover script': 'script', 'voice over script': 'script', 'script text': 'script', narration: 'script', 'narration script': 'script', 'narration text': 'script',
  voiceover: 'script', 'voice over': 'script', 'voiceover text': 'script', 'voice over text': 'script', say: 'script', narrate: 'script',
  脚本: 'script', 文案: 'script', 旁白: 'script', 配音脚本: 'script', 配音文案: 'script',
  instruction: 'instruction', 指令: 'instruction', 要求: 'instruction',
};

/** What a hint line sets. */
export type HintKey =
  | 'language' | 'voice' | 'aspect' | 'captions' | 'music' | 'musicVolume' | 'title'
  | 'resolution' | 'quality' | 'loudness' | 'script' | 'instruction';
