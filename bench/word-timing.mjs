// Benchmark of word timing (issue 9): how close word starts lie to where speech resumes after each pause
// in the audio, for flite's measured times against the character estimate and a plain even spread; and
// what measuring costs (flite's second, phones-only run) against speaking alone. Prints figures from one
// run; nothing here is asserted. Needs `npm run build` first (npm ci does it).
//
//   node bench/word-timing.mjs
//
// Each sentence is spoken by each flite voice and trimmed as clips are (trimSilence). Every silent run of
// 120 ms or more inside the clip (shorter ones are mostly stop closures inside words) (findPauses, -45 dBFS) ends at an onset: speech resuming. For each onset,
// the word start nearest to it is taken, and |start - onset| averaged over all onsets of all clips (this
// rewards the estimate, which puts phrase starts on pauses by design; the second figure compares the
// estimate's every word boundary with flite's measured ones).

import { fliteEngine } from '../lib/tts/flite.js';
import { runFlite } from '../lib/tts/flite-pool.js';
import { findPauses, trimBounds } from '../lib/tts/trim.js';
import { estimateWords, shiftWords, splitWords } from '../lib/tts/word-timing.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SENTENCES = [
  'One. Two three.',
  'Welcome to the demo. It takes one minute, and then you are done.',
  'Open the settings, pick a voice, and press start. That is all.',
  'The Pro plan costs one thousand two hundred ninety-nine dollars a year. Teams get a discount.',
  'First, create a project. Second, invite your team. Third, ship it today!',
];
const VOICES = ['slt', 'rms', 'awb', 'kal'];

/** Words spread evenly by count over the clip: what a timing that knows nothing would give. */
function evenSpread(text, duration_s) {
  const words = splitWords(text);
  return words.map((w, i) => ({ text: w, start_s: (i * duration_s) / words.length, end_s: ((i + 1) * duration_s) / words.length }));
}

const errors = { measured: [], estimated: [], even: [] };
// How far the estimate and the even spread put each word's start and end from flite's measured ones.
const fromMeasured = { estimated: [], even: [] };
for (const voice of VOICES) {
  for (const text of SENTENCES) {
    const speech = await fliteEngine.synthesize({ text, voice, rate: 1 });
    const kept = trimBounds(speech.samples, speech.sampleRate);
    const samples = speech.samples.slice(kept.start, kept.end);
    const duration = samples.length / speech.sampleRate;
    const onsets = findPauses(samples, speech.sampleRate)
      .filter((p) => p.end - p.start >= 0.12 * speech.sampleRate)
      .map((p) => p.end / speech.sampleRate);
    const methods = {
      measured: shiftWords(speech.words, -kept.start / speech.sampleRate, duration),
      estimated: estimateWords(text, samples, speech.sampleRate),
      even: evenSpread(text, duration),
    };
    for (const name of ['estimated', 'even']) {
      methods[name].forEach((w, i) => {
        const m = methods.measured[i];
        fromMeasured[name].push(Math.abs(w.start_s - m.start_s), Math.abs(w.end_s - m.end_s));
      });
    }
    for (const [name, words] of Object.entries(methods)) {
      for (const onset of onsets) errors[name].push(Math.min(...words.map((w) => Math.abs(w.start_s - onset))));
    }
  }
}
const ms = (s) => `${(s * 1000).toFixed(1)} ms`;
console.log(`word start vs speech onset after a pause (${errors.measured.length} onsets, ${VOICES.length} voices x ${SENTENCES.length} sentences)`);
for (const [name, list] of Object.entries(errors)) {
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`  ${name.padEnd(10)} mean ${ms(mean)}  median ${ms(sorted[Math.floor(sorted.length / 2)])}  max ${ms(sorted.at(-1))}`);
}

console.log(`word starts and ends against flite's measured ones (${fromMeasured.even.length} boundaries)`);
for (const [name, list] of Object.entries(fromMeasured)) {
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`  ${name.padEnd(10)} mean ${ms(mean)}  median ${ms(sorted[Math.floor(sorted.length / 2)])}  max ${ms(sorted.at(-1))}`);
}

// Cost: the speaking run, the phones-only run that says which phones are whose, and the engine's whole
// synthesize (both runs, temporary folder, WAV decode), alternated in one loop.
const dir = await mkdtemp(join(tmpdir(), 'voiceover-bench-words-'));
const text = SENTENCES[3];
await writeFile(join(dir, 'in.txt'), text);
await writeFile(join(dir, 'words.txt'), `${splitWords(text).join('\n\n')}\n`);
const runs = {
  'speaking run': () => runFlite(['-voice', 'slt', '-psdur', '-f', '/io/in.txt', '-o', '/io/out.wav'], dir),
  'phones-only run': () => runFlite(['-voice', 'slt', '--setf', 'duration_stretch=0.01', '-ps', '-f', '/io/words.txt', '-o', 'none'], dir),
  'synthesize with words': () => fliteEngine.synthesize({ text, voice: 'slt', rate: 1 }),
};
const times = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
for (const run of Object.values(runs)) await run();
for (let i = 0; i < 15; i++) {
  for (const [name, run] of Object.entries(runs)) {
    const t0 = performance.now();
    await run();
    times[name].push(performance.now() - t0);
  }
}
await rm(dir, { recursive: true, force: true });
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const base = median(times['speaking run']);
console.log(`cost of one line (slt, ${text.split(' ').length} words, median of 15, alternated; ratio to the speaking run):`);
for (const [name, list] of Object.entries(times)) console.log(`  ${name.padEnd(22)} ${median(list).toFixed(0)} ms  ${(median(list) / base).toFixed(2)}`);
