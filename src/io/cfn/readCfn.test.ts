/**
 * readCfn: parameters, conditions, each resource type, what CloudFormation creates unasked, what
 * stays unknown, and the public templates of the corpus (fixtures/, see fixtures/README.md), each
 * with concrete facts about the network it makes and what the validator and the path engine then
 * say about it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design, ResourceKind, ResourceOfKind } from '../../model/types.ts';
import { parseDesignJson } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { validate } from '../../validation/index.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { looksLikeCfn, readCfn, templateParameters, type CfnImportResult, type ReadCfnOptions } from './index.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => readFileSync(dir + name, 'utf8');
const CORPUS = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));

function get<K extends ResourceKind>(r: CfnImportResult, id: string, kind: K): ResourceOfKind<K> {
  const found = r.design?.resources.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as ResourceOfKind<K>;
}
const ofKind = <K extends ResourceKind>(r: CfnImportResult, kind: K) =>
  (r.design?.resources ?? []).filter((x) => x.kind === kind) as ResourceOfKind<K>[];
const codes = (r: CfnImportResult) => r.report.problems.map((p) => p.code);
/** The design survives a save and an open (the app's reader). */
function reopens(design: Design | null): Design {
  expect(design).not.toBeNull();
  const back = parseDesignJson(serializeDesign(design!));
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  expect(back.warnings).toEqual([]);
  return back.design;
}
const read = (text: string, o: ReadCfnOptions = {}) => readCfn(text, { region: 'eu-west-1', ...o });

/** A network using every modelled type, written as people write templates (short forms, mixed). */
const NETWORK = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: dev, AllowedValues: [dev, prod] }
  Cidr: { Type: String, Default: 10.0.0.0/16 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref Cidr
      Tags: [{ Key: Name, Value: !Sub '\${Env}-vpc' }]
  Extra:
    Type: AWS::EC2::VPCCidrBlock
    Properties: { VpcId: !Ref Vpc, CidrBlock: 100.64.0.0/16 }
  PublicA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
      AvailabilityZone: !Select [0, !GetAZs '']
      MapPublicIpOnLaunch: true
  AppB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
      AvailabilityZone: !Select [1, !GetAZs '']
  DbA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1a }
  DbB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.3.0/24, AvailabilityZone: eu-west-1b }
  Igw: { Type: AWS::EC2::InternetGateway }
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
  NatIp: { Type: AWS::EC2::EIP, Properties: { Domain: vpc } }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref PublicA, AllocationId: !GetAtt NatIp.AllocationId }
  PublicRt:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  DefaultRoute:
    Type: AWS::EC2::Route
    DependsOn: Attach
    Properties: { RouteTableId: !Ref PublicRt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
  PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref PublicA, RouteTableId: !Ref PublicRt }
  AppRt:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  AppRoute:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref AppRt, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }
  AppAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref AppB, RouteTableId: !Ref AppRt }
  PublicAcl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: !Ref Vpc }
  AclIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref PublicAcl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 } }
  AclEphemeral:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref PublicAcl, RuleNumber: 110, Protocol: '6', RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 1024, To: 65535 } }
  AclDenyIcmp:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref PublicAcl, RuleNumber: 90, Protocol: 1, RuleAction: deny, CidrBlock: 0.0.0.0/0, Icmp: { Type: -1, Code: -1 } }
  AclOut:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref PublicAcl, RuleNumber: 100, Protocol: -1, Egress: 'true', RuleAction: allow, CidrBlock: 0.0.0.0/0 }
  AclAssoc:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: { SubnetId: !Ref PublicA, NetworkAclId: !Ref PublicAcl }
  LbSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: load balancer
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
  AppSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: !Ref Vpc
      SecurityGroupEgress: [{ IpProtocol: tcp, FromPort: 5432, ToPort: 5432, DestinationSecurityGroupId: !Ref DbSg }]
  AppFromLb:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !GetAtt AppSg.GroupId, IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !Ref LbSg }
  DbSg:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: db, VpcId: !Ref Vpc }
  DbFromApp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref DbSg, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: !Ref AppSg }
  DbEgressNone:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !Ref DbSg, IpProtocol: icmp, FromPort: 8, ToPort: -1, CidrIp: 10.0.0.0/16 }
  App:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.small
      SubnetId: !Ref AppB
      SecurityGroupIds: [!Ref AppSg]
      PrivateIpAddress: 10.0.1.10
  Bastion:
    Type: AWS::EC2::Instance
    Condition: IsProd
    Properties: { SubnetId: !Ref PublicA }
  Web:
    Type: AWS::EC2::Instance
    Properties: { SubnetId: !Ref PublicA, InstanceType: !If [IsProd, m5.large, t3.micro] }
  WebIp: { Type: AWS::EC2::EIP, Properties: { InstanceId: !Ref Web } }
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [!Ref PublicA, !Ref AppB], SecurityGroups: [!Ref LbSg], Scheme: internet-facing }
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: { LoadBalancerArn: !Ref Lb, Port: 443, Protocol: HTTPS }
  DbSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref DbA, !Ref DbB] }
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBSubnetGroupName: !Ref DbSubnets
      VPCSecurityGroups: [!GetAtt DbSg.GroupId]
      AvailabilityZone: eu-west-1b
  Peer:
    Type: AWS::EC2::VPCPeeringConnection
    Properties: { VpcId: !Ref Vpc, PeerVpcId: vpc-0abc, PeerRegion: us-west-2 }
  Role: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {} } }
`;

describe('parameters', () => {
  const T = `
Parameters:
  VpcCidr: { Type: String }
  Zones: { Type: 'List<AWS::EC2::AvailabilityZone::Name>' }
  Size: { Type: String, Default: small, AllowedValues: [small, large] }
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: !Ref VpcCidr } }
  S: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.9.0.0/24, AvailabilityZone: !Select [1, !Ref Zones] } }
`;
  it('refuses a template whose parameters have no default and no value, naming each', () => {
    const r = read(T);
    expect(r.design).toBeNull();
    const missing = r.report.problems.filter((p) => p.code === 'missing-parameter');
    expect(missing.map((p) => p.params.name)).toEqual(['VpcCidr', 'Zones']);
    expect(missing[0]!.severity).toBe('error');
    expect(missing[0]!.message).toContain('--param VpcCidr=');
    expect(r.report.parameters.map((p) => [p.name, p.source])).toEqual([
      ['VpcCidr', 'missing'],
      ['Zones', 'missing'],
      ['Size', 'default'],
    ]);
  });
  it('uses the values given, lists split at commas', () => {
    const r = read(T, { params: { VpcCidr: '10.9.0.0/16', Zones: 'eu-west-1c, eu-west-1a' } });
    expect(get(r, 'vpc-Vpc', 'vpc').cidrBlocks).toEqual(['10.9.0.0/16']);
    expect(get(r, 'subnet-S', 'subnet').parent).toBe('az-vpc-Vpc-eu-west-1a');
    expect(r.report.parameters[0]).toEqual({ name: 'VpcCidr', value: '10.9.0.0/16', source: 'given' });
  });
  it('refuses a value outside AllowedValues; warns about a value for no parameter', () => {
    const r = read(T, { params: { VpcCidr: '10.9.0.0/16', Zones: 'a,b', Size: 'huge' } });
    expect(r.design).toBeNull();
    expect(r.report.problems.find((p) => p.code === 'parameter-not-allowed')?.params).toMatchObject({
      name: 'Size',
      value: 'huge',
    });
    const ok = read(T, { params: { VpcCidr: '10.9.0.0/16', Zones: 'a,b', Typo: 'x' } });
    expect(codes(ok)).toContain('unknown-parameter');
  });
  it('lists what a template asks for (for a form)', () => {
    const parsed = templateParameters({
      Parameters: { A: { Type: 'Number', Default: 3, Description: 'd', AllowedValues: [1, 3] }, B: { NoEcho: true } },
    });
    expect(parsed).toEqual([
      { name: 'A', type: 'Number', description: 'd', default: '3', allowedValues: ['1', '3'], noEcho: false },
      { name: 'B', type: 'String', description: '', default: null, allowedValues: null, noEcho: true },
    ]);
  });
});

describe('conditions', () => {
  it('leaves out resources whose condition is false, and the parameters select them', () => {
    expect(read(NETWORK).design!.resources.some((x) => x.id === 'i-Bastion')).toBe(false);
    const prod = read(NETWORK, { params: { Env: 'prod' } });
    expect(get(prod, 'i-Bastion', 'instance').parent).toBe('subnet-PublicA');
    expect(get(prod, 'i-Web', 'instance').instanceType).toBe('m5.large');
    expect(get(prod, 'vpc-Vpc', 'vpc').name).toBe('prod-vpc');
  });
  it('refuses when a condition depends on what only a deployment knows', () => {
    const r = read(`
Parameters: { Ami: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /x } }
Conditions: { C: !Equals [!Ref Ami, y] }
Resources: { V: { Type: AWS::EC2::VPC, Condition: C, Properties: { CidrBlock: 10.0.0.0/16 } } }
`);
    expect(r.design).toBeNull();
    expect(codes(r)).toContain('condition-unknown');
  });
});

describe('the network resources', () => {
  const r = read(NETWORK);
  it('imports with no warning but the peer VPC outside the template, and the design reopens', () => {
    expect(r.report.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.params.id])).toEqual([
      ['missing-reference', 'vpc-0abc'],
    ]);
    reopens(r.design);
  });
  it('VPC with its secondary block, named from its Name tag; subnets in their zones with computed blocks', () => {
    expect(get(r, 'vpc-Vpc', 'vpc')).toMatchObject({ name: 'dev-vpc', cidrBlocks: ['10.0.0.0/16', '100.64.0.0/16'] });
    expect(get(r, 'subnet-PublicA', 'subnet')).toMatchObject({
      cidr: '10.0.0.0/24',
      mapPublicIpOnLaunch: true,
      parent: 'az-vpc-Vpc-eu-west-1a',
      name: 'PublicA',
    });
    expect(get(r, 'subnet-AppB', 'subnet')).toMatchObject({ cidr: '10.0.1.0/24', parent: 'az-vpc-Vpc-eu-west-1b' });
    expect(get(r, 'az-vpc-Vpc-eu-west-1b', 'az').zone).toBe('eu-west-1b');
    expect(get(r, 'region-eu-west-1', 'region').code).toBe('eu-west-1');
  });
  it('what CloudFormation creates unasked: main route table, default ACL and default group', () => {
    expect(get(r, 'rtb-vpc-Vpc-main', 'routeTable')).toMatchObject({
      main: true,
      subnetIds: [],
      routes: [
        { destination: '10.0.0.0/16', target: 'local' },
        { destination: '100.64.0.0/16', target: 'local' },
      ],
    });
    const acl = get(r, 'acl-vpc-Vpc-default', 'nacl');
    expect(acl.isDefault).toBe(true);
    expect(acl.rules.map((x) => [x.direction, x.action, x.protocol, x.cidr])).toEqual([
      ['inbound', 'allow', 'all', '0.0.0.0/0'],
      ['outbound', 'allow', 'all', '0.0.0.0/0'],
    ]);
    // Every subnet no other ACL claims.
    expect(acl.subnetIds).toEqual(['subnet-AppB', 'subnet-DbA', 'subnet-DbB']);
    const sg = get(r, 'sg-vpc-Vpc-default', 'securityGroup');
    expect(sg.isDefault).toBe(true);
    expect(sg.ingress).toMatchObject([{ protocol: 'all', sourceSg: 'sg-vpc-Vpc-default' }]);
    expect(sg.egress).toMatchObject([{ protocol: 'all', cidr: '0.0.0.0/0' }]);
  });
  it('gateways, routes and associations', () => {
    expect(get(r, 'igw-Igw', 'igw').parent).toBe('vpc-Vpc');
    expect(get(r, 'nat-Nat', 'nat')).toMatchObject({
      parent: 'subnet-PublicA',
      connectivity: 'public',
      elasticIp: '203.0.113.10',
    });
    expect(get(r, 'rtb-PublicRt', 'routeTable')).toMatchObject({ main: false, subnetIds: ['subnet-PublicA'] });
    expect(get(r, 'rtb-PublicRt', 'routeTable').routes.at(-1)).toMatchObject({
      destination: '0.0.0.0/0',
      target: 'igw-Igw',
    });
    expect(get(r, 'rtb-AppRt', 'routeTable').routes.at(-1)).toMatchObject({
      destination: '0.0.0.0/0',
      target: 'nat-Nat',
    });
    expect(codes(r)).toContain('eip-stand-in');
  });
  it('network ACL entries with protocols by number, ICMP and egress', () => {
    const acl = get(r, 'acl-PublicAcl', 'nacl');
    expect(acl.subnetIds).toEqual(['subnet-PublicA']);
    expect(acl.rules.map((x) => [x.number, x.direction, x.action, x.protocol, x.fromPort, x.toPort])).toEqual([
      [100, 'inbound', 'allow', 'tcp', 443, 443],
      [110, 'inbound', 'allow', 'tcp', 1024, 65535],
      [90, 'inbound', 'deny', 'icmp', 0, 255],
      [100, 'outbound', 'allow', 'all', 0, 65535],
    ]);
  });
  it("security groups: inline rules, separate rule resources, and EC2's default egress only when SecurityGroupEgress is absent", () => {
    const lb = get(r, 'sg-LbSg', 'securityGroup');
    expect(lb.ingress).toMatchObject([{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }]);
    expect(lb.egress).toMatchObject([{ protocol: 'all', cidr: '0.0.0.0/0' }]);
    const app = get(r, 'sg-AppSg', 'securityGroup');
    expect(app.egress).toMatchObject([{ protocol: 'tcp', fromPort: 5432, sourceSg: 'sg-DbSg', cidr: null }]);
    expect(app.ingress).toMatchObject([{ protocol: 'tcp', fromPort: 8080, sourceSg: 'sg-LbSg' }]);
    const db = get(r, 'sg-DbSg', 'securityGroup');
    expect(db.ingress).toMatchObject([{ fromPort: 5432, sourceSg: 'sg-AppSg' }]);
    // A SecurityGroupEgress resource adds to the default rule (only the inline property replaces it).
    expect(db.egress).toMatchObject([
      { protocol: 'all', cidr: '0.0.0.0/0' },
      { protocol: 'icmp', fromPort: 8, toPort: 8, cidr: '10.0.0.0/16' },
    ]);
    expect(db.description).toBe('db');
  });
  it("an egress rule for all traffic to 127.0.0.1/32 only removes EC2's default egress (AWS's documented way)", () => {
    const t = `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Closed:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: closed
      VpcId: !Ref Vpc
      SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: 127.0.0.1/32 }]
  Https:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !Ref Closed, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  Loopback22:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh to the loopback is a rule
      VpcId: !Ref Vpc
      SecurityGroupEgress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 127.0.0.1/32 }]
`;
    const out = read(t);
    expect(get(out, 'sg-Closed', 'securityGroup').egress).toMatchObject([
      { protocol: 'tcp', fromPort: 443, cidr: '0.0.0.0/0' },
    ]);
    expect(get(out, 'sg-Loopback22', 'securityGroup').egress).toMatchObject([
      { protocol: 'tcp', cidr: '127.0.0.1/32' },
    ]);
  });
  it('instances, Elastic IPs, a load balancer with its listener, a database in its subnet group, a peering', () => {
    expect(get(r, 'i-App', 'instance')).toMatchObject({
      parent: 'subnet-AppB',
      instanceType: 't3.small',
      privateIp: '10.0.1.10',
      publicIp: 'none',
      securityGroupIds: ['sg-AppSg'],
    });
    expect(get(r, 'i-Web', 'instance')).toMatchObject({
      publicIp: 'elastic',
      elasticIp: '203.0.113.11',
      securityGroupIds: ['sg-vpc-Vpc-default'],
    });
    expect(get(r, 'alb-Lb', 'loadBalancer')).toMatchObject({
      parent: 'subnet-PublicA',
      subnetIds: ['subnet-PublicA', 'subnet-AppB'],
      securityGroupIds: ['sg-LbSg'],
      listenerPorts: [443],
      scheme: 'internet-facing',
    });
    expect(get(r, 'db-Db', 'rds')).toMatchObject({
      parent: 'subnet-DbB',
      engine: 'postgres',
      port: 5432,
      subnetIds: ['subnet-DbA', 'subnet-DbB'],
      securityGroupIds: ['sg-DbSg'],
    });
    const peer = get(r, 'pcx-Peer', 'peering');
    expect(peer).toMatchObject({ requesterVpcId: 'vpc-Vpc', accepterVpcId: 'vpc-0abc' });
    // The peer VPC is outside the template, in the region the template names.
    expect(get(r, 'vpc-0abc', 'vpc').parent).toBe('region-us-west-2');
    expect(r.report.leftOut).toEqual([{ type: 'AWS::IAM::Role', count: 1 }]);
  });
  it('the path engine answers on it: internet → load balancer on 443 is delivered, the database is not reachable', () => {
    const d = reopens(r.design);
    expect(analyzeReachability(d, { from: 'internet', to: 'alb-Lb', protocol: 'tcp', port: 443 }).outcome).toBe(
      'delivered',
    );
    expect(analyzeReachability(d, { from: 'internet', to: 'db-Db', protocol: 'tcp', port: 5432 }).outcome).toBe(
      'blocked',
    );
    expect(analyzeReachability(d, { from: 'i-App', to: 'db-Db', protocol: 'tcp', port: 5432 }).outcome).toBe(
      'delivered',
    );
  });
});

describe('more resource details', () => {
  const r = read(`
Resources:
  V: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Pub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref V, CidrBlock: 10.0.0.0/24, AvailabilityZone: eu-west-1a, MapPublicIpOnLaunch: 'true' } }
  Auto: { Type: AWS::EC2::Instance, Properties: { SubnetId: !Ref Pub } }
  NoIp:
    Type: AWS::EC2::Instance
    Properties:
      NetworkInterfaces: [{ DeviceIndex: '0', SubnetId: !Ref Pub, AssociatePublicIpAddress: false, GroupSet: [!GetAtt V.DefaultSecurityGroup] }]
  Ip: { Type: AWS::EC2::EIP }
  Assoc: { Type: AWS::EC2::EIPAssociation, Properties: { InstanceId: !Ref NoIp, AllocationId: !GetAtt Ip.AllocationId } }
  Acl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: !Ref V } }
  Bad: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 40000, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0 } }
  Zoneless: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref V, CidrBlock: !Sub '\${V.CidrBlock}' } }
`);
  it('an instance in a subnet that maps public IPs gets one, unless its interface says no; an EIPAssociation gives an Elastic IP', () => {
    expect(get(r, 'i-Auto', 'instance').publicIp).toBe('auto');
    expect(get(r, 'i-NoIp', 'instance')).toMatchObject({
      publicIp: 'elastic',
      elasticIp: '203.0.113.10',
      securityGroupIds: ['sg-vpc-V-default'],
    });
  });
  it('keeps a rule number AWS refuses, for the validator to report (NACL-001)', () => {
    expect(get(r, 'acl-Acl', 'nacl').rules.map((x) => x.number)).toEqual([40000]);
    expect(validate(reopens(r.design)).map((f) => f.rule)).toContain('NACL-001');
  });
  it("a subnet without a zone is drawn in the region's first and the report says AWS picks it", () => {
    expect(get(r, 'subnet-Zoneless', 'subnet')).toMatchObject({ parent: 'az-vpc-V-eu-west-1a', cidr: '10.0.0.0/16' });
    expect(r.report.problems.find((p) => p.code === 'zone-chosen-by-aws')?.params).toEqual({
      id: 'Zoneless',
      zone: 'eu-west-1a',
    });
  });
});

describe('what cannot be known, and what is not modelled', () => {
  it('an imported VPC id is a placeholder named for the export; an imported CIDR stays empty and is reported', () => {
    const r = read(`
Resources:
  S:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !ImportValue net-VpcId
      CidrBlock: { 'Fn::ImportValue': net-SubnetCidr }
      AvailabilityZone: eu-west-1a
`);
    const s = get(r, 'subnet-S', 'subnet');
    expect(s.cidr).toBe('');
    expect(get(r, 'vpc-import-net-VpcId', 'vpc')).toMatchObject({
      name: 'net-VpcId (from another stack)',
      cidrBlocks: [],
    });
    const unknown = r.report.problems.filter((p) => p.code === 'unknown-value');
    expect(unknown.map((p) => p.params.property)).toEqual(['VpcId', 'CidrBlock']);
    expect(unknown[1]!.message).toContain('net-SubnetCidr');
    reopens(r.design);
  });
  it('endpoints, transit gateways and VPN gateways are modelled; nested stacks and unknown EC2 types are external; a gateway endpoint adds its route', () => {
    const r = read(`
Transform: AWS::Serverless-2016-10-31
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: !Sub 'com.amazonaws.\${AWS::Region}.s3', RouteTableIds: [!Ref Rt] }
  Tgw: { Type: AWS::EC2::TransitGateway }
  TgwAttach: { Type: AWS::EC2::TransitGatewayVpcAttachment, Properties: { VpcId: !Ref Vpc, TransitGatewayId: !Ref Tgw, SubnetIds: [] } }
  ToTgw: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Rt, DestinationCidrBlock: 10.100.0.0/16, TransitGatewayId: !Ref Tgw } }
  Vgw: { Type: AWS::EC2::VPNGateway, Properties: { Type: ipsec.1 } }
  VgwAttach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, VpnGatewayId: !Ref Vgw } }
  Child: { Type: AWS::CloudFormation::Stack, Properties: { TemplateURL: https://example.com/t.yaml } }
  Odd: { Type: AWS::EC2::SomethingNew }
  Fn: { Type: AWS::Serverless::Function }
`);
    const types = Object.fromEntries(r.report.externals.map((e) => [e.id, e.awsType]));
    expect(types).toEqual({
      'res-Child': 'nested-stack',
      'res-Odd': 'AWS::EC2::SomethingNew',
    });
    expect(get(r, 'vgw-Vgw', 'vpnGateway').parent).toBe('vpc-Vpc');
    expect(get(r, 'vpce-S3', 'gatewayEndpoint')).toMatchObject({
      serviceName: 'com.amazonaws.eu-west-1.s3',
      routeTableIds: ['rtb-Rt'],
      prefixListId: 'pl-comamazonawseuwest1s3',
    });
    expect(get(r, 'tgw-attach-TgwAttach', 'tgwAttachment')).toMatchObject({
      transitGatewayId: 'tgw-Tgw',
      routeTableId: 'tgw-rtb-Tgw-default',
    });
    const routes = get(r, 'rtb-Rt', 'routeTable').routes;
    expect(routes).toContainEqual(
      expect.objectContaining({ destination: 'pl-comamazonawseuwest1s3', target: 'vpce-S3' }),
    );
    expect(routes).toContainEqual(expect.objectContaining({ destination: '10.100.0.0/16', target: 'tgw-Tgw' }));
    expect(get(r, 'pl-comamazonawseuwest1s3', 'prefixList').entries).toBeNull();
    expect(codes(r)).toEqual(expect.arrayContaining(['transform', 'nested-stack', 'unknown-type']));
    expect(r.report.leftOut).toEqual([{ type: 'AWS::Serverless::Function', count: 1 }]);
    reopens(r.design);
  });
  it('says which region, account and zones it assumed', () => {
    const r = readCfn(
      'Resources:\n  V: { Type: AWS::EC2::VPC, Properties: { CidrBlock: !Sub "10.0.0.0/16", Tags: [{Key: Name, Value: !Ref AWS::AccountId}] } }\n  S: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref V, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs ""] } }\n',
    );
    expect(codes(r)).toEqual(expect.arrayContaining(['region-assumed', 'account-assumed', 'azs-assumed']));
    expect(get(r, 'subnet-S', 'subnet').parent).toBe('az-vpc-V-us-east-1a');
    expect(get(r, 'vpc-V', 'vpc').name).toBe('123456789012');
  });
});

describe('refusals', () => {
  it('gives a syntax error its line and column', () => {
    const r = readCfn('Resources:\n  A: { Type: AWS::EC2::VPC\n  B: 1\n', { file: 'bad.yaml' });
    expect(r.design).toBeNull();
    const p = r.report.problems[0]!;
    expect(p).toMatchObject({ severity: 'error', code: 'syntax-error', file: 'bad.yaml' });
    expect(p.line).toBeGreaterThan(1);
    expect(p.message).toContain(`line ${p.line}`);
  });
  it('refuses an empty text, other JSON and a VPC Town design', () => {
    expect(codes(readCfn('  '))).toEqual(['empty-input']);
    expect(codes(readCfn('{"a": 1}'))).toEqual(['not-a-template']);
    expect(codes(readCfn('{"format":"vpc-town","version":1,"resources":[]}'))).toEqual(['is-design']);
  });
  it('tells a template from a design and describe output', () => {
    for (const f of CORPUS) expect(looksLikeCfn(fixture(f)), f).toBe(true);
    expect(looksLikeCfn('Resources:\n  V:\n    Type: AWS::EC2::VPC\n')).toBe(true);
    expect(looksLikeCfn('{"format":"vpc-town","version":1,"resources":[]}')).toBe(false);
    expect(looksLikeCfn('{"Vpcs": [{"VpcId": "vpc-1"}]}')).toBe(false);
  });
});

/** Parameter values for the corpus templates that need some. */
const PARAMS: Record<string, Record<string, string>> = {
  'awslabs-eks-vpc-3az.yaml': { EKSClusterVersion: '1.29' },
  'awslabs-endpoints-no-igw.yaml': { EnvironmentName: 'dev' },
  'awslabs-vpc-peering-requester.yaml': {
    PeerName: 'partner',
    PeerOwnerId: '111122223333',
    PeerRoleARN: 'arn:aws:iam::111122223333:role/peer',
    PeerVPCID: 'vpc-0123456789abcdef0',
    VPCID: 'vpc-0aaaabbbbccccdddd',
  },
  'awslabs-vpc-single-subnet.json': { KeyName: 'ops' },
  'widdix-vpc-nat-gateway.yaml': { ParentVPCStack: 'net' },
};

describe('the corpus', () => {
  it.each(CORPUS)('%s imports with its parameters, and reopens; without them it is refused naming them', (f) => {
    const r = read(fixture(f), { file: f, params: PARAMS[f] ?? {} });
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const d = reopens(r.design);
    validate(d);
    if (PARAMS[f]) {
      const refused = read(fixture(f), { file: f });
      expect(refused.design).toBeNull();
      expect(refused.report.problems.filter((p) => p.code === 'missing-parameter').map((p) => p.params.name)).toEqual(
        Object.keys(PARAMS[f]!),
      );
    }
  });

  it('awslabs-vpc-managed-nat: 4 subnets from the mapping, a NAT per AZ in the public subnets, each private table routes to its own', () => {
    const r = read(fixture('awslabs-vpc-managed-nat.yaml'));
    expect(get(r, 'vpc-VPC', 'vpc')).toMatchObject({
      name: 'VPC Public and Private with NAT',
      cidrBlocks: ['10.0.0.0/16'],
    });
    const subnets = Object.fromEntries(ofKind(r, 'subnet').map((s) => [s.id, [s.cidr, s.parent]]));
    expect(subnets).toEqual({
      'subnet-PublicSubnet0': ['10.0.0.0/24', 'az-vpc-VPC-eu-west-1a'],
      'subnet-PublicSubnet1': ['10.0.1.0/24', 'az-vpc-VPC-eu-west-1b'],
      'subnet-PrivateSubnet0': ['10.0.2.0/24', 'az-vpc-VPC-eu-west-1a'],
      'subnet-PrivateSubnet1': ['10.0.3.0/24', 'az-vpc-VPC-eu-west-1b'],
    });
    expect(ofKind(r, 'nat').map((n) => [n.id, n.parent])).toEqual([
      ['nat-NATGateway0', 'subnet-PublicSubnet0'],
      ['nat-NATGateway1', 'subnet-PublicSubnet1'],
    ]);
    expect(get(r, 'rtb-PrivateRouteTable0', 'routeTable')).toMatchObject({
      subnetIds: ['subnet-PrivateSubnet0'],
      routes: [{ target: 'local' }, { destination: '0.0.0.0/0', target: 'nat-NATGateway0' }],
    });
    expect(get(r, 'rtb-PrivateRouteTable1', 'routeTable').routes.at(-1)!.target).toBe('nat-NATGateway1');
    expect(get(r, 'subnet-PrivateSubnet0', 'subnet').name).toBe('VPC Public and Private with NAT-private-a');
    const d = reopens(r.design);
    const findings = validate(d);
    expect(findings.filter((x) => x.severity === 'error')).toEqual([]);
    // No cross-AZ NAT (NAT-004): each private subnet uses the NAT in its own zone.
    expect(findings.map((x) => x.rule)).not.toContain('NAT-004');
    expect(findings.filter((x) => x.rule === 'NACL-004').map((x) => x.resource)).toEqual(['acl-PublicNetworkAcl']);
  });

  it('awslabs-eks-vpc-3az: 3 public and 3 private subnets over 3 zones, a NAT in each zone', () => {
    const r = read(fixture('awslabs-eks-vpc-3az.yaml'), { params: PARAMS['awslabs-eks-vpc-3az.yaml'] });
    expect(r.report.counts).toMatchObject({ subnet: 6, az: 3, nat: 3, igw: 1 });
    const zoneOfNat = ofKind(r, 'nat').map((n) => get(r, n.parent!, 'subnet').parent);
    expect(new Set(zoneOfNat).size).toBe(3);
    expect(validate(reopens(r.design)).filter((x) => x.rule === 'NAT-004')).toEqual([]);
  });

  it('awslabs-ecs-fargate-private-vpc: the DynamoDB gateway endpoint routes, SG-to-SG ingress, two load balancers', () => {
    const r = read(fixture('awslabs-ecs-fargate-private-vpc.yaml'));
    expect(r.report.counts).toMatchObject({ subnet: 4, nat: 2, loadBalancer: 2 });
    expect(r.report.externals).toEqual([]);
    expect(get(r, 'vpce-DynamoDBEndpoint', 'gatewayEndpoint').routeTableIds.length).toBe(2);
    // The two target groups (no targets yet: ECS registers them) and the listeners forwarding to them.
    expect(ofKind(r, 'targetGroup').map((g) => [g.id, g.protocol, g.port, g.targets.length])).toEqual([
      ['tg-DummyTargetGroupPublic', 'HTTP', 80, 0],
      ['tg-DummyTargetGroupPrivate', 'HTTP', 80, 0],
    ]);
    expect(get(r, 'alb-PublicLoadBalancer', 'loadBalancer').listeners).toMatchObject([
      { protocol: 'HTTP', port: 80, targetGroupId: 'tg-DummyTargetGroupPublic' },
    ]);
    const endpointRoutes = ofKind(r, 'routeTable').flatMap((t) =>
      t.routes.filter((x) => x.target === 'vpce-DynamoDBEndpoint'),
    );
    expect(endpointRoutes.length).toBe(2);
    const schemes = ofKind(r, 'loadBalancer')
      .map((lb) => lb.scheme)
      .sort();
    expect(schemes).toEqual(['internal', 'internet-facing']);
    const fromGroups = ofKind(r, 'securityGroup').flatMap((g) =>
      g.ingress.filter((x) => x.sourceSg).map((x) => [g.id, x.sourceSg]),
    );
    expect(fromGroups.length).toBeGreaterThanOrEqual(3);
    // The endpoint's routes name a prefix list the validator accepts as a destination (RT-003, PL-001).
    expect(validate(reopens(r.design)).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('awslabs-endpoints-no-igw: private only, an interface endpoint; the instance cannot be reached from the internet', () => {
    const r = read(fixture('awslabs-endpoints-no-igw.yaml'), { params: PARAMS['awslabs-endpoints-no-igw.yaml'] });
    expect(r.report.counts.igw).toBeUndefined();
    expect(get(r, 'vpc-VPC', 'vpc').cidrBlocks).toEqual(['10.192.0.0/16']);
    expect(get(r, 'subnet-PrivateSubnet2', 'subnet')).toMatchObject({
      cidr: '10.192.21.0/24',
      name: 'dev Private Subnet (AZ2)',
    });
    expect(get(r, 'vpce-CfnEndpoint', 'interfaceEndpoint').serviceName).toMatch(
      /^com\.amazonaws\.[a-z0-9-]+\.cloudformation$/,
    );
    const d = reopens(r.design);
    expect(
      analyzeReachability(d, { from: 'internet', to: 'i-PrivateInstance', protocol: 'tcp', port: 22 }).outcome,
    ).not.toBe('delivered');
  });

  it('awslabs-vpc-peering-requester: both VPCs are placeholders with the ids given', () => {
    const r = read(fixture('awslabs-vpc-peering-requester.yaml'), {
      params: PARAMS['awslabs-vpc-peering-requester.yaml'],
    });
    expect(get(r, 'pcx-VPCPeeringConnection', 'peering')).toMatchObject({
      name: 'partner',
      requesterVpcId: 'vpc-0aaaabbbbccccdddd',
      accepterVpcId: 'vpc-0123456789abcdef0',
    });
    expect(get(r, 'vpc-0aaaabbbbccccdddd', 'vpc').cidrBlocks).toEqual([]);
    expect(codes(r)).toEqual(expect.arrayContaining(['missing-reference', 'peer-account', 'rules-not-checked']));
  });

  it('awslabs-vpc-single-subnet (JSON): a public subnet, six ACL entries, an instance with an Elastic IP', () => {
    const r = read(fixture('awslabs-vpc-single-subnet.json'), { params: PARAMS['awslabs-vpc-single-subnet.json'] });
    expect(r.report.format).toBe('json');
    expect(ofKind(r, 'subnet').map((s) => s.cidr)).toEqual(['10.16.0.0/24']);
    const acl = ofKind(r, 'nacl').find((a) => !a.isDefault)!;
    expect(acl.rules).toHaveLength(6);
    const i = ofKind(r, 'instance')[0]!;
    expect(i.publicIp).toBe('elastic');
    expect(i.securityGroupIds).toHaveLength(1);
  });

  it('widdix-vpc-nat-gateway: everything comes from another stack, so the NAT is external and the route is reported', () => {
    const r = read(fixture('widdix-vpc-nat-gateway.yaml'), { params: PARAMS['widdix-vpc-nat-gateway.yaml'] });
    expect(r.report.externals).toEqual([{ id: 'nat-NatGateway', awsType: 'nat-gateway', name: 'NatGateway' }]);
    const unknown = r.report.problems.filter((p) => p.code === 'unknown-value').map((p) => p.message);
    expect(unknown.some((m) => m.includes('net-SubnetAPublic'))).toBe(true);
    expect(unknown.some((m) => m.includes('net-RouteTableAPrivate') && m.includes('route is left out'))).toBe(true);
    // The alarms' condition (HasAlertTopic) is false with the default ParentAlertStack '': they are left out.
    expect(r.report.leftOut).toEqual([]);
    const alerting = read(fixture('widdix-vpc-nat-gateway.yaml'), {
      params: { ...PARAMS['widdix-vpc-nat-gateway.yaml'], ParentAlertStack: 'alerts' },
    });
    expect(alerting.report.leftOut).toEqual([{ type: 'AWS::CloudWatch::Alarm', count: 4 }]);
  });
});
