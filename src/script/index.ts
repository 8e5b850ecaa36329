// Public surface of script/: parse scripts into cues and normalise text for speech.

export { parseScript, type ParseScriptOptions, type ParseScriptResult } from './parse.js';
export { normaliseForSpeech } from './normalise.js';
export { compilePronunciations, type PronunciationMap } from './user-pronunciations.js';
export type { Cue, ParsedScript } from './types.js';
