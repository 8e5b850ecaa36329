// The logger interface library code may accept; the CLI and the action decide where lines go.

/** Where library code may send human-oriented messages (never to stdout directly). */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything: the default for library calls. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
