// proveVoice loads a voice and speaks a line in a process it can lose: the native exits and crashes of
// sherpa-onnx on broken voices become TTS_UNAVAILABLE naming the voice, and this process lives on.

import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import { proveVoice } from '../../src/tts/sherpa-prove.js';
import { makeTinyKokoroArchive, makeTinyPiperArchive, makeTinyPiperRaw, tinyKokoroVoice, tinyPiperVoice } from '../helpers/tiny-voice.js';

async function refusal(promise: Promise<unknown>): Promise<VoiceoverError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(VoiceoverError);
  expect((error as VoiceoverError).code).toBe('TTS_UNAVAILABLE');
  return error as VoiceoverError;
}

describe('proveVoice', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sherpa-prove-'));
  });

  it('a working Piper voice: its sample rate, one speaker, a second or so of audio', async () => {
    const voice = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'ok')));
    const proof = await proveVoice(voice);
    expect(proof.sampleRate).toBe(22050);
    expect(proof.numSpeakers).toBe(1);
    expect(proof.duration_s).toBeGreaterThan(0.3);
    expect(proof.rss).toBeGreaterThan(0);
  });

  it('a working Kokoro speaker of a 3-speaker archive', async () => {
    const voice = await tinyKokoroVoice(await makeTinyKokoroArchive(join(root, 'kokoro'), { speakers: 3 }), 2);
    const proof = await proveVoice(voice);
    expect(proof).toMatchObject({ sampleRate: 24000, numSpeakers: 3 });
  });

  it('a model without sherpa metadata (exit 255) names the voice and what sherpa-onnx said', async () => {
    const archive = await makeTinyPiperArchive(join(root, 'raw-as-sherpa'));
    const raw = await makeTinyPiperRaw(join(root, 'raw'));
    const voice = { ...(await tinyPiperVoice(archive, 'piper:en_US-broken-low')), model: raw.model };
    const error = await refusal(proveVoice(voice));
    expect(error.message).toContain('piper:en_US-broken-low');
    expect(error.message).toContain('exited with code 255');
    expect(error.message).toContain("'sample_rate' does not exist in the metadata");
    expect(error.hint).toContain('voices install --from');
  });

  it('a wrong-sized voices.bin (exit 255)', async () => {
    const archive = await makeTinyKokoroArchive(join(root, 'short-voices'), { speakers: 2 });
    await truncate(archive.voices, 100);
    const error = await refusal(proveVoice({ ...(await tinyKokoroVoice(archive, 1)), source: 'catalogue' }));
    expect(error.message).toContain('kokoro:am_tiny1');
    expect(error.message).toContain('Corrupted --kokoro-voices');
    expect(error.hint).toContain('voiceover voices remove kokoro:am_tiny1');
  });

  it('an empty espeak-ng-data folder, and a model file that is not ONNX', async () => {
    const empty = await makeTinyPiperArchive(join(root, 'empty-data'), { espeakData: 'empty' });
    expect((await refusal(proveVoice(await tinyPiperVoice(empty)))).message).toContain('phontab');
    const garbage = await makeTinyPiperArchive(join(root, 'garbage'));
    await writeFile(garbage.model, 'not a model');
    expect((await refusal(proveVoice(await tinyPiperVoice(garbage)))).message).toMatch(/was killed by SIGABRT|exited with code/);
  });

  it('an espeak-ng voice the data has not (generate() crashes after the model loaded)', async () => {
    const archive = await makeTinyPiperArchive(join(root, 'no-espeak-voice'), { espeakVoice: 'xx-nowhere' });
    const error = await refusal(proveVoice(await tinyPiperVoice(archive, 'piper:xx-tiny')));
    expect(error.message).toContain('crashed speaking with voice "piper:xx-tiny"');
  });

  it('a speaker id past the model\'s speakers', async () => {
    const voice = { ...(await tinyKokoroVoice(await makeTinyKokoroArchive(join(root, 'few'), { speakers: 2 }), 1)), speakerId: 5 };
    expect((await refusal(proveVoice(voice))).message).toContain('has 2 speaker(s)');
  });

  it('an abort kills the process and rejects with the abort', async () => {
    const voice = await tinyPiperVoice(await makeTinyPiperArchive(join(root, 'abort')));
    const controller = new AbortController();
    const proving = proveVoice(voice, controller.signal);
    controller.abort();
    await expect(proving).rejects.toMatchObject({ name: 'AbortError' });
  });
});
