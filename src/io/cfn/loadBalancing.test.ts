import { describe, expect, it } from 'vitest';
import type { ResourceKind, ResourceOfKind } from '../../model/types.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { validate } from '../../validation/index.ts';
import { readCfn, type CfnImportResult } from './index.ts';

function get<K extends ResourceKind>(r: CfnImportResult, id: string, kind: K): ResourceOfKind<K> {
  const found = r.design?.resources.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  expect(found!.kind).toBe(kind);
  return found as ResourceOfKind<K>;
}

const TEMPLATE = `
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Igw: { Type: AWS::EC2::InternetGateway }
  Attach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw } }
  PubA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a } }
  PubB: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b } }
  AppA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.10.0/24, AvailabilityZone: us-east-1a } }
  MgmtA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.20.0/24, AvailabilityZone: us-east-1a } }
  PubRt: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Default: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref PubRt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw } }
  PubAAssoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref PubA, RouteTableId: !Ref PubRt } }
  PubBAssoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref PubB, RouteTableId: !Ref PubRt } }
  AppSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: 0.0.0.0/0 }]
  MgmtSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: mgmt
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/16 }]
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      NetworkInterfaces:
        - { DeviceIndex: 0, SubnetId: !Ref AppA, GroupSet: [!Ref AppSg] }
        - { DeviceIndex: 1, SubnetId: !Ref MgmtA, GroupSet: [!Ref MgmtSg], PrivateIpAddress: 10.0.20.9 }
  Extra:
    Type: AWS::EC2::NetworkInterface
    Properties: { SubnetId: !Ref MgmtA, GroupSet: [!Ref MgmtSg], PrivateIpAddress: 10.0.20.10 }
  ExtraAttach:
    Type: AWS::EC2::NetworkInterfaceAttachment
    Properties: { InstanceId: !Ref App, NetworkInterfaceId: !Ref Extra, DeviceIndex: 2 }
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref Vpc
      Protocol: TCP
      Port: 8080
      TargetType: instance
      Targets: [{ Id: !Ref App }]
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
      Scheme: internet-facing
      Subnets: [!Ref PubA, !Ref PubB]
      LoadBalancerAttributes: [{ Key: load_balancing.cross_zone.enabled, Value: 'true' }]
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Nlb
      Port: 80
      Protocol: TCP
      DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
`;

describe('CloudFormation: listeners, target groups, network interfaces', () => {
  const r = readCfn(TEMPLATE);

  it('reads the target group with its targets and the listener that forwards to it', () => {
    expect(get(r, 'tg-Tg', 'targetGroup')).toMatchObject({
      parent: 'vpc-Vpc',
      protocol: 'TCP',
      port: 8080,
      targetType: 'instance',
      targets: [{ instanceId: 'i-App', ip: null, port: null }],
    });
    expect(get(r, 'alb-Nlb', 'loadBalancer')).toMatchObject({
      lbType: 'network',
      crossZone: true,
      securityGroupIds: [],
      listeners: [{ protocol: 'TCP', port: 80, targetGroupId: 'tg-Tg' }],
    });
    expect(r.report.externals).toEqual([]);
  });

  it("an instance's further interfaces and an attached NetworkInterface are interfaces of that instance", () => {
    expect(get(r, 'eni-App-1', 'networkInterface')).toMatchObject({
      ownerId: 'i-App',
      parent: 'subnet-MgmtA',
      privateIp: '10.0.20.9',
      securityGroupIds: ['sg-MgmtSg'],
    });
    expect(get(r, 'eni-Extra', 'networkInterface')).toMatchObject({ ownerId: 'i-App', privateIp: '10.0.20.10' });
    expect(get(r, 'i-App', 'instance')).toMatchObject({ parent: 'subnet-AppA', securityGroupIds: ['sg-AppSg'] });
  });

  it('the path engine answers internet → NLB:80 → App:8080, and SSH to the second interface from the VPC', () => {
    const d = r.design!;
    const a = analyzeReachability(d, { from: 'internet', to: 'alb-Nlb', protocol: 'tcp', port: 80 });
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('delivered');
    expect(a.hops.find((h) => h.kind === 'targetGroup')?.params).toMatchObject({ target: 'i-App', port: 8080 });
    expect(analyzeReachability(d, { from: 'i-App', to: '10.0.20.9', protocol: 'tcp', port: 22 }).outcome).toBe(
      'delivered',
    );
    expect(validate(d).filter((f) => f.rule.startsWith('LB-') || f.rule.startsWith('ENI-'))).toEqual([]);
  });
});

describe('CloudFormation: listeners an application load balancer answers itself', () => {
  // The common pair: HTTPS forwards to the targets, HTTP redirects to HTTPS; a third port answers 404.
  const template = `${TEMPLATE}
  LbSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: lb
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: tcp, FromPort: 8081, ToPort: 8081, CidrIp: 0.0.0.0/0 }
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [!Ref PubA, !Ref PubB], SecurityGroups: [!Ref LbSg] }
  AlbTg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: { VpcId: !Ref Vpc, Protocol: HTTP, Port: 8080, Targets: [{ Id: !Ref App }] }
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 443
      Protocol: HTTPS
      Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x }]
      DefaultActions: [{ Type: forward, TargetGroupArn: !Ref AlbTg }]
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - { Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 } }
  Missing:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 8081
      Protocol: HTTP
      DefaultActions:
        - { Type: fixed-response, FixedResponseConfig: { StatusCode: '404', ContentType: text/plain } }
`;
  const r = readCfn(template);

  it('reads each listener with what it does: forward, redirect, fixed-response', () => {
    const lb = get(r, 'alb-Alb', 'loadBalancer');
    expect(lb.listeners!.map((l) => [l.port, l.targetGroupId, l.action])).toEqual([
      [443, 'tg-AlbTg', undefined],
      [80, null, 'redirect'],
      [8081, null, 'fixed-response'],
    ]);
  });

  it('HTTP 80 is delivered at the load balancer (it answers), and no LB finding calls it a listener without targets', () => {
    const d = r.design!;
    const a = analyzeReachability(d, { from: 'internet', to: 'alb-Alb', protocol: 'tcp', port: 80 });
    expect(a.outcome, JSON.stringify(a.hops.map((h) => h.detail))).toBe('delivered');
    expect(a.hops.find((h) => h.kind === 'loadBalancer' && h.params.action)?.params).toMatchObject({
      listener: 'HTTP 80',
      action: 'redirect',
    });
    expect(validate(d).filter((f) => f.rule === 'LB-002')).toEqual([]);
  });
});
