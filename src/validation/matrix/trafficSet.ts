/**
 * A set of packets between two fixed endpoints: IP protocol → destination port intervals, exact
 * and always normalised (sorted, merged), so two sets are equal exactly when their data is.
 *
 * Protocol numbers 0–255 (1 icmp, 6 tcp, 17 udp, which the model writes by name). tcp and udp
 * carry destination ports 0–65535; every other protocol is all-or-nothing (VPC Town does not tell
 * ICMP types apart, and AWS rules for other protocols cover all of their traffic), kept as the one
 * interval [0, 0]. `rest` stands for every protocol not listed in `entries`, wholly: the full set
 * is `{ rest: true, entries: [] }`, and "all but tcp 22" is `rest: true` with tcp's other ports.
 *
 * Plain data (no class, no Map): it crosses a Web Worker by structured clone and prints as JSON.
 */
import { isIpProtocol, type IpProtocol } from '../../model/kinds/index.ts';
import { protocolText } from '../protocols.ts';

/** Flat, sorted, disjoint, non-adjacent inclusive intervals: [lo0, hi0, lo1, hi1, …]. */
export type Intervals = readonly number[];

export interface TrafficSet {
  /** Every protocol not in `entries` is wholly in the set. */
  readonly rest: boolean;
  /** Protocols whose part differs from `rest`, ascending by number, each with its intervals. */
  readonly entries: readonly (readonly [protocol: number, ports: Intervals])[];
}

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const MAX_PORT = 65535;

export const EMPTY: TrafficSet = Object.freeze({ rest: false, entries: Object.freeze([]) });
export const ALL: TrafficSet = Object.freeze({ rest: true, entries: Object.freeze([]) });

export const hasPorts = (p: number): boolean => p === TCP || p === UDP;
const FULL_PORTS: Intervals = Object.freeze([0, MAX_PORT]);
const PRESENT: Intervals = Object.freeze([0, 0]);
const NONE: Intervals = Object.freeze([]);
const fullOf = (p: number): Intervals => (hasPorts(p) ? FULL_PORTS : PRESENT);

/** The protocol number of a model protocol (`tcp` → 6); null for `all` and anything else. */
export function protocolNumber(p: unknown): number | null {
  if (p === 'tcp') return TCP;
  if (p === 'udp') return UDP;
  if (p === 'icmp') return ICMP;
  return typeof p === 'number' && isIpProtocol(p) ? p : null;
}

/** The model's protocol for a number (6 → `tcp`). */
export function toIpProtocol(n: number): IpProtocol {
  return n === TCP ? 'tcp' : n === UDP ? 'udp' : n === ICMP ? 'icmp' : n;
}

// ---- intervals -------------------------------------------------------------------------------

function unionI(a: Intervals, b: Intervals): Intervals {
  if (!a.length) return b;
  if (!b.length) return a;
  const all: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) all.push([a[i]!, a[i + 1]!]);
  for (let i = 0; i < b.length; i += 2) all.push([b[i]!, b[i + 1]!]);
  all.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [lo, hi] of all) {
    const n = out.length;
    if (n && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function intersectI(a: Intervals, b: Intervals): Intervals {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

function subtractI(a: Intervals, b: Intervals): Intervals {
  if (!a.length || !b.length) return a;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i]!;
    const hi = a[i + 1]!;
    while (j < b.length && b[j + 1]! < lo) j += 2;
    let k = j;
    while (k < b.length && b[k]! <= hi) {
      if (b[k]! > lo) out.push(lo, b[k]! - 1);
      lo = Math.max(lo, b[k + 1]! + 1);
      k += 2;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

const equalI = (a: Intervals, b: Intervals) => a.length === b.length && a.every((v, i) => v === b[i]);

// ---- sets ------------------------------------------------------------------------------------

/** The ports (or [0, 0] presence) of protocol `p` in the set. */
export function portsOf(s: TrafficSet, p: number): Intervals {
  for (const [q, ports] of s.entries) if (q === p) return ports;
  return s.rest ? fullOf(p) : NONE;
}

function make(rest: boolean, parts: Iterable<readonly [number, Intervals]>): TrafficSet {
  const entries: [number, Intervals][] = [];
  for (const [p, ports] of parts) {
    if (!equalI(ports, rest ? fullOf(p) : NONE)) entries.push([p, ports]);
  }
  if (!entries.length) return rest ? ALL : EMPTY;
  entries.sort((x, y) => x[0] - y[0]);
  return { rest, entries };
}

function combine(
  a: TrafficSet,
  b: TrafficSet,
  rest: (x: boolean, y: boolean) => boolean,
  op: (x: Intervals, y: Intervals) => Intervals,
): TrafficSet {
  const keys = new Set<number>();
  for (const [p] of a.entries) keys.add(p);
  for (const [p] of b.entries) keys.add(p);
  const r = rest(a.rest, b.rest);
  return make(
    r,
    [...keys].map((p) => [p, op(portsOf(a, p), portsOf(b, p))] as const),
  );
}

export const union = (a: TrafficSet, b: TrafficSet): TrafficSet =>
  a === EMPTY ? b : b === EMPTY ? a : combine(a, b, (x, y) => x || y, unionI);
export const intersect = (a: TrafficSet, b: TrafficSet): TrafficSet =>
  a === ALL ? b : b === ALL ? a : combine(a, b, (x, y) => x && y, intersectI);
export const subtract = (a: TrafficSet, b: TrafficSet): TrafficSet =>
  b === EMPTY ? a : combine(a, b, (x, y) => x && !y, subtractI);
export const isEmpty = (s: TrafficSet): boolean => !s.rest && s.entries.length === 0;
export const equals = (a: TrafficSet, b: TrafficSet): boolean =>
  a.rest === b.rest &&
  a.entries.length === b.entries.length &&
  a.entries.every(([p, ports], i) => b.entries[i]![0] === p && equalI(ports, b.entries[i]![1]));

/** Is one packet in the set? `protocol` is a model protocol (`tcp`, 50…); `port` counts for tcp/udp only. */
export function contains(s: TrafficSet, protocol: IpProtocol, port = 0): boolean {
  const p = protocolNumber(protocol);
  if (p === null) return false;
  const ports = portsOf(s, p);
  const at = hasPorts(p) ? port : 0;
  for (let i = 0; i < ports.length; i += 2) if (at >= ports[i]! && at <= ports[i + 1]!) return true;
  return false;
}

/**
 * The packets of one rule or query: a protocol (`all` for every protocol) and, for tcp/udp, an
 * inclusive port range (default all ports; out-of-range ends are clipped, an empty range is empty).
 */
export function traffic(protocol: unknown, from = 0, to = MAX_PORT): TrafficSet {
  if (protocol === 'all') return ALL;
  const p = protocolNumber(protocol);
  if (p === null) return EMPTY;
  if (!hasPorts(p)) return make(false, [[p, PRESENT]]);
  const lo = Math.max(0, Math.ceil(from));
  const hi = Math.min(MAX_PORT, Math.floor(to));
  if (!(lo <= hi)) return EMPTY;
  return make(false, [[p, [lo, hi]]]);
}

/** Several tcp/udp ports (or ranges) of one protocol. */
export function ports(protocol: 'tcp' | 'udp', list: readonly (number | readonly [number, number])[]): TrafficSet {
  return list.reduce<TrafficSet>(
    (acc, x) => union(acc, typeof x === 'number' ? traffic(protocol, x, x) : traffic(protocol, x[0], x[1])),
    EMPTY,
  );
}

/**
 * The set whose tcp and udp parts are all ports where the given set holds every port of [lo, hi],
 * and none otherwise; other protocols unchanged. (A stateless filter on the replies, which go to
 * any of the client's ephemeral ports: every one of them must pass, whatever the request's port.)
 */
export function requireRange(s: TrafficSet, lo: number, hi: number): TrafficSet {
  const need: Intervals = [lo, hi];
  const parts: [number, Intervals][] = s.entries.map(([p, v]) => [p, v]);
  for (const p of [TCP, UDP]) {
    const has = equalI(intersectI(portsOf(s, p), need), need);
    const i = parts.findIndex(([q]) => q === p);
    const v = has ? FULL_PORTS : NONE;
    if (i >= 0) parts[i] = [p, v];
    else parts.push([p, v]);
  }
  return make(s.rest, parts);
}

// ---- words -----------------------------------------------------------------------------------

function portsText(v: Intervals): string {
  const out: string[] = [];
  for (let i = 0; i < v.length; i += 2) out.push(v[i] === v[i + 1] ? `${v[i]}` : `${v[i]}-${v[i + 1]}`);
  return out.join(',');
}

function partText(p: number, v: Intervals): string {
  const name = protocolText(toIpProtocol(p));
  return hasPorts(p) ? `${name} ${portsText(v)}` : name;
}

function listText(s: { entries: readonly (readonly [number, Intervals])[] }): string {
  const order = (p: number) => (p === TCP ? -3 : p === UDP ? -2 : p === ICMP ? -1 : p);
  return [...s.entries]
    .filter(([, v]) => v.length > 0)
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([p, v]) => partText(p, v))
    .join(' · ');
}

/**
 * Compact English: `tcp 80,443 · udp 53 · icmp`, `all traffic`, `all traffic except tcp 22`,
 * `none` for the empty set.
 */
export function format(s: TrafficSet): string {
  if (!s.rest) return s.entries.length ? listText(s) : 'none';
  if (!s.entries.length) return 'all traffic';
  const missing = s.entries.map(([p, v]) => [p, subtractI(fullOf(p), v)] as const);
  return `all traffic except ${listText({ entries: missing })}`;
}

/** One packet of a non-empty set, preferring tcp, then udp, icmp, other protocols; the lowest port. */
export function sample(s: TrafficSet): { protocol: IpProtocol; port: number } | null {
  for (const p of [TCP, UDP, ICMP]) {
    const v = portsOf(s, p);
    if (v.length) return { protocol: toIpProtocol(p), port: hasPorts(p) ? v[0]! : 0 };
  }
  for (const [p, v] of s.entries) if (v.length) return { protocol: toIpProtocol(p), port: 0 };
  if (s.rest) {
    for (let p = 0; p <= 255; p++) if (portsOf(s, p).length) return { protocol: toIpProtocol(p), port: 0 };
  }
  return null;
}
