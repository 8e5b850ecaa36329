// `voiceover serve` flags → ServerOptions (the CLI wires the command; this checks and converts the values).

import { resolve } from 'node:path';
import { VoiceoverError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ServerOptions } from './types.js';

/** The flags of `voiceover serve`, as a CLI parser hands them over (numbers may still be strings). */
export interface ServeFlags {
  port?: number | string;
  host?: string;
  /** Repeatable `--token`; `TOKEN:read,render` limits its scopes. */
  token?: string | string[];
  dataDir?: string;
  grant?: number | string;
  cost?: number | string;
  allowPrivateUrls?: boolean;
  webUrl?: string;
  /** False with `--no-anonymous`: only fixed tokens are accepted. */
  anonymous?: boolean;
  /** New anonymous tokens per client address per hour (default 20; 0: no limit). */
  anonymousPerHour?: number | string;
  /** Upload limit in MB (default 500). */
  maxUploadMb?: number | string;
}

/** Where `voiceover serve` keeps its data when --data-dir is not given (relative to the working folder). */
export const DEFAULT_DATA_DIR = '.voiceover-serve';

function whole(flag: string, value: number | string | undefined, hint: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new VoiceoverError('CONFIG_INVALID', { detail: `--${flag} must be a whole number, got ${String(value)}`, hint });
  return n;
}

/** Convert and check the flags; `cwd` anchors a relative --data-dir. */
export function serverOptionsFromFlags(flags: ServeFlags, extra: { cwd?: string; logger?: Logger } = {}): ServerOptions {
  const tokens = (Array.isArray(flags.token) ? flags.token : flags.token === undefined ? [] : [flags.token]).map((t) => t.trim()).filter(Boolean);
  const port = whole('port', flags.port, '--port takes a number from 0 to 65535 (0 picks a free port)');
  if (port !== undefined && port > 65535) throw new VoiceoverError('CONFIG_INVALID', { detail: `--port must be at most 65535, got ${port}`, hint: 'pick a port from 0 to 65535' });
  const maxUploadMb = whole('max-upload-mb', flags.maxUploadMb, '--max-upload-mb takes a number of megabytes, e.g. 500');
  return {
    host: flags.host?.trim() || undefined,
    port,
    dataDir: resolve(extra.cwd ?? process.cwd(), flags.dataDir?.trim() || DEFAULT_DATA_DIR),
    tokens,
    grantCredits: whole('grant', flags.grant, '--grant takes the credits each new user gets, e.g. 100'),
    messageCost: whole('cost', flags.cost, '--cost takes the credits one edit message costs, e.g. 50'),
    maxUploadBytes: maxUploadMb === undefined ? undefined : maxUploadMb * 1024 * 1024,
    allowPrivateUrls: flags.allowPrivateUrls === true,
    anonymous: flags.anonymous !== false,
    anonymousPerHour: whole('anonymous-per-hour', flags.anonymousPerHour, '--anonymous-per-hour takes a number of new tokens per address per hour, e.g. 20 (0: no limit)'),
    webUrl: flags.webUrl?.trim() || undefined,
    logger: extra.logger,
  };
}
