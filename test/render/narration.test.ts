import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layNarrationTrack, readWavRate } from '../../src/render/narration.js';
import { encodeWav } from '../../src/tts/wav.js';

const dir = mkdtempSync(join(tmpdir(), 'narration-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The float samples of the mono 32-bit float WAV layNarrationTrack writes, and its rate. */
function readTrack(file: string): { rate: number; samples: Float32Array } {
  const bytes = readFileSync(file);
  const data = bytes.subarray(44);
  return { rate: bytes.readUInt32LE(24), samples: new Float32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) };
}

describe('layNarrationTrack', () => {
  it('reads each clip only when the track reaches it, one at a time, in timeline order', async () => {
    const events: string[] = [];
    let reading = 0;
    let most = 0;
    const clip = (name: string, start_s: number, value: number) => ({
      start_s,
      sampleRate: 1000,
      read: async () => {
        reading++;
        most = Math.max(most, reading);
        events.push(`read ${name}`);
        await new Promise((done) => setTimeout(done, 5));
        reading--;
        return new Float32Array(100).fill(value);
      },
    });
    const file = join(dir, 'track.wav');
    // Given out of order: the track is laid by start time.
    await layNarrationTrack([clip('b', 1, 0.5), clip('a', 0.2, 0.25), clip('c', 2.5, 0.75)], 3, file);
    expect(events).toEqual(['read a', 'read b', 'read c']);
    expect(most).toBe(1);
    const { rate, samples } = readTrack(file);
    expect(rate).toBe(1000);
    expect(samples.length).toBe(3000);
    expect([samples[199], samples[200], samples[299], samples[300]]).toEqual([0, 0.25, 0.25, 0]);
    expect([samples[1000], samples[1099], samples[1100]]).toEqual([0.5, 0.5, 0]);
    expect([samples[2500], samples[2599], samples[2600]]).toEqual([0.75, 0.75, 0]);
  });

  it('still refuses overlapping clips', async () => {
    const clip = (start_s: number) => ({ start_s, sampleRate: 1000, read: async () => new Float32Array(500) });
    await expect(layNarrationTrack([clip(0), clip(0.2)], 2, join(dir, 'overlap.wav'))).rejects.toThrow(/overlap at 0.200s/);
  });
});

describe('readWavRate', () => {
  it('reads the rate from the header of a clip written by encodeWav', async () => {
    const file = join(dir, 'clip.wav');
    writeFileSync(file, encodeWav({ samples: new Float32Array(16000), sampleRate: 22050 }));
    expect(await readWavRate(file)).toBe(22050);
  });

  it('refuses a file that is not a WAV', async () => {
    const file = join(dir, 'not.wav');
    writeFileSync(file, 'not a wav file at all');
    await expect(readWavRate(file)).rejects.toThrow(/no WAV format chunk/);
  });
});
