// The nemo backend: the hosted NemoVideo pipeline spoken as ../shared/nemo-protocol.md says.
// Settings come from the options, else the environment (read per item), so one instance serves a run.

import type { Logger } from '../../core/logger.js';
import type { ItemConfig } from '../../config/types.js';
import type { Backend, ItemContext, ItemResult } from '../types.js';
import { createClient, type NemoClient } from './client.js';
import type { NemoEvent, NemoEventListener } from './events.js';
import { processNemoItem } from './process-item.js';
import type { RetryPolicy } from './retry-policy.js';
import { resolveConnection, type ConnectionOptions } from './settings.js';
import type { HttpTimeouts } from './transport.js';

/** Options of the nemo backend; everything defaults to the environment and the protocol. */
export interface NemoBackendOptions extends ConnectionOptions {
  /** Environment to read (default process.env, read when an item starts). */
  env?: NodeJS.ProcessEnv;
  /** A fixed client id for the anonymous-token call. */
  clientId?: string;
  /** Folder of the persisted client id (default VOICEOVER_CONFIG_DIR, $XDG_CONFIG_HOME/voiceover, ~/.config/voiceover). */
  configDir?: string;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<HttpTimeouts>;
  /** Hears what the client does (retries, sessions, stream ends, polls, exports, downloads). */
  onEvent?: NemoEventListener;
  /** Receives debug lines for every event, and the agent's (mapped) replies. */
  logger?: Logger;
}

function describe(event: NemoEvent): string {
  const { type, ...rest } = event;
  return `nemo ${type}: ${JSON.stringify(rest)}`;
}

/** The nemo backend instance. */
export function createNemoBackend(options: NemoBackendOptions = {}): Backend {
  const clients = new Map<string, NemoClient>();
  const onEvent: NemoEventListener = (event) => {
    options.onEvent?.(event);
    options.logger?.debug(describe(event));
  };
  // Items with the same connection share a client: one keep-alive pool, one anonymous token.
  const clientFor = (): NemoClient => {
    const env = options.env ?? process.env;
    const connection = resolveConnection(env, options);
    const key = JSON.stringify(connection);
    let client = clients.get(key);
    if (!client) {
      client = createClient(connection, { env, clientId: options.clientId, configDir: options.configDir, retry: options.retry, timeouts: options.timeouts, onEvent });
      clients.set(key, client);
    }
    return client;
  };
  return {
    name: 'nemo',
    // The client verified the export as complete and decodable; its format gets warnings, never refusal.
    outputCheck: 'intact',
    process: (item: ItemConfig, context: ItemContext): Promise<ItemResult> =>
      processNemoItem(clientFor(), item, { ...context, logger: context.logger ?? options.logger }, onEvent),
  };
}
