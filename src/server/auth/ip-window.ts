// A per-client-address limit over a sliding hour: how many new anonymous tokens one address may get.

import { isIPv6 } from 'node:net';
import { expandIPv6 } from '../upload/address-guard.js';

/** The bucket of an address: IPv4 (also IPv4-mapped) as is, IPv6 by its /64 (one host usually holds a whole /64). */
export function addressBucket(address: string | undefined): string {
  const text = (address ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(text)) return text;
  const hextets = expandIPv6(text);
  return hextets ? `${hextets.slice(0, 4).map((h) => h.toString(16)).join(':')}::/64` : text;
}

/** Counts events per address within `windowMs`; `limit` 0 means no limit. */
export class IpWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number = 3600_000,
  ) {}

  /** Seconds to wait before `address` may have another event, or 0 when it may now. */
  retryAfterS(address: string | undefined, now = Date.now()): number {
    if (this.limit === 0) return 0;
    const recent = this.recent(addressBucket(address), now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.limit]! + this.windowMs - now) / 1000));
  }

  /** Count one event for `address`. */
  record(address: string | undefined, now = Date.now()): void {
    if (this.limit === 0) return;
    const bucket = addressBucket(address);
    this.hits.set(bucket, [...this.recent(bucket, now), now]);
  }

  private recent(bucket: string, now: number): number[] {
    const kept = (this.hits.get(bucket) ?? []).filter((t) => t > now - this.windowMs);
    if (kept.length === 0) this.hits.delete(bucket);
    else this.hits.set(bucket, kept);
    return kept;
  }
}
