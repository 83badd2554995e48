/**
 * Fixtures for the transit gateway and VPN tests: two VPCs (10.0/16 and 10.1/16, one subnet each
 * in us-east-1a with an instance whose group admits 10.0.0.0/8) attached to one transit gateway,
 * both associated with and propagating into its route table, each routing the other's block to
 * the transit gateway. Everything a flow between the two instances needs; tests then break one part.
 */
import type { RouteTable } from '../../model/types.ts';
import { DesignBuilder, allOut, sgRule } from './builder.ts';

export function transitPair() {
  const b = new DesignBuilder();
  const region = b.region();
  const tgw = b.resource('transitGateway', region, { name: 'hub' });
  const rtb = b.resource('tgwRouteTable', region, { name: 'hub-rtb', transitGatewayId: tgw });
  b.patch(tgw, { associationDefaultRouteTableId: rtb, propagationDefaultRouteTableId: rtb });
  const side = (cidr: string, subnetCidr: string, other: string) => {
    const vpc = b.vpc(region, cidr);
    const az = b.az(vpc, 'us-east-1a');
    const subnet = b.subnet(az, subnetCidr);
    const sg = b.sg(vpc, { ingress: [sgRule('all', [0, 65535], '10.0.0.0/8')], egress: [allOut()] });
    const instance = b.instance(subnet, { securityGroupIds: [sg] });
    const rt = b.routeTable(vpc, { main: true, routes: [[other, tgw]] });
    const att = b.resource('tgwAttachment', vpc, {
      name: `att-${cidr}`,
      transitGatewayId: tgw,
      subnetIds: [subnet],
      routeTableId: rtb,
      applianceMode: false,
    });
    return { vpc, az, subnet, sg, instance, rt, att };
  };
  const a = side('10.0.0.0/16', '10.0.1.0/24', '10.1.0.0/16');
  const c = side('10.1.0.0/16', '10.1.1.0/24', '10.0.0.0/16');
  b.patch(rtb, { propagationIds: [a.att, c.att] });
  return { b, region, tgw, rtb, a, c };
}

/** A VPN connection from `parent` to a customer gateway, ending at a transit gateway or a virtual private gateway. */
export function vpnTo(
  b: DesignBuilder,
  end: { transitGatewayId?: string; vpnGatewayId?: string; tgwRouteTableId?: string },
  onPremCidrs = ['192.168.0.0/16'],
  staticRoutesOnly = true,
) {
  const cgw = b.resource('customerGateway', null, { name: 'office', ipAddress: '198.51.100.200', bgpAsn: 65000 });
  const vpn = b.resource('vpnConnection', null, {
    name: 'vpn',
    customerGatewayId: cgw,
    vpnGatewayId: end.vpnGatewayId ?? null,
    transitGatewayId: end.transitGatewayId ?? null,
    tgwRouteTableId: end.tgwRouteTableId ?? null,
    staticRoutesOnly,
    onPremCidrs,
  });
  return { cgw, vpn };
}

/**
 * The same pair, dual stack: IPv6 /56s on the VPCs (2001:db8:a::/56 and 2001:db8:c::/56), a /64
 * on each subnet, an IPv6 address on each instance, groups admitting the other's IPv6 block, each
 * route table sending the other's IPv6 block to the transit gateway, and IPv6 support on both
 * attachments (so propagation adds the IPv6 blocks).
 */
export function transitPair6() {
  const p = transitPair();
  const { b, tgw } = p;
  const dual = (s: typeof p.a, vpc6: string, sub6: string, addr: string, other6: string) => {
    b.patch(s.vpc, { ipv6CidrBlocks: [vpc6] });
    b.patch(s.subnet, { ipv6Cidr: sub6 });
    b.patch(s.instance, { ipv6Addresses: [addr] });
    b.patch(s.sg, {
      ingress: [sgRule('all', [0, 65535], '10.0.0.0/8'), sgRule('all', [0, 65535], '2001:db8::/32')],
      egress: [allOut(), sgRule('all', [0, 65535], '::/0')],
    });
    const rt = b.get<RouteTable>(s.rt);
    b.patch(s.rt, { routes: [...rt.routes, { id: `${s.rt}-v6`, destination: other6, target: tgw }] });
    b.patch(s.att, { ipv6Support: true });
    return addr;
  };
  const a6 = dual(p.a, '2001:db8:a::/56', '2001:db8:a::/64', '2001:db8:a::10', '2001:db8:c::/56');
  const c6 = dual(p.c, '2001:db8:c::/56', '2001:db8:c::/64', '2001:db8:c::10', '2001:db8:a::/56');
  return { ...p, a6, c6 };
}
