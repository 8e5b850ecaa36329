// Benchmark of the caption layout (issue 9, readable captions): time to lay out one long narrated line
// (426 words) and a script-sized batch (200 lines of 12-25 words), at the default 42 characters x 2 lines
// and at the widest settings (200 x 3), where each cue's line programme is largest. Prints figures from
// one run; nothing here is asserted. Needs `npm run build` first.
//
//   node bench/caption-layout.mjs
import { layoutCaption, layoutCaptions } from '../lib/render/caption-layout.js';

const sentence = 'Create a project in one click, and invite your team to it before the review starts tomorrow.';
const long = { text: `${sentence} `.repeat(25).trim(), start_s: 0, end_s: 100 };
const words = sentence.split(' ');
const script = Array.from({ length: 200 }, (_, i) => ({ text: [...words, ...words].slice(i % 7, 12 + (i % 14)).join(' '), start_s: i * 5, end_s: i * 5 + 4.5 }));

const time = (fn, runs = 5) => {
  fn();
  const t = performance.now();
  for (let r = 0; r < runs; r++) fn();
  return (performance.now() - t) / runs;
};

for (const layout of [{ max_chars: 42, max_lines: 2 }, { max_chars: 200, max_lines: 3 }]) {
  const one = time(() => layoutCaption(long, layout));
  const batch = time(() => layoutCaptions(script, layout));
  console.log(`${layout.max_chars}x${layout.max_lines}: one 426-word line ${one.toFixed(1)} ms (${layoutCaption(long, layout).length} cues); 200 script lines ${batch.toFixed(1)} ms (${(batch / 200).toFixed(3)} ms a line)`);
}
