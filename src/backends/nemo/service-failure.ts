// A failed call to the service, as the client sees it before it becomes a person-facing error.

/** Which protocol call failed (names the scope for 403 and the step in messages). */
export type CallKind = 'token' | 'session' | 'upload' | 'message' | 'state' | 'credits' | 'export' | 'render-status' | 'cancel' | 'download';

/** What a call failure carries: the service's code (or HTTP status), its text, and how to retry. */
export interface FailureInfo {
  /** The envelope's non-zero `code`, else the HTTP status; undefined for network errors. */
  code?: number;
  /** HTTP status when there was an answer. */
  status?: number;
  /** The service's own words (already stripped of GUI phrasing by the caller). */
  message: string;
  /** Seconds from a Retry-After header. */
  retryAfterS?: number;
  /** No answer at all: connection refused, reset, timed out. */
  network?: boolean;
  /** The request certainly never reached the service (connection refused, DNS). */
  notSent?: boolean;
  /** The file or URL the call was about (uploads), for messages. */
  subject?: string;
  /** The decoded answer body, for details such as a scope name. */
  body?: unknown;
  cause?: unknown;
}

/** A failed call to the service; mapped to a registry error at the item level (nemo-errors.ts). */
export class ServiceFailure extends Error {
  readonly kind: CallKind;
  readonly info: FailureInfo;

  constructor(kind: CallKind, info: FailureInfo) {
    super(`${kind}: ${info.code ?? 'network'} ${info.message}`, info.cause === undefined ? undefined : { cause: info.cause });
    this.name = 'ServiceFailure';
    this.kind = kind;
    this.info = info;
  }

  /** The service's code or HTTP status. */
  get code(): number | undefined {
    return this.info.code;
  }

  /** Worth repeating for an idempotent call: a network error or a 5xx answer. */
  get transient(): boolean {
    if (this.info.network) return true;
    const status = this.info.status ?? 0;
    const code = this.info.code ?? status;
    return status >= 500 && (code === status || (code >= 500 && code < 600));
  }
}
