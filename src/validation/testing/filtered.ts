/**
 * fast-check arbitrary for well-formed designs whose filters decide: the two-tier VPC (optionally
 * peered with a second VPC) with random NACL rules (partial ephemeral ranges, denies before
 * allows, other protocols), random security group rules both ways (CIDRs, group references,
 * prefix lists with and without known entries), a load balancer's listener ports and a
 * database's port. Random designs (arbitrary.ts) are mostly broken and seldom get a packet past
 * a filter; these do, and are what the access matrix's property tests check it on.
 */
import fc from 'fast-check';
import type { Design, IpProtocol, NaclRule, SgRule } from '../../model/types.ts';
import { allOut, naclRule, sgRule, webApp } from './builder.ts';
import { plRule, prefixList, withProtocol } from './imported.ts';

const PROTOCOLS: IpProtocol[] = ['tcp', 'tcp', 'tcp', 'udp', 'icmp', 'all', 50];
const PORTS: (number | [number, number])[] = [
  22,
  80,
  443,
  5432,
  8080,
  [0, 65535],
  [1024, 65535],
  [32768, 65535],
  [0, 1023],
  [1000, 2000],
  [80, 443],
];
const CIDRS = [
  '0.0.0.0/0',
  '10.0.0.0/16',
  '10.0.0.0/24',
  '10.0.10.0/24',
  '10.1.0.0/16',
  '203.0.113.0/24',
  '198.51.100.0/24',
  '52.0.0.0/8',
  '8.8.8.0/24',
];

const naclRuleArb = fc
  .record({
    number: fc.integer({ min: 1, max: 300 }),
    direction: fc.constantFrom<'inbound' | 'outbound'>('inbound', 'outbound'),
    action: fc.constantFrom<'allow' | 'deny'>('allow', 'allow', 'deny'),
    protocol: fc.constantFrom(...PROTOCOLS),
    ports: fc.constantFrom(...PORTS),
    // Now and then a block an import could not know (`cidr: "unknown"`, nacl.ts UNKNOWN_NACL_CIDR).
    cidr: fc.constantFrom(...CIDRS, 'unknown'),
  })
  .map((r): NaclRule =>
    withProtocol(
      naclRule(
        r.number,
        r.direction,
        r.action,
        'tcp',
        r.protocol === 'tcp' || r.protocol === 'udp' ? r.ports : [0, 65535],
        r.cidr,
      ),
      r.protocol,
    ),
  );

type Peer = { cidr: string } | { sg: number } | { pl: number };
const peerArb: fc.Arbitrary<Peer> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CIDRS).map((cidr) => ({ cidr })) },
  { weight: 2, arbitrary: fc.nat(3).map((sg) => ({ sg })) },
  { weight: 1, arbitrary: fc.nat(1).map((pl) => ({ pl })) },
);
const sgRuleArb = fc.record({
  protocol: fc.constantFrom(...PROTOCOLS),
  ports: fc.constantFrom(...PORTS),
  peer: peerArb,
});
const rules = fc.array(sgRuleArb, { maxLength: 4 });

/** AWS's recommended rules for a public subnet (web ports in, replies on the ephemeral ports) and a private one. */
const PRESETS: (() => NaclRule[])[] = [
  () => [],
  () => [
    naclRule(100, 'inbound', 'allow', 'tcp', 443),
    naclRule(110, 'inbound', 'allow', 'tcp', [1024, 65535]),
    naclRule(120, 'inbound', 'allow', 'tcp', 8080, '10.0.0.0/16'),
    naclRule(100, 'outbound', 'allow', 'tcp', [80, 443]),
    naclRule(110, 'outbound', 'allow', 'tcp', [1024, 65535]),
  ],
  () => [
    naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535], '10.0.0.0/16'),
    naclRule(110, 'inbound', 'allow', 'tcp', [32768, 65535]),
    naclRule(100, 'outbound', 'allow', 'tcp', [0, 65535], '10.0.0.0/16'),
    naclRule(110, 'outbound', 'allow', 'tcp', 443),
  ],
];

export const filteredDesign: fc.Arbitrary<Design> = fc
  .record({
    nacls: fc.array(
      fc.record({
        subnets: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
        rules: fc.array(naclRuleArb, { maxLength: 6 }),
        open: fc.boolean(),
        preset: fc.nat(2),
      }),
      { maxLength: 2 },
    ),
    sgs: fc.array(
      fc.record({ ingress: rules, egress: fc.option(rules, { nil: undefined, freq: 4 }), open: fc.nat(3) }),
      {
        minLength: 4,
        maxLength: 4,
      },
    ),
    listeners: fc.subarray([80, 443, 8080]),
    dbPort: fc.constantFrom(5432, 3306),
    peered: fc.boolean(),
    plKnown: fc.boolean(),
  })
  .map((x) => {
    const w = webApp();
    const { b, vpc } = w;
    const subnets = [w.pubA, w.pubB, w.privA, w.privB];
    const lbSg = b.sg(vpc, { ingress: [sgRule('tcp', 443, '0.0.0.0/0')] });
    const sgIds = [w.webSg, w.appSg, w.dbSg, lbSg];
    const lists = [
      prefixList(b, 'pl-0a1', x.plKnown ? ['203.0.113.0/25', '10.0.10.0/24'] : null),
      prefixList(b, 'pl-0a2', ['8.8.8.0/24']),
    ];
    const rule = (r: { protocol: IpProtocol; ports: number | [number, number]; peer: Peer }): SgRule => {
      const ports = r.protocol === 'tcp' || r.protocol === 'udp' ? r.ports : ([0, 65535] as [number, number]);
      if ('pl' in r.peer)
        return withProtocol(plRule('tcp', typeof ports === 'number' ? ports : ports[0], lists[r.peer.pl]!), r.protocol);
      const base = sgRule('tcp', ports, 'cidr' in r.peer ? r.peer.cidr : sgIds[r.peer.sg]!);
      return withProtocol(base, r.protocol);
    };
    // Most groups also open wide (so that what the other filters do shows), some do not.
    const OPEN = [
      null,
      null,
      withProtocol(sgRule('tcp', 0, '0.0.0.0/0'), 'all'),
      sgRule('tcp', [0, 65535], '10.0.0.0/8'),
      sgRule('tcp', [0, 65535], '0.0.0.0/0'),
    ];
    x.sgs.forEach((s, i) => {
      const open = OPEN[s.open];
      b.patch(sgIds[i]!, {
        ingress: [...s.ingress.map(rule), ...(open ? [open] : [])],
        egress: s.egress ? s.egress.map(rule) : [allOut()],
      });
    });
    // A NACL may end in allow-all rules, after the random ones.
    const tail = [
      naclRule(32000, 'inbound', 'allow', 'tcp', [0, 65535]),
      naclRule(32000, 'outbound', 'allow', 'tcp', [0, 65535]),
    ].map((r) => withProtocol(r, 'all'));
    for (const n of x.nacls) {
      const preset = PRESETS[n.preset]!();
      b.nacl(vpc, {
        subnets: n.subnets.map((i) => subnets[i]!),
        rules: [...n.rules, ...preset, ...(n.open ? tail : [])],
      });
    }
    b.lb(w.pubA, { listenerPorts: x.listeners, securityGroupIds: [lbSg], subnetIds: [w.pubA, w.pubB] });
    b.patch(w.db, { port: x.dbPort });
    if (x.peered) {
      const region = w.region;
      const other = b.vpc(region, '10.1.0.0/16');
      const s = b.subnet(b.az(other, 'us-east-1a'), '10.1.0.0/24');
      const pcx = b.peering(vpc, other, null);
      b.routeTable(other, { main: true, routes: [['10.0.0.0/16', pcx]], subnets: [s] });
      const rt = b.resources.find((r) => r.id === w.privateRt) as unknown as { routes: unknown[] };
      b.patch(w.privateRt, { routes: [...rt.routes, { id: 'r-pcx', destination: '10.1.0.0/16', target: pcx }] });
      const osg = b.sg(other, { ingress: [sgRule('tcp', [0, 65535], '10.0.0.0/16')] });
      b.instance(s, { securityGroupIds: [osg] });
    }
    return b.build();
  });
