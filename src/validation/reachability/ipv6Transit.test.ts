import { describe, expect, it } from 'vitest';
import type { RouteTable } from '../../model/types.ts';
import { hopForm } from '../../i18n/findings/params.ts';
import { DesignBuilder, allOut, naclRule, sgRule } from '../testing/builder.ts';
import { transitPair6 } from '../testing/transit.ts';
import { analyzeReachability } from './analyze.ts';
import type { ExplanationCode, ReachabilityAnswer } from './types.ts';

const reach6 = (d: Parameters<typeof analyzeReachability>[0], from: string, to: string, port = 443) =>
  analyzeReachability(d, { from, to, protocol: 'tcp', port, ipVersion: 6 });

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

/** Two dual-stack VPCs peered, each routing the other's IPv6 block to the peering connection. */
function peered6() {
  const b = new DesignBuilder();
  const region = b.region();
  const side = (cidr: string, sub: string, vpc6: string, sub6: string, addr: string) => {
    const vpc = b.vpc(region, cidr);
    b.patch(vpc, { ipv6CidrBlocks: [vpc6] });
    const subnet = b.subnet(b.az(vpc, 'us-east-1a'), sub, { ipv6Cidr: sub6 });
    const sg = b.sg(vpc, {
      ingress: [sgRule('tcp', 443, '2001:db8::/32')],
      egress: [allOut(), sgRule('all', [0, 65535], '::/0')],
    });
    const instance = b.instance(subnet, { securityGroupIds: [sg], ipv6Addresses: [addr] });
    return { vpc, subnet, sg, instance, addr };
  };
  const a = side('10.0.0.0/16', '10.0.1.0/24', '2001:db8:a::/56', '2001:db8:a::/64', '2001:db8:a::10');
  const c = side('10.1.0.0/16', '10.1.1.0/24', '2001:db8:c::/56', '2001:db8:c::/64', '2001:db8:c::10');
  const pcx = b.peering(a.vpc, c.vpc);
  const rtA = b.routeTable(a.vpc, { main: true, routes: [['2001:db8:c::/56', pcx]] });
  const rtC = b.routeTable(c.vpc, { main: true, routes: [['2001:db8:a::/56', pcx]] });
  return { b, a, c, pcx, rtA, rtC };
}

describe('IPv6 through a VPC peering connection', () => {
  it('delivers across the peering connection, with the NACLs at both ends and the route back by it', () => {
    const { b, a, c, pcx, rtC } = peered6();
    const ans = reach6(b.build(), a.instance, c.instance);
    expect(ans.outcome, JSON.stringify(ans.hops.map((h) => h.detail))).toBe('delivered');
    expect(ans.forward?.sourceAddress).toBe(a.addr);
    const steps = ans.hops.map((h) => `${h.direction}:${h.kind}:${h.resource}`);
    expect(steps).toContain(`forward:peering:${pcx}`);
    expect(steps).toContain(`return:routeTable:${rtC}`);
    expect(
      ans.hops.filter((h) => h.kind === 'nacl').map((h) => `${h.direction}:${h.params.subnet}:${h.params.direction}`),
    ).toEqual([
      `forward:${a.subnet}:outbound`,
      `forward:${c.subnet}:inbound`,
      `return:${c.subnet}:outbound`,
      `return:${a.subnet}:inbound`,
    ]);
  });

  it('needs IPv6 blocks on both VPCs: a peer without one is PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', () => {
    const { b, a, c, pcx } = peered6();
    // The destination address is then in no VPC's IPv6 block: an outside address the route sends to the peering.
    b.patch(c.vpc, { ipv6CidrBlocks: [] });
    b.patch(c.subnet, { ipv6Cidr: null });
    blocked(reach6(b.build(), a.instance, c.addr), 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', pcx);
  });

  it('blocks the replies when the peer routes them elsewhere (NO_ROUTE_TO_DESTINATION on the way back)', () => {
    const { b, a, c, rtC } = peered6();
    b.patch(rtC, { routes: [] });
    const ans = reach6(b.build(), a.instance, c.instance);
    blocked(ans, 'NO_ROUTE_TO_DESTINATION', rtC, 'return');
  });

  it('a peer NACL without IPv6 rules blocks the request at the far end', () => {
    const { b, a, c } = peered6();
    const acl = b.nacl(c.vpc, {
      subnets: [c.subnet],
      rules: [naclRule(100, 'inbound', 'allow', 'all', 0), naclRule(100, 'outbound', 'allow', 'all', 0)],
    });
    blocked(reach6(b.build(), a.instance, c.instance), 'SUBNET_ACL_RESTRICTION', acl);
  });

  it('a group referencing the peer VPC’s group admits its IPv6 traffic (same Region)', () => {
    const { b, a, c } = peered6();
    b.patch(c.sg, { ingress: [sgRule('tcp', 443, a.sg)] });
    expect(reach6(b.build(), a.instance, c.instance).outcome).toBe('delivered');
    b.patch(c.sg, { ingress: [sgRule('tcp', 22, a.sg)] });
    blocked(reach6(b.build(), a.instance, c.instance), 'ENI_SG_RULES_MISMATCH', c.sg);
  });

  it('a peering connection that does not connect the VPC is a blackhole, not unknown', () => {
    const { b, a, c, pcx, rtA } = peered6();
    b.patch(pcx, { accepterVpcId: null });
    blocked(reach6(b.build(), a.instance, c.instance), 'NO_ROUTE_TO_DESTINATION', rtA);
  });
});

describe('IPv6 through a transit gateway', () => {
  it('delivers between two attachments with IPv6 support: propagated IPv6 blocks, both attachments, and back', () => {
    const { b, a, c, rtb, a6, c6 } = transitPair6();
    const ans = reach6(b.build(), a.instance, c.instance);
    expect(ans.outcome, JSON.stringify(ans.hops.map((h) => h.detail))).toBe('delivered');
    expect(ans.forward).toMatchObject({ sourceAddress: a6, destinationAddress: c6 });
    const steps = ans.hops.map((h) => `${h.direction}:${h.kind}:${h.resource}`);
    expect(steps).toContain(`forward:tgwAttachment:${a.att}`);
    expect(steps).toContain(`forward:tgwAttachment:${c.att}`);
    expect(steps).toContain(`return:tgwRouteTable:${rtb}`);
    const route = ans.hops.find((h) => h.kind === 'tgwRouteTable' && h.direction === 'forward')!;
    expect(route.params.destination).toBe('2001:db8:c::/56');
    expect(route.detail).toContain('(propagated)');
    // The attachment subnets are the instances' subnets: the request meets the source subnet's
    // outbound and (as the attachment subnet) inbound rules, none out of the transit gateway; the
    // replies the destination subnet's outbound and (as the attachment subnet) inbound rules.
    expect(
      ans.hops.filter((h) => h.kind === 'nacl').map((h) => `${h.direction}:${h.params.subnet}:${h.params.direction}`),
    ).toEqual([
      `forward:${a.subnet}:outbound`,
      `forward:${a.subnet}:inbound`,
      `return:${c.subnet}:outbound`,
      `return:${c.subnet}:inbound`,
    ]);
  });

  it('without IPv6 support on the destination attachment nothing propagates (TGW_RTB_CANNOT_ROUTE); a static route meets the attachment', () => {
    const { b, c, a, rtb } = transitPair6();
    b.patch(c.att, { ipv6Support: false });
    blocked(reach6(b.build(), a.instance, c.instance), 'TGW_RTB_CANNOT_ROUTE', rtb);
    b.patch(rtb, { routes: [{ id: 's6', destination: '2001:db8:c::/56', target: c.att }] });
    const ans = reach6(b.build(), a.instance, c.instance);
    blocked(ans, 'TGW_ATTACH_IPV6_NOT_SUPPORTED', c.att);
    expect(hopForm(ans.hops.at(-1)!).key).toBe('code.TGW_ATTACH_IPV6_NOT_SUPPORTED.disabled');
  });

  it('without IPv6 support on the source attachment the request cannot enter; IPv4 still flows', () => {
    const { b, a, c } = transitPair6();
    b.patch(a.att, { ipv6Support: false });
    blocked(reach6(b.build(), a.instance, c.instance), 'TGW_ATTACH_IPV6_NOT_SUPPORTED', a.att);
    expect(
      analyzeReachability(b.build(), { from: a.instance, to: c.instance, protocol: 'tcp', port: 443 }).outcome,
    ).toBe('delivered');
  });

  it('an attachment subnet without an IPv6 block cannot carry IPv6 (the subnet form)', () => {
    const { b, a, c } = transitPair6();
    const bare = b.subnet(a.az, '10.0.9.0/24');
    b.patch(a.att, { subnetIds: [bare] });
    const ans = reach6(b.build(), a.instance, c.instance);
    blocked(ans, 'TGW_ATTACH_IPV6_NOT_SUPPORTED', a.att);
    expect(ans.hops.at(-1)!.params.subnet).toBe(bare);
  });

  it('a more specific IPv6 blackhole hides the propagated route (TGW_RTB_MORE_SPECIFIC_ROUTE)', () => {
    const { b, a, c, rtb } = transitPair6();
    b.patch(rtb, { routes: [{ id: 'bh', destination: '2001:db8:c::/64', target: 'blackhole' }] });
    const ans = reach6(b.build(), a.instance, c.instance);
    blocked(ans, 'TGW_RTB_MORE_SPECIFIC_ROUTE', rtb);
    expect(ans.hops.at(-1)!.params.alternative).toBe(`2001:db8:c::/56 → ${c.att} (propagated)`);
  });

  it('a source in a zone without an attachment subnet: TGW_ATTACH_VPC_AZ_RESTRICTION, both ways', () => {
    const { b, a, c } = transitPair6();
    const other = b.subnet(b.az(a.vpc, 'us-east-1b'), '10.0.2.0/24', { ipv6Cidr: '2001:db8:a:1::/64' });
    const x = b.instance(other, { securityGroupIds: [a.sg], ipv6Addresses: ['2001:db8:a:1::10'] });
    blocked(reach6(b.build(), x, c.instance), 'TGW_ATTACH_VPC_AZ_RESTRICTION', a.att);
    blocked(reach6(b.build(), c.instance, x), 'TGW_ATTACH_VPC_AZ_RESTRICTION', a.att, 'return');
  });

  it('the NACL rules of the attachment subnets apply as for IPv4: a separate attachment subnet’s NACL is met on the way in and out', () => {
    const { b, a, c } = transitPair6();
    const tgwSub = b.subnet(c.az, '10.1.9.0/24', { ipv6Cidr: '2001:db8:c:9::/64' });
    b.patch(c.att, { subnetIds: [tgwSub] });
    const v4only = [naclRule(100, 'inbound', 'allow', 'all', 0), naclRule(100, 'outbound', 'allow', 'all', 0)];
    const acl = b.nacl(c.vpc, { subnets: [tgwSub], rules: v4only });
    const ans = reach6(b.build(), a.instance, c.instance);
    blocked(ans, 'SUBNET_ACL_RESTRICTION', acl);
    expect(ans.hops.at(-1)!.params.direction).toBe('outbound');
    b.patch(acl, {
      rules: [
        ...v4only,
        naclRule(110, 'inbound', 'allow', 'all', 0, '::/0'),
        naclRule(110, 'outbound', 'allow', 'all', 0, '::/0'),
      ],
    });
    expect(reach6(b.build(), a.instance, c.instance).outcome).toBe('delivered');
  });

  it('the replies need the destination VPC’s IPv6 route back to the transit gateway, and the table’s route back', () => {
    const { b, a, c, rtb } = transitPair6();
    const rt = b.get<RouteTable>(c.rt);
    b.patch(c.rt, { routes: rt.routes.filter((r) => !r.destination.includes(':')) });
    blocked(reach6(b.build(), a.instance, c.instance), 'NO_ROUTE_TO_DESTINATION', c.rt, 'return');
    b.patch(c.rt, { routes: rt.routes });
    b.patch(rtb, { propagationIds: [c.att] });
    b.patch(rtb, { routes: [{ id: 'fwd', destination: '2001:db8:c::/56', target: c.att }] });
    blocked(reach6(b.build(), a.instance, c.instance), 'TGW_RTB_CANNOT_ROUTE', rtb, 'return');
  });

  it('every hop matches a hop form with exactly its params', () => {
    const { b, a, c } = transitPair6();
    const p = peered6();
    for (const ans of [reach6(b.build(), a.instance, c.instance), reach6(p.b.build(), p.a.instance, p.c.instance)])
      for (const h of ans.hops) {
        const { key, params } = hopForm(h);
        expect(key.startsWith('hop.generic'), key).toBe(false);
        expect(Object.keys(h.params).sort(), key).toEqual([...params].sort());
      }
  });
});
