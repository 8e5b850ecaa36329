// ffmpeg arguments for the final output: copy the video stream when it already fits, else encode once (pure).

import type { Quality } from '../config/types.js';
import type { ProbeResult } from '../media/types.js';
import type { PlanHold } from '../timing/types.js';
import { outputSize, sameAspect, type Size } from './geometry.js';
import type { Aspect, Resolution } from '../config/types.js';

/** Everything the final mux/encode needs to know. */
export interface VideoJob {
  input: string;
  kind: 'video' | 'image' | 'audio';
  probe: ProbeResult;
  /** The mastered audio (WAV) to put beside the video. */
  audio: string;
  /** A gain to apply to `audio` as it is encoded, dB (the narration standing in for the master: narrationAsMix). */
  audioGain_db?: number;
  output: string;
  duration_s: number;
  /** Seconds of last-frame hold to append. */
  extend_s: number;
  /** Mid-video holds (source time, ascending): the picture freezes at `at_s` for `d_s`. Video inputs only. */
  holds?: readonly PlanHold[];
  resolution: Resolution;
  aspect: Aspect;
  quality: Quality;
  /** Subtitle file to burn in, already escaped-safe path; undefined for none. */
  burn?: { file: string; fontsDir: string };
  /** Plain background colour for audio-only inputs. */
  background?: string;
}

/** How the video stream will be produced, and why. */
export interface VideoDecision {
  copy: boolean;
  size: Size;
  reason: string;
}

const PRESETS: Record<Quality, { preset: string; crf: number }> = {
  high: { preset: 'veryfast', crf: 20 },
  medium: { preset: 'veryfast', crf: 23 },
  draft: { preset: 'ultrafast', crf: 28 },
};

/** Decide copy or encode: copy only H.264 yuv420p at the output size with nothing visual to change. */
export function decideVideo(job: VideoJob): VideoDecision {
  const v = job.probe.video;
  const source = v && job.kind !== 'audio' ? { width: v.displayWidth, height: v.displayHeight } : undefined;
  const size = outputSize(source, job.resolution, job.aspect);
  const why = (reason: string): VideoDecision => ({ copy: false, size, reason });
  if (job.kind !== 'video' || !v) return why(`${job.kind} input needs a video track made`);
  if (v.codec !== 'h264') return why(`codec ${v.codec} is not H.264`);
  if (v.pixFmt !== 'yuv420p') return why(`pixel format ${v.pixFmt} is not yuv420p`);
  if (v.rotation !== 0) return why(`rotation ${v.rotation}° must be applied`);
  if (v.width !== size.width || v.height !== size.height) return why(`size ${v.width}x${v.height} differs from ${size.width}x${size.height}`);
  if (job.burn) return why('captions are burned in');
  if (usableHolds(job.holds).length > 0) return why('the picture holds frames mid-video so later lines stay on their cues');
  if (job.extend_s > 0) return why('the last frame is held to fit the narration');
  return { copy: true, size, reason: 'H.264 yuv420p at the output size' };
}

/** Filter chain that fits the picture into the output frame (scale, pad or blurred fill). */
export function fitFilter(source: Size, size: Size): string {
  const { width: W, height: H } = size;
  if (sameAspect(source, size)) return `scale=${W}:${H}:flags=bicubic,setsar=1`;
  if (H > W && source.width > source.height) {
    // Landscape into portrait: the picture over a blurred, cropped copy of itself.
    const bw = Math.round(W / 8) * 2;
    const bh = Math.round(H / 8) * 2;
    return (
      `split=2[fg][bg];[bg]scale=${bw}:${bh}:force_original_aspect_ratio=increase,crop=${bw}:${bh},boxblur=10:2,scale=${W}:${H},setsar=1[bgs];` +
      `[fg]scale=${W}:${H}:force_original_aspect_ratio=decrease,setsar=1[fgs];[bgs][fgs]overlay=(W-w)/2:(H-h)/2`
    );
  }
  return `scale=${W}:${H}:force_original_aspect_ratio=decrease,pad=${W}:${H}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1`;
}

/** Escape a value for use inside a filter-graph option ('…' quoting). */
export function filterQuote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "'\\''").replace(/:/g, '\\:')}'`;
}

/**
 * Burn-in with libass. SRT is laid out on a 288-line canvas scaled to the frame's height, so a
 * portrait frame needs a smaller size for the same share of the width.
 */
export function burnFilter(burn: { file: string; fontsDir: string }, size: Size): string {
  // An ASS script (word captions) carries its own style, laid out for the output frame (captions-ass.ts).
  if (/\.ass$/i.test(burn.file)) return `subtitles=${filterQuote(burn.file)}:fontsdir=${filterQuote(burn.fontsDir)}`;
  const portrait = size.height > size.width;
  const style = `FontName=DejaVu Sans,FontSize=${portrait ? 10 : 16},Outline=1.5,Shadow=0,MarginV=${portrait ? 40 : 20}`;
  return `subtitles=${filterQuote(burn.file)}:fontsdir=${filterQuote(burn.fontsDir)}:force_style=${filterQuote(style)}`;
}

const secs = (x: number): string => x.toFixed(3);

/**
 * Holds as the builders use them: ascending, those at the same point merged, and any that is not
 * finite, starts before 0 or lasts no time left out (a draft can come from outside: `voiceover serve`).
 */
export function usableHolds(holds: readonly PlanHold[] | undefined): PlanHold[] {
  const valid = (holds ?? []).filter((h) => Number.isFinite(h?.at_s) && Number.isFinite(h?.d_s) && h.at_s >= 0 && h.d_s > 0);
  const merged: PlanHold[] = [];
  for (const hold of [...valid].sort((a, b) => a.at_s - b.at_s)) {
    const last = merged[merged.length - 1];
    if (last && secs(last.at_s) === secs(hold.at_s)) last.d_s += hold.d_s;
    else merged.push({ at_s: hold.at_s, d_s: hold.d_s });
  }
  return merged;
}

/**
 * A filter graph from `input` to `[output]` that freezes the picture at each hold (source time) for
 * its length: the stream split at the hold points (trim), each part but the last padded with clones of
 * its last frame (tpad), the parts joined (concat). Source time t ≥ a hold's point then shows at
 * t + the holds up to it. With the frame rate known, the holds are rounded to whole frames on their
 * running sum, so many holds never drift by more than half a frame.
 */
export function holdFilter(input: string, given: readonly PlanHold[], fps: number | undefined, output: string): string {
  const holds = usableHolds(given);
  const n = holds.length + 1;
  const split = Array.from({ length: n }, (_, k) => `[hold${k}]`);
  const parts: string[] = [`${input}split=${n}${split.join('')}`];
  let sum = 0;
  let padded = 0;
  holds.forEach((hold, k) => {
    sum += hold.d_s;
    const upTo = fps && fps > 0 ? Math.round(sum * fps) / fps : sum;
    const from = k > 0 ? `start=${secs(holds[k - 1]!.at_s)}:` : '';
    // tpad before setpts: older ffmpeg (the 2018 static build) pads a part that doesn't start at 0 by
    // the end-of-stream time trim reports, which setpts does not shift.
    parts.push(`[hold${k}]trim=${from}end=${secs(hold.at_s)},tpad=stop_mode=clone:stop_duration=${(upTo - padded).toFixed(6)},setpts=PTS-STARTPTS[held${k}]`);
    padded = upTo;
  });
  const last = holds[holds.length - 1];
  parts.push(`[hold${n - 1}]${last ? `trim=start=${secs(last.at_s)},` : ''}setpts=PTS-STARTPTS[held${n - 1}]`);
  parts.push(`${Array.from({ length: n }, (_, k) => `[held${k}]`).join('')}concat=n=${n}:v=1:a=0[${output}]`);
  return parts.join(';');
}

/** Input arguments for the picture source of the job. */
function inputArgs(job: VideoJob, size: Size): string[] {
  if (job.kind === 'image') return ['-f', 'image2', '-loop', '1', '-framerate', '30', '-t', job.duration_s.toFixed(3), '-i', job.input];
  if (job.kind === 'audio') {
    const colour = job.background ?? '0x1b1f2a';
    return ['-f', 'lavfi', '-i', `color=c=${colour}:s=${size.width}x${size.height}:r=30:d=${job.duration_s.toFixed(3)}`];
  }
  return ['-i', job.input];
}

/** The complete ffmpeg argument list for the final output, and the decision behind it. */
export function videoArgs(job: VideoJob): { args: string[]; decision: VideoDecision } {
  const decision = decideVideo(job);
  const { size } = decision;
  const args = ['-y', ...inputArgs(job, size), '-i', job.audio];
  if (decision.copy) {
    args.push('-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy');
  } else {
    const v = job.probe.video;
    const source = v && job.kind === 'video' ? { width: v.displayWidth, height: v.displayHeight } : v && job.kind === 'image' ? { width: v.width, height: v.height } : size;
    const holds = job.kind === 'video' ? usableHolds(job.holds) : [];
    const head = holds.length > 0 ? `${holdFilter('[0:v]', holds, v?.fps, 'held')};[held]` : '[0:v]';
    const chain = [fitFilter(source, size)];
    if (job.burn) chain.push(burnFilter(job.burn, size));
    if (job.extend_s > 0) chain.push(`tpad=stop_mode=clone:stop_duration=${job.extend_s.toFixed(3)}`);
    chain.push('format=yuv420p');
    const { preset, crf } = PRESETS[job.quality];
    args.push('-filter_complex', `${head}${chain.join(',')}[v]`, '-map', '[v]', '-map', '1:a:0');
    args.push('-c:v', 'libx264', '-preset', preset, '-crf', String(crf), '-profile:v', 'high', '-pix_fmt', 'yuv420p');
  }
  // A mono narration becomes stereo at −3 dB per channel here, as the mix pass's aformat would make it (both use swresample's default matrix).
  if (job.audioGain_db) args.push('-af', `volume=${job.audioGain_db.toFixed(4)}dB`);
  args.push('-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000', '-ac', '2');
  args.push('-t', job.duration_s.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', job.output);
  return { args, decision };
}
