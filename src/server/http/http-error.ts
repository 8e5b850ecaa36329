// An error answer: HTTP status, protocol code and message (thrown by handlers, sent by the server).

/** Protocol error codes this server answers with (see nemo-protocol.md, "Errors"). */
export const CODES = {
  TOKEN_INVALID: 1001,
  SESSION_NOT_FOUND: 1002,
  NO_CREDITS: 2001,
  UNSUPPORTED_FILE: 4001,
  FILE_TOO_LARGE: 4002,
} as const;

/** A failed request: sent as `{code, message, success: false}` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  /** The JSON body of the answer. */
  body(): Record<string, unknown> {
    return { code: this.code, message: this.message, success: false, ...this.extra };
  }
}

/** 1001: the token is missing, unknown or expired. */
export const tokenInvalid = (detail: string): HttpError => new HttpError(401, CODES.TOKEN_INVALID, `token invalid or expired: ${detail}`);

/** 1002: no such session for this user. */
export const sessionNotFound = (id: string): HttpError => new HttpError(404, CODES.SESSION_NOT_FOUND, `session ${id} not found`);

/** 400: a malformed request. */
export const badRequest = (message: string, extra: Record<string, unknown> = {}): HttpError => new HttpError(400, 400, message, {}, extra);

/** 404 for anything else that does not exist. */
export const notFound = (what: string): HttpError => new HttpError(404, 404, `${what} not found`);
