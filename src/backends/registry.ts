// The one registry of backends (lazy-loaded) and the `auto` rule: nemo when a token is set, else local.

import type { BackendName } from '../config/types.js';
import type { Backend } from './types.js';

type ConcreteBackend = Exclude<BackendName, 'auto'>;

const LOADERS: Record<ConcreteBackend, () => Promise<Backend>> = {
  local: async () => (await import('./local/local-backend.js')).createLocalBackend(),
  nemo: async () => (await import('./nemo/nemo-backend.js')).createNemoBackend(),
};

/** Which backend `auto` means in this environment. */
export function resolveBackendName(name: BackendName, env: NodeJS.ProcessEnv = process.env): ConcreteBackend {
  if (name !== 'auto') return name;
  return env.NEMO_TOKEN ? 'nemo' : 'local';
}

const cache = new Map<ConcreteBackend, Promise<Backend>>();

/** The backend instance for a name (loaded once). */
export function loadBackend(name: ConcreteBackend): Promise<Backend> {
  let backend = cache.get(name);
  if (!backend) {
    backend = LOADERS[name]();
    backend.catch(() => cache.delete(name));
    cache.set(name, backend);
  }
  return backend;
}
