/**
 * The matrix's endpoints: a workload of the design, the internet, or a block of outside addresses.
 *
 * A resource is one address (its private one, and its public one when it has one). The internet
 * and a CIDR are sets of source or destination addresses: they are split into classes by every
 * boundary the design's rules, routes, prefix lists and blocks draw (and RFC 1918's and the
 * documentation ranges', which the engine singles out), so every address of one class meets the
 * same rules on every path, and one walk per class is exact.
 *
 * The internet is every IPv4 address outside RFC 1918 and every VPC block (as a query's `srcIp`);
 * a CIDR endpoint is the part of its block outside every VPC and subnet block (addresses there are
 * hosts of a subnet, which the matrix leaves to resources).
 */
import { cidrOrNull, intToIp, ipToInt, RFC1918, type Cidr } from '../../model/cidr.ts';
import { INTERNET, kindsWith } from '../../model/kinds/index.ts';
import type { ValidationContext } from '../context.ts';
import { resolveEndpoint, type Endpoint as ReachEndpoint, type InVpc } from '../reachability/endpoints.ts';

export type Endpoint =
  | { readonly kind: 'resource'; readonly id: string }
  | { readonly kind: 'internet' }
  | { readonly kind: 'cidr'; readonly cidr: string };

export const INTERNET_ENDPOINT: Endpoint = Object.freeze({ kind: 'internet' });

export const resourceEndpoint = (id: string): Endpoint => ({ kind: 'resource', id });

/** A stable text key: the resource id, `internet`, or `cidr:<block>`. */
export function endpointKey(e: Endpoint): string {
  return e.kind === 'resource' ? e.id : e.kind === 'internet' ? INTERNET : `cidr:${e.cidr}`;
}

/** The endpoint a key names (the inverse of `endpointKey`). */
export function endpointFromKey(key: string): Endpoint {
  if (key === INTERNET) return INTERNET_ENDPOINT;
  if (key.startsWith('cidr:')) return { kind: 'cidr', cidr: key.slice(5) };
  return resourceEndpoint(key);
}

/** A resource's name (or id), `internet`, or the block. */
export function endpointLabel(ctx: ValidationContext, e: Endpoint): string {
  if (e.kind === 'internet') return INTERNET;
  if (e.kind === 'cidr') return e.cidr;
  const r = ctx.index.get(e.id);
  const name = r && typeof r.name === 'string' ? r.name.trim() : '';
  return name || e.id;
}

/** The internet, then every workload (instance, load balancer, database) that has an address in a subnet. */
export function defaultEndpoints(ctx: ValidationContext): Endpoint[] {
  const out: Endpoint[] = [INTERNET_ENDPOINT];
  for (const kind of kindsWith('workload')) {
    for (const r of ctx.index.ofKind(kind)) {
      const ep = resolveEndpoint(ctx, r.id);
      if (!('error' in ep) && ep.kind === 'resource') out.push(resourceEndpoint(r.id));
    }
  }
  return out;
}

/**
 * One part of an endpoint that a single walk stands for: a resource, or a class of outside
 * addresses `[lo, hi]` (the walk uses `ep.addr`, one of them).
 */
export interface Part {
  readonly ep: ReachEndpoint;
  readonly lo: number;
  readonly hi: number;
}

const MAX_ADDR = 2 ** 32 - 1;
const DEFAULT_HOST = ipToInt('203.0.113.1')!;
/** For a class below the documentation ranges (0.0.0.0–10.0.0.0, say): a plain public address. */
const NICE_HOST = ipToInt('1.1.1.1')!;
const SINGLED_OUT = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24']
  .map(cidrOrNull)
  .filter((c): c is Cidr => c !== null);

interface AddressFacts {
  /** Sorted class starts: every address between two consecutive starts meets the same rules. */
  readonly starts: readonly number[];
  /** Blocks inside a VPC (VPC blocks and subnet blocks), merged: not outside addresses. */
  readonly inside: readonly (readonly [number, number])[];
  /** The VPC blocks alone, merged (the internet is every address outside them and RFC 1918). */
  readonly vpcs: readonly (readonly [number, number])[];
}

const factsCache = new WeakMap<ValidationContext, AddressFacts>();
const localCache = new WeakMap<ValidationContext, Map<string, readonly number[]>>();

/** Every CIDR or address text anywhere in a value (rules, routes, prefix lists, blocks, fields). */
function collectBlocks(value: unknown, out: Cidr[], depth = 0): void {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (value.length > 43) return;
    const c = value.includes('/') ? cidrOrNull(value) : null;
    if (c) out.push(c);
    else {
      const ip = ipToInt(value);
      if (ip !== null) out.push({ base: ip, prefix: 32, last: ip });
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collectBlocks(v, out, depth + 1);
    return;
  }
  if (typeof value === 'object') for (const v of Object.values(value)) collectBlocks(v, out, depth + 1);
}

const resourceBlocks = new WeakMap<object, readonly Cidr[]>();

/**
 * `collectBlocks` of one resource, kept per object: a design's resources are immutable, so after an
 * edit only the changed ones are read again (a new context's address classes cost a look-up each).
 */
function blocksOf(r: unknown, out: Cidr[]): void {
  if (!r || typeof r !== 'object') return collectBlocks(r, out);
  let b = resourceBlocks.get(r);
  if (!b) {
    const own: Cidr[] = [];
    collectBlocks(r, own);
    resourceBlocks.set(r, (b = own));
  }
  for (const c of b) out.push(c);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function startsOf(blocks: readonly Cidr[]): number[] {
  const starts = new Set<number>([0]);
  for (const c of blocks) {
    starts.add(c.base);
    if (c.last < MAX_ADDR) starts.add(c.last + 1);
  }
  return [...starts].sort((a, b) => a - b);
}

/** The blocks every path may compare an address with: RFC 1918, the documentation ranges, VPC and subnet blocks, prefix lists. */
function commonBlocks(ctx: ValidationContext): Cidr[] {
  const blocks: Cidr[] = [...RFC1918, ...SINGLED_OUT];
  for (const kind of ['vpc', 'subnet', 'prefixList'] as const)
    for (const r of ctx.index.ofKind(kind)) blocksOf(r, blocks);
  return blocks;
}

/** Design-wide: the classes every boundary of the design draws, and the inside blocks. */
export function addressFacts(ctx: ValidationContext): AddressFacts {
  let f = factsCache.get(ctx);
  if (f) return f;
  const blocks: Cidr[] = [...RFC1918, ...SINGLED_OUT];
  for (const r of ctx.design.resources) blocksOf(r, blocks);
  const inside: [number, number][] = [];
  for (const v of ctx.index.ofKind('vpc')) for (const b of ctx.vpcBlocks(v.id)) inside.push([b.cidr.base, b.cidr.last]);
  const vpcs = mergeRanges(inside.map(([a, b]) => [a, b]));
  for (const s of ctx.index.ofKind('subnet')) {
    const c = ctx.cidr(s.cidr);
    if (c) inside.push([c.base, c.last]);
  }
  f = { starts: startsOf(blocks), inside: mergeRanges(inside), vpcs };
  factsCache.set(ctx, f);
  return f;
}

/**
 * The class starts that matter between the outside and one endpoint in a VPC: a path between
 * them compares the outside address only with the endpoint's security groups, the NACLs and route
 * tables of its VPC's subnets (its own, a NAT gateway's), prefix lists, and VPC, subnet, RFC 1918
 * and documentation blocks. Far fewer classes than the design-wide ones.
 */
export function localStarts(ctx: ValidationContext, ep: InVpc): readonly number[] {
  let m = localCache.get(ctx);
  if (!m) localCache.set(ctx, (m = new Map()));
  const key = `${ep.vpc.id}|${ep.subnet.id}|${ep.sgs ? ep.sgs.map((g) => g.id).join(',') : '-'}`;
  let starts = m.get(key);
  if (starts) return starts;
  const blocks = commonBlocks(ctx);
  const subnets = new Set([ep.subnet, ...ctx.subnetsOf(ep.vpc.id)]);
  for (const nat of ctx.index.ofKind('nat')) {
    const s = ctx.index.vpcOf(nat.id)?.id === ep.vpc.id ? ctx.index.subnetOf(nat.parent) : undefined;
    if (s) subnets.add(s);
  }
  for (const s of subnets) {
    blocksOf(ctx.naclOf(s.id), blocks);
    blocksOf(ctx.routeTableOf(s.id), blocks);
  }
  for (const g of ep.sgs ?? []) collectBlocks([g.ingress, g.egress], blocks);
  starts = startsOf(blocks);
  m.set(key, starts);
  return starts;
}

/** Subtract sorted disjoint `holes` from [lo, hi]. */
function without(lo: number, hi: number, holes: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let cur = lo;
  for (const [a, b] of holes) {
    if (b < cur) continue;
    if (a > hi) break;
    if (a > cur) out.push([cur, a - 1]);
    cur = Math.max(cur, b + 1);
    if (cur > hi) break;
  }
  if (cur <= hi) out.push([cur, hi]);
  return out;
}

/** The outside addresses of an endpoint, cut into classes: [lo, hi] each. */
export function addressClasses(
  ctx: ValidationContext,
  e: Endpoint,
  starts: readonly number[] = addressFacts(ctx).starts,
): [number, number][] {
  const facts = addressFacts(ctx);
  let ranges: [number, number][];
  if (e.kind === 'internet') {
    const holes = mergeRanges([
      ...RFC1918.map((c) => [c.base, c.last] as [number, number]),
      ...facts.vpcs.map(([a, b]) => [a, b] as [number, number]),
    ]);
    ranges = without(0, MAX_ADDR, holes);
  } else if (e.kind === 'cidr') {
    const c = cidrOrNull(e.cidr);
    ranges = c ? without(c.base, c.last, facts.inside) : [];
  } else return [];
  const out: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    // The first class start at or below lo, then every start inside (lo, hi].
    let i = upperBound(starts, lo);
    let cur = lo;
    for (; i < starts.length && starts[i]! <= hi; i++) {
      out.push([cur, starts[i]! - 1]);
      cur = starts[i]!;
    }
    out.push([cur, hi]);
  }
  return out;
}

/** The design-wide address class of an address (its index among the class starts). */
export function classIndex(starts: readonly number[], addr: number): number {
  return upperBound(starts, addr);
}

/**
 * The design-wide address class of an address as its first and last addresses (`lo-hi`): unlike
 * its index, it stays the same when an edit adds a boundary elsewhere (a class key kept across
 * contexts, classCache.ts).
 */
export function classRange(starts: readonly number[], addr: number): string {
  const i = upperBound(starts, addr);
  const lo = i > 0 ? starts[i - 1]! : 0;
  const hi = i < starts.length ? starts[i]! - 1 : MAX_ADDR;
  return `${lo}-${hi}`;
}

/** Index of the first element > x. */
function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The address a class is walked with: the engine's default internet host when the class holds it. */
export function classAddress(lo: number, hi: number): number {
  if (DEFAULT_HOST >= lo && DEFAULT_HOST <= hi) return DEFAULT_HOST;
  if (NICE_HOST >= lo && NICE_HOST <= hi) return NICE_HOST;
  // Not a network's first address when the class has another.
  return (lo & 255) === 0 && lo < hi ? lo + 1 : lo;
}

/**
 * The parts of an endpoint; none for a resource that is not a workload with an address in a
 * subnet. An outside endpoint's classes are those that matter towards `counterpart` (localStarts).
 */
export function partsOf(ctx: ValidationContext, e: Endpoint, counterpart?: InVpc): Part[] {
  if (e.kind === 'resource') {
    const ep = resolveEndpoint(ctx, e.id);
    if ('error' in ep || ep.kind !== 'resource') return [];
    return [{ ep, lo: (ep as InVpc).privateIp, hi: (ep as InVpc).privateIp }];
  }
  const starts = counterpart ? localStarts(ctx, counterpart) : addressFacts(ctx).starts;
  return addressClasses(ctx, e, starts).map(([lo, hi]) => {
    const addr = classAddress(lo, hi);
    const ep: ReachEndpoint =
      e.kind === 'internet'
        ? { kind: INTERNET, label: INTERNET, addr }
        : { kind: 'external', label: intToIp(addr), addr };
    return { ep, lo, hi };
  });
}
