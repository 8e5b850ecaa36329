// Benchmark of an unchanged re-run through the CLI (issue 10, target 3: <= 0.3 s). Prints figures from one
// run; nothing here is asserted. Needs `npm run build` first (npm ci does it).
//
//   node bench/rerun.mjs [--items 3] [--runs 10]
//
// Makes a fresh config of N items (a short clip, a two-line timed script each, flite), delivers it once, then
// times K unchanged re-runs: `node bin/voiceover.js run CONFIG` and `npx voiceover run CONFIG` (the package
// linked into the folder's node_modules, as an install would), beside the floors they stand on (`node -e 0`,
// `npx node -e 0`). The breakdown runs the same steps as `voiceover run` in one process and times each:
// imports, the voice catalogue, config load, script check, fingerprints (state + hashes), the rest of the skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveFfmpeg } from '../lib/media/locate.js';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const items = arg('--items', 3);
const runs = arg('--runs', 10);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'voiceover.js');
const { ffmpeg } = resolveFfmpeg();

const dir = mkdtempSync(join(tmpdir(), 'voiceover-rerun-'));
mkdirSync(join(dir, '.git'));
execFileSync(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=640x360:r=30:d=8', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', join(dir, 'clip.mp4')]);
const videos = [];
for (let i = 0; i < items; i++) {
  writeFileSync(join(dir, `script-${i}.txt`), `[00:01] This is video number ${i + 1}.\n[00:04] Nothing here has changed.\n`);
  videos.push(`  - name: item-${i}\n    video: clip.mp4\n    script: script-${i}.txt\n`);
}
const config = join(dir, 'voiceover.config.yml');
writeFileSync(config, `version: 1\ndefaults:\n  voice: slt\n  captions: { sidecar: [srt] }\nvideos:\n${videos.join('')}`);
// What an install looks like to npx: the package in node_modules and its bin linked in node_modules/.bin.
mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
symlinkSync(root, join(dir, 'node_modules', 'voiceover-action'));
symlinkSync('../voiceover-action/bin/voiceover.js', join(dir, 'node_modules', '.bin', 'voiceover'));
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'rerun-bench', private: true, dependencies: { 'voiceover-action': '*' } }));

const env = { ...process.env, NEMO_TOKEN: '' };
const wall = (command, args) => {
  const started = performance.now();
  const done = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8' });
  const s = (performance.now() - started) / 1000;
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${done.status}: ${done.stderr}`);
  return { s, stderr: done.stderr };
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`${items} items, ${runs} re-runs each; folder ${dir}`);
const first = wall('node', [bin, 'run', config]);
console.log(`first run (delivers): ${first.s.toFixed(2)} s; ${first.stderr.trim().split('\n').pop()}`);

// One process doing what `voiceover run` does, timing each step (it must skip every item, as the CLI does).
const phases = `
const t0 = performance.now(); let t = t0; const out = {};
const lap = (k) => { const now = performance.now(); out[k] = now - t; t = now; };
const [{ loadForCommand }, { selectItems }, { runItems }] = await Promise.all([import(${JSON.stringify(join(root, 'lib/cli/load.js'))}), import(${JSON.stringify(join(root, 'lib/config/select.js'))}), import(${JSON.stringify(join(root, 'lib/runner/run.js'))})]);
const { loadVoiceCatalogue } = await import(${JSON.stringify(join(root, 'lib/tts/registry.js'))});
const { loadConfig } = await import(${JSON.stringify(join(root, 'lib/config/load.js'))});
const { checkScripts } = await import(${JSON.stringify(join(root, 'lib/runner/check-scripts.js'))});
const { itemFingerprint } = await import(${JSON.stringify(join(root, 'lib/runner/fingerprint.js'))});
const { readState, statePath } = await import(${JSON.stringify(join(root, 'lib/runner/state.js'))});
lap('imports');
const voices = await loadVoiceCatalogue(); lap('voice catalogue');
const { config } = await loadConfig(${JSON.stringify(config)}, { voices, backend: () => 'local' }); lap('config load');
await checkScripts(config, { backendOf: () => 'local' }); lap('script check');
const state = await readState(statePath(config.items[0].output.dir));
for (const item of config.items) await itemFingerprint(item, 'local', state.hashes);
lap('fingerprints');
const { report } = await runItems(config, selectItems(config.items, []).items, {}); lap('skip + report');
if (report.items.some((i) => i.status !== 'skipped')) throw new Error('not skipped');
out.startup = performance.timeOrigin && t0; console.log(JSON.stringify(out));
`;
const breakdown = {};
for (let i = 0; i < runs; i++) {
  const done = spawnSync('node', ['--input-type=module', '-e', phases], { cwd: dir, env, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(done.stderr);
  for (const [k, v] of Object.entries(JSON.parse(done.stdout.trim().split('\n').pop()))) (breakdown[k] ??= []).push(v);
}

const series = { 'node -e 0': [], 'node bin/voiceover.js run': [], 'npx node -e 0': [], 'npx voiceover run': [] };
for (let i = 0; i < runs; i++) {
  series['node -e 0'].push(wall('node', ['-e', '0']).s);
  const cli = wall('node', [bin, 'run', config]);
  if (!cli.stderr.includes(`0 delivered, ${items} skipped`)) throw new Error(`re-run did not skip: ${cli.stderr}`);
  series['node bin/voiceover.js run'].push(cli.s);
  series['npx node -e 0'].push(wall('npx', ['node', '-e', '0']).s);
  series['npx voiceover run'].push(wall('npx', ['voiceover', 'run', config]).s);
}
console.log('\nmedian wall time of a whole process (s):');
for (const [k, v] of Object.entries(series)) console.log(`  ${k.padEnd(28)} ${median(v).toFixed(3)}  (min ${Math.min(...v).toFixed(3)}, max ${Math.max(...v).toFixed(3)})`);
const cli = median(series['node bin/voiceover.js run']);
const npx = median(series['npx voiceover run']);
console.log(`  npx's own cost (npx node -e 0 - node -e 0): ${(median(series['npx node -e 0']) - median(series['node -e 0'])).toFixed(3)} s; npx voiceover run - node bin run: ${(npx - cli).toFixed(3)} s`);
console.log('\nbreakdown in one process, median (ms):');
console.log(`  ${'node start (time origin to first line)'.padEnd(40)} ${median(breakdown.startup).toFixed(1)}`);
for (const [k, v] of Object.entries(breakdown)) if (k !== 'startup') console.log(`  ${k.padEnd(40)} ${median(v).toFixed(1)}`);
rmSync(dir, { recursive: true, force: true });
