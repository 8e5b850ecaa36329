// Refuse URL uploads to loopback, private, link-local, unique-local and other non-public addresses.

import { lookup } from 'node:dns/promises';
import { BlockList, isIP, isIPv4 } from 'node:net';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64], ['64:ff9b:1::', 48]] as const) {
  blocked.addSubnet(net, bits, 'ipv6');
}

/** An IPv4 address from two 16-bit groups. */
const v4Of = (hi: number, lo: number): string => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');

/**
 * The IPv4 addresses an IPv6 address carries, when it is one that reaches an IPv4 host: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96), NAT64 well-known prefix
 * (64:ff9b::/96, RFC 6052), 6to4 (2002::/16, RFC 3056), Teredo (2001::/32, RFC 4380: server and the
 * obfuscated client address). The local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215) places the IPv4
 * address by a length only its network knows, so it is refused whole (see the block list).
 */
function embeddedIPv4s(address: string): string[] | undefined {
  const h = expandIPv6(address);
  if (!h) return undefined;
  const zero = (from: number, to: number): boolean => h.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && (h[5] === 0xffff || h[5] === 0)) return [v4Of(h[6]!, h[7]!)];
  if (zero(0, 4) && h[4] === 0xffff && h[5] === 0) return [v4Of(h[6]!, h[7]!)];
  if (h[0] === 0x64 && h[1] === 0xff9b && zero(2, 6)) return [v4Of(h[6]!, h[7]!)];
  if (h[0] === 0x2002) return [v4Of(h[1]!, h[2]!)];
  if (h[0] === 0x2001 && h[1] === 0) return [v4Of(h[2]!, h[3]!), v4Of(h[6]! ^ 0xffff, h[7]! ^ 0xffff)];
  return undefined;
}

/** Eight 16-bit groups of an IPv6 address (dotted IPv4 tail allowed), or undefined. */
export function expandIPv6(address: string): number[] | undefined {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const bytes = dotted[1]!.split('.').map(Number);
    text = text.slice(0, -dotted[1]!.length) + `${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(Math.max(0, fill)).fill('0'), ...right].map((h) => parseInt(h, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** True when an IP address is not a public unicast address. */
export function isNonPublicAddress(address: string): boolean {
  if (isIPv4(address)) return blocked.check(address, 'ipv4');
  if (isIP(address) !== 6) return true;
  const v4 = embeddedIPv4s(address);
  if (v4 !== undefined) return v4.some((a) => blocked.check(a, 'ipv4'));
  return blocked.check(address, 'ipv6');
}

/** Every address a host name resolves to (an IP literal resolves to itself). */
export async function resolveHost(hostname: string): Promise<{ address: string; family: number }[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  if (family !== 0) return [{ address: host, family }];
  return lookup(host, { all: true, verbatim: true });
}
