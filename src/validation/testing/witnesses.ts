/**
 * Designs on which the rules report what random designs seldom make them report: a database
 * reachable from the internet, six groups on one interface, a prefix list that is missing... The
 * reads corpus (scripts/gen-reads.ts) records the rules on these and on random edits of them, so
 * that what a rule reads on its way to each of its findings is in the generated table; the table's
 * test (reads.generated.test.ts) checks that the corpus makes every rule emit every variant, and a
 * variant it does not reach needs a design here.
 */
import type { Design, Route, RouteTable } from '../../model/types.ts';
import { naclRule, sgRule, webApp } from './builder.ts';
import { external, plRule, prefixList } from './imported.ts';
import { transitPair, vpnTo } from './transit.ts';
import { dualStack } from './dualStack.ts';
import { nlbApp, targetGroup } from './loadBalancers.ts';

let seq = 0;
const route = (destination: string, target: string): Route => ({ id: `wr-${++seq}`, destination, target });

export function witnessDesigns(): Design[] {
  const out: Design[] = [];
  const add = (edit: (w: ReturnType<typeof webApp>) => void) => {
    const w = webApp();
    edit(w);
    out.push(w.b.build());
  };

  // The path engine's whole way in and back: a public database and a public instance whose groups
  // admit the internet on data ports (REACH-003), through a NACL with rules, one rule naming a
  // prefix list with entries.
  add(({ b, vpc, db, dbSg, pubA, pubB, webSg }) => {
    b.patch(db, { parent: pubA, subnetIds: [pubA, pubB], publiclyAccessible: true });
    prefixList(b, 'pl-0c0ffee', ['203.0.113.0/24', '10.9.0.0/16']);
    b.patch(dbSg, { ingress: [sgRule('tcp', 5432, '203.0.113.0/24'), plRule('tcp', 5432, 'pl-0c0ffee')] });
    b.patch(webSg, { ingress: [sgRule('tcp', 443, '0.0.0.0/0'), sgRule('tcp', 3306, '0.0.0.0/0')] });
    b.nacl(vpc, {
      subnets: [pubA, pubB],
      rules: [
        naclRule(90, 'inbound', 'deny', 'tcp', 22, '198.51.100.0/24'),
        naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535]),
        naclRule(100, 'outbound', 'allow', 'tcp', [1024, 65535]),
      ],
    });
  });
  // The same database, admitted by a prefix list's entries (known, unknown, unknown but an AWS
  // list), with routes back through a prefix list, an external gateway or a peering.
  const publicDb = (w: ReturnType<typeof webApp>, entries: string[] | null, name?: string) => {
    const { b, db, dbSg, pubA, pubB } = w;
    b.patch(db, { parent: pubA, subnetIds: [pubA, pubB], publiclyAccessible: true });
    prefixList(b, 'pl-0a11', entries, name);
    b.patch(dbSg, { ingress: [plRule('tcp', 5432, 'pl-0a11'), sgRule('tcp', 5432, '10.0.0.0/8')] });
  };
  add((w) => publicDb(w, ['203.0.113.0/24']));
  add((w) => publicDb(w, null));
  add((w) => publicDb(w, null, 'com.amazonaws.us-east-1.s3'));
  add((w) => {
    publicDb(w, ['203.0.113.0/24']);
    w.b.patch(w.publicRt, { routes: [...w.b.get<RouteTable>(w.publicRt).routes, route('pl-0a11', w.igw)] });
  });
  add((w) => {
    publicDb(w, ['203.0.113.0/24']);
    const tgw = external(w.b, 'tgw-0abc', 'transit-gateway', [w.vpc]);
    w.b.patch(w.publicRt, { routes: [...w.b.get<RouteTable>(w.publicRt).routes, route('203.0.113.0/24', tgw)] });
  });
  add((w) => {
    publicDb(w, ['203.0.113.0/24']);
    const vpce = external(w.b, 'vpce-0abc', 'vpc-endpoint', [w.vpc], [{ key: 'VpcEndpointType', value: 'Gateway' }]);
    w.b.patch(w.publicRt, { routes: [...w.b.get<RouteTable>(w.publicRt).routes, route('203.0.113.0/24', vpce)] });
  });
  add((w) => {
    publicDb(w, ['203.0.113.0/24']);
    const eigw = external(w.b, 'eigw-0abc', 'egress-only-internet-gateway', [w.vpc]);
    w.b.patch(w.publicRt, { routes: [...w.b.get<RouteTable>(w.publicRt).routes, route('203.0.113.0/24', eigw)] });
  });
  add((w) => {
    publicDb(w, ['203.0.113.0/24']);
    const other = w.b.vpc(w.region, '10.1.0.0/16');
    w.b.subnet(w.b.az(other), '10.1.0.0/24');
    const pcx = w.b.peering(w.vpc, other);
    w.b.patch(w.publicRt, { routes: [...w.b.get<RouteTable>(w.publicRt).routes, route('203.0.113.0/24', pcx)] });
  });
  // A public instance whose data port is open to the internet, with an Elastic IP.
  add(({ b, web, webSg }) => {
    b.patch(webSg, { ingress: [sgRule('tcp', 6379, '0.0.0.0/0')] });
    b.patch(web, { publicIp: 'elastic', elasticIp: '52.0.0.77' });
  });
  // Prefix lists named but missing (PL-001), and a reserved route destination (RT-003).
  add(({ b, vpc, igw, appSg }) => {
    b.routeTable(vpc, {
      routes: [
        ['pl-0a1b', igw],
        ['169.254.169.0/24', igw],
      ],
    });
    b.patch(appSg, { ingress: [plRule('tcp', 443, 'pl-0a1b')] });
  });
  // Six blocks (CIDR-004), six groups on an instance (SG-004), a reserved static address (SUB-004).
  add(({ b, vpc, app, web, pubA }) => {
    b.patch(vpc, {
      cidrBlocks: ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16', '10.5.0.0/16'],
    });
    b.patch(app, { securityGroupIds: [1, 2, 3, 4, 5, 6].map(() => b.sg(vpc)) });
    b.patch(web, { parent: pubA, privateIp: '10.0.0.3' });
  });
  // NACL rule numbers used twice (NACL-001), a shadowed and a redundant rule (NACL-002), all ports
  // open (NACL-005).
  add(({ b, vpc, privA }) => {
    b.nacl(vpc, {
      subnets: [privA],
      rules: [
        naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535]),
        naclRule(100, 'inbound', 'deny', 'tcp', 22),
        naclRule(110, 'inbound', 'deny', 'tcp', 22, '203.0.113.0/24'),
        naclRule(120, 'inbound', 'allow', 'tcp', 443, '10.0.0.0/8'),
      ],
    });
  });
  // All traffic from anywhere through a NACL (NACL-004), two interfaces on one address (SUB-004).
  add(({ b, vpc, privB, app }) => {
    b.nacl(vpc, { subnets: [privB], rules: [naclRule(100, 'inbound', 'allow', 'all', 0)] });
    b.patch(app, { privateIp: '10.0.10.50' });
    b.instance(b.get(app).parent!, { privateIp: '10.0.10.50' });
  });
  // A full /28 (SUB-004), and a route to a resource that cannot be a target (RT-004).
  add(({ b, vpc, azA, privB }) => {
    const small = b.subnet(azA, '10.0.20.0/28');
    for (let i = 0; i < 12; i++) b.instance(small);
    b.routeTable(vpc, { routes: [['10.9.0.0/16', privB]] });
  });
  // A peering route broader than the peer (PEER-003).
  add(({ b, region, vpc, pubA }) => {
    const other = b.vpc(region, '10.1.0.0/16');
    b.subnet(b.az(other), '10.1.0.0/24');
    const pcx = b.peering(vpc, other);
    b.routeTable(vpc, { routes: [['10.0.0.0/8', pcx]], subnets: [pubA] });
  });
  // A route to a peering connection and to a NAT gateway of other VPCs (RT-004, NAT-003), all
  // protocols open to the world (SG-001), overlapping peers (PEER-001).
  add(({ b, region, vpc, privateRt, webSg }) => {
    const o1 = b.vpc(region, '10.1.0.0/16');
    const o2 = b.vpc(region, '10.2.0.0/16');
    const foreign = b.peering(o1, o2);
    const farNat = b.nat(b.subnet(b.az(o1), '10.1.0.0/24'));
    b.peering(vpc, b.vpc(region, '10.0.128.0/17'));
    b.patch(privateRt, {
      routes: [...b.get<RouteTable>(privateRt).routes, route('10.2.0.0/16', foreign), route('10.1.0.0/16', farNat)],
    });
    // …and a rule naming a group that is not there (SG-003).
    b.patch(webSg, { ingress: [sgRule('all', [0, 65535], '0.0.0.0/0'), sgRule('tcp', 22, 'sg-0gone')] });
  });
  // Transit gateways (TGW-001 … TGW-004, VPN-001): two zones' subnets on one attachment, a VPC
  // that does not route back, a spoke table without a route back, a blackhole over a propagated
  // route, overlapping propagations and a VPN no route leads into.
  out.push(transitWitness());
  // …and, once the load balancer kinds joined: a destination written twice (RT-002), a listener
  // forwarding to an empty target group (LB-002), a target outside the load balancer's zones (LB-003).
  add(({ b, vpc, igw, nat }) => {
    b.routeTable(vpc, {
      routes: [
        ['0.0.0.0/0', igw],
        ['0.0.0.0/0', nat],
      ],
    });
  });
  {
    const { b, lb, vpc } = nlbApp();
    const empty = targetGroup(b, vpc, []);
    b.patch(lb, { listeners: [{ id: 'l', protocol: 'TCP', port: 443, targetGroupId: empty }] });
    out.push(b.build());
  }
  {
    const { b, lb, pubB } = nlbApp({ type: 'application' });
    b.patch(lb, { subnetIds: [pubB], parent: pubB });
    out.push(b.build());
  }
  // Variants the random corpus stopped reaching once more kinds shared it: a subnet in two NACLs
  // (TOP-003), a transit gateway table with no route back (TGW-002), an IPv4 route to an
  // egress-only gateway (V6-002); each as its rule's test builds it.
  add(({ b, vpc, pubA }) => {
    b.nacl(vpc, { subnets: [pubA] });
    b.nacl(vpc, { subnets: [pubA] });
  });
  {
    const { b, c, tgw } = transitPair();
    const spoke = b.resource('tgwRouteTable', null, { name: 'spoke', transitGatewayId: tgw, propagationIds: [c.att] });
    b.patch(c.att, { routeTableId: spoke });
    out.push(b.build());
  }
  {
    const { b, privateRt, eigw } = dualStack();
    b.patch(privateRt, {
      routes: [...b.get<RouteTable>(privateRt).routes, { id: 'v4', destination: '192.0.2.0/24', target: eigw }],
    });
    out.push(b.build());
  }
  // Routes to another VPC's instance, NAT gateway and a peering that does not involve this VPC
  // (TOP-002, NAT-003, RT-004), and all protocols open to the internet (SG-001).
  add(({ b, region, vpc, webSg }) => {
    const other = b.vpc(region, '10.2.0.0/16');
    const sub = b.subnet(b.az(other), '10.2.0.0/24');
    const far = b.instance(sub);
    const farNat = b.nat(sub);
    const third = b.vpc(region, '10.3.0.0/16');
    const pcx = b.peering(other, third);
    b.routeTable(vpc, {
      routes: [
        ['10.2.0.0/24', far],
        ['10.7.0.0/16', farNat],
        ['10.3.0.0/16', pcx],
      ],
    });
    b.patch(webSg, { ingress: [sgRule('all', [0, 65535], '0.0.0.0/0')] });
  });
  // IPv6 (V6-001..004): a private subnet's ::/0 to the internet gateway, a flow from the internet
  // to an instance behind the egress-only gateway, a route to another VPC's one, and subnet IPv6
  // blocks outside the VPC's, not /64, overlapping, and in a VPC without IPv6.
  {
    const w = dualStack();
    const { b, region, privateRtB, privA, privB, pubB, igw, app } = w;
    b.patch(privateRtB, {
      routes: b.get<RouteTable>(privateRtB).routes.map((r) => (r.destination === '::/0' ? { ...r, target: igw } : r)),
    });
    const other = b.vpc(region, '10.5.0.0/16');
    const otherEigw = b.resource('egressOnlyIgw', other, { name: 'eigw-2' });
    const onlyV4 = b.subnet(b.az(other), '10.5.0.0/24', { ipv6Cidr: '2001:db8:5::/64' });
    b.routeTable(other, { routes: [['::/0', otherEigw]], subnets: [onlyV4] });
    b.routeTable(w.vpc, { routes: [['2001:db8:7::/48', otherEigw]] });
    b.patch(privA, { ipv6Cidr: '2001:db8:9999::/64' });
    b.patch(pubB, { ipv6Cidr: '2001:db8:1234:1a00::/60' });
    b.patch(privB, { ipv6Cidr: '2001:db8:1234:1a00::/64' });
    const d = b.build();
    out.push({ ...d, flows: [{ id: 'f-v6', from: 'internet', to: app, protocol: 'tcp', port: 443, label: '' }] });
  }
  // A route to another VPC's NAT gateway (NAT-003) and an all-protocols rule from anywhere (SG-001).
  add(({ b, region, vpc, webSg }) => {
    const other = b.vpc(region, '10.1.0.0/16');
    const far = b.nat(b.subnet(b.az(other), '10.1.0.0/24'));
    b.routeTable(vpc, { routes: [['10.9.0.0/16', far]] });
    b.patch(webSg, { ingress: [sgRule('all', [0, 65535], '0.0.0.0/0')] });
  });
  // An interface endpoint whose group admits only tcp 80 from the VPC, not HTTPS (VPCE-002).
  add(({ b, vpc, privA }) => {
    const sg = b.sg(vpc, { ingress: [sgRule('tcp', 80, '10.0.0.0/16')] });
    b.resource('interfaceEndpoint', privA, {
      serviceName: 'com.amazonaws.us-east-1.ssm',
      subnetIds: [privA],
      securityGroupIds: [sg],
      privateDns: true,
      privateIp: null,
    });
  });
  // A VPN on a virtual private gateway of a VPC with route tables but no route to it (VPN-001).
  add(({ b, vpc }) => {
    const vgw = b.resource('vpnGateway', vpc, { name: 'vgw', propagationRouteTableIds: [] });
    vpnTo(b, { vpnGatewayId: vgw });
  });
  // Load balancers whose targets do not admit them (LB-001): an ALB, and an NLB preserving client IPs.
  out.push(nlbApp({ type: 'application', lbSg: true }).b.build(), nlbApp().b.build());
  return out;
}

function transitWitness(): Design {
  const { b, a, c, tgw, rtb, region } = transitPair();
  b.patch(a.att, { subnetIds: [a.subnet, b.subnet(a.az, '10.0.3.0/24')] });
  b.patch(c.rt, { routes: b.get<RouteTable>(c.rt).routes.filter((r) => r.target === 'local') });
  const spoke = b.resource('tgwRouteTable', region, { transitGatewayId: tgw, propagationIds: [] });
  const v = b.vpc(region, '10.1.128.0/17');
  const s = b.subnet(b.az(v), '10.1.128.0/24');
  const att = b.resource('tgwAttachment', v, {
    transitGatewayId: tgw,
    subnetIds: [s],
    routeTableId: spoke,
    applianceMode: false,
  });
  b.routeTable(v, { main: true, routes: [['10.0.0.0/16', tgw]] });
  b.patch(rtb, {
    propagationIds: [a.att, c.att, att],
    routes: [{ id: 'wbh', destination: '10.1.1.0/24', target: 'blackhole' }],
  });
  b.instance(b.subnet(b.az(a.vpc, 'us-east-1b'), '10.0.4.0/24'));
  vpnTo(b, { transitGatewayId: tgw, tgwRouteTableId: rtb });
  return b.build();
}
