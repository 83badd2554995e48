/**
 * IPv6 address and CIDR arithmetic, on 128-bit `bigint`s. Parsing uses ipaddr.js (as cidr.ts does
 * for IPv4): it accepts every RFC 4291 text form (`::`, `2001:db8::1`, embedded IPv4) and refuses
 * the rest. IPv4 and IPv6 are independent everywhere AWS routes or filters [UG:VPC_Route_Tables]:
 * an IPv6 block never matches an IPv4 address, and the other way round.
 */
import ipaddr from 'ipaddr.js';

export interface Cidr6 {
  readonly base: bigint;
  readonly prefix: number;
  readonly last: bigint;
}

export type Cidr6Parse =
  | { readonly ok: true; readonly cidr: Cidr6; readonly canonical: string; readonly isCanonical: boolean }
  | { readonly ok: false; readonly error: 'syntax' | 'prefix-range' };

const ALL = (1n << 128n) - 1n;

function toBig(a: ipaddr.IPv6): bigint {
  let n = 0n;
  for (const part of a.parts) n = (n << 16n) | BigInt(part);
  return n;
}

/** Whether a text looks like IPv6 at all (has a colon): the address family a field is in. */
export function looksIpv6(text: unknown): boolean {
  // An IPv6 address or block: hex digits, colons (and the dots of an embedded IPv4 address), an
  // optional prefix. A resource id with colons (a load balancer's ARN) is not one.
  return typeof text === 'string' && text.includes(':') && /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(text);
}

/** A bare IPv6 address as a bigint, or null. */
export function ip6ToBig(text: unknown): bigint | null {
  if (typeof text !== 'string' || !text.includes(':')) return null;
  const t = text.trim();
  if (!ipaddr.IPv6.isValid(t) || t.includes('%')) return null;
  try {
    return toBig(ipaddr.IPv6.parse(t));
  } catch {
    return null;
  }
}

/** The RFC 5952 text of an address (`2001:db8::1`). */
export function bigToIp6(n: bigint): string {
  const parts: number[] = [];
  for (let i = 7; i >= 0; i--) parts.push(Number((n >> BigInt(i * 16)) & 0xffffn));
  return new ipaddr.IPv6(parts).toRFC5952String();
}

function mask(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
}

export function parseCidr6(text: unknown): Cidr6Parse {
  if (typeof text !== 'string') return { ok: false, error: 'syntax' };
  const m = /^\s*([0-9a-fA-F:.]+)\/(\d{1,3})\s*$/.exec(text);
  if (!m) return { ok: false, error: 'syntax' };
  const addr = ip6ToBig(m[1]);
  if (addr === null) return { ok: false, error: 'syntax' };
  const prefix = Number(m[2]);
  if (prefix > 128) return { ok: false, error: 'prefix-range' };
  const base = addr & mask(prefix);
  const cidr = { base, prefix, last: base | (~mask(prefix) & ALL) };
  const canonical = `${bigToIp6(base)}/${prefix}`;
  return { ok: true, cidr, canonical, isCanonical: base === addr };
}

export function cidr6OrNull(text: unknown): Cidr6 | null {
  const p = parseCidr6(text);
  return p.ok ? p.cidr : null;
}

export function formatCidr6(c: Cidr6): string {
  return `${bigToIp6(c.base)}/${c.prefix}`;
}

export function contains6(c: Cidr6, addr: bigint): boolean {
  return addr >= c.base && addr <= c.last;
}

/** `inner` lies wholly inside `outer`. */
export function within6(inner: Cidr6, outer: Cidr6): boolean {
  return inner.base >= outer.base && inner.last <= outer.last;
}

export function overlaps6(a: Cidr6, b: Cidr6): boolean {
  return a.base <= b.last && b.base <= a.last;
}

/** The `n`th address of a block (0 = the network address). */
export function nthAddress6(c: Cidr6, n: bigint): bigint {
  return c.base + n;
}

/**
 * The IPv6 block text AWS assigns at deploy time (an Amazon-provided /56, a subnet's /64 cut from
 * it): written `unknown` in a design, never invented.
 */
export const UNKNOWN_IPV6 = 'unknown';
