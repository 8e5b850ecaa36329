// Everything one connection needs, shared by the items of a run: transport, token, API, client id.

import { NemoApi } from './api.js';
import { resolveClientId } from './client-id.js';
import { CreditAccount } from './credit-account.js';
import type { NemoEventListener } from './events.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry-policy.js';
import { attributionHeaders, type Connection } from './settings.js';
import { TokenSource } from './token-source.js';
import { DEFAULT_TIMEOUTS, Transport, type HttpTimeouts } from './transport.js';

/** A connected client. */
export interface NemoClient {
  connection: Connection;
  api: NemoApi;
  tokens: TokenSource;
  retry: RetryPolicy;
  /** The account's credits as this process holds them (one token, one account). */
  credits: CreditAccount;
}

/** How to build a client besides the connection. */
export interface ClientOptions {
  env: NodeJS.ProcessEnv;
  /** A fixed client id (else NEMO_CLIENT_ID, the repository id, or the persisted one). */
  clientId?: string;
  /** Folder of the persisted client id (else VOICEOVER_CONFIG_DIR, $XDG_CONFIG_HOME/voiceover, ~/.config/voiceover). */
  configDir?: string;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<HttpTimeouts>;
  onEvent?: NemoEventListener;
}

/** Build a client; the client id is resolved (and persisted) only when an anonymous token is needed. */
export function createClient(connection: Connection, options: ClientOptions): NemoClient {
  const transport = new Transport(connection.apiUrl, attributionHeaders(connection), { ...DEFAULT_TIMEOUTS, ...options.timeouts });
  let id: Promise<string> | undefined;
  const clientId = (): Promise<string> => {
    id ??= options.clientId ? Promise.resolve(options.clientId) : resolveClientId(options.env, options.configDir).then((c) => c.id);
    return id;
  };
  const tokens = new TokenSource(transport, connection.token, clientId);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const api = new NemoApi(transport, { tokens, retry, ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
  return { connection, api, tokens, retry, credits: new CreditAccount() };
}
