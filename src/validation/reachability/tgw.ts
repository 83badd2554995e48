/**
 * The transit gateway and VPN steps of the path [TGW:how-transit-gateways-work]:
 *
 *  1. a VPC route to a transit gateway enters it through the VPC's attachment, by the attachment's
 *     subnet in the source's Availability Zone: resources in a zone without one cannot reach the
 *     transit gateway [TGW:tgw-vpc-attachments];
 *  2. the attachment's associated route table decides (transit.ts `tgwLookup`: longest prefix, a
 *     static route before a propagated one; a blackhole drops);
 *  3. to a VPC attachment: out by its subnet in the same zone when it has one (appliance mode off,
 *     the transit gateway keeps the zone where it can), else another zone's, and into the
 *     destination's subnet directly: its route tables are not consulted, its NACL and the
 *     destination's security groups are;
 *  NACLs [TGW:tgw-nacls]: traffic from a subnet to the transit gateway meets the subnet's outbound
 *  rules and the attachment subnet's inbound rules (the same NACL's when they are one subnet);
 *  traffic from the transit gateway into a subnet meets the attachment subnet's outbound rules and
 *  the subnet's inbound rules, and none at all when the attachment's subnet is the destination's;
 *  4. to a VPN attachment, or by a virtual private gateway: the traffic leaves towards the
 *     on-premises network (outcome `exits`, at the customer gateway).
 *
 * The replies come back the same way: the destination subnet's route to the same transit gateway,
 * then its attachment's route table back to the source's attachment.
 */
import { containsIp, formatCidr, intToIp } from '../../model/cidr.ts';
import type { Subnet, TgwAttachment, TransitGateway, Vpc, VpnConnection, VpnGateway } from '../../model/types.ts';
import { list, str } from '../safe.ts';
import { associatedTable, deliversTo, onPremBlocks, tgwLookup, vpnsOfGateway, type TgwRoute } from '../transit.ts';
import { isOutside, type Endpoint } from './endpoints.ts';
import { routeProse } from './prose.ts';
import { subnetContaining } from './routeLookup.ts';
import { tgwProse } from './tgwProse.ts';
import type { Leg, Packet, TgwLeg, Walk } from './walk.ts';

const routeText = (r: TgwRoute) => `${formatCidr(r.destination)} → ${r.target}${r.propagated ? ' (propagated)' : ''}`;

/** The attachment's subnets that exist, in its order. */
function subnetsOf(w: Walk, a: TgwAttachment): Subnet[] {
  return list<unknown>(a.subnetIds)
    .map((id) => w.ctx.index.getKind(str(id), 'subnet'))
    .filter((s): s is Subnet => !!s);
}

/** The attachment's subnet in `zone`, if it has one. */
function subnetInZone(w: Walk, a: TgwAttachment, zone: string | null): Subnet | undefined {
  return subnetsOf(w, a).find((s) => w.ctx.zoneOf(s.id) === zone);
}

/** Where a route of `table` sends the packet; blocks on no route and on a blackhole. */
function chooseRoute(
  w: Walk,
  tableId: string,
  matches: readonly TgwRoute[],
  dstText: string,
  live: (r: TgwRoute) => boolean,
  params: Record<string, string | number>,
): TgwRoute {
  const best = matches[0];
  if (!best)
    w.block(tableId, 'tgwRouteTable', tgwProse.noRoute(tableId, dstText), 'TGW_RTB_CANNOT_ROUTE', {
      ...params,
      tgwTable: tableId,
    });
  const routeParams = { ...params, tgwTable: tableId, destination: formatCidr(best.destination), target: best.target };
  if (!live(best)) {
    const text =
      best.target === 'blackhole'
        ? tgwProse.blackhole(tableId, routeText(best), dstText)
        : tgwProse.deadTarget(tableId, routeText(best), dstText);
    const alt = matches.find(live);
    if (alt) {
      const same = alt.destination.prefix === best.destination.prefix;
      w.block(
        tableId,
        'tgwRouteTable',
        tgwProse.blackholeOver(text, same, routeText(alt)),
        same ? 'TGW_RTB_HIGHER_PRIORITY_ROUTE' : 'TGW_RTB_MORE_SPECIFIC_ROUTE',
        { ...routeParams, alternative: routeText(alt) },
      );
    }
    w.block(tableId, 'tgwRouteTable', text, 'TGW_RTB_BAD_STATE_ROUTE', routeParams);
  }
  w.hop('pass', tableId, 'tgwRouteTable', tgwProse.chosen(tableId, routeText(best), dstText), routeParams);
  return best;
}

/** From `subnet` of `vpc` into the transit gateway by `att`, and on to the attachment its table names. */
export function tgwStep(
  w: Walk,
  subnet: Subnet,
  vpc: Vpc,
  tgw: TransitGateway,
  att: TgwAttachment,
  pkt: Packet,
  dst: Endpoint,
): void {
  const dstText = intToIp(pkt.dst);
  const zone = w.ctx.zoneOf(subnet.id);
  const params = { tgw: tgw.id, attachment: att.id, vpc: vpc.id, address: dstText };
  const entry = subnetInZone(w, att, zone);
  if (!entry) {
    w.block(att.id, 'tgwAttachment', tgwProse.noSubnetInZone(att.id, zone ?? ''), 'TGW_ATTACH_VPC_AZ_RESTRICTION', {
      ...params,
      zone: zone ?? '',
    });
  }
  w.nacl(subnet, 'outbound', pkt.dst, 'forward');
  // Into the transit gateway: the attachment subnet's inbound rules, by the source address.
  w.nacl(entry, 'inbound', pkt.src, 'forward');
  const table = associatedTable(w.ctx, att);
  if (!table)
    w.block(att.id, 'tgwAttachment', tgwProse.noAssociation(att.id), 'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION', params);
  w.hop('pass', att.id, 'tgwAttachment', tgwProse.entered(att.id, tgw.id, entry.id), { ...params, subnet: entry.id });
  const best = chooseRoute(
    w,
    table.id,
    tgwLookup(w.ctx, table, pkt.dst),
    dstText,
    (r) => !!deliversTo(w.ctx, table, r),
    params,
  );
  const next = deliversTo(w.ctx, table, best)!;
  if (next.kind === 'vpnConnection') return vpnExit(w, next, pkt, dst, { ...params, vpn: next.id });
  const dVpc = w.ctx.index.getKind(next.parent, 'vpc');
  const target = dVpc ? subnetContaining(w.ctx, dVpc, pkt.dst) : undefined;
  if (!dVpc || !target) {
    const v = dVpc?.id ?? next.id;
    w.block(v, 'vpc', routeProse.inVpcNoSubnet(dstText, v), 'NO_ROUTE_TO_DESTINATION', { vpc: v, address: dstText });
  }
  const exitSubnets = subnetsOf(w, next);
  const out = subnetInZone(w, next, w.ctx.zoneOf(target.id)) ?? subnetInZone(w, next, zone) ?? exitSubnets[0];
  const outParams = { tgw: tgw.id, attachment: next.id, vpc: dVpc.id, address: dstText };
  if (!out) w.block(next.id, 'tgwAttachment', tgwProse.noSubnets(next.id), 'TGW_ATTACH_VPC_AZ_RESTRICTION', outParams);
  w.hop('pass', next.id, 'tgwAttachment', tgwProse.out(next.id, dVpc.id, out.id), {
    ...outParams,
    exitSubnet: out.id,
  });
  // Out of the transit gateway: the attachment subnet's outbound rules, by the destination address
  // (the destination subnet's inbound rules follow in `enter`); neither when they are one subnet.
  if (out.id !== target.id) w.nacl(out, 'outbound', pkt.dst, 'forward');
  const leg: TgwLeg = { tgw, from: att, to: next, entry, exit: out };
  w.enter(target, dVpc, subnet, pkt, dst, { via: 'tgw', tgw: leg });
}

/** Into a site-to-site VPN: towards the on-premises network, out of the design. */
function vpnExit(w: Walk, vpn: VpnConnection, pkt: Packet, dst: Endpoint, params: Record<string, string>): void {
  const dstText = intToIp(pkt.dst);
  if (!isOutside(dst)) {
    w.unknown(
      vpn.id,
      'vpnConnection',
      tgwProse.vpnNotOnPrem(vpn.id, dstText),
      { at: vpn.id, reason: 'external-not-modelled' },
      params,
    );
  }
  const cgw = w.ctx.index.getKind(str(vpn.customerGatewayId), 'customerGateway');
  const at = cgw?.id ?? vpn.id;
  w.exit(
    vpn.id,
    'vpnConnection',
    tgwProse.vpnExit(vpn.id, at),
    { at, towards: 'vpn' },
    { ...params, vpn: vpn.id, customerGateway: at },
  );
  w.arrivedFrom = intToIp(pkt.src);
}

/** By a virtual private gateway: a VPN connection of it must have the destination among its networks. */
export function vgwStep(w: Walk, subnet: Subnet, vgw: VpnGateway, pkt: Packet, dst: Endpoint): void {
  const dstText = intToIp(pkt.dst);
  w.nacl(subnet, 'outbound', pkt.dst, 'forward');
  const vpn = vpnsOfGateway(w.ctx, vgw.id).find((v) => onPremBlocks(w.ctx, v).some((c) => containsIp(c, pkt.dst)));
  const params = { vgw: vgw.id, address: dstText };
  // A BGP VPN whose learned networks the design does not list (the import cannot see them): not known.
  const bgp = vpnsOfGateway(w.ctx, vgw.id).find((v) => v.staticRoutesOnly === false && !onPremBlocks(w.ctx, v).length);
  if (!vpn && bgp)
    w.unknown(
      bgp.id,
      'vpnConnection',
      tgwProse.vpnNotOnPrem(bgp.id, dstText),
      { at: bgp.id, reason: 'external-not-modelled' },
      { ...params, vpn: bgp.id },
    );
  if (!vpn) w.block(vgw.id, 'vpnGateway', tgwProse.vgwNoVpn(vgw.id, dstText), 'NO_ROUTE_TO_DESTINATION', params);
  w.hop('pass', vgw.id, 'vpnGateway', `${vgw.id} → ${vpn.id}`, { ...params, vpn: vpn.id });
  vpnExit(w, vpn, pkt, dst, { vgw: vgw.id, address: dstText });
}

/** The replies' way back through the transit gateway: the zone rule, then the attachment's table back. */
export function tgwBackStep(w: Walk, leg: Leg, t: TgwLeg): void {
  if (leg.to === 'internet') return;
  const back = intToIp(leg.src);
  const zone = w.ctx.zoneOf(leg.to.id);
  const params = { tgw: t.tgw.id, attachment: t.to.id, address: back };
  if (!subnetInZone(w, t.to, zone)) {
    w.block(
      t.to.id,
      'tgwAttachment',
      tgwProse.noSubnetInZone(t.to.id, zone ?? ''),
      'TGW_ATTACH_VPC_AZ_RESTRICTION',
      { ...params, zone: zone ?? '' },
      'return',
    );
  }
  const table = associatedTable(w.ctx, t.to);
  if (!table) {
    w.block(
      t.to.id,
      'tgwAttachment',
      tgwProse.noAssociation(t.to.id),
      'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION',
      params,
      'return',
    );
  }
  const best = tgwLookup(w.ctx, table, leg.src)[0];
  const rp = { ...params, tgwTable: table.id };
  if (!best)
    w.block(table.id, 'tgwRouteTable', tgwProse.backNoRoute(table.id, back), 'TGW_RTB_CANNOT_ROUTE', rp, 'return');
  const full = { ...rp, destination: formatCidr(best.destination), target: best.target };
  if (deliversTo(w.ctx, table, best)?.id !== t.from.id) {
    const code = best.target === 'blackhole' ? 'TGW_RTB_BAD_STATE_ROUTE' : 'TGW_RTB_CANNOT_ROUTE';
    w.block(
      table.id,
      'tgwRouteTable',
      tgwProse.backWrong(table.id, back, routeText(best), t.from.id),
      code,
      { ...full, expected: t.from.id },
      'return',
    );
  }
  w.hop('pass', table.id, 'tgwRouteTable', tgwProse.backPass(table.id, routeText(best), back), full, 'return');
}
