/**
 * readCfn for the kinds of issue #14: transit gateways, site-to-site VPN, VPC endpoints, IPv6 and
 * the egress-only gateway, and what a template cannot say (an imported CIDR in a rule, Amazon's
 * IPv6 block) staying unknown all the way to the path engine.
 */
import { describe, expect, it } from 'vitest';
import type { Design, ResourceKind, ResourceOfKind } from '../../model/types.ts';
import { parseDesignJson } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { readCfn, type CfnImportResult } from './index.ts';

const read = (text: string) => readCfn(text, { region: 'eu-west-1' });
function get<K extends ResourceKind>(r: CfnImportResult, id: string, kind: K): ResourceOfKind<K> {
  const found = r.design?.resources.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as ResourceOfKind<K>;
}
function reopens(design: Design | null): Design {
  expect(design).not.toBeNull();
  const back = parseDesignJson(serializeDesign(design!));
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  expect(back.warnings).toEqual([]);
  return back.design;
}

/** Two VPCs on one transit gateway, with their own route table, each VPC routing the other's block to it. */
const vpcPart = (n: number, cidr: string) => `
  Vpc${n}: { Type: AWS::EC2::VPC, Properties: { CidrBlock: ${cidr}.0.0/16 } }
  Sub${n}: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc${n}, CidrBlock: ${cidr}.1.0/24, AvailabilityZone: eu-west-1a } }
  Rt${n}: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc${n} } }
  Assoc${n}: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Sub${n}, RouteTableId: !Ref Rt${n} } }
  Sg${n}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: !Ref Vpc${n}
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }]
  Host${n}: { Type: AWS::EC2::Instance, Properties: { ImageId: ami-1, SubnetId: !Ref Sub${n}, SecurityGroupIds: [!Ref Sg${n}] } }
  Att${n}:
    Type: AWS::EC2::TransitGatewayVpcAttachment
    Properties: { VpcId: !Ref Vpc${n}, TransitGatewayId: !Ref Tgw, SubnetIds: [!Ref Sub${n}] }
  Att${n}Assoc:
    Type: AWS::EC2::TransitGatewayRouteTableAssociation
    Properties: { TransitGatewayAttachmentId: !Ref Att${n}, TransitGatewayRouteTableId: !Ref TgwRt }
  Att${n}Prop:
    Type: AWS::EC2::TransitGatewayRouteTablePropagation
    Properties: { TransitGatewayAttachmentId: !Ref Att${n}, TransitGatewayRouteTableId: !Ref TgwRt }
  ToTgw${n}:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Rt${n}, DestinationCidrBlock: 10.0.0.0/8, TransitGatewayId: !Ref Tgw }
`;
const TGW = (extra = '') => `
Resources:
  Tgw:
    Type: AWS::EC2::TransitGateway
    Properties: { AmazonSideAsn: 64600, DefaultRouteTableAssociation: disable, DefaultRouteTablePropagation: disable }
  TgwRt: { Type: AWS::EC2::TransitGatewayRouteTable, Properties: { TransitGatewayId: !Ref Tgw } }
${vpcPart(1, '10.1')}${vpcPart(2, '10.2')}${extra}`;

describe('transit gateways', () => {
  it('reads the gateway, its route table, the attachments with their subnets, associations and propagations', () => {
    const r = read(TGW());
    expect(r.report.externals).toEqual([]);
    expect(get(r, 'tgw-Tgw', 'transitGateway')).toMatchObject({
      amazonSideAsn: 64600,
      associationDefaultRouteTableId: null,
      propagationDefaultRouteTableId: null,
    });
    expect(get(r, 'tgw-attach-Att1', 'tgwAttachment')).toMatchObject({
      parent: 'vpc-Vpc1',
      transitGatewayId: 'tgw-Tgw',
      subnetIds: ['subnet-Sub1'],
      routeTableId: 'tgw-rtb-TgwRt',
    });
    expect(get(r, 'tgw-rtb-TgwRt', 'tgwRouteTable')).toMatchObject({
      transitGatewayId: 'tgw-Tgw',
      propagationIds: ['tgw-attach-Att1', 'tgw-attach-Att2'],
      routes: [],
    });
    expect(r.design!.resources.some((x) => x.id === 'tgw-rtb-Tgw-default')).toBe(false);
    const d = reopens(r.design);
    expect(analyzeReachability(d, { from: 'i-Host1', to: 'i-Host2', protocol: 'tcp', port: 443 }).outcome).toBe(
      'delivered',
    );
  });

  it('a blackhole route drops what it matches; a static route to an attachment is kept', () => {
    const r = read(
      TGW(`
  Black:
    Type: AWS::EC2::TransitGatewayRoute
    Properties: { TransitGatewayRouteTableId: !Ref TgwRt, DestinationCidrBlock: 10.2.1.0/24, Blackhole: true }
  Static:
    Type: AWS::EC2::TransitGatewayRoute
    Properties: { TransitGatewayRouteTableId: !Ref TgwRt, DestinationCidrBlock: 10.9.0.0/16, TransitGatewayAttachmentId: !Ref Att1 }
`),
    );
    expect(get(r, 'tgw-rtb-TgwRt', 'tgwRouteTable').routes).toEqual([
      { id: 'tgw-rtb-TgwRt:1', destination: '10.2.1.0/24', target: 'blackhole' },
      { id: 'tgw-rtb-TgwRt:2', destination: '10.9.0.0/16', target: 'tgw-attach-Att1' },
    ]);
    const a = analyzeReachability(reopens(r.design), { from: 'i-Host1', to: 'i-Host2', protocol: 'tcp', port: 443 });
    expect(a.outcome).toBe('blocked');
  });

  it("with AWS's defaults on, the gateway's default route table is created and every attachment uses it", () => {
    const r = read(`
Resources:
  Tgw: { Type: AWS::EC2::TransitGateway }
${vpcPart(1, '10.1').replace(/  Att1(Assoc|Prop):\n(.*\n){2}/g, '')}${vpcPart(2, '10.2').replace(/  Att2(Assoc|Prop):\n(.*\n){2}/g, '')}`);
    expect(get(r, 'tgw-Tgw', 'transitGateway').associationDefaultRouteTableId).toBe('tgw-rtb-Tgw-default');
    expect(get(r, 'tgw-rtb-Tgw-default', 'tgwRouteTable').propagationIds).toEqual([
      'tgw-attach-Att1',
      'tgw-attach-Att2',
    ]);
    expect(get(r, 'tgw-attach-Att2', 'tgwAttachment').routeTableId).toBe('tgw-rtb-Tgw-default');
    const d = reopens(r.design);
    expect(analyzeReachability(d, { from: 'i-Host2', to: 'i-Host1', protocol: 'tcp', port: 443 }).outcome).toBe(
      'delivered',
    );
  });

  it('an attachment to a transit gateway from another stack is drawn attached to none, and reported', () => {
    const r = read(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Sub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  Att:
    Type: AWS::EC2::TransitGatewayVpcAttachment
    Properties: { VpcId: !Ref Vpc, TransitGatewayId: !ImportValue shared-tgw, SubnetIds: [!Ref Sub] }
`);
    expect(get(r, 'tgw-attach-Att', 'tgwAttachment')).toMatchObject({ transitGatewayId: null, routeTableId: null });
    expect(r.report.problems.map((p) => p.code)).toContain('unknown-value');
  });
});

describe('site-to-site VPN', () => {
  const VPN = (staticOnly: boolean) => `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Sub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Sub, RouteTableId: !Ref Rt } }
  Host: { Type: AWS::EC2::Instance, Properties: { ImageId: ami-1, SubnetId: !Ref Sub } }
  Vgw: { Type: AWS::EC2::VPNGateway, Properties: { Type: ipsec.1, AmazonSideAsn: 64700 } }
  VgwAttach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, VpnGatewayId: !Ref Vgw } }
  Propagate:
    Type: AWS::EC2::VPNGatewayRoutePropagation
    DependsOn: VgwAttach
    Properties: { RouteTableIds: [!Ref Rt], VpnGatewayId: !Ref Vgw }
  Cgw: { Type: AWS::EC2::CustomerGateway, Properties: { Type: ipsec.1, IpAddress: 198.51.100.7, BgpAsn: 65010 } }
  Vpn:
    Type: AWS::EC2::VPNConnection
    Properties: { Type: ipsec.1, CustomerGatewayId: !Ref Cgw, VpnGatewayId: !Ref Vgw, StaticRoutesOnly: ${staticOnly} }
  OnPrem:
    Type: AWS::EC2::VPNConnectionRoute
    Properties: { VpnConnectionId: !Ref Vpn, DestinationCidrBlock: 192.168.0.0/16 }
`;
  it('reads the gateways, the connection with its static routes, and route propagation', () => {
    const r = read(VPN(true));
    expect(r.report.externals).toEqual([]);
    expect(get(r, 'vgw-Vgw', 'vpnGateway')).toMatchObject({
      parent: 'vpc-Vpc',
      amazonSideAsn: 64700,
      propagationRouteTableIds: ['rtb-Rt'],
    });
    expect(get(r, 'cgw-Cgw', 'customerGateway')).toMatchObject({ ipAddress: '198.51.100.7', bgpAsn: 65010 });
    expect(get(r, 'vpn-Vpn', 'vpnConnection')).toMatchObject({
      customerGatewayId: 'cgw-Cgw',
      vpnGatewayId: 'vgw-Vgw',
      transitGatewayId: null,
      staticRoutesOnly: true,
      onPremCidrs: ['192.168.0.0/16'],
    });
    const a = analyzeReachability(reopens(r.design), {
      from: 'i-Host',
      to: '192.168.4.4',
      protocol: 'tcp',
      port: 22,
    });
    expect(a.outcome).toBe('exits');
  });
  it('a BGP connection is reported: the networks it learns are not in the template', () => {
    const r = read(VPN(false));
    expect(get(r, 'vpn-Vpn', 'vpnConnection').staticRoutesOnly).toBe(false);
    expect(r.report.problems.map((p) => p.code)).toContain('vpn-bgp-networks-unknown');
  });
});

describe('VPC endpoints', () => {
  const ENDPOINTS = `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  SubA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  SubB: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b } }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  EpSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: endpoint
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]
  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: !Sub 'com.amazonaws.\${AWS::Region}.s3', RouteTableIds: [!Ref Rt] }
  Ssm:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      VpcEndpointType: Interface
      ServiceName: com.amazonaws.eu-west-1.ssm
      PrivateDnsEnabled: true
      SubnetIds: [!Ref SubA, !Ref SubB]
      SecurityGroupIds: [!Ref EpSg]
  Logs:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: com.amazonaws.eu-west-1.logs, SubnetIds: [!Ref SubA] }
  Gwlb:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, VpcEndpointType: GatewayLoadBalancer, ServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-1, SubnetIds: [!Ref SubA] }
`;
  it('a gateway endpoint with its route tables and route; interface endpoints in their subnets with their groups', () => {
    const r = read(ENDPOINTS);
    expect(get(r, 'vpce-S3', 'gatewayEndpoint')).toMatchObject({
      parent: 'vpc-Vpc',
      serviceName: 'com.amazonaws.eu-west-1.s3',
      routeTableIds: ['rtb-Rt'],
      prefixListId: 'pl-comamazonawseuwest1s3',
    });
    expect(get(r, 'rtb-Rt', 'routeTable').routes).toContainEqual(
      expect.objectContaining({ destination: 'pl-comamazonawseuwest1s3', target: 'vpce-S3' }),
    );
    expect(get(r, 'vpce-Ssm', 'interfaceEndpoint')).toMatchObject({
      parent: 'subnet-SubA',
      subnetIds: ['subnet-SubA', 'subnet-SubB'],
      securityGroupIds: ['sg-EpSg'],
      privateDns: true,
    });
    // No SecurityGroupIds: AWS uses the VPC's default group; PrivateDnsEnabled defaults to false.
    expect(get(r, 'vpce-Logs', 'interfaceEndpoint')).toMatchObject({
      securityGroupIds: ['sg-vpc-Vpc-default'],
      privateDns: false,
    });
    // A Gateway Load Balancer endpoint is not modelled: external.
    expect(r.report.externals.map((e) => e.id)).toEqual(['vpce-Gwlb']);
    reopens(r.design);
  });
});

describe('IPv6 and the egress-only internet gateway', () => {
  const DUAL = (v6Block: string, subnetV6: string) => `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  V6: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, ${v6Block} } }
  Sub:
    Type: AWS::EC2::Subnet
    DependsOn: V6
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a, Ipv6CidrBlock: ${subnetV6} }
  Eigw: { Type: AWS::EC2::EgressOnlyInternetGateway, Properties: { VpcId: !Ref Vpc } }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Sub, RouteTableId: !Ref Rt } }
  Out6:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Rt, DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: !Ref Eigw }
  Acl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: !Ref Vpc } }
  AclAssoc: { Type: AWS::EC2::SubnetNetworkAclAssociation, Properties: { SubnetId: !Ref Sub, NetworkAclId: !Ref Acl } }
  In6: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Ipv6CidrBlock: '::/0' } }
  Eg6: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, Ipv6CidrBlock: '::/0' } }
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIpv6: '::/0' }]
      SecurityGroupEgress: [{ IpProtocol: -1, CidrIpv6: '::/0' }]
  Host:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-1, SubnetId: !Ref Sub, SecurityGroupIds: [!Ref Sg], Ipv6Addresses: [{ Ipv6Address: '2001:db8:1234:1a00::10' }] }
`;
  it('written blocks: the VPC and subnet blocks, the ::/0 route to the egress-only gateway, IPv6 rules and addresses', () => {
    const r = read(DUAL('Ipv6CidrBlock: 2001:db8:1234:1a00::/56', '2001:db8:1234:1a00::/64'));
    expect(r.report.externals).toEqual([]);
    expect(get(r, 'vpc-Vpc', 'vpc').ipv6CidrBlocks).toEqual(['2001:db8:1234:1a00::/56']);
    expect(get(r, 'subnet-Sub', 'subnet').ipv6Cidr).toBe('2001:db8:1234:1a00::/64');
    expect(get(r, 'eigw-Eigw', 'egressOnlyIgw').parent).toBe('vpc-Vpc');
    expect(get(r, 'rtb-Rt', 'routeTable').routes).toContainEqual(
      expect.objectContaining({ destination: '::/0', target: 'eigw-Eigw' }),
    );
    expect(get(r, 'acl-Acl', 'nacl').rules.map((x) => [x.direction, x.cidr])).toEqual([
      ['inbound', '::/0'],
      ['outbound', '::/0'],
    ]);
    expect(get(r, 'sg-Sg', 'securityGroup').ingress).toMatchObject([{ cidr: '::/0', fromPort: 443 }]);
    expect(get(r, 'i-Host', 'instance').ipv6Addresses).toEqual(['2001:db8:1234:1a00::10']);
    const d = reopens(r.design);
    // Out through the egress-only gateway; in from the internet, not.
    const out = analyzeReachability(d, { from: 'i-Host', to: 'internet', protocol: 'tcp', port: 443, ipVersion: 6 });
    expect(out.outcome).toBe('exits');
    const inbound = analyzeReachability(d, {
      from: 'internet',
      to: 'i-Host',
      protocol: 'tcp',
      port: 443,
      ipVersion: 6,
    });
    expect(inbound.outcome).toBe('blocked');
  });

  it("Amazon's block and a subnet block cut from it with !Select/!Cidr stay unknown, never guessed", () => {
    const r = read(
      DUAL('AmazonProvidedIpv6CidrBlock: true', '!Select [0, !Cidr [!Select [0, !GetAtt Vpc.Ipv6CidrBlocks], 4, 64]]'),
    );
    expect(get(r, 'vpc-Vpc', 'vpc').ipv6CidrBlocks).toEqual(['unknown']);
    expect(get(r, 'subnet-Sub', 'subnet').ipv6Cidr).toBe('unknown');
    expect(r.report.problems.filter((p) => p.code === 'ipv6-at-deploy').length).toBe(2);
    reopens(r.design);
  });

  it('a SubnetCidrBlock gives the subnet its IPv6 block', () => {
    const r = read(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  V6: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, Ipv6CidrBlock: 2001:db8:1::/56 } }
  Sub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  Sub6: { Type: AWS::EC2::SubnetCidrBlock, Properties: { SubnetId: !Ref Sub, Ipv6CidrBlock: 2001:db8:1:5::/64 } }
`);
    expect(get(r, 'subnet-Sub', 'subnet').ipv6Cidr).toBe('2001:db8:1:5::/64');
  });
});

describe('an unknown peer in a security group rule is neither allow nor deny', () => {
  const T = (cidr: string) => `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Igw: { Type: AWS::EC2::InternetGateway }
  Attach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw } }
  Sub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Default: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Sub, RouteTableId: !Ref Rt } }
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${cidr} }]
  Host: { Type: AWS::EC2::Instance, Properties: { ImageId: ami-1, SubnetId: !Ref Sub, SecurityGroupIds: [!Ref Sg] } }
  HostIp: { Type: AWS::EC2::EIP, Properties: { InstanceId: !Ref Host } }
`;
  const ssh = { from: 'internet', to: 'i-Host', protocol: 'tcp', port: 22 } as const;
  it('an imported CIDR: the rule stays, naming a peer whose addresses are unknown; the answer is unknown', () => {
    const r = read(T('!ImportValue office-cidr'));
    const rule = get(r, 'sg-Sg', 'securityGroup').ingress[0]!;
    expect(rule).toMatchObject({ cidr: null, sourceSg: null, fromPort: 22 });
    expect(get(r, rule.prefixListId!, 'prefixList').entries).toBeNull();
    expect(analyzeReachability(reopens(r.design), ssh).outcome).toBe('unknown');
  });
  it('the same template with a written CIDR answers: delivered (the control)', () => {
    const r = read(T('0.0.0.0/0'));
    expect(analyzeReachability(reopens(r.design), ssh).outcome).toBe('delivered');
  });
  it('an IPv6 peer from another stack stays unknown too', () => {
    const r = read(T('10.9.9.9/32').replace('CidrIp: 10.9.9.9/32', 'CidrIpv6: !ImportValue office-v6'));
    const rule = get(r, 'sg-Sg', 'securityGroup').ingress[0]!;
    expect(get(r, rule.prefixListId!, 'prefixList')).toMatchObject({ addressFamily: 'IPv6', entries: null });
  });
});

describe('an unknown block in a network ACL entry is neither allow nor deny', () => {
  const T = (cidr: string) => `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Igw: { Type: AWS::EC2::InternetGateway }
  Attach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw } }
  Sub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Default: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Sub, RouteTableId: !Ref Rt } }
  Acl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: !Ref Vpc } }
  AclAssoc: { Type: AWS::EC2::SubnetNetworkAclAssociation, Properties: { SubnetId: !Ref Sub, NetworkAclId: !Ref Acl } }
  InSsh: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: ${cidr}, PortRange: { From: 22, To: 22 } } }
  Out: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0 } }
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
  Host: { Type: AWS::EC2::Instance, Properties: { ImageId: ami-1, SubnetId: !Ref Sub, SecurityGroupIds: [!Ref Sg] } }
  HostIp: { Type: AWS::EC2::EIP, Properties: { InstanceId: !Ref Host } }
`;
  const ssh = { from: 'internet', to: 'i-Host', protocol: 'tcp', port: 22 } as const;
  it('an imported block: the entry stays with an unknown block; the answer is unknown at the ACL', () => {
    const r = read(T('!ImportValue office-cidr'));
    expect(get(r, 'acl-Acl', 'nacl').rules.find((x) => x.direction === 'inbound')).toMatchObject({
      number: 100,
      cidr: 'unknown',
      fromPort: 22,
    });
    const a = analyzeReachability(reopens(r.design), ssh);
    expect(a.outcome).toBe('unknown');
    expect(a.unknown).toMatchObject({ at: 'acl-Acl', reason: 'nacl-rule-block' });
  });
  it('the same template with a written block answers: delivered (the control)', () => {
    expect(analyzeReachability(reopens(read(T('0.0.0.0/0')).design), ssh).outcome).toBe('delivered');
  });
});

describe('an unknown IPv6 block in a network ACL entry is unknown to IPv6 traffic only', () => {
  // Dual stack: rule 100 denies ssh from an imported IPv6 block, 110 and 120 allow the rest.
  const T = (v6: string) => `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Vpc6: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, Ipv6CidrBlock: '2600:1f18:1234:5600::/56' } }
  Igw: { Type: AWS::EC2::InternetGateway }
  Attach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw } }
  Sub:
    Type: AWS::EC2::Subnet
    DependsOn: Vpc6
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, Ipv6CidrBlock: '2600:1f18:1234:5601::/64', AvailabilityZone: eu-west-1a }
  Rt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Default: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw } }
  Default6: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Rt, DestinationIpv6CidrBlock: '::/0', GatewayId: !Ref Igw } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Sub, RouteTableId: !Ref Rt } }
  Acl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: !Ref Vpc } }
  AclAssoc: { Type: AWS::EC2::SubnetNetworkAclAssociation, Properties: { SubnetId: !Ref Sub, NetworkAclId: !Ref Acl } }
  NoSsh6: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: deny, Ipv6CidrBlock: ${v6}, PortRange: { From: 22, To: 22 } } }
  In4: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 110, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0 } }
  In6: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 120, Protocol: -1, RuleAction: allow, Ipv6CidrBlock: '::/0' } }
  Out4: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0 } }
  Out6: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 101, Protocol: -1, RuleAction: allow, Egress: true, Ipv6CidrBlock: '::/0' } }
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIpv6: '::/0' }
  Host:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      SubnetId: !Ref Sub
      SecurityGroupIds: [!Ref Sg]
      Ipv6Addresses: [{ Ipv6Address: '2600:1f18:1234:5601::10' }]
  HostIp: { Type: AWS::EC2::EIP, Properties: { InstanceId: !Ref Host } }
`;
  const ssh = { from: 'internet', to: 'i-Host', protocol: 'tcp', port: 22 } as const;
  const ssh6 = { ...ssh, ipVersion: 6 } as const;

  it('the entry keeps an unknown IPv6 block; over IPv6 the answer is unknown at the ACL, over IPv4 it is known', () => {
    const r = read(T('!ImportValue office-v6'));
    expect(get(r, 'acl-Acl', 'nacl').rules.find((x) => x.number === 100 && x.direction === 'inbound')).toMatchObject({
      cidr: 'unknown-ipv6',
      action: 'deny',
    });
    const d = reopens(r.design);
    const a6 = analyzeReachability(d, ssh6);
    expect(a6.outcome, JSON.stringify(a6.hops.map((h) => h.detail))).toBe('unknown');
    expect(a6.unknown).toMatchObject({ at: 'acl-Acl', reason: 'nacl-rule-block' });
    expect(a6.hops.at(-1)).toMatchObject({ kind: 'nacl', verdict: 'unknown', params: { rule: 100 } });
    // An IPv6 entry never matches IPv4 traffic: rule 110 decides, delivered.
    expect(analyzeReachability(d, ssh).outcome).toBe('delivered');
    // Another port is not the unknown rule's: rule 120 allows it.
    expect(analyzeReachability(d, { ...ssh6, port: 443 }).outcome).not.toBe('unknown');
  });

  it('the controls: a written block inside the internet host denies ssh over IPv6; outside it, delivered', () => {
    const inside = reopens(read(T("'2001:db8::/32'")).design);
    expect(analyzeReachability(inside, ssh6)).toMatchObject({ outcome: 'blocked', code: 'SUBNET_ACL_RESTRICTION' });
    const outside = reopens(read(T("'2001:db9::/32'")).design);
    expect(analyzeReachability(outside, ssh6).outcome).toBe('delivered');
  });

  it('both exports leave the rule out, with a note, rather than write a block that is not known', async () => {
    const { toCloudFormation, toTerraform } = await import('../iac/index.ts');
    const d = reopens(read(T('!ImportValue office-v6')).design);
    const cfn = toCloudFormation(d);
    expect(cfn.notes.find((n) => n.code === 'unknown-rule-block')?.params).toMatchObject({ number: 100 });
    expect(cfn.text).not.toContain('unknown');
    const tf = toTerraform(d);
    expect(tf.notes.find((n) => n.code === 'unknown-rule-block')?.params).toMatchObject({ number: 100 });
    expect(tf.files.map((f) => f.text).join('\n')).not.toMatch(/cidr_block\s+= "unknown/);
  });
});
