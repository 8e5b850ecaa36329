// What the store reads from an unpacked archive: a Kokoro speaker's lexicons, a Piper name's language, and the
// ONNX metadata read and appended without loading the model.

import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveVoiceName, describeVoiceFolder, lexiconsFor, piperNameLanguage } from '../../src/tts/voice-layout.js';
import { appendOnnxMetadata, readOnnxMetadata } from '../../src/tts/voice-onnx-meta.js';
import { makeTinyKokoroArchive, makeTinyPiperArchive, makeTinyPiperRaw } from '../helpers/tiny-voice.js';

describe('voice layout', () => {
  it('gives a US speaker the US English lexicon and a British one the British, each then the Chinese one', () => {
    const files = ['lexicon-gb-en.txt', 'lexicon-us-en.txt', 'lexicon-zh.txt'];
    expect(lexiconsFor(files, 'en-US')).toBe('lexicon-us-en.txt,lexicon-zh.txt');
    expect(lexiconsFor(files, 'en-GB')).toBe('lexicon-gb-en.txt,lexicon-zh.txt');
    expect(lexiconsFor(['lexicon-us-en.txt', 'lexicon-zh.txt'], 'en-GB')).toBe('lexicon-us-en.txt,lexicon-zh.txt');
    expect(lexiconsFor([], 'en-US')).toBeUndefined();
  });

  it('names voices after their archive and reads the language from a Piper name', () => {
    expect(archiveVoiceName('/x/vits-piper-en_US-foo-medium.tar.bz2')).toBe('en_US-foo-medium');
    expect(archiveVoiceName('piper-de_DE-bar-low')).toBe('de_DE-bar-low');
    expect(piperNameLanguage('en_GB-alan-medium')).toBe('en-GB');
    expect(piperNameLanguage('kokoro-en')).toBeUndefined();
  });

  it('a Kokoro folder with lexicons: every speaker from the model metadata, paths relative to the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'voice-layout-'));
    const tiny = await makeTinyKokoroArchive(root, { speakers: 2 });
    for (const name of ['lexicon-us-en.txt', 'lexicon-gb-en.txt', 'lexicon-zh.txt']) await writeFile(join(tiny.dir, name), 'a a\n');
    const voices = await describeVoiceFolder(tiny.dir, undefined, tiny.dir);
    expect(voices).toEqual([0, 1].map((speakerId) => expect.objectContaining({
      id: `kokoro:${tiny.speakers[speakerId]}`, speakerId, model: 'model.onnx', voices: 'voices.bin', tokens: 'tokens.txt',
      dataDir: 'espeak-ng-data', lexicon: 'lexicon-us-en.txt,lexicon-zh.txt', sampleRate: 24000, source: 'custom',
    })));
  }, 60_000);

  it('reads the metadata sherpa-onnx wrote, and what is appended to a raw model', async () => {
    const root = await mkdtemp(join(tmpdir(), 'voice-meta-'));
    const archive = await makeTinyPiperArchive(join(root, 'a'));
    expect(await readOnnxMetadata(archive.model)).toMatchObject({ model_type: 'vits', comment: 'piper', n_speakers: '1', sample_rate: '22050' });
    const raw = await makeTinyPiperRaw(join(root, 'b'));
    expect(await readOnnxMetadata(raw.model)).toEqual({});
    const copy = join(root, 'copy.onnx');
    await copyFile(raw.model, copy);
    await appendOnnxMetadata(copy, { comment: 'piper', sample_rate: 16000, language: 'Français' });
    expect(await readOnnxMetadata(copy)).toEqual({ comment: 'piper', sample_rate: '16000', language: 'Français' });
  }, 60_000);
});
