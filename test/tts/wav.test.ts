import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../../src/tts/wav.js';
import { tone } from './signal.js';

/** A hand-built WAV: the given fmt body, extra chunks before data, and a declared data size. */
function buildWav(fmt: Uint8Array, pcm: Int16Array, options: { extra?: [string, Uint8Array][]; dataSize?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const chunk = (id: string, body: Uint8Array, declared = body.length): void => {
    const head = new Uint8Array(8);
    head.set([...id].map((c) => c.charCodeAt(0)));
    new DataView(head.buffer).setUint32(4, declared, true);
    chunks.push(head, body);
    if (body.length % 2 === 1 && declared === body.length) chunks.push(new Uint8Array(1));
  };
  chunk('fmt ', fmt);
  for (const [id, body] of options.extra ?? []) chunk(id, body);
  chunk('data', new Uint8Array(pcm.buffer), options.dataSize ?? pcm.byteLength);
  const body = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(12 + body);
  out.set([...'RIFF'].map((c) => c.charCodeAt(0)));
  new DataView(out.buffer).setUint32(4, 4 + body, true);
  out.set([...'WAVE'].map((c) => c.charCodeAt(0)), 8);
  let at = 12;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function fmtBody(options: { extensible?: boolean; channels?: number; rate?: number } = {}): Uint8Array {
  const channels = options.channels ?? 1;
  const rate = options.rate ?? 22050;
  const body = new Uint8Array(options.extensible ? 40 : 16);
  const view = new DataView(body.buffer);
  view.setUint16(0, options.extensible ? 0xfffe : 1, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, rate, true);
  view.setUint32(8, rate * channels * 2, true);
  view.setUint16(12, channels * 2, true);
  view.setUint16(14, 16, true);
  if (options.extensible) {
    view.setUint16(16, 22, true);
    view.setUint16(18, 16, true);
    view.setUint32(20, channels === 1 ? 4 : 3, true);
    view.setUint16(24, 1, true); // KSDATAFORMAT_SUBTYPE_PCM starts with 0x0001
  }
  return body;
}

describe('wav', () => {
  it('round-trips 16-bit samples exactly', () => {
    const pcm = Int16Array.from([0, 1, -1, 32767, -32768, 1234, -4321]);
    const speech = decodeWav(buildWav(fmtBody(), pcm));
    const again = decodeWav(encodeWav(speech));
    expect(again.sampleRate).toBe(22050);
    expect(Array.from(again.samples, (x) => Math.round(x * 32768))).toEqual(Array.from(pcm));
  });

  it('round-trips a float signal within 16-bit precision', () => {
    const samples = tone(0.1, 16000, 0.8);
    const back = decodeWav(encodeWav({ samples, sampleRate: 16000 }));
    expect(back.sampleRate).toBe(16000);
    expect(back.samples.length).toBe(samples.length);
    const maxError = Math.max(...Array.from(samples, (x, i) => Math.abs(x - (back.samples[i] ?? 0))));
    expect(maxError).toBeLessThan(1 / 32768 + 1e-9);
  });

  it('clips out-of-range samples', () => {
    const back = decodeWav(encodeWav({ samples: Float32Array.from([2, -2]), sampleRate: 8000 }));
    expect(back.samples[0]).toBeCloseTo(32767 / 32768, 6);
    expect(back.samples[1]).toBe(-1);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE headers and skips odd-sized chunks with their pad byte', () => {
    const pcm = Int16Array.from([100, -200, 300]);
    const bytes = buildWav(fmtBody({ extensible: true }), pcm, { extra: [['LIST', new Uint8Array(5)]] });
    const speech = decodeWav(bytes);
    expect(Array.from(speech.samples, (x) => Math.round(x * 32768))).toEqual([100, -200, 300]);
  });

  it('reads streamed files whose data size is 0x7fffffff or 0', () => {
    const pcm = Int16Array.from([5, 6, 7, 8]);
    for (const dataSize of [0x7fffffff, 0xffffffff, 0]) {
      const speech = decodeWav(buildWav(fmtBody(), pcm, { dataSize }));
      expect(Array.from(speech.samples, (x) => Math.round(x * 32768))).toEqual([5, 6, 7, 8]);
    }
  });

  it('mixes stereo down to mono', () => {
    const speech = decodeWav(buildWav(fmtBody({ channels: 2 }), Int16Array.from([1000, 3000, -1000, -3000])));
    expect(Array.from(speech.samples, (x) => Math.round(x * 32768))).toEqual([2000, -2000]);
  });

  it('rejects what is not a WAV', () => {
    expect(() => decodeWav(new TextEncoder().encode('not a wave file at all'))).toThrow(/RIFF/);
  });
});
