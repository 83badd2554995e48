/**
 * readAws on the real, public describe outputs of the corpus (fixtures/, see fixtures/README.md for
 * their sources and licences), on their messy variants, and on a hand-written estate shaped as the
 * AWS CLI reference prints each call (fixtures/estate/us-west-2). The semantics tests check that
 * what AWS means survives the import; the validator and the reachability engine then answer on the
 * imported design as AWS would (each expectation says why).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design, Resource, ResourceKind, ResourceOfKind } from '../../model/types.ts';
import { parseDesignJson, MAX_RESOURCES } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { validate } from '../../validation/index.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { readAws, type AwsImportResult, type AwsInput } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const corpus = (name: string): AwsInput => ({ path: name, text: readFileSync(dir + name, 'utf8') });
const estate = (): AwsInput[] =>
  readdirSync(`${dir}estate/us-west-2`).map((f) => ({
    path: `estate/us-west-2/${f}`,
    text: readFileSync(`${dir}estate/us-west-2/${f}`, 'utf8'),
  }));
const CORPUS = readdirSync(dir).filter((f) => f.endsWith('.json'));

function get<K extends ResourceKind>(r: AwsImportResult, id: string, kind: K): ResourceOfKind<K> {
  const found = r.design?.resources.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as ResourceOfKind<K>;
}
const codes = (r: AwsImportResult) => r.report.problems.map((p) => p.code);
/** The design survives a save and an open without errors (readDesign is parseDesignJson). */
function reopens(design: Design | null): Design {
  expect(design).not.toBeNull();
  const back = parseDesignJson(serializeDesign(design!), { maxResources: MAX_RESOURCES });
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  return back.design;
}

describe('recognising inputs', () => {
  it('tells each corpus file by its top-level key, whatever its name', () => {
    const r = readAws(CORPUS.map((f) => ({ ...corpus(f), path: `x${CORPUS.indexOf(f)}.txt` })));
    expect(r.report.files.map((f) => f.recognisedAs[0]).sort()).toEqual([
      'ec2 describe-instances',
      'ec2 describe-network-acls',
      'ec2 describe-network-interfaces',
      'ec2 describe-route-tables',
      'ec2 describe-security-groups',
      'ec2 describe-subnets',
      'ec2 describe-transit-gateways',
      'ec2 describe-vpc-endpoints',
      'ec2 describe-vpcs',
      'elbv2 describe-listeners',
      'elbv2 describe-target-groups',
    ]);
  });

  it('reads several results merged into one object', () => {
    const merged = JSON.stringify({
      ...JSON.parse(corpus('cloudmapper-demo-describe-vpcs.json').text),
      ...JSON.parse(corpus('cloudmapper-demo-describe-subnets.json').text),
    });
    const r = readAws([{ path: 'pasted text', text: merged }]);
    expect(r.report.files[0]!.recognisedAs).toEqual(['ec2 describe-vpcs', 'ec2 describe-subnets']);
    expect(r.report.counts).toMatchObject({ vpc: 1, subnet: 4, az: 2 });
    expect(get(r, 'subnet-00000001', 'subnet').parent).toBe('az-vpc-12345678-us-east-1a');
  });

  it('reports invalid JSON with its line and column and imports the other files', () => {
    const bad = corpus('cloudmapper-demo-describe-vpcs.json').text.replace('"IsDefault": true', '"IsDefault": true,}');
    const r = readAws([{ path: 'vpcs.json', text: bad }, corpus('cloudmapper-demo-describe-subnets.json')]);
    const p = r.report.problems.find((x) => x.code === 'not-json')!;
    expect(p).toMatchObject({ severity: 'error', file: 'vpcs.json' });
    const lines = bad.split('\n');
    const line = lines.findIndex((l) => l.includes('true,}')) + 1;
    expect(p.line).toBe(line);
    expect(p.column).toBe(lines[line - 1]!.indexOf('}') + 1);
    expect(p.message).toContain(`line ${line}`);
    // The subnets still import, in a placeholder for the VPC the broken file held.
    expect(r.report.counts.subnet).toBe(4);
    expect(codes(r)).toContain('missing-reference');
  });

  it('says a cut-off paste ends too early, at its last line', () => {
    const text = corpus('awscli-example-describe-route-tables.json').text;
    const cut = text.slice(0, Math.floor(text.length / 2));
    const r = readAws([{ path: 'pasted text', text: cut }]);
    expect(r.design).toBeNull();
    const p = r.report.problems.find((x) => x.code === 'truncated-json')!;
    expect(p.line).toBe(cut.trimEnd().split('\n').length);
    expect(codes(r)).toContain('nothing-imported');
  });

  it('warns about a NextToken: the result is only the first page', () => {
    const json = JSON.parse(corpus('cloudmapper-demo-describe-subnets.json').text);
    const r = readAws([{ path: 's.json', text: JSON.stringify({ ...json, NextToken: 'eyJ2IjoiMiJ9' }) }]);
    const p = r.report.problems.find((x) => x.code === 'truncated-next-token')!;
    expect(p.severity).toBe('warning');
    expect(p.message).toContain('--no-paginate');
    expect(r.design).not.toBeNull();
  });

  it('names the call a near-miss key belongs to, and calls other JSON unrelated', () => {
    const r = readAws([
      { path: 'a.json', text: '{"subnets": []}' },
      { path: 'b.json', text: '{"Vpc": {"VpcId": "vpc-1"}}' },
      { path: 'c.json', text: '{"name": "x", "dependencies": {}}' },
      { path: 'd.json', text: '[{"VpcId": "vpc-1"}]' },
    ]);
    expect(r.design).toBeNull();
    const [a, b, c, d] = r.report.problems;
    expect(a).toMatchObject({ code: 'not-describe-output', params: { key: 'subnets', call: 'ec2 describe-subnets' } });
    expect(b).toMatchObject({ code: 'not-describe-output', params: { call: 'ec2 describe-vpcs' } });
    expect(c).toMatchObject({ code: 'unrelated-json' });
    expect(d).toMatchObject({ code: 'not-describe-output' });
  });

  it('refuses a VPC Town design, an empty paste, and no input at all', () => {
    expect(codes(readAws([{ path: 'd.json', text: '{"format":"vpc-town","version":1}' }]))).toContain('is-design');
    expect(codes(readAws([{ path: 'pasted text', text: '  \n' }]))).toContain('empty-input');
    expect(readAws([]).report.problems[0]!.code).toBe('nothing-imported');
  });

  it('takes the region and the account from the path', () => {
    const r = readAws([
      { ...corpus('cloudmapper-demo-describe-vpcs.json'), path: 'accounts/111122223333/eu-west-1/v.json' },
    ]);
    const region = get(r, 'region-111122223333-eu-west-1', 'region');
    expect(region.code).toBe('eu-west-1');
    expect(get(r, 'vpc-12345678', 'vpc').parent).toBe(region.id);
  });

  it('says when it had to assume a region', () => {
    const r = readAws([corpus('cloudmapper-demo-describe-vpcs.json')]);
    expect(codes(r)).toContain('region-assumed');
    expect(get(r, 'region-us-east-1', 'region').code).toBe('us-east-1');
  });

  it('keeps one copy of a resource given twice, and says so', () => {
    const v = corpus('cloudmapper-demo-describe-vpcs.json');
    const r = readAws([v, { ...v, path: 'again.json' }]);
    expect(r.report.counts.vpc).toBe(1);
    expect(codes(r)).toContain('duplicate-same');
  });

  it('refuses above the resource ceiling', () => {
    const subnets = Array.from({ length: MAX_RESOURCES + 1 }, (_, i) => ({
      SubnetId: `subnet-${i}`,
      VpcId: 'vpc-1',
      CidrBlock: '10.0.0.0/28',
      AvailabilityZone: 'us-east-1a',
    }));
    const r = readAws([{ path: 'big.json', text: JSON.stringify({ Subnets: subnets }) }]);
    expect(r.design).toBeNull();
    expect(r.report.problems.find((p) => p.code === 'too-many-resources')?.params).toEqual({
      count: MAX_RESOURCES + 1,
      max: MAX_RESOURCES,
    });
  });
});

describe('each describe shape of the corpus', () => {
  it('describe-vpcs: blocks from CidrBlockAssociationSet, IsDefault, name from the Name tag', () => {
    const vpc = get(readAws([corpus('cloudmapper-demo-describe-vpcs.json')]), 'vpc-12345678', 'vpc');
    expect(vpc).toMatchObject({ cidrBlocks: ['10.0.0.0/16'], isDefault: true });
  });

  it('describe-subnets: one AZ container per zone, MapPublicIpOnLaunch kept', () => {
    const r = readAws([corpus('cloudmapper-demo-describe-subnets.json')]);
    expect(r.report.counts).toMatchObject({ az: 2, subnet: 4 });
    const s = get(r, 'subnet-00000001', 'subnet');
    expect(s.cidr).toBe('10.0.0.0/24');
    expect(s.mapPublicIpOnLaunch).toBe(true);
    expect(get(r, 'subnet-00000003', 'subnet').mapPublicIpOnLaunch).toBe(false);
  });

  it('describe-security-groups: one rule per source, groups, prefix lists, -1', () => {
    const r = readAws([corpus('cloudmapper-demo-describe-security-groups.json')]);
    expect(r.report.counts.securityGroup).toBe(8);
    const pub = get(r, 'sg-00000008', 'securityGroup');
    expect(pub.ingress.map((x) => [x.protocol, x.fromPort, x.cidr ?? x.sourceSg])).toEqual([
      ['tcp', 22, 'sg-00000002'],
      ['tcp', 443, '0.0.0.0/0'],
    ]);
    expect(pub.egress).toEqual([expect.objectContaining({ protocol: 'all', fromPort: 0, toPort: 65535 })]);
    reopens(r.design);
  });

  it('describe-instances: subnet, addresses, groups, type, Name tag', () => {
    const r = readAws([
      corpus('cloudmapper-demo-describe-instances.json'),
      corpus('cloudmapper-demo-describe-subnets.json'),
      corpus('cloudmapper-demo-describe-security-groups.json'),
    ]);
    const i = get(r, 'i-00000000000000000', 'instance');
    expect(i).toMatchObject({ parent: 'subnet-00000001', privateIp: '10.0.0.1', publicIp: 'auto' });
    expect(i.securityGroupIds).toEqual(['sg-00000002']);
    expect(r.report.counts.instance).toBe(3);
  });

  it('describe-route-tables: main, explicit associations, local, igw, blackhole NAT', () => {
    const r = readAws([corpus('awscli-example-describe-route-tables.json')]);
    const main = get(r, 'rtb-09ba434c1bEXAMPLE', 'routeTable');
    expect(main.main).toBe(true);
    expect(main.routes.map((x) => [x.destination, x.target])).toEqual([
      ['10.0.0.0/16', 'local'],
      ['0.0.0.0/0', 'nat-06c018cbd8EXAMPLE'],
    ]);
    // The blackholed NAT gateway is gone: the route stays, pointing at nothing, as AWS shows it.
    expect(r.design!.resources.some((x) => x.id === 'nat-06c018cbd8EXAMPLE')).toBe(false);
    // The VPCs are not in this paste: placeholders whose blocks come from the local routes.
    expect(get(r, 'vpc-0065acced4EXAMPLE', 'vpc').cidrBlocks).toEqual(['10.0.0.0/16']);
    // An active route to an IGW the paste lacks: the gateway exists and is attached to that VPC.
    expect(get(r, 'igw-fEXAMPLE', 'igw').parent).toBe('vpc-3EXAMPLE');
    const d = reopens(r.design);
    expect(
      validate(d)
        .filter((f) => f.rule === 'RT-004')
        .map((f) => f.resource),
    ).toEqual(['rtb-09ba434c1bEXAMPLE']);
  });

  it('describe-network-acls: the * rules dropped, IPv6 entries imported as rules, default kept', () => {
    const r = readAws([corpus('awscli-example-describe-network-acls.json')]);
    const acls = r.design!.resources.filter((x): x is ResourceOfKind<'nacl'> => x.kind === 'nacl');
    expect(acls.length).toBeGreaterThan(0);
    for (const a of acls) for (const rule of a.rules) expect(rule.number).toBeLessThan(32767);
    const def = acls.find((a) => a.isDefault)!;
    expect(def.rules.map((x) => [x.direction, x.number, x.action, x.protocol])).toEqual(
      expect.arrayContaining([
        ['inbound', 100, 'allow', 'all'],
        ['outbound', 100, 'allow', 'all'],
      ]),
    );
    // The example's IPv6 entries (Ipv6CidrBlock) are rules of their own now, not set aside.
    expect(acls.flatMap((a) => a.rules).some((x) => x.cidr.includes(':'))).toBe(true);
    expect(r.report.problems.filter((p) => p.code === 'ipv6-kept-aside')).toEqual([]);
  });

  it('describe-vpc-endpoints: gateway endpoints are modelled; describe-transit-gateways: transit gateways', () => {
    const r = readAws([
      corpus('cloudmapper-demo-describe-vpc-endpoints.json'),
      corpus('awscli-example-describe-transit-gateways.json'),
    ]);
    const e = get(r, 'vpce-00000000000000001', 'gatewayEndpoint');
    expect(e.serviceName).toBe('com.amazonaws.us-east-1.s3');
    expect(r.report.kept.find((k) => k.call === 'ec2 describe-vpc-endpoints')?.count ?? 0).toBeLessThan(2);
    expect(r.report.externals.map((x) => x.awsType)).not.toContain('transit-gateway');
    expect(get(r, 'tgw-0262a0e521EXAMPLE', 'transitGateway').amazonSideAsn).toBe(64516);
  });

  it('the whole corpus at once: partial pastes whose ids do not meet still import and reopen', () => {
    const r = readAws(CORPUS.map(corpus));
    const d = reopens(r.design);
    expect(d.resources.length).toBe(r.design!.resources.length);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('AWS semantics, on the hand-written estate', () => {
  const r = readAws(estate());
  const design = reopens(r.design);

  it('reads every call of the estate, the Batfish wrappers included', () => {
    expect(r.report.files.every((f) => f.recognisedAs.length === 1)).toBe(true);
    expect(r.report.counts).toMatchObject({ vpc: 2, subnet: 6, instance: 3, loadBalancer: 1, rds: 1, peering: 1 });
    expect(get(r, 'region-us-west-2', 'region').code).toBe('us-west-2');
    expect(get(r, 'az-vpc-0a1-us-west-2a', 'az').name).toBe('us-west-2a (usw2-az1)');
  });

  it('the main route table serves the subnets without an explicit association', () => {
    const main = get(r, 'rtb-main', 'routeTable');
    expect(main.main).toBe(true);
    expect(main.subnetIds).toEqual([]);
    expect(get(r, 'rtb-public', 'routeTable').subnetIds).toEqual(['subnet-pub-a', 'subnet-pub-b']);
    // subnet-locked has no association: AWS uses the main table, and the validator says so (RT-005).
    expect(validate(design).some((f) => f.rule === 'RT-005' && f.resource === 'subnet-locked')).toBe(true);
  });

  it('a custom NACL with only the * rules denies everything', () => {
    expect(get(r, 'acl-locked', 'nacl').rules).toEqual([]);
    // AWS: a custom NACL denies all traffic until it has entries; app's subnet is behind acl-default.
    const a = analyzeReachability(design, { from: 'i-locked', to: 'i-app', protocol: 'tcp', port: 8080 });
    expect(a).toMatchObject({ reachable: false, blockedAt: 'acl-locked', code: 'SUBNET_ACL_RESTRICTION' });
  });

  it('the default security group admits only itself', () => {
    const def = get(r, 'sg-default', 'securityGroup');
    expect(def.isDefault).toBe(true);
    expect(def.ingress).toEqual([expect.objectContaining({ protocol: 'all', sourceSg: 'sg-default', cidr: null })]);
  });

  it('a group in a peered VPC that the input lacks becomes a stub in that VPC', () => {
    const peer = get(r, 'sg-peer', 'securityGroup');
    expect(peer).toMatchObject({ parent: 'vpc-0b2', ingress: [], egress: [] });
    expect(get(r, 'sg-app', 'securityGroup').ingress.map((x) => x.sourceSg)).toEqual(['sg-web', 'sg-peer']);
    expect(r.report.problems).toContainEqual(
      expect.objectContaining({ code: 'missing-reference', params: expect.objectContaining({ id: 'sg-peer' }) }),
    );
    expect(get(r, 'pcx-0ab', 'peering')).toMatchObject({ requesterVpcId: 'vpc-0a1', accepterVpcId: 'vpc-0b2' });
    expect(design.resources.some((x) => x.id === 'pcx-old')).toBe(false); // rejected: carries nothing
  });

  it('IpProtocol -1 is all, "6" is tcp, "50" (ESP) is kept as protocol 50 with every port', () => {
    expect(get(r, 'sg-app', 'securityGroup').ingress[0]!.protocol).toBe('tcp');
    const web = get(r, 'sg-web', 'securityGroup');
    // The first permission's Ipv6Ranges give a rule of their own (IPv6), after its IpRanges one.
    expect(web.ingress.map((x) => x.protocol)).toEqual(['tcp', 'tcp', 50]);
    expect(web.ingress[1]!.cidr).toContain(':');
    expect(web.ingress[2]).toMatchObject({ fromPort: 0, toPort: 65535 });
    expect(r.report.problems.map((p) => p.code)).not.toContain('protocol-not-analysable');
    expect(get(r, 'acl-shared', 'nacl').rules.map((x) => [x.number, x.protocol])).toEqual([
      [90, 'tcp'],
      [95, 50],
      [100, 'all'],
      [100, 'all'],
    ]);
  });

  it('a blackhole route stays, pointing at the deleted NAT gateway', () => {
    const app = get(r, 'rtb-app', 'routeTable');
    expect(app.routes.find((x) => x.destination === '192.168.0.0/16')?.target).toBe('nat-gone');
    expect(validate(design).some((f) => f.rule === 'RT-004' && f.resource === 'rtb-app')).toBe(true);
  });

  it('prefix lists in a security group rule and as a route destination', () => {
    expect(get(r, 'pl-0s3', 'prefixList')).toMatchObject({ entries: null, addressFamily: 'IPv4' });
    expect(get(r, 'sg-web', 'securityGroup').egress[1]).toMatchObject({ prefixListId: 'pl-0s3', cidr: null });
    const pub = get(r, 'rtb-public', 'routeTable');
    expect(pub.routes.find((x) => x.destination === 'pl-0s3')?.target).toBe('vpce-0s3');
    expect(get(r, 'vpce-0s3', 'gatewayEndpoint')).toMatchObject({ prefixListId: 'pl-0s3' });
  });

  it("an instance's primary ENI brings its groups to the instance; a second ENI and an ELB's are interfaces", () => {
    expect(get(r, 'i-app', 'instance').securityGroupIds).toEqual(['sg-app', 'sg-default']);
    expect(get(r, 'eni-app-2', 'networkInterface')).toMatchObject({
      ownerId: 'i-app',
      parent: 'subnet-app-a',
      privateIp: '10.1.10.21',
      securityGroupIds: ['sg-app'],
    });
    // An ELB's interface is its load balancer's node in that subnet; a Lambda's is kept as external.
    const lb = design.resources.find((x) => x.kind === 'loadBalancer')!;
    expect(get(r, 'eni-elb', 'networkInterface')).toMatchObject({ ownerId: lb.id, privateIp: '10.1.1.50' });
    expect(get(r, 'eni-lambda', 'external')).toMatchObject({ awsType: 'network-interface', parent: 'subnet-app-b' });
  });

  it('an Elastic IP on an instance and on the NAT gateway; a free one is reported', () => {
    expect(get(r, 'i-web', 'instance')).toMatchObject({ publicIp: 'elastic', elasticIp: '203.0.113.25' });
    expect(get(r, 'nat-0a1', 'nat')).toMatchObject({ connectivity: 'public', elasticIp: '198.51.100.10' });
    expect(codes(r)).toContain('eip-unassociated');
  });

  it('load balancer, database and what is kept as external', () => {
    expect(get(r, r.design!.resources.find((x) => x.kind === 'loadBalancer')!.id, 'loadBalancer')).toMatchObject({
      scheme: 'internet-facing',
      subnetIds: ['subnet-pub-a', 'subnet-pub-b'],
      securityGroupIds: ['sg-web'],
      listenerPorts: [443],
      lbType: 'application',
      listeners: [
        {
          protocol: 'HTTPS',
          port: 443,
          targetGroupId: 'arn:aws:elasticloadbalancing:us-west-2:111122223333:targetgroup/web-tg/73e2d6bc24d8a067',
        },
      ],
    });
    // The target group and its target (describe-target-health, Batfish's per-group wrapper).
    expect(
      get(r, 'arn:aws:elasticloadbalancing:us-west-2:111122223333:targetgroup/web-tg/73e2d6bc24d8a067', 'targetGroup'),
    ).toMatchObject({
      parent: 'vpc-0a1',
      protocol: 'HTTP',
      port: 8080,
      targetType: 'instance',
      targets: [{ instanceId: 'i-app', ip: null, port: null }],
    });
    expect(get(r, 'orders-db', 'rds')).toMatchObject({
      engine: 'aurora',
      port: 5432,
      parent: 'subnet-app-b',
      subnetIds: ['subnet-app-a', 'subnet-app-b'],
      securityGroupIds: ['sg-db'],
    });
    // The transit gateway itself is not described: the route to it keeps it external; what is
    // described (its attachment, its route table, the VPN gateway) is modelled.
    expect(get(r, 'tgw-0c3', 'external').vpcIds).toEqual(['vpc-0a1']);
    expect(get(r, 'tgw-attach-1', 'tgwAttachment')).toMatchObject({ parent: 'vpc-0a1', routeTableId: 'tgw-rtb-1' });
    expect(get(r, 'vgw-0d4', 'vpnGateway')).toMatchObject({ parent: 'vpc-0b2', name: 'office-vpn' });
    expect(get(r, 'tgw-rtb-1', 'tgwRouteTable').routes).toEqual([
      { id: 'tgw-rtb-1:1', destination: '172.16.0.0/12', target: 'blackhole' },
    ]);
    expect(r.report.kept.map((k) => k.call)).toEqual(
      expect.arrayContaining([
        'ec2 describe-vpn-gateways',
        'ec2 describe-transit-gateway-attachments',
        'elbv2 describe-target-health (Batfish)',
      ]),
    );
    expect(design.resources.some((x) => x.id === 'i-old')).toBe(false);
  });

  it('answers reachability as AWS would', () => {
    const ask = (from: string, to: string, port: number) =>
      analyzeReachability(design, { from, to, protocol: 'tcp', port });
    // web: EIP, public subnet (route to igw-0a1), sg-web admits 443 from 0.0.0.0/0, default NACL allows all.
    expect(ask('internet', 'i-web', 443).reachable).toBe(true);
    // ESP (protocol 50) from 192.0.2.0/24 is admitted by sg-web's protocol-50 rule, and only from there.
    const esp = (srcIp: string) =>
      analyzeReachability(design, { from: 'internet', to: 'i-web', protocol: 50, port: 0, srcIp });
    expect(esp('192.0.2.9').outcome).toBe('delivered');
    expect(esp('198.51.100.9')).toMatchObject({ outcome: 'blocked', code: 'ENI_SG_RULES_MISMATCH' });
    // app has no public address: the IGW cannot deliver to it.
    expect(ask('internet', 'i-app', 8080)).toMatchObject({
      reachable: false,
      code: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
    });
    // sg-app admits 8080 from members of sg-web (web is one); the route is local.
    expect(ask('i-web', 'i-app', 8080).reachable).toBe(true);
    // sg-db admits 5432 only from sg-app: web is refused at the database's group.
    expect(ask('i-web', 'orders-db', 5432)).toMatchObject({ reachable: false, blockedAt: 'sg-db' });
    expect(ask('i-app', 'orders-db', 5432).reachable).toBe(true);
  });
});

describe('what never goes wrong', () => {
  it('an entry without its id is reported, not a crash', () => {
    const r = readAws([{ path: 'x.json', text: '{"Vpcs": [{"CidrBlock": "10.0.0.0/16"}, 3, null]}' }]);
    expect(codes(r).filter((c) => c === 'bad-item')).toHaveLength(3);
    reopens(r.design);
  });

  it('an instance whose subnet is missing sits in a placeholder subnet of its VPC', () => {
    const json = JSON.parse(corpus('cloudmapper-demo-describe-instances.json').text);
    const r = readAws([{ path: 'i.json', text: JSON.stringify(json) }]);
    const i = get(r, 'i-00000000000000000', 'instance');
    const s = get(r, i.parent!, 'subnet');
    expect(s.name).toContain('not in the input');
    expect(r.report.problems.some((p) => p.code === 'missing-reference' && p.params.what === 'subnet')).toBe(true);
    reopens(r.design);
  });

  it('resources come parents first', () => {
    const r = readAws(estate());
    const seen = new Set<string>();
    for (const x of r.design!.resources as Resource[]) {
      if (x.parent) expect(seen.has(x.parent), x.id).toBe(true);
      seen.add(x.id);
    }
  });
});
