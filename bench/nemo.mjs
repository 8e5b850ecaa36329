// Benchmark of the nemo client against `voiceover serve` (issue: nemo backend). Prints figures
// from one run; nothing is asserted. Needs `npm run build` first.
//
//   node bench/nemo.mjs
//
// 1. Client overhead per item: the same item through the local backend and through nemo →
//    serve (which runs that same local pipeline); the difference is what the client adds
//    (HTTP, upload, SSE, polling at 0.2 s, export, download, verification).
// 2. Peak RSS of a client process uploading a ~480 MB file (a short clip padded with junk bytes
//    after its index, which every probe ignores).
// 3. Ten videos through one server at concurrency 4 versus one at a time.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveFfmpeg } from '../lib/media/locate.js';
import { loadConfig } from '../lib/config/load.js';
import { loadVoiceCatalogue } from '../lib/tts/registry.js';
import { runItems } from '../lib/runner/run.js';

const { ffmpeg } = resolveFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'voiceover-bench-nemo-'));
mkdirSync(join(dir, '.git'));
const clip = join(dir, 'clip.mp4');
execFileSync(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=640x360:r=30:d=8', '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo',
  '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-t', '8', '-movflags', '+faststart', clip]);
writeFileSync(join(dir, 'script.txt'), '[00:01] Welcome to the demo.\n[00:04] Everything happens on one page.\n');

// The server in its own process, as a team would host it.
const server = spawn(process.execPath, ['--no-warnings', 'bin/voiceover.js', 'serve', '--port', '0', '--data-dir', join(dir, 'serve'), '--grant', '100000', '--cost', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stderr.on('data', (chunk) => {
    text += chunk;
    const match = /listening on (http:\/\/[\d.:]+)/.exec(text);
    if (match) resolve(match[1]);
  });
  server.once('exit', () => reject(new Error(`serve exited: ${text}`)));
});
const env = { NEMO_API_URL: url, NEMO_WEB_URL: url, VOICEOVER_CONFIG_DIR: join(dir, 'client') };
Object.assign(process.env, env);

const yaml = (names, video = 'clip.mp4') => `version: 1
defaults:
  nemo: { poll_interval_s: 0.2, poll_limit: 600 }
  captions: { sidecar: [] }
videos:
${names.map((n) => `  - name: ${n}\n    video: ${video}\n    script: script.txt\n`).join('')}`;

async function run(name, text, options) {
  const file = join(dir, `${name}.yml`);
  writeFileSync(file, text);
  const { config } = await loadConfig(file, { voices: await loadVoiceCatalogue() });
  const t = performance.now();
  const { report } = await runItems(config, config.items, { outDir: join(dir, name), cacheDir: join(dir, 'cache'), force: true, ...options });
  const failed = report.items.filter((i) => i.status === 'failed');
  if (failed.length) throw new Error(`${name}: ${failed[0].error.message}`);
  return (performance.now() - t) / 1000;
}

// Warm both sides: the speech caches (the server keeps its own), Flite's compiled module, ffmpeg.
await run('warm', yaml(['warm']), { backend: 'local' });
await run('warm-nemo', yaml(['warm']), { backend: 'nemo' });
const local = await run('local', yaml(['one']), { backend: 'local' });
const nemo = await run('nemo', yaml(['one']), { backend: 'nemo' });

const ten = Array.from({ length: 10 }, (_, i) => `v${i}`);
const serial = await run('serial', yaml(ten), { backend: 'nemo', concurrency: 1 });
const parallel = await run('parallel', yaml(ten), { backend: 'nemo', concurrency: 4 });

// ~480 MB: the clip, then junk after its index (the server's limit is 500 MB).
const big = join(dir, 'big.mp4');
execFileSync('cp', [clip, big]);
const fd = openSync(big, 'a');
const block = Buffer.alloc(16 * 1024 * 1024, 7);
for (let i = 0; i < 30; i++) writeSync(fd, block);
closeSync(fd);
writeFileSync(join(dir, 'big.yml'), yaml(['big'], 'big.mp4'));
const child = `
import { loadConfig } from '${process.cwd()}/lib/config/load.js';
import { runItems } from '${process.cwd()}/lib/runner/run.js';
const { config } = await loadConfig('${join(dir, 'big.yml')}');
const { report } = await runItems(config, config.items, { outDir: '${join(dir, 'big-out')}', backend: 'nemo', force: true });
console.log(JSON.stringify({ status: report.items[0].status, error: report.items[0].error?.message, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
`;
const upload = JSON.parse(execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', child], { env: { ...process.env, ...env } }).toString().trim().split('\n').pop());
server.kill('SIGTERM');

const row = (what, value, note = '') => console.log(`${what.padEnd(52)} ${value}  ${note}`);
row('one 8 s item, local backend', `${local.toFixed(2)} s`);
row('the same item, nemo client → voiceover serve', `${nemo.toFixed(2)} s`, `client overhead ${(nemo - local).toFixed(2)} s (target ≤ 1 s)`);
row('ten items through one server, one at a time', `${serial.toFixed(2)} s`);
row('ten items through one server, concurrency 4', `${parallel.toFixed(2)} s`, `${(serial / parallel).toFixed(2)}x faster`);
row('client peak RSS uploading a 480 MB file', `${upload.maxRssMB.toFixed(0)} MB`, `(target ≤ 150 MB; item ${upload.status}${upload.error ? `: ${upload.error}` : ''})`);
