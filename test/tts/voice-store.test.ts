// The voice store against a mirror on 127.0.0.1 serving tiny real voices (scripts/make-tiny-voice.py), proven by
// the real sherpa-onnx (proveVoice): install, pins, a cut download, two installs at once, an unwritable store,
// --from (catalogued archive, custom archive, raw Piper pair, Kokoro archive), offline, abort.

import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceoverError } from '../../src/core/errors.js';
import type { InstallProgress } from '../../src/tts/neural-types.js';
import { proveVoice } from '../../src/tts/sherpa-prove.js';
import { ensureVoiceInstalled, findInstalledVoice, installVoiceFrom, listInstalledVoices, removeVoice, voiceStoreDir } from '../../src/tts/voice-store.js';
import { copyEspeakData, makeTinyKokoroArchive, makeTinyPiperArchive, makeTinyPiperRaw, packTarBz2 } from '../helpers/tiny-voice.js';

/** A mirror: serves `dir/<name>`; `cut` names files it sends half of and then drops; `stall` files it never finishes. */
interface Mirror {
  url: string;
  requests: string[];
  cut: Set<string>;
  stall: Set<string>;
  server: Server;
}

async function startMirror(dir: string): Promise<Mirror> {
  const mirror = { requests: [] as string[], cut: new Set<string>(), stall: new Set<string>() } as Mirror;
  mirror.server = createServer((req, res) => {
    const name = decodeURIComponent(basename(req.url ?? '/'));
    mirror.requests.push(name);
    const file = join(dir, name);
    stat(file).then(
      async (info) => {
        res.writeHead(200, { 'content-length': String(info.size), 'content-type': 'application/octet-stream' });
        if (mirror.cut.has(name) || mirror.stall.has(name)) {
          const bytes = await readFile(file);
          res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          if (mirror.cut.has(name)) setTimeout(() => res.destroy(), 50);
          return;
        }
        createReadStream(file).pipe(res);
      },
      () => {
        res.writeHead(404).end('not found');
      },
    );
  });
  await new Promise<void>((done) => mirror.server.listen(0, '127.0.0.1', done));
  mirror.url = `http://127.0.0.1:${(mirror.server.address() as AddressInfo).port}/voices`;
  return mirror;
}

async function failure(promise: Promise<unknown>): Promise<VoiceoverError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(VoiceoverError);
  return error as VoiceoverError;
}

/** What the store folder holds besides lock files and trust-on-first-use records: no temp folder may be left. */
async function storeEntries(store: string): Promise<string[]> {
  return (await readdir(store).catch(() => [] as string[])).filter((name) => !name.endsWith('.lock') && name !== '.trusted').sort();
}

describe('voice store', () => {
  let root: string;
  let served: string;
  let mirror: Mirror;
  let storeCount = 0;
  const newStore = (): NodeJS.ProcessEnv => ({ VOICEOVER_VOICES_DIR: join(root, `store-${++storeCount}`), VOICEOVER_VOICES_URL: mirror.url });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'voice-store-'));
    served = join(root, 'served');
    await mkdir(served);
    // tofu entries of the catalogue: the tiny archive stands in for the real one under its real file name
    const thorsten = await makeTinyPiperArchive(join(root, 'build'), { name: 'de_DE-thorsten-medium', espeakVoice: 'de' });
    await rename(thorsten.archive, join(served, basename(thorsten.archive)));
    // pinned entries: a tiny raw pair under amy's (md5 + size pinned) and ryan's (sha256 pinned) names
    for (const name of ['en_US-amy-medium', 'en_US-ryan-medium']) {
      const raw = await makeTinyPiperRaw(join(root, `raw-${name}`), { name });
      await rename(raw.model, join(served, `${name}.onnx`));
      await rename(raw.config, join(served, `${name}.onnx.json`));
    }
    mirror = await startMirror(served);
  }, 120_000);

  afterAll(async () => {
    await new Promise((done) => mirror.server.close(done));
  });

  it('store folder: VOICEOVER_VOICES_DIR, else XDG_CACHE_HOME/voiceover/voices, else ~/.cache/voiceover/voices', () => {
    expect(voiceStoreDir({ VOICEOVER_VOICES_DIR: '/srv/v', XDG_CACHE_HOME: '/x' })).toBe('/srv/v');
    expect(voiceStoreDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/voiceover/voices');
    expect(voiceStoreDir({ HOME: process.env.HOME })).toMatch(/\.cache\/voiceover\/voices$/);
  });

  it('installs a catalogued voice from the mirror once, with download progress, and speaks with it', async () => {
    const env = newStore();
    const events: InstallProgress[] = [];
    const voice = await ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env, onProgress: (p) => events.push(p) });
    expect(voice).toMatchObject({ id: 'piper:de_DE-thorsten-medium', engine: 'piper', language: 'de-DE', source: 'catalogue', speakerId: 0, sampleRate: 22050 });
    expect(voice.dir).toBe(join(env.VOICEOVER_VOICES_DIR!, 'vits-piper-de_DE-thorsten-medium'));
    const downloads = events.filter((e) => e.stage === 'download');
    const size = (await stat(join(served, 'vits-piper-de_DE-thorsten-medium.tar.bz2'))).size;
    expect(downloads.at(-1)).toMatchObject({ receivedBytes: size, totalBytes: size });
    expect(events.map((e) => e.stage)).toEqual(expect.arrayContaining(['download', 'verify', 'unpack', 'probe', 'done']));
    // trust on first use: the sha256 of what was downloaded is recorded
    const manifest = JSON.parse(await readFile(join(voice.dir, 'voice.json'), 'utf8'));
    expect(manifest.file).toMatchObject({ name: 'vits-piper-de_DE-thorsten-medium.tar.bz2', size, pinned: 'tofu' });
    expect(manifest.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const proof = await proveVoice(voice);
    expect(proof.duration_s).toBeGreaterThan(0); // German espeak-ng voice, English proof line: short, but speech
    // installed now: no second download, listed and found
    const before = mirror.requests.length;
    await ensureVoiceInstalled('PIPER:de_DE-thorsten-medium', { env });
    expect(mirror.requests.length).toBe(before);
    expect((await listInstalledVoices(env)).map((v) => v.id)).toEqual(['piper:de_DE-thorsten-medium']);
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual(['vits-piper-de_DE-thorsten-medium']);
    expect(await removeVoice('piper:de_DE-thorsten-medium', env)).toEqual(['piper:de_DE-thorsten-medium']);
    expect(await findInstalledVoice('piper:de_DE-thorsten-medium', env)).toBeUndefined();
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual([]);
  }, 120_000);

  it('trust on first use: after a remove, a different file under the same name is refused', async () => {
    const env = newStore();
    await ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env });
    await removeVoice('piper:de_DE-thorsten-medium', env);
    const served_ = join(served, 'vits-piper-de_DE-thorsten-medium.tar.bz2');
    await rename(served_, `${served_}.orig`);
    try {
      const other = await makeTinyPiperArchive(join(root, 'other'), { name: 'de_DE-thorsten-medium', espeakVoice: 'de', sampleRate: 16000 });
      await rename(other.archive, served_);
      const error = await failure(ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env }));
      expect(error.code).toBe('VOICE_CHECKSUM');
      expect(error.message).toMatch(/is not the file first installed here/);
      expect(await findInstalledVoice('piper:de_DE-thorsten-medium', env)).toBeUndefined();
    } finally {
      await rename(`${served_}.orig`, served_);
    }
    // the file first trusted installs again
    expect((await ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env })).sampleRate).toBe(22050);
  }, 120_000);

  it('a raw pair that does not match its pinned size (amy, md5 + size from voices.json) is discarded: VOICE_CHECKSUM', async () => {
    const env = newStore();
    const error = await failure(ensureVoiceInstalled('piper:en_US-amy-medium', { env }));
    expect(error.code).toBe('VOICE_CHECKSUM');
    expect(error.message).toMatch(/en_US-amy-medium\.onnx is \d+ bytes, the catalogue pins 63201294/);
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual([]);
  });

  it('a file that does not match its pinned sha256 (ryan, Hugging Face LFS) is discarded: VOICE_CHECKSUM', async () => {
    const env = newStore();
    const error = await failure(ensureVoiceInstalled('piper:en_US-ryan-medium', { env }));
    expect(error.code).toBe('VOICE_CHECKSUM');
    expect(error.message).toContain('the catalogue pins abf4c274862564ed647ba0d2c47f8ee7c9b717d27bdad9219100eb310db4047a');
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual([]);
  });

  it('a download cut halfway fails VOICE_DOWNLOAD and leaves no half-installed voice', async () => {
    const env = newStore();
    mirror.cut.add('vits-piper-de_DE-thorsten-medium.tar.bz2');
    try {
      const error = await failure(ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env }));
      expect(error.code).toBe('VOICE_DOWNLOAD');
      expect(error.message).toMatch(/cut off after \d+/);
      expect(error.hint).toContain('voices install --from');
    } finally {
      mirror.cut.clear();
    }
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual([]);
    expect(await listInstalledVoices(env)).toEqual([]);
  });

  it('an abort during the download leaves nothing behind', async () => {
    const env = newStore();
    mirror.stall.add('vits-piper-de_DE-thorsten-medium.tar.bz2');
    const controller = new AbortController();
    try {
      const pending = ensureVoiceInstalled('piper:de_DE-thorsten-medium', {
        env,
        signal: controller.signal,
        onProgress: (p) => p.receivedBytes > 0 && controller.abort(),
      });
      const error = await pending.then(() => undefined, (e: unknown) => e as Error);
      expect(error?.name).toBe('AbortError');
    } finally {
      mirror.stall.clear();
    }
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual([]);
  });

  it('two installs of the same voice at once: one download, both get the voice', async () => {
    const env = newStore();
    const before = mirror.requests.filter((r) => r.endsWith('thorsten-medium.tar.bz2')).length;
    const [a, b] = await Promise.all([
      ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env }),
      ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env }),
    ]);
    expect(a.dir).toBe(b.dir);
    expect(a.modelSha256).toBe(b.modelSha256);
    expect(mirror.requests.filter((r) => r.endsWith('thorsten-medium.tar.bz2')).length - before).toBe(1);
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual(['vits-piper-de_DE-thorsten-medium']);
  }, 120_000);

  it('a temp folder a killed install left a day ago is removed by the next install; a fresh one is left alone', async () => {
    const env = newStore();
    const store = env.VOICEOVER_VOICES_DIR!;
    await mkdir(join(store, '.tmp-killed'), { recursive: true });
    await mkdir(join(store, '.tmp-running'), { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(join(store, '.tmp-killed'), twoDaysAgo, twoDaysAgo);
    await ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env });
    expect(await storeEntries(store)).toEqual(['.tmp-running', 'vits-piper-de_DE-thorsten-medium']);
  }, 120_000);

  it('the lock a killed run left (not renewed for a minute) is taken over', async () => {
    const env = newStore();
    const store = env.VOICEOVER_VOICES_DIR!;
    const lock = join(store, '.vits-piper-de_DE-thorsten-medium.lock');
    await mkdir(lock, { recursive: true });
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, aMinuteAgo, aMinuteAgo);
    const voice = await ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env });
    expect(voice.id).toBe('piper:de_DE-thorsten-medium');
  }, 120_000);

  it('an unwritable store fails VOICE_STORE_UNWRITABLE naming the folder', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, 'not a folder');
    const env = { VOICEOVER_VOICES_DIR: join(file, 'voices'), VOICEOVER_VOICES_URL: mirror.url };
    const error = await failure(ensureVoiceInstalled('piper:de_DE-thorsten-medium', { env }));
    expect(error.code).toBe('VOICE_STORE_UNWRITABLE');
    expect(error.message).toContain(join(file, 'voices'));
    expect(error.hint).toContain('VOICEOVER_VOICES_DIR');
  });

  it('offline with the voice missing: VOICE_DOWNLOAD naming the URL and voices install --from', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const env = { VOICEOVER_VOICES_DIR: join(root, `store-${++storeCount}`), VOICEOVER_VOICES_URL: `http://127.0.0.1:${port}/v` };
    const error = await failure(ensureVoiceInstalled('kokoro:af_heart', { env }));
    expect(error.code).toBe('VOICE_DOWNLOAD');
    expect(error.message).toContain(`http://127.0.0.1:${port}/v/kokoro-multi-lang-v1_0.tar.bz2`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.hint).toContain('voiceover voices install --from FILE');
    expect(await storeEntries(env.VOICEOVER_VOICES_DIR)).toEqual([]);
  });

  it('a voice neither installed nor catalogued: TTS_UNAVAILABLE pointing at voices and --from', async () => {
    const error = await failure(ensureVoiceInstalled('piper:xx_XX-nobody-low', { env: newStore() }));
    expect(error.code).toBe('TTS_UNAVAILABLE');
    expect(error.hint).toContain('voices install --from');
  });

  describe('--from', () => {
    it('a catalogued archive is installed as the catalogued voice', async () => {
      const env = newStore();
      const voices = await installVoiceFrom(join(served, 'vits-piper-de_DE-thorsten-medium.tar.bz2'), { env });
      expect(voices.map((v) => [v.id, v.source])).toEqual([['piper:de_DE-thorsten-medium', 'catalogue']]);
    }, 120_000);

    it('a catalogued raw pair that does not match its pin is refused', async () => {
      const error = await failure(installVoiceFrom(join(served, 'en_US-amy-medium.onnx'), { env: newStore() }));
      expect(error.code).toBe('VOICE_CHECKSUM');
    });

    it('a custom archive becomes piper:<name> from its file name, and speaks', async () => {
      const env = newStore();
      const tiny = await makeTinyPiperArchive(join(root, 'custom'), { name: 'en_US-foo-medium' });
      const [voice] = await installVoiceFrom(tiny.archive, { env });
      expect(voice).toMatchObject({ id: 'piper:en_US-foo-medium', language: 'en-US', source: 'custom' });
      expect((await proveVoice(voice!)).sampleRate).toBe(22050);
    }, 120_000);

    it('an unpacked archive folder installs too', async () => {
      const env = newStore();
      const tiny = await makeTinyPiperArchive(join(root, 'folder'), { name: 'en_GB-bar-low' });
      const [voice] = await installVoiceFrom(tiny.dir, { env });
      expect(voice).toMatchObject({ id: 'piper:en_GB-bar-low', language: 'en-GB', source: 'custom' });
    }, 120_000);

    it('a raw Piper pair is converted (tokens.txt, sherpa metadata, espeak-ng-data) and speaks', async () => {
      const env = newStore();
      const raw = await makeTinyPiperRaw(join(root, 'pair'), { name: 'en_US-mine-medium' });
      const [voice] = await installVoiceFrom(raw.model, { env });
      expect(voice).toMatchObject({ id: 'piper:en_US-mine-medium', source: 'custom', sampleRate: 22050 });
      expect(basename(voice!.dir)).toBe('piper-en_US-mine-medium');
      const tokens = await readFile(voice!.tokens, 'utf8');
      const config = JSON.parse(await readFile(raw.config, 'utf8'));
      expect(tokens.trim().split('\n').length).toBe(Object.keys(config.phoneme_id_map).length);
      expect((await stat(join(voice!.dataDir, 'phontab'))).isFile()).toBe(true);
      expect((await proveVoice(voice!)).duration_s).toBeGreaterThan(0.3);
    }, 120_000);

    it('a raw pair on a machine without espeak-ng-data fetches sherpa-onnx\'s espeak-ng-data archive once (from the mirror)', async () => {
      const env = newStore();
      const data = join(root, 'espeak-build', 'espeak-ng-data');
      await copyEspeakData(join(root, 'espeak-build'));
      await rename(await packTarBz2(data), join(served, 'espeak-ng-data.tar.bz2'));
      const raw = await makeTinyPiperRaw(join(root, 'pair-no-espeak'), { name: 'en_US-bare-medium' });
      const [voice] = await installVoiceFrom(raw.model, { env, systemEspeakData: [] });
      expect((await stat(join(env.VOICEOVER_VOICES_DIR!, '.espeak-ng-data', 'phontab'))).isFile()).toBe(true);
      expect((await proveVoice(voice!)).duration_s).toBeGreaterThan(0.3);
      const fetched = mirror.requests.filter((r) => r === 'espeak-ng-data.tar.bz2').length;
      const again = await makeTinyPiperRaw(join(root, 'pair-no-espeak-2'), { name: 'en_US-bare2-medium' });
      await installVoiceFrom(again.model, { env, systemEspeakData: [] });
      expect(mirror.requests.filter((r) => r === 'espeak-ng-data.tar.bz2').length).toBe(fetched);
    }, 120_000);

    it('a raw pair offline without espeak-ng-data: VOICE_DOWNLOAD saying how to provide it', async () => {
      const env = { VOICEOVER_VOICES_DIR: join(root, `store-${++storeCount}`), VOICEOVER_VOICES_URL: 'http://127.0.0.1:9/none' };
      const raw = await makeTinyPiperRaw(join(root, 'pair-offline'), { name: 'en_US-off-medium' });
      const error = await failure(installVoiceFrom(raw.model, { env, systemEspeakData: [] }));
      expect(error.code).toBe('VOICE_DOWNLOAD');
      expect(error.message).toContain('http://127.0.0.1:9/none/espeak-ng-data.tar.bz2');
      expect(error.hint).toContain('VOICEOVER_ESPEAK_DATA');
      expect(await storeEntries(env.VOICEOVER_VOICES_DIR)).toEqual([]);
    }, 120_000);

    it('a Kokoro archive gives kokoro:<speaker> for each speaker the model names', async () => {
      const env = newStore();
      const tiny = await makeTinyKokoroArchive(join(root, 'kokoro'), { speakers: 3 });
      const voices = await installVoiceFrom(tiny.archive, { env });
      expect(voices.map((v) => [v.id, v.speakerId])).toEqual(tiny.speakers.map((name, i) => [`kokoro:${name}`, i]));
      expect((await proveVoice(voices[2]!)).numSpeakers).toBe(3);
    }, 120_000);

    it('a file that is not a voice: VOICE_ARCHIVE_INVALID, nothing installed', async () => {
      const env = newStore();
      const bogus = join(root, 'vits-piper-en_US-bogus-low.tar.bz2');
      await writeFile(bogus, 'not bzip2 at all');
      const error = await failure(installVoiceFrom(bogus, { env }));
      expect(error.code).toBe('VOICE_ARCHIVE_INVALID');
      expect(await storeEntries(env.VOICEOVER_VOICES_DIR!)).toEqual([]);
    });
  });
});
