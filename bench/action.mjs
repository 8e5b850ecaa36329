// Benchmark of the GitHub Action bundle (issue 4). Prints figures from one run; nothing is asserted.
// Needs the committed bundle (dist/, `npm run build:action`) and ffmpeg.
//
//   node bench/action.mjs [--videos 20] [--shards 4] [--starts 5]
//
// Measures: the bundle's size; action start → first backend call (the action logs the moment the first
// video is handed to the runner, measured from process start, and the bench times the same line from
// spawn); a config of N videos as one job versus plan → S shards → report, each shard run on its own
// (as on its own runner) so the fan-out's wall time is plan + slowest shard + report. Artifacts go
// through the same results-service stand-in and azurite as the tests.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/index.js');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const VIDEOS = arg('--videos', 20);
const SHARDS = arg('--shards', 4);
const STARTS = arg('--starts', 5);

// The tests' stand-ins are TypeScript: transpile the two needed into node_modules/.cache (so their
// imports resolve), with a stub for the ROOT they import.
async function standIns() {
  const out = join(ROOT, 'node_modules/.cache/voiceover-bench');
  mkdirSync(out, { recursive: true });
  for (const name of ['azurite', 'results-service']) {
    const source = readFileSync(join(ROOT, 'test/github/helpers', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(out, `${name}.js`), outputText);
  }
  writeFileSync(join(out, 'action-process.js'), `export const ROOT = ${JSON.stringify(ROOT)};\n`);
  const { startAzurite } = await import(join(out, 'azurite.js'));
  const { startResultsService } = await import(join(out, 'results-service.js'));
  const azurite = await startAzurite('actions-results', ROOT);
  return { azurite, service: await startResultsService(azurite) };
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function makeRepo(videos) {
  const dir = mkdtempSync(join(tmpdir(), 'voiceover-bench-action-'));
  git(dir, 'init', '-q', '-b', 'main');
  const lines = ['version: 1', 'defaults:', '  output: { resolution: keep }', '  captions: { sidecar: [srt] }', 'videos:'];
  for (const { name, duration } of videos) {
    const file = join(dir, 'media', `${name}.mp4`);
    mkdirSync(dirname(file), { recursive: true });
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=320x180:r=25:d=${duration}`, '-f', 'lavfi', '-i', `anullsrc=r=48000:cl=stereo:d=${duration}`,
      '-map', '0:v', '-map', '1:a', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-t', String(duration), file]);
    lines.push(`  - name: ${name}`, `    video: media/${name}.mp4`, `    script: "[00:00.5] This is ${name}. [00:0${Math.min(9, duration - 2)}] It lasts ${duration} seconds."`);
  }
  writeFileSync(join(dir, 'voiceover.config.yml'), `${lines.join('\n')}\n`);
  return dir;
}

/** Run the bundle once; resolves with the wall time, the output file's text, and when a stdout line first matched. */
function step(cwd, inputs, env, watch = /$^/) {
  const runner = mkdtempSync(join(tmpdir(), 'voiceover-bench-step-'));
  const output = join(runner, 'output.txt');
  writeFileSync(output, '');
  writeFileSync(join(runner, 'summary.md'), '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const t0 = performance.now();
  const child = spawn(process.execPath, [DIST], {
    cwd,
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo/bench', GITHUB_RUN_ID: '1', GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: cwd, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(runner, 'summary.md'), RUNNER_TEMP: runner, ...inputEnv, ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  let seen;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (seen === undefined && watch.test(stdout)) seen = performance.now() - t0;
  });
  return new Promise((done) => child.on('close', (code) => done({ code, wall: (performance.now() - t0) / 1000, stdout, seen, outputs: readFileSync(output, 'utf8') })));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// 1. Bundle size.
const files = readdirSync(join(ROOT, 'dist')).map((f) => ({ f, size: statSync(join(ROOT, 'dist', f)).size }));
const total = files.reduce((n, x) => n + x.size, 0);
const js = files.filter((x) => x.f.endsWith('.js')).reduce((n, x) => n + x.size, 0);
const entry = files.find((x) => x.f === 'index.js').size;
console.log(`bundle: ${mb(total)} in ${files.length} files; JavaScript ${mb(js)} (index.js ${mb(entry)}, the rest in lazily loaded chunks); flite.wasm ${mb(files.find((x) => x.f === 'flite.wasm').size)}`);

// 2. Start → first backend call.
const one = makeRepo([{ name: 'solo', duration: 3 }]);
const inside = [];
const outside = [];
for (let i = 0; i < STARTS; i++) {
  const run = await step(one, { force: 'true' }, {}, /first video handed to the backend/);
  inside.push(Number(/first video handed to the backend after (\d+) ms/.exec(run.stdout)?.[1]));
  outside.push(run.seen);
}
const nodeBare = median(Array.from({ length: 5 }, () => {
  const t = performance.now();
  execFileSync(process.execPath, ['-e', '0']);
  return performance.now() - t;
}));
console.log(`start → first backend call: median ${median(inside)} ms from process start (${inside.join(', ')}); ${Math.round(median(outside))} ms from spawn; bare node start ${Math.round(nodeBare)} ms`);

// 3. N videos: one job versus plan → shards → report.
const { azurite, service } = await standIns();
const videos = Array.from({ length: VIDEOS }, (_, i) => ({ name: `video-${String(i + 1).padStart(2, '0')}`, duration: 3 + ((i * 7) % 10) }));
const seconds = videos.reduce((n, v) => n + v.duration, 0);
const big = makeRepo(videos);
const job = (run, id) => service.jobEnv(`run-${run}`, id);
const single = await step(big, { force: 'true' }, { ...job('single', 'one'), GITHUB_RUN_ID: '2' });
const plan = await step(big, { mode: 'plan', shards: String(SHARDS) }, { ...job('fan', 'plan'), GITHUB_RUN_ID: '3' });
const matrix = JSON.parse(/matrix<<(\S+)\n([\s\S]*?)\n\1/.exec(plan.outputs)[2]);
const shards = [];
for (const entry of matrix.include) {
  // One at a time: each shard gets the whole machine, as on its own runner.
  shards.push(await step(big, { shard: entry.shard, only: entry.items.join(' '), force: 'true' }, { ...job('fan', `shard-${entry.shard}`), GITHUB_RUN_ID: '3' }));
}
const report = await step(big, { mode: 'report' }, { ...job('fan', 'report'), GITHUB_RUN_ID: '3' });
const slowest = Math.max(...shards.map((s) => s.wall));
const fan = plan.wall + slowest + report.wall;
console.log(`${VIDEOS} videos (${seconds} s of video): one job ${single.wall.toFixed(1)} s (exit ${single.code})`);
console.log(`  plan ${plan.wall.toFixed(1)} s → ${matrix.include.length} shards ${matrix.include.map((e) => `${e.shard}: ${e.items.length} videos, ${e.duration_s} s`).join('; ')}`);
console.log(`  shard wall times ${shards.map((s) => s.wall.toFixed(1)).join(', ')} s (exits ${shards.map((s) => s.code).join(', ')}); report ${report.wall.toFixed(1)} s (exit ${report.code})`);
console.log(`  fan-out wall (plan + slowest shard + report) ${fan.toFixed(1)} s = ${(single.wall / fan).toFixed(2)}× faster than one job`);
await service.stop();
await azurite.stop();
