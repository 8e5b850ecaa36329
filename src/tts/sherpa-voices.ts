// The installed neural voices the sherpa-onnx engines speak with, and installing a catalogued one on
// first use. The voice store (voice-store.ts) owns the store; the catalogue (catalogue.ts) what can be installed.

import type { CataloguedVoice, InstallProgress, InstalledVoice } from './neural-types.js';

/** Where installed voices are, and how to install one (tests pass their own). */
export interface NeuralVoiceSource {
  list(): Promise<InstalledVoice[]>;
  /** Voices of the catalogue (one per Kokoro speaker), installed or not: those not installed are valid config. */
  catalogued?(): Promise<CataloguedVoice[]>;
  /** Install a catalogued voice not yet installed; throws naming what to do when it cannot be had. */
  ensure(id: string, options: { signal?: AbortSignal; onProgress?: (progress: InstallProgress) => void }): Promise<InstalledVoice>;
}

export type { CataloguedVoice } from './neural-types.js';

/** The store in this machine (VOICEOVER_VOICES_DIR …): voice-store.ts lists and installs, catalogue.ts offers. */
export const storeVoiceSource: NeuralVoiceSource = {
  list: async () => (await import('./voice-store.js')).listInstalledVoices(),
  catalogued: async () => (await import('./catalogue.js')).cataloguedVoices(),
  ensure: async (id, options) => (await import('./voice-store.js')).ensureVoiceInstalled(id, options),
};
