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
import { nlbApp } from './loadBalancers.ts';

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
  // A route to another VPC's NAT gateway (NAT-003) and an all-protocols rule from anywhere (SG-001).
  add(({ b, region, vpc, webSg }) => {
    const other = b.vpc(region, '10.1.0.0/16');
    const far = b.nat(b.subnet(b.az(other), '10.1.0.0/24'));
    b.routeTable(vpc, { routes: [['10.9.0.0/16', far]] });
    b.patch(webSg, { ingress: [sgRule('all', [0, 65535], '0.0.0.0/0')] });
  });
  // Load balancers whose targets do not admit them (LB-001): an ALB, and an NLB preserving client IPs.
  out.push(nlbApp({ type: 'application', lbSg: true }).b.build(), nlbApp().b.build());
  return out;
}
