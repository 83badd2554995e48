/**
 * The path engine for IPv6 flows (dual stack): the IPv4 walk's steps and explanation codes on
 * 128-bit addresses. IPv6 addresses in a VPC are public, so there is no NAT: an instance with an
 * IPv6 address reaches the internet through an internet gateway, or through an egress-only
 * internet gateway, which is stateful and lets replies back but no connection from the internet in
 * [UG:egress-only-internet-gateway, https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html].
 * Routes: longest prefix over the IPv6 routes and the implicit local route of each IPv6 block; IPv4
 * routes never match [UG:VPC_Route_Tables, "IPv4 and IPv6 traffic are treated separately"].
 *
 *  1. the source's SG egress (IPv6 rules);
 *  2. the source subnet's NACL outbound (IPv6 rules) when it leaves the subnet;
 *  3. the route: local / igw / egress-only igw, a peering connection or a transit gateway
 *     (ipv6Transit.ts); other targets are unknown;
 *  4. the destination subnet's NACL inbound, its SG ingress;
 *  5. the replies: the NACLs for the ephemeral range, and the route back (the internet gateway for
 *     traffic that came in through it: an egress-only gateway admits no connection from outside).
 */
import { bigToIp6, cidr6OrNull, contains6, ip6ToBig, type Cidr6, formatCidr6, looksIpv6 } from '../../model/cidr6.ts';
import { INTERNET, isPorted } from '../../model/kinds/index.ts';
import type { PeeringConnection, Resource, Subnet, TgwAttachment, TransitGateway, Vpc } from '../../model/types.ts';
import { vpcAttachment } from '../transit.ts';
import { pcx6Step, tgw6Step } from './ipv6Transit.ts';
import type { ValidationContext } from '../context.ts';
import type { Direction } from '../nacl.ts';
import { isKindWith, list, objects, str } from '../safe.ts';
import { effectiveSgs, referenceUsable, sgIds, type SgLike } from './sg.ts';
import { ipv6AddressesOf, nacl6Decide, nacl6DecideRange, sg6Decide } from './filters6.ts';
import { ipv6Prose } from './ipv6Prose.ts';
import { naclProse } from './prose.ts';
import type { ExplanationCode, Hop, ReachabilityAnswer, ReachQuery } from './types.ts';
import { Blocked, EPHEMERAL, Unknown, Walk } from './walk.ts';

/** The default internet client for IPv6: in 2001:db8::/32, the documentation range (RFC 3849). */
const DEFAULT_INTERNET_HOST6 = '2001:db8:ffff::1';

/** Whether a query is about IPv6 traffic: asked so, or naming an IPv6 address. */
export function isIpv6Query(q: Partial<ReachQuery>): boolean {
  return q.ipVersion === 6 || looksIpv6(q.srcIp) || looksIpv6(q.from) || looksIpv6(q.to);
}

export type Outside6 = { kind: 'outside'; label: string; addr: bigint; internet: boolean };
export type Inside6 = {
  kind: 'inside';
  label: string;
  resource?: Resource;
  subnet: Subnet;
  vpc: Vpc;
  addr: bigint;
  sgs: readonly SgLike[] | null;
};
export type End6 = Outside6 | Inside6;

/** The VPC's IPv6 blocks that are known (an Amazon-provided block not yet assigned is not). */
export function vpcIpv6Blocks(vpc: Vpc): Cidr6[] {
  return list<unknown>(vpc.ipv6CidrBlocks)
    .map((b) => cidr6OrNull(b))
    .filter((c): c is Cidr6 => c !== null);
}

function subnetBlock6(s: Subnet): Cidr6 | null {
  return cidr6OrNull(s.ipv6Cidr);
}

function inSomeVpc6(ctx: ValidationContext, addr: bigint): boolean {
  return ctx.index.ofKind('vpc').some((v) => vpcIpv6Blocks(v).some((b) => contains6(b, addr)));
}

function resolve6(ctx: ValidationContext, text: unknown, srcIp: bigint | undefined): End6 | { error: string } {
  if (typeof text !== 'string' || text.trim() === '') return { error: ipv6Prose.noEndpoint() };
  const t = text.trim();
  if (t === INTERNET)
    return { kind: 'outside', label: INTERNET, addr: srcIp ?? ip6ToBig(DEFAULT_INTERNET_HOST6)!, internet: true };
  const ip = ip6ToBig(t);
  if (ip !== null) {
    for (const s of ctx.index.ofKind('subnet')) {
      const c = subnetBlock6(s);
      const vpc = ctx.index.vpcOf(s.id);
      if (c && vpc && contains6(c, ip)) return { kind: 'inside', label: t, subnet: s, vpc, addr: ip, sgs: null };
    }
    if (inSomeVpc6(ctx, ip)) return { error: ipv6Prose.inVpcNoSubnet(t) };
    return { kind: 'outside', label: t, addr: ip, internet: false };
  }
  const r = ctx.index.get(t);
  if (!r) return { error: ipv6Prose.noSuchResource(t) };
  const subnet = ctx.index.subnetOf(r.parent);
  const vpc = subnet && ctx.index.vpcOf(subnet.id);
  if (!subnet || !vpc) return { error: ipv6Prose.notInSubnet(t) };
  const first = ipv6AddressesOf(r)
    .map(ip6ToBig)
    .find((a) => a !== null);
  if (first === undefined || first === null) return { error: ipv6Prose.noIpv6Address(t) };
  return {
    kind: 'inside',
    label: t,
    resource: r,
    subnet,
    vpc,
    addr: first,
    sgs: isKindWith(r, 'securityGroupMember') ? effectiveSgs(ctx, r) : null,
  };
}

type Target6 =
  | { kind: 'local' }
  | { kind: 'igw'; id: string }
  | { kind: 'eigw'; id: string }
  | { kind: 'pcx'; id: string; pcx: PeeringConnection; peer: Vpc }
  | { kind: 'tgw'; id: string; tgw: TransitGateway; attachment: TgwAttachment }
  | { kind: 'other'; id: string; what: string }
  | { kind: 'missing'; id: string };

interface Match6 {
  readonly destination: Cidr6;
  readonly text: string;
  readonly target: string;
  readonly resolved: Target6;
  readonly implicit: boolean;
}

function resolveTarget6(ctx: ValidationContext, target: string, vpc: Vpc): Target6 {
  if (target === 'local') return { kind: 'local' };
  const r = ctx.index.get(target);
  if (!r) return { kind: 'missing', id: target };
  if (r.kind === 'igw' && r.parent === vpc.id) return { kind: 'igw', id: r.id };
  if (r.kind === 'egressOnlyIgw' && r.parent === vpc.id) return { kind: 'eigw', id: r.id };
  if (r.kind === 'igw' || r.kind === 'egressOnlyIgw') return { kind: 'missing', id: r.id };
  if (r.kind === 'peering') {
    const peer = ctx.peerOf(r, vpc.id);
    return peer && peer.id !== vpc.id ? { kind: 'pcx', id: r.id, pcx: r, peer } : { kind: 'missing', id: r.id };
  }
  if (r.kind === 'transitGateway') {
    // A route to a transit gateway works only from a VPC attached to it [TGW:tgw-vpc-attachments].
    const attachment = vpcAttachment(ctx, vpc.id, r.id);
    return attachment ? { kind: 'tgw', id: r.id, tgw: r, attachment } : { kind: 'missing', id: r.id };
  }
  return { kind: 'other', id: r.id, what: r.kind };
}

/** The IPv6 routes of the subnet's table that match `addr`, best first. */
function lookup6(
  ctx: ValidationContext,
  subnet: Subnet,
  vpc: Vpc,
  addr: bigint,
): { table: string; matches: Match6[]; unknownList?: string } {
  const table = ctx.routeTableOf(subnet.id);
  const tableId = table?.id ?? `${vpc.id} (no route table)`;
  const matches: Match6[] = [];
  let unknownList: string | undefined;
  const inVpc = vpcIpv6Blocks(vpc).some((b) => contains6(b, addr));
  for (const route of objects<{ destination?: unknown; target?: unknown }>(table?.routes)) {
    const target = str(route.target) ?? '';
    const dest = str(route.destination) ?? '';
    const c = cidr6OrNull(dest);
    if (c) {
      if (contains6(c, addr))
        matches.push({
          destination: c,
          text: dest,
          target,
          resolved: resolveTarget6(ctx, target, vpc),
          implicit: false,
        });
      continue;
    }
    if (!dest.startsWith('pl-') || inVpc) continue;
    const pl = ctx.index.getKind(dest, 'prefixList');
    if (pl && pl.addressFamily !== 'IPv6') continue;
    if (!pl || pl.entries === null) {
      unknownList ??= dest;
      continue;
    }
    for (const e of list<unknown>(pl.entries)) {
      const b = cidr6OrNull(e);
      if (b && contains6(b, addr))
        matches.push({
          destination: b,
          text: `${dest} (${formatCidr6(b)})`,
          target,
          resolved: resolveTarget6(ctx, target, vpc),
          implicit: false,
        });
    }
  }
  // The local route of each IPv6 block cannot be removed [UG:VPC_Route_Tables].
  for (const b of vpcIpv6Blocks(vpc)) {
    if (!contains6(b, addr) || matches.some((m) => m.destination.base === b.base && m.destination.prefix === b.prefix))
      continue;
    matches.push({
      destination: b,
      text: formatCidr6(b),
      target: 'local',
      resolved: { kind: 'local' },
      implicit: true,
    });
  }
  matches.sort((a, b) => b.destination.prefix - a.destination.prefix);
  return { table: tableId, matches, ...(unknownList ? { unknownList } : {}) };
}

const routeText6 = (m: Match6) => `${m.text} → ${m.target}${m.implicit ? ' (implicit local route)' : ''}`;

/** One IPv6 walk: the hops, through the shared Walk (its hop/block/unknown/exit). */
export class Walk6 {
  readonly w: Walk;
  constructor(
    readonly ctx: ValidationContext,
    readonly q: ReachQuery,
  ) {
    this.w = new Walk(ctx, q);
  }

  nacl(subnet: Subnet, direction: Direction, peer: bigint, way: Hop['direction'], ports = EPHEMERAL) {
    const w: Walk = this.w;
    const acl = this.ctx.naclOf(subnet.id);
    const proto = this.q.protocol;
    const peerText = bigToIp6(peer);
    const base = { subnet: subnet.id, direction, protocol: proto, address: peerText, acl: acl?.id ?? '' };
    const fromTo = direction === 'inbound' ? 'from' : 'to';
    if (way === 'forward') {
      const d = nacl6Decide(acl, direction, proto, this.q.port, peer);
      const params = {
        ...base,
        port: this.q.port,
        rule: d.rule ? d.rule.number : '*',
        action: d.allowed ? 'allow' : 'deny',
      };
      if (d.by === 'unknown')
        w.unknown(
          acl!.id,
          'nacl',
          naclProse.unknownBlock(acl!.id, direction, d.unknownRule!, peerText),
          { at: acl!.id, reason: 'nacl-rule-block' },
          { ...params, rule: d.unknownRule! },
          way,
        );
      if (d.allowed)
        return w.hop(
          'pass',
          acl?.id ?? subnet.id,
          'nacl',
          ipv6Prose.naclPass(acl?.id ?? subnet.id, direction, d.rule?.text),
          params,
          way,
        );
      w.block(
        acl!.id,
        'nacl',
        ipv6Prose.naclBlock(acl!.id, direction, d.rule?.text, w.traffic(), fromTo, peerText),
        'SUBNET_ACL_RESTRICTION',
        params,
        way,
      );
    }
    const [lo, hi] = ports;
    const params = { ...base, fromPort: lo, toPort: hi };
    const d = nacl6DecideRange(acl, direction, proto, lo, hi, peer);
    if (d.allowed) {
      const numbers = d.rules.map((r) => r.number);
      return w.hop(
        'pass',
        acl?.id ?? subnet.id,
        'nacl',
        ipv6Prose.naclReplies(
          acl?.id ?? subnet.id,
          direction,
          fromTo,
          peerText,
          d.rules.map((r) => r.text),
        ),
        acl
          ? {
              ...params,
              action: 'allow',
              rule: numbers.length ? numbers.join(', ') : '*',
              matched: isPorted(proto) ? `${lo}-${hi}` : `${lo}-${hi}`,
              count: Math.max(1, numbers.length),
            }
          : params,
        way,
      );
    }
    if (d.unknownRule !== undefined)
      w.unknown(
        acl!.id,
        'nacl',
        naclProse.unknownBlock(acl!.id, direction, d.unknownRule, peerText),
        { at: acl!.id, reason: 'nacl-rule-block' },
        { ...params, rule: d.unknownRule, port: d.port, failed: `${d.port}` },
        way,
      );
    w.block(
      acl!.id,
      'nacl',
      ipv6Prose.naclRepliesBlocked(acl!.id, direction, fromTo, peerText, d.rule?.text, d.port),
      'SUBNET_ACL_RESTRICTION',
      { ...params, action: 'deny', rule: d.rule ? d.rule.number : '*', port: d.port, failed: `${d.port}` },
      way,
    );
  }

  sg(ep: Inside6, direction: 'ingress' | 'egress', peer: bigint, peerResource?: Resource) {
    const w: Walk = this.w;
    const label = bigToIp6(peer);
    if (!ep.sgs) return w.hop('info', ep.label, 'address', ipv6Prose.noGroup(ep.label), { address: ep.label });
    const ids = sgIds(ep.sgs);
    const memberOf = (sgId: string, owner: SgLike) =>
      !!peerResource &&
      referenceUsable(this.ctx, owner, sgId) &&
      ipv6AddressesOf(peerResource).length > 0 &&
      effectiveSgs(this.ctx, peerResource).some((g) => g.id === sgId);
    const d = sg6Decide(this.ctx, ep.sgs, direction, this.q.protocol, this.q.port, peer, memberOf);
    const params = {
      resource: ep.label,
      securityGroups: ids,
      count: ep.sgs.length,
      direction,
      protocol: this.q.protocol,
      port: this.q.port,
      address: label,
    };
    if (d.allowed && d.sg && d.rule)
      return w.hop('pass', d.sg.id, 'securityGroup', ipv6Prose.sgAllow(d.sg.id, direction, d.rule), {
        ...params,
        sg: d.sg.id,
        rule: d.rule.id,
      });
    const single = ep.sgs.length === 1 && !ep.sgs[0]!.synthetic ? ep.sgs[0]!.id : null;
    const at = single ?? ep.label;
    const atKind = single ? 'securityGroup' : (ep.resource?.kind ?? 'address');
    if (d.unknown)
      w.unknown(
        d.unknown.sg.id,
        'securityGroup',
        ipv6Prose.sgListUnknown(d.unknown.sg.id, direction, d.unknown.prefixList, label),
        { at: d.unknown.prefixList, reason: 'prefix-list-entries' },
        { ...params, sg: d.unknown.sg.id, rule: d.unknown.rule.id, prefixList: d.unknown.prefixList },
      );
    if (d.noRules) w.block(at, atKind, ipv6Prose.sgNoRules(ids, direction), 'SG_HAS_NO_RULES', params);
    w.block(at, atKind, ipv6Prose.sgNoRule(ids, direction, w.traffic(), label), 'ENI_SG_RULES_MISMATCH', params);
  }

  /** The best IPv6 route from `subnet` to `addr`, or a block / unknown. */
  route(subnet: Subnet, vpc: Vpc, addr: bigint, way: Hop['direction']): Match6 {
    const w: Walk = this.w;
    const dstText = bigToIp6(addr);
    const { table, matches, unknownList } = lookup6(this.ctx, subnet, vpc, addr);
    if (unknownList && !(matches[0] && matches[0].destination.prefix === 128))
      w.unknown(
        table,
        'routeTable',
        ipv6Prose.routeListUnknown(table, subnet.id, dstText, unknownList),
        { at: unknownList, reason: 'prefix-list-entries' },
        { table, subnet: subnet.id, address: dstText, prefixList: unknownList },
        way,
      );
    const best = matches[0];
    const base = { table, subnet: subnet.id, address: dstText };
    if (!best)
      w.block(
        table,
        'routeTable',
        way === 'forward'
          ? ipv6Prose.noRoute(table, subnet.id, dstText)
          : ipv6Prose.noRouteBack(table, subnet.id, dstText),
        'NO_ROUTE_TO_DESTINATION',
        base,
        way,
      );
    const params = { ...base, destination: best.text, target: best.target };
    if (best.resolved.kind === 'missing')
      w.block(
        table,
        'routeTable',
        ipv6Prose.blackhole(table, routeText6(best), dstText),
        'NO_ROUTE_TO_DESTINATION',
        params,
        way,
      );
    if (best.resolved.kind === 'other')
      w.unknown(
        best.resolved.id,
        'external',
        ipv6Prose.notModelled(table, routeText6(best), best.resolved.what),
        { at: best.resolved.id, reason: 'external-not-modelled' },
        { external: best.resolved.id, awsType: best.resolved.what, address: dstText },
        way,
      );
    return best;
  }

  routeHop(subnet: Subnet, vpc: Vpc, addr: bigint, way: Hop['direction']): Match6 {
    const best = this.route(subnet, vpc, addr, way);
    const { table } = lookup6(this.ctx, subnet, vpc, addr);
    this.w.hop(
      'pass',
      table,
      'routeTable',
      way === 'forward'
        ? ipv6Prose.chosen(table, routeText6(best), bigToIp6(addr))
        : ipv6Prose.routeBack(table, routeText6(best), bigToIp6(addr)),
      { table, subnet: subnet.id, address: bigToIp6(addr), destination: best.text, target: best.target },
      way,
    );
    return best;
  }

  arrive(dst: Inside6, src: bigint, srcResource?: Resource) {
    this.sg(dst, 'ingress', src, srcResource);
    this.w.hop(
      'pass',
      dst.label,
      dst.resource?.kind ?? 'address',
      ipv6Prose.reached(dst.label, bigToIp6(dst.addr), bigToIp6(src)),
      {
        destination: dst.label,
        address: bigToIp6(dst.addr),
        source: bigToIp6(src),
      },
    );
    this.w.arrivedFrom = bigToIp6(src);
  }

  replies() {
    this.w.hop('pass', this.q.from, 'return', ipv6Prose.repliesReach(this.q.from), {}, 'return');
  }

  /** From a resource or host in a VPC. */
  fromInside(src: Inside6, dst: End6) {
    const w: Walk = this.w;
    const dstText = bigToIp6(dst.addr);
    w.hop(
      'info',
      src.label,
      src.resource?.kind ?? 'address',
      ipv6Prose.start(src.label, bigToIp6(src.addr), src.subnet.id, dstText, w.traffic()),
      {
        source: src.label,
        address: bigToIp6(src.addr),
        subnet: src.subnet.id,
        destination: dstText,
      },
    );
    this.sg(src, 'egress', dst.addr, dst.kind === 'inside' ? dst.resource : undefined);
    if (dst.kind === 'inside' && dst.subnet.id === src.subnet.id) {
      w.hop('info', src.subnet.id, 'subnet', ipv6Prose.sameSubnet(src.subnet.id), { subnet: src.subnet.id });
      this.arrive(dst, src.addr, src.resource);
      return this.replies();
    }
    const best = this.routeHop(src.subnet, src.vpc, dst.addr, 'forward');
    const t = best.resolved;
    if (t.kind === 'pcx') return pcx6Step(this, src, dst, t.pcx, t.peer);
    if (t.kind === 'tgw') return tgw6Step(this, src, dst, t.tgw, t.attachment);
    if (t.kind === 'local') {
      const to = dst.kind === 'inside' && dst.vpc.id === src.vpc.id ? dst.subnet : undefined;
      if (!to)
        w.block(src.vpc.id, 'vpc', ipv6Prose.inVpcNoSubnet(dstText), 'VPC_LOCAL_ROUTE_CIDR_RESTRICTION', {
          vpc: src.vpc.id,
          address: dstText,
        });
      const d = dst as Inside6;
      this.nacl(src.subnet, 'outbound', d.addr, 'forward');
      this.nacl(d.subnet, 'inbound', src.addr, 'forward');
      this.arrive(d, src.addr, src.resource);
      this.nacl(d.subnet, 'outbound', src.addr, 'return', this.srcPorts());
      this.nacl(src.subnet, 'inbound', d.addr, 'return', this.srcPorts());
      return this.replies();
    }
    // igw or egress-only igw: out to the internet (the address is public: no translation).
    if (inSomeVpc6(this.ctx, dst.addr) || dst.kind === 'inside') {
      const id = t.kind === 'igw' || t.kind === 'eigw' ? t.id : best.target;
      w.block(
        id,
        t.kind === 'eigw' ? 'egressOnlyIgw' : 'igw',
        ipv6Prose.intoVpc(id, dstText),
        'IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS',
        {
          igw: id,
          vpc: src.vpc.id,
          source: bigToIp6(src.addr),
          address: dstText,
        },
      );
    }
    this.nacl(src.subnet, 'outbound', dst.addr, 'forward');
    const gw = (t as { id: string }).id;
    if (t.kind === 'igw')
      w.hop('pass', gw, 'igw', ipv6Prose.igwOut(gw, bigToIp6(src.addr)), {
        igw: gw,
        vpc: src.vpc.id,
        source: bigToIp6(src.addr),
        address: dstText,
      });
    else
      w.hop('pass', gw, 'egressOnlyIgw', ipv6Prose.eigwOut(gw, bigToIp6(src.addr)), {
        eigw: gw,
        vpc: src.vpc.id,
        source: bigToIp6(src.addr),
        address: dstText,
      });
    w.hop('pass', INTERNET, INTERNET, ipv6Prose.deliveredOutside(dstText), { address: dstText });
    w.arrivedFrom = bigToIp6(src.addr);
    w.exited = { at: gw, towards: 'internet' };
  }

  /** From the internet (or an outside IPv6 address) to a resource or host in a VPC. */
  fromOutside(src: Outside6, dst: Inside6) {
    const w: Walk = this.w;
    const srcText = bigToIp6(src.addr);
    w.hop('info', src.label, INTERNET, ipv6Prose.fromOutside(srcText), { address: srcText });
    const igw = this.ctx.igwsOf(dst.vpc.id)[0];
    const eigw = this.ctx.index.children(dst.vpc.id).find((c) => c.kind === 'egressOnlyIgw');
    const toDst = bigToIp6(dst.addr);
    if (!igw) {
      if (eigw) this.eigwRefuses(eigw.id, dst);
      w.block(dst.vpc.id, 'vpc', ipv6Prose.noIgw(dst.vpc.id), 'NO_ROUTE_TO_DESTINATION', { vpc: dst.vpc.id });
    }
    w.hop('pass', igw.id, 'igw', ipv6Prose.igwIn(igw.id, toDst), {
      igw: igw.id,
      source: srcText,
      destination: toDst,
    });
    // Behind an egress-only gateway (the subnet's route for the client leads to one), a connection
    // from the internet is refused there, whatever the filters say [egress-only-internet-gateway].
    const viaEigw = lookup6(this.ctx, dst.subnet, dst.vpc, src.addr).matches[0]?.resolved;
    if (viaEigw?.kind === 'eigw') this.eigwRefuses(viaEigw.id, dst);
    this.nacl(dst.subnet, 'inbound', src.addr, 'forward');
    this.arrive(dst, src.addr);
    this.nacl(dst.subnet, 'outbound', src.addr, 'return', this.srcPorts());
    // The replies must leave the way the connection came: a subnet whose IPv6 internet route is an
    // egress-only gateway cannot answer a connection from the internet.
    const back = this.route(dst.subnet, dst.vpc, src.addr, 'return');
    if (back.resolved.kind === 'eigw') this.eigwRefuses(back.resolved.id, dst);
    if (back.resolved.kind !== 'igw') {
      const { table } = lookup6(this.ctx, dst.subnet, dst.vpc, src.addr);
      w.block(
        table,
        'routeTable',
        ipv6Prose.wrongRouteBack(table, srcText, routeText6(back)),
        'NO_ROUTE_TO_DESTINATION',
        {
          table,
          subnet: dst.subnet.id,
          address: srcText,
          destination: back.text,
          target: back.target,
          expected: igw.id,
        },
        'return',
      );
    }
    this.routeHop(dst.subnet, dst.vpc, src.addr, 'return');
    this.replies();
  }

  /** The replies' route from `dst` back to `addr` must retrace the request (`ok`), by `expected`. */
  routeBackVia(dst: Inside6, addr: bigint, ok: (t: Target6) => boolean, expected: string) {
    const back = this.route(dst.subnet, dst.vpc, addr, 'return');
    if (!ok(back.resolved)) {
      const { table } = lookup6(this.ctx, dst.subnet, dst.vpc, addr);
      this.w.block(
        table,
        'routeTable',
        ipv6Prose.wrongRouteBackTo(table, bigToIp6(addr), routeText6(back), expected),
        'NO_ROUTE_TO_DESTINATION',
        {
          table,
          subnet: dst.subnet.id,
          address: bigToIp6(addr),
          destination: back.text,
          target: back.target,
          expected,
        },
        'return',
      );
    }
    this.routeHop(dst.subnet, dst.vpc, addr, 'return');
  }

  eigwRefuses(eigw: string, dst: Inside6): never {
    return this.w.block(eigw, 'egressOnlyIgw', ipv6Prose.eigwInbound(eigw, dst.label), 'EIGW_INBOUND_RESTRICTION', {
      eigw,
      vpc: dst.vpc.id,
      destination: dst.label,
    });
  }

  srcPorts(): readonly [number, number] {
    return typeof this.q.srcPort === 'number' ? [this.q.srcPort, this.q.srcPort] : EPHEMERAL;
  }
}

function fail(at: string, code: ExplanationCode, detail: string): ReachabilityAnswer {
  return {
    reachable: false,
    outcome: 'blocked',
    hops: [
      {
        resource: at,
        kind: 'endpoint',
        verdict: 'block',
        detail,
        code,
        params: { endpoint: at },
        direction: 'forward',
      },
    ],
    blockedAt: at,
    code,
  };
}

/** Answer an IPv6 question (the query is already checked for protocol and ports). */
export function analyzeIpv6(ctx: ValidationContext, q: ReachQuery): ReachabilityAnswer {
  let clientIp: bigint | undefined;
  if (q.srcIp !== undefined) {
    const ip = ip6ToBig(String(q.srcIp));
    if (ip === null) return fail('query', 'NO_SOURCE_OR_DESTINATION', ipv6Prose.badSourceIp(q.srcIp));
    if (q.from !== INTERNET) return fail('query', 'NO_SOURCE_OR_DESTINATION', ipv6Prose.sourceIpNotInternet());
    if (inSomeVpc6(ctx, ip))
      return fail('query', 'NO_SOURCE_OR_DESTINATION', ipv6Prose.sourceIpNotPublic(String(q.srcIp)));
    clientIp = ip;
  }
  const src = resolve6(ctx, q.from, clientIp);
  if ('error' in src) return fail(String(q.from), 'NO_SOURCE_OR_DESTINATION', `source: ${src.error}`);
  const dst = resolve6(ctx, q.to, undefined);
  if ('error' in dst) return fail(String(q.to), 'NO_SOURCE_OR_DESTINATION', `destination: ${dst.error}`);
  if (src.kind === 'outside' && dst.kind === 'outside')
    return fail(INTERNET, 'NO_PATH', ipv6Prose.bothOutside(src.label, dst.label));
  const walk = new Walk6(ctx, q);
  const sourceAddress = bigToIp6(src.addr);
  const destinationAddress = bigToIp6(dst.addr);
  try {
    if (src.kind === 'outside') walk.fromOutside(src, dst as Inside6);
    else walk.fromInside(src, dst);
    const w = walk.w;
    return {
      reachable: true,
      outcome: w.exited ? 'exits' : 'delivered',
      ...(w.exited ? { exit: w.exited } : {}),
      hops: w.hops,
      forward: { sourceAddress, destinationAddress, ...(w.arrivedFrom ? { arrivedFrom: w.arrivedFrom } : {}) },
    };
  } catch (e) {
    const w = walk.w;
    if (e instanceof Unknown)
      return {
        reachable: false,
        outcome: 'unknown',
        unknown: e.info,
        hops: w.hops,
        forward: { sourceAddress, destinationAddress },
      };
    if (!(e instanceof Blocked)) throw e;
    return {
      reachable: false,
      outcome: 'blocked',
      hops: w.hops,
      blockedAt: e.at,
      code: e.code,
      forward: { sourceAddress, destinationAddress },
    };
  }
}
