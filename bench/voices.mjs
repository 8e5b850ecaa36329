// Benchmark of the offline speech engines (issue 8): real-time factor of each (synthesis time / audio
// time, warm, over the same lines), the memory of a sherpa-onnx process with its model loaded, and the
// cost of starting one. Prints figures from one run; nothing here is asserted. Needs `npm run build`.
//
//   node bench/voices.mjs [--lines 12]
//   VOICEOVER_BENCH_PIPER=/path/to/vits-piper-en_US-amy-medium VOICEOVER_BENCH_KOKORO=/path/to/kokoro-en-v0_19 node bench/voices.mjs
//
// Without those variables the Piper and Kokoro rows use the tiny test models of scripts/make-tiny-voice.py
// (labelled "tiny"): their RTF and memory show the engine's overhead (process, IPC, onnxruntime, espeak-ng),
// not a real voice's cost.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fliteEngine } from '../lib/tts/flite.js';
import { espeakEngine } from '../lib/tts/espeak.js';
import { createSherpaEngine } from '../lib/tts/sherpa-engine.js';
import { closeSherpaPool, estimatedBytes } from '../lib/tts/sherpa-pool.js';
import { locateSherpaAddon, sherpaConfig } from '../lib/tts/sherpa-addon.js';
import { SherpaProcess } from '../lib/tts/sherpa-process.js';

const count = Number(process.argv[process.argv.indexOf('--lines') + 1]) || 12;
const LINES = [
  'Welcome to the demo of the new dashboard.',
  'Create a project in one click, then invite your team.',
  'Every build and every release shows up in one place.',
  'Filters narrow the list down to what matters to you today.',
  'Ship it when the checks are green, and roll back with one command.',
].flatMap((line, i, all) => all.map((other) => `${line} ${other}`)).slice(0, count);
const MB = 1024 * 1024;
const ESPEAK_DATA = '/usr/lib/x86_64-linux-gnu/espeak-ng-data';
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** An InstalledVoice for an unpacked sherpa-onnx archive folder. */
function voiceFromFolder(engine, dir, label) {
  const files = readdirSync(dir);
  const model = join(dir, engine === 'kokoro' ? (files.find((f) => f === 'model.onnx') ?? files.find((f) => f.endsWith('.onnx'))) : files.find((f) => f.endsWith('.onnx')));
  return {
    id: `${engine}:${label}`, engine, language: 'en-US', dir, model, tokens: join(dir, 'tokens.txt'), dataDir: join(dir, 'espeak-ng-data'),
    ...(engine === 'kokoro' ? { voices: join(dir, 'voices.bin') } : {}), speakerId: 0, sampleRate: 0, modelSha256: sha256(model), source: 'custom',
  };
}

/** A tiny model folder made by the generator script, with English espeak-ng-data. */
function tinyFolder(engine, root) {
  const dir = join(root, engine === 'kokoro' ? 'kokoro-tiny-en' : 'vits-piper-en_US-tiny-x_low');
  execFileSync('/usr/bin/python3', ['scripts/make-tiny-voice.py', engine, '--out', dir, ...(engine === 'kokoro' ? ['--speakers', '3'] : [])]);
  mkdirSync(join(dir, 'espeak-ng-data'), { recursive: true });
  for (const entry of ['phontab', 'phonindex', 'phondata', 'intonations', 'en_dict', 'lang', 'voices']) {
    cpSync(join(ESPEAK_DATA, entry), join(dir, 'espeak-ng-data', entry), { recursive: true });
  }
  return dir;
}

async function rtf(engine, voice) {
  await engine.synthesize({ text: 'Warm up.', voice, rate: 1 }); // process start and model load are measured apart
  let audio = 0;
  const t = performance.now();
  for (const text of LINES) {
    const speech = await engine.synthesize({ text, voice, rate: 1 });
    audio += speech.samples.length / speech.sampleRate;
  }
  const elapsed = (performance.now() - t) / 1000;
  return { elapsed, audio, rtf: elapsed / audio };
}

const root = mkdtempSync(join(tmpdir(), 'voiceover-bench-voices-'));
const addon = locateSherpaAddon();
const rows = [];
const neural = [];
for (const engine of ['piper', 'kokoro']) {
  const named = process.env[`VOICEOVER_BENCH_${engine.toUpperCase()}`];
  if (named && !existsSync(named)) throw new Error(`VOICEOVER_BENCH_${engine.toUpperCase()}=${named} does not exist`);
  const dir = named || tinyFolder(engine, root);
  neural.push({ engine, voice: voiceFromFolder(engine, dir, named ? basename(dir) : 'tiny'), label: named ? basename(dir) : 'tiny (test model)' });
}

console.log(`${LINES.length} lines, ${LINES.join(' ').split(' ').length} words; node ${process.version}; sherpa-onnx-node at ${addon.dir ?? addon.missing}`);

// Process start cost and memory: a bare process (addon required, no model), then one with the model loaded.
if (addon.dir) {
  const bare = new SherpaProcess();
  let t = performance.now();
  const baseRss = await bare.load(addon.dir, { model: { vits: { model: join(root, 'none.onnx'), tokens: '', dataDir: '' } } }).then(
    () => undefined,
    (error) => error.rss,
  );
  const startMs = performance.now() - t;
  bare.kill();
  console.log(`sherpa-onnx process start (spawn node, require the addon, first reply): ${startMs.toFixed(0)} ms; RSS ${(baseRss / MB).toFixed(0)} MB without a model`);
  for (const { voice, label } of neural) {
    const child = new SherpaProcess();
    t = performance.now();
    const loaded = await child.load(addon.dir, sherpaConfig(voice));
    const loadMs = performance.now() - t;
    const spoken = await child.speak(LINES[0], 0, 1);
    child.kill();
    console.log(
      `${voice.engine} ${label}: start + load ${loadMs.toFixed(0)} ms; RSS loaded ${(loaded.rss / MB).toFixed(0)} MB, after a line ${(spoken.rss / MB).toFixed(0)} MB ` +
        `(model ${(readFileSync(voice.model).length / MB).toFixed(1)} MB; the pool budgets ${(estimatedBytes(voice) / MB).toFixed(0)} MB per process)`,
    );
  }
}

// RTF, warm, side by side.
rows.push(['flite slt', await rtf(fliteEngine, 'slt')]);
if ((await espeakEngine.availability()).ok) rows.push(['espeak-ng en-us', await rtf(espeakEngine, 'espeak:en-us')]);
else console.log('espeak-ng: not installed, skipped');
for (const { engine, voice, label } of neural) {
  const sherpa = createSherpaEngine(engine, { list: async () => [voice], ensure: async () => voice });
  rows.push([`${engine} ${label}`, await rtf(sherpa, voice.id)]);
}
closeSherpaPool();
console.log('\nengine                          synth s   audio s   RTF (lower is faster)');
for (const [name, r] of rows) console.log(`${name.padEnd(31)} ${r.elapsed.toFixed(2).padStart(7)}   ${r.audio.toFixed(1).padStart(7)}   ${r.rtf.toFixed(4)}`);
