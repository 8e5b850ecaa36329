// Benchmark of long videos (issue 10, target 4): time per minute of video and peak memory, for a 20-minute
// and a 2-hour 1080p input with a timed line every 10 s (flite, stream-copy path). Prints figures from one
// run; nothing here is asserted. Needs `npm run build` first (npm ci does it).
//
//   node bench/scale.mjs                 # both cases (the 2-hour one takes many minutes here)
//   node bench/scale.mjs --only 20       # only the 20-minute case
//   node bench/scale.mjs --minutes 5,20  # any lengths, in minutes
//   node bench/scale.mjs --silent        # inputs without a soundtrack (a screencast)
//   node bench/scale.mjs --planner       # only the planner: 100, 1,000 and 10,000 synthetic lines
//
// The planner part (run first, it is quick) times planTimeline on synthetic lines, timed (a line every 10 s,
// every 7th one too long for its slot, so 'extend' holds the picture) and untimed (spread over a video with
// a scene cut every 4 s and a silence every 6 s), and prints each size's time per line against the
// smallest's: about 1 per tenfold growth is linear, about 10 quadratic.
//
// Each input is a 10 s 1080p30 H.264 clip (lavfi testsrc, ~35 kB/s; a quiet pink-noise soundtrack unless
// --silent) looped with the concat demuxer (stream copy, seconds to make). Each case runs `node bin/voiceover.js run` as its own
// process (cold speech cache), while the process tree is sampled from /proc every 100 ms: the peak RSS
// (VmHWM) of the node process and, separately, of the largest ffmpeg/ffprobe child. When /usr/bin/time is
// installed it wraps the run too, and its "maximum resident set size" is printed beside (that figure is
// the larger of node and its largest child, as getrusage reports it). The node process's RSS is also kept per
// stage (the stage the CLI's progress lines last named), to show which stage holds the peak.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveFfmpeg } from '../lib/media/locate.js';

import { planTimeline } from '../lib/timing/plan.js';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const minutesList = option('--only') ? [Number(option('--only'))] : (option('--minutes') ?? '20,120').split(',').map(Number);
const silent = argv.includes('--silent');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'voiceover.js');

/** Synthetic planner input of n lines: lengths 2–4 s (pseudo-random, fixed seed), timed or not. */
function plannerCase(n, timed) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const lines = Array.from({ length: n }, (_, i) => ({
    index: i, text: `line ${i}`, cue_s: timed ? 1 + i * 10 : null,
    duration_s: timed && i % 7 === 3 ? 12 + random() : 2 + 2 * random(), compressible_s: 0.2 * random(),
  }));
  const duration_s = timed ? n * 10 + 5 : n * 6;
  const sceneCuts = Array.from({ length: Math.floor(duration_s / 4) }, (_, i) => 2 + i * 4);
  const silences = Array.from({ length: Math.floor(duration_s / 6) }, (_, i) => ({ start_s: 3 + i * 6, end_s: 4.5 + i * 6 }));
  return { lines, video: { duration_s, sceneCuts: timed ? [] : sceneCuts, silences: timed ? [] : silences } };
}

function benchPlanner() {
  const options = { max_stretch: 1.15, overflow: 'extend', min_gap_s: 0.25 };
  for (const timed of [true, false]) {
    console.log(`planner, ${timed ? 'timed lines (extend holds)' : 'untimed lines (cuts and silences)'}:`);
    let base;
    for (const n of [100, 1000, 10000]) {
      const { lines, video } = plannerCase(n, timed);
      planTimeline(lines, video, options); // warm
      const rounds = Math.max(1, Math.round(20000 / n));
      const started = performance.now();
      for (let r = 0; r < rounds; r++) planTimeline(lines, video, options);
      const ms = (performance.now() - started) / rounds;
      base ??= ms / n;
      console.log(`  ${String(n).padStart(6)} lines: ${ms.toFixed(2).padStart(9)} ms, ${((1000 * ms) / n).toFixed(2).padStart(7)} µs per line, ${(ms / n / base).toFixed(2)}x the per-line time of 100`);
    }
  }
}
benchPlanner();
if (argv.includes('--planner')) process.exit(0);

const { ffmpeg } = resolveFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'voiceover-scale-'));
mkdirSync(join(dir, '.git'));

const LOOP_S = 10;
const clip = join(dir, 'loop.mp4');
execFileSync(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=s=1920x1080:r=30:d=${LOOP_S}`,
  ...(silent ? [] : ['-f', 'lavfi', '-i', `anoisesrc=d=${LOOP_S}:c=pink:r=48000:a=0.02`, '-c:a', 'aac', '-b:a', '96k', '-ac', '2']),
  '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '32', '-g', '300', '-pix_fmt', 'yuv420p', clip]);

const WORDS = 'the new dashboard shows every project build and release in one place for the whole team'.split(' ');
const stamp = (t) => [Math.floor(t / 3600), Math.floor(t / 60) % 60, t % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** A looped input of `minutes` and its script: one line every 10 s, each different (no cache hits). */
function makeCase(minutes) {
  const seconds = minutes * 60;
  const list = join(dir, `list-${minutes}.txt`);
  writeFileSync(list, Array.from({ length: seconds / LOOP_S }, () => `file '${clip}'`).join('\n'));
  const video = join(dir, `input-${minutes}.mp4`);
  execFileSync(ffmpeg, ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', video]);
  const lines = [];
  for (let t = 1, n = 1; t < seconds - 4; t += 10, n++) {
    const words = Array.from({ length: 6 }, (_, i) => WORDS[(n * 7 + i) % WORDS.length]).join(' ');
    lines.push(`[${stamp(t)}] Line ${n}: ${words}.`);
  }
  writeFileSync(join(dir, `script-${minutes}.txt`), `${lines.join('\n')}\n`);
  const config = join(dir, `config-${minutes}.yml`);
  writeFileSync(config, `version: 1\ndefaults:\n  voice: slt\n  output: { dir: out-${minutes} }\n  captions: { sidecar: [srt] }\nvideos:\n  - name: long-${minutes}\n    video: input-${minutes}.mp4\n    script: script-${minutes}.txt\n`);
  return { minutes, seconds, video, config, lines: lines.length };
}

/** Every descendant of `pid` with its command name and VmHWM (kB). */
function tree(pid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      parents.set(Number(name), { ppid, comm });
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  const walk = (p) => {
    for (const [child, info] of parents) if (info.ppid === p) (found.push({ pid: child, comm: info.comm }), walk(child));
  };
  walk(pid);
  return found.map((p) => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
      return { ...p, hwm: hwm ? Number(hwm[1]) : 0, rss: rss ? Number(rss[1]) : 0 };
    } catch {
      return { ...p, hwm: 0, rss: 0 };
    }
  });
}

/** Run the CLI on a case, sampling memory; resolves to seconds, peaks (MB) and the report item. */
function runCase(c) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const timeFile = join(dir, `time-${c.minutes}.txt`);
  const [command, args] = timeBin ? [timeBin, ['-f', '%M', '-o', timeFile, 'node', bin, 'run', c.config]] : ['node', [bin, 'run', c.config]];
  const peaks = { node: 0, ffmpeg: 0, ffmpegWhat: '' };
  const started = performance.now();
  const child = spawn(command, args, { cwd: dir, env: { ...process.env, NEMO_TOKEN: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let stage = 'start';
  const byStage = {};
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-20_000);
    for (const m of String(d).matchAll(/^\[[^\]]+\] ([a-z]+)/gm)) stage = m[1];
  });
  const sample = setInterval(() => {
    for (const p of tree(child.pid)) {
      if (p.comm === 'node' || p.comm.startsWith('node')) {
        peaks.node = Math.max(peaks.node, p.hwm);
        byStage[stage] = Math.max(byStage[stage] ?? 0, p.rss);
      }
      else if (/^ff(mpeg|probe)/.test(p.comm) && p.hwm > peaks.ffmpeg) Object.assign(peaks, { ffmpeg: p.hwm, ffmpegWhat: p.comm });
    }
  }, 100);
  return new Promise((done, fail) => {
    child.on('exit', (code) => {
      clearInterval(sample);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`run of ${c.minutes} min exited ${code}: ${stderr.slice(-3000)}`));
      const report = JSON.parse(readFileSync(join(dir, `out-${c.minutes}`, 'report.json'), 'utf8'));
      const time = timeBin && existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
      done({ seconds, nodeMb: peaks.node / 1024, ffmpegMb: peaks.ffmpeg / 1024, timeMb: time, item: report.items[0], byStage });
    });
  });
}

const results = [];
for (const minutes of minutesList) {
  const c = makeCase(minutes);
  console.log(`${minutes} min: input ${(statSync(c.video).size / 1e6).toFixed(0)} MB, ${c.lines} lines; running…`);
  const r = await runCase(c);
  if (r.item.status !== 'delivered') throw new Error(`${minutes} min: ${r.item.status} ${JSON.stringify(r.item.error)}`);
  results.push({ ...c, ...r });
  const t = r.item.timings_s;
  console.log(`  ${r.seconds.toFixed(1)} s wall (tts ${t.tts} s, plan ${t.plan} s, render ${t.render} s), ${(r.seconds / minutes).toFixed(2)} s per video minute`);
  console.log(`  peak RSS: node ${r.nodeMb.toFixed(0)} MB, largest ffmpeg child ${r.ffmpegMb.toFixed(0)} MB${r.timeMb ? `; /usr/bin/time max RSS ${r.timeMb.toFixed(0)} MB` : ''}`);
  console.log(`  node RSS by stage (MB): ${Object.entries(r.byStage).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`).join(', ')}`);
  console.log(`  output ${(statSync(join(dir, r.item.output)).size / 1e6).toFixed(0)} MB, ${r.item.duration_s} s, ${r.item.loudness.integrated_lufs} LUFS / ${r.item.loudness.true_peak_dbtp} dBTP, onset error max ${r.item.qa?.onset_error_ms?.max ?? '?'} ms, lines off ${r.item.qa?.lines_off ?? '?'}`);
  rmSync(c.video, { force: true });
  rmSync(join(dir, `out-${minutes}`), { recursive: true, force: true });
}

console.log('\nminutes  lines  seconds  s/video-min  node MB  ffmpeg MB');
for (const r of results) console.log(`${String(r.minutes).padStart(7)}  ${String(r.lines).padStart(5)}  ${r.seconds.toFixed(1).padStart(7)}  ${(r.seconds / r.minutes).toFixed(3).padStart(11)}  ${r.nodeMb.toFixed(0).padStart(7)}  ${r.ffmpegMb.toFixed(0).padStart(9)}`);
if (results.length >= 2) {
  const [a, b] = [results[0], results[results.length - 1]];
  console.log(`per-minute ratio ${b.minutes} min / ${a.minutes} min: ${((b.seconds / b.minutes) / (a.seconds / a.minutes)).toFixed(2)} (1.00 = linear)`);
}
rmSync(dir, { recursive: true, force: true });
