// The bearer token: NEMO_TOKEN as given (registered), else an anonymous one fetched with the stable
// client id (protocol §1). Only an anonymous token is ever renewed, once per refusal, shared by all items.

import { ServiceFailure } from './service-failure.js';
import type { Transport } from './transport.js';

/** How the client got its token. */
export type TokenKind = 'registered' | 'anonymous';

/** An anonymous token as the service hands it out. */
interface AnonymousToken {
  token: string;
  user_id?: string;
}

/** Holds the current token; fetches and renews anonymous ones. */
export class TokenSource {
  readonly kind: TokenKind;
  /** Every token this source has handed out (to keep them out of messages). */
  readonly seen = new Set<string>();
  private token: Promise<AnonymousToken> | undefined;

  constructor(
    private readonly transport: Transport,
    given: string | undefined,
    private readonly clientId: () => Promise<string>,
  ) {
    this.kind = given ? 'registered' : 'anonymous';
    if (given) this.token = Promise.resolve({ token: given });
  }

  /** The token to send now (fetching an anonymous one the first time). */
  async current(signal?: AbortSignal): Promise<string> {
    this.token ??= this.fetchAnonymous(signal);
    const pending = this.token;
    try {
      const { token } = await pending;
      this.seen.add(token);
      return token;
    } catch (error) {
      if (this.token === pending) this.token = undefined;
      throw error;
    }
  }

  /** The account's user id when the token answer named one. */
  async userId(): Promise<string | undefined> {
    return this.token ? (await this.token.catch(() => undefined))?.user_id : undefined;
  }

  /** Whether a refused token can be replaced (anonymous tokens only). */
  get renewable(): boolean {
    return this.kind === 'anonymous';
  }

  /** Replace a refused anonymous token (the same client id); items refused with the same token share one renewal. */
  async renew(refused: string, signal?: AbortSignal): Promise<void> {
    if (!this.renewable) return;
    const now = await this.token?.catch(() => undefined);
    if (now && now.token !== refused) return;
    this.token = this.fetchAnonymous(signal);
    await this.current(signal);
  }

  private async fetchAnonymous(signal?: AbortSignal): Promise<AnonymousToken> {
    const headers = { 'x-client-id': await this.clientId() };
    const response = await this.transport.send('token', { method: 'POST', url: '/api/auth/anonymous-token', headers, signal });
    const { data } = await this.transport.readJson('token', response, signal);
    const record = (data ?? {}) as Record<string, unknown>;
    if (typeof record.token !== 'string' || !record.token) {
      throw new ServiceFailure('token', { status: response.statusCode, message: 'the anonymous-token answer has no data.token', body: data });
    }
    return { token: record.token, ...(typeof record.user_id === 'string' ? { user_id: record.user_id } : {}) };
  }
}
