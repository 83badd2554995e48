import { describe, expect, it } from 'vitest';
import type { NetworkAcl, RouteTable } from '../../model/types.ts';
import { naclRule, sgRule } from '../testing/builder.ts';
import { dualStack } from '../testing/dualStack.ts';
import { analyzeReachability } from './analyze.ts';
import { isIpv6Query } from './ipv6.ts';
import type { ReachQuery } from './types.ts';

const q = (from: string, to: string, port = 443, extra: Partial<ReachQuery> = {}): ReachQuery => ({
  from,
  to,
  protocol: 'tcp',
  port,
  ipVersion: 6,
  ...extra,
});

describe('IPv6 reachability', () => {
  it('knows an IPv6 question by its addresses or its ipVersion', () => {
    expect(isIpv6Query({ from: 'a', to: 'internet', ipVersion: 6 })).toBe(true);
    expect(isIpv6Query({ from: 'internet', to: 'a', srcIp: '2600::1' })).toBe(true);
    expect(isIpv6Query({ from: 'a', to: '2600::1' })).toBe(true);
    expect(isIpv6Query({ from: 'a', to: 'internet', srcIp: '198.51.100.1' })).toBe(false);
  });

  it('a public instance with an IPv6 address reaches the internet through the internet gateway, untranslated', () => {
    const { b, web, igw, web6 } = dualStack();
    const a = analyzeReachability(b.build(), q(web, 'internet'));
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('exits');
    expect(a.exit).toEqual({ at: igw, towards: 'internet' });
    expect(a.forward?.sourceAddress).toBe(web6);
    expect(a.hops.find((h) => h.resource === igw)?.detail).toContain('no translation');
  });

  it('a private instance goes out through the egress-only gateway and gets its replies', () => {
    const { b, app, eigw } = dualStack();
    const a = analyzeReachability(b.build(), q(app, 'internet'));
    expect(a.outcome).toBe('exits');
    expect(a.exit).toEqual({ at: eigw, towards: 'internet' });
    expect(a.hops.some((h) => h.kind === 'egressOnlyIgw' && h.verdict === 'pass')).toBe(true);
  });

  it('a connection from the internet to an instance behind the egress-only gateway is blocked at it', () => {
    const { b, app, eigw } = dualStack();
    const a = analyzeReachability(b.build(), q('internet', app, 443));
    expect(a.outcome).toBe('blocked');
    expect(a.code).toBe('EIGW_INBOUND_RESTRICTION');
    expect(a.blockedAt).toBe(eigw);
  });

  it('the same without an internet gateway at all: blocked at the egress-only gateway', () => {
    const { b, app, eigw, igw } = dualStack();
    const d = b.build();
    const a = analyzeReachability({ ...d, resources: d.resources.filter((r) => r.id !== igw) }, q('internet', app));
    expect(a.code).toBe('EIGW_INBOUND_RESTRICTION');
    expect(a.blockedAt).toBe(eigw);
  });

  it('from the internet to the public instance on 443: delivered, with the route back to the internet gateway', () => {
    const { b, web, publicRt } = dualStack();
    const a = analyzeReachability(b.build(), q('internet', web, 443, { srcIp: '2600:1f18::7' }));
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('delivered');
    expect(a.hops.some((h) => h.resource === publicRt && h.direction === 'return')).toBe(true);
    expect(a.forward?.sourceAddress).toBe('2600:1f18::7');
  });

  it('IPv4 rules do not admit IPv6 traffic: a group with only 0.0.0.0/0 blocks it', () => {
    const { b, web, webSg } = dualStack();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    const a = analyzeReachability(b.build(), q('internet', web));
    expect(a.code).toBe('ENI_SG_RULES_MISMATCH');
    expect(a.blockedAt).toBe(webSg);
  });

  it('a NACL without IPv6 rules denies IPv6; with the IPv6 allow rules it passes', () => {
    const { b, vpc, pubA, web } = dualStack();
    const v4only = [naclRule(100, 'inbound', 'allow', 'all', 0), naclRule(100, 'outbound', 'allow', 'all', 0)];
    const acl = b.nacl(vpc, { subnets: [pubA], rules: v4only });
    let a = analyzeReachability(b.build(), q('internet', web));
    expect(a.code).toBe('SUBNET_ACL_RESTRICTION');
    expect(a.blockedAt).toBe(acl);
    b.patch(acl, {
      rules: [
        ...b.get<NetworkAcl>(acl).rules,
        naclRule(101, 'inbound', 'allow', 'all', 0, '::/0'),
        naclRule(101, 'outbound', 'allow', 'all', 0, '::/0'),
      ],
    });
    a = analyzeReachability(b.build(), q('internet', web));
    expect(a.outcome).toBe('delivered');
  });

  it('within the VPC by IPv6: the local route of the IPv6 block delivers, SG references match IPv6 members', () => {
    const { b, web, app, app6 } = dualStack();
    const a = analyzeReachability(b.build(), q(web, app, 8080));
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('delivered');
    expect(a.forward?.destinationAddress).toBe(app6);
    expect(a.hops.some((h) => h.kind === 'routeTable' && String(h.params.target) === 'local')).toBe(true);
  });

  it('no IPv6 route: NO_ROUTE_TO_DESTINATION at the route table', () => {
    const { b, app, privateRt } = dualStack();
    b.patch(privateRt, { routes: b.get<RouteTable>(privateRt).routes.filter((r) => r.destination !== '::/0') });
    const a = analyzeReachability(b.build(), q(app, 'internet'));
    expect(a.code).toBe('NO_ROUTE_TO_DESTINATION');
    expect(a.blockedAt).toBe(privateRt);
  });

  it('an instance without an IPv6 address cannot be an IPv6 source, and a bad source address is refused', () => {
    const { b, app } = dualStack();
    b.patch(app, { ipv6Addresses: [] });
    expect(analyzeReachability(b.build(), q(app, 'internet')).code).toBe('NO_SOURCE_OR_DESTINATION');
    expect(analyzeReachability(b.build(), q('internet', app, 443, { srcIp: '2001:db8:1234:1a10::5' })).code).toBe(
      'NO_SOURCE_OR_DESTINATION',
    );
    expect(analyzeReachability(b.build(), q('internet', app, 443, { srcIp: 'zz::1::' })).code).toBe(
      'NO_SOURCE_OR_DESTINATION',
    );
  });

  it('an IPv4 route to the egress-only gateway is a blackhole for IPv4 traffic', () => {
    const { b, app, privateRt, eigw } = dualStack();
    b.patch(privateRt, {
      routes: [
        { id: 'l', destination: '10.0.0.0/16', target: 'local' },
        { id: 'x', destination: '0.0.0.0/0', target: eigw },
      ],
    });
    const a = analyzeReachability(b.build(), { from: app, to: 'internet', protocol: 'tcp', port: 443 });
    expect(a.code).toBe('NO_ROUTE_TO_DESTINATION');
    expect(a.blockedAt).toBe(privateRt);
  });
});
