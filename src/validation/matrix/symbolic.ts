/**
 * The path engine run once per pair of addresses, for every packet at once.
 *
 * For two fixed addresses the path a packet takes does not depend on its protocol or port: route
 * lookups, gateways and address translation read addresses only. What does are the filters on
 * the way: NACLs (forward, and the replies' ephemeral ports), security groups, and the
 * destination's own ports (listeners, a database's port). So the matrix walks the path with the
 * reachability engine's own code (`walkBetween`), with a walk whose filters record themselves
 * instead of deciding, then evaluates each recorded filter as a set of packets (header space
 * analysis, Kazemian et al., NSDI 2012, with one header field per protocol: the port).
 *
 * A packet gets through when every filter lets it and the path ends delivered (or leaves by a
 * known way out); it is unknown when the first filter or path end that does not let it through
 * says "not known", exactly as the concrete walk stops at the first hop that blocks or cannot tell.
 */
import { containsIp } from '../../model/cidr.ts';
import { list } from '../safe.ts';
import type { NetworkAcl, Resource, Subnet, Vpc } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { allowsAllByDefault, naclRangeSegments, naclRules, naclUnknownRules, type Direction } from '../nacl.ts';
import { walkBetween } from '../reachability/analyze.ts';
import { isOutside as isOutsideEp, type Endpoint as ReachEndpoint, type InVpc } from '../reachability/endpoints.ts';
import { EPHEMERAL } from '../reachability/filters.ts';
import { rulePeerMatch, type Peer, type SgLike } from '../reachability/sg.ts';
import type { Hop } from '../reachability/types.ts';
import { Walk, type Leg, type Packet } from '../reachability/walk.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import {
  ALL,
  EMPTY,
  hasPorts,
  intersect,
  isEmpty,
  protocolNumber,
  subtract,
  traffic,
  union,
  type TrafficSet,
} from './trafficSet.ts';

/** One filter on a path, as the walk met it. */
export type Filter =
  | {
      readonly kind: 'nacl';
      readonly acl: NetworkAcl | undefined;
      readonly direction: Direction;
      readonly peer: number;
      /** For the replies: the client ports they go to, every one of which must pass. */
      readonly replies: readonly [number, number] | null;
    }
  | {
      readonly kind: 'sg';
      readonly sgs: readonly SgLike[] | null;
      readonly direction: 'ingress' | 'egress';
      readonly peer: Peer;
    }
  | { readonly kind: 'arrival'; readonly resource: Resource };

/** A path between two addresses: its filters in order, and how the path itself ends. */
export interface PathShape {
  readonly filters: readonly Filter[];
  readonly end: 'pass' | 'block' | 'unknown';
  /**
   * The ids of what the walk read: every hop's resource, every subnet and VPC it passed (and their
   * route tables and NACLs), gateways, peerings, targets. What an edit must change to change the path
   * (classCache.ts drops a result when one of them changes).
   */
  readonly reads: readonly string[];
}

type Named = { readonly id?: unknown } | undefined | null;

class RecordingWalk extends Walk {
  readonly filters: Filter[] = [];
  readonly reads = new Set<string>();

  private note(...xs: Named[]): void {
    for (const x of xs) if (x && typeof x.id === 'string') this.reads.add(x.id);
  }

  /** A subnet met: it, its VPC, its route table and NACL. */
  private place(subnet: Subnet | undefined, vpc?: Vpc): void {
    if (!subnet) return;
    if (vpc) this.note(vpc);
    if (this.reads.has(subnet.id)) return;
    this.note(subnet, this.ctx.index.vpcOf(subnet.id), this.ctx.routeTableOf(subnet.id), this.ctx.naclOf(subnet.id));
  }

  /** The hop texts are not needed (a witness asks the path engine itself): only what they name. */
  override hop(
    _verdict: Hop['verdict'],
    resource: string,
    _kind: string,
    _detail: string,
    params: Record<string, string | number> = {},
  ): void {
    if (typeof resource === 'string') this.reads.add(resource);
    // A rule's or route's words name resources too (a route's target, a table): the design's ids among them.
    for (const v of Object.values(params)) if (typeof v === 'string' && this.ctx.index.get(v)) this.reads.add(v);
  }

  override route(subnet: Subnet, vpc: Vpc, pkt: Packet, dst: ReachEndpoint, natHops: number): void {
    this.place(subnet, vpc);
    super.route(subnet, vpc, pkt, dst, natHops);
  }

  override cross(from: Subnet, to: Subnet, vpc: Vpc, pkt: Packet, dst: ReachEndpoint): void {
    this.place(from, vpc);
    this.place(to, vpc);
    super.cross(from, to, vpc, pkt, dst);
  }

  override enter(...args: Parameters<Walk['enter']>): void {
    const [to, vpc, from, , , leg] = args;
    this.place(to, vpc);
    this.place(from);
    this.note(leg.pcx, leg.tgw?.tgw, leg.tgw?.from, leg.tgw?.to);
    super.enter(...args);
  }

  override throughPeering(...args: Parameters<Walk['throughPeering']>): void {
    const [subnet, vpc, pcx, peer] = args;
    this.place(subnet, vpc);
    this.note(pcx, peer);
    super.throughPeering(...args);
  }

  override egressIgw(...args: Parameters<Walk['egressIgw']>): void {
    const [subnet, vpc, igw] = args;
    this.place(subnet, vpc);
    this.note(igw);
    super.egressIgw(...args);
  }

  override ingressIgw(dst: InVpc, pkt: Packet): void {
    this.place(dst.subnet, dst.vpc);
    this.note(dst.resource);
    super.ingressIgw(dst, pkt);
  }

  override throughNat(...args: Parameters<Walk['throughNat']>): void {
    const [subnet, vpc, nat] = args;
    this.place(subnet, vpc);
    this.note(nat);
    super.throughNat(...args);
  }

  override deliver(dst: ReachEndpoint, subnet: Subnet, pkt: Packet): void {
    this.place(subnet);
    if (!isOutsideEp(dst)) this.note(dst.resource, dst.vpc);
    super.deliver(dst, subnet, pkt);
  }

  override routeBack(leg: Leg): void {
    this.place(leg.from === INTERNET ? undefined : leg.from);
    this.place(leg.to === INTERNET ? undefined : leg.to);
    this.note(leg.pcx, leg.toVpc, leg.tgw?.tgw, leg.tgw?.from, leg.tgw?.to);
    super.routeBack(leg);
  }

  override nacl(
    subnet: Subnet,
    direction: Direction,
    peerAddr: number,
    way: Hop['direction'],
    ports: readonly [number, number] = EPHEMERAL,
  ): void {
    this.place(subnet);
    this.filters.push({
      kind: 'nacl',
      acl: this.ctx.naclOf(subnet.id),
      direction,
      peer: peerAddr,
      replies: way === 'return' ? ports : null,
    });
  }

  override sg(ep: InVpc, direction: 'ingress' | 'egress', peer: Peer): void {
    this.place(ep.subnet, ep.vpc);
    this.note(ep.resource, peer.resource, ...(ep.sgs ?? []));
    this.filters.push({ kind: 'sg', sgs: ep.sgs, direction, peer });
  }

  override arrival(r: Resource): void {
    this.note(r);
    this.filters.push({ kind: 'arrival', resource: r });
  }
}

/** The path from `src` to `dst` (at most one of them outside every VPC). */
export function tracePath(ctx: ValidationContext, src: ReachEndpoint, dst: ReachEndpoint): PathShape {
  const w = new RecordingWalk(ctx, { from: src.label, to: dst.label, protocol: 'tcp', port: 0 });
  try {
    const a = walkBetween(w, src, dst);
    return {
      filters: w.filters,
      end: a.reachable ? 'pass' : a.outcome === 'unknown' ? 'unknown' : 'block',
      reads: [...w.reads],
    };
  } catch {
    // analyzeReachability answers a failed analysis as blocked (NO_PATH).
    return { filters: w.filters, end: 'block', reads: [...w.reads] };
  }
}

/** What a filter lets through, and what it may or may not (a prefix list whose entries are not known). */
export interface FilterSet {
  readonly allowed: TrafficSet;
  readonly unknown: TrafficSet;
}

const PASS: FilterSet = { allowed: ALL, unknown: EMPTY };

/** The traffic a rule names (`protocolMatches`): ports count for tcp/udp, and only when both are numbers. */
function ruleTraffic(protocol: unknown, from: unknown, to: unknown): TrafficSet {
  if (protocol === 'all') return ALL;
  const p = protocolNumber(protocol);
  if (p === null) return EMPTY;
  if (!hasPorts(p)) return traffic(protocol);
  if (typeof from !== 'number' || typeof to !== 'number') return EMPTY;
  return traffic(protocol, from, to);
}

/** `naclDecide` for every packet towards or from one address (see `FilterEvaluator.nacl`). */
function naclSet(acl: NetworkAcl, direction: Direction, addr: number): FilterSet {
  const known = naclRules(acl, direction);
  const open = naclUnknownRules(acl, direction);
  let rest = ALL;
  let allowed = EMPTY;
  let unknown = EMPTY;
  // The traffic of the rules of unknown block met so far (numbered below the current rule), by action.
  let openAllow = EMPTY;
  let openDeny = EMPTY;
  let u = 0;
  for (const r of known) {
    if (isEmpty(rest)) break;
    for (; u < open.length && open[u]!.number < r.number; u++) {
      const t = ruleTraffic(open[u]!.protocol, open[u]!.from, open[u]!.to);
      if (open[u]!.allow) openAllow = union(openAllow, t);
      else openDeny = union(openDeny, t);
    }
    if (!containsIp(r.cidr, addr)) continue;
    const t = intersect(ruleTraffic(r.protocol, r.from, r.to), rest);
    if (isEmpty(t)) continue;
    const doubt = intersect(t, r.allow ? openDeny : openAllow);
    if (r.allow) allowed = union(allowed, subtract(t, doubt));
    unknown = union(unknown, doubt);
    rest = subtract(rest, t);
  }
  // The final deny: unknown where any rule of unknown block would allow.
  if (!isEmpty(rest)) {
    for (; u < open.length; u++)
      if (open[u]!.allow) openAllow = union(openAllow, ruleTraffic(open[u]!.protocol, open[u]!.from, open[u]!.to));
    unknown = union(unknown, intersect(rest, openAllow));
  }
  return allowed === ALL ? PASS : { allowed, unknown };
}

/** Filter evaluations, cached per context (a filter recurs on many paths). */
export class FilterEvaluator {
  private readonly naclCache = new Map<NetworkAcl, Map<string, FilterSet>>();
  private readonly sgCache = new WeakMap<readonly SgLike[], Map<string, FilterSet>>();
  private readonly arrivalCache = new Map<Resource, TrafficSet>();

  constructor(readonly ctx: ValidationContext) {}

  filter(f: Filter): FilterSet {
    switch (f.kind) {
      case 'nacl':
        return this.nacl(f.acl, f.direction, f.peer, f.replies);
      case 'sg':
        return this.sg(f.sgs, f.direction, f.peer);
      case 'arrival': {
        const allowed = this.arrival(f.resource);
        return allowed === ALL ? PASS : { allowed, unknown: EMPTY };
      }
    }
  }

  /**
   * `naclDecide` for every packet: numbered rules, first match wins, final deny. A rule whose block
   * is not known (`cidr: "unknown"`) numbered below the deciding rule (any, before the final deny)
   * that would decide the other way makes the packet's fate unknown. The replies (`replies`): per
   * protocol, `naclRangeSegments` over the client ports, as the path engine's return check: they
   * pass when every stretch is allowed, and are unknown when the first refused stretch is.
   */
  nacl(
    acl: NetworkAcl | undefined,
    direction: Direction,
    addr: number,
    replies: readonly [number, number] | null,
  ): FilterSet {
    if (!acl || allowsAllByDefault(acl, direction)) return PASS;
    let cache = this.naclCache.get(acl);
    if (!cache) this.naclCache.set(acl, (cache = new Map()));
    const key = `${direction}|${addr}|${replies ? `${replies[0]}-${replies[1]}` : ''}`;
    let out = cache.get(key);
    if (!out) {
      const fwd = naclSet(acl, direction, addr);
      if (!replies) out = fwd;
      else {
        // Ports do not count for other protocols (one stretch): their part is the forward one.
        let allowed = subtract(subtract(fwd.allowed, traffic('tcp')), traffic('udp'));
        let unknown = subtract(fwd.unknown, traffic('tcp'));
        unknown = subtract(unknown, traffic('udp'));
        for (const proto of ['tcp', 'udp'] as const) {
          const segments = naclRangeSegments(acl, direction, proto, replies[0], replies[1], addr);
          const refused = segments.find((g) => !g.decision.allowed);
          if (!refused) allowed = union(allowed, traffic(proto));
          else if (refused.decision.by === 'unknown') unknown = union(unknown, traffic(proto));
        }
        out = allowed === ALL && isEmpty(unknown) ? PASS : { allowed, unknown };
      }
      cache.set(key, out);
    }
    return out;
  }

  /** `sgDecide` for every packet: the union of the rules whose peer matches; unknown for unknown peers. */
  sg(sgs: readonly SgLike[] | null, direction: 'ingress' | 'egress', peer: Peer): FilterSet {
    if (!sgs) return PASS;
    let cache = this.sgCache.get(sgs);
    if (!cache) this.sgCache.set(sgs, (cache = new Map()));
    const key = `${direction}|${peer.addr}|${peer.isPrivate ? 1 : 0}|${peer.resource?.id ?? ''}`;
    let out = cache.get(key);
    if (!out) {
      let allowed = EMPTY;
      let unknown = EMPTY;
      for (const sg of sgs) {
        for (const rule of sg[direction]) {
          const m = rulePeerMatch(this.ctx, sg, rule, peer);
          if (m === false) continue;
          const t = ruleTraffic(rule.protocol, rule.fromPort, rule.toPort);
          if (m) allowed = union(allowed, t);
          else unknown = union(unknown, t);
        }
      }
      out = { allowed, unknown: subtract(unknown, allowed) };
      cache.set(key, out);
    }
    return out;
  }

  /** `arrivalStep` for every packet: a load balancer's listener ports, a database's port (tcp). */
  arrival(r: Resource): TrafficSet {
    let out = this.arrivalCache.get(r);
    if (out) return out;
    out = ALL;
    if (r.kind === 'loadBalancer') {
      const ports = list<unknown>(r.listenerPorts).filter((p): p is number => typeof p === 'number');
      if (ports.length)
        out = ports.reduce<TrafficSet>(
          (acc, p) => (Number.isInteger(p) ? union(acc, traffic('tcp', p, p)) : acc),
          EMPTY,
        );
    }
    if (r.kind === 'rds' && typeof r.port === 'number')
      out = Number.isInteger(r.port) ? traffic('tcp', r.port, r.port) : EMPTY;
    this.arrivalCache.set(r, out);
    return out;
  }

  /** The packets of `within` that get through the path, and those whose fate is not known. */
  evaluate(shape: PathShape, within: TrafficSet = ALL): { allowed: TrafficSet; unknown: TrafficSet } {
    let rest = within;
    let unknown = EMPTY;
    for (const f of shape.filters) {
      if (isEmpty(rest)) break;
      const s = this.filter(f);
      if (!isEmpty(s.unknown)) unknown = union(unknown, intersect(rest, s.unknown));
      rest = intersect(rest, s.allowed);
    }
    if (shape.end === 'pass') return { allowed: rest, unknown };
    if (shape.end === 'unknown') return { allowed: EMPTY, unknown: union(unknown, rest) };
    return { allowed: EMPTY, unknown };
  }
}
