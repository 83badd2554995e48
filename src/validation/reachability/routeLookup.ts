/**
 * Route lookup: the routes of a subnet's table that match an address, in AWS's route priority
 * [UG:route-tables-priority], each with what its target is from that VPC (a gateway, an instance,
 * an external resource, or a blackhole and why):
 *
 *  1. the longest prefix: a route to a prefix list competes with each of the list's entries;
 *  2. on equal prefixes a route to a CIDR block (a static route) wins over a prefix-list route;
 *  3. two prefix-list routes with the same prefix and different targets: AWS picks one at random
 *     (and keeps it), so which one is not known.
 *
 * A prefix list whose entries are unknown (or that is not in the design) may hold a more specific
 * entry than any known match: the lookup is then unknown, unless a /32 CIDR route matches (nothing
 * beats it). Prefix lists route only addresses outside the VPC's own blocks: inside them the local
 * route decides (a route more specific than local must be a whole subnet via a NAT gateway, ENI
 * or GWLB endpoint, RT-003).
 */
import { containsIp, formatCidr, type Cidr } from '../../model/cidr.ts';
import type {
  GatewayEndpoint,
  ExternalResource,
  InternetGateway,
  NatGateway,
  PeeringConnection,
  Resource,
  Subnet,
  TgwAttachment,
  TransitGateway,
  Vpc,
  VpnGateway,
} from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { isPrefixListId, knownOutside, prefixListEntries, prefixListOf } from '../prefixLists.ts';
import { parsedRoutes } from '../rules/routes.ts';
import { list, objects, str } from '../safe.ts';
import { targetProse } from './prose.ts';
import { propagatingGateways, vpcAttachment, vpnsOfGateway, onPremBlocks } from '../transit.ts';
import { tgwTargetProse } from './tgwProse.ts';

export type Target =
  | { kind: 'local' }
  | { kind: 'igw'; igw: InternetGateway }
  | { kind: 'nat'; nat: NatGateway }
  | { kind: 'pcx'; pcx: PeeringConnection; peer: Vpc }
  | { kind: 'eni'; instance: Resource }
  | { kind: 'external'; external: ExternalResource }
  | { kind: 'tgw'; tgw: TransitGateway; attachment: TgwAttachment }
  | { kind: 'vgw'; vgw: VpnGateway }
  | { kind: 'gatewayEndpoint'; endpoint: GatewayEndpoint }
  | { kind: 'blackhole'; why: string };

export interface RouteMatch {
  readonly destination: Cidr;
  readonly target: string;
  readonly implicit: boolean;
  readonly resolved: Target;
  readonly table: string;
  /** The prefix list whose entry `destination` is, for a route to a prefix list. */
  readonly prefixList?: string;
  /** A route a virtual private gateway propagates (a VPN's on-premises network). */
  readonly propagated?: true;
}

/** Why a lookup cannot say which route the traffic takes. */
export type LookupUnknown =
  | { readonly reason: 'prefix-list-entries'; readonly prefixList: string; readonly target: string }
  | { readonly reason: 'prefix-list-tie'; readonly prefixList: string; readonly other: string };

/** The words of a route's destination: its CIDR, or the prefix list and the entry that matched. */
export function destinationText(m: { destination: Cidr; prefixList?: string }): string {
  return m.prefixList ? `${m.prefixList} (${formatCidr(m.destination)})` : formatCidr(m.destination);
}

function resolveTarget(ctx: ValidationContext, target: string | null, vpc: Vpc): Target {
  if (target === 'local') return { kind: 'local' };
  const r = ctx.index.get(target);
  if (!r) return { kind: 'blackhole', why: targetProse.missing(target) };
  const inVpc = ctx.index.vpcOf(r.id)?.id === vpc.id;
  switch (r.kind) {
    case 'igw':
      return r.parent === vpc.id
        ? { kind: 'igw', igw: r }
        : { kind: 'blackhole', why: targetProse.igwNotAttached(r.id, vpc.id) };
    case 'nat':
      return inVpc ? { kind: 'nat', nat: r } : { kind: 'blackhole', why: targetProse.natInOtherVpc(r.id) };
    case 'peering': {
      const peer = ctx.peerOf(r, vpc.id);
      return peer && peer.id !== vpc.id
        ? { kind: 'pcx', pcx: r, peer }
        : { kind: 'blackhole', why: targetProse.pcxNotConnecting(r.id, vpc.id) };
    }
    case 'instance':
      return inVpc ? { kind: 'eni', instance: r } : { kind: 'blackhole', why: targetProse.instanceInOtherVpc(r.id) };
    case 'external': {
      const vpcs = list<unknown>(r.vpcIds);
      if (vpcs.length && !vpcs.includes(vpc.id))
        return { kind: 'blackhole', why: targetProse.externalNotAttached(r.id, vpc.id) };
      // AWS takes only IPv6 destinations for an egress-only internet gateway; the engine is IPv4.
      if (str(r.awsType) === 'egress-only-internet-gateway')
        return { kind: 'blackhole', why: targetProse.egressOnlyIpv6(r.id) };
      return { kind: 'external', external: r };
    }
    case 'transitGateway': {
      // A route to a transit gateway works only from a VPC attached to it [TGW:tgw-vpc-attachments].
      const attachment = vpcAttachment(ctx, vpc.id, r.id);
      return attachment
        ? { kind: 'tgw', tgw: r, attachment }
        : { kind: 'blackhole', why: tgwTargetProse.tgwNotAttached(r.id, vpc.id) };
    }
    case 'vpnGateway':
      return r.parent === vpc.id
        ? { kind: 'vgw', vgw: r }
        : { kind: 'blackhole', why: tgwTargetProse.vgwNotAttached(r.id, vpc.id) };
    // A gateway endpoint serves its own VPC; an egress-only gateway carries IPv6 only (ipv6.ts).
    case 'gatewayEndpoint':
      return inVpc
        ? { kind: 'gatewayEndpoint', endpoint: r }
        : { kind: 'blackhole', why: targetProse.externalNotAttached(r.id, vpc.id) };
    case 'egressOnlyIgw':
      return { kind: 'blackhole', why: targetProse.egressOnlyIpv6(r.id) };
    default:
      return { kind: 'blackhole', why: targetProse.notATarget(r.id, r.kind) };
  }
}

/** The subnet of `vpc` whose block holds `addr`. */
export function subnetContaining(ctx: ValidationContext, vpc: Vpc, addr: number): Subnet | undefined {
  return ctx.subnetsOf(vpc.id).find((s) => {
    const c = ctx.cidr(s.cidr);
    return !!c && containsIp(c, addr);
  });
}

export interface Lookup {
  readonly table: string;
  readonly matches: readonly RouteMatch[];
  readonly unknown?: LookupUnknown;
}

const lookups = new WeakMap<ValidationContext, Map<string, Lookup>>();

/**
 * All routes of the subnet's table matching `addr`, best first (longest prefix; ties: listed first
 * wins). Remembered per context (the access matrix looks the same addresses up on many paths).
 */
export function routeLookup(ctx: ValidationContext, subnet: Subnet, vpc: Vpc, addr: number): Lookup {
  let m = lookups.get(ctx);
  if (!m) lookups.set(ctx, (m = new Map()));
  const key = `${subnet.id}|${vpc.id}|${addr}`;
  let l = m.get(key);
  if (!l) {
    l = lookupRoutes(ctx, subnet, vpc, addr);
    if (m.size > 100_000) m.clear();
    m.set(key, l);
  }
  return l;
}

function lookupRoutes(
  ctx: ValidationContext,
  subnet: Subnet,
  vpc: Vpc,
  addr: number,
): { table: string; matches: RouteMatch[]; unknown?: LookupUnknown } {
  const table = ctx.routeTableOf(subnet.id);
  const tableId = table?.id ?? `${vpc.id} (no route table)`;
  const routes = table ? parsedRoutes(ctx, table) : [];
  const matches: RouteMatch[] = [];
  const inVpc = ctx.vpcBlocks(vpc.id).some((b) => containsIp(b.cidr, addr));
  let unknownList: { id: string; target: string } | undefined;
  if (table && !inVpc) {
    for (const route of objects<{ destination?: unknown; target?: unknown }>(table.routes)) {
      if (!isPrefixListId(route.destination)) continue;
      // An IPv6 list never matches an IPv4 packet [UG:VPC_Route_Tables, "treated separately"].
      if (prefixListOf(ctx, route.destination)?.addressFamily === 'IPv6') continue;
      const entries = prefixListEntries(ctx, route.destination);
      const target = str(route.target);
      if (entries === null) {
        if (knownOutside(ctx, route.destination, addr)) continue;
        unknownList ??= { id: route.destination, target: target ?? '' };
        continue;
      }
      let best: Cidr | undefined;
      for (const c of entries) if (containsIp(c, addr) && (!best || c.prefix > best.prefix)) best = c;
      if (best) {
        matches.push({
          destination: best,
          target: target ?? '',
          implicit: false,
          resolved: resolveTarget(ctx, target, vpc),
          table: tableId,
          prefixList: route.destination,
        });
      }
    }
  }
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
  // Routes a virtual private gateway propagates: its VPN connections' on-premises networks. The
  // local route is preferred over them even when they are more specific [VPN:vpn-route-priority].
  if (table && !inVpc) {
    for (const vgw of propagatingGateways(ctx, vpc.id, table.id)) {
      for (const vpn of vpnsOfGateway(ctx, vgw.id)) {
        for (const c of onPremBlocks(ctx, vpn)) {
          if (!containsIp(c, addr)) continue;
          matches.push({
            destination: c,
            target: vgw.id,
            implicit: false,
            resolved: { kind: 'vgw', vgw },
            table: tableId,
            propagated: true,
          });
        }
      }
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
  // Longest prefix first; on a tie a CIDR route before a prefix-list route; stable: document order.
  // Propagated routes come last on a tie [UG:route-tables-priority].
  const rank = (m: RouteMatch) => (m.propagated ? 2 : m.prefixList ? 1 : 0);
  matches.sort((a, b) => b.destination.prefix - a.destination.prefix || rank(a) - rank(b));
  const best = matches[0];
  if (unknownList && !(best && !best.prefixList && best.destination.prefix === 32)) {
    return {
      table: tableId,
      matches,
      unknown: { reason: 'prefix-list-entries', prefixList: unknownList.id, target: unknownList.target },
    };
  }
  const tie = best?.prefixList
    ? matches.find(
        (m) =>
          m !== best && m.prefixList && m.destination.prefix === best.destination.prefix && m.target !== best.target,
      )
    : undefined;
  if (best?.prefixList && tie?.prefixList)
    return {
      table: tableId,
      matches,
      unknown: { reason: 'prefix-list-tie', prefixList: best.prefixList, other: tie.prefixList },
    };
  return { table: tableId, matches };
}
