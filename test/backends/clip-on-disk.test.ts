import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clipLength, isOnDisk, onDisk, withStart } from '../../src/backends/local/clip-on-disk.js';
import { decodeWav, encodeWav } from '../../src/tts/wav.js';

const dir = mkdtempSync(join(tmpdir(), 'clip-on-disk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A clip as synthesizeClip returns it: the 16-bit samples it stored in `file`. */
function storedClip(name: string, frames = 1600): { file: string; start_s: number; samples: Float32Array; sampleRate: number } {
  const file = join(dir, `${name}.wav`);
  const tone = Float32Array.from({ length: frames }, (_, i) => 0.5 * Math.sin(i / 5));
  const bytes = encodeWav({ samples: tone, sampleRate: 16000 });
  writeFileSync(file, bytes);
  return { file, start_s: 1, ...decodeWav(bytes) };
}

describe('onDisk', () => {
  it('leaves the samples in the file and reads them again on each use', () => {
    const clip = storedClip('same');
    const lazy = onDisk(clip, clip.file);
    expect(isOnDisk(lazy)).toBe(true);
    expect(Array.from(lazy.samples)).toEqual(Array.from(clip.samples));
    expect(clipLength(lazy)).toBe(0.1);
    // What it holds is the file: another file there gives other samples.
    writeFileSync(clip.file, encodeWav({ samples: new Float32Array(1600).fill(0.25), sampleRate: 16000 }));
    expect(lazy.samples[10]).toBe(0.25);
  });

  it('keeps a clip the file does not hold in memory (other samples, another rate, or no file)', () => {
    const clip = storedClip('other');
    const louder = { ...clip, samples: clip.samples.map((x) => x * 0.9) };
    expect(isOnDisk(onDisk(louder, clip.file))).toBe(false);
    expect(isOnDisk(onDisk({ ...clip, sampleRate: 22050 }, clip.file))).toBe(false);
    expect(isOnDisk(onDisk(clip, join(dir, 'missing.wav')))).toBe(false);
    expect(onDisk(louder, clip.file).samples).toBe(louder.samples);
  });

  it('keeps the start of a longer file (a clip that lost its quiet tail)', () => {
    const clip = storedClip('start');
    const head = { ...clip, samples: clip.samples.subarray(0, 1000) };
    const lazy = onDisk(head, clip.file);
    expect(isOnDisk(lazy)).toBe(true);
    expect(lazy.samples.length).toBe(1000);
    expect(Array.from(lazy.samples)).toEqual(Array.from(head.samples));
  });
});

describe('withStart', () => {
  it('moves a clip kept on disk without reading it, and it stays on disk', () => {
    const clip = storedClip('moved');
    const lazy = onDisk(clip, clip.file);
    const moved = withStart(lazy, 4.5);
    expect(moved.start_s).toBe(4.5);
    expect(lazy.start_s).toBe(1);
    expect(isOnDisk(moved)).toBe(true);
    rmSync(clip.file);
    expect(clipLength(moved)).toBe(0.1); // known without the file
  });
});
