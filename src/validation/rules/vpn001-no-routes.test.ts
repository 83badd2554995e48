import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { transitPair, vpnTo } from '../testing/transit.ts';
import { vpn001 } from './vpn001-no-routes.ts';

describe('VPN-001 VPN without routes', () => {
  it('warns about a VPN on a virtual private gateway that no route table propagates or routes to', () => {
    const { b, a } = transitPair();
    const vgw = b.resource('vpnGateway', a.vpc, { amazonSideAsn: 64512, propagationRouteTableIds: [] });
    const { vpn } = vpnTo(b, { vpnGatewayId: vgw });
    expect(run(vpn001, b.build())).toMatchObject([{ variant: 'no-routes', resource: vpn, params: { gateway: vgw } }]);
    b.patch(vgw, { propagationRouteTableIds: [a.rt] });
    expect(keys(vpn001, b.build())).toEqual([]);
  });
  it('accepts a static route to the virtual private gateway instead of propagation', () => {
    const { b, a } = transitPair();
    const vgw = b.resource('vpnGateway', a.vpc, { amazonSideAsn: 64512, propagationRouteTableIds: [] });
    vpnTo(b, { vpnGatewayId: vgw });
    b.patch(a.rt, { routes: [{ id: 'v', destination: '192.168.0.0/16', target: vgw }] });
    expect(keys(vpn001, b.build())).toEqual([]);
  });
  it('on a transit gateway: a static route to the VPN, or a BGP VPN propagating, is a route in', () => {
    const { b, tgw, rtb } = transitPair();
    const { vpn } = vpnTo(b, { transitGatewayId: tgw, tgwRouteTableId: rtb });
    expect(keys(vpn001, b.build())).toEqual([`no-routes@${vpn}`]);
    // A static VPN listed as propagating still propagates nothing.
    b.patch(rtb, { propagationIds: [vpn] });
    expect(keys(vpn001, b.build())).toEqual([`no-routes@${vpn}`]);
    b.patch(vpn, { staticRoutesOnly: false });
    expect(keys(vpn001, b.build())).toEqual([]);
    b.patch(vpn, { staticRoutesOnly: true });
    b.patch(rtb, { propagationIds: [], routes: [{ id: 's', destination: '192.168.0.0/16', target: vpn }] });
    expect(keys(vpn001, b.build())).toEqual([]);
  });
});
