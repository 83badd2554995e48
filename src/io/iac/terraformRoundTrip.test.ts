/**
 * Terraform round trip: every example, and every CloudFormation template of the corpus once read,
 * exported with toTerraform and read back with readTerraform (HCL), is the same network: the same
 * findings and the same reach answers, but for what the notes list as not surviving.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types.ts';
import { readCfn } from '../cfn/index.ts';
import { parseDesignJson } from '../json/read.ts';
import { readTerraform } from '../terraform/index.ts';
import { toTerraform } from './index.ts';
import { compareNetworks, deployValues } from './testing/roundTrip.ts';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const corpus = fileURLToPath(new URL('../cfn/fixtures/', import.meta.url));

async function roundTrip(design: Design) {
  const out = toTerraform(design);
  const back = await readTerraform(
    out.files.map((f) => ({ path: f.name, text: f.text })),
    { vars: deployValues(out.variables), region: out.region },
  );
  return { out, back: back.design, problems: back.report.problems };
}

describe('Terraform round trip', { timeout: 20_000 }, () => {
  for (const f of readdirSync(examples).filter((f) => f.endsWith('.json')))
    it(`examples/${f}: export then readTerraform gives the same network`, async () => {
      const r = parseDesignJson(readFileSync(examples + f, 'utf8'));
      if (!r.ok) throw new Error(f);
      const { out, back, problems } = await roundTrip(r.design);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const { before, after } = compareNetworks(r.design, back!, out.notes);
      expect(after.findings).toEqual(before.findings);
      expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    });

  const PARAMS = { EnvironmentName: 'dev', KeyName: 'k', PeerName: 'p', PeerVPCID: 'vpc-0123456789abcdef0' };
  for (const f of readdirSync(corpus).filter((f) => /\.(ya?ml|json)$/.test(f)))
    it(`corpus ${f}: readCfn, export as Terraform, readTerraform gives the same network`, async () => {
      const first = readCfn(readFileSync(corpus + f, 'utf8'), { params: PARAMS, region: 'eu-west-1' });
      if (!first.design) return;
      const { out, back, problems } = await roundTrip(first.design);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const { before, after } = compareNetworks(first.design, back!, out.notes);
      expect(after.findings).toEqual(before.findings);
      expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    });
});

/** A configuration holding every issue #14 kind, read to a design, then round-tripped. */
const EVERY_KIND = `
provider "aws" { region = "eu-west-1" }
resource "aws_vpc" "a" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
  tags = { Name = "a" }
}
resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
  tags = { Name = "b" }
}
resource "aws_subnet" "a1" {
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
  ipv6_cidr_block   = cidrsubnet(aws_vpc.a.ipv6_cidr_block, 8, 0)
  map_public_ip_on_launch = true
}
resource "aws_subnet" "a2" {
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}
resource "aws_subnet" "b1" {
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "eu-west-1a"
}
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.a.id }
resource "aws_egress_only_internet_gateway" "eigw" { vpc_id = aws_vpc.a.id }
resource "aws_ec2_transit_gateway" "hub" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "a" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = aws_vpc.a.id
  subnet_ids         = [aws_subnet.a1.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_ec2_transit_gateway_vpc_attachment" "b" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = aws_vpc.b.id
  subnet_ids         = [aws_subnet.b1.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
resource "aws_ec2_transit_gateway_route_table" "rt" { transit_gateway_id = aws_ec2_transit_gateway.hub.id }
resource "aws_ec2_transit_gateway_route_table_association" "a" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.a.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route_table_association" "b" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.b.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route_table_propagation" "a" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.a.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route_table_propagation" "b" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.b.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_ec2_transit_gateway_route" "drop" {
  destination_cidr_block         = "10.1.99.0/24"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.rt.id
}
resource "aws_vpn_gateway" "vgw" { vpc_id = aws_vpc.a.id }
resource "aws_customer_gateway" "office" {
  bgp_asn    = "65000"
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
resource "aws_route_table" "a" { vpc_id = aws_vpc.a.id }
resource "aws_route" "a_igw" {
  route_table_id         = aws_route_table.a.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}
resource "aws_route" "a_v6" {
  route_table_id              = aws_route_table.a.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.eigw.id
}
resource "aws_route" "a_tgw" {
  route_table_id         = aws_route_table.a.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.hub.id
}
resource "aws_route" "a_vpn" {
  route_table_id         = aws_route_table.a.id
  destination_cidr_block = "192.168.10.0/24"
  gateway_id             = aws_vpn_gateway.vgw.id
}
resource "aws_route_table_association" "a1" {
  subnet_id      = aws_subnet.a1.id
  route_table_id = aws_route_table.a.id
}
resource "aws_route_table" "b" { vpc_id = aws_vpc.b.id }
resource "aws_route" "b_tgw" {
  route_table_id         = aws_route_table.b.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.hub.id
}
resource "aws_route_table_association" "b1" {
  subnet_id      = aws_subnet.b1.id
  route_table_id = aws_route_table.b.id
}
resource "aws_security_group" "web" {
  vpc_id = aws_vpc.a.id
  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16", "10.1.0.0/16"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_vpc_endpoint" "s3" {
  vpc_id          = aws_vpc.a.id
  service_name    = "com.amazonaws.eu-west-1.s3"
  route_table_ids = [aws_route_table.a.id]
}
resource "aws_vpc_endpoint" "ssm" {
  vpc_id              = aws_vpc.a.id
  service_name        = "com.amazonaws.eu-west-1.ssm"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.a2.id]
  security_group_ids  = [aws_security_group.web.id]
  private_dns_enabled = true
}
resource "aws_instance" "web" {
  ami                    = "ami-1"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a1.id
  vpc_security_group_ids = [aws_security_group.web.id]
}
resource "aws_instance" "b" {
  ami           = "ami-1"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.b1.id
  vpc_security_group_ids = []
}
resource "aws_network_interface" "second" {
  subnet_id       = aws_subnet.a2.id
  private_ips     = ["10.0.2.50"]
  security_groups = [aws_security_group.web.id]
}
resource "aws_network_interface_attachment" "second" {
  instance_id          = aws_instance.web.id
  network_interface_id = aws_network_interface.second.id
  device_index         = 1
}
resource "aws_lb" "nlb" {
  load_balancer_type = "network"
  internal           = false
  subnets            = [aws_subnet.a1.id, aws_subnet.a2.id]
}
resource "aws_lb_target_group" "web" {
  port        = 8080
  protocol    = "TCP"
  vpc_id      = aws_vpc.a.id
  target_type = "instance"
}
resource "aws_lb_target_group_attachment" "web" {
  target_group_arn = aws_lb_target_group.web.arn
  target_id        = aws_instance.web.id
}
resource "aws_lb_listener" "tcp80" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 80
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`;

describe('Terraform round trip of every issue #14 kind', { timeout: 30_000 }, () => {
  it('transit gateway (two VPCs, a blackhole), VPN with static routes, endpoints, dual stack, NLB to instances, two ENIs', async () => {
    const first = await readTerraform([{ path: 'main.tf', text: EVERY_KIND }], { region: 'eu-west-1' });
    expect(first.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const design = first.design!;
    const kinds = new Set(design.resources.map((r) => r.kind));
    for (const k of [
      'transitGateway',
      'tgwAttachment',
      'tgwRouteTable',
      'vpnGateway',
      'customerGateway',
      'vpnConnection',
      'gatewayEndpoint',
      'interfaceEndpoint',
      'egressOnlyIgw',
      'targetGroup',
      'networkInterface',
    ])
      expect(kinds, k).toContain(k);
    const { out, back, problems } = await roundTrip(design);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { before, after } = compareNetworks(design, back!, out.notes);
    expect(after.findings).toEqual(before.findings);
    expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    expect(before.answers.size).toBeGreaterThan(0);
  });
});
