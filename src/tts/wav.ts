// Decode and encode WAV files as mono Float32 samples (the small subset TTS engines write).

import type { Speech } from './types.js';

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;

/** Decode a PCM WAV (8/16/24/32-bit integer or 32-bit float, any channel count) to mono samples in -1..1. */
export function decodeWav(bytes: Uint8Array): Speech {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let format: { code: number; channels: number; sampleRate: number; bits: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = tag(offset);
    const declared = view.getUint32(offset + 4, true);
    const body = offset + 8;
    // Streaming writers (espeak-ng --stdout) leave 0x7fffffff / 0xffffffff / 0: read to the end.
    const size = Math.min(declared, bytes.byteLength - body);
    if (id === 'fmt ') {
      if (size < 16) throw new Error('WAV fmt chunk is too short');
      let code = view.getUint16(body, true);
      if (code === EXTENSIBLE && size >= 26) code = view.getUint16(body + 24, true); // SubFormat GUID starts with the code
      format = {
        code,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format) throw new Error('WAV data chunk comes before its fmt chunk');
      const length = declared === 0 ? bytes.byteLength - body : size;
      return { samples: toMono(view, body, length, format), sampleRate: format.sampleRate };
    }
    offset = body + size + (size % 2); // chunks are padded to an even size
  }
  throw new Error('WAV file has no data chunk');
}

function toMono(
  view: DataView,
  start: number,
  length: number,
  format: { code: number; channels: number; sampleRate: number; bits: number },
): Float32Array {
  const { code, channels, bits } = format;
  const bytesPerSample = bits / 8;
  const supported = (code === PCM && [8, 16, 24, 32].includes(bits)) || (code === IEEE_FLOAT && bits === 32);
  if (!supported || channels < 1 || format.sampleRate < 1) {
    throw new Error(`unsupported WAV encoding (format ${code}, ${bits}-bit, ${channels} channels)`);
  }
  const frames = Math.floor(length / (bytesPerSample * channels));
  const out = new Float32Array(frames);
  const read = sampleReader(view, code, bits);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < channels; channel++) {
      sum += read(start + (frame * channels + channel) * bytesPerSample);
    }
    out[frame] = sum / channels;
  }
  return out;
}

function sampleReader(view: DataView, code: number, bits: number): (at: number) => number {
  if (code === IEEE_FLOAT) return (at) => view.getFloat32(at, true);
  if (bits === 8) return (at) => (view.getUint8(at) - 128) / 128;
  if (bits === 16) return (at) => view.getInt16(at, true) / 32768;
  if (bits === 24) {
    return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
  }
  return (at) => view.getInt32(at, true) / 2147483648;
}

/** Encode mono samples (-1..1, clipped) as a 16-bit PCM WAV file. */
export function encodeWav(speech: Speech): Uint8Array {
  const { samples, sampleRate } = speech;
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const clipped = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + i * 2, Math.min(32767, Math.round(clipped * 32768)), true); // exact inverse of decodeWav
  }
  return bytes;
}
