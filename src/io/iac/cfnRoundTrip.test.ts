import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import type { ReachQuery } from '../../validation/reachability/types.ts';
import { DesignBuilder, allOut, naclRule, sgRule } from '../../validation/testing/builder.ts';
import { readCfn } from '../cfn/index.ts';
import { parseDesignJson } from '../json/read.ts';
import { toCloudFormation } from './index.ts';
import { compareNetworks, deployValues } from './testing/roundTrip.ts';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const corpus = fileURLToPath(new URL('../cfn/fixtures/', import.meta.url));

function open(file: string): Design {
  const r = parseDesignJson(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(file);
  return r.design;
}

/** Export, read back as a deployer would (the parameters without a default given). */
function roundTrip(design: Design) {
  const out = toCloudFormation(design);
  const back = readCfn(out.text, { region: out.region, params: deployValues(out.parameters) });
  const errors = back.report.problems.filter((p) => p.severity !== 'info');
  return { out, back: back.design, errors };
}

describe('CloudFormation round trip', () => {
  for (const f of readdirSync(examples).filter((f) => f.endsWith('.json')))
    it(`examples/${f}: export then import gives the same network`, () => {
      const design = open(examples + f);
      const { out, back, errors } = roundTrip(design);
      expect(errors).toEqual([]);
      const { before, after } = compareNetworks(design, back!, out.notes);
      expect(after.findings).toEqual(before.findings);
      expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    });

  const CORPUS_PARAMS = { EnvironmentName: 'dev', KeyName: 'k', PeerName: 'p', PeerVPCID: 'vpc-0123456789abcdef0' };
  for (const f of readdirSync(corpus).filter((f) => /\.(ya?ml|json)$/.test(f)))
    it(`corpus ${f}: import, export, import gives the same network`, () => {
      const first = readCfn(readFileSync(corpus + f, 'utf8'), { params: CORPUS_PARAMS, region: 'eu-west-1' });
      if (!first.design) return; // refused with a reason: readCfn's tests cover it
      const { out, back, errors } = roundTrip(first.design);
      expect(errors.filter((e) => e.severity === 'error')).toEqual([]);
      const { before, after } = compareNetworks(first.design, back!, out.notes);
      expect(after.findings).toEqual(before.findings);
      expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    });
});

/**
 * Every kind of issue #14 in one design: a transit gateway with two attached VPCs and a blackhole
 * route, a site-to-site VPN with static routes, gateway and interface endpoints, a dual-stack VPC
 * with an egress-only gateway, a network load balancer forwarding to instance targets, and an
 * instance with two network interfaces.
 */
function everyKind() {
  const b = new DesignBuilder();
  const region = b.region('us-east-1');
  const tgw = b.resource('transitGateway', region, { name: 'hub' });
  const hubRtb = b.resource('tgwRouteTable', region, { name: 'hub-rtb', transitGatewayId: tgw });

  // The dual-stack app VPC.
  const app = b.vpc(region, '10.0.0.0/16', { name: 'app-vpc', ipv6CidrBlocks: ['2600:1f18:1:a00::/56'] });
  const azA = b.az(app, 'us-east-1a');
  const azB = b.az(app, 'us-east-1b');
  const appA = b.subnet(azA, '10.0.1.0/24', { name: 'app-a', ipv6Cidr: '2600:1f18:1:a00::/64' });
  const appB = b.subnet(azB, '10.0.2.0/24', { name: 'app-b', ipv6Cidr: '2600:1f18:1:a01::/64' });
  const mgmtA = b.subnet(azA, '10.0.3.0/24', { name: 'mgmt-a' });
  // What AWS creates with each VPC, drawn: the main route table and the default ACL (IPv6 rules too).
  const defaults = (vpc: string, v6: boolean) => {
    b.routeTable(vpc, { main: true });
    const all = (n: number, dir: 'inbound' | 'outbound', cidr: string) =>
      naclRule(n, dir, 'allow', 'all', [0, 65535], cidr);
    b.nacl(vpc, {
      isDefault: true,
      rules: [
        all(100, 'inbound', '0.0.0.0/0'),
        all(100, 'outbound', '0.0.0.0/0'),
        ...(v6 ? [all(101, 'inbound', '::/0'), all(101, 'outbound', '::/0')] : []),
      ],
    });
  };
  defaults(app, true);
  const igw = b.igw(app);
  const eigw = b.resource('egressOnlyIgw', app, { name: 'eigw' });
  const vgw = b.resource('vpnGateway', app, { name: 'vgw', amazonSideAsn: 64512, propagationRouteTableIds: [] });
  const s3List = b.resource('prefixList', region, {
    id: 'pl-63a5400a',
    name: 'com.amazonaws.us-east-1.s3',
    addressFamily: 'IPv4',
    entries: null,
  });
  const s3 = b.resource('gatewayEndpoint', app, {
    name: 's3',
    serviceName: 'com.amazonaws.us-east-1.s3',
    prefixListId: s3List,
    routeTableIds: [],
  });
  const appRtb = b.routeTable(app, {
    routes: [
      ['0.0.0.0/0', igw],
      ['::/0', eigw],
      ['10.1.0.0/16', tgw],
      ['192.168.0.0/16', vgw],
    ],
    subnets: [appA, appB],
  });
  // S3's list has entries only AWS knows: where it is routed, a destination may be in it (unknown).
  const mgmtRtb = b.routeTable(app, { routes: [[s3List, s3]], subnets: [mgmtA] });
  b.patch(mgmtRtb, { name: 'mgmt-rtb' });
  b.patch(s3, { routeTableIds: [mgmtRtb] });
  b.patch(vgw, { propagationRouteTableIds: [appRtb] });
  const webSg = b.sg(app, {
    ingress: [
      sgRule('tcp', 80, '0.0.0.0/0'),
      sgRule('tcp', 443, '10.0.0.0/8'),
      sgRule('tcp', 22, '192.168.0.0/16'),
      sgRule('tcp', 443, '::/0'),
    ],
    egress: [allOut(), sgRule('all', [0, 65535], '::/0')],
  });
  b.patch(webSg, { name: 'web-sg' });
  const mgmtSg = b.sg(app, { ingress: [sgRule('tcp', 22, '10.0.0.0/16')] });
  b.patch(mgmtSg, { name: 'mgmt-sg' });
  const endpointSg = b.sg(app, { ingress: [sgRule('tcp', 443, '10.0.0.0/16')] });
  b.patch(endpointSg, { name: 'endpoint-sg' });
  const web1 = b.instance(appA, {
    name: 'web-1',
    privateIp: '10.0.1.10',
    securityGroupIds: [webSg],
    ipv6Addresses: ['2600:1f18:1:a00::10'],
  });
  const web2 = b.instance(appB, { name: 'web-2', privateIp: '10.0.2.10', securityGroupIds: [webSg] });
  b.resource('networkInterface', mgmtA, {
    name: 'web-1-mgmt',
    ownerId: web1,
    privateIp: '10.0.3.10',
    elasticIp: null,
    securityGroupIds: [mgmtSg],
  });
  const tg = b.resource('targetGroup', app, {
    name: 'web-tg',
    protocol: 'TCP',
    port: 80,
    targetType: 'instance',
    targets: [
      { id: 'tgt-1', instanceId: web1, ip: null, port: null },
      { id: 'tgt-2', instanceId: web2, ip: null, port: null },
    ],
  });
  b.lb(appA, {
    name: 'web-nlb',
    scheme: 'internet-facing',
    lbType: 'network',
    subnetIds: [appA, appB],
    securityGroupIds: [],
    listenerPorts: [80],
    listeners: [{ id: 'lsn-1', protocol: 'TCP', port: 80, targetGroupId: tg }],
    crossZone: false,
  });
  b.resource('interfaceEndpoint', appA, {
    name: 'ssm',
    serviceName: 'com.amazonaws.us-east-1.ssm',
    subnetIds: [appA, appB],
    securityGroupIds: [endpointSg],
    privateDns: true,
    privateIp: null,
  });
  const appAtt = b.resource('tgwAttachment', app, {
    name: 'app-att',
    transitGatewayId: tgw,
    subnetIds: [appA, appB],
    routeTableId: hubRtb,
    applianceMode: false,
  });
  const cgw = b.resource('customerGateway', null, { name: 'office', ipAddress: '198.51.100.200', bgpAsn: 65000 });
  b.resource('vpnConnection', region, {
    name: 'office-vpn',
    customerGatewayId: cgw,
    vpnGatewayId: vgw,
    transitGatewayId: null,
    tgwRouteTableId: null,
    staticRoutesOnly: true,
    onPremCidrs: ['192.168.0.0/16'],
  });

  // The data VPC, on the other side of the transit gateway.
  const data = b.vpc(region, '10.1.0.0/16', { name: 'data-vpc' });
  defaults(data, false);
  const dAz = b.az(data, 'us-east-1a');
  const dataA = b.subnet(dAz, '10.1.1.0/24', { name: 'data-a' });
  const dark = b.subnet(dAz, '10.1.9.0/24', { name: 'dark-a' });
  b.routeTable(data, { routes: [['10.0.0.0/8', tgw]], subnets: [dataA, dark] });
  const dbSg = b.sg(data, { ingress: [sgRule('tcp', [443, 5432], '10.0.0.0/8')] });
  b.patch(dbSg, { name: 'db-sg' });
  const dbHost = b.instance(dataA, { name: 'db-host', privateIp: '10.1.1.10', securityGroupIds: [dbSg] });
  const darkHost = b.instance(dark, { name: 'dark-host', privateIp: '10.1.9.10', securityGroupIds: [dbSg] });
  const dataAtt = b.resource('tgwAttachment', data, {
    name: 'data-att',
    transitGatewayId: tgw,
    subnetIds: [dataA],
    routeTableId: hubRtb,
    applianceMode: false,
  });
  b.patch(hubRtb, {
    propagationIds: [appAtt, dataAtt],
    routes: [{ id: 'tr-1', destination: '10.1.9.0/24', target: 'blackhole' }],
  });
  return { design: b.build(), web1, web2, dbHost, darkHost };
}

describe('CloudFormation round trip of every kind of issue #14', () => {
  const { design, web1, dbHost, darkHost } = everyKind();
  const { out, back, errors } = roundTrip(design);
  const byName = (d: Design, name: string) => d.resources.find((r) => r.name === name)!.id;

  it('writes each kind as its CloudFormation type, by reference, and reads each back as its kind', () => {
    expect(errors).toEqual([]);
    for (const type of [
      'TransitGateway',
      'TransitGatewayRouteTable',
      'TransitGatewayVpcAttachment',
      'TransitGatewayRouteTableAssociation',
      'TransitGatewayRouteTablePropagation',
      'TransitGatewayRoute',
      'VPNGateway',
      'VPNGatewayRoutePropagation',
      'CustomerGateway',
      'VPNConnection',
      'VPNConnectionRoute',
      'EgressOnlyInternetGateway',
      'VPCEndpoint',
      'VPCCidrBlock',
      'NetworkInterface',
      'NetworkInterfaceAttachment',
    ])
      expect(out.text, type).toContain(`Type: AWS::EC2::${type}\n`);
    expect(out.text).toContain('Type: AWS::ElasticLoadBalancingV2::TargetGroup\n');
    expect(out.text).toMatch(/Type: forward\n\s+TargetGroupArn: !Ref WebTargetGroup/);
    expect(out.text).not.toMatch(/tgw-|vpce-|vgw-|eigw-|cgw-|eni-/); // references, not ids
    expect(out.text).toBe(toCloudFormation(design).text); // deterministic
    const kinds = (d: Design) => [...new Set(d.resources.map((r) => r.kind))].sort();
    expect(kinds(back!).filter((k) => k !== 'external')).toEqual(kinds(design));
    expect(back!.resources.filter((r) => r.kind === 'external')).toEqual([]);
  });

  it('gives the same findings and the same answers, the #14 paths included', () => {
    const { before, after } = compareNetworks(design, back!, out.notes);
    expect(after.findings).toEqual(before.findings);
    expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    const questions: [string, string, Partial<ReachQuery>][] = [
      ['web-1', 'db-host', { port: 443 }], // through the transit gateway
      ['web-1', 'dark-host', { port: 443 }], // the blackhole route
      ['web-1', '192.168.1.1', { port: 22 }], // out through the VPN
      ['web-1', 'internet', { port: 443, ipVersion: 6 }], // out through the egress-only gateway
      ['internet', 'web-1', { port: 443, ipVersion: 6 }], // not in through it
      ['internet', 'web-nlb', { port: 80 }], // the NLB forwards to its instance targets
      ['web-2', 'ssm', { port: 443 }], // the interface endpoint
      ['web-1-mgmt', 'web-2', { port: 443 }], // from the second interface
    ];
    const ask = (d: Design, [from, to, q]: (typeof questions)[number]) => {
      const id = (n: string) => (n.includes('.') || n === 'internet' ? n : byName(d, n));
      const a = analyzeReachability(d, { from: id(from), to: id(to), protocol: 'tcp', port: 0, ...q });
      return `${a.outcome} ${a.code ?? ''}`.trim();
    };
    const answers = questions.map((q) => ask(design, q));
    expect(questions.map((q) => ask(back!, q))).toEqual(answers);
    // The design says what it should: each path does what it was built for (the test is not vacuous).
    expect(answers.slice(0, 6).map((a) => a.split(' ')[0])).toEqual([
      'delivered',
      'blocked',
      'exits',
      'exits',
      'blocked',
      'delivered',
    ]);
    expect([web1, dbHost, darkHost].every((id) => design.resources.some((r) => r.id === id))).toBe(true);
  });
});
