// ServerOptions → checked values with defaults (bad values throw CONFIG_INVALID with a hint).

import { VoiceoverError } from '../core/errors.js';
import { parseFixedTokens } from './auth/authenticate.js';
import type { ResolvedOptions } from './context.js';
import type { ServerOptions } from './types.js';

/** Defaults of `voiceover serve`. */
export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  grantCredits: 100,
  messageCost: 50,
  maxUploadBytes: 500 * 1024 * 1024,
  anonymousPerHour: 20,
} as const;

function invalid(detail: string, hint: string): VoiceoverError {
  return new VoiceoverError('CONFIG_INVALID', { detail, hint });
}

function integer(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw invalid(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`, `fix ${name}`);
  return v;
}

/** Apply defaults and check every option. */
export function resolveOptions(options: ServerOptions): ResolvedOptions {
  if (typeof options.dataDir !== 'string' || options.dataDir.trim() === '') throw invalid('dataDir is required', 'pass --data-dir DIR');
  const webUrl = options.webUrl?.trim();
  if (webUrl !== undefined && webUrl !== '' && !/^https?:\/\/[^\s/]+/.test(webUrl)) throw invalid(`webUrl must be an http(s) URL, got ${webUrl}`, 'pass --web-url https://…');
  const fixedTokens = parseFixedTokens(options.tokens ?? []);
  const anonymous = options.anonymous !== false;
  if (!anonymous && fixedTokens.size === 0) throw invalid('--no-anonymous without any --token: nobody could use the server', 'pass --token SECRET (repeatable) with --no-anonymous');
  return {
    host: options.host?.trim() || SERVER_DEFAULTS.host,
    port: integer('port', options.port, SERVER_DEFAULTS.port, 0, 65535),
    grantCredits: integer('grantCredits', options.grantCredits, SERVER_DEFAULTS.grantCredits, 0, 1e9),
    messageCost: integer('messageCost', options.messageCost, SERVER_DEFAULTS.messageCost, 0, 1e9),
    maxUploadBytes: integer('maxUploadBytes', options.maxUploadBytes, SERVER_DEFAULTS.maxUploadBytes, 1, Number.MAX_SAFE_INTEGER),
    allowPrivateUrls: options.allowPrivateUrls === true,
    webUrl: webUrl || undefined,
    anonymous,
    anonymousPerHour: integer('anonymousPerHour', options.anonymousPerHour, SERVER_DEFAULTS.anonymousPerHour, 0, 1e9),
    fixedTokens,
  };
}
