// The OVERFLOW error for a line that does not fit even at max_stretch (overflow: error).

import { VoiceoverError } from '../core/errors.js';
import { toSeconds } from './ms.js';

/** OVERFLOW for line `index` (0-based; shown 1-based): it plays `needMs` but only `roomMs` are free. */
export function overflowError(index: number, needMs: number, roomMs: number, maxStretch: number): VoiceoverError {
  return new VoiceoverError('OVERFLOW', {
    line: index + 1,
    need_s: toSeconds(needMs),
    have_s: toSeconds(Math.max(0, roomMs)),
    max_stretch: maxStretch,
  });
}
