import { describe, expect, it } from 'vitest';
import type { TgwRouteTable } from '../../model/types.ts';
import { naclRule, sgRule } from '../testing/builder.ts';
import { transitPair, vpnTo } from '../testing/transit.ts';
import { analyzeReachability } from './analyze.ts';
import type { ExplanationCode, ReachabilityAnswer } from './types.ts';

const reach = (design: Parameters<typeof analyzeReachability>[0], from: string, to: string, port = 443) =>
  analyzeReachability(design, { from, to, protocol: 'tcp', port });

function blocked(
  a: ReachabilityAnswer,
  code: ExplanationCode,
  at: string,
  direction: 'forward' | 'return' = 'forward',
) {
  expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('blocked');
  expect(a.code).toBe(code);
  expect(a.blockedAt).toBe(at);
  expect(a.hops.at(-1)!.direction).toBe(direction);
}

describe('through a transit gateway', () => {
  it('delivers between two attached VPCs, through both attachments and the route table, and back', () => {
    const { b, a, c, rtb } = transitPair();
    const ans = reach(b.build(), a.instance, c.instance);
    expect(ans.outcome, JSON.stringify(ans.hops.map((h) => h.detail))).toBe('delivered');
    const kinds = ans.hops.map((h) => `${h.direction}:${h.kind}:${h.resource}`);
    expect(kinds).toContain(`forward:tgwAttachment:${a.att}`);
    expect(kinds).toContain(`forward:tgwRouteTable:${rtb}`);
    expect(kinds).toContain(`forward:tgwAttachment:${c.att}`);
    expect(kinds).toContain(`return:tgwRouteTable:${rtb}`);
    // The destination VPC's route tables are not consulted on the way in, only on the way back.
    expect(ans.hops.filter((h) => h.resource === c.rt).map((h) => h.direction)).toEqual(['return']);
  });

  it('blocks a source in a zone where the attachment has no subnet (TGW_ATTACH_VPC_AZ_RESTRICTION)', () => {
    const { b, a, c } = transitPair();
    const azB = b.az(a.vpc, 'us-east-1b');
    const other = b.subnet(azB, '10.0.2.0/24');
    const x = b.instance(other, { securityGroupIds: [a.sg] });
    blocked(reach(b.build(), x, c.instance), 'TGW_ATTACH_VPC_AZ_RESTRICTION', a.att);
    // And the replies of a destination in such a zone cannot get back.
    blocked(reach(b.build(), c.instance, x), 'TGW_ATTACH_VPC_AZ_RESTRICTION', a.att, 'return');
  });

  it('delivers into another zone of the destination VPC when its attachment has no subnet in the source’s zone', () => {
    const { b, a, c } = transitPair();
    const azB = b.az(c.vpc, 'us-east-1b');
    const sB = b.subnet(azB, '10.1.2.0/24');
    b.patch(c.att, { subnetIds: [sB] });
    const ans = reach(b.build(), a.instance, c.instance);
    // Forward: out by 1b's subnet; the replies from 1a cannot enter the transit gateway.
    expect(ans.hops.find((h) => h.resource === c.att && h.direction === 'forward')?.params.exitSubnet).toBe(sB);
    blocked(ans, 'TGW_ATTACH_VPC_AZ_RESTRICTION', c.att, 'return');
  });

  it('blocks an attachment with no route table (TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION)', () => {
    const { b, a, c } = transitPair();
    b.patch(a.att, { routeTableId: null });
    blocked(reach(b.build(), a.instance, c.instance), 'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION', a.att);
  });

  it('blocks when the route table has no route: nothing propagates (TGW_RTB_CANNOT_ROUTE)', () => {
    const { b, a, c, rtb } = transitPair();
    b.patch(rtb, { propagationIds: [a.att] });
    blocked(reach(b.build(), a.instance, c.instance), 'TGW_RTB_CANNOT_ROUTE', rtb);
    // A static route instead of the propagation works again.
    b.patch(rtb, { routes: [{ id: 's', destination: '10.1.0.0/16', target: c.att }] });
    expect(reach(b.build(), a.instance, c.instance).outcome).toBe('delivered');
  });

  it('a more specific blackhole hides the propagated route (TGW_RTB_MORE_SPECIFIC_ROUTE)', () => {
    const { b, a, c, rtb } = transitPair();
    b.patch(rtb, { routes: [{ id: 'bh', destination: '10.1.1.0/24', target: 'blackhole' }] });
    const ans = reach(b.build(), a.instance, c.instance);
    blocked(ans, 'TGW_RTB_MORE_SPECIFIC_ROUTE', rtb);
    expect(ans.hops.at(-1)!.params.alternative).toBe(`10.1.0.0/16 → ${c.att} (propagated)`);
  });

  it('a static blackhole for the same prefix beats the propagated route (TGW_RTB_HIGHER_PRIORITY_ROUTE)', () => {
    const { b, a, c, rtb } = transitPair();
    b.patch(rtb, { routes: [{ id: 'bh', destination: '10.1.0.0/16', target: 'blackhole' }] });
    blocked(reach(b.build(), a.instance, c.instance), 'TGW_RTB_HIGHER_PRIORITY_ROUTE', rtb);
  });

  it('a static route beats a propagated one for the same prefix', () => {
    const { b, a, c, rtb } = transitPair();
    // The static route sends 10.1/16 back to VPC A, which does not hold the address.
    b.patch(rtb, { routes: [{ id: 's', destination: '10.1.0.0/16', target: a.att }] });
    blocked(reach(b.build(), a.instance, c.instance), 'NO_ROUTE_TO_DESTINATION', a.vpc);
  });

  it('a blackhole with nothing behind it, and a route to an attachment that is gone (TGW_RTB_BAD_STATE_ROUTE)', () => {
    const { b, a, c, rtb } = transitPair();
    b.patch(rtb, { propagationIds: [a.att], routes: [{ id: 'bh', destination: '10.1.0.0/16', target: 'blackhole' }] });
    blocked(reach(b.build(), a.instance, c.instance), 'TGW_RTB_BAD_STATE_ROUTE', rtb);
    b.patch(rtb, { routes: [{ id: 'gone', destination: '10.1.0.0/16', target: 'tgw-attach-deleted' }] });
    blocked(reach(b.build(), a.instance, c.instance), 'TGW_RTB_BAD_STATE_ROUTE', rtb);
  });

  it('needs the destination VPC to route the replies back to the transit gateway', () => {
    const { b, a, c } = transitPair();
    b.patch(c.rt, { routes: b.get<TgwRouteTable>(c.rt).routes.filter((r) => r.target === 'local') });
    blocked(reach(b.build(), a.instance, c.instance), 'NO_ROUTE_TO_DESTINATION', c.rt, 'return');
  });

  it('needs the destination attachment’s route table to route the replies back to the source attachment', () => {
    const { b, a, c, tgw } = transitPair();
    const back = b.resource('tgwRouteTable', null, { name: 'spoke', transitGatewayId: tgw, propagationIds: [] });
    b.patch(c.att, { routeTableId: back });
    blocked(reach(b.build(), a.instance, c.instance), 'TGW_RTB_CANNOT_ROUTE', back, 'return');
  });

  it('checks the destination’s security group, and the NACL of a destination subnet apart from the attachment’s', () => {
    const { b, a, c } = transitPair();
    b.patch(c.sg, { ingress: [sgRule('tcp', 22, '10.0.0.0/8')] });
    blocked(reach(b.build(), a.instance, c.instance), 'ENI_SG_RULES_MISMATCH', c.sg);
    b.patch(c.sg, { ingress: [sgRule('tcp', 443, '10.0.0.0/8')] });
    const attSubnet = b.subnet(c.az, '10.1.9.0/28');
    b.patch(c.att, { subnetIds: [attSubnet] });
    const acl = b.nacl(c.vpc, { subnets: [c.subnet], rules: [naclRule(100, 'outbound', 'allow', 'all', 0)] });
    blocked(reach(b.build(), a.instance, c.instance), 'SUBNET_ACL_RESTRICTION', acl);
  });

  it('a route to a transit gateway the VPC is not attached to is a blackhole', () => {
    const { b, a, c } = transitPair();
    b.patch(a.att, { transitGatewayId: null });
    blocked(reach(b.build(), a.instance, c.instance), 'NO_ROUTE_TO_DESTINATION', a.rt);
  });

  it('routes nothing transitively through a peering connection of the destination VPC', () => {
    const { b, a, c, rtb, region, tgw } = transitPair();
    const far = b.vpc(region, '10.2.0.0/16');
    const farSubnet = b.subnet(b.az(far, 'us-east-1a'), '10.2.1.0/24');
    const farHost = b.instance(farSubnet, { securityGroupIds: [b.sg(far, { ingress: [] })] });
    const pcx = b.peering(c.vpc, far);
    b.patch(c.rt, {
      routes: [...b.get<TgwRouteTable>(c.rt).routes, { id: 'p', destination: '10.2.0.0/16', target: pcx }],
    });
    b.patch(a.rt, {
      routes: [...b.get<TgwRouteTable>(a.rt).routes, { id: 't', destination: '10.2.0.0/16', target: tgw }],
    });
    b.patch(rtb, { routes: [{ id: 's', destination: '10.2.0.0/16', target: c.att }] });
    blocked(reach(b.build(), a.instance, farHost), 'NO_ROUTE_TO_DESTINATION', c.vpc);
  });
});

// [TGW:tgw-nacls] "How network ACLs work with transit gateways", both scenarios, rule by rule.
describe('NACLs through a transit gateway', () => {
  const allOutbound = () => naclRule(100, 'outbound', 'allow', 'all', 0);

  it('same subnet: traffic from the transit gateway into the attachment’s own subnet meets no NACL rule', () => {
    const { b, a, c } = transitPair();
    // Inbound admits only the VPC's own block: the request from 10.0/16 is not evaluated, the
    // replies leaving for the transit gateway are (inbound rules, by their source address 10.1.1.x).
    b.nacl(c.vpc, {
      subnets: [c.subnet],
      rules: [naclRule(100, 'inbound', 'allow', 'all', 0, '10.1.0.0/16'), allOutbound()],
    });
    const ans = reach(b.build(), a.instance, c.instance);
    expect(ans.outcome, JSON.stringify(ans.hops.map((h) => h.detail))).toBe('delivered');
  });

  it('same subnet: traffic to the transit gateway meets the subnet’s inbound rules, by its source address', () => {
    const { b, a, c } = transitPair();
    // Inbound admits only the replies' source (10.1/16): the request's own source 10.0.1.x is refused.
    const acl = b.nacl(a.vpc, {
      subnets: [a.subnet],
      rules: [naclRule(100, 'inbound', 'allow', 'all', 0, '10.1.0.0/16'), allOutbound()],
    });
    blocked(reach(b.build(), a.instance, c.instance), 'SUBNET_ACL_RESTRICTION', acl);
  });

  it('same subnet: the replies into the source subnet from the transit gateway meet no NACL rule', () => {
    const { b, a, c } = transitPair();
    // Inbound admits only 10.0/16 (the request on its way in): the replies from 10.1/16 are not evaluated.
    b.nacl(a.vpc, {
      subnets: [a.subnet],
      rules: [naclRule(100, 'inbound', 'allow', 'all', 0, '10.0.0.0/16'), allOutbound()],
    });
    expect(reach(b.build(), a.instance, c.instance).outcome).toBe('delivered');
  });

  it('different subnets: the attachment subnet’s outbound rules judge traffic from the transit gateway, by destination', () => {
    const { b, a, c } = transitPair();
    const attSubnet = b.subnet(c.az, '10.1.9.0/28');
    b.patch(c.att, { subnetIds: [attSubnet] });
    // Outbound refuses the destination subnet; inbound lets everything in.
    const acl = b.nacl(c.vpc, {
      subnets: [attSubnet],
      rules: [
        naclRule(90, 'outbound', 'deny', 'all', 0, '10.1.1.0/24'),
        allOutbound(),
        naclRule(100, 'inbound', 'allow', 'all', 0),
      ],
    });
    blocked(reach(b.build(), a.instance, c.instance), 'SUBNET_ACL_RESTRICTION', acl);
  });

  it('different subnets: the attachment subnet’s inbound rules judge traffic to the transit gateway, by source', () => {
    const { b, a, c } = transitPair();
    const attSubnet = b.subnet(a.az, '10.0.9.0/28');
    b.patch(a.att, { subnetIds: [attSubnet] });
    const acl = b.nacl(a.vpc, {
      subnets: [attSubnet],
      rules: [
        naclRule(90, 'inbound', 'deny', 'all', 0, '10.0.1.0/24'),
        naclRule(100, 'inbound', 'allow', 'all', 0),
        allOutbound(),
      ],
    });
    blocked(reach(b.build(), a.instance, c.instance), 'SUBNET_ACL_RESTRICTION', acl);
  });

  it('different subnets: the replies leave the source’s attachment subnet by its outbound rules', () => {
    const { b, a, c } = transitPair();
    const attSubnet = b.subnet(a.az, '10.0.9.0/28');
    b.patch(a.att, { subnetIds: [attSubnet] });
    // The request in (inbound, any source) passes; the outbound rule refusing 10.0.1.0/24 only meets
    // the replies, which go from the transit gateway to the source instance.
    const acl = b.nacl(a.vpc, {
      subnets: [attSubnet],
      rules: [
        naclRule(90, 'outbound', 'deny', 'all', 0, '10.0.1.0/24'),
        allOutbound(),
        naclRule(100, 'inbound', 'allow', 'all', 0),
      ],
    });
    blocked(reach(b.build(), a.instance, c.instance), 'SUBNET_ACL_RESTRICTION', acl, 'return');
    // Open the attachment subnet: delivered, the hops naming both of its checks.
    b.patch(acl, { rules: [allOutbound(), naclRule(100, 'inbound', 'allow', 'all', 0)] });
    const ans = reach(b.build(), a.instance, c.instance);
    expect(ans.outcome).toBe('delivered');
    const onAcl = ans.hops.filter((h) => h.resource === acl).map((h) => h.direction);
    expect(onAcl).toEqual(['forward', 'return']);
  });
});

describe('towards a site-to-site VPN', () => {
  it('exits at the customer gateway through a VPN attachment of the transit gateway', () => {
    const { b, a, tgw, rtb } = transitPair();
    const { cgw, vpn } = vpnTo(b, { transitGatewayId: tgw, tgwRouteTableId: rtb });
    b.patch(rtb, { routes: [{ id: 'v', destination: '192.168.0.0/16', target: vpn }] });
    b.patch(a.rt, {
      routes: [...b.get<TgwRouteTable>(a.rt).routes, { id: 'o', destination: '192.168.0.0/16', target: b.get(tgw).id }],
    });
    const ans = reach(b.build(), a.instance, '192.168.10.5');
    expect(ans.outcome, JSON.stringify(ans.hops.map((h) => h.detail))).toBe('exits');
    expect(ans.exit).toEqual({ at: cgw, towards: 'vpn' });
  });

  it('a BGP VPN propagates its networks into the transit gateway route table; a static one does not', () => {
    const { b, a, tgw, rtb } = transitPair();
    const { vpn } = vpnTo(b, { transitGatewayId: tgw, tgwRouteTableId: rtb }, ['192.168.0.0/16'], false);
    b.patch(rtb, { propagationIds: [...b.get<TgwRouteTable>(rtb).propagationIds, vpn] });
    b.patch(a.rt, {
      routes: [...b.get<TgwRouteTable>(a.rt).routes, { id: 'o', destination: '192.168.0.0/16', target: tgw }],
    });
    expect(reach(b.build(), a.instance, '192.168.10.5').outcome).toBe('exits');
    b.patch(vpn, { staticRoutesOnly: true });
    blocked(reach(b.build(), a.instance, '192.168.10.5'), 'TGW_RTB_CANNOT_ROUTE', rtb);
  });

  it('exits through a virtual private gateway by a propagated route, and a static route beats it', () => {
    const { b, a } = transitPair();
    const vgw = b.resource('vpnGateway', a.vpc, {
      name: 'vgw',
      amazonSideAsn: 64512,
      propagationRouteTableIds: [a.rt],
    });
    const { cgw } = vpnTo(b, { vpnGatewayId: vgw }, ['172.16.0.0/12']);
    const ans = reach(b.build(), a.instance, '172.16.4.4');
    expect(ans.outcome, JSON.stringify(ans.hops.map((h) => h.detail))).toBe('exits');
    expect(ans.exit).toEqual({ at: cgw, towards: 'vpn' });
    expect(ans.hops.find((h) => h.resource === a.rt)?.params.target).toBe(vgw);
    // Without propagation there is no route.
    b.patch(vgw, { propagationRouteTableIds: [] });
    blocked(reach(b.build(), a.instance, '172.16.4.4'), 'NO_ROUTE_TO_DESTINATION', a.rt);
  });

  it('a virtual private gateway drops what none of its VPNs has a network for', () => {
    const { b, a } = transitPair();
    const vgw = b.resource('vpnGateway', a.vpc, { name: 'vgw', amazonSideAsn: 64512, propagationRouteTableIds: [] });
    vpnTo(b, { vpnGatewayId: vgw }, ['172.16.0.0/12']);
    b.patch(a.rt, {
      routes: [...b.get<TgwRouteTable>(a.rt).routes, { id: 'o', destination: '192.168.0.0/16', target: vgw }],
    });
    blocked(reach(b.build(), a.instance, '192.168.1.1'), 'NO_ROUTE_TO_DESTINATION', vgw);
    // A BGP VPN whose learned networks are not listed: whether it carries the traffic is not known.
    vpnTo(b, { vpnGatewayId: vgw }, [], false);
    expect(reach(b.build(), a.instance, '192.168.1.1').outcome).toBe('unknown');
  });
});
