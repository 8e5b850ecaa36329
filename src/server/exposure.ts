// Whether the server is reachable beyond this machine while handing out anonymous tokens (worth a loud warning).

import { isIP } from 'node:net';
import type { ResolvedOptions } from './context.js';
import { expandIPv6 } from './upload/address-guard.js';

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, their IPv4-mapped forms, `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = h.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return isIP(h) === 6 && expandIPv6(h)?.join(':') === '0:0:0:0:0:0:0:1';
}

/** The warning to log when anonymous tokens are issued on a non-loopback address, else undefined. */
export function exposureWarning(options: Pick<ResolvedOptions, 'host' | 'anonymous' | 'anonymousPerHour' | 'fixedTokens'>): string | undefined {
  if (!options.anonymous || isLoopbackHost(options.host)) return undefined;
  const limit = options.anonymousPerHour === 0 ? 'with no limit (--anonymous-per-hour 0)' : `up to ${options.anonymousPerHour} new ones per address per hour`;
  const fixed = options.fixedTokens.size > 0 ? 'besides your --token ones' : 'and no --token is set';
  return (
    `ANONYMOUS ACCESS ON A NETWORK ADDRESS: listening on ${options.host}, anyone who can reach this port gets an anonymous token (${limit}) ${fixed}, ` +
    'and can upload files and run renders on this machine. To require a token, restart with --token SECRET --no-anonymous (or bind --host 127.0.0.1).'
  );
}
