// Benchmark (issue 10, target 4): memory of the delivered-file QA pass (measureDelivered) on a long
// soundtrack. Makes an N-minute stereo AAC file (default 120) and measures it with 1 line every 10 s;
// prints the time and this process's peak RSS (VmHWM). Needs `npm run build` first. Nothing is asserted.
//
//   node bench/qa-memory.mjs [--minutes 120] [--lib DIR]   (DIR: another build's lib/, to compare)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const minutes = Number(arg('--minutes', '120'));
const lib = resolve(arg('--lib', new URL('../lib', import.meta.url).pathname));
const { measureDelivered } = await import(pathToFileURL(join(lib, 'media/qa.js')).href);

const dir = mkdtempSync(join(tmpdir(), 'voiceover-qa-memory-'));
const file = join(dir, 'long.m4a');
const seconds = minutes * 60;
execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=f=440:d=${seconds}:r=48000`, '-ac', '2', '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '96k', file]);
const lines = Array.from({ length: Math.floor(seconds / 10) }, (_, i) => ({ start_s: i * 10 + 1, end_s: i * 10 + 4 }));
const hwm = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const before = hwm();
const t = performance.now();
const measured = await measureDelivered(file, lines);
console.log(`${minutes} min, ${lines.length} lines: ${((performance.now() - t) / 1000).toFixed(1)} s, ${measured.loudness.integrated_lufs.toFixed(2)} LUFS`);
console.log(`peak RSS (VmHWM): ${hwm().toFixed(0)} MB (${before.toFixed(0)} MB before measuring)`);
rmSync(dir, { recursive: true, force: true });
