// Benchmark of the re-encode path (issue 10, target 2) and of the end-of-file decode check.
// Prints figures and ratios from one run; nothing here is asserted. Needs `npm run build` first.
//
//   node bench/reencode.mjs [--seconds 120] [--runs 2] [--audio] [--variants] [--tail-only]
//
// In ONE run, interleaved (bare, item, bare, item, …):
// - the bare encode: `ffmpeg -i clip -vf subtitles=<the item's own SRT, the pipeline's style>
//   -c:v libx264 -preset veryfast -crf 20 -an out.mp4`;
// - the same clip through the local backend with `captions: {burn: true}`: the whole item, and
//   its stages (input check, mix + master, render, verify) from its progress events;
// - the ratio of each to the bare encode (target: item ≤ 1.15×).
// --variants also times x264 thread settings and ways of adding the AAC soundtrack beside the bare
// encode, each as a ratio to the bare encode of the same round.
// The end-of-file check: verifyDecodable on a 120 s 1080p file with 8-second GOPs, beside the decode
// of its last GOP (what the check used to do) and a start-to-end decode.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveFfmpeg } from '../lib/media/locate.js';
import { loadConfig } from '../lib/config/load.js';
import { loadVoiceCatalogue } from '../lib/tts/registry.js';
import { runItems } from '../lib/runner/run.js';
import { burnFilter } from '../lib/render/video-args.js';
import { bundledFontsDir } from '../lib/render/render-video.js';
import { decodeTail, probeMedia, verifyDecodable } from '../lib/media/probe.js';
import { scanPackets } from '../lib/media/packets.js';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) || fallback : fallback);
const flag = (name) => process.argv.includes(name);
const seconds = arg('--seconds', 120);
const runs = arg('--runs', 2);
const { ffmpeg } = resolveFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'voiceover-reencode-'));
mkdirSync(join(dir, '.git'));
const clip = join(dir, 'clip.mp4');
const ff = (args) => execFileSync(ffmpeg, ['-v', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
// CPU seconds (user + system) of this process's finished children (ffmpeg, ffprobe), from /proc: on a
// loaded machine wall seconds swing with the neighbours, CPU seconds hardly do.
const childCpu = () => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime (fields 16, 17), at USER_HZ = 100
  } catch {
    return NaN;
  }
};
let lastCpu = 0;
const clock = async (fn) => {
  const c = childCpu();
  const t = performance.now();
  await fn();
  lastCpu = childCpu() - c;
  return (performance.now() - t) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const row = (what, s, note = '') => console.log(`${what.padEnd(60)} ${s.toFixed(2).padStart(7)} s  ${note}`);

console.log(`ffmpeg: ${ffmpeg}`);

async function tailCheck() {
  // The 8-second-GOP file: a camera-like recording whose last keyframe is up to 8 s before the end.
  const gop = join(dir, 'gop8.mp4');
  ff(['-f', 'lavfi', '-i', `testsrc2=s=1920x1080:r=30:d=${seconds}`, '-f', 'lavfi', '-i', `sine=d=${seconds}:r=48000`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '240', '-keyint_min', '240', '-sc_threshold', '0', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', gop]);
  const probe = await probeMedia(gop);
  const scan = await scanPackets(gop, { video: true, audio: true }, { from_s: probe.duration - 11 });
  const from = scan.lastKey_s - (probe.start_s ?? 0);
  const scanTail = () => scanPackets(gop, { video: true, audio: true }, { from_s: probe.duration - 11 });
  const ways = {
    'tail check before: packet scan + decode of the last GOP': async () => {
      await scanTail();
      ff(['-ss', from.toFixed(3), '-i', gop, '-map', '0:v:0', '-map', '0:a:0', '-f', 'null', '-']);
    },
    'tail check now: packet scan + decodeTail (last keyframe)': async () => {
      await scanTail();
      if (!(await decodeTail(gop, probe, from)).ok) throw new Error('decodeTail decoded nothing');
    },
    'verifyDecodable now (start slice beside the tail check)': () => verifyDecodable(gop, probe),
  };
  const results = Object.fromEntries(Object.keys(ways).map((k) => [k, { wall: [], cpu: [] }]));
  for (let i = 0; i < Math.max(3, runs); i++) {
    for (const [name, fn] of Object.entries(ways)) {
      results[name].wall.push(await clock(fn));
      results[name].cpu.push(lastCpu);
    }
  }
  console.log(`\nend-of-file check, ${seconds} s 1080p30 with 8 s GOPs (last keyframe ${(probe.duration - from).toFixed(2)} s before the end), median of ${results[Object.keys(ways)[0]].wall.length}, interleaved:`);
  for (const [name, r] of Object.entries(results)) row(`  ${name}`, median(r.wall), `(${r.wall.map((s) => s.toFixed(2)).join(' ')}); cpu ${median(r.cpu).toFixed(2)} s`);
}

if (flag('--tail-only')) {
  await tailCheck();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

console.log(`making a ${seconds} s 1920x1080 30 fps H.264 clip${flag('--audio') ? ' with audio' : ' (no audio, like a screencast)'}…`);
ff(['-f', 'lavfi', '-i', `testsrc2=s=1920x1080:r=30:d=${seconds}`, ...(flag('--audio') ? ['-f', 'lavfi', '-i', `anoisesrc=d=${seconds}:c=pink:r=48000:a=0.03`, '-c:a', 'aac', '-shortest'] : []),
  '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '60', '-pix_fmt', 'yuv420p', clip]);

// One ~10-word line every 4 s, each shown as a caption.
const words = 'the new dashboard shows every project build and release in one place'.split(' ');
const lines = [];
for (let t = 1; t < seconds - 4; t += 4) {
  const text = Array.from({ length: 10 }, (_, i) => words[(t + i) % words.length]).join(' ');
  lines.push(`[${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] ${text[0].toUpperCase()}${text.slice(1)}.`);
}
writeFileSync(join(dir, 'script.txt'), lines.join('\n'));
const yaml = 'version: 1\ndefaults:\n  output: { quality: high }\n  captions: { sidecar: [srt], burn: true }\nvideos:\n  - name: bench\n    video: clip.mp4\n    script: script.txt\n';
const configFile = join(dir, 'bench.yml');
writeFileSync(configFile, yaml);
const { config } = await loadConfig(configFile, { voices: await loadVoiceCatalogue() });

async function item(n) {
  const marks = [];
  const t0 = performance.now();
  const self = process.cpuUsage();
  const wall = await clock(async () => {
    const { report } = await runItems(config, config.items, {
      outDir: join(dir, `out-${n}`), cacheDir: join(dir, 'cache'), force: true,
      onProgress: (_name, event) => {
        if (marks[marks.length - 1]?.stage !== event.stage) marks.push({ stage: event.stage, at: (performance.now() - t0) / 1000 });
      },
    });
    const it = report.items[0];
    if (it.status !== 'delivered') throw new Error(`item ${it.status}: ${it.error?.message}`);
    marks.push({ stage: 'end', at: (performance.now() - t0) / 1000, item: it });
  });
  const own = process.cpuUsage(self);
  const stages = {};
  for (let i = 0; i + 1 < marks.length; i++) stages[marks[i].stage] = (stages[marks[i].stage] ?? 0) + marks[i + 1].at - marks[i].at;
  return { wall, cpu: lastCpu + (own.user + own.system) / 1e6, stages, item: marks[marks.length - 1].item };
}

// The speech cache warm first (synthesis is not what this measures), and the SRT the item burns.
const warm = await item('warm');
const srt = join(dir, 'out-warm', 'bench.srt');
const burn = burnFilter({ file: srt, fontsDir: bundledFontsDir() }, { width: 1920, height: 1080 });
const x264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20'];
const bareOf = (input) => async () => ({ wall: await clock(() => ff(['-i', input, '-vf', burn, ...x264, '-an', join(dir, 'bare.mp4')])), cpu: lastCpu });

// Alternatives, on the clip's first 30 s, each beside the bare encode of that cut in its round.
const cut = join(dir, 'cut.mp4');
const cutSeconds = Math.min(30, seconds);
ff(['-i', clip, '-t', String(cutSeconds), '-c', 'copy', cut]);
const wav = join(dir, 'master.wav');
ff(['-f', 'lavfi', '-i', `anoisesrc=d=${cutSeconds}:c=pink:r=48000:a=0.05`, '-c:a', 'pcm_f32le', wav]);
const aac = ['-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ar', '48000', '-ac', '2'];
const timed = (fn) => async () => ({ wall: await clock(fn), cpu: lastCpu });
const out = join(dir, 'v.mp4');
const variants = {
  'x264 -threads 2': timed(() => ff(['-i', cut, '-vf', burn, ...x264, '-threads', '2', '-an', out])),
  'x264 -threads 4': timed(() => ff(['-i', cut, '-vf', burn, ...x264, '-threads', '4', '-an', out])),
  'x264 lookahead-threads=1': timed(() => ff(['-i', cut, '-vf', burn, ...x264, '-x264-params', 'lookahead-threads=1', '-an', out])),
  'x264 + AAC in one process (the pipeline)': timed(() => ff(['-i', cut, '-i', wav, '-map', '0:v:0', '-map', '1:a:0', '-vf', burn, ...x264, ...aac, out])),
  'x264, then AAC + mux with -c:v copy': timed(() => {
    ff(['-i', cut, '-vf', burn, ...x264, '-an', join(dir, 'v0.mp4')]);
    ff(['-i', join(dir, 'v0.mp4'), '-i', wav, '-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', ...aac, out]);
  }),
  'AAC to .m4a, then x264 with -c:a copy': timed(() => {
    ff(['-i', wav, ...aac, join(dir, 'a.m4a')]);
    ff(['-i', cut, '-i', join(dir, 'a.m4a'), '-map', '0:v:0', '-map', '1:a:0', '-vf', burn, ...x264, '-c:a', 'copy', out]);
  }),
};

const ratios = (xs) => `${median(xs).toFixed(3)}x  (${xs.map((x) => x.toFixed(3)).join(' ')})`;
const figures = { bare: [], item: [], itemCpu: [], render: [] };
const alt = Object.fromEntries(Object.keys(variants).map((k) => [k, { wall: [], cpu: [] }]));
for (let r = 0; r < runs; r++) {
  const b = await bareOf(clip)();
  figures.bare.push(b.wall);
  const it = await item(r);
  figures.item.push(it.wall / b.wall);
  figures.itemCpu.push(it.cpu / b.cpu);
  figures.render.push((it.stages.render ?? 0) / b.wall);
  console.log(`round ${r + 1} (load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}): bare ${b.wall.toFixed(2)} s (cpu ${b.cpu.toFixed(1)} s); item ${it.wall.toFixed(2)} s (cpu ${it.cpu.toFixed(1)} s), ${(it.wall / b.wall).toFixed(3)}x; stages ${Object.entries(it.stages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
  if (flag('--variants')) {
    const b30 = await bareOf(cut)();
    console.log(`  bare, first ${cutSeconds} s: ${b30.wall.toFixed(2)} s (cpu ${b30.cpu.toFixed(1)} s)`);
    for (const [name, run] of Object.entries(variants)) {
      const v = await run();
      alt[name].wall.push(v.wall / b30.wall);
      alt[name].cpu.push(v.cpu / b30.cpu);
      console.log(`  ${name}: ${v.wall.toFixed(2)} s (${(v.wall / b30.wall).toFixed(3)}x bare), cpu ${v.cpu.toFixed(1)} s (${(v.cpu / b30.cpu).toFixed(3)}x)`);
    }
  }
}

console.log(`\n${lines.length} captions burned, clip ${seconds} s, ${runs} interleaved rounds (median, then each round):`);
row('bare ffmpeg -vf subtitles -c:v libx264 veryfast crf 20 -an', median(figures.bare), figures.bare.map((s) => s.toFixed(2)).join(' '));
console.log(`item / bare, wall (target <= 1.15): ${ratios(figures.item)}`);
console.log(`item / bare, cpu seconds:           ${ratios(figures.itemCpu)}`);
console.log(`render stage / bare, wall:          ${ratios(figures.render)}`);
for (const [name, r] of Object.entries(alt)) if (r.wall.length) console.log(`${name} / bare (${cutSeconds} s): wall ${ratios(r.wall)}; cpu ${ratios(r.cpu)}`);
console.log(`loudness ${warm.item.loudness.integrated_lufs} LUFS / ${warm.item.loudness.true_peak_dbtp} dBTP`);
await tailCheck();
rmSync(dir, { recursive: true, force: true });
