// Caption sidecars: laid out cues in SRT and WebVTT, and word timestamps in the VTT (read back with
// the `subtitle` parser, checked against the WebVTT cue-timestamp rules).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSync, type NodeCue } from 'subtitle';
import { describe, expect, it } from 'vitest';
import { captionText, type CaptionLine } from '../../src/render/captions.js';

const SENTENCES = 'Welcome to the demo of our new dashboard. Today we will create a project and invite the whole team.';
const spoken = SENTENCES.split(' ');
const timedLine: CaptionLine = {
  text: SENTENCES,
  start_s: 1,
  end_s: 10,
  // Words 0.3 s apart, a pause, then 0.45 s apart from "Today" at 5 s.
  words: spoken.map((text, i) => (i < 8 ? { text, start_s: 1 + i * 0.3, end_s: 1.25 + i * 0.3 } : { text, start_s: 5 + (i - 8) * 0.45, end_s: 5.4 + (i - 8) * 0.45 })),
};
const layout = { max_chars: 42, max_lines: 2 };

// WebVTT cue timestamp: "<" [hh+ ":"] mm ":" ss "." ttt ">" (https://www.w3.org/TR/webvtt1/#webvtt-timestamp).
const STAMP = /<((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})>/g;
const toMs = (stamp: string): number => {
  const parts = stamp.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return Math.round(((h! * 60 + m!) * 60 + s!) * 1000);
};

async function writtenCues(text: string): Promise<NodeCue['data'][]> {
  const file = join(await mkdtemp(join(tmpdir(), 'captions-vtt-')), 'c.vtt');
  await writeFile(file, text);
  return parseSync(await readFile(file, 'utf8'))
    .filter((n): n is NodeCue => n.type === 'cue')
    .map((n) => n.data);
}

describe('VTT with word timestamps', () => {
  it('puts a timestamp before every word but the first of each cue, at the word times, within the cue (spec rules)', async () => {
    const cues = await writtenCues(captionText([timedLine], 'vtt', { ...layout, words: true }));
    expect(cues.map((c) => [c.start, c.end])).toEqual([[1000, 5000], [5000, 10000]]);
    const expected = timedLine.words!.map((w) => Math.round(w.start_s * 1000));
    const stamps: number[] = [];
    for (const cue of cues) {
      const inCue = [...cue.text.matchAll(STAMP)].map((m) => toMs(m[1]!));
      // Greater than the cue's start, than the previous timestamp, and less than the cue's end.
      let previous = cue.start;
      for (const at of inCue) {
        expect(at).toBeGreaterThan(previous);
        expect(at).toBeLessThan(cue.end);
        previous = at;
      }
      // Nothing else that looks like a tag: the text between stamps is plain.
      expect(cue.text.replace(STAMP, '')).not.toMatch(/[<>]/);
      stamps.push(cue.start, ...inCue);
    }
    expect(stamps).toEqual(expected);
    expect(cues[1]!.text).toBe(
      'Today <00:00:05.450>we <00:00:05.900>will <00:00:06.350>create <00:00:06.800>a <00:00:07.250>project\n<00:00:07.700>and <00:00:08.150>invite <00:00:08.600>the <00:00:09.050>whole <00:00:09.500>team.',
    );
  });

  it('without words: the same cues, no timestamps; text escaped for WebVTT', async () => {
    const plain = await writtenCues(captionText([timedLine], 'vtt', layout));
    expect(plain.map((c) => c.text)).toEqual(['Welcome to the demo of our new dashboard.', 'Today we will create a project\nand invite the whole team.']);
    const [escaped] = await writtenCues(captionText([{ text: 'Fast & cheap <beta>', start_s: 0, end_s: 2 }], 'vtt'));
    expect(escaped!.text).toBe('Fast &amp; cheap &lt;beta&gt;');
  });

  it('leaves a word whose time is not after the previous stamp without one', async () => {
    const words = [
      { text: 'One', start_s: 0, end_s: 0.4 },
      { text: 'two', start_s: 0.5, end_s: 0.6 },
      { text: 'three', start_s: 0.5, end_s: 0.9 },
    ];
    const [cue] = await writtenCues(captionText([{ text: 'One two three', start_s: 0, end_s: 1, words }], 'vtt', { ...layout, words: true }));
    expect(cue!.text).toBe('One <00:00:00.500>two three');
  });
});

describe('SRT', () => {
  it('has no word timing syntax: plain laid-out lines even when words are asked for', async () => {
    const srt = captionText([timedLine], 'srt', { ...layout, words: true });
    expect(srt).not.toMatch(/[<>]\d/);
    const cues = parseSync(srt).filter((n): n is NodeCue => n.type === 'cue');
    expect(cues.map((c) => c.data.text)).toEqual(['Welcome to the demo of our new dashboard.', 'Today we will create a project\nand invite the whole team.']);
    expect(srt).toContain('00:00:05,000 --> 00:00:10,000');
  });
});
