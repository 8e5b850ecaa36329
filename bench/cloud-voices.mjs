// Benchmark of the cloud engines' own cost (issue 9): the time per line our side adds around a request
// (HTTP, JSON, WAV / base64 PCM decoding, alignment to words, edge trimming, the cache write), measured
// against local stand-ins of the OpenAI and ElevenLabs APIs that answer with real flite speech, with the
// stand-in's own time per request (flite, encoding) subtracted. Also a cache hit per line. Prints figures
// from one run; nothing is asserted. Needs `npm run build`.
//
//   node bench/cloud-voices.mjs [--lines 24]
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fliteEngine } from '../lib/tts/flite.js';
import { synthesizeClip } from '../lib/tts/synthesize.js';
import { encodeWav } from '../lib/tts/wav.js';

const count = Number(process.argv[process.argv.indexOf('--lines') + 1]) || 24;
const BASE = [
  'Welcome to the demo of the new dashboard.',
  'Create a project in one click, then invite your team.',
  'Every build and every release shows up in one place.',
  'Filters narrow the list down to what matters to you today.',
  'Ship it when the checks are green, and roll back with one command.',
  'That is the whole tour: thank you for watching.',
];
const lines = Array.from({ length: count }, (_, i) => `${BASE[i % BASE.length]} Line ${i + 1}.`);

/** Linear resampling to 24 kHz, the services' rate (the stand-in's own work, subtracted below). */
function to24k(speech) {
  const ratio = 24000 / speech.sampleRate;
  const out = new Float32Array(Math.floor(speech.samples.length * ratio));
  for (let i = 0; i < out.length; i++) {
    const at = i / ratio;
    const j = Math.floor(at);
    const a = speech.samples[j] ?? 0;
    out[i] = a + ((speech.samples[j + 1] ?? a) - a) * (at - j);
  }
  return { samples: out, sampleRate: 24000 };
}

/** A stand-in answering every request with the text spoken by flite; records its own time per request. */
async function standIn(kind) {
  const work = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const t0 = performance.now();
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const speech = to24k(await fliteEngine.synthesize({ text: kind === 'openai' ? body.input : body.text, voice: 'slt', rate: 1 }));
    let bytes;
    if (kind === 'openai') {
      bytes = Buffer.from(encodeWav(speech));
      res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': bytes.length });
    } else {
      const pcm = Buffer.alloc(speech.samples.length * 2);
      for (let i = 0; i < speech.samples.length; i++) pcm.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(speech.samples[i] * 32768))), i * 2);
      const chars = [...body.text];
      const step = speech.samples.length / speech.sampleRate / chars.length;
      const alignment = { characters: chars, character_start_times_seconds: chars.map((_, i) => i * step), character_end_times_seconds: chars.map((_, i) => (i + 1) * step) };
      bytes = Buffer.from(JSON.stringify({ audio_base64: pcm.toString('base64'), alignment }));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
    }
    res.end(bytes);
    work.push(performance.now() - t0);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, work, close: () => new Promise((r) => server.close(r)) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

async function measure(kind, voice, server) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'voiceover-bench-cloud-'));
  try {
    const wall = [];
    for (const text of lines) {
      const t0 = performance.now();
      await synthesizeClip({ text, voice }, { cacheDir });
      wall.push(performance.now() - t0);
    }
    const hits = [];
    for (const text of lines) {
      const t0 = performance.now();
      await synthesizeClip({ text, voice }, { cacheDir });
      hits.push(performance.now() - t0);
    }
    const overhead = wall.map((w, i) => w - server.work[i]);
    return { kind, wall: median(wall), standIn: median(server.work), overhead: median(overhead), overheadMax: Math.max(...overhead), hit: median(hits) };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const [openai, eleven] = await Promise.all([standIn('openai'), standIn('elevenlabs')]);
Object.assign(process.env, { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: `${openai.url}/v1`, ELEVENLABS_API_KEY: 'el-bench', ELEVENLABS_BASE_URL: eleven.url });
// One warm-up line each (module loading, first connection).
await measure('warm-up', 'openai:alloy', openai);
openai.work.length = 0;
await measure('warm-up', 'elevenlabs:bench', eleven);
eleven.work.length = 0;

const rows = [await measure('openai', 'openai:alloy', openai), await measure('elevenlabs', 'elevenlabs:bench', eleven)];
// Local flite through the same synthesizeClip, for scale.
const localDir = mkdtempSync(join(tmpdir(), 'voiceover-bench-flite-'));
const flite = [];
for (const text of lines) {
  const t0 = performance.now();
  await synthesizeClip({ text, voice: 'slt' }, { cacheDir: localDir });
  flite.push(performance.now() - t0);
}
rmSync(localDir, { recursive: true, force: true });
await Promise.all([openai.close(), eleven.close()]);

console.log(`cloud engines against local stand-ins, ${count} lines each, sequential (medians per line)`);
console.log('engine       wall/line   stand-in/line   our overhead/line (max)   cache hit/line');
for (const r of rows) {
  console.log(`${r.kind.padEnd(12)} ${ms(r.wall).padEnd(11)} ${ms(r.standIn).padEnd(15)} ${`${ms(r.overhead)} (${ms(r.overheadMax)})`.padEnd(25)} ${ms(r.hit)}`);
}
console.log(`flite (local synthesizeClip, same lines): ${ms(median(flite))} a line`);
for (const r of rows) console.log(`${r.kind}: overhead is ${((100 * r.overhead) / r.wall).toFixed(1)} % of a line's wall time here; ${(r.overhead / median(flite)).toFixed(2)}x a flite line`);
