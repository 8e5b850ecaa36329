// `voiceover voices`: the voices usable here and the installable ones; `voices install ID… | --from PATH`,
// `voices remove ID`. Downloads print a progress line (size, percent, MB/s) from InstallProgress events.

import type { Command } from 'commander';
import { VoiceoverError } from '../core/errors.js';
import type { InstallProgress } from '../tts/neural-types.js';

// The store, the engines and the downloader load on use: registering this command must not slow every other one's start.
const store = () => import('../tts/voice-store.js');

/** One installable catalogue voice as `voices` lists it. */
interface Installable {
  id: string;
  engine: string;
  language: string;
  gender: string;
  quality: string;
  size_mb: number | null;
  licence: string;
  sample_rate: number;
  archive: string;
  url: string;
}

const mb = (bytes: number | undefined): number | null => (bytes === undefined ? null : Math.round(bytes / 1e5) / 10);

/** Installable voices (catalogued, not installed here), one per voice id. */
async function installable(): Promise<Installable[]> {
  const [{ listInstalledVoices }, { catalogueEntries, kokoroSpeakerGender, voiceIdsOf }] = await Promise.all([store(), import('../tts/catalogue.js')]);
  const have = new Set((await listInstalledVoices()).map((v) => v.id.toLowerCase()));
  return catalogueEntries().flatMap((entry) =>
    voiceIdsOf(entry)
      .filter((voice) => !have.has(voice.id.toLowerCase()))
      .map((voice) => ({
        id: voice.id, engine: entry.engine, language: voice.language,
        gender: (entry.engine === 'kokoro' ? kokoroSpeakerGender(voice.id.replace(/^kokoro:/, '')) : undefined) ?? entry.gender,
        quality: entry.quality, size_mb: mb(entry.size), licence: entry.licence, sample_rate: entry.sampleRate, archive: entry.id, url: entry.url,
      })),
  );
}

/** Progress lines on stderr: redrawn in place on a terminal, else one per tenth of the download. */
async function progressPrinter(): Promise<(progress: InstallProgress) => void> {
  const { installDetail } = await import('../backends/local/speech.js');
  const tty = process.stderr.isTTY === true;
  let lastBucket = '';
  return (progress) => {
    const bucket = progress.stage === 'download' && progress.totalBytes > 0 ? `${progress.id}:${Math.floor((10 * progress.receivedBytes) / progress.totalBytes)}` : `${progress.id}:${progress.stage}`;
    if (tty) {
      process.stderr.write(`\r\x1b[K${installDetail(progress)}${progress.stage === 'done' ? '\n' : ''}`);
    } else if (bucket !== lastBucket) {
      lastBucket = bucket;
      process.stderr.write(`${installDetail(progress)}\n`);
    }
  };
}

function report(error: unknown, setExit: (code: number) => void): void {
  if ((error as Error).name === 'AbortError') {
    console.error('canceled: nothing was installed');
    setExit(130);
    return;
  }
  if (!(error instanceof VoiceoverError)) throw error;
  console.error(`${error.code}: ${error.message}\n  hint: ${error.hint}`);
  setExit(error.exitCode);
}

/** Register `voices`, `voices install`, `voices remove`. */
export function registerVoices(program: Command, setExit: (code: number) => void): void {
  const voices = program
    .command('voices')
    .description('list the voices usable here and the installable ones; install or remove neural voices')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const [{ loadVoiceCatalogue }, { voiceStoreDir }] = await Promise.all([import('../tts/registry.js'), store()]);
      const catalogue = await loadVoiceCatalogue();
      const usable = catalogue.voices.filter((v) => v.installed !== false);
      const offered = await installable();
      if (options.json) {
        console.log(JSON.stringify({ store: voiceStoreDir(), usable, installable: offered, missing: catalogue.missing, cloud: catalogue.cloud ?? [] }, null, 2));
        return;
      }
      console.log('Usable here:');
      for (const v of usable) console.log(`${v.id.padEnd(32)} ${v.language.padEnd(8)} ${v.engine}`);
      for (const m of catalogue.missing) console.log(`\n${m.engine} is not installed; it would add: ${m.languages}\n  install: ${m.install}`);
      for (const c of catalogue.cloud ?? []) {
        const key = c.keySet ? `${c.keyVariable} is set` : `${c.keyVariable} is not set (in a workflow: the action input ${c.keyInput})`;
        console.log(`\n${c.engine} (cloud): any voice ${c.engine}:<id> of the service; ${key}`);
      }
      console.log(`\nInstallable (voiceover voices install ID; installed on first use too) into ${voiceStoreDir()}:`);
      console.log(`${'ID'.padEnd(32)} ${'LANG'.padEnd(8)} ${'ENGINE'.padEnd(7)} ${'GENDER'.padEnd(7)} ${'QUALITY'.padEnd(8)} ${'SIZE'.padEnd(9)} ${'RATE'.padEnd(6)} LICENCE`);
      for (const v of offered) {
        const size = v.size_mb === null ? '?' : `${v.size_mb} MB`;
        console.log(`${v.id.padEnd(32)} ${v.language.padEnd(8)} ${v.engine.padEnd(7)} ${v.gender.padEnd(7)} ${v.quality.padEnd(8)} ${size.padEnd(9)} ${String(v.sample_rate).padEnd(6)} ${v.licence}`);
      }
    });
  voices
    .command('install')
    .description('install voices ahead of a run, or one downloaded by hand (--from a .tar.bz2, a folder, or NAME.onnx + NAME.onnx.json)')
    .argument('[ids...]', 'catalogued voice ids (piper:en_US-amy-medium, kokoro:af_heart)')
    .option('--from <path>', 'a sherpa-onnx TTS archive or folder, or a raw Piper .onnx (with its .onnx.json beside it)')
    .action(async (ids: string[], options: { from?: string }) => {
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      try {
        if (!options.from && ids.length === 0) {
          console.error('voices install: name the voices (voiceover voices install piper:en_US-amy-medium) or --from PATH');
          setExit(2);
          return;
        }
        const { installVoiceFrom, installVoices } = await store();
        const common = { signal: controller.signal, onProgress: await progressPrinter() };
        const installed = options.from ? await installVoiceFrom(options.from, common) : await installVoices(ids, common);
        for (const v of installed) console.log(`installed ${v.id} (${v.source}) in ${v.dir}`);
      } catch (error) {
        report(error, setExit);
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
  voices
    .command('remove')
    .description('remove an installed voice (a Kokoro speaker removes its whole archive)')
    .argument('<id>', 'voice id')
    .action(async (id: string) => {
      try {
        const { removeVoice } = await store();
        for (const removed of await removeVoice(id)) console.log(`removed ${removed}`);
      } catch (error) {
        report(error, setExit);
      }
    });
}
