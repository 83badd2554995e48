/**
 * The path engine: "can X reach Y over protocol/port?", following the spec's path algorithm
 * (validator-spec.md, "Path algorithm") on the design's configuration, like Reachability Analyzer:
 *
 *  1. the source's SG egress (all groups aggregated);
 *  2. the source subnet's NACL outbound, only when the packet leaves the subnet;
 *  3. the route table, longest prefix match: local / igw / nat / pcx / eni;
 *  4. the destination subnet's NACL inbound (skipped within one subnet);
 *  5. the destination's SG ingress (CIDRs match the post-NAT source; SG references private IPs);
 *  6. the return path: NACLs both ways for ephemeral ports 1024–65535, and the route back.
 *
 * Every hop names the rule or route that decided it. Never throws on a malformed design: what
 * cannot be evaluated is skipped or reported as a configuration problem.
 */
import {
  containsIp,
  intToIp,
  ipToInt,
  isRfc1918Ip,
  isReservedInSubnet,
  formatCidr,
  type Cidr,
} from '../../model/cidr.ts';
import type {
  Design,
  InternetGateway,
  NatGateway,
  NetworkAcl,
  PeeringConnection,
  Protocol,
  Resource,
  Subnet,
  Vpc,
} from '../../model/types.ts';
import { INTERNET, PROTOCOLS } from '../../model/kinds/index.ts';
import { buildContext, type ValidationContext } from '../context.ts';
import { describeNaclRule, naclDecide, naclRangeSegments, type Direction } from '../nacl.ts';
import { isKindWith, list, objects, show, str } from '../safe.ts';
import { parsedRoutes } from '../rules/routes.ts';
import { describeSgRule, effectiveSgs, sgDecide, sgIds, type Peer, type SgLike } from './sg.ts';
import type { ExplanationCode, Hop, ReachabilityAnswer, ReachQuery } from './types.ts';

export const EPHEMERAL: readonly [number, number] = [1024, 65535];
const DEFAULT_INTERNET_HOST = '203.0.113.1';
const MAX_NAT_HOPS = 4;

/* ------------------------------------------------------------------ endpoints */

type Endpoint =
  | { kind: 'internet'; label: string; addr: number }
  | { kind: 'external'; label: string; addr: number }
  | {
      kind: 'resource' | 'host';
      label: string;
      resource?: Resource;
      subnet: Subnet;
      vpc: Vpc;
      privateIp: number;
      publicIp: number | null;
      /** null: an address, not a resource: no security group applies. */
      sgs: readonly SgLike[] | null;
    };
type InVpc = Extract<Endpoint, { kind: 'resource' | 'host' }>;
type EndpointError = { error: string; code: ExplanationCode };

const publicCache = new WeakMap<ValidationContext, Map<string, number>>();

/**
 * Public IPv4 addresses: an Elastic IP as written, otherwise a stand-in from 198.51.100.0/22
 * (TEST-NET-2 and above; AWS picks the real one at launch), in document order.
 */
function publicAddresses(ctx: ValidationContext): Map<string, number> {
  let m = publicCache.get(ctx);
  if (m) return m;
  m = new Map();
  let next = ipToInt('198.51.100.10')!;
  for (const r of ctx.index.byId.values()) {
    let has = false;
    let eip: string | null = null;
    if (r.kind === 'instance') {
      has = r.publicIp === 'auto' || r.publicIp === 'elastic';
      eip = r.publicIp === 'elastic' ? str(r.elasticIp) : null;
    } else if (r.kind === 'nat') {
      eip = r.connectivity === 'private' ? null : str(r.elasticIp);
      has = eip !== null && ipToInt(eip) !== null;
    } else if (r.kind === 'rds') has = r.publiclyAccessible === true;
    else if (r.kind === 'loadBalancer') has = r.scheme === 'internet-facing';
    if (!has) continue;
    const fixed = eip === null ? null : ipToInt(eip);
    m.set(r.id, fixed ?? next++);
  }
  publicCache.set(ctx, m);
  return m;
}

function resolve(ctx: ValidationContext, text: unknown): Endpoint | EndpointError {
  if (typeof text !== 'string' || text.trim() === '')
    return { error: 'no endpoint given', code: 'NO_SOURCE_OR_DESTINATION' };
  const t = text.trim();
  if (t === INTERNET) return { kind: 'internet', label: INTERNET, addr: ipToInt(DEFAULT_INTERNET_HOST)! };
  const ip = ipToInt(t);
  if (ip !== null) {
    for (const s of ctx.index.ofKind('subnet')) {
      const c = ctx.cidr(s.cidr);
      const vpc = ctx.index.vpcOf(s.id);
      if (!c || !vpc || !containsIp(c, ip)) continue;
      if (isReservedInSubnet(c, ip)) {
        return {
          error: `${t} is an address AWS reserves in ${s.id} (${formatCidr(c)}); no network interface can have it`,
          code: 'ENI_ADDRESS_RESTRICTION',
        };
      }
      return { kind: 'host', label: t, subnet: s, vpc, privateIp: ip, publicIp: null, sgs: null };
    }
    for (const v of ctx.index.ofKind('vpc')) {
      if (ctx.vpcBlocks(v.id).some((b) => containsIp(b.cidr, ip))) {
        return { error: `${t} is inside ${v.id} but in none of its subnets`, code: 'NO_SOURCE_OR_DESTINATION' };
      }
    }
    return { kind: 'external', label: t, addr: ip };
  }
  const r = ctx.index.get(t);
  if (!r) return { error: `there is no resource "${t}" in the design`, code: 'NO_SOURCE_OR_DESTINATION' };
  if (!isKindWith(r, 'addressable')) {
    return {
      error: `${t} is not a source or destination (its kind is ${show(r.kind)}); use an instance, load balancer, database, NAT gateway, "internet" or an IPv4 address`,
      code: 'NO_SOURCE_OR_DESTINATION',
    };
  }
  const subnet = ctx.index.subnetOf(r.parent);
  const vpc = subnet && ctx.index.vpcOf(subnet.id);
  if (!subnet || !vpc) return { error: `${t} is not in a subnet of a VPC`, code: 'NO_SOURCE_OR_DESTINATION' };
  const privateIp = ctx.address(r.id);
  if (privateIp === null)
    return {
      error: `${t} has no private address (its subnet's CIDR is invalid or full)`,
      code: 'NO_SOURCE_OR_DESTINATION',
    };
  return {
    kind: 'resource',
    label: t,
    resource: r,
    subnet,
    vpc,
    privateIp,
    publicIp: publicAddresses(ctx).get(r.id) ?? null,
    sgs: isKindWith(r, 'securityGroupMember') ? effectiveSgs(ctx, r) : null,
  };
}

/* ------------------------------------------------------------------ routing */

type Target =
  | { kind: 'local' }
  | { kind: 'igw'; igw: InternetGateway }
  | { kind: 'nat'; nat: NatGateway }
  | { kind: 'pcx'; pcx: PeeringConnection; peer: Vpc }
  | { kind: 'eni'; instance: Resource }
  | { kind: 'blackhole'; why: string };

interface RouteMatch {
  readonly destination: Cidr;
  readonly target: string;
  readonly implicit: boolean;
  readonly resolved: Target;
  readonly table: string;
}

function resolveTarget(ctx: ValidationContext, target: string | null, vpc: Vpc): Target {
  if (target === 'local') return { kind: 'local' };
  const r = ctx.index.get(target);
  if (!r) return { kind: 'blackhole', why: `its target ${target ?? '(none)'} does not exist` };
  const inVpc = ctx.index.vpcOf(r.id)?.id === vpc.id;
  switch (r.kind) {
    case 'igw':
      return r.parent === vpc.id
        ? { kind: 'igw', igw: r }
        : { kind: 'blackhole', why: `${r.id} is not attached to ${vpc.id}` };
    case 'nat':
      return inVpc ? { kind: 'nat', nat: r } : { kind: 'blackhole', why: `NAT gateway ${r.id} is in another VPC` };
    case 'peering': {
      const peer = ctx.peerOf(r, vpc.id);
      return peer && peer.id !== vpc.id
        ? { kind: 'pcx', pcx: r, peer }
        : { kind: 'blackhole', why: `${r.id} does not connect ${vpc.id} to another VPC` };
    }
    case 'instance':
      return inVpc ? { kind: 'eni', instance: r } : { kind: 'blackhole', why: `instance ${r.id} is in another VPC` };
    default:
      return { kind: 'blackhole', why: `${r.id} (${show(r.kind)}) is not a route target` };
  }
}

/** All routes of the subnet's table matching `addr`, best first (longest prefix; ties: listed first wins). */
function routeLookup(
  ctx: ValidationContext,
  subnet: Subnet,
  vpc: Vpc,
  addr: number,
): { table: string; matches: RouteMatch[] } {
  const table = ctx.routeTableOf(subnet.id);
  const tableId = table?.id ?? `${vpc.id} (no route table)`;
  const routes = table ? parsedRoutes(ctx, table) : [];
  const matches: RouteMatch[] = [];
  for (const r of routes) {
    if (containsIp(r.destination, addr)) {
      matches.push({
        destination: r.destination,
        target: r.target ?? '',
        implicit: false,
        resolved: resolveTarget(ctx, r.target, vpc),
        table: tableId,
      });
    }
  }
  // The local route of each VPC block cannot be removed [UG:VPC_Route_Tables]: assume it when the
  // table omits it (RT-001 reports the omission).
  for (const b of ctx.vpcBlocks(vpc.id)) {
    if (!containsIp(b.cidr, addr)) continue;
    const present = routes.some((r) => r.destination.base === b.cidr.base && r.destination.prefix === b.cidr.prefix);
    if (!present)
      matches.push({
        destination: b.cidr,
        target: 'local',
        implicit: true,
        resolved: { kind: 'local' },
        table: tableId,
      });
  }
  matches.sort((a, b) => b.destination.prefix - a.destination.prefix); // stable: document order among ties
  return { table: tableId, matches };
}

function routeText(m: RouteMatch): string {
  return `${formatCidr(m.destination)} → ${m.target}${m.implicit ? ' (implicit local route)' : ''}`;
}

/* ------------------------------------------------------------------ the walk */

/** One transit of the packet between two places, remembered to check the way back. */
interface Leg {
  readonly from: Subnet | 'internet';
  readonly to: Subnet | 'internet';
  /** Source and destination addresses as seen on this leg. */
  readonly src: number;
  readonly dst: number;
  readonly via: 'local' | 'pcx' | 'igw-in' | 'igw-out' | 'nat';
  readonly pcx?: PeeringConnection;
  readonly toVpc?: Vpc;
}

class Blocked {
  constructor(
    readonly at: string,
    readonly code: ExplanationCode,
  ) {}
}

interface Packet {
  /** Source address as currently seen (changes at NAT and the IGW). */
  src: number;
  srcPublic: number | null;
  srcResource?: Resource;
  /** The source address is the source resource's private IP (for SG references). */
  srcIsPrivate: boolean;
  readonly dst: number;
  readonly proto: Protocol;
  readonly port: number;
}

class Walk {
  readonly hops: Hop[] = [];
  readonly legs: Leg[] = [];
  arrivedFrom = '';

  constructor(
    readonly ctx: ValidationContext,
    readonly q: ReachQuery,
  ) {}

  hop(
    verdict: Hop['verdict'],
    resource: string,
    kind: string,
    detail: string,
    params: Record<string, string | number> = {},
    direction: Hop['direction'] = 'forward',
    code?: ExplanationCode,
  ) {
    this.hops.push({ resource, kind, verdict, detail, params, direction, ...(code ? { code } : {}) });
  }

  block(
    resource: string,
    kind: string,
    detail: string,
    code: ExplanationCode,
    params: Record<string, string | number> = {},
    direction: Hop['direction'] = 'forward',
  ): never {
    this.hop('block', resource, kind, detail, params, direction, code);
    throw new Blocked(resource, code);
  }

  traffic(port = this.q.port, proto: Protocol = this.q.protocol): string {
    if (proto === 'all') return 'all traffic';
    if (proto === 'icmp') return 'icmp';
    return `${proto} ${port}`;
  }

  /** Check one NACL for one packet (forward) or the ephemeral range (return). */
  nacl(subnet: Subnet, direction: Direction, peerAddr: number, way: Hop['direction']) {
    const acl: NetworkAcl | undefined = this.ctx.naclOf(subnet.id);
    const proto = this.q.protocol;
    const fromTo = direction === 'inbound' ? 'from' : 'to';
    const peer = intToIp(peerAddr);
    const base = { subnet: subnet.id, direction, protocol: proto, address: peer } as Record<string, string | number>;
    if (way === 'forward') {
      const d = naclDecide(acl, direction, proto, this.q.port, peerAddr);
      const traffic = this.traffic();
      const params = {
        ...base,
        port: this.q.port,
        acl: acl?.id ?? '',
        rule: d.rule ? d.rule.number : '*',
        action: d.allowed ? 'allow' : 'deny',
      };
      if (!acl)
        return this.hop(
          'pass',
          subnet.id,
          'nacl',
          `${subnet.id} has no network ACL in the design: the AWS default allows all ${direction} traffic`,
          params,
          way,
        );
      if (d.by === 'default-allow')
        return this.hop(
          'pass',
          acl.id,
          'nacl',
          `${acl.id} (default) has no ${direction} rules: allows all ${direction} traffic`,
          params,
          way,
        );
      if (d.rule) {
        const text = `${acl.id} ${direction} ${describeNaclRule(d.rule)}`;
        if (d.allowed) return this.hop('pass', acl.id, 'nacl', text, params, way);
        this.block(acl.id, 'nacl', text, 'SUBNET_ACL_RESTRICTION', params, way);
      }
      this.block(
        acl.id,
        'nacl',
        `${acl.id} ${direction}: no rule allows ${traffic} ${fromTo} ${peer} (final * rule denies)`,
        'SUBNET_ACL_RESTRICTION',
        params,
        way,
      );
    }
    // Return traffic: (src port = service port) -> (dst port = ephemeral 1024-65535). Every return
    // hop names the rule(s) that decided it and the part of the range each matched or refused.
    const [lo, hi] = EPHEMERAL;
    const ported = proto === 'tcp' || proto === 'udp';
    const range = ported ? `${proto} ${lo}-${hi}` : this.traffic();
    const params = { ...base, fromPort: lo, toPort: hi, acl: acl?.id ?? '' } as Record<string, string | number>;
    if (!acl)
      return this.hop(
        'pass',
        subnet.id,
        'nacl',
        `${subnet.id} has no network ACL in the design: the AWS default allows the replies`,
        params,
        way,
      );
    const span = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);
    const segments = naclRangeSegments(acl, direction, proto, lo, hi, peerAddr);
    const refused = segments.find((g) => !g.decision.allowed);
    if (!refused) {
      if (segments[0]!.decision.by === 'default-allow') {
        return this.hop(
          'pass',
          acl.id,
          'nacl',
          `${acl.id} (default) has no ${direction} rules: allows the replies (${range} ${fromTo} ${peer})`,
          { ...params, action: 'allow', rule: '*', matched: span(lo, hi), count: 1 },
          way,
        );
      }
      const rules = segments.map((g) => g.decision.rule!);
      const numbers = [...new Set(rules.map((r) => r.number))];
      const matched = segments.map((g) => span(g.from, g.to)).join(', ');
      const text = segments.map((g) => `${describeNaclRule(g.decision.rule!)} (${span(g.from, g.to)})`).join('; ');
      return this.hop(
        'pass',
        acl.id,
        'nacl',
        `${acl.id} ${direction} allows the replies (${range} ${fromTo} ${peer}): ${text}`,
        { ...params, action: 'allow', rule: numbers.join(', '), matched, count: numbers.length },
        way,
      );
    }
    const dec = refused.decision;
    const failed = span(refused.from, refused.to);
    const why = dec.rule
      ? `${describeNaclRule(dec.rule)} denies ${ported ? `ports ${failed}` : 'them'}`
      : `no rule allows ${ported ? `ports ${failed}` : 'them'} (final * rule denies)`;
    this.block(
      acl.id,
      'nacl',
      `${acl.id} ${direction} blocks the replies (${range} ${fromTo} ${peer}): ${why}`,
      'SUBNET_ACL_RESTRICTION',
      {
        ...params,
        action: 'deny',
        rule: dec.rule ? dec.rule.number : '*',
        port: refused.from,
        failed,
      },
      way,
    );
  }

  sg(ep: InVpc, direction: 'ingress' | 'egress', peer: Peer) {
    const label = intToIp(peer.addr);
    if (!ep.sgs) {
      return this.hop(
        'info',
        ep.label,
        'address',
        `${ep.label} is an address, not a resource: no security group applies`,
        { address: ep.label },
        'forward',
      );
    }
    const ids = sgIds(ep.sgs);
    const traffic = this.traffic();
    const d = sgDecide(this.ctx, ep.sgs, direction, this.q.protocol, this.q.port, peer);
    const toFrom = direction === 'ingress' ? 'from' : 'to';
    const params = {
      resource: ep.label,
      securityGroups: ids,
      count: ep.sgs.length,
      direction,
      protocol: this.q.protocol,
      port: this.q.port,
      address: label,
    };
    if (d.allowed && d.sg && d.rule) {
      const synthetic = d.sg.synthetic ? ` (the VPC's default security group, not in the design)` : '';
      return this.hop(
        'pass',
        d.sg.id,
        'securityGroup',
        `${d.sg.id}${synthetic} ${direction} rule: ${describeSgRule(d.rule, direction)}`,
        {
          ...params,
          sg: d.sg.id,
          rule: d.rule.id,
        },
      );
    }
    // What drops it: the one group when there is one in the design; with several (their rules are
    // aggregated) or AWS's default group not in the design, the resource's network interface.
    const single = ep.sgs.length === 1 && !ep.sgs[0]!.synthetic ? ep.sgs[0]!.id : null;
    const at = single ?? ep.label;
    const atKind = single ? 'securityGroup' : (ep.resource?.kind ?? 'address');
    if (d.noRules) {
      this.block(
        at,
        atKind,
        `${ids} ${ep.sgs.length > 1 ? 'have' : 'has'} no ${direction} rules, so ${ep.label} ${direction === 'ingress' ? 'accepts' : 'sends'} nothing`,
        'SG_HAS_NO_RULES',
        params,
      );
    }
    const hint =
      !peer.isPrivate && direction === 'ingress' && peer.resource
        ? ' (security group references match private IPs only)'
        : '';
    this.block(
      at,
      atKind,
      `${ids}: no ${direction} rule allows ${traffic} ${toFrom} ${label}${hint}`,
      'ENI_SG_RULES_MISMATCH',
      params,
    );
  }

  /** Route from `subnet` towards `pkt.dst`; ends by delivering or throwing Blocked. */
  route(subnet: Subnet, vpc: Vpc, pkt: Packet, dst: Endpoint, natHops: number): void {
    if (
      dst.kind !== 'internet' &&
      dst.kind !== 'external' &&
      dst.subnet.id === subnet.id &&
      pkt.dst === dst.privateIp
    ) {
      this.hop(
        'info',
        subnet.id,
        'subnet',
        `same subnet ${subnet.id}: delivered directly (network ACLs are not evaluated within a subnet)`,
        { subnet: subnet.id },
      );
      return this.deliver(dst, subnet, pkt);
    }
    const dstText = intToIp(pkt.dst);
    const { table, matches } = routeLookup(this.ctx, subnet, vpc, pkt.dst);
    const best = matches[0];
    if (!best) {
      this.block(
        table,
        'routeTable',
        `${table} (used by ${subnet.id}) has no route to ${dstText}`,
        'NO_ROUTE_TO_DESTINATION',
        { table, subnet: subnet.id, address: dstText },
      );
    }
    const routeParams = {
      table,
      subnet: subnet.id,
      address: dstText,
      destination: formatCidr(best.destination),
      target: best.target,
    };
    const t = best.resolved;
    if (t.kind === 'blackhole') {
      const alt = matches.find((m) => m.resolved.kind !== 'blackhole');
      const text = `${table}: route ${routeText(best)} matches ${dstText} but is a blackhole (${t.why})`;
      if (alt) {
        const samePrefix = alt.destination.prefix === best.destination.prefix;
        this.block(
          table,
          'routeTable',
          `${text}; it ${samePrefix ? 'takes priority over' : 'is more specific than'} route ${routeText(alt)}`,
          samePrefix ? 'HIGHER_PRIORITY_ROUTE' : 'MORE_SPECIFIC_ROUTE',
          {
            ...routeParams,
            alternative: routeText(alt),
          },
        );
      }
      this.block(table, 'routeTable', text, 'NO_ROUTE_TO_DESTINATION', routeParams);
    }
    this.hop(
      'pass',
      table,
      'routeTable',
      `${table}: route ${routeText(best)} (longest prefix match for ${dstText})`,
      routeParams,
    );

    switch (t.kind) {
      case 'local': {
        if (!this.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.dst))) {
          this.block(
            table,
            'routeTable',
            `${table}: the local route ${formatCidr(best.destination)} is not a block of ${vpc.id}, so it cannot deliver ${dstText}`,
            'VPC_LOCAL_ROUTE_CIDR_RESTRICTION',
            routeParams,
          );
        }
        const target = this.subnetContaining(vpc, pkt.dst);
        if (!target) {
          this.block(
            vpc.id,
            'vpc',
            `${dstText} is in ${vpc.id} but in none of its subnets`,
            'VPC_LOCAL_ROUTE_CIDR_RESTRICTION',
            { vpc: vpc.id, address: dstText },
          );
        }
        return this.cross(subnet, target, vpc, pkt, dst, 'local');
      }
      case 'igw':
        return this.egressIgw(subnet, vpc, t.igw, pkt, dst);
      case 'nat':
        return this.throughNat(subnet, vpc, t.nat, pkt, dst, natHops);
      case 'pcx': {
        const params = { pcx: t.pcx.id, vpc: vpc.id, peer: t.peer.id, source: intToIp(pkt.src), address: dstText };
        if (!this.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.src))) {
          this.block(
            t.pcx.id,
            'peering',
            `${t.pcx.id}: source ${intToIp(pkt.src)} is not in ${vpc.id}'s blocks; peering carries only the peered VPCs' own addresses (no transitive routing)`,
            'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
            params,
          );
        }
        if (!this.ctx.vpcBlocks(t.peer.id).some((b) => containsIp(b.cidr, pkt.dst))) {
          this.block(
            t.pcx.id,
            'peering',
            `${t.pcx.id}: destination ${dstText} is not in ${t.peer.id}'s blocks; peering does not forward to the internet or a third network (no transitive or edge-to-edge routing)`,
            'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
            params,
          );
        }
        const target = this.subnetContaining(t.peer, pkt.dst);
        if (!target) {
          this.block(
            t.peer.id,
            'vpc',
            `${dstText} is in ${t.peer.id} but in none of its subnets`,
            'NO_ROUTE_TO_DESTINATION',
            { vpc: t.peer.id, address: dstText },
          );
        }
        this.nacl(subnet, 'outbound', pkt.dst, 'forward');
        this.hop('pass', t.pcx.id, 'peering', `${t.pcx.id}: ${vpc.id} → ${t.peer.id}`, params);
        return this.enter(target, t.peer, subnet, pkt, dst, { via: 'pcx', pcx: t.pcx });
      }
      case 'eni': {
        if (dst.kind === 'resource' && dst.resource?.id === t.instance.id) {
          return this.cross(subnet, dst.subnet, vpc, pkt, dst, 'local');
        }
        this.block(
          t.instance.id,
          'instance',
          `${table} sends ${dstText} to instance ${t.instance.id}, which is not the destination; an instance forwards traffic only with source/destination checking off, which VPC Town does not model`,
          'ENI_SOURCE_DEST_CHECK_RESTRICTION',
          routeParams,
        );
      }
    }
  }

  subnetContaining(vpc: Vpc, addr: number): Subnet | undefined {
    return this.ctx.subnetsOf(vpc.id).find((s) => {
      const c = this.ctx.cidr(s.cidr);
      return !!c && containsIp(c, addr);
    });
  }

  /** Leave `from` through its NACL, enter `to` (same VPC) through its NACL. */
  cross(from: Subnet, to: Subnet, vpc: Vpc, pkt: Packet, dst: Endpoint, via: 'local') {
    if (from.id !== to.id) this.nacl(from, 'outbound', pkt.dst, 'forward');
    this.enter(to, vpc, from, pkt, dst, { via });
  }

  enter(
    to: Subnet,
    vpc: Vpc,
    from: Subnet,
    pkt: Packet,
    dst: Endpoint,
    leg: { via: Leg['via']; pcx?: PeeringConnection },
  ) {
    if (from.id !== to.id) this.nacl(to, 'inbound', pkt.src, 'forward');
    this.legs.push({
      from,
      to,
      src: pkt.src,
      dst: pkt.dst,
      via: leg.via,
      toVpc: vpc,
      ...(leg.pcx ? { pcx: leg.pcx } : {}),
    });
    this.deliver(dst, to, pkt);
  }

  egressIgw(subnet: Subnet, vpc: Vpc, igw: InternetGateway, pkt: Packet, dst: Endpoint) {
    const dstText = intToIp(pkt.dst);
    const params = { igw: igw.id, vpc: vpc.id, source: intToIp(pkt.src), address: dstText };
    if (this.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.dst))) {
      this.block(
        igw.id,
        'igw',
        `${igw.id}: destination ${dstText} is inside ${vpc.id}'s own blocks; an internet gateway does not route back into its VPC`,
        'IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS',
        params,
      );
    }
    this.nacl(subnet, 'outbound', pkt.dst, 'forward');
    if (pkt.srcPublic === null) {
      // The internet gateway is what drops it [RA-codes]; the source is named in `sender`.
      const who = pkt.srcResource?.id ?? intToIp(pkt.src);
      const what =
        pkt.srcResource?.kind === 'nat'
          ? `${who}, a private NAT gateway (or one without an Elastic IP)`
          : `${who}, which has no public IPv4 address or Elastic IP`;
      this.block(
        igw.id,
        'igw',
        `${igw.id} sends traffic to the internet only from a public IPv4 address; the source is ${what}`,
        'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
        { ...params, sender: who },
      );
    }
    if (isRfc1918Ip(pkt.dst)) {
      this.block(
        igw.id,
        'igw',
        `${igw.id}: destination ${dstText} is a private (RFC 1918) address, which the internet does not route`,
        'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS',
        params,
      );
    }
    const pub = pkt.srcPublic;
    this.hop(
      'pass',
      igw.id,
      'igw',
      `${igw.id}: source ${intToIp(pkt.src)} translated to public ${intToIp(pub)}; out to the internet`,
      { ...params, publicIp: intToIp(pub) },
    );
    this.legs.push({ from: subnet, to: 'internet', src: pkt.src, dst: pkt.dst, via: 'igw-out' });
    const onNet: Packet = { ...pkt, src: pub, srcPublic: pub, srcIsPrivate: false };
    if (dst.kind === 'internet' || dst.kind === 'external') {
      this.hop(
        'pass',
        'internet',
        'internet',
        `delivered to ${dst.kind === 'internet' ? 'the internet host' : ''} ${intToIp(pkt.dst)}`.replace('  ', ' '),
        { address: intToIp(pkt.dst) },
      );
      this.arrivedFrom = intToIp(pub);
      return;
    }
    if (pkt.dst !== dst.publicIp) {
      // Out on the internet with another VPC's private address: only a peering connection (with
      // routes to it) could have carried it there.
      this.block(
        'internet',
        'internet',
        `the internet cannot deliver ${dstText}: it is a private address of ${dst.vpc.id}, which only a peering connection between ${vpc.id} and ${dst.vpc.id} (with routes to it) could reach`,
        'DISCONNECTED_VPCS',
        { vpc: vpc.id, otherVpc: dst.vpc.id, address: dstText },
      );
    }
    this.hop('info', 'internet', 'internet', `across the internet to ${dst.label}'s public address ${dstText}`, {
      address: dstText,
    });
    this.ingressIgw(dst, onNet);
  }

  /** From the internet into `dst` through its VPC's IGW (the destination is addressed by its public IP). */
  ingressIgw(dst: InVpc, pkt: Packet) {
    const src = intToIp(pkt.src);
    const igw = this.ctx.igwsOf(dst.vpc.id)[0];
    if (!igw) {
      this.block(
        dst.vpc.id,
        'vpc',
        `${dst.vpc.id} has no internet gateway attached, so nothing from the internet can enter it`,
        'NO_ROUTE_TO_DESTINATION',
        { vpc: dst.vpc.id },
      );
    }
    const params = { igw: igw.id, source: src, destination: dst.label };
    if (isRfc1918Ip(pkt.src)) {
      this.block(
        igw.id,
        'igw',
        `${igw.id}: source ${src} is a private (RFC 1918) address, which cannot arrive from the internet`,
        'IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS',
        params,
      );
    }
    if (dst.publicIp === null) {
      // The internet gateway drops it: it has no public address to translate for the destination.
      this.block(
        igw.id,
        'igw',
        `${dst.label} has no public IPv4 address, so ${igw.id} cannot deliver internet traffic to it (${dst.label} has only the private address ${intToIp(dst.privateIp)})`,
        'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
        params,
      );
    }
    this.hop(
      'pass',
      igw.id,
      'igw',
      `${igw.id}: public ${intToIp(dst.publicIp)} translated to private ${intToIp(dst.privateIp)}`,
      { ...params, publicIp: intToIp(dst.publicIp) },
    );
    this.nacl(dst.subnet, 'inbound', pkt.src, 'forward');
    this.legs.push({
      from: 'internet',
      to: dst.subnet,
      src: pkt.src,
      dst: dst.privateIp,
      via: 'igw-in',
      toVpc: dst.vpc,
    });
    this.deliver(dst, dst.subnet, { ...pkt, dst: dst.privateIp, srcIsPrivate: false });
  }

  throughNat(subnet: Subnet, vpc: Vpc, nat: NatGateway, pkt: Packet, dst: Endpoint, natHops: number) {
    const params = { nat: nat.id, vpc: vpc.id, source: intToIp(pkt.src) };
    if (natHops >= MAX_NAT_HOPS) {
      this.block(nat.id, 'nat', `routing loops through NAT gateways (${MAX_NAT_HOPS} in a row)`, 'NO_PATH', params);
    }
    if (!this.ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, pkt.src))) {
      this.block(
        nat.id,
        'nat',
        `${nat.id} translates only traffic from its own VPC; source ${intToIp(pkt.src)} is outside ${vpc.id}`,
        'NGW_REQUIRES_SOURCE_IN_VPC',
        params,
      );
    }
    const natSubnet = this.ctx.index.subnetOf(nat.parent);
    const natIp = this.ctx.address(nat.id);
    if (!natSubnet || natIp === null) {
      this.block(nat.id, 'nat', `${nat.id} is not in a subnet with a usable address`, 'NO_PATH', params);
    }
    if (natSubnet.id !== subnet.id) {
      this.nacl(subnet, 'outbound', pkt.dst, 'forward');
      this.nacl(natSubnet, 'inbound', pkt.src, 'forward');
    }
    this.legs.push({ from: subnet, to: natSubnet, src: pkt.src, dst: pkt.dst, via: 'nat', toVpc: vpc });
    const pub = publicAddresses(this.ctx).get(nat.id) ?? null;
    this.hop(
      'pass',
      nat.id,
      'nat',
      `${nat.id} (${nat.connectivity === 'private' ? 'private' : 'public'}): source ${intToIp(pkt.src)} translated to ${intToIp(natIp)}, source port remapped to ${EPHEMERAL[0]}-${EPHEMERAL[1]}`,
      {
        ...params,
        translatedSource: intToIp(natIp),
        fromPort: EPHEMERAL[0],
        toPort: EPHEMERAL[1],
      },
    );
    const next: Packet = { ...pkt, src: natIp, srcPublic: pub, srcResource: nat, srcIsPrivate: false };
    this.route(natSubnet, vpc, next, dst, natHops + 1);
  }

  /** The packet is in the destination's subnet: check the destination itself, then the way back. */
  deliver(dst: Endpoint, subnet: Subnet, pkt: Packet) {
    if (dst.kind === 'internet' || dst.kind === 'external') {
      this.block(subnet.id, 'subnet', `the packet for ${dst.label} ended in ${subnet.id}`, 'NO_PATH', {
        subnet: subnet.id,
      });
    }
    if (dst.subnet.id !== subnet.id) {
      this.block(
        dst.label,
        dst.resource?.kind ?? 'address',
        `${intToIp(pkt.dst)} is in ${subnet.id}, but ${dst.label} is in ${dst.subnet.id}`,
        'ENI_ADDRESS_RESTRICTION',
        { subnet: subnet.id, expected: dst.subnet.id },
      );
    }
    const r = dst.resource;
    const proto = this.q.protocol;
    if (r?.kind === 'nat') {
      this.block(r.id, 'nat', `${r.id} is a NAT gateway: it accepts no unsolicited inbound connections`, 'NO_PATH', {
        nat: r.id,
      });
    }
    if (r?.kind === 'loadBalancer') {
      const ports = list<unknown>(r.listenerPorts).filter((p): p is number => typeof p === 'number');
      if (ports.length && (proto !== 'tcp' || !ports.includes(this.q.port))) {
        this.block(
          r.id,
          'loadBalancer',
          `${r.id} listens only on ${ports.join(', ')}, not ${this.traffic()}`,
          'ELBV2_LISTENER_PORT_RESTRICTION',
          { listeners: ports.join(', '), port: this.q.port },
        );
      }
    }
    if (r?.kind === 'rds' && typeof r.port === 'number' && (proto !== 'tcp' || r.port !== this.q.port)) {
      this.block(
        r.id,
        'rds',
        `${r.id} accepts connections on tcp ${r.port} only, not ${this.traffic()}`,
        'TARGET_PORT_RESTRICTION',
        { dbPort: r.port, port: this.q.port },
      );
    }
    this.sg(dst, 'ingress', {
      addr: pkt.src,
      isPrivate: pkt.srcIsPrivate,
      ...(pkt.srcResource ? { resource: pkt.srcResource } : {}),
    });
    this.hop(
      'pass',
      dst.label,
      r?.kind ?? 'address',
      `reached ${dst.label} (${intToIp(pkt.dst)}) from ${intToIp(pkt.src)}`,
      { destination: dst.label, address: intToIp(pkt.dst), source: intToIp(pkt.src) },
    );
    this.arrivedFrom = intToIp(pkt.src);
    this.returnPath();
  }

  /** The replies, leg by leg from the destination back to the source. */
  returnPath() {
    for (let i = this.legs.length - 1; i >= 0; i--) {
      const leg = this.legs[i]!;
      if (leg.from !== 'internet' && leg.to !== 'internet' && leg.from.id === leg.to.id) continue;
      if (leg.to !== 'internet') {
        this.nacl(leg.to, 'outbound', leg.src, 'return');
        this.routeBack(leg);
      }
      if (leg.from !== 'internet') this.nacl(leg.from, 'inbound', leg.dst, 'return');
    }
    this.hop('pass', this.q.from, 'return', `replies reach ${this.q.from}`, {}, 'return');
  }

  /** The reply's route from `leg.to` back to `leg.src` must retrace the leg. */
  routeBack(leg: Leg) {
    if (leg.to === 'internet' || !leg.toVpc) return;
    const back = intToIp(leg.src);
    const { table, matches } = routeLookup(this.ctx, leg.to, leg.toVpc, leg.src);
    const best = matches[0];
    const params: Record<string, string | number> = { table, subnet: leg.to.id, address: back };
    if (!best)
      this.block(
        table,
        'routeTable',
        `${table} (used by ${leg.to.id}) has no route back to ${back}`,
        'NO_ROUTE_TO_DESTINATION',
        params,
        'return',
      );
    params.destination = formatCidr(best.destination);
    params.target = best.target;
    const t = best.resolved;
    const ok =
      leg.via === 'local' || leg.via === 'nat'
        ? t.kind === 'local'
        : leg.via === 'pcx'
          ? t.kind === 'pcx' && t.pcx.id === leg.pcx?.id
          : leg.via === 'igw-in'
            ? t.kind === 'igw'
            : true;
    if (!ok) {
      const expected =
        leg.via === 'pcx'
          ? (leg.pcx?.id ?? 'the peering connection')
          : leg.via === 'igw-in'
            ? 'the internet gateway'
            : 'local';
      this.block(
        table,
        'routeTable',
        `${table}: the replies to ${back} follow route ${routeText(best)}, not ${expected} the request came by`,
        'NO_ROUTE_TO_DESTINATION',
        { ...params, expected },
        'return',
      );
    }
    this.hop(
      'pass',
      table,
      'routeTable',
      `${table}: route ${routeText(best)} carries the replies back to ${back}`,
      params,
      'return',
    );
  }
}

/* ------------------------------------------------------------------ entry points */

function fail(hops: Hop[], at: string, code: ExplanationCode, detail: string, kind = 'endpoint'): ReachabilityAnswer {
  return {
    reachable: false,
    hops: [
      ...hops,
      { resource: at, kind, verdict: 'block', detail, code, params: { endpoint: at }, direction: 'forward' },
    ],
    blockedAt: at,
    code,
  };
}

function analyzeWith(ctx: ValidationContext, q: ReachQuery, src: Endpoint, dst: Endpoint): ReachabilityAnswer {
  const w: Walk = new Walk(ctx, q);
  const dstIn = dst.kind === 'resource' || dst.kind === 'host';
  let sourceAddress = '';
  let destinationAddress = '';
  try {
    const srcOut = src.kind === 'internet' || src.kind === 'external';
    if (srcOut && !dstIn) {
      w.block(
        'internet',
        'internet',
        `${src.label} and ${dst.label} are both outside the design: no path through it to analyse`,
        'NO_PATH',
      );
    }
    if (!srcOut && dstIn && src.label === dst.label) {
      w.block(
        src.label,
        src.resource?.kind ?? 'address',
        `${src.label} is both the source and the destination`,
        'NO_PATH',
      );
    }
    if (srcOut) {
      // From the internet (or an outside address) to a resource: through the destination's IGW.
      const d = dst as InVpc;
      sourceAddress = intToIp(src.addr);
      destinationAddress = d.publicIp === null ? intToIp(d.privateIp) : intToIp(d.publicIp);
      w.hop(
        'info',
        src.label,
        'internet',
        `from ${src.kind === 'internet' ? 'internet host' : 'outside address'} ${intToIp(src.addr)}`,
        { address: intToIp(src.addr) },
      );
      w.ingressIgw(d, {
        src: src.addr,
        srcPublic: src.addr,
        srcIsPrivate: false,
        dst: d.publicIp ?? d.privateIp,
        proto: q.protocol,
        port: q.port,
      });
    } else {
      const s = src as InVpc;
      sourceAddress = intToIp(s.privateIp);
      // The address the source sends to: the destination's private one within its VPC or a peered
      // one, its public one in a VPC the source's is not peered with. Without a public address the
      // packet still goes to the private one, and the routes decide where it stops (a peering
      // connection, the internet gateway, no route), as everywhere else.
      let dstAddr: number;
      if (dst.kind === 'internet' || dst.kind === 'external') dstAddr = dst.addr;
      else if (
        dst.vpc.id === s.vpc.id ||
        dst.publicIp === null ||
        ctx.peeringsOf(s.vpc.id).some((p) => ctx.peerOf(p, s.vpc.id)?.id === dst.vpc.id)
      )
        dstAddr = dst.privateIp;
      else dstAddr = dst.publicIp;
      destinationAddress = intToIp(dstAddr);
      w.hop(
        'info',
        s.label,
        s.resource?.kind ?? 'address',
        `from ${s.label} (${intToIp(s.privateIp)}) in ${s.subnet.id} to ${destinationAddress}, ${w.traffic()}`,
        {
          source: s.label,
          address: intToIp(s.privateIp),
          subnet: s.subnet.id,
          destination: destinationAddress,
        },
      );
      const isPrivateDst = dstIn && dstAddr === (dst as InVpc).privateIp;
      w.sg(s, 'egress', {
        addr: dstAddr,
        isPrivate: isPrivateDst,
        ...(dstIn && dst.resource ? { resource: dst.resource } : {}),
      });
      w.route(
        s.subnet,
        s.vpc,
        {
          src: s.privateIp,
          srcPublic: s.publicIp,
          ...(s.resource ? { srcResource: s.resource } : {}),
          srcIsPrivate: !!s.resource,
          dst: dstAddr,
          proto: q.protocol,
          port: q.port,
        },
        dst,
        0,
      );
    }
    return {
      reachable: true,
      hops: w.hops,
      forward: { sourceAddress, destinationAddress, ...(w.arrivedFrom ? { arrivedFrom: w.arrivedFrom } : {}) },
    };
  } catch (e) {
    if (!(e instanceof Blocked)) throw e;
    return {
      reachable: false,
      hops: w.hops,
      blockedAt: e.at,
      code: e.code,
      ...(sourceAddress ? { forward: { sourceAddress, destinationAddress } } : {}),
    };
  }
}

/** Internet addresses worth trying: rules may allow only part of the internet (an office /32). */
function internetCandidates(ctx: ValidationContext, ep: InVpc, direction: 'ingress' | 'egress'): number[] {
  const out = new Set<number>([ipToInt(DEFAULT_INTERNET_HOST)!]);
  const cidrs: unknown[] = [];
  for (const sg of ep.sgs ?? []) for (const r of sg[direction]) cidrs.push(r.cidr);
  const acl = ctx.naclOf(ep.subnet.id);
  if (acl) {
    for (const r of objects<{ cidr?: unknown; action?: unknown; direction?: unknown }>(acl.rules)) {
      if (r.action === 'allow' && r.direction === (direction === 'ingress' ? 'inbound' : 'outbound'))
        cidrs.push(r.cidr);
    }
  }
  const inDesign = (addr: number) =>
    ctx.index.ofKind('vpc').some((v) => ctx.vpcBlocks(v.id).some((b) => containsIp(b.cidr, addr)));
  for (const t of cidrs) {
    const c = ctx.cidr(t);
    if (!c || c.prefix === 0) continue;
    const addr = c.prefix >= 31 ? c.base : c.base + 1;
    if (!isRfc1918Ip(addr) && !inDesign(addr)) out.add(addr);
    if (out.size >= 8) break;
  }
  return [...out];
}

/** Analyse one path. Never throws; malformed queries give a NO_SOURCE_OR_DESTINATION answer. */
export function analyzeReachability(design: Design, query: ReachQuery): ReachabilityAnswer {
  try {
    if (!design || !Array.isArray(design.resources))
      return fail([], 'design', 'NO_SOURCE_OR_DESTINATION', 'the design has no resources');
    const ctx = buildContext(design);
    return analyzeInContext(ctx, query);
  } catch (e) {
    return fail(
      [],
      'design',
      'NO_PATH',
      `the analysis failed on this design (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

export function analyzeInContext(ctx: ValidationContext, query: ReachQuery): ReachabilityAnswer {
  const q = query ?? ({} as ReachQuery);
  if (!(PROTOCOLS as readonly unknown[]).includes(q.protocol)) {
    return fail(
      [],
      'query',
      'NO_SOURCE_OR_DESTINATION',
      `protocol must be tcp, udp, icmp or all, not ${String(q.protocol)}`,
    );
  }
  const ported = q.protocol === 'tcp' || q.protocol === 'udp';
  if (ported && (!Number.isInteger(q.port) || q.port < 0 || q.port > 65535)) {
    return fail(
      [],
      'query',
      'NO_SOURCE_OR_DESTINATION',
      `port must be a whole number from 0 to 65535, not ${String(q.port)}`,
    );
  }
  const norm: ReachQuery = { from: q.from, to: q.to, protocol: q.protocol, port: ported ? q.port : 0 };
  const src = resolve(ctx, q.from);
  if ('error' in src) return fail([], String(q.from), src.code, `source: ${src.error}`);
  const dst = resolve(ctx, q.to);
  if ('error' in dst) return fail([], String(q.to), dst.code, `destination: ${dst.error}`);
  // "The internet" is any internet host: try the addresses the rules single out, keep the first that gets through.
  const tries: [Endpoint, Endpoint][] = [];
  if (src.kind === 'internet' && (dst.kind === 'resource' || dst.kind === 'host')) {
    for (const a of internetCandidates(ctx, dst, 'ingress')) tries.push([{ ...src, addr: a }, dst]);
  } else if (dst.kind === 'internet' && (src.kind === 'resource' || src.kind === 'host')) {
    for (const a of internetCandidates(ctx, src, 'egress')) tries.push([src, { ...dst, addr: a }]);
  } else tries.push([src, dst]);
  let first: ReachabilityAnswer | undefined;
  for (const [s, d] of tries) {
    const a = analyzeWith(ctx, norm, s, d);
    if (a.reachable) return a;
    first ??= a;
  }
  return first!;
}
