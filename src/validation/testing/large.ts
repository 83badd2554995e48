/** A large, realistic design for performance checks: `vpcs` VPCs of about 80 resources each. */
import type { Design } from '../../model/types.ts';
import { DesignBuilder, naclRule, sgRule } from './builder.ts';

export function largeDesign(vpcs = 13): Design {
  const b = new DesignBuilder();
  const region = b.region('us-east-1');
  const vpcIds: string[] = [];
  for (let v = 0; v < vpcs; v++) {
    const vpc = b.vpc(region, `10.${v}.0.0/16`, { flowLogs: v % 2 === 0 });
    vpcIds.push(vpc);
    const azs = [b.az(vpc, 'us-east-1a'), b.az(vpc, 'us-east-1b')];
    const igw = b.igw(vpc);
    const pub = [0, 1].map((i) => b.subnet(azs[i]!, `10.${v}.${i}.0/24`, { mapPublicIpOnLaunch: true }));
    const priv = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => b.subnet(azs[i % 2]!, `10.${v}.${10 + i}.0/24`));
    const nats = pub.map((s, i) => b.nat(s, { elasticIp: `52.${v}.0.${i + 1}` }));
    b.routeTable(vpc, { routes: [['0.0.0.0/0', igw]], subnets: pub });
    b.routeTable(vpc, { main: true, routes: [['0.0.0.0/0', nats[0]!]], subnets: priv.filter((_, i) => i % 2 === 0) });
    b.routeTable(vpc, { routes: [['0.0.0.0/0', nats[1]!]], subnets: priv.filter((_, i) => i % 2 === 1) });
    const rules = [
      naclRule(90, 'inbound', 'deny', 'tcp', 22, '203.0.113.0/24'),
      naclRule(100, 'inbound', 'allow', 'tcp', [0, 65535], `10.${v}.0.0/16`),
      naclRule(110, 'inbound', 'allow', 'tcp', 443),
      naclRule(120, 'inbound', 'allow', 'tcp', [1024, 65535]),
      naclRule(100, 'outbound', 'allow', 'tcp', [0, 65535]),
      naclRule(110, 'outbound', 'allow', 'udp', 53),
    ];
    b.nacl(vpc, { isDefault: true });
    b.nacl(vpc, { rules, subnets: [...pub, ...priv] });
    const web = b.sg(vpc, { ingress: [sgRule('tcp', 443, '0.0.0.0/0'), sgRule('tcp', 22, '203.0.113.0/24')] });
    const app = b.sg(vpc, { ingress: [sgRule('tcp', 8080, web)] });
    const db = b.sg(vpc, { ingress: [sgRule('tcp', 5432, app), sgRule('tcp', 3306, '0.0.0.0/0')] });
    const extra = [0, 1, 2, 3, 4].map(() => b.sg(vpc, { ingress: [sgRule('tcp', [8000, 8100], `10.${v}.0.0/16`)] }));
    for (let i = 0; i < 6; i++) b.instance(pub[i % 2]!, { publicIp: 'auto', securityGroupIds: [web] });
    for (let i = 0; i < 40; i++) b.instance(priv[i % 8]!, { securityGroupIds: [app, extra[i % 5]!] });
    b.lb(pub[0]!, { scheme: 'internet-facing', subnetIds: pub, securityGroupIds: [web] });
    b.rds(priv[0]!, { subnetIds: [priv[0]!, priv[1]!], securityGroupIds: [db] });
    b.rds(priv[2]!, { subnetIds: [priv[2]!, priv[3]!], securityGroupIds: [db], publiclyAccessible: v % 3 === 0 });
  }
  for (let v = 1; v < vpcIds.length; v++) b.peering(vpcIds[0]!, vpcIds[v]!);
  return b.build();
}
