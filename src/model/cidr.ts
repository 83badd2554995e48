/**
 * IPv4 address and CIDR arithmetic.
 *
 * Addresses are read in the strict dotted-quad form only: four decimal numbers 0–255 without leading
 * zeros (ipaddr.js's `isValidFourPartDecimal`, which this matches exactly, cidr.test.ts; not
 * imported here, as the kinds' defaults need IPv4 in the first paint and ipaddr.js is 3.6 kB of it;
 * IPv6, cidr6.ts, still parses with it). The range arithmetic is on unsigned 32-bit integers, which
 * is all IPv4 needs and keeps the validator's hot loops allocation-free.
 */

export interface Cidr {
  /** Network address as an unsigned 32-bit integer (host bits cleared). */
  readonly base: number;
  readonly prefix: number;
  /** Last address of the block, inclusive. */
  readonly last: number;
}

export type CidrParse =
  | { readonly ok: true; readonly cidr: Cidr; readonly canonical: string; readonly isCanonical: boolean }
  | { readonly ok: false; readonly error: CidrError; readonly canonical?: undefined };

export type CidrError = 'syntax' | 'prefix-range' | 'address';

const ADDRESS_COUNT = 2 ** 32;

/**
 * Parsing the same few hundred address and block texts again for every snapshot of a design was a
 * fifth of a full validation (BENCHMARKS.md): results are remembered by text. They are immutable
 * values (frozen), and the memory is bounded (cleared at MEMO_LIMIT entries).
 */
const MEMO_LIMIT = 8192;
function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let v = memo.get(text);
    if (v === undefined && !memo.has(text)) {
      v = fn(text);
      if (v !== null && typeof v === 'object') Object.freeze(v);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, v);
    }
    return v as T;
  };
}

/** Four decimal numbers of up to three digits, none with a leading zero (`010` is not ten: it is refused). */
const DOTTED_QUAD = /^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/;

export const ipToInt: (ip: string) => number | null = memoByText(parseIp);

function parseIp(ip: string): number | null {
  if (typeof ip !== 'string') return null;
  if (!DOTTED_QUAD.test(ip)) return null;
  const bytes = ip.split('.').map(Number);
  if (bytes.some((b) => b > 255)) return null;
  return ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
}

export function intToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

function maskBase(addr: number, prefix: number): number {
  const size = blockSize(prefix);
  return addr - (addr % size);
}

function makeCidr(base: number, prefix: number): Cidr {
  const b = maskBase(base, prefix);
  return { base: b, prefix, last: b + blockSize(prefix) - 1 };
}

/**
 * Parse `a.b.c.d/p`. A block with host bits set (10.0.1.5/24) parses, with `isCanonical: false`
 * and the canonical form AWS would store (10.0.1.0/24), so the UI can offer it.
 */
export const parseCidr: (text: string) => CidrParse = memoByText(parseCidrText);

function parseCidrText(text: string): CidrParse {
  if (typeof text !== 'string') return { ok: false, error: 'syntax' };
  const trimmed = text.trim();
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(trimmed);
  if (!m) return { ok: false, error: 'syntax' };
  const addr = ipToInt(m[1]!);
  if (addr === null) return { ok: false, error: 'address' };
  const prefix = Number(m[2]);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return { ok: false, error: 'prefix-range' };
  const cidr = Object.freeze(makeCidr(addr, prefix));
  const canonical = `${intToIp(cidr.base)}/${prefix}`;
  return Object.freeze({ ok: true, cidr, canonical, isCanonical: canonical === trimmed });
}

/** Parse, or null when the text is not a CIDR (for rules that skip what other rules report). */
export function cidrOrNull(text: string | null | undefined): Cidr | null {
  if (typeof text !== 'string') return null;
  const p = parseCidr(text);
  return p.ok ? p.cidr : null;
}

export function formatCidr(c: Cidr): string {
  return `${intToIp(c.base)}/${c.prefix}`;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= b.last && b.base <= a.last;
}

/** `outer` contains all of `inner` (equal blocks contain each other). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.base <= inner.base && inner.last <= outer.last;
}

export function containsIp(c: Cidr, ip: number): boolean {
  return c.base <= ip && ip <= c.last;
}

/** Usable addresses in an AWS subnet: the block minus the five AWS reserves. */
export function usableAddresses(prefix: number): number {
  return Math.max(0, blockSize(prefix) - 5);
}

/** AWS reserves the network address, +1 (router), +2 (DNS), +3, and the broadcast address. */
export function isReservedInSubnet(subnet: Cidr, ip: number): boolean {
  return ip - subnet.base <= 3 || ip === subnet.last;
}

/** The first address AWS would hand out in a subnet (base + 4). */
export function firstUsable(subnet: Cidr): number {
  return subnet.base + 4;
}

export const RFC1918: readonly Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(
  (t) => (parseCidr(t) as { cidr: Cidr }).cidr,
);

export function isRfc1918(c: Cidr): boolean {
  return RFC1918.some((r) => contains(r, c));
}

export function isRfc1918Ip(ip: number): boolean {
  return RFC1918.some((r) => containsIp(r, ip));
}

/**
 * The first free block of `/prefix` inside `within` that overlaps none of `taken`; null if full.
 * Used to propose a subnet's CIDR when it is dropped into a VPC.
 */
export function nextFreeBlock(within: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | null {
  if (prefix < within.prefix || prefix > 32) return null;
  const size = blockSize(prefix);
  const sorted = [...taken].filter((t) => overlaps(t, within)).sort((a, b) => a.base - b.base);
  let candidate = within.base;
  for (const t of sorted) {
    if (candidate + size - 1 < t.base) break;
    if (t.last >= candidate) candidate = maskBase(t.last + 1 + size - 1, prefix);
    if (candidate > within.last) return null;
  }
  if (candidate + size - 1 > within.last || candidate >= ADDRESS_COUNT) return null;
  return makeCidr(candidate, prefix);
}
