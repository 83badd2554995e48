/**
 * The traffic between two endpoints, exactly: every part of the source (a resource, or a class of
 * internet addresses) against every part of the destination, each path walked once (symbolic.ts),
 * its filters evaluated as sets. And a witness: one concrete packet of a set, with the path
 * engine's own hop-by-hop answer for it.
 *
 * The client's source ports: any ephemeral port, 1024–65535 (AWS's recommendation for NACLs,
 * what NAT gateways and load balancers use; `EPHEMERAL` in reachability/filters.ts), as a
 * reachability query without `srcPort`: a NACL on the way back must let all of them through.
 */
import { intToIp } from '../../model/cidr.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import type { ValidationContext } from '../context.ts';
import { CIDR_READ, ClassCache, classCacheFor, isNewest } from './classCache.ts';
import { analyzeInContext } from '../reachability/analyze.ts';
import { isOutside, type InVpc } from '../reachability/endpoints.ts';
import type { ReachabilityAnswer, ReachQuery } from '../reachability/types.ts';
import { list, objects, str } from '../safe.ts';
import { addressFacts, classRange, endpointKey, partsOf, type Endpoint, type Part } from './endpoints.ts';
import { FilterEvaluator, tracePath, type Filter, type PathShape } from './symbolic.ts';
import type { SgLike } from '../reachability/sg.ts';
import type { Resource, SecurityGroup, SgRule } from '../../model/types.ts';
import { ALL, EMPTY, intersect, isEmpty, sample, subtract, union, type TrafficSet } from './trafficSet.ts';

export interface Access {
  /** The packets that get through (delivered, or out by a known way for the internet). */
  readonly allowed: TrafficSet;
  /** The packets whose fate is not known (a prefix list with unknown entries, a resource not modelled). */
  readonly unknown: TrafficSet;
}

export const NO_ACCESS: Access = Object.freeze({ allowed: EMPTY, unknown: EMPTY });

/** The per-context state: parts of endpoints, paths, filter evaluations. */
export class AccessEngine {
  readonly evaluator: FilterEvaluator;
  private readonly parts = new Map<string, Part[]>();
  private readonly shapes = new Map<string, PathShape>();

  private cache: ClassCache;
  private readonly keep: boolean;

  /**
   * Per pair of classes: the access and what it read (kept across contexts, classCache.ts). When a
   * newer context took the results over and this one is asked again (an undo back to this
   * snapshot), they are taken back, less what the change back touched.
   */
  get classes(): ClassCache {
    if (this.keep && !isNewest(this.cache)) this.cache = classCacheFor(this.ctx);
    return this.cache;
  }

  /** `keep`: take over (and hand on) the last context's class results; false for a computation from scratch. */
  constructor(
    readonly ctx: ValidationContext,
    keep = true,
  ) {
    this.evaluator = new FilterEvaluator(ctx);
    this.keep = keep;
    this.cache = keep ? classCacheFor(ctx) : new ClassCache();
  }

  /** The class of an endpoint (`classKey` of a resource, the endpoint itself outside), or null without parts. */
  classOf(e: Endpoint): string | null {
    if (e.kind !== 'resource') return `ep|${endpointKey(e)}`;
    let c = this.classOfId.get(e.id);
    if (c === undefined) {
      try {
        const p = this.partsOf(e)[0];
        c = p ? this.classKey(p) : null;
      } catch {
        // A malformed field: a class of its own.
        c = `own|${e.id}`;
      }
      this.classOfId.set(e.id, c);
    }
    return c;
  }

  private readonly classOfId = new Map<string, string | null>();

  /**
   * `between`, once per pair of classes: two resources of one class behave alike (classKey), so
   * the access of any two members stands for every such pair. Kept across contexts while nothing
   * it read changed (classCache.ts).
   */
  classBetween(src: Endpoint, dst: Endpoint, within: TrafficSet = ALL): Access {
    if (endpointKey(src) === endpointKey(dst)) return this.between(src, dst, within);
    const cs = this.classOf(src);
    const cd = this.classOf(dst);
    if (cs === null || cd === null) return this.between(src, dst, within);
    return this.classAccess(cs, cd, src, dst, within);
  }

  /** `classBetween` of two distinct endpoints whose classes (`classOf`) are `cs` and `cd`. */
  classAccess(cs: string, cd: string, src: Endpoint, dst: Endpoint, within: TrafficSet = ALL): Access {
    // One result per pair of classes, for all traffic: that of `within` is its part (each filter
    // intersects, so the packets of `within` that get through are `within` ∩ those of all traffic,
    // and the same for those not known), shared by the matrix and every intent.
    const classes = this.classes;
    let a = classes.get(cs, cd);
    if (!a) {
      // Walks kept from a context before a change of filter rules only: their filters evaluated anew.
      const kept = classes.paths(cs, cd);
      const shapes = kept && this.refreshed(kept.shapes);
      if (kept && shapes) {
        a = this.evaluateAll(shapes);
        classes.set(cs, cd, a, kept.reads, shapes);
      } else {
        const reads = new Set<string>();
        const walked: PathShape[] = [];
        if (src.kind === 'cidr' || dst.kind === 'cidr') reads.add(CIDR_READ);
        a = this.between(src, dst, ALL, reads, walked);
        classes.set(cs, cd, a, reads, walked);
      }
    }
    if (within === ALL) return a;
    return { allowed: intersect(a.allowed, within), unknown: intersect(a.unknown, within) };
  }

  private readonly groups = new Map<readonly SgLike[], readonly SgLike[] | null>();

  /** Walks of an earlier context with their filters re-read from this one, or null when one is gone. */
  private refreshed(shapes: readonly PathShape[]): PathShape[] | null {
    const out: PathShape[] = [];
    for (const sh of shapes) {
      const filters: Filter[] = [];
      for (const f of sh.filters) {
        const g = refreshFilter(this.ctx, f, this.groups);
        if (!g) return null;
        filters.push(g);
      }
      out.push({ ...sh, filters });
    }
    return out;
  }

  /** The access through a cell's walks (`between` without walking). */
  private evaluateAll(shapes: readonly PathShape[]): Access {
    let allowed = EMPTY;
    let unknown = EMPTY;
    for (const sh of shapes) {
      const r = this.evaluator.evaluate(sh, ALL);
      allowed = union(allowed, r.allowed);
      unknown = union(unknown, r.unknown);
    }
    return { allowed, unknown: subtract(unknown, allowed) };
  }

  /** The parts of an endpoint; an outside one's classes are those that matter towards `counterpart`. */
  partsOf(e: Endpoint, counterpart?: InVpc): Part[] {
    const key = counterpart && e.kind !== 'resource' ? `${endpointKey(e)}@${counterpart.label}` : endpointKey(e);
    let p = this.parts.get(key);
    if (!p) this.parts.set(key, (p = partsOf(this.ctx, e, counterpart)));
    return p;
  }

  shape(s: Part, d: Part): PathShape {
    const at = (p: Part) => `${p.ep.label}|${isOutside(p.ep) ? p.ep.addr : ''}`;
    const key = `${at(s)}>${at(d)}`;
    let sh = this.shapes.get(key);
    if (!sh) this.shapes.set(key, (sh = tracePath(this.ctx, s.ep, d.ep)));
    return sh;
  }

  /** The part pairs of two endpoints that a packet can take (never both outside every VPC). */
  pairs(src: Endpoint, dst: Endpoint): [Part, Part][] {
    const out: [Part, Part][] = [];
    if (src.kind !== 'resource' && dst.kind !== 'resource') return out;
    if (src.kind === 'resource') {
      for (const s of this.partsOf(src)) {
        for (const d of this.partsOf(dst, s.ep as InVpc)) out.push([s, d]);
      }
    } else {
      for (const d of this.partsOf(dst)) for (const s of this.partsOf(src, d.ep as InVpc)) out.push([s, d]);
    }
    return out;
  }

  private targets: Set<string> | undefined;

  /**
   * Resources that behave alike as endpoints share a key: the same subnet, security groups, kind
   * and own ports, addresses in the same design-wide address class, the same public address
   * status, and not a route's target. A path between two members of two classes is the same walk
   * with the same filters, so the matrix computes one cell per pair of classes.
   */
  classKey(p: Part): string {
    const ep = p.ep;
    if (isOutside(ep)) return `outside|${ep.addr}`;
    const r = ep.resource;
    if (!r) return `host|${ep.privateIp}`;
    if (!this.targets) {
      this.targets = new Set();
      for (const t of this.ctx.index.ofKind('routeTable'))
        for (const route of objects<{ target?: unknown }>(t.routes)) {
          const id = str(route.target);
          if (id) this.targets.add(id);
        }
    }
    if (this.targets.has(r.id)) return `target|${r.id}`;
    const starts = addressFacts(this.ctx).starts;
    const own =
      r.kind === 'loadBalancer'
        ? JSON.stringify(list<unknown>(r.listenerPorts))
        : r.kind === 'rds'
          ? JSON.stringify(r.port ?? null)
          : '';
    return [
      ep.subnet.id,
      ep.vpc.id,
      ep.sgs ? ep.sgs.map((g) => g.id).join(',') : '-',
      r.kind,
      own,
      classRange(starts, ep.privateIp),
      ep.publicIp === null ? '-' : classRange(starts, ep.publicIp),
    ].join('|');
  }

  /**
   * The access between two endpoints; `reads` collects the ids of what it read (the endpoints, their
   * subnets, VPCs and security groups, and what each walk read: PathShape.reads).
   */
  between(src: Endpoint, dst: Endpoint, within: TrafficSet = ALL, reads?: Set<string>, walked?: PathShape[]): Access {
    let allowed = EMPTY;
    let unknown = EMPTY;
    for (const [s, d] of this.pairs(src, dst)) {
      const shape = this.shape(s, d);
      walked?.push(shape);
      if (reads) {
        for (const p of [s, d]) {
          if (isOutside(p.ep)) continue;
          // The endpoints' own security groups and address are in their class keys; their VPCs
          // are read for a change classCache.ts only knows by its VPC, their subnets for a change
          // of a subnet's block (classCache.ts subnetBlockReaders).
          reads.add(p.ep.vpc.id);
          reads.add(p.ep.subnet.id);
        }
        for (const id of shape.reads) reads.add(id);
        for (const f of shape.filters) {
          if (f.kind === 'sg') for (const g of f.sgs ?? []) reads.add(g.id);
          else if (f.kind === 'nacl' && f.acl) reads.add(f.acl.id);
          else if (f.kind === 'arrival') reads.add(f.resource.id);
        }
      }
      const r = this.evaluator.evaluate(shape, within);
      allowed = union(allowed, r.allowed);
      unknown = union(unknown, r.unknown);
    }
    return { allowed, unknown: subtract(unknown, allowed) };
  }
}

/** Filters re-read from `ctx` by id (walks kept from an earlier context); null when one is gone. */
function refreshFilter(
  ctx: ValidationContext,
  f: Filter,
  groups: Map<readonly SgLike[], readonly SgLike[] | null>,
): Filter | null {
  const now = <R extends Resource>(r: R): R | null => {
    const x = ctx.index.get(r.id);
    return x && x.kind === r.kind ? (x as R) : null;
  };
  switch (f.kind) {
    case 'nacl': {
      if (!f.acl) return f;
      const acl = now(f.acl);
      return acl ? { ...f, acl } : null;
    }
    case 'arrival': {
      const resource = now(f.resource);
      return resource ? { ...f, resource } : null;
    }
    case 'sg': {
      let sgs: readonly SgLike[] | null = null;
      if (f.sgs) {
        // One array per array (the evaluator keeps its results per array).
        let g = groups.get(f.sgs);
        if (g === undefined) {
          const out: SgLike[] = [];
          for (const x of f.sgs) {
            if (x.synthetic) out.push(x);
            else {
              const y = ctx.index.get(x.id);
              if (!y || y.kind !== 'securityGroup') break;
              // As reachability/sg.ts effectiveSgs reads a group.
              const sg = y as SecurityGroup;
              out.push({ id: sg.id, synthetic: false, ingress: objects<SgRule>(sg.ingress), egress: objects<SgRule>(sg.egress) });
            }
          }
          g = out.length === f.sgs.length ? out : null;
          groups.set(f.sgs, g);
        }
        if (!g) return null;
        sgs = g;
      }
      let peer = f.peer;
      if (peer.resource) {
        const resource = now(peer.resource);
        if (!resource) return null;
        peer = { ...peer, resource };
      }
      return { ...f, sgs, peer };
    }
  }
}

const engines = new WeakMap<ValidationContext, AccessEngine>();

export function engineFor(ctx: ValidationContext): AccessEngine {
  let e = engines.get(ctx);
  if (!e) engines.set(ctx, (e = new AccessEngine(ctx)));
  return e;
}

/** The traffic from `src` to `dst` (of `within`, default all) that gets through, and what is not known. */
export function accessBetween(ctx: ValidationContext, src: Endpoint, dst: Endpoint, within: TrafficSet = ALL): Access {
  return engineFor(ctx).classBetween(src, dst, within);
}

export interface WitnessPacket {
  /** The source address as it left the source (an internet client's address for the internet). */
  readonly source: string;
  readonly destination: string;
  readonly protocol: ReachQuery['protocol'];
  /** The destination port (0 where ports do not apply). */
  readonly port: number;
}

export interface Witness {
  readonly packet: WitnessPacket;
  /** The reachability query that asks about this packet (`analyzeReachability` answers it the same). */
  readonly query: ReachQuery;
  readonly answer: ReachabilityAnswer;
  /** What the matrix says of the packet. */
  readonly verdict: 'allowed' | 'unknown' | 'blocked';
}

function queryFor(s: Part, d: Part, packet: { protocol: ReachQuery['protocol']; port: number }): ReachQuery {
  const from =
    s.ep.kind === INTERNET ? INTERNET : s.ep.kind === 'external' ? intToIp(s.ep.addr) : (s.ep.resource?.id ?? '');
  const to = d.ep.kind === 'external' || d.ep.kind === INTERNET ? intToIp(d.ep.addr) : (d.ep.resource?.id ?? '');
  return {
    from,
    to,
    protocol: packet.protocol,
    port: packet.port,
    ...(s.ep.kind === INTERNET ? { srcIp: intToIp(s.ep.addr) } : {}),
  };
}

/**
 * One concrete packet of `set` (default: all traffic) from `src` to `dst` and its hop-by-hop
 * answer: one that gets through when some does, else one whose fate is not known, else a blocked
 * one (the answer says where). Null when the endpoints have no address to send from or to.
 */
export function witness(ctx: ValidationContext, src: Endpoint, dst: Endpoint, set: TrafficSet = ALL): Witness | null {
  const engine = engineFor(ctx);
  const pairs = engine.pairs(src, dst);
  if (!pairs.length || isEmpty(set)) return null;
  let pick: { s: Part; d: Part; from: TrafficSet; verdict: Witness['verdict'] } | undefined;
  // The engine's default internet host when its class lets some of the set through.
  const plain = (p: Part) => !isOutside(p.ep) || intToIp(p.ep.addr) === '203.0.113.1';
  const ordered = [
    ...pairs.filter(([s, d]) => plain(s) && plain(d)),
    ...pairs.filter(([s, d]) => !plain(s) || !plain(d)),
  ];
  for (const [s, d] of ordered) {
    const r = engine.evaluator.evaluate(engine.shape(s, d), set);
    if (!isEmpty(r.allowed)) {
      pick = { s, d, from: r.allowed, verdict: 'allowed' };
      break;
    }
    if (!pick && !isEmpty(r.unknown)) pick = { s, d, from: r.unknown, verdict: 'unknown' };
  }
  if (!pick) {
    const [s, d] = pairs[0]!;
    pick = { s, d, from: set, verdict: 'blocked' };
  }
  const packet = sample(intersect(pick.from, set))!;
  const query = queryFor(pick.s, pick.d, packet);
  const answer = analyzeInContext(ctx, query);
  return {
    packet: {
      source: answer.forward?.sourceAddress ?? intToIp(isOutside(pick.s.ep) ? pick.s.ep.addr : pick.s.ep.privateIp),
      destination: answer.forward?.destinationAddress ?? query.to,
      protocol: packet.protocol,
      port: packet.port,
    },
    query,
    answer,
    verdict: pick.verdict,
  };
}
