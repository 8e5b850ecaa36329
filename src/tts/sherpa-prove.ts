// Prove a voice before it enters the store: load it and speak one line in a process of its own, which the
// native code may kill (exit 255 on missing metadata or a wrong-sized voices.bin, SIGSEGV when espeak-ng
// cannot set the voice) without taking ours down.

import { VoiceoverError } from '../core/errors.js';
import { throwIfAborted } from '../core/progress.js';
import type { InstalledVoice } from './neural-types.js';
import { locateSherpaAddon, SHERPA_INSTALL_HINT, sherpaConfig } from './sherpa-addon.js';
import { sherpaFailure } from './sherpa-failure.js';
import { SherpaProcess } from './sherpa-process.js';

/** The line a voice must speak to be proven. */
export const PROOF_TEXT = 'This is a test of the voice.';

/** What the proof measured. */
export interface VoiceProof {
  sampleRate: number;
  numSpeakers: number;
  /** Seconds of audio the proof line gave. */
  duration_s: number;
  /** Resident memory of the process with the model loaded, bytes. */
  rss: number;
}

/**
 * Load `voice` and speak PROOF_TEXT with it in a fresh child process. Throws TTS_UNAVAILABLE naming the
 * voice when sherpa-onnx refuses or kills the process, when the speaker id is out of range, or when no
 * audio comes back; the signal kills the process.
 */
export async function proveVoice(voice: InstalledVoice, signal?: AbortSignal): Promise<VoiceProof> {
  throwIfAborted(signal);
  const addon = locateSherpaAddon();
  if ('missing' in addon) {
    throw new VoiceoverError('TTS_UNAVAILABLE', { detail: `voice "${voice.id}" needs sherpa-onnx: ${addon.missing}`, hint: `install it: ${SHERPA_INSTALL_HINT}` });
  }
  const process = new SherpaProcess();
  const onAbort = (): void => process.kill();
  signal?.addEventListener('abort', onAbort, { once: true });
  let stage: 'load' | 'speak' = 'load';
  try {
    const loaded = await process.load(addon.dir, sherpaConfig(voice));
    if (voice.speakerId < 0 || voice.speakerId >= loaded.numSpeakers) {
      throw new VoiceoverError('TTS_UNAVAILABLE', {
        detail: `voice "${voice.id}" is speaker ${voice.speakerId} of ${voice.model}, which has ${loaded.numSpeakers} speaker(s)`,
        hint: 'the archive does not match the catalogue entry: reinstall the voice, or choose another (voiceover voices)',
      });
    }
    stage = 'speak';
    const audio = await process.speak(PROOF_TEXT, voice.speakerId, 1);
    if (audio.samples.length === 0) {
      throw new VoiceoverError('TTS_UNAVAILABLE', {
        detail: `voice "${voice.id}" loaded but spoke no audio for "${PROOF_TEXT}"`,
        hint: 'check that its tokens.txt and espeak-ng-data belong to the model; or choose another voice (voiceover voices)',
      });
    }
    return { sampleRate: audio.sampleRate, numSpeakers: loaded.numSpeakers, duration_s: audio.samples.length / audio.sampleRate, rss: audio.rss };
  } catch (error) {
    throwIfAborted(signal);
    throw sherpaFailure(voice, stage, error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    process.kill();
  }
}
