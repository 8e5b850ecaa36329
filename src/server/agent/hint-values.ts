// Reading the value of one hint line ("Aspect ratio: 9:16", "Captions: burn, srt", "Music: bed.mp3 (35%)").

import type { CaptionFormat, Quality, Resolution } from '../../config/types.js';
import { ASPECT_WORDS, LANGUAGE_WORDS, type HintKey } from './keywords.js';
import type { EditHints } from './message-types.js';

const NONE = /^(none|no|off|false|disable[d]?|无|不要|关闭|没有)$/i;

/** Apply one hint line to `hints` (unreadable values are ignored, the rest of the message still counts). */
export function applyHint(hints: EditHints, key: Exclude<HintKey, 'script' | 'instruction'>, raw: string): void {
  const value = raw.trim();
  if (value === '') return;
  switch (key) {
    case 'language': {
      const tag = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(value) ? value.replace('_', '-') : LANGUAGE_WORDS.find(([, re]) => re.test(value))?.[0];
      if (tag) hints.language = tag;
      return;
    }
    case 'voice': {
      const id = /^[\w:.-]+/.exec(value)?.[0];
      if (id) hints.voice = id;
      return;
    }
    case 'aspect': {
      const aspect = ASPECT_WORDS.find(([, re]) => re.test(value))?.[0];
      if (aspect) hints.aspect = aspect;
      return;
    }
    case 'captions':
      return applyCaptions(hints, value);
    case 'music':
      hints.music = NONE.test(value) ? false : musicHint(value);
      return;
    case 'musicVolume': {
      const volume = volumeOf(value);
      if (volume !== undefined && hints.music !== false) hints.music = { ...(hints.music || {}), volume };
      return;
    }
    case 'title':
      hints.title = NONE.test(value) ? false : value.replace(/^["“「『']|["”」』']$/g, '').slice(0, 100);
      return;
    case 'resolution': {
      const res = /1080/.test(value) ? '1080p' : /720/.test(value) ? '720p' : /keep|original|source|原/i.test(value) ? 'keep' : undefined;
      if (res) hints.resolution = res satisfies Resolution;
      return;
    }
    case 'quality': {
      const quality = /^(high|medium|draft)\b/i.exec(value)?.[1]?.toLowerCase() as Quality | undefined;
      if (quality) hints.quality = quality;
      return;
    }
    case 'loudness': {
      const lufs = Number(/-?\d+(?:\.\d+)?/.exec(value)?.[0]);
      if (Number.isFinite(lufs) && lufs <= -5 && lufs >= -40) hints.loudness = lufs;
      return;
    }
  }
}

/** "burn", "burn, srt, vtt", "srt", "off", "烧录". */
function applyCaptions(hints: EditHints, value: string): void {
  const words = value.toLowerCase().split(/[\s,;+/、，]+/).filter(Boolean);
  if (words.some((w) => NONE.test(w))) {
    hints.burn = false;
    hints.sidecar = [];
    return;
  }
  const sidecar = words.filter((w): w is CaptionFormat => w === 'srt' || w === 'vtt');
  if (sidecar.length > 0) hints.sidecar = [...new Set(sidecar)];
  if (words.some((w) => /^(burn|burned|burnt|burn-in|burned-in|on|yes|true|open|hard|hardcoded|烧录|内嵌|显示|开启)$/.test(w))) hints.burn = true;
  else if (words.some((w) => /^(sidecar|soft|closed|外挂)$/.test(w)) || sidecar.length > 0) hints.burn = false;
}

/** "bed.mp3", "bed.mp3 (35%)", "bed.mp3, volume 0.35". */
function musicHint(value: string): { file?: string; volume?: number } {
  const volume = volumeOf(value);
  const file = value.replace(/\(.*?\)/g, '').replace(/,?\s*(volume|音量)\b.*$/i, '').replace(/\s+\d+(\.\d+)?\s*%\s*$/, '').trim();
  return { ...(file && !/^(yes|on|true|add|auto|有|要)$/i.test(file) ? { file } : {}), ...(volume === undefined ? {} : { volume }) };
}

/** "35%" → 0.35, "volume 0.35" → 0.35. */
function volumeOf(value: string): number | undefined {
  const percent = /(\d+(?:\.\d+)?)\s*%/.exec(value)?.[1];
  if (percent !== undefined) return clamp(Number(percent) / 100);
  const plain = /(?:^|volume\s*[:=]?\s*|音量\s*[:：]?\s*)(0(?:\.\d+)?|1(?:\.0+)?|\.\d+)\s*$/i.exec(value)?.[1];
  return plain === undefined ? undefined : clamp(Number(plain));
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));
