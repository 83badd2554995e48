/**
 * Issue #13's analysis: IP protocol numbers, prefix lists (in security group rules and in routes,
 * with AWS's route priority), external resources (the traffic leaves the design), and the outcome
 * every answer carries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, IpProtocol, Resource, RouteTable, SgRule } from '../../model/types.ts';
import { DesignBuilder, allOut, naclRule, sgRule, webApp } from '../testing/builder.ts';
import { endpointFor, mutatedDesign } from '../testing/arbitrary.ts';
import { external, plRule, prefixList, withProtocol } from '../testing/imported.ts';
import { analyzeReachability } from './analyze.ts';
import type { ReachabilityAnswer } from './types.ts';

const reach = (d: Design, from: string, to: string, protocol: IpProtocol = 'tcp', port = 443) =>
  analyzeReachability(d, { from, to, protocol, port });

const why = (a: ReachabilityAnswer) => JSON.stringify(a.hops.map((h) => h.detail));

/** Two instances in two subnets of one VPC, with the given NACL on the destination's subnet. */
function twoSubnets(opts: { naclRules?: ReturnType<typeof naclRule>[]; ingress?: SgRule[] }) {
  const b = new DesignBuilder();
  const vpc = b.vpc(b.region(), '10.0.0.0/16');
  const az = b.az(vpc);
  const s1 = b.subnet(az, '10.0.1.0/24');
  const s2 = b.subnet(az, '10.0.2.0/24');
  b.routeTable(vpc, { main: true });
  if (opts.naclRules) b.nacl(vpc, { rules: opts.naclRules, subnets: [s2] });
  const srcSg = b.sg(vpc, { egress: [allOut()] });
  const dstSg = b.sg(vpc, { ingress: opts.ingress ?? [{ ...allOut(), id: 'in-all' }] });
  const a = b.instance(s1, { securityGroupIds: [srcSg] });
  const c = b.instance(s2, { securityGroupIds: [dstSg] });
  return { b, a, c, dstSg };
}

describe('protocol numbers', () => {
  const esp = (dir: 'inbound' | 'outbound', n = 100) =>
    withProtocol(naclRule(n, dir, 'allow', 'tcp', 0, '10.0.0.0/16'), 50);

  it('a NACL rule for protocol 50 passes ESP, and the replies need protocol 50 the other way', () => {
    const ok = twoSubnets({ naclRules: [esp('inbound'), esp('outbound')] });
    const a = reach(ok.b.build(), ok.a, ok.c, 50);
    expect(a.outcome, why(a)).toBe('delivered');
    expect(a.reachable).toBe(true);
    expect(a.hops.some((h) => h.detail.includes('allow protocol 50 (ESP) from 10.0.0.0/16'))).toBe(true);

    // Outbound only tcp 1024-65535: ESP has no ports, its replies are ESP, which nothing allows.
    const tcpBack = naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535], '10.0.0.0/16');
    const noBack = twoSubnets({ naclRules: [esp('inbound'), tcpBack] });
    const r = reach(noBack.b.build(), noBack.a, noBack.c, 50);
    expect(r.outcome).toBe('blocked');
    expect(r.code).toBe('SUBNET_ACL_RESTRICTION');
    const last = r.hops.at(-1)!;
    expect(last.direction).toBe('return');
    expect(last.detail).toContain('protocol 50 (ESP)');
  });

  it('a rule for another protocol (tcp, 47) does not pass protocol 50; `all` does', () => {
    const tcp = twoSubnets({ naclRules: [naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535], '10.0.0.0/16')] });
    expect(reach(tcp.b.build(), tcp.a, tcp.c, 50).code).toBe('SUBNET_ACL_RESTRICTION');
    const gre = twoSubnets({ naclRules: [withProtocol(naclRule(100, 'inbound', 'allow', 'tcp', 0), 47)] });
    expect(reach(gre.b.build(), gre.a, gre.c, 50).code).toBe('SUBNET_ACL_RESTRICTION');
    const all = twoSubnets({
      naclRules: [naclRule(100, 'inbound', 'allow', 'all', 0), naclRule(100, 'outbound', 'allow', 'all', 0)],
    });
    expect(reach(all.b.build(), all.a, all.c, 50).outcome).toBe('delivered');
  });

  it('a protocol-50 rule does not pass tcp, nor all traffic; a deny for 50 blocks all traffic', () => {
    const d = twoSubnets({ naclRules: [esp('inbound'), esp('outbound')] });
    expect(reach(d.b.build(), d.a, d.c, 'tcp', 443).code).toBe('SUBNET_ACL_RESTRICTION');
    expect(reach(d.b.build(), d.a, d.c, 'all', 0).code).toBe('SUBNET_ACL_RESTRICTION');
    const deny = withProtocol(naclRule(50, 'inbound', 'deny', 'tcp', 0, '0.0.0.0/0'), 50);
    const x = twoSubnets({
      naclRules: [deny, naclRule(100, 'inbound', 'allow', 'all', 0), naclRule(100, 'outbound', 'allow', 'all', 0)],
    });
    expect(reach(x.b.build(), x.a, x.c, 'all', 0).code).toBe('SUBNET_ACL_RESTRICTION');
    expect(reach(x.b.build(), x.a, x.c, 'tcp', 443).outcome).toBe('delivered');
  });

  it('security group rules match protocol numbers on all ports, and only their own protocol', () => {
    const rule = { ...sgRule('tcp', [500, 500], '10.0.0.0/16'), protocol: 50 as IpProtocol };
    const d = twoSubnets({ ingress: [rule] });
    const ok = reach(d.b.build(), d.a, d.c, 50, 0);
    expect(ok.outcome, why(ok)).toBe('delivered');
    expect(ok.hops.find((h) => h.resource === d.dstSg)?.detail).toBe(
      `${d.dstSg} ingress rule: allow protocol 50 (ESP) from 10.0.0.0/16`,
    );
    expect(reach(d.b.build(), d.a, d.c, 51).code).toBe('ENI_SG_RULES_MISMATCH');
    expect(reach(d.b.build(), d.a, d.c, 'tcp', 500).code).toBe('ENI_SG_RULES_MISMATCH');
    const unnamed = reach(d.b.build(), d.a, d.c, 253);
    expect(unnamed.hops.at(-1)?.detail).toContain('protocol 253 ');
  });

  it('refuses numbers that have a name, and numbers outside 0–255', () => {
    const d = twoSubnets({});
    for (const p of [6, 17, 1, -1, 256, 2.5])
      expect(reach(d.b.build(), d.a, d.c, p).code, String(p)).toBe('NO_SOURCE_OR_DESTINATION');
  });
});

describe('prefix lists in security group rules', () => {
  function withList(entries: string[] | null, extra: SgRule[] = [], listId = 'pl-1a2b') {
    const { b, web, webSg } = webApp();
    if (listId === 'pl-1a2b') prefixList(b, listId, entries);
    b.patch(webSg, { ingress: [plRule('tcp', 443, listId), ...extra] });
    return { d: b.build(), web };
  }

  it('matches a peer inside one of the entries, and not outside them', () => {
    const inside = withList(['203.0.113.0/24']);
    expect(reach(inside.d, '203.0.113.7', inside.web).outcome).toBe('delivered');
    const a = reach(inside.d, '198.18.0.1', inside.web);
    expect(a.outcome).toBe('blocked');
    expect(a.code).toBe('ENI_SG_RULES_MISMATCH');
  });

  it('unknown entries, or a list not in the design, make the answer unknown, never blocked or reachable', () => {
    for (const w of [withList(null), withList(null, [], 'pl-missing')]) {
      const a = reach(w.d, '198.18.0.1', w.web);
      expect(a.outcome, why(a)).toBe('unknown');
      expect(a.reachable).toBe(false);
      expect(a.blockedAt).toBeUndefined();
      expect(a.code).toBeUndefined();
      expect(a.unknown?.reason).toBe('prefix-list-entries');
      expect(a.unknown?.at).toMatch(/^pl-/);
      const last = a.hops.at(-1)!;
      expect(last.verdict).toBe('unknown');
      expect(last.kind).toBe('securityGroup');
    }
  });

  it("an AWS-managed list's unknown entries hold no documentation-range address; other addresses stay unknown", () => {
    const { b, web, webSg, publicRt } = webApp();
    prefixList(b, 'pl-63a5400a', null, 'com.amazonaws.us-east-1.s3');
    prefixList(b, 'pl-0cust', null, 'partner-offices');
    // A gateway endpoint's route, as AWS adds it to the public subnets' table.
    const routes = b.get<RouteTable>(publicRt).routes;
    b.patch(publicRt, { routes: [...routes, { destination: 'pl-63a5400a', target: 'vpce-1' }] });
    b.patch(webSg, { ingress: [plRule('tcp', 443, 'pl-63a5400a'), plRule('tcp', 443, 'pl-0cust')] });
    const d = b.build();
    // 203.0.113.1 (the default client) is in no AWS range: the S3 list neither admits it nor routes its reply.
    const doc = reach(d, '203.0.113.1', web);
    expect(doc.outcome, why(doc)).toBe('unknown');
    expect(doc.unknown?.at).toBe('pl-0cust'); // the customer's list may hold it
    b.patch(webSg, { ingress: [plRule('tcp', 443, 'pl-63a5400a'), sgRule('tcp', 443, '0.0.0.0/0')] });
    const open = b.build();
    expect(reach(open, '203.0.113.1', web).outcome, why(reach(open, '203.0.113.1', web))).toBe('delivered');
    // A real public address may be one of S3's: the reply's route is not known.
    const s3 = reach(open, '52.216.0.1', web);
    expect(s3.outcome, why(s3)).toBe('unknown');
    expect(s3.unknown).toEqual({ at: 'pl-63a5400a', reason: 'prefix-list-entries' });
  });

  it('another rule that does allow decides; a rule for another port does not make it unknown', () => {
    const w = withList(null, [sgRule('tcp', 443, '0.0.0.0/0')]);
    expect(reach(w.d, '198.18.0.1', w.web).outcome).toBe('delivered');
    const other = withList(null);
    expect(reach(other.d, '198.18.0.1', other.web, 'tcp', 22).outcome).toBe('blocked');
  });
});

describe('prefix lists in routes: AWS route priority', () => {
  /** An instance whose subnet routes 0.0.0.0/0 to the IGW, plus the given routes. */
  function routed(routes: [string, string][], lists: Record<string, string[] | null>) {
    const b = new DesignBuilder();
    const vpc = b.vpc(b.region(), '10.0.0.0/16');
    const s = b.subnet(b.az(vpc), '10.0.1.0/24');
    const igw = b.igw(vpc);
    for (const [id, entries] of Object.entries(lists)) prefixList(b, id, entries);
    const vgw = external(b, 'vgw-1', 'vpn-gateway', [vpc]);
    const vgw2 = external(b, 'vgw-2', 'vpn-gateway', [vpc]);
    const rt = b.routeTable(vpc, { main: true, routes: [['0.0.0.0/0', igw], ...routes], subnets: [s] });
    const sg = b.sg(vpc, { egress: [allOut()] });
    const i = b.instance(s, { publicIp: 'auto', securityGroupIds: [sg] });
    return { d: b.build(), i, igw, vgw, vgw2, rt };
  }
  const exitAt = (a: ReachabilityAnswer) => (a.outcome === 'exits' ? a.exit?.at : `${a.outcome}:${a.code ?? ''}`);

  it('a more specific prefix-list entry beats a broader CIDR route, and a more specific CIDR beats the list', () => {
    const r = routed([['198.18.0.0/16', 'vgw-2']], {});
    const d = routed(
      [
        ['198.18.0.0/16', 'vgw-2'],
        ['pl-aa', 'vgw-1'],
      ],
      { 'pl-aa': ['198.18.5.0/24'] },
    );
    expect(exitAt(reach(r.d, r.i, '198.18.5.1'))).toBe('vgw-2');
    expect(exitAt(reach(d.d, d.i, '198.18.5.1'))).toBe('vgw-1');
    // Outside the entry: the CIDR route.
    expect(exitAt(reach(d.d, d.i, '198.18.6.1'))).toBe('vgw-2');
    const narrower = routed(
      [
        ['pl-aa', 'vgw-1'],
        ['198.18.5.0/25', 'vgw-2'],
      ],
      { 'pl-aa': ['198.18.5.0/24'] },
    );
    expect(exitAt(reach(narrower.d, narrower.i, '198.18.5.1'))).toBe('vgw-2');
  });

  it('on equal prefixes the CIDR (static) route wins over the prefix-list route, whatever the order', () => {
    for (const routes of [
      [
        ['pl-aa', 'vgw-1'],
        ['198.18.5.0/24', 'vgw-2'],
      ],
      [
        ['198.18.5.0/24', 'vgw-2'],
        ['pl-aa', 'vgw-1'],
      ],
    ] as [string, string][][]) {
      const d = routed(routes, { 'pl-aa': ['198.18.5.0/24'] });
      const a = reach(d.d, d.i, '198.18.5.1');
      expect(exitAt(a)).toBe('vgw-2');
    }
  });

  it('the chosen prefix-list route is quoted with the entry that matched', () => {
    const d = routed([['pl-aa', 'vgw-1']], { 'pl-aa': ['10.9.0.0/16', '198.18.5.0/24'] });
    const hop = reach(d.d, d.i, '198.18.5.1').hops.find((h) => h.kind === 'routeTable')!;
    expect(hop.params.destination).toBe('pl-aa (198.18.5.0/24)');
    expect(hop.detail).toContain('pl-aa (198.18.5.0/24) → vgw-1');
  });

  it('a list with unknown entries (or missing) makes the route unknown, unless a /32 CIDR route matches', () => {
    for (const lists of [{ 'pl-aa': null }, {}] as Record<string, string[] | null>[]) {
      const d = routed([['pl-aa', 'vgw-1']], lists);
      const a = reach(d.d, d.i, '198.18.5.1');
      expect(a.outcome, why(a)).toBe('unknown');
      expect(a.unknown).toEqual({ at: 'pl-aa', reason: 'prefix-list-entries' });
      expect(a.hops.at(-1)).toMatchObject({ verdict: 'unknown', kind: 'routeTable', resource: d.rt });
    }
    const host = routed(
      [
        ['pl-aa', 'vgw-1'],
        ['198.18.5.1/32', 'vgw-2'],
      ],
      { 'pl-aa': null },
    );
    expect(exitAt(reach(host.d, host.i, '198.18.5.1'))).toBe('vgw-2');
  });

  it('two lists matching as specifically, to different targets: AWS picks at random, so unknown', () => {
    const d = routed(
      [
        ['pl-aa', 'vgw-1'],
        ['pl-bb', 'vgw-2'],
      ],
      { 'pl-aa': ['198.18.5.0/24'], 'pl-bb': ['198.18.5.0/24'] },
    );
    const a = reach(d.d, d.i, '198.18.5.1');
    expect(a.outcome).toBe('unknown');
    expect(a.unknown?.reason).toBe('prefix-list-tie');
    // Same target: no doubt.
    const same = routed(
      [
        ['pl-aa', 'vgw-1'],
        ['pl-bb', 'vgw-1'],
      ],
      { 'pl-aa': ['198.18.5.0/24'], 'pl-bb': ['198.18.5.0/24'] },
    );
    expect(exitAt(reach(same.d, same.i, '198.18.5.1'))).toBe('vgw-1');
  });

  it("inside the VPC's own blocks the local route decides, whatever the lists hold", () => {
    const { b, vpc, publicRt, web, app } = webApp();
    prefixList(b, 'pl-aa', null);
    prefixList(b, 'pl-bb', ['10.0.10.0/24']);
    external(b, 'tgw-1', 'transit-gateway', [vpc]);
    const rt = b.get(publicRt) as Extract<Resource, { kind: 'routeTable' }>;
    b.patch(publicRt, {
      routes: [
        ...rt.routes,
        { id: 'r-pl', destination: 'pl-aa', target: 'tgw-1' },
        { id: 'r-pl2', destination: 'pl-bb', target: 'tgw-1' },
      ],
    });
    expect(reach(b.build(), web, app, 'tcp', 8080).outcome).toBe('delivered');
  });
});

describe('external resources: the traffic leaves the design', () => {
  function via(awsType: string, attributes: { key: string; value: string }[] = [], attach = true) {
    const { b, vpc, publicRt, web, igw } = webApp();
    const ext = external(b, 'ext-1', awsType, attach ? [vpc] : ['vpc-other'], attributes);
    const rt = b.get(publicRt) as Extract<Resource, { kind: 'routeTable' }>;
    b.patch(publicRt, {
      routes: [...rt.routes, { id: 'r-ext', destination: '172.16.0.0/12', target: ext }],
    });
    return { d: b.build(), web, ext, igw };
  }

  it('a VPN gateway is a known way out: exits towards a VPN, with a final hop naming it', () => {
    const { d, web, ext } = via('vpn-gateway');
    const a = reach(d, web, '172.16.0.9');
    expect(a.outcome, why(a)).toBe('exits');
    expect(a.reachable).toBe(true);
    expect(a.exit).toEqual({ at: ext, towards: 'vpn' });
    const last = a.hops.at(-1)!;
    expect(last).toMatchObject({ resource: ext, kind: 'external', verdict: 'pass' });
    expect(last.detail).toBe(
      'the traffic leaves the design at ext-1 (vpn-gateway), towards a VPN; VPC Town does not model what happens next',
    );
  });

  it('a gateway VPC endpoint exits towards an AWS service; an interface endpoint is unknown', () => {
    const gw = via('vpc-endpoint', [{ key: 'VpcEndpointType', value: 'Gateway' }]);
    const g = reach(gw.d, gw.web, '172.16.0.9');
    expect(g.exit?.towards, why(g)).toBe('aws-service');
    const iface = via('vpc-endpoint', [{ key: 'VpcEndpointType', value: 'Interface' }]);
    expect(reach(iface.d, iface.web, '172.16.0.9').outcome).toBe('unknown');
  });

  it('a transit gateway (or anything else) is unknown: never delivered or blocked past it', () => {
    for (const t of ['transit-gateway', 'network-interface', 'carrier-gateway', 'something-new']) {
      const { d, web, ext } = via(t);
      const a = reach(d, web, '172.16.0.9');
      expect(a.outcome, t).toBe('unknown');
      expect(a.unknown).toEqual({ at: ext, reason: 'external-not-modelled' });
      expect(a.blockedAt).toBeUndefined();
      expect(a.hops.at(-1)).toMatchObject({ resource: ext, kind: 'external', verdict: 'unknown' });
      expect(a.hops.at(-1)!.detail).toBe(
        `the traffic leaves the design at ext-1 (${t}); VPC Town does not model what happens next`,
      );
    }
  });

  it('a known way out towards a destination in the design is unknown (whether it comes back is not modelled)', () => {
    const b = new DesignBuilder();
    const r = b.region();
    const v1 = b.vpc(r, '10.0.0.0/16');
    const v2 = b.vpc(r, '172.16.0.0/16');
    const s1 = b.subnet(b.az(v1), '10.0.1.0/24');
    const s2 = b.subnet(b.az(v2), '172.16.1.0/24');
    const vgw = external(b, 'vgw-1', 'vpn-gateway', [v1]);
    b.routeTable(v1, { main: true, routes: [['172.16.0.0/16', vgw]] });
    b.routeTable(v2, { main: true });
    const x = b.instance(s1, { securityGroupIds: [b.sg(v1)] });
    const y = b.instance(s2, { securityGroupIds: [b.sg(v2, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] })] });
    expect(reach(b.build(), x, y).outcome).toBe('unknown');
  });

  it("an external not attached to the route's VPC, or an egress-only IGW for IPv4, is a blackhole", () => {
    const other = via('vpn-gateway', [], false);
    const a = reach(other.d, other.web, '172.16.0.9');
    // The blackhole is more specific than the default route to the IGW [RA-codes].
    expect(a.outcome).toBe('blocked');
    expect(a.code).toBe('MORE_SPECIFIC_ROUTE');
    expect(a.hops.at(-1)!.detail).toContain('is not attached to');
    const eigw = via('egress-only-internet-gateway');
    const e = reach(eigw.d, eigw.web, '172.16.0.9');
    expect(e.code).toBe('MORE_SPECIFIC_ROUTE');
    expect(e.hops.at(-1)!.detail).toContain('IPv6 traffic only');
  });

  it("the subnet's NACL still applies on the way out", () => {
    const { b, vpc, pubA, pubB, publicRt, web } = webApp();
    const ext = external(b, 'vgw-1', 'vpn-gateway', [vpc]);
    const rt = b.get(publicRt) as Extract<Resource, { kind: 'routeTable' }>;
    b.patch(publicRt, { routes: [...rt.routes, { id: 'r-ext', destination: '172.16.0.0/12', target: ext }] });
    b.nacl(vpc, { rules: [naclRule(100, 'outbound', 'deny', 'all', 0)], subnets: [pubA, pubB] });
    const a = reach(b.build(), web, '172.16.0.9');
    expect(a.outcome).toBe('blocked');
    expect(a.code).toBe('SUBNET_ACL_RESTRICTION');
  });
});

describe('the outcome of every answer', () => {
  it('delivered into the design, exits to the internet through the IGW, blocked with blockedAt and code', () => {
    const { b, web, app, igw } = webApp();
    const d = b.build();
    expect(reach(d, 'internet', web).outcome).toBe('delivered');
    const out = reach(d, web, 'internet');
    expect(out.outcome).toBe('exits');
    expect(out.exit).toEqual({ at: igw, towards: 'internet' });
    const viaNat = reach(d, app, 'internet');
    expect(viaNat.outcome, why(viaNat)).toBe('exits');
    const blocked = reach(d, 'internet', app);
    expect(blocked).toMatchObject({ outcome: 'blocked', reachable: false });
    expect(blocked.blockedAt).toBeDefined();
    expect(blocked.code).toBeDefined();
    expect(reach(d, 'nowhere', web).outcome).toBe('blocked');
  });

  it('property: outcome agrees with reachable, blockedAt, code, exit and unknown, on random designs', () => {
    const answers = fc.tuple(mutatedDesign, fc.constantFrom<IpProtocol>('tcp', 'udp', 'icmp', 'all', 50, 47));
    fc.assert(
      fc.property(
        answers.chain(([d, p]) => fc.tuple(fc.constant(d), fc.constant(p), endpointFor(d), endpointFor(d))),
        ([d, protocol, from, to]) => {
          const a = analyzeReachability(d, { from: from as string, to: to as string, protocol, port: 443 });
          expect(['delivered', 'exits', 'blocked', 'unknown']).toContain(a.outcome);
          expect(a.reachable).toBe(a.outcome === 'delivered' || a.outcome === 'exits');
          expect(a.blockedAt !== undefined).toBe(a.outcome === 'blocked');
          expect(a.code !== undefined).toBe(a.outcome === 'blocked');
          expect(a.exit !== undefined).toBe(a.outcome === 'exits');
          expect(a.unknown !== undefined).toBe(a.outcome === 'unknown');
          expect(a.hops.length).toBeGreaterThan(0);
          const last = a.hops.at(-1)!;
          if (a.outcome === 'blocked') expect(last.verdict).toBe('block');
          if (a.outcome === 'unknown') expect(last.verdict).toBe('unknown');
          if (a.reachable) expect(a.hops.some((h) => h.verdict === 'block' || h.verdict === 'unknown')).toBe(false);
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });
});

describe('the client: source address and source port', () => {
  it("srcIp is the internet client's address, matched by the NACL and SG CIDRs", () => {
    const { b, web, webSg } = webApp();
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '198.51.100.0/24')] });
    const d = b.build();
    const q = (srcIp?: string) =>
      analyzeReachability(d, { from: 'internet', to: web, protocol: 'tcp', port: 443, ...(srcIp ? { srcIp } : {}) });
    expect(q('198.51.100.7').outcome).toBe('delivered');
    expect(q('198.51.100.7').hops[0]!.detail).toBe('from internet host 198.51.100.7');
    const other = q('192.0.2.7');
    expect(other.outcome).toBe('blocked');
    expect(other.code).toBe('ENI_SG_RULES_MISMATCH');
    // Not an internet address, or not from the internet: refused.
    expect(q('10.0.0.9').code).toBe('NO_SOURCE_OR_DESTINATION');
    expect(q('nope').code).toBe('NO_SOURCE_OR_DESTINATION');
    expect(
      analyzeReachability(d, { from: web, to: 'internet', protocol: 'tcp', port: 443, srcIp: '198.51.100.7' }).code,
    ).toBe('NO_SOURCE_OR_DESTINATION');
  });

  it("srcPort narrows the replies the NACLs must allow to that port (a NAT gateway's remap aside)", () => {
    const { b, vpc, pubA, pubB, web } = webApp();
    b.nacl(vpc, {
      rules: [naclRule(100, 'inbound', 'allow', 'tcp', 443), naclRule(100, 'outbound', 'allow', 'tcp', [40000, 50000])],
      subnets: [pubA, pubB],
    });
    const d = b.build();
    const q = (srcPort?: number) =>
      analyzeReachability(d, {
        from: 'internet',
        to: web,
        protocol: 'tcp',
        port: 443,
        ...(srcPort ? { srcPort } : {}),
      });
    expect(q().code).toBe('SUBNET_ACL_RESTRICTION');
    expect(q(45000).outcome).toBe('delivered');
    expect(q(30000).code).toBe('SUBNET_ACL_RESTRICTION');
    expect(q(70000).code).toBe('NO_SOURCE_OR_DESTINATION');
  });
});
