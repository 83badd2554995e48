/**
 * toCfn: each Terraform resource type of issue #14's kinds → the CloudFormation resource and
 * properties CloudFormation documents for it (one test per type), so the CloudFormation converter
 * reads both the same way. Values known only after apply stay unknown (an `Fn::ImportValue` of the
 * unknown mark), never guessed and never dropped.
 */
import { describe, expect, it } from 'vitest';
import { Problems } from '../aws/problems.ts';
import { evaluateConfig } from './hcl/config.ts';
import { nodeHclParser } from './hcl/parser.ts';
import { UNKNOWN_MARK, toCfn } from './toCfn.ts';

type Res = { Type: string; Properties: Record<string, unknown> };

async function cfnOf(text: string): Promise<Record<string, Res>> {
  const parse = await nodeHclParser();
  const problems = new Problems();
  const config = evaluateConfig([{ file: 'main.tf', json: await parse('main.tf', text) }], {}, 'eu-west-1', problems);
  return toCfn(config.resources).template.Resources as Record<string, Res>;
}
const isUnknown = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  String((v as Record<string, unknown>)['Fn::ImportValue']).startsWith(UNKNOWN_MARK);

const VPC = `
resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}
resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
  ipv6_cidr_block   = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 1)
}
resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}
resource "aws_vpc" "other" { cidr_block = "10.1.0.0/16" }
resource "aws_subnet" "o" {
  vpc_id            = aws_vpc.other.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "eu-west-1a"
}
resource "aws_route_table" "rt" { vpc_id = aws_vpc.main.id }
resource "aws_security_group" "sg" { vpc_id = aws_vpc.main.id }
resource "aws_instance" "web" {
  ami           = "ami-1"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.a.id
}
`;

describe('toCfn: IPv6', () => {
  it('aws_vpc assign_generated_ipv6_cidr_block: an Amazon-provided VPCCidrBlock; a subnet’s cidrsubnet of it stays unknown', async () => {
    const r = await cfnOf(VPC);
    expect(r['aws_vpc.main#ipv6']).toEqual({
      Type: 'AWS::EC2::VPCCidrBlock',
      Properties: { VpcId: { Ref: 'aws_vpc.main' }, AmazonProvidedIpv6CidrBlock: true },
    });
    expect(isUnknown(r['aws_subnet.a']!.Properties.Ipv6CidrBlock)).toBe(true);
    expect(r['aws_subnet.b']!.Properties.Ipv6CidrBlock).toBeUndefined();
    expect(r['aws_vpc.other#ipv6']).toBeUndefined();
  });

  it('aws_vpc_ipv6_cidr_block_association: a VPCCidrBlock, given or Amazon’s', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_vpc_ipv6_cidr_block_association" "given" {
  vpc_id          = aws_vpc.other.id
  ipv6_cidr_block = "2001:db8:1234:1a00::/56"
}
resource "aws_vpc_ipv6_cidr_block_association" "amazon" {
  vpc_id                           = aws_vpc.other.id
  assign_generated_ipv6_cidr_block = true
}`);
    expect(r['aws_vpc_ipv6_cidr_block_association.given']!.Properties).toEqual({
      VpcId: { Ref: 'aws_vpc.other' },
      Ipv6CidrBlock: '2001:db8:1234:1a00::/56',
    });
    expect(r['aws_vpc_ipv6_cidr_block_association.amazon']!.Properties).toEqual({
      VpcId: { Ref: 'aws_vpc.other' },
      AmazonProvidedIpv6CidrBlock: true,
    });
  });

  it('aws_egress_only_internet_gateway and an aws_route to it for ::/0', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_egress_only_internet_gateway" "eigw" { vpc_id = aws_vpc.main.id }
resource "aws_route" "v6" {
  route_table_id              = aws_route_table.rt.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.eigw.id
}`);
    expect(r['aws_egress_only_internet_gateway.eigw']).toEqual({
      Type: 'AWS::EC2::EgressOnlyInternetGateway',
      Properties: { VpcId: { Ref: 'aws_vpc.main' } },
    });
    expect(r['aws_route.v6']!.Properties).toEqual({
      RouteTableId: { Ref: 'aws_route_table.rt' },
      DestinationIpv6CidrBlock: '::/0',
      EgressOnlyInternetGatewayId: { Ref: 'aws_egress_only_internet_gateway.eigw' },
    });
  });

  it('aws_instance ipv6_addresses and ipv6_address_count', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_instance" "listed" {
  ami            = "ami-1"
  instance_type  = "t3.micro"
  subnet_id      = aws_subnet.a.id
  ipv6_addresses = ["2001:db8::10"]
}
resource "aws_instance" "counted" {
  ami                = "ami-1"
  instance_type      = "t3.micro"
  subnet_id          = aws_subnet.a.id
  ipv6_address_count = 2
}`);
    expect(r['aws_instance.listed']!.Properties.Ipv6Addresses).toEqual([{ Ipv6Address: '2001:db8::10' }]);
    expect(r['aws_instance.counted']!.Properties.Ipv6AddressCount).toBe(2);
  });

  it('security group rules with ipv6_cidr_blocks and the newer rule resources (cidr_ipv6, group, prefix list)', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_security_group" "web" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
resource "aws_vpc_security_group_ingress_rule" "v6" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv6         = "2001:db8::/32"
}
resource "aws_vpc_security_group_egress_rule" "to_sg" {
  security_group_id            = aws_security_group.web.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.sg.id
}
resource "aws_vpc_security_group_egress_rule" "to_pl" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  prefix_list_id    = "pl-6da54004"
}`);
    const web = r['aws_security_group.web']!.Properties;
    expect(web.SecurityGroupIngress).toEqual([
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0' },
      { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIpv6: '2001:db8::/32' },
    ]);
    expect(web.SecurityGroupEgress).toHaveLength(2);
    expect(web.SecurityGroupEgress).toEqual(
      expect.arrayContaining([
        {
          IpProtocol: 'tcp',
          FromPort: 5432,
          ToPort: 5432,
          DestinationSecurityGroupId: { Ref: 'aws_security_group.sg' },
        },
        { IpProtocol: '-1', DestinationPrefixListId: 'pl-6da54004' },
      ]),
    );
  });
});

const TGW = `${VPC}
resource "aws_ec2_transit_gateway" "hub" {
  amazon_side_asn                 = 64600
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "main" {
  transit_gateway_id     = aws_ec2_transit_gateway.hub.id
  vpc_id                 = aws_vpc.main.id
  subnet_ids             = [aws_subnet.a.id, aws_subnet.b.id]
  appliance_mode_support = "enable"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "other" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = aws_vpc.other.id
  subnet_ids         = [aws_subnet.o.id]
}
resource "aws_ec2_transit_gateway_route_table" "rt" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
}
resource "aws_ec2_transit_gateway_route_table_association" "main" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.main.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route_table_propagation" "other" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.other.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route" "drop" {
  destination_cidr_block         = "10.1.99.0/24"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route" "to_other" {
  destination_cidr_block         = "10.1.0.0/16"
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.other.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_route" "to_tgw" {
  route_table_id         = aws_route_table.rt.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.hub.id
}
`;

describe('toCfn: transit gateways', () => {
  it('aws_ec2_transit_gateway: ASN and default route table association/propagation', async () => {
    const r = await cfnOf(TGW);
    expect(r['aws_ec2_transit_gateway.hub']!.Type).toBe('AWS::EC2::TransitGateway');
    expect(r['aws_ec2_transit_gateway.hub']!.Properties).toMatchObject({
      AmazonSideAsn: 64600,
      DefaultRouteTableAssociation: 'disable',
      DefaultRouteTablePropagation: 'disable',
    });
  });

  it('aws_ec2_transit_gateway_vpc_attachment: gateway, VPC, subnets and options', async () => {
    const r = await cfnOf(TGW);
    expect(r['aws_ec2_transit_gateway_vpc_attachment.main']!.Type).toBe('AWS::EC2::TransitGatewayVpcAttachment');
    expect(r['aws_ec2_transit_gateway_vpc_attachment.main']!.Properties).toMatchObject({
      TransitGatewayId: { Ref: 'aws_ec2_transit_gateway.hub' },
      VpcId: { Ref: 'aws_vpc.main' },
      SubnetIds: [{ Ref: 'aws_subnet.a' }, { Ref: 'aws_subnet.b' }],
      Options: { ApplianceModeSupport: 'enable' },
    });
    expect(r['aws_ec2_transit_gateway_vpc_attachment.other']!.Properties.Options).toBeUndefined();
  });

  it('aws_ec2_transit_gateway_route_table, its association and propagation', async () => {
    const r = await cfnOf(TGW);
    expect(r['aws_ec2_transit_gateway_route_table.rt']!.Properties).toMatchObject({
      TransitGatewayId: { Ref: 'aws_ec2_transit_gateway.hub' },
    });
    expect(r['aws_ec2_transit_gateway_route_table_association.main']).toEqual({
      Type: 'AWS::EC2::TransitGatewayRouteTableAssociation',
      Properties: {
        TransitGatewayAttachmentId: { Ref: 'aws_ec2_transit_gateway_vpc_attachment.main' },
        TransitGatewayRouteTableId: { Ref: 'aws_ec2_transit_gateway_route_table.rt' },
      },
    });
    expect(r['aws_ec2_transit_gateway_route_table_propagation.other']).toEqual({
      Type: 'AWS::EC2::TransitGatewayRouteTablePropagation',
      Properties: {
        TransitGatewayAttachmentId: { Ref: 'aws_ec2_transit_gateway_vpc_attachment.other' },
        TransitGatewayRouteTableId: { Ref: 'aws_ec2_transit_gateway_route_table.rt' },
      },
    });
  });

  it('aws_ec2_transit_gateway_route: a blackhole and a route to an attachment; a VPC route to the gateway', async () => {
    const r = await cfnOf(TGW);
    expect(r['aws_ec2_transit_gateway_route.drop']).toEqual({
      Type: 'AWS::EC2::TransitGatewayRoute',
      Properties: {
        TransitGatewayRouteTableId: { Ref: 'aws_ec2_transit_gateway_route_table.rt' },
        DestinationCidrBlock: '10.1.99.0/24',
        Blackhole: true,
      },
    });
    expect(r['aws_ec2_transit_gateway_route.to_other']!.Properties).toEqual({
      TransitGatewayRouteTableId: { Ref: 'aws_ec2_transit_gateway_route_table.rt' },
      DestinationCidrBlock: '10.1.0.0/16',
      TransitGatewayAttachmentId: { Ref: 'aws_ec2_transit_gateway_vpc_attachment.other' },
    });
    expect(r['aws_route.to_tgw']!.Properties).toEqual({
      RouteTableId: { Ref: 'aws_route_table.rt' },
      DestinationCidrBlock: '10.1.0.0/16',
      TransitGatewayId: { Ref: 'aws_ec2_transit_gateway.hub' },
    });
  });
});

describe('toCfn: VPN', () => {
  const VPN = `${VPC}
resource "aws_vpn_gateway" "vgw" {
  vpc_id          = aws_vpc.main.id
  amazon_side_asn = 64700
}
resource "aws_vpn_gateway" "lone" {}
resource "aws_vpn_gateway_attachment" "lone" {
  vpc_id         = aws_vpc.other.id
  vpn_gateway_id = aws_vpn_gateway.lone.id
}
resource "aws_vpn_gateway_route_propagation" "rt" {
  vpn_gateway_id = aws_vpn_gateway.vgw.id
  route_table_id = aws_route_table.rt.id
}
resource "aws_customer_gateway" "office" {
  bgp_asn    = "65010"
  ip_address = "198.51.100.7"
  type       = "ipsec.1"
}
resource "aws_vpn_connection" "office" {
  vpn_gateway_id      = aws_vpn_gateway.vgw.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
  static_routes_only  = true
}
resource "aws_vpn_connection_route" "office" {
  destination_cidr_block = "192.168.10.0/24"
  vpn_connection_id      = aws_vpn_connection.office.id
}
`;
  it('aws_vpn_gateway with vpc_id: the gateway and its VPCGatewayAttachment; aws_vpn_gateway_attachment', async () => {
    const r = await cfnOf(VPN);
    expect(r['aws_vpn_gateway.vgw']!.Properties).toMatchObject({ Type: 'ipsec.1', AmazonSideAsn: 64700 });
    expect(r['aws_vpn_gateway.vgw#attachment']!.Properties).toEqual({
      VpcId: { Ref: 'aws_vpc.main' },
      VpnGatewayId: { Ref: 'aws_vpn_gateway.vgw' },
    });
    expect(r['aws_vpn_gateway_attachment.lone']).toEqual({
      Type: 'AWS::EC2::VPCGatewayAttachment',
      Properties: { VpcId: { Ref: 'aws_vpc.other' }, VpnGatewayId: { Ref: 'aws_vpn_gateway.lone' } },
    });
  });

  it('aws_vpn_gateway_route_propagation and a route table’s propagating_vgws: VPNGatewayRoutePropagation', async () => {
    const r = await cfnOf(`${VPN}
resource "aws_route_table" "p" {
  vpc_id           = aws_vpc.main.id
  propagating_vgws = [aws_vpn_gateway.vgw.id]
}`);
    expect(r['aws_vpn_gateway_route_propagation.rt']).toEqual({
      Type: 'AWS::EC2::VPNGatewayRoutePropagation',
      Properties: { RouteTableIds: [{ Ref: 'aws_route_table.rt' }], VpnGatewayId: { Ref: 'aws_vpn_gateway.vgw' } },
    });
    expect(r['aws_route_table.p#propagation0']!.Properties).toEqual({
      RouteTableIds: [{ Ref: 'aws_route_table.p' }],
      VpnGatewayId: { Ref: 'aws_vpn_gateway.vgw' },
    });
  });

  it('aws_customer_gateway: BGP ASN (a number), address and type', async () => {
    const r = await cfnOf(VPN);
    expect(r['aws_customer_gateway.office']!.Properties).toMatchObject({
      BgpAsn: 65010,
      IpAddress: '198.51.100.7',
      Type: 'ipsec.1',
    });
  });

  it('aws_vpn_connection static_routes_only and aws_vpn_connection_route', async () => {
    const r = await cfnOf(VPN);
    expect(r['aws_vpn_connection.office']!.Properties).toMatchObject({
      VpnGatewayId: { Ref: 'aws_vpn_gateway.vgw' },
      CustomerGatewayId: { Ref: 'aws_customer_gateway.office' },
      Type: 'ipsec.1',
      StaticRoutesOnly: true,
    });
    expect(r['aws_vpn_connection_route.office']).toEqual({
      Type: 'AWS::EC2::VPNConnectionRoute',
      Properties: { DestinationCidrBlock: '192.168.10.0/24', VpnConnectionId: { Ref: 'aws_vpn_connection.office' } },
    });
  });

  it('a VPN connection on a transit gateway: its attachment id names the connection', async () => {
    const r = await cfnOf(`${TGW}
resource "aws_customer_gateway" "dc" {
  bgp_asn    = 65020
  ip_address = "203.0.113.9"
  type       = "ipsec.1"
}
resource "aws_vpn_connection" "dc" {
  transit_gateway_id  = aws_ec2_transit_gateway.hub.id
  customer_gateway_id = aws_customer_gateway.dc.id
  type                = "ipsec.1"
}
resource "aws_ec2_transit_gateway_route_table_propagation" "dc" {
  transit_gateway_attachment_id  = aws_vpn_connection.dc.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}`);
    expect(r['aws_vpn_connection.dc']!.Properties).toMatchObject({
      TransitGatewayId: { Ref: 'aws_ec2_transit_gateway.hub' },
    });
    expect(r['aws_vpn_connection.dc']!.Properties.StaticRoutesOnly).toBeUndefined();
    expect(r['aws_ec2_transit_gateway_route_table_propagation.dc']!.Properties.TransitGatewayAttachmentId).toEqual({
      Ref: 'aws_vpn_connection.dc',
    });
  });
});

describe('toCfn: VPC endpoints', () => {
  it('aws_vpc_endpoint Gateway with route_table_ids, plus aws_vpc_endpoint_route_table_association', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_route_table" "rt2" { vpc_id = aws_vpc.main.id }
resource "aws_vpc_endpoint" "s3" {
  vpc_id          = aws_vpc.main.id
  service_name    = "com.amazonaws.eu-west-1.s3"
  route_table_ids = [aws_route_table.rt.id]
}
resource "aws_vpc_endpoint_route_table_association" "rt2" {
  vpc_endpoint_id = aws_vpc_endpoint.s3.id
  route_table_id  = aws_route_table.rt2.id
}`);
    expect(r['aws_vpc_endpoint.s3']!.Properties).toMatchObject({
      VpcId: { Ref: 'aws_vpc.main' },
      ServiceName: 'com.amazonaws.eu-west-1.s3',
      VpcEndpointType: 'Gateway',
      RouteTableIds: [{ Ref: 'aws_route_table.rt' }, { Ref: 'aws_route_table.rt2' }],
    });
    expect(r['aws_vpc_endpoint.s3']!.Properties.PrivateDnsEnabled).toBeUndefined();
    expect(r['aws_vpc_endpoint_route_table_association.rt2']).toBeUndefined();
  });

  it('aws_vpc_endpoint Interface with subnets and groups, plus aws_vpc_endpoint_subnet_association', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_vpc_endpoint" "ssm" {
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.eu-west-1.ssm"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.a.id]
  security_group_ids  = [aws_security_group.sg.id]
}
resource "aws_vpc_endpoint_subnet_association" "b" {
  vpc_endpoint_id = aws_vpc_endpoint.ssm.id
  subnet_id       = aws_subnet.b.id
}`);
    expect(r['aws_vpc_endpoint.ssm']!.Properties).toMatchObject({
      VpcEndpointType: 'Interface',
      SubnetIds: [{ Ref: 'aws_subnet.a' }, { Ref: 'aws_subnet.b' }],
      SecurityGroupIds: [{ Ref: 'aws_security_group.sg' }],
      // The provider's default, as CloudFormation's.
      PrivateDnsEnabled: false,
    });
  });
});

describe('toCfn: network interfaces', () => {
  const ENI = `${VPC}
resource "aws_network_interface" "second" {
  subnet_id       = aws_subnet.b.id
  private_ips     = ["10.0.2.50"]
  security_groups = [aws_security_group.sg.id]
}
`;
  it('aws_network_interface: subnet, address and groups; aws_network_interface_attachment', async () => {
    const r = await cfnOf(`${ENI}
resource "aws_network_interface_attachment" "second" {
  instance_id          = aws_instance.web.id
  network_interface_id = aws_network_interface.second.id
  device_index         = 1
}`);
    expect(r['aws_network_interface.second']!.Properties).toMatchObject({
      SubnetId: { Ref: 'aws_subnet.b' },
      PrivateIpAddress: '10.0.2.50',
      GroupSet: [{ Ref: 'aws_security_group.sg' }],
    });
    expect(r['aws_network_interface_attachment.second']).toEqual({
      Type: 'AWS::EC2::NetworkInterfaceAttachment',
      Properties: {
        InstanceId: { Ref: 'aws_instance.web' },
        NetworkInterfaceId: { Ref: 'aws_network_interface.second' },
        DeviceIndex: '1',
      },
    });
  });

  it('an inline attachment block and aws_network_interface_sg_attachment', async () => {
    const r = await cfnOf(`${VPC}
resource "aws_security_group" "extra" { vpc_id = aws_vpc.main.id }
resource "aws_network_interface" "third" {
  subnet_id = aws_subnet.b.id
  attachment {
    instance     = aws_instance.web.id
    device_index = 2
  }
}
resource "aws_network_interface_sg_attachment" "extra" {
  security_group_id    = aws_security_group.extra.id
  network_interface_id = aws_network_interface.third.id
}`);
    expect(r['aws_network_interface.third']!.Properties.GroupSet).toEqual([{ Ref: 'aws_security_group.extra' }]);
    expect(r['aws_network_interface.third#attachment']!.Properties).toEqual({
      InstanceId: { Ref: 'aws_instance.web' },
      NetworkInterfaceId: { Ref: 'aws_network_interface.third' },
      DeviceIndex: '2',
    });
  });

  it('an aws_instance network_interface block: the interfaces it attaches', async () => {
    const r = await cfnOf(`${ENI}
resource "aws_instance" "two" {
  ami           = "ami-1"
  instance_type = "t3.micro"
  network_interface {
    network_interface_id = aws_network_interface.second.id
    device_index         = 0
  }
}`);
    expect(r['aws_instance.two']!.Properties.NetworkInterfaces).toEqual([
      { DeviceIndex: '0', NetworkInterfaceId: { Ref: 'aws_network_interface.second' } },
    ]);
  });
});

describe('toCfn: load balancer targets and listeners', () => {
  const LB = `${VPC}
resource "aws_lb" "nlb" {
  load_balancer_type               = "network"
  internal                         = false
  subnets                          = [aws_subnet.a.id, aws_subnet.b.id]
  enable_cross_zone_load_balancing = true
}
resource "aws_lb_target_group" "web" {
  port        = 8080
  protocol    = "TCP"
  vpc_id      = aws_vpc.main.id
  target_type = "instance"
}
resource "aws_lb_target_group_attachment" "web" {
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = aws_instance.web.id
  port             = 8081
}
`;
  it('aws_lb_target_group with its aws_lb_target_group_attachment targets', async () => {
    const r = await cfnOf(LB);
    expect(r['aws_lb_target_group.web']!.Properties).toMatchObject({
      Port: 8080,
      Protocol: 'TCP',
      VpcId: { Ref: 'aws_vpc.main' },
      TargetType: 'instance',
      Targets: [{ Id: { Ref: 'aws_instance.web' }, Port: 8081 }],
    });
    expect(r['aws_lb.nlb']!.Properties).toMatchObject({
      Type: 'network',
      Scheme: 'internet-facing',
      LoadBalancerAttributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }],
    });
  });

  it('aws_lb_listener default_action: forward (both forms), fixed-response, redirect', async () => {
    const r = await cfnOf(`${LB}
resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 80
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
resource "aws_lb_listener" "weighted" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 81
  protocol          = "TCP"
  default_action {
    type = "forward"
    forward {
      target_group {
        arn    = aws_lb_target_group.web.arn
        weight = 10
      }
    }
  }
}
resource "aws_lb_listener" "fixed" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 82
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "503"
    }
  }
}
resource "aws_lb_listener" "redirect" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 83
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`);
    expect(r['aws_lb_listener.tcp']!.Properties).toEqual({
      LoadBalancerArn: { Ref: 'aws_lb.nlb' },
      Port: 80,
      Protocol: 'TCP',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'aws_lb_target_group.web' } }],
    });
    expect(r['aws_lb_listener.weighted']!.Properties.DefaultActions).toEqual([
      {
        Type: 'forward',
        ForwardConfig: { TargetGroups: [{ TargetGroupArn: { Ref: 'aws_lb_target_group.web' }, Weight: 10 }] },
      },
    ]);
    expect(r['aws_lb_listener.fixed']!.Properties.DefaultActions).toEqual([
      { Type: 'fixed-response', FixedResponseConfig: { ContentType: 'text/plain', StatusCode: '503' } },
    ]);
    expect(r['aws_lb_listener.redirect']!.Properties.DefaultActions).toEqual([
      { Type: 'redirect', RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' } },
    ]);
  });
});
