// Benchmark of the stream-copy path at its floor (issue 10 targets 1 and 5). Prints figures from one
// run; nothing is asserted. Needs a tsc build of src/ (`npm run build`, or VOICEOVER_LIB=<dir>).
//
//   node bench/stream-copy.mjs [--seconds 120] [--repeat 3] [--clip /tmp/clip.mp4] [--keep]
//   VOICEOVER_LIB_BEFORE=/tmp/before/lib node bench/stream-copy.mjs   # also runs the item on an older build
//
// A 1080p30 H.264 screencast without audio (testsrc2, 3 s GOP) and a 12-line timed script go through the
// local backend on the stream-copy path with a cold speech cache. In the same run: the item's speech
// synthesis (report timings_s.tts), and the floor: ffmpeg alone encoding the output's soundtrack (decoded
// from the output to a float WAV first, untimed) to AAC at the output's channel count and bit rate and
// muxing it with the copied video. beyond = total - tts - floor (target <= 1.5 s). Then the loudness
// meters on that soundtrack: ffmpeg's ebur128 (peak=true as the old verify ran it, and without it), the
// same with an inaudible dither (-140 dBFS white noise, which keeps the K-weighting state out of
// denormals), and the JS meter the pipeline uses now (measureLoudness: one decode + loudness-meter.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = process.env.VOICEOVER_LIB ?? join(ROOT, 'lib');
const BEFORE = process.env.VOICEOVER_LIB_BEFORE;
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const seconds = Number(option('--seconds') ?? 120);
const repeat = Number(option('--repeat') ?? 3);

const lib = async (root) => ({
  ...(await import(join(root, 'config/load.js'))),
  ...(await import(join(root, 'tts/registry.js'))),
  ...(await import(join(root, 'runner/run.js'))),
});
const { resolveFfmpeg } = await import(join(LIB, 'media/locate.js'));
const { measureLoudness } = await import(join(LIB, 'media/analyse.js'));
const { ffmpeg, ffprobe } = resolveFfmpeg();

const dir = mkdtempSync(join(tmpdir(), 'voiceover-bench-copy-'));
mkdirSync(join(dir, '.git'));
const clip = join(dir, 'clip.mp4');
// --clip: a clip made by an earlier run (kept when missing), copied into the bench's folder.
const given = option('--clip');
const wall = async (fn) => {
  const t = performance.now();
  const result = await fn();
  return [(performance.now() - t) / 1000, result];
};
const run = (args) => execFileSync(ffmpeg, ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args], { maxBuffer: 1 << 26 });
// ffmpeg's ebur128 prints its summary at info level.
const ebur128 = (args) => spawnSync(ffmpeg, ['-hide_banner', '-nostdin', '-nostats', ...args, '-f', 'null', '-'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 }).stderr.toString();

if (!given || !existsSync(given)) {
  console.log(`making a ${seconds} s 1920x1080 30 fps H.264 clip without audio (3 s GOP)…`);
  run(['-f', 'lavfi', '-i', `testsrc2=s=1920x1080:r=30:d=${seconds}`, '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '90', '-pix_fmt', 'yuv420p', '-an', given ?? clip]);
}
if (given) copyFileSync(given, clip);
const lines = [
  'Welcome to the new dashboard.', 'Every project shows its latest build here.', 'Click a build to see its logs.',
  'Failed steps are marked in red.', 'You can retry a single step.', 'Releases live under the second tab.',
  'Each release lists its changes.', 'Invite your team from the settings page.', 'Roles decide who may deploy.',
  'Alerts reach you by email or chat.', 'The API covers everything you see here.', 'Thanks for watching.',
];
const step = Math.floor(seconds / lines.length);
const stamp = (t) => `[${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}]`;
writeFileSync(join(dir, 'script.txt'), lines.map((text, i) => `${stamp(1 + i * step)} ${text}`).join('\n'));
writeFileSync(join(dir, 'bench.yml'), `version: 1\nvideos:\n  - name: bench\n    video: clip.mp4\n    script: script.txt\n`);

async function item(root, name) {
  const { loadConfig, loadVoiceCatalogue, runItems } = await lib(root);
  const { config, diagnostics } = await loadConfig(join(dir, 'bench.yml'), { voices: await loadVoiceCatalogue() });
  if (!config) throw new Error(JSON.stringify(diagnostics));
  const [total, { report }] = await wall(() => runItems(config, config.items, { outDir: join(dir, name), cacheDir: join(dir, `cache-${name}`) }));
  const result = report.items[0];
  if (result.status !== 'delivered') throw new Error(`${name}: ${result.status} ${result.error?.message ?? ''}`);
  return { total, item: result, output: join(dir, name, 'bench.mp4') };
}

function floor(output, name) {
  const [stream] = JSON.parse(execFileSync(ffprobe, ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=channels,bit_rate', '-of', 'json', output]).toString()).streams;
  const sound = join(dir, `${name}-sound.wav`);
  run(['-i', output, '-map', '0:a:0', '-c:a', 'pcm_f32le', sound]);
  // The output's AAC settings (src/render/video-args.ts): 192k, fast coder, 48 kHz, its channel count.
  const args = ['-i', clip, '-i', sound, '-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000',
    '-ac', String(stream.channels), '-movflags', '+faststart', join(dir, `${name}-floor.mp4`)];
  const t = performance.now();
  run(args);
  return { seconds: (performance.now() - t) / 1000, channels: stream.channels, bit_rate: Number(stream.bit_rate), sound, command: `ffmpeg ${args.join(' ')}` };
}

const row = (what, s, note = '') => console.log(`${what.padEnd(52)} ${s.toFixed(2).padStart(7)} s  ${note}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Each round runs the item (cold speech cache) and then its floor, per build, interleaved: on a loaded
// machine the medians over rounds compare better than one run.
const builds = [...(BEFORE ? [['before', BEFORE]] : []), ['after', LIB]];
const runs = Object.fromEntries(builds.map(([name]) => [name, []]));
let sound = '';
for (let round = 0; round < repeat; round++) {
  for (const [name, root] of builds) {
    const { total, item: result, output } = await item(root, `${name}-${round}`);
    const f = floor(output, `${name}-${round}`);
    runs[name].push({ total, tts: result.timings_s.tts, floor: f, result });
    if (name === 'after') sound = f.sound;
  }
}
for (const [name, root] of builds) {
  const r = runs[name];
  const last = r[r.length - 1];
  const floors = r.map((x) => x.floor.seconds);
  const beyond = r.map((x) => x.total - x.tts - x.floor.seconds);
  console.log(`\n${name} (${root}): ${lines.length} lines, clip ${seconds} s, video ${last.result.video?.copied === false ? 're-encoded' : 'copied'}; medians of ${r.length} rounds`);
  row('item total (runItems, cold speech cache)', median(r.map((x) => x.total)), `each: ${r.map((x) => x.total.toFixed(2)).join(' ')}`);
  row('  speech synthesis (report timings_s.tts)', median(r.map((x) => x.tts)), `each: ${r.map((x) => x.tts.toFixed(2)).join(' ')}`);
  row('  floor: ffmpeg alone, AAC + mux of the soundtrack', median(floors), `each: ${floors.map((x) => x.toFixed(2)).join(' ')}; ${last.floor.channels} ch, 192k nominal (${Math.round(last.floor.bit_rate / 1000)}k actual)`);
  row('  beyond = total - tts - floor', median(beyond), `each: ${beyond.map((x) => x.toFixed(2)).join(' ')} (target <= 1.5 s); median ${(median(beyond) / median(floors)).toFixed(2)}x the floor`);
  row('  timings_s render', median(r.map((x) => x.result.timings_s.render)));
  console.log(`  loudness ${last.result.loudness.integrated_lufs} LUFS, true peak ${last.result.loudness.true_peak_dbtp} dBTP; qa ${JSON.stringify(last.result.qa)}`);
  console.log(`  floor command: ${last.floor.command}`);
}

console.log(`\nloudness meters on the delivered soundtrack (${sound}):`);
const time = (fn) => {
  const t = performance.now();
  const out = fn();
  return [(performance.now() - t) / 1000, out];
};
const summary = (text) => /I:\s+(-?[\d.]+) LUFS/.exec(text.slice(text.lastIndexOf('Summary:')))?.[1] + ' LUFS' + (/Peak:\s+(-?[\d.inf]+)/.exec(text.slice(text.lastIndexOf('Summary:')))?.[1] ? `, peak ${/Peak:\s+(-?[\d.inf]+)/.exec(text.slice(text.lastIndexOf('Summary:')))[1]} dBFS` : '');
const dither = ['-f', 'lavfi', '-i', 'anoisesrc=c=white:r=48000:a=0.0000001', '-filter_complex'];
for (const [what, args] of [
  ['ffmpeg ebur128=peak=true', ['-i', sound, '-af', 'ebur128=peak=true:framelog=verbose']],
  ['ffmpeg ebur128', ['-i', sound, '-af', 'ebur128=framelog=verbose']],
  ['ffmpeg ebur128=peak=true, -140 dBFS dither first', ['-i', sound, ...dither, '[0:a][1:a]amix=inputs=2:duration=first:normalize=0,ebur128=peak=true:framelog=verbose']],
  ['ffmpeg ebur128, -140 dBFS dither first', ['-i', sound, ...dither, '[0:a][1:a]amix=inputs=2:duration=first:normalize=0,ebur128=framelog=verbose']],
]) {
  const [s, text] = time(() => ebur128(args));
  row(what, s, `${summary(text)}   ffmpeg ${args.join(' ')}`);
}
const [js, loudness] = await wall(() => measureLoudness(sound));
row('measureLoudness (decode + JS meter, true peak)', js, `${loudness.integrated_lufs.toFixed(1)} LUFS, peak ${loudness.true_peak_dbtp.toFixed(1)} dBTP`);
if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
