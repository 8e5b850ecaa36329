// A paid export is delivered byte for byte, whatever its format (issue 7 item 2). What some players
// make of it becomes warnings naming those players and the fix; on request (nemo.compatible_copy) a
// copy most players accept is written beside it: the video re-encoded only when its format needs it,
// else the streams copied, always with the index first (+faststart).

import type { ItemWarning } from '../../core/warnings.js';
import { fileUrl } from '../../media/args.js';
import type { Mp4Layout } from '../../media/mp4-boxes.js';
import { runFfmpeg } from '../../media/run.js';
import type { ProbeResult } from '../../media/types.js';

/** What about an export's format matters to players. */
export interface ExportFormat {
  videoCodec: string;
  pixFmt: string;
  /** The video stream's profile as ffprobe names it ("High", "High 4:4:4 Predictive"), when it gives one. */
  profile?: string;
  audioCodec: string;
  moov: Mp4Layout['moov'];
}

/** The video stream's profile (a small ffprobe read); undefined when ffprobe gives none. */
export async function videoProfile(file: string, signal?: AbortSignal): Promise<string | undefined> {
  const { stdout } = await runFfmpeg(['-select_streams', 'v:0', '-show_entries', 'stream=profile', '-of', 'json', fileUrl(file)], { program: 'ffprobe', signal });
  const profile = (JSON.parse(stdout) as { streams?: { profile?: unknown }[] }).streams?.[0]?.profile;
  return typeof profile === 'string' && profile !== '' && profile !== 'unknown' ? profile : undefined;
}

/** The format facts of a verified export. */
export async function exportFormat(file: string, probe: ProbeResult, layout: Mp4Layout, signal?: AbortSignal): Promise<ExportFormat> {
  const profile = probe.video?.codec === 'h264' ? await videoProfile(file, signal) : undefined;
  return { videoCodec: probe.video?.codec ?? 'none', pixFmt: probe.video?.pixFmt ?? 'unknown', ...(profile ? { profile } : {}), audioCodec: probe.audio?.codec ?? 'none', moov: layout.moov };
}

/** H.264 profiles beyond High (4:4:4, 4:2:2, 10-bit) that Safari, iOS, Firefox on Windows/Android and hardware decoders do not decode. */
const FIDELITY_PROFILE = /4:4:4|4:2:2|High 10|Intra/i;

/** Why the video stream must be re-encoded for most players, or undefined when H.264 yuv420p in a profile up to High plays everywhere. */
export function videoNeedsEncode(format: ExportFormat): string | undefined {
  if (format.videoCodec !== 'h264') return `the video is ${format.videoCodec}, not H.264`;
  if (format.pixFmt !== 'yuv420p') return `the video is H.264${format.profile ? ` ${format.profile}` : ''} in ${format.pixFmt}, not yuv420p`;
  if (format.profile && FIDELITY_PROFILE.test(format.profile)) return `the video is H.264 ${format.profile}, a profile beyond High`;
  return undefined;
}

const describeVideo = (f: ExportFormat): string => (f.videoCodec === 'h264' ? `H.264${f.profile ? ` ${f.profile}` : ''} (${f.pixFmt})` : `${f.videoCodec} (${f.pixFmt})`);

/** Which players refuse a video, in words, by what is wrong with it. */
function refusedBy(f: ExportFormat): string {
  if (f.videoCodec === 'h264') return 'Safari and QuickTime, iPhones and iPads, Firefox (on Windows and Android) and most hardware decoders (phones, TVs, set-top boxes) refuse to play it; Chrome, Edge and VLC play it';
  return 'many browsers and players refuse it (H.264 yuv420p with AAC audio is what every player takes)';
}

/**
 * The warnings a delivered export gets: players that refuse its format, and an index after the media
 * data. `name` is the video's name in the config; `copied`: a compatible copy was written.
 */
export function playerWarnings(name: string, f: ExportFormat, copied: boolean): ItemWarning[] {
  const warnings: ItemWarning[] = [];
  const copyNote = `a copy that plays everywhere was written beside it: ${name}.compat.mp4 (${name}.mp4 stays the export as it came)`;
  const encode = videoNeedsEncode(f);
  const audio = f.audioCodec !== 'aac' ? `its audio is ${f.audioCodec}, not AAC` : undefined;
  if (encode || audio) {
    const what = [encode ? `${name}.mp4 is ${describeVideo(f)}` : `${name}.mp4's video is ${describeVideo(f)}`, audio].filter(Boolean).join(', and ');
    const convert = `ffmpeg -i ${name}.mp4 ${encode ? '-c:v libx264 -pix_fmt yuv420p -profile:v high -crf 18 -preset veryfast' : '-c:v copy'} ${audio ? '-c:a aac -b:a 192k' : '-c:a copy'} -movflags +faststart ${name}.compat.mp4`;
    warnings.push({
      code: 'EXPORT_PLAYER_COMPAT',
      message: `${what}, as NemoVideo exported it (delivered unchanged): ${encode ? refusedBy(f) : 'players without that audio codec play it silent or refuse it'}`,
      hint: copied ? copyNote : `set nemo: { compatible_copy: true } on this video to also get ${name}.compat.mp4 (H.264 yuv420p, AAC, +faststart), or convert it yourself: ${convert}`,
    });
  }
  if (f.moov === 'end') {
    warnings.push({
      code: 'EXPORT_NO_FASTSTART',
      message: `${name}.mp4 has its index (the moov box) after the media data (no +faststart), as NemoVideo exported it: browsers and streaming players must download the whole file before they can start playing it`,
      hint: copied ? copyNote : `set nemo: { compatible_copy: true } on this video to also get ${name}.compat.mp4 with the index first, or remux it yourself (no re-encode): ffmpeg -i ${name}.mp4 -c copy -movflags +faststart ${name}.compat.mp4`,
    });
  }
  return warnings;
}

/** Whether any player warning applies (then a compatible copy is worth writing). */
export const needsCompatibleCopy = (f: ExportFormat): boolean => videoNeedsEncode(f) !== undefined || f.audioCodec !== 'aac' || f.moov === 'end';

/** ffmpeg arguments of the compatible copy: only what needs it is re-encoded, the index goes first. Pure. */
export function compatibleCopyArgs(source: string, dest: string, f: ExportFormat): string[] {
  const video = videoNeedsEncode(f) ? ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-profile:v', 'high', '-preset', 'veryfast', '-crf', '18'] : ['-c:v', 'copy'];
  const audio = f.audioCodec === 'aac' ? ['-c:a', 'copy'] : ['-c:a', 'aac', '-b:a', '192k'];
  return ['-y', '-i', fileUrl(source), '-map', '0:v:0', '-map', '0:a:0', ...video, ...audio, '-movflags', '+faststart', '-f', 'mp4', dest];
}

/** Write the compatible copy of `source` at `dest`; says whether the video was re-encoded and why. */
export async function writeCompatibleCopy(source: string, dest: string, f: ExportFormat, signal?: AbortSignal): Promise<{ reencoded: boolean; reason: string }> {
  await runFfmpeg(compatibleCopyArgs(source, dest, f), { signal });
  const encode = videoNeedsEncode(f);
  const audio = f.audioCodec !== 'aac' ? 'the audio re-encoded to AAC' : 'the audio copied';
  return encode ? { reencoded: true, reason: `${encode}: the video re-encoded to H.264 yuv420p, ${audio}, +faststart` } : { reencoded: false, reason: `the streams copied (${audio.replace('the audio ', 'audio ')}), the index moved first (+faststart)` };
}
