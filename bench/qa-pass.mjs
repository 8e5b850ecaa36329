// Benchmark of the delivered-file QA pass (issue 7 item 5). Prints figures and ratios from one run;
// nothing is asserted. Needs `npm run build` first (or VOICEOVER_LIB pointing at a tsc build of src/).
//
//   node bench/qa-pass.mjs [--seconds 120] [--repeat 3] [--silent]
//
// --silent: the source has digital silence (ebur128 is slowest on narration with silence between lines).
// Renders one narrated video with the local pipeline (a line every 6 s), then times on the delivered MP4,
// side by side: ffmpeg's ebur128 with true peak (the loudness pass of older versions, now the tests'
// reference); the QA pass (one decode to float PCM feeding the JS loudness meter and the PCM meter:
// loudness, true peak, clipped samples, onsets); a bare decode of the audio to that PCM; and the PCM meter
// plus onset search alone on PCM already in memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = process.env.VOICEOVER_LIB ?? join(ROOT, 'lib');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const seconds = arg('--seconds', 120);
const repeat = arg('--repeat', 3);
const bed = process.argv.includes('--silent') ? `anullsrc=r=48000:cl=stereo:d=${seconds}` : `anoisesrc=d=${seconds}:c=pink:r=48000:a=0.05:seed=1`;

const { resolveFfmpeg } = await import(join(LIB, 'media/locate.js'));
const { loadConfig } = await import(join(LIB, 'config/load.js'));
const { loadVoiceCatalogue } = await import(join(LIB, 'tts/registry.js'));
const { runItems } = await import(join(LIB, 'runner/run.js'));
const { measureLoudnessEbur128 } = await import(join(LIB, 'media/analyse.js'));
const { measureDelivered, QA_FILTER } = await import(join(LIB, 'media/qa.js'));
const { decodePcm } = await import(join(LIB, 'media/pcm-stream.js'));
const { createPcmMeter } = await import(join(LIB, 'media/qa-pcm.js'));
const { lineOnsets } = await import(join(LIB, 'media/qa-onsets.js'));

const { ffmpeg } = resolveFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'voiceover-bench-qa-'));
mkdirSync(join(dir, '.git'));
mkdirSync(join(dir, 'media'));
execFileSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc2=s=640x360:r=30:d=${seconds}`, '-f', 'lavfi', '-i', bed,
  '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', join(dir, 'media/clip.mp4')]);
const sentences = ['Welcome to the demo.', 'Create a project in one click.', 'Invite your team.', 'Ship it today.', 'Every change is reviewed.', 'Measure what you deliver.'];
const script = Array.from({ length: Math.floor((seconds - 2) / 6) }, (_, i) => {
  const t = 1 + 6 * i;
  return `[${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] ${sentences[i % sentences.length]}`;
}).join('\n');
writeFileSync(join(dir, 'script.txt'), script);
writeFileSync(join(dir, 'voiceover.config.yml'), 'version: 1\ndefaults:\n  output: { resolution: keep }\nvideos:\n  - { name: clip, video: media/clip.mp4, script: script.txt }\n');
const { config } = await loadConfig(join(dir, 'voiceover.config.yml'), { voices: await loadVoiceCatalogue() });
const { report } = await runItems(config, config.items, { concurrency: 1 });
const [item] = report.items;
if (item.status !== 'delivered') throw new Error(JSON.stringify(item.error));
const output = join(dir, 'out/clip.mp4');

async function best(fn) {
  let fastest = Infinity;
  let result;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    result = await fn();
    fastest = Math.min(fastest, (performance.now() - t) / 1000);
  }
  return [fastest, result];
}

const [loudness_s] = await best(() => measureLoudnessEbur128(output));
const [qa_s, measured] = await best(() => measureDelivered(output, item.lines));
const chunks = [];
let format;
const [decode_s] = await best(async () => {
  chunks.length = 0;
  // The QA pass's decode alone: what the PCM costs before any meter sees it.
  await decodePcm(output, (f) => (format = f), (samples) => chunks.push(samples.slice()), { filter: QA_FILTER });
});
const [js_s] = await best(() => {
  const meter = createPcmMeter(format.sampleRate, format.channels);
  for (const c of chunks) meter.pushSamples(c);
  return lineOnsets(meter.finish().bins, item.lines);
});

const f = (x) => `${x.toFixed(3)} s`;
console.log(`delivered: ${seconds} s, ${item.lines.length} lines, ${process.argv.includes('--silent') ? 'silent' : 'pink noise'} source; qa ${JSON.stringify(measured.qa)}`);
console.log(`ffmpeg ebur128 (peak=true), for reference  ${f(loudness_s)}`);
console.log(`QA pass (one decode, JS meters)            ${f(qa_s)}  (${(qa_s / loudness_s).toFixed(2)}× ebur128)`);
console.log(`  decode to f32le PCM alone                  ${f(decode_s)}`);
console.log(`  PCM meter + onset search alone            ${f(js_s)}`);
rmSync(dir, { recursive: true, force: true });
