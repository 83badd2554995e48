/**
 * IPv6 through a VPC peering connection or a transit gateway (ipv6.ts calls these): the IPv4
 * steps (gateways.ts `pcxStep`, tgw.ts, returnPath.ts) on 128-bit addresses, with the same
 * explanation codes and hop params.
 *
 * Peering: a route to the peering connection with an IPv6 destination; both addresses must be in
 * the two VPCs' IPv6 blocks [PG:vpc-peering-routing, "if the VPCs ... have associated IPv6 CIDR
 * blocks, you can add routes ... over IPv6"]. The replies must come back by the same connection.
 *
 * Transit gateway: an attachment carries IPv6 only with IPv6 support, which gives its network
 * interfaces IPv6 addresses (its subnets need IPv6 blocks); propagation adds the VPC's IPv6 blocks
 * only then [EC2-API:CreateTransitGatewayVpcAttachmentRequestOptions, "When disabled, the network
 * interface does not receive an IPv6 address, and IPv6 routes do not propagate"; IPv6 on AWS
 * whitepaper: "To support IPv6, the elastic network interfaces used by the attachments need to
 * have IPv6 addresses"]. Static routes may have IPv6 destinations. The attachment subnet per
 * zone, the NACLs [TGW:tgw-nacls] and the way back are those of tgw.ts.
 */
import { bigToIp6, cidr6OrNull, contains6, formatCidr6, type Cidr6 } from '../../model/cidr6.ts';
import type {
  PeeringConnection,
  Subnet,
  TgwAttachment,
  TgwRouteTable,
  TransitGateway,
  Vpc,
} from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { list, str } from '../safe.ts';
import { associatedTable, BLACKHOLE, tgwAttachmentById, type TgwAttachmentLike } from '../transit.ts';
import type { End6, Inside6, Walk6 } from './ipv6.ts';
import { ipv6Prose } from './ipv6Prose.ts';
import { tgwProse } from './tgwProse.ts';
import type { Walk } from './walk.ts';

/** Whether the attachment carries IPv6: IPv6 support on (AWS's default is off). */
export const carriesIpv6 = (a: TgwAttachment) => a.ipv6Support === true;

function vpcBlocks6(vpc: Vpc | undefined): Cidr6[] {
  return list<unknown>(vpc?.ipv6CidrBlocks)
    .map((b) => cidr6OrNull(b))
    .filter((c): c is Cidr6 => c !== null);
}

function subnet6Containing(ctx: ValidationContext, vpc: Vpc, addr: bigint): Subnet | undefined {
  return ctx.subnetsOf(vpc.id).find((s) => {
    const c = cidr6OrNull(s.ipv6Cidr);
    return !!c && contains6(c, addr);
  });
}

/** Through a peering connection into `peer`, then the replies back by it. */
export function pcx6Step(w6: Walk6, src: Inside6, dst: End6, pcx: PeeringConnection, peer: Vpc): void {
  const w: Walk = w6.w;
  const srcText = bigToIp6(src.addr);
  const dstText = bigToIp6(dst.addr);
  const params = { pcx: pcx.id, vpc: src.vpc.id, peer: peer.id, source: srcText, address: dstText };
  if (!vpcBlocks6(src.vpc).some((b) => contains6(b, src.addr)))
    w.block(
      pcx.id,
      'peering',
      ipv6Prose.pcxSourceOutside(pcx.id, srcText, src.vpc.id),
      'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
      params,
    );
  if (!vpcBlocks6(peer).some((b) => contains6(b, dst.addr)))
    w.block(
      pcx.id,
      'peering',
      ipv6Prose.pcxDestinationOutside(pcx.id, dstText, peer.id),
      'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
      params,
    );
  if (dst.kind !== 'inside' || dst.vpc.id !== peer.id)
    w.block(peer.id, 'vpc', ipv6Prose.inVpcNoSubnet(dstText), 'NO_ROUTE_TO_DESTINATION', {
      vpc: peer.id,
      address: dstText,
    });
  const d = dst as Inside6;
  w6.nacl(src.subnet, 'outbound', d.addr, 'forward');
  w.hop('pass', pcx.id, 'peering', ipv6Prose.pcxPass(pcx.id, src.vpc.id, peer.id), params);
  w6.nacl(d.subnet, 'inbound', src.addr, 'forward');
  w6.arrive(d, src.addr, src.resource);
  w6.nacl(d.subnet, 'outbound', src.addr, 'return', w6.srcPorts());
  w6.routeBackVia(d, src.addr, (t) => t.kind === 'pcx' && t.pcx.id === pcx.id, pcx.id);
  w6.nacl(src.subnet, 'inbound', d.addr, 'return', w6.srcPorts());
  w6.replies();
}

interface Tgw6Route {
  readonly destination: Cidr6;
  readonly target: string;
  readonly propagated: boolean;
}

const routeText = (r: Tgw6Route) => `${formatCidr6(r.destination)} → ${r.target}${r.propagated ? ' (propagated)' : ''}`;

/** The IPv6 routes of a transit gateway route table: static IPv6 ones, and propagated IPv6 blocks of attachments with IPv6 support. */
export function tgwRoutes6(ctx: ValidationContext, table: TgwRouteTable): Tgw6Route[] {
  const out: Tgw6Route[] = [];
  for (const r of list<{ destination?: unknown; target?: unknown }>(table.routes)) {
    const destination = cidr6OrNull(r?.destination);
    const target = str(r?.target);
    if (destination && target) out.push({ destination, target, propagated: false });
  }
  for (const id of list<unknown>(table.propagationIds)) {
    const a = tgwAttachmentById(ctx, id);
    if (!a || str(a.transitGatewayId) !== str(table.transitGatewayId)) continue;
    const blocks =
      a.kind === 'tgwAttachment'
        ? carriesIpv6(a)
          ? vpcBlocks6(ctx.index.getKind(a.parent, 'vpc'))
          : []
        : a.staticRoutesOnly === false
          ? list<unknown>(a.onPremCidrs)
              .map((c) => cidr6OrNull(c))
              .filter((c): c is Cidr6 => c !== null)
          : [];
    for (const destination of blocks) out.push({ destination, target: a.id, propagated: true });
  }
  return out;
}

/** Matches of `addr`, best first: longest prefix, then static before propagated. */
export function tgwLookup6(ctx: ValidationContext, table: TgwRouteTable, addr: bigint): Tgw6Route[] {
  return tgwRoutes6(ctx, table)
    .filter((r) => contains6(r.destination, addr))
    .sort((a, b) => b.destination.prefix - a.destination.prefix || Number(a.propagated) - Number(b.propagated));
}

function deliversTo6(ctx: ValidationContext, table: TgwRouteTable, r: Tgw6Route): TgwAttachmentLike | undefined {
  if (r.target === BLACKHOLE) return undefined;
  const a = tgwAttachmentById(ctx, r.target);
  return a && str(a.transitGatewayId) === str(table.transitGatewayId) ? a : undefined;
}

function subnetsOf(ctx: ValidationContext, a: TgwAttachment): Subnet[] {
  return list<unknown>(a.subnetIds)
    .map((id) => ctx.index.getKind(str(id), 'subnet'))
    .filter((s): s is Subnet => !!s);
}

function subnetInZone(ctx: ValidationContext, a: TgwAttachment, zone: string | null): Subnet | undefined {
  return subnetsOf(ctx, a).find((s) => ctx.zoneOf(s.id) === zone);
}

/** The attachment's network interface in `subnet` has an IPv6 address only with IPv6 support and an IPv6 block. */
function requireIpv6(
  w6: Walk6,
  a: TgwAttachment,
  subnet: Subnet,
  params: Record<string, string>,
  way: 'forward' | 'return' = 'forward',
) {
  if (carriesIpv6(a) && cidr6OrNull(subnet.ipv6Cidr)) return;
  const off = !carriesIpv6(a);
  const w: Walk = w6.w;
  w.block(
    a.id,
    'tgwAttachment',
    off ? ipv6Prose.tgwIpv6Off(a.id) : ipv6Prose.tgwSubnetNoIpv6(a.id, subnet.id),
    'TGW_ATTACH_IPV6_NOT_SUPPORTED',
    off ? params : { ...params, subnet: subnet.id },
    way,
  );
}

/** From `src` into the transit gateway by `att`, on to the attachment its table names, and the replies back. */
export function tgw6Step(w6: Walk6, src: Inside6, dst: End6, tgw: TransitGateway, att: TgwAttachment): void {
  const w: Walk = w6.w;
  const ctx = w6.ctx;
  const dstText = bigToIp6(dst.addr);
  const zone = ctx.zoneOf(src.subnet.id);
  const params = { tgw: tgw.id, attachment: att.id, vpc: src.vpc.id, address: dstText };
  const entry = subnetInZone(ctx, att, zone);
  if (!entry)
    w.block(att.id, 'tgwAttachment', tgwProse.noSubnetInZone(att.id, zone ?? ''), 'TGW_ATTACH_VPC_AZ_RESTRICTION', {
      ...params,
      zone: zone ?? '',
    });
  requireIpv6(w6, att, entry, params);
  w6.nacl(src.subnet, 'outbound', dst.addr, 'forward');
  w6.nacl(entry, 'inbound', src.addr, 'forward');
  const table = associatedTable(ctx, att);
  if (!table)
    w.block(att.id, 'tgwAttachment', tgwProse.noAssociation(att.id), 'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION', params);
  w.hop('pass', att.id, 'tgwAttachment', tgwProse.entered(att.id, tgw.id, entry.id), { ...params, subnet: entry.id });
  const matches = tgwLookup6(ctx, table, dst.addr);
  const best = matches[0];
  if (!best)
    w.block(table.id, 'tgwRouteTable', tgwProse.noRoute(table.id, dstText), 'TGW_RTB_CANNOT_ROUTE', {
      ...params,
      tgwTable: table.id,
    });
  const routeParams = {
    ...params,
    tgwTable: table.id,
    destination: formatCidr6(best.destination),
    target: best.target,
  };
  const live = (r: Tgw6Route) => !!deliversTo6(ctx, table, r);
  if (!live(best)) {
    const text =
      best.target === BLACKHOLE
        ? tgwProse.blackhole(table.id, routeText(best), dstText)
        : tgwProse.deadTarget(table.id, routeText(best), dstText);
    const alt = matches.find(live);
    if (alt) {
      const same = alt.destination.prefix === best.destination.prefix;
      w.block(
        table.id,
        'tgwRouteTable',
        tgwProse.blackholeOver(text, same, routeText(alt)),
        same ? 'TGW_RTB_HIGHER_PRIORITY_ROUTE' : 'TGW_RTB_MORE_SPECIFIC_ROUTE',
        { ...routeParams, alternative: routeText(alt) },
      );
    }
    w.block(table.id, 'tgwRouteTable', text, 'TGW_RTB_BAD_STATE_ROUTE', routeParams);
  }
  w.hop('pass', table.id, 'tgwRouteTable', tgwProse.chosen(table.id, routeText(best), dstText), routeParams);
  const next = deliversTo6(ctx, table, best)!;
  // Whether a VPN connection's tunnels carry IPv6 inside is not in the design.
  if (next.kind === 'vpnConnection')
    w.unknown(
      next.id,
      'external',
      ipv6Prose.notModelled(table.id, routeText(best), 'site-to-site VPN connection'),
      { at: next.id, reason: 'external-not-modelled' },
      { external: next.id, awsType: 'vpnConnection', address: dstText },
    );
  const dVpc = ctx.index.getKind(next.parent, 'vpc');
  const target = dVpc ? subnet6Containing(ctx, dVpc, dst.addr) : undefined;
  if (!dVpc || !target || dst.kind !== 'inside' || dst.subnet.id !== target.id) {
    const v = dVpc?.id ?? next.id;
    w.block(v, 'vpc', ipv6Prose.inVpcNoSubnet(dstText), 'NO_ROUTE_TO_DESTINATION', { vpc: v, address: dstText });
  }
  const d = dst as Inside6;
  const out =
    subnetInZone(ctx, next, ctx.zoneOf(target.id)) ?? subnetInZone(ctx, next, zone) ?? subnetsOf(ctx, next)[0];
  const outParams = { tgw: tgw.id, attachment: next.id, vpc: dVpc.id, address: dstText };
  if (!out) w.block(next.id, 'tgwAttachment', tgwProse.noSubnets(next.id), 'TGW_ATTACH_VPC_AZ_RESTRICTION', outParams);
  requireIpv6(w6, next, out, outParams);
  w.hop('pass', next.id, 'tgwAttachment', tgwProse.out(next.id, dVpc.id, out.id), { ...outParams, exitSubnet: out.id });
  // Out of the transit gateway: the attachment subnet's outbound rules and the destination subnet's
  // inbound ones; none when they are one subnet [TGW:tgw-nacls].
  if (out.id !== target.id) {
    w6.nacl(out, 'outbound', dst.addr, 'forward');
    w6.nacl(target, 'inbound', src.addr, 'forward');
  }
  w6.arrive(d, src.addr, src.resource);
  // The replies: the destination subnet's NACL out, its route back to the same transit gateway,
  // the zone rule and the attachment's table back, then the NACLs into and out of it.
  const ports = w6.srcPorts();
  w6.nacl(target, 'outbound', src.addr, 'return', ports);
  w6.routeBackVia(d, src.addr, (t) => t.kind === 'tgw' && t.tgw.id === tgw.id, tgw.id);
  tgwBack6(w6, d, src.addr, tgw, att, next);
  w6.nacl(out, 'inbound', d.addr, 'return', ports);
  if (entry.id !== src.subnet.id) {
    w6.nacl(entry, 'outbound', src.addr, 'return', ports);
    w6.nacl(src.subnet, 'inbound', d.addr, 'return', ports);
  }
  w6.replies();
}

function tgwBack6(
  w6: Walk6,
  dst: Inside6,
  srcAddr: bigint,
  tgw: TransitGateway,
  from: TgwAttachment,
  to: TgwAttachment,
) {
  const w: Walk = w6.w;
  const ctx = w6.ctx;
  const back = bigToIp6(srcAddr);
  const zone = ctx.zoneOf(dst.subnet.id);
  const params = { tgw: tgw.id, attachment: to.id, address: back };
  if (!subnetInZone(ctx, to, zone))
    w.block(
      to.id,
      'tgwAttachment',
      tgwProse.noSubnetInZone(to.id, zone ?? ''),
      'TGW_ATTACH_VPC_AZ_RESTRICTION',
      { ...params, zone: zone ?? '' },
      'return',
    );
  const table = associatedTable(ctx, to);
  if (!table)
    w.block(
      to.id,
      'tgwAttachment',
      tgwProse.noAssociation(to.id),
      'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION',
      params,
      'return',
    );
  const best = tgwLookup6(ctx, table, srcAddr)[0];
  const rp = { ...params, tgwTable: table.id };
  if (!best)
    w.block(table.id, 'tgwRouteTable', tgwProse.backNoRoute(table.id, back), 'TGW_RTB_CANNOT_ROUTE', rp, 'return');
  const full = { ...rp, destination: formatCidr6(best.destination), target: best.target };
  if (deliversTo6(ctx, table, best)?.id !== from.id)
    w.block(
      table.id,
      'tgwRouteTable',
      tgwProse.backWrong(table.id, back, routeText(best), from.id),
      best.target === BLACKHOLE ? 'TGW_RTB_BAD_STATE_ROUTE' : 'TGW_RTB_CANNOT_ROUTE',
      { ...full, expected: from.id },
      'return',
    );
  w.hop('pass', table.id, 'tgwRouteTable', tgwProse.backPass(table.id, routeText(best), back), full, 'return');
}
