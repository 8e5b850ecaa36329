// Float PCM from ffmpeg as it decodes: a reader of the 32-bit float WAV ffmpeg writes to a pipe (its
// header names the rate, channel count and layout), and one decode of a file's audio stream through it.

import { fileUrl } from './args.js';
import { runFfmpeg } from './run.js';

/** What the WAV header says. */
export interface PcmFormat {
  sampleRate: number;
  channels: number;
  /** WAVEFORMATEXTENSIBLE channel mask (0 when the layout is unknown). */
  channelMask: number;
}

/** A reader of a streamed float WAV: whole frames of interleaved samples go to `onSamples` as they arrive. */
export function createWavReader(onFormat: (format: PcmFormat) => void, onSamples: (samples: Float32Array) => void): { push(chunk: Uint8Array): void } {
  let head = new Uint8Array(0); // bytes before the data chunk
  let format: PcmFormat | undefined;
  let inData = false;
  let carry = new Uint8Array(0);
  const parseHead = (): void => {
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const tag = (at: number): string => String.fromCharCode(...head.subarray(at, at + 4));
    if (head.length < 12) return;
    if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('ffmpeg did not write a WAV header');
    let at = 12;
    while (at + 8 <= head.length) {
      const id = tag(at);
      const size = view.getUint32(at + 4, true);
      if (id === 'data') {
        if (!format) throw new Error('WAV data before its fmt chunk');
        inData = true;
        const rest = head.subarray(at + 8);
        head = new Uint8Array(0);
        if (rest.length) feed(rest);
        return;
      }
      if (at + 8 + size > head.length) return; // wait for the rest of this chunk
      if (id === 'fmt ' && !format) {
        const code = view.getUint16(at + 8, true);
        const bits = view.getUint16(at + 22, true);
        const extensible = code === 0xfffe && size >= 40;
        const sub = extensible ? view.getUint16(at + 32, true) : code;
        if (sub !== 3 || bits !== 32) throw new Error(`WAV is not 32-bit float (format ${sub}, ${bits} bits)`);
        format = { channels: view.getUint16(at + 10, true), sampleRate: view.getUint32(at + 12, true), channelMask: extensible ? view.getUint32(at + 28, true) : 0 };
        onFormat(format);
      }
      at += 8 + size + (size % 2);
    }
  };
  const feed = (chunk: Uint8Array): void => {
    let data = chunk;
    if (carry.length > 0) {
      data = new Uint8Array(carry.length + chunk.length);
      data.set(carry);
      data.set(chunk, carry.length);
    }
    const frameBytes = 4 * format!.channels;
    const whole = data.length - (data.length % frameBytes);
    // Float32Array needs a 4-aligned offset: copy when the chunk is not.
    const aligned = data.byteOffset % 4 === 0 ? data : data.slice(0, whole);
    if (whole > 0) onSamples(new Float32Array(aligned.buffer, aligned.byteOffset, whole / 4));
    carry = data.slice(whole);
  };
  return {
    push(chunk: Uint8Array): void {
      if (inData) return feed(chunk);
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      head = joined;
      parseHead();
    },
  };
}

/** Output arguments: a float WAV on stdout (pipe:1), the header naming rate, channels and layout. */
export function pcmOutputArgs(): string[] {
  return ['-c:a', 'pcm_f32le', '-f', 'wav', 'pipe:1'];
}

/** Options of one decode. */
export interface DecodePcmOptions {
  signal?: AbortSignal;
  /** Which audio stream (an ffmpeg -map specifier), default `0:a:0`. */
  map?: string;
  /** An audio filter chain run before the output (default: resample to 48 kHz). */
  filter?: string;
}

/** The arguments of decodePcm: one audio stream through `filter` as a float WAV on stdout. */
export function decodePcmArgs(file: string, options: Omit<DecodePcmOptions, 'signal'> = {}): string[] {
  // An explicit -map: with the 2018 static build a -vn alone still decodes the video.
  return ['-i', fileUrl(file), '-map', options.map ?? '0:a:0', '-vn', '-sn', '-dn', '-af', options.filter ?? 'aresample=48000', ...pcmOutputArgs()];
}

/** Decode one audio stream of `file` to float PCM (its own channels and layout), handing each chunk over as it comes. */
export async function decodePcm(file: string, onFormat: (format: PcmFormat) => void, onSamples: (samples: Float32Array) => void, options: DecodePcmOptions = {}): Promise<void> {
  const reader = createWavReader(onFormat, onSamples);
  await runFfmpeg(decodePcmArgs(file, options), { signal: options.signal, onStdoutData: (chunk) => reader.push(chunk) });
}
