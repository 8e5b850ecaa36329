// Benchmark of the local pipeline (issue: foundation). Prints figures and ratios from one run;
// nothing here is asserted. Needs `npm run build` first (npm ci does it).
//
//   node bench/local-pipeline.mjs [--seconds 120]
//
// Measures, side by side on this machine: a bare `ffmpeg -c copy` remux of the clip; the whole
// item on the stream-copy path (cold speech cache); an unchanged re-run; the same item when the
// video must be re-encoded at 1080p (captions burned in); and speech synthesis against the
// duration of the speech it produced.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveFfmpeg } from '../lib/media/locate.js';
import { loadConfig } from '../lib/config/load.js';
import { loadVoiceCatalogue } from '../lib/tts/registry.js';
import { runItems } from '../lib/runner/run.js';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 120;
const { ffmpeg } = resolveFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'voiceover-bench-'));
mkdirSync(join(dir, '.git'));
const clip = join(dir, 'clip.mp4');
const time = (fn) => {
  const t = performance.now();
  const result = fn();
  return result instanceof Promise ? result.then((r) => [(performance.now() - t) / 1000, r]) : [(performance.now() - t) / 1000, result];
};

console.log(`ffmpeg: ${ffmpeg}`);
console.log(`making a ${seconds} s 1920x1080 30 fps H.264 clip…`);
execFileSync(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=1920x1080:r=30:d=${seconds}`, '-f', 'lavfi', '-i', `anoisesrc=d=${seconds}:c=pink:r=48000:a=0.03`,
  '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '60', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip]);

// ~300 words: one ~10-word line every 4 s.
const words = 'the new dashboard shows every project build and release in one place'.split(' ');
const lines = [];
let count = 0;
for (let t = 1; t < seconds - 4 && count < 300; t += 4) {
  const n = 10;
  const text = Array.from({ length: n }, (_, i) => words[(t + i) % words.length]).join(' ');
  count += n;
  const mm = String(Math.floor(t / 60)).padStart(2, '0');
  const ss = String(t % 60).padStart(2, '0');
  lines.push(`[${mm}:${ss}] ${text[0].toUpperCase()}${text.slice(1)}.`);
}
writeFileSync(join(dir, 'script.txt'), lines.join('\n'));
const config = (extra) => `version: 1\ndefaults:\n  captions: { sidecar: [srt], burn: ${extra.burn} }\nvideos:\n  - name: bench\n    video: clip.mp4\n    script: script.txt\n`;

async function runOnce(name, yaml, options = {}) {
  const file = join(dir, `${name}.yml`);
  writeFileSync(file, yaml);
  const { config: cfg } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
  const [wall, { report }] = await time(() => runItems(cfg, cfg.items, { outDir: join(dir, name), cacheDir: join(dir, `cache-${options.cache ?? name}`), ...options }));
  const item = report.items[0];
  if (item.status === 'failed') throw new Error(`${name}: ${item.error.message}`);
  return { wall, item };
}

const [remux] = time(() => execFileSync(ffmpeg, ['-v', 'error', '-y', '-i', clip, '-map', '0', '-c', 'copy', join(dir, 'remux.mp4')]));
const copy = await runOnce('copy', config({ burn: false }));
const rerun = await runOnce('copy', config({ burn: false }));
const encode = await runOnce('encode', config({ burn: true }), { cache: 'copy' });
const speech = copy.item.lines.reduce((s, l) => s + (l.end_s - l.start_s), 0);

const row = (what, s, note) => console.log(`${what.padEnd(44)} ${s.toFixed(2).padStart(7)} s  ${note}`);
console.log(`\n${lines.length} lines, ${count} words, ${speech.toFixed(1)} s of speech, clip ${seconds} s`);
row('bare ffmpeg -c copy remux', remux, '');
row('item, stream-copy path (cold speech cache)', copy.wall, `${(seconds / copy.wall).toFixed(1)}x realtime, ${(copy.wall / remux).toFixed(1)}x the remux; status ${copy.item.status}`);
row('  of which speech synthesis', copy.item.timings_s.tts, `${(copy.item.timings_s.tts / speech).toFixed(3)} of the speech's duration`);
row('  of which mix + master + mux + verify', copy.item.timings_s.render, '');
row('unchanged re-run', rerun.wall, `status ${rerun.item.status}`);
row('item, re-encoded 1080p (burned captions)', encode.wall, `${(seconds / encode.wall).toFixed(2)}x realtime`);
console.log(`loudness: copy ${copy.item.loudness.integrated_lufs} LUFS / ${copy.item.loudness.true_peak_dbtp} dBTP; encode ${encode.item.loudness.integrated_lufs} LUFS`);
rmSync(dir, { recursive: true, force: true });
