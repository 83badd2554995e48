/**
 * Fixtures for the transit gateway and VPN tests: two VPCs (10.0/16 and 10.1/16, one subnet each
 * in us-east-1a with an instance whose group admits 10.0.0.0/8) attached to one transit gateway,
 * both associated with and propagating into its route table, each routing the other's block to
 * the transit gateway. Everything a flow between the two instances needs; tests then break one part.
 */
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
