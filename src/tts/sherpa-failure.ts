// A sherpa-onnx process that died or refused a voice, as the one error a person sees: TTS_UNAVAILABLE
// naming the voice, what sherpa-onnx said, and how to get a working copy.

import { VoiceoverError } from '../core/errors.js';
import type { InstalledVoice } from './neural-types.js';
import { SherpaProcessDied, SherpaRequestFailed } from './sherpa-process.js';

/** What was being done when it failed. */
export type SherpaStage = 'load' | 'speak';

/** TTS_UNAVAILABLE for a voice sherpa-onnx could not load or speak with; other errors pass through. */
export function sherpaFailure(voice: InstalledVoice, stage: SherpaStage, error: unknown): unknown {
  if (!(error instanceof SherpaProcessDied) && !(error instanceof SherpaRequestFailed)) return error;
  const said = error.stderrTail ? `: ${error.stderrTail.replace(/\s*\n\s*/g, ' | ')}` : '';
  const what = stage === 'load' ? 'could not load' : 'crashed speaking with';
  const reinstall = voice.source === 'catalogue'
    ? `reinstall it: voiceover voices remove ${voice.id} && voiceover voices install ${voice.id}`
    : `bring a working sherpa-onnx ${voice.engine} archive again: voiceover voices install --from FILE`;
  return new VoiceoverError(
    'TTS_UNAVAILABLE',
    {
      detail: `sherpa-onnx ${what} voice "${voice.id}" (${voice.dir}): ${error.message}${said}`,
      hint: `its files are not a working ${voice.engine} model (model, tokens.txt, espeak-ng-data${voice.engine === 'kokoro' ? ', voices.bin' : ''}); ${reinstall}; or choose another voice (voiceover voices)`,
    },
    { cause: error },
  );
}
