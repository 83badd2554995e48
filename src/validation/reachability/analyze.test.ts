import { afterAll, describe, expect, it } from 'vitest';
import type { Design, RouteTable } from '../../model/types.ts';
import { DesignBuilder, naclRule, sgRule, webApp } from '../testing/builder.ts';
import { transitPair, transitPair6 } from '../testing/transit.ts';
import { nlbApp } from '../testing/loadBalancers.ts';
import { analyzeReachability } from './analyze.ts';
import { dualStack } from '../testing/dualStack.ts';
import { EXPLANATION_CODES, type ExplanationCode, type ReachabilityAnswer, type ReachQuery } from './types.ts';

const observed = new Set<ExplanationCode>();

function reach(
  design: Design,
  from: string,
  to: string,
  port = 443,
  protocol: ReachQuery['protocol'] = 'tcp',
): ReachabilityAnswer {
  const a = analyzeReachability(design, { from, to, protocol, port });
  for (const h of a.hops) if (h.code) observed.add(h.code);
  if (a.code) observed.add(a.code);
  return a;
}

function blocked(a: ReachabilityAnswer, code: ExplanationCode, at?: string) {
  expect(a.reachable, JSON.stringify(a.hops.map((h) => h.detail))).toBe(false);
  expect(a.code).toBe(code);
  if (at) expect(a.blockedAt).toBe(at);
  const last = a.hops[a.hops.length - 1]!;
  expect(last.verdict).toBe('block');
  expect(last.code).toBe(code);
  // The hop marked blocked is the component blockedAt names.
  expect(last.resource).toBe(a.blockedAt);
  return last;
}

afterAll(() => {
  // Every code the engine can emit is exercised by some test in this file.
  expect([...EXPLANATION_CODES].filter((c) => !observed.has(c))).toEqual([]);
});

describe('analyzeReachability: reachable paths', () => {
  it('internet → public web server on 443: IGW, NACL (AWS default), SG rule, and the return route', () => {
    const { b, web, webSg, igw, publicRt } = webApp();
    const a = reach(b.build(), 'internet', web, 443);
    expect(a.reachable).toBe(true);
    expect(a.code).toBeUndefined();
    const details = a.hops.map((h) => `${h.direction}:${h.verdict}:${h.resource}`);
    expect(details).toContain(`forward:pass:${igw}`);
    expect(details).toContain(`forward:pass:${webSg}`);
    expect(details).toContain(`return:pass:${publicRt}`);
    expect(a.hops.find((h) => h.resource === webSg)?.detail).toBe(
      `${webSg} ingress rule: allow tcp 443 from 0.0.0.0/0`,
    );
    expect(a.forward?.destinationAddress).toMatch(/^198\.51\.100\./);
  });

  it('web → app on 8080 through an SG reference, app → db on 5432', () => {
    const { b, web, app, db, appSg } = webApp();
    const d = b.build();
    const a = reach(d, web, app, 8080);
    expect(a.reachable).toBe(true);
    expect(a.hops.find((h) => h.resource === appSg)?.detail).toContain(`from security group`);
    expect(reach(d, app, db, 5432).reachable).toBe(true);
  });

  it('private app → internet through the NAT gateway: source translated, ports remapped, then the IGW', () => {
    const { b, app, nat, igw } = webApp();
    const a = reach(b.build(), app, 'internet', 443);
    expect(a.reachable).toBe(true);
    const natHop = a.hops.find((h) => h.resource === nat)!;
    expect(natHop.params).toMatchObject({ translatedSource: '10.0.0.4', fromPort: 1024, toPort: 65535 });
    expect(a.hops.findIndex((h) => h.resource === nat)).toBeLessThan(a.hops.findIndex((h) => h.resource === igw));
    expect(a.forward?.arrivedFrom).toBe('52.0.0.1');
  });

  it('does not evaluate NACLs within one subnet', () => {
    const { b, vpc, privA, appSg } = webApp();
    b.nacl(vpc, { subnets: [privA], rules: [naclRule(100, 'inbound', 'deny', 'all', 0)] });
    const x = b.instance(privA, { securityGroupIds: [appSg] });
    const y = b.instance(privA, { securityGroupIds: [b.sg(vpc, { ingress: [sgRule('tcp', 22, '10.0.10.0/24')] })] });
    const a = reach(b.build(), x, y, 22);
    expect(a.reachable).toBe(true);
    expect(a.hops.some((h) => h.kind === 'nacl')).toBe(false);
  });

  it('treats an address inside a subnet as a host there with no security group', () => {
    const { b, app } = webApp();
    const a = reach(b.build(), '10.0.10.50', app, 8080);
    // appSg admits only the web SG: an address is not a member, so it is refused.
    blocked(a, 'ENI_SG_RULES_MISMATCH');
    expect(a.hops[0]!.detail).toContain('10.0.10.50');
    expect(a.hops.some((h) => h.detail.includes('no security group applies'))).toBe(true);
  });

  it('internet → web finds the one internet host an SG admits', () => {
    const { b, web, webSg } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 22, '198.18.7.7/32')] });
    const a = reach(b.build(), 'internet', web, 22);
    expect(a.reachable).toBe(true);
    expect(a.forward?.arrivedFrom).toBe('198.18.7.7');
  });

  it('crosses a peering connection with routes both ways', () => {
    const p = peeredPair();
    const a = reach(p.b.build(), p.ia, p.ic, 5432);
    expect(a.reachable).toBe(true);
    expect(a.hops.some((h) => h.resource === p.pcx && h.kind === 'peering')).toBe(true);
    expect(a.hops.filter((h) => h.direction === 'return').some((h) => h.params.target === p.pcx)).toBe(true);
  });
});

function peeredPair() {
  const b = new DesignBuilder();
  const r = b.region();
  const a = b.vpc(r, '10.0.0.0/16');
  const c = b.vpc(r, '10.1.0.0/16');
  const sa = b.subnet(b.az(a), '10.0.0.0/24');
  const sc = b.subnet(b.az(c), '10.1.0.0/24');
  const pcx = b.peering(a, c);
  const rta = b.routeTable(a, { main: true, routes: [['10.1.0.0/16', pcx]] });
  const rtc = b.routeTable(c, { main: true, routes: [['10.0.0.0/16', pcx]] });
  const sga = b.sg(a);
  const ia = b.instance(sa, { securityGroupIds: [sga] });
  const ic = b.instance(sc, { securityGroupIds: [b.sg(c, { ingress: [sgRule('tcp', 5432, sga)] })] });
  return { b, a, c, sa, sc, pcx, rta, rtc, ia, ic, sga };
}

describe('analyzeReachability: blocked paths and their codes', () => {
  it('ENI_SG_RULES_MISMATCH: web → db, whose SG admits only the app SG', () => {
    const { b, web, db, dbSg } = webApp();
    const last = blocked(reach(b.build(), web, db, 5432), 'ENI_SG_RULES_MISMATCH', dbSg);
    expect(last.detail).toContain('no ingress rule allows tcp 5432 from 10.0.0.5');
  });

  it('SG_HAS_NO_RULES: a source whose only SG has no egress rules', () => {
    const { b, app, appSg } = webApp();
    b.patch(appSg, { egress: [] });
    blocked(reach(b.build(), app, 'internet'), 'SG_HAS_NO_RULES', appSg);
  });

  it('SUBNET_ACL_RESTRICTION: an inbound deny names the rule', () => {
    const { b, vpc, pubA, web, webSg } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 22, '0.0.0.0/0')] });
    const acl = b.nacl(vpc, {
      subnets: [pubA],
      rules: [
        naclRule(90, 'inbound', 'deny', 'tcp', 22),
        naclRule(100, 'inbound', 'allow', 'all', 0),
        naclRule(100, 'outbound', 'allow', 'all', 0),
      ],
    });
    const last = blocked(reach(b.build(), 'internet', web, 22), 'SUBNET_ACL_RESTRICTION', acl);
    expect(last.detail).toBe(`${acl} inbound rule 90: deny tcp 22 from 0.0.0.0/0`);
    expect(last.params).toMatchObject({ rule: 90, action: 'deny', port: 22, direction: 'inbound' });
  });

  it('SUBNET_ACL_RESTRICTION on the return path: outbound allows only 443, not the ephemeral ports', () => {
    const { b, vpc, pubA, web } = webApp();
    const acl = b.nacl(vpc, {
      subnets: [pubA],
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', 443)],
    });
    const last = blocked(reach(b.build(), 'internet', web, 443), 'SUBNET_ACL_RESTRICTION', acl);
    expect(last.direction).toBe('return');
    expect(last.params).toMatchObject({ direction: 'outbound', fromPort: 1024, toPort: 65535, rule: '*' });
  });

  it('SUBNET_ACL_RESTRICTION when leaving the source subnet (custom NACL, no outbound rule)', () => {
    const { b, vpc, privA, app, db, pubA } = webApp();
    b.patch(db, { parent: pubA });
    const acl = b.nacl(vpc, { subnets: [privA], rules: [naclRule(100, 'inbound', 'allow', 'all', 0)] });
    const last = blocked(reach(b.build(), app, db, 5432), 'SUBNET_ACL_RESTRICTION', acl);
    expect(last.detail).toContain('final * rule denies');
  });

  it('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: internet → private app is dropped by the internet gateway', () => {
    const { b, app, igw } = webApp();
    const last = blocked(reach(b.build(), 'internet', app, 8080), 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS', igw);
    expect(last.kind).toBe('igw');
    expect(last.params.destination).toBe(app);
  });

  it('IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: an instance without a public IP; the internet gateway drops it', () => {
    const { b, pubA, webSg, igw } = webApp();
    const x = b.instance(pubA, { securityGroupIds: [webSg] });
    const last = blocked(reach(b.build(), x, 'internet'), 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS', igw);
    expect(last.kind).toBe('igw');
    expect(last.params.sender).toBe(x);
  });

  it('IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: a private NAT gateway routed to the IGW', () => {
    const { b, app, nat, igw } = webApp();
    b.patch(nat, { connectivity: 'private', elasticIp: null });
    const last = blocked(reach(b.build(), app, 'internet'), 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS', igw);
    expect(last.params.sender).toBe(nat);
  });

  it('IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS: a route sends a VPC subnet to the IGW', () => {
    const { b, publicRt, igw, web, app } = webApp();
    b.patch(publicRt, {
      routes: [...b.get<RouteTable>(publicRt).routes, { id: 'x', destination: '10.0.10.0/24', target: igw }],
    });
    blocked(reach(b.build(), web, app, 8080), 'IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS', igw);
  });

  it('IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS and IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS', () => {
    const { b, web, webSg, igw } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    const d = b.build();
    blocked(reach(d, web, '192.168.5.5'), 'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS', igw);
    blocked(reach(d, '192.168.5.5', web), 'IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS', igw);
  });

  it('NO_ROUTE_TO_DESTINATION: no default route in the private table', () => {
    const { b, privateRt, app } = webApp();
    b.patch(privateRt, { routes: [{ id: 'l', destination: '10.0.0.0/16', target: 'local' }] });
    const last = blocked(reach(b.build(), app, 'internet'), 'NO_ROUTE_TO_DESTINATION', privateRt);
    expect(last.detail).toContain('has no route to 203.0.113.1');
  });

  it('NO_ROUTE_TO_DESTINATION on the way back: a public IP in a subnet routed to a NAT gateway', () => {
    const { b, app, appSg, privateRt } = webApp();
    b.patch(app, { publicIp: 'auto' });
    b.patch(appSg, { ingress: [sgRule('tcp', 8080, '0.0.0.0/0')] });
    const last = blocked(reach(b.build(), 'internet', app, 8080), 'NO_ROUTE_TO_DESTINATION', privateRt);
    expect(last.direction).toBe('return');
  });

  it('NO_ROUTE_TO_DESTINATION on the way back across a one-sided peering', () => {
    const p = peeredPair();
    p.b.patch(p.rtc, { routes: [{ id: 'l', destination: '10.1.0.0/16', target: 'local' }] });
    const last = blocked(reach(p.b.build(), p.ia, p.ic, 5432), 'NO_ROUTE_TO_DESTINATION', p.rtc);
    expect(last.direction).toBe('return');
  });

  it('PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: a default route through the peering (edge-to-edge)', () => {
    const p = peeredPair();
    p.b.patch(p.rta, {
      routes: [
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
        { id: 'd', destination: '0.0.0.0/0', target: p.pcx },
      ],
    });
    blocked(reach(p.b.build(), p.ia, 'internet'), 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', p.pcx);
  });

  it('NGW_REQUIRES_SOURCE_IN_VPC: a source address outside the VPC blocks', () => {
    const { b, azA, appSg } = webApp();
    const stray = b.subnet(azA, '192.168.0.0/24');
    const x = b.instance(stray, { securityGroupIds: [appSg] });
    blocked(reach(b.build(), x, 'internet'), 'NGW_REQUIRES_SOURCE_IN_VPC');
  });

  it('VPC_LOCAL_ROUTE_CIDR_RESTRICTION: the local route matches but no subnet holds the address', () => {
    const { b, web, app } = webApp();
    b.patch(app, { privateIp: '10.0.99.9' });
    blocked(reach(b.build(), web, app, 8080), 'VPC_LOCAL_ROUTE_CIDR_RESTRICTION');
  });

  it('HIGHER_PRIORITY_ROUTE: the first of two default routes is a blackhole', () => {
    const { b, privateRt, nat, app } = webApp();
    b.patch(privateRt, {
      routes: [
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
        { id: 'a', destination: '0.0.0.0/0', target: 'nat-gone' },
        { id: 'b', destination: '0.0.0.0/0', target: nat },
      ],
    });
    const last = blocked(reach(b.build(), app, 'internet'), 'HIGHER_PRIORITY_ROUTE', privateRt);
    expect(last.params.alternative).toContain(nat);
  });

  it('MORE_SPECIFIC_ROUTE: a blackholed /24 overrides the working default route', () => {
    const { b, privateRt, nat, app } = webApp();
    b.patch(privateRt, {
      routes: [
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
        { id: 'a', destination: '0.0.0.0/0', target: nat },
        { id: 'b', destination: '8.8.8.0/24', target: 'igw-gone' },
      ],
    });
    blocked(reach(b.build(), app, '8.8.8.8'), 'MORE_SPECIFIC_ROUTE', privateRt);
    expect(reach(b.build(), app, '9.9.9.9').reachable).toBe(true);
  });

  it('ELBV2_LISTENER_PORT_RESTRICTION and TARGET_PORT_RESTRICTION', () => {
    const { b, pubA, pubB, webSg, app, db } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', [80, 443], '0.0.0.0/0')] });
    const lb = b.lb(pubA, {
      scheme: 'internet-facing',
      subnetIds: [pubA, pubB],
      listenerPorts: [443],
      securityGroupIds: [webSg],
    });
    const d = b.build();
    expect(reach(d, 'internet', lb, 443).reachable).toBe(true);
    blocked(reach(d, 'internet', lb, 80), 'ELBV2_LISTENER_PORT_RESTRICTION', lb);
    blocked(reach(d, app, db, 3306), 'TARGET_PORT_RESTRICTION', db);
  });

  it('ENI_SOURCE_DEST_CHECK_RESTRICTION: a subnet route through an instance that is not the destination', () => {
    const { b, privateRt, privB, web, app, vpc } = webApp();
    const x = b.instance(privB, { securityGroupIds: [b.sg(vpc, { ingress: [sgRule('tcp', 22, '10.0.0.0/16')] })] });
    b.patch(privateRt, {
      routes: [
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
        { id: 'fw', destination: '10.0.11.0/24', target: web },
      ],
    });
    blocked(reach(b.build(), app, x, 22), 'ENI_SOURCE_DEST_CHECK_RESTRICTION', web);
  });

  it('ENI_ADDRESS_RESTRICTION: an address AWS reserves', () => {
    const { b, web } = webApp();
    blocked(reach(b.build(), web, '10.0.10.0', 22), 'ENI_ADDRESS_RESTRICTION');
  });

  it('NO_SOURCE_OR_DESTINATION: unknown ids, non-endpoint kinds, addresses in a VPC but no subnet, bad ports', () => {
    const { b, web, vpc } = webApp();
    const d = b.build();
    blocked(reach(d, 'i-nope', web), 'NO_SOURCE_OR_DESTINATION', 'i-nope');
    blocked(reach(d, web, vpc), 'NO_SOURCE_OR_DESTINATION', vpc);
    blocked(reach(d, web, '10.0.200.1'), 'NO_SOURCE_OR_DESTINATION');
    blocked(reach(d, web, 'internet', 70000), 'NO_SOURCE_OR_DESTINATION');
    blocked(
      analyzeReachability(d, { from: web, to: 'internet', protocol: 'sctp' as never, port: 1 }),
      'NO_SOURCE_OR_DESTINATION',
    );
  });

  it('an unpeered VPC is reached by following the routes: a route to a broken peering is a blackhole', () => {
    const p = peeredPair();
    p.b.patch(p.pcx, { accepterVpcId: null });
    const last = blocked(reach(p.b.build(), p.ia, p.ic, 5432), 'NO_ROUTE_TO_DESTINATION', p.rta);
    expect(last.params.target).toBe(p.pcx);
  });

  it('PCX_REQUIRES_ADDRESS_IN_VPC_CIDR, not DISCONNECTED_VPCS: a third VPC routed to the peering of another', () => {
    const p = peeredPair();
    const r = p.b.resources.find((x) => x.kind === 'region')!.id;
    const third = p.b.vpc(r, '10.2.0.0/16');
    const s3 = p.b.subnet(p.b.az(third), '10.2.0.0/24');
    p.b.routeTable(third, { main: true, routes: [] });
    const far = p.b.instance(s3, {
      securityGroupIds: [p.b.sg(third, { ingress: [sgRule('tcp', 5432, '10.0.0.0/16')] })],
    });
    p.b.patch(p.rta, {
      routes: [
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
        { id: 'p', destination: '10.0.0.0/8', target: p.pcx },
      ],
    });
    const a = reach(p.b.build(), p.ia, far, 5432);
    const last = blocked(a, 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', p.pcx);
    expect(last.kind).toBe('peering');
    // The route was followed to the peering connection first.
    expect(a.hops.some((h) => h.resource === p.rta && h.verdict === 'pass' && h.params.target === p.pcx)).toBe(true);
  });

  it('an unpeered VPC behind the internet gateway: a private destination is dropped by the gateway (RFC 1918)', () => {
    const { b, region, web, igw } = webApp();
    const v2 = b.vpc(region, '10.5.0.0/16');
    const far = b.instance(b.subnet(b.az(v2), '10.5.0.0/24'), { securityGroupIds: [b.sg(v2)] });
    b.routeTable(v2, { main: true, routes: [] });
    blocked(reach(b.build(), web, far, 443), 'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS', igw);
  });

  it('DISCONNECTED_VPCS: out on the internet with the private (non-RFC 1918) address of an unpeered VPC', () => {
    const { b, region, web, vpc } = webApp();
    const v2 = b.vpc(region, '172.32.0.0/16');
    const far = b.instance(b.subnet(b.az(v2), '172.32.0.0/24'), { securityGroupIds: [b.sg(v2)] });
    b.routeTable(v2, { main: true, routes: [] });
    const last = blocked(reach(b.build(), web, far, 443), 'DISCONNECTED_VPCS', 'internet');
    expect(last.kind).toBe('internet');
    expect(last.params).toEqual({ vpc, otherVpc: v2, address: '172.32.0.4' });
  });

  it('NO_PATH: internet to internet, and connections to a NAT gateway', () => {
    const { b, web, nat } = webApp();
    const d = b.build();
    blocked(reach(d, 'internet', '8.8.8.8'), 'NO_PATH');
    blocked(reach(d, web, nat), 'NO_PATH', nat);
  });

  it('between unpeered VPCs, a public destination is reached over the internet (and SG references do not match public IPs)', () => {
    const { b, region, web, webSg } = webApp();
    const v2 = b.vpc(region, '10.5.0.0/16');
    const s2 = b.subnet(b.az(v2), '10.5.0.0/24');
    const igw2 = b.igw(v2);
    b.routeTable(v2, { main: true, routes: [['0.0.0.0/0', igw2]] });
    const far = b.instance(s2, { publicIp: 'elastic', elasticIp: '54.9.9.9', securityGroupIds: [b.sg(v2)] });
    const d = b.build();
    const a = reach(d, far, web, 443);
    expect(a.reachable).toBe(true);
    expect(a.forward?.arrivedFrom).toBe('54.9.9.9');
    b.patch(webSg, { ingress: [sgRule('tcp', 443, webSg)] });
    blocked(reach(b.build(), far, web, 443), 'ENI_SG_RULES_MISMATCH', webSg);
  });
});

describe('analyzeReachability: SG references across peering', () => {
  it('a reference to a same-Region peered group matches; across Regions it does not', () => {
    const p = peeredPair();
    expect(reach(p.b.build(), p.ia, p.ic, 5432).reachable).toBe(true);
    const far = p.b.region('eu-west-1');
    p.b.patch(p.c, { parent: far });
    blocked(reach(p.b.build(), p.ia, p.ic, 5432), 'ENI_SG_RULES_MISMATCH');
  });
});

describe('analyzeReachability: robustness', () => {
  it('never throws on garbage designs or queries', () => {
    expect(analyzeReachability(null as never, { from: 'a', to: 'b', protocol: 'tcp', port: 1 }).reachable).toBe(false);
    const { b, web } = webApp();
    b.patch(web, { securityGroupIds: 'nope', parent: 'missing' });
    const a = analyzeReachability(b.build(), { from: web, to: 'internet', protocol: 'tcp', port: 443 });
    expect(a.reachable).toBe(false);
    expect(a.code).toBe('NO_SOURCE_OR_DESTINATION');
  });
});

describe('analyzeReachability: the blocking component is the one that drops the traffic, for every code', () => {
  type Case = { a: ReachabilityAnswer; at: string; kind: string };
  const cases: Record<ExplanationCode, () => Case> = {
    EIGW_INBOUND_RESTRICTION: () => {
      const { b, app, eigw } = dualStack();
      const a = analyzeReachability(b.build(), { from: 'internet', to: app, protocol: 'tcp', port: 443, ipVersion: 6 });
      if (a.code) observed.add(a.code);
      return { a, at: eigw, kind: 'egressOnlyIgw' };
    },
    TGW_ATTACH_IPV6_NOT_SUPPORTED: () => {
      const { b, a, c } = transitPair6();
      b.patch(a.att, { ipv6Support: false });
      const ans = analyzeReachability(b.build(), {
        from: a.instance,
        to: c.instance,
        protocol: 'tcp',
        port: 443,
        ipVersion: 6,
      });
      if (ans.code) observed.add(ans.code);
      return { a: ans, at: a.att, kind: 'tgwAttachment' };
    },
    NO_ROUTE_TO_DESTINATION: () => {
      const { b, privateRt, app } = webApp();
      b.patch(privateRt, { routes: [{ id: 'l', destination: '10.0.0.0/16', target: 'local' }] });
      return { a: reach(b.build(), app, 'internet'), at: privateRt, kind: 'routeTable' };
    },
    SUBNET_ACL_RESTRICTION: () => {
      const { b, vpc, pubA, web } = webApp();
      const acl = b.nacl(vpc, { subnets: [pubA], rules: [naclRule(100, 'outbound', 'allow', 'all', 0)] });
      return { a: reach(b.build(), 'internet', web, 443), at: acl, kind: 'nacl' };
    },
    ENI_SG_RULES_MISMATCH: () => {
      const { b, web, db, dbSg } = webApp();
      return { a: reach(b.build(), web, db, 5432), at: dbSg, kind: 'securityGroup' };
    },
    SG_HAS_NO_RULES: () => {
      const { b, app, appSg } = webApp();
      b.patch(appSg, { egress: [] });
      return { a: reach(b.build(), app, 'internet'), at: appSg, kind: 'securityGroup' };
    },
    ENI_ADDRESS_RESTRICTION: () => {
      const { b, web } = webApp();
      return { a: reach(b.build(), web, '10.0.10.0', 22), at: '10.0.10.0', kind: 'endpoint' };
    },
    ENI_SOURCE_DEST_CHECK_RESTRICTION: () => {
      const { b, privateRt, privB, web, app, vpc } = webApp();
      const x = b.instance(privB, { securityGroupIds: [b.sg(vpc, { ingress: [sgRule('tcp', 22, '10.0.0.0/16')] })] });
      b.patch(privateRt, {
        routes: [
          { id: 'l', destination: '10.0.0.0/16', target: 'local' },
          { id: 'fw', destination: '10.0.11.0/24', target: web },
        ],
      });
      return { a: reach(b.build(), app, x, 22), at: web, kind: 'instance' };
    },
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: () => {
      const { b, pubA, webSg, igw } = webApp();
      const x = b.instance(pubA, { securityGroupIds: [webSg] });
      return { a: reach(b.build(), x, 'internet'), at: igw, kind: 'igw' };
    },
    IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: () => {
      const { b, app, igw } = webApp();
      return { a: reach(b.build(), 'internet', app, 8080), at: igw, kind: 'igw' };
    },
    IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS: () => {
      const { b, publicRt, igw, web, app } = webApp();
      b.patch(publicRt, {
        routes: [...b.get<RouteTable>(publicRt).routes, { id: 'x', destination: '10.0.10.0/24', target: igw }],
      });
      return { a: reach(b.build(), web, app, 8080), at: igw, kind: 'igw' };
    },
    IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: () => {
      const { b, web, igw } = webApp();
      return { a: reach(b.build(), web, '192.168.5.5'), at: igw, kind: 'igw' };
    },
    IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS: () => {
      const { b, web, igw } = webApp();
      return { a: reach(b.build(), '192.168.5.5', web), at: igw, kind: 'igw' };
    },
    PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: () => {
      const p = peeredPair();
      p.b.patch(p.rta, {
        routes: [
          { id: 'l', destination: '10.0.0.0/16', target: 'local' },
          { id: 'd', destination: '0.0.0.0/0', target: p.pcx },
        ],
      });
      return { a: reach(p.b.build(), p.ia, 'internet'), at: p.pcx, kind: 'peering' };
    },
    NGW_REQUIRES_SOURCE_IN_VPC: () => {
      const { b, azA, appSg, nat } = webApp();
      const x = b.instance(b.subnet(azA, '192.168.0.0/24'), { securityGroupIds: [appSg] });
      return { a: reach(b.build(), x, 'internet'), at: nat, kind: 'nat' };
    },
    VPC_LOCAL_ROUTE_CIDR_RESTRICTION: () => {
      const { b, web, app, vpc } = webApp();
      b.patch(app, { privateIp: '10.0.99.9' });
      return { a: reach(b.build(), web, app, 8080), at: vpc, kind: 'vpc' };
    },
    HIGHER_PRIORITY_ROUTE: () => {
      const { b, privateRt, nat, app } = webApp();
      b.patch(privateRt, {
        routes: [
          { id: 'a', destination: '0.0.0.0/0', target: 'nat-gone' },
          { id: 'b', destination: '0.0.0.0/0', target: nat },
        ],
      });
      return { a: reach(b.build(), app, 'internet'), at: privateRt, kind: 'routeTable' };
    },
    MORE_SPECIFIC_ROUTE: () => {
      const { b, privateRt, nat, app } = webApp();
      b.patch(privateRt, {
        routes: [
          { id: 'a', destination: '0.0.0.0/0', target: nat },
          { id: 'b', destination: '8.8.8.0/24', target: 'igw-gone' },
        ],
      });
      return { a: reach(b.build(), app, '8.8.8.8'), at: privateRt, kind: 'routeTable' };
    },
    ELBV2_LISTENER_HAS_NO_TG: () => {
      const { b, lb } = nlbApp();
      b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 80, targetGroupId: null }] });
      return { a: reach(b.build(), 'internet', lb, 80), at: lb, kind: 'loadBalancer' };
    },
    ELB_INSTALLED_AZ_RESTRICTION: () => {
      const { b, lb, pubB } = nlbApp();
      b.patch(lb, { subnetIds: [pubB], parent: pubB });
      return { a: reach(b.build(), 'internet', lb, 80), at: lb, kind: 'loadBalancer' };
    },
    TARGET_ADDRESS_RESTRICTION: () => {
      const { b, tg, lb } = nlbApp();
      b.patch(tg, { targetType: 'ip', targets: [{ id: 't', instanceId: null, ip: '192.0.2.9', port: null }] });
      return { a: reach(b.build(), 'internet', lb, 80), at: tg, kind: 'targetGroup' };
    },
    ELBV2_LISTENER_PORT_RESTRICTION: () => {
      const { b, pubA, pubB, webSg } = webApp();
      const lb = b.lb(pubA, {
        scheme: 'internet-facing',
        subnetIds: [pubA, pubB],
        listenerPorts: [443],
        securityGroupIds: [webSg],
      });
      return { a: reach(b.build(), 'internet', lb, 80), at: lb, kind: 'loadBalancer' };
    },
    TARGET_PORT_RESTRICTION: () => {
      const { b, app, db } = webApp();
      return { a: reach(b.build(), app, db, 3306), at: db, kind: 'rds' };
    },
    NO_SOURCE_OR_DESTINATION: () => {
      const { b, web } = webApp();
      return { a: reach(b.build(), 'i-nope', web), at: 'i-nope', kind: 'endpoint' };
    },
    DISCONNECTED_VPCS: () => {
      const { b, region, web } = webApp();
      const v2 = b.vpc(region, '172.32.0.0/16');
      const far = b.instance(b.subnet(b.az(v2), '172.32.0.0/24'), { securityGroupIds: [b.sg(v2)] });
      return { a: reach(b.build(), web, far, 443), at: 'internet', kind: 'internet' };
    },
    NO_PATH: () => {
      const { b, web, nat } = webApp();
      return { a: reach(b.build(), web, nat), at: nat, kind: 'nat' };
    },
    TGW_ATTACH_VPC_AZ_RESTRICTION: () => {
      const { b, a, c } = transitPair();
      const x = b.instance(b.subnet(b.az(a.vpc, 'us-east-1b'), '10.0.2.0/24'), { securityGroupIds: [a.sg] });
      return { a: reach(b.build(), x, c.instance), at: a.att, kind: 'tgwAttachment' };
    },
    TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION: () => {
      const { b, a, c } = transitPair();
      b.patch(a.att, { routeTableId: null });
      return { a: reach(b.build(), a.instance, c.instance), at: a.att, kind: 'tgwAttachment' };
    },
    TGW_RTB_CANNOT_ROUTE: () => {
      const { b, a, c, rtb } = transitPair();
      b.patch(rtb, { propagationIds: [a.att] });
      return { a: reach(b.build(), a.instance, c.instance), at: rtb, kind: 'tgwRouteTable' };
    },
    TGW_RTB_BAD_STATE_ROUTE: () => {
      const { b, a, c, rtb } = transitPair();
      b.patch(rtb, { propagationIds: [], routes: [{ id: 'x', destination: '10.1.0.0/16', target: 'blackhole' }] });
      return { a: reach(b.build(), a.instance, c.instance), at: rtb, kind: 'tgwRouteTable' };
    },
    TGW_RTB_MORE_SPECIFIC_ROUTE: () => {
      const { b, a, c, rtb } = transitPair();
      b.patch(rtb, { routes: [{ id: 'x', destination: '10.1.1.0/24', target: 'blackhole' }] });
      return { a: reach(b.build(), a.instance, c.instance), at: rtb, kind: 'tgwRouteTable' };
    },
    TGW_RTB_HIGHER_PRIORITY_ROUTE: () => {
      const { b, a, c, rtb } = transitPair();
      b.patch(rtb, { routes: [{ id: 'x', destination: '10.1.0.0/16', target: 'blackhole' }] });
      return { a: reach(b.build(), a.instance, c.instance), at: rtb, kind: 'tgwRouteTable' };
    },
  };

  it.each(EXPLANATION_CODES.map((c) => [c]))('%s', (code) => {
    const { a, at, kind } = cases[code]();
    const last = blocked(a, code, at);
    expect(last.kind).toBe(kind);
  });

  it('several security groups drop it together: the network interface (the resource) is named', () => {
    const { b, vpc, web, db, dbSg } = webApp();
    const other = b.sg(vpc, { ingress: [sgRule('tcp', 22, '10.0.0.0/16')] });
    b.patch(db, { securityGroupIds: [dbSg, other] });
    const last = blocked(reach(b.build(), web, db, 5432), 'ENI_SG_RULES_MISMATCH', db);
    expect(last.kind).toBe('rds');
    expect(last.params).toMatchObject({ securityGroups: `${dbSg}, ${other}`, count: 2 });
  });

  it("AWS's default group, not in the design, is not named as a resource: the instance is", () => {
    const { b, web, privB } = webApp();
    const bare = b.instance(privB);
    const a = reach(b.build(), web, bare, 22);
    const last = blocked(a, 'ENI_SG_RULES_MISMATCH', bare);
    expect(last.kind).toBe('instance');
    expect(last.params.securityGroups).toMatch(/:default-sg$/);
  });

  it('a NAT gateway as destination: the routes are followed to it, and it refuses the connection', () => {
    const { b, web, nat, publicRt } = webApp();
    const a = reach(b.build(), web, nat, 443);
    blocked(a, 'NO_PATH', nat);
    expect(a.hops.some((h) => h.resource === publicRt && h.verdict === 'pass')).toBe(false); // same subnet
    expect(a.hops.map((h) => h.kind)).toContain('securityGroup'); // web's egress was checked first
  });
});

describe('analyzeReachability: return-path NACL hops name the rule that decided them', () => {
  it('a pass names each allowing rule and the part of 1024-65535 it matched', () => {
    const { b, vpc, pubA, web } = webApp();
    const acl = b.nacl(vpc, {
      subnets: [pubA],
      rules: [
        naclRule(100, 'inbound', 'allow', 'tcp', 443),
        naclRule(100, 'outbound', 'allow', 'tcp', [1024, 32767]),
        naclRule(110, 'outbound', 'allow', 'all', 0),
      ],
    });
    const a = reach(b.build(), 'internet', web, 443);
    expect(a.reachable).toBe(true);
    const ret = a.hops.find((h) => h.direction === 'return' && h.kind === 'nacl')!;
    expect(ret.resource).toBe(acl);
    expect(ret.params).toMatchObject({
      action: 'allow',
      rule: '100, 110',
      matched: '1024-32767, 32768-65535',
      count: 2,
    });
    expect(ret.detail).toContain('rule 100: allow tcp 1024-32767 to 0.0.0.0/0 (1024-32767)');
    expect(ret.detail).toContain('rule 110: allow all traffic to 0.0.0.0/0 (32768-65535)');
  });

  it('a default NACL with no rules that way says so', () => {
    const { b, vpc, pubA, web } = webApp();
    b.nacl(vpc, { isDefault: true, subnets: [pubA], rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443)] });
    const ret = reach(b.build(), 'internet', web, 443).hops.find((h) => h.direction === 'return' && h.kind === 'nacl')!;
    expect(ret.params).toMatchObject({ action: 'allow', rule: '*', matched: '1024-65535' });
  });

  it('a block names the denying rule and the ports it refused', () => {
    const { b, vpc, pubA, web } = webApp();
    const acl = b.nacl(vpc, {
      subnets: [pubA],
      rules: [
        naclRule(100, 'inbound', 'allow', 'tcp', 443),
        naclRule(90, 'outbound', 'deny', 'tcp', [1024, 2047]),
        naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535]),
      ],
    });
    const last = blocked(reach(b.build(), 'internet', web, 443), 'SUBNET_ACL_RESTRICTION', acl);
    expect(last.direction).toBe('return');
    expect(last.params).toMatchObject({ action: 'deny', rule: 90, port: 1024, failed: '1024-2047' });
  });

  it('the implicit deny names the ports no rule allows', () => {
    const { b, vpc, pubA, web } = webApp();
    const acl = b.nacl(vpc, {
      subnets: [pubA],
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', [1024, 49151])],
    });
    const last = blocked(reach(b.build(), 'internet', web, 443), 'SUBNET_ACL_RESTRICTION', acl);
    expect(last.params).toMatchObject({ action: 'deny', rule: '*', port: 49152, failed: '49152-65535' });
  });
});
