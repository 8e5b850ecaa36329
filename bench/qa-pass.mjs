// Benchmark of the delivered-file QA pass (issue 7 item 5). Prints figures and ratios from one run;
// nothing is asserted. Needs `npm run build` first (or VOICEOVER_LIB pointing at a tsc build of src/).
//
//   node bench/qa-pass.mjs [--seconds 120] [--repeat 3] [--silent]
//
// --silent: the source has digital silence (ebur128 is slowest on narration with silence between lines).
// Renders one narrated video with the local pipeline (a line every 6 s), then times on the delivered MP4,
// side by side: the loudness pass the verify step ran before (ebur128 with true peak); the QA pass that
// replaces it (the same ebur128 plus float PCM piped to the JS meter: clipped samples, onsets); a bare
// decode of the audio to that PCM; and the JS part alone (meter + onset search) on PCM already in memory.
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
const { measureLoudness } = await import(join(LIB, 'media/analyse.js'));
const { measureDelivered, qaArgs } = await import(join(LIB, 'media/qa.js'));
const { createPcmMeter } = await import(join(LIB, 'media/qa-pcm.js'));
const { lineOnsets } = await import(join(LIB, 'media/qa-onsets.js'));
const { runFfmpeg } = await import(join(LIB, 'media/run.js'));

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

const [loudness_s] = await best(() => measureLoudness(output));
const [qa_s, measured] = await best(() => measureDelivered(output, item.lines));
const chunks = [];
const [decode_s] = await best(async () => {
  chunks.length = 0;
  // The QA pass's decode with the ebur128 branch cut off: what the PCM alone costs.
  const args = qaArgs(output).map((a) => (a.includes('ebur128') ? a.replace(/\[meter\]ebur128=[^;]*;/, '[meter]anullsink;') : a));
  await runFfmpeg(args, { onStdoutData: (c) => chunks.push(c) });
});
const [js_s] = await best(() => {
  const meter = createPcmMeter(48_000, 2);
  for (const c of chunks) meter.push(c);
  return lineOnsets(meter.finish().bins, item.lines);
});

const f = (x) => `${x.toFixed(3)} s`;
console.log(`delivered: ${seconds} s, ${item.lines.length} lines, ${process.argv.includes('--silent') ? 'silent' : 'pink noise'} source; qa ${JSON.stringify(measured.qa)}`);
console.log(`loudness pass before (ebur128 peak=true)    ${f(loudness_s)}`);
console.log(`QA pass now (ebur128 + PCM + JS, one decode) ${f(qa_s)}  (${(qa_s / loudness_s).toFixed(2)}× the loudness pass)`);
console.log(`  decode to f32le PCM alone                  ${f(decode_s)}`);
console.log(`  JS meter + onset search alone             ${f(js_s)}`);
console.log(`a separate onset pass instead would add      ≈ ${f(decode_s + js_s)} (${((loudness_s + decode_s + js_s) / loudness_s).toFixed(2)}× the loudness pass)`);
rmSync(dir, { recursive: true, force: true });
