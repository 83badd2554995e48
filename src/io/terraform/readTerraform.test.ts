/**
 * readTerraform: Terraform's own defaults (one test each), HCL configurations (count, for_each,
 * dynamic blocks, variables, locals, references), plans whose links are rebuilt from the
 * configuration's references, refusals with their place, and every corpus file (fixtures/README.md)
 * imported with a report or refused with a reason, with facts about each.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../model/types.ts';
import { parseDesignJson } from '../json/read.ts';
import { serializeDesign } from '../json/write.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { readTerraform, type TerraformImportResult } from './index.ts';

const tf = (text: string, vars?: Record<string, string>) =>
  readTerraform([{ path: 'main.tf', text }], { vars, region: 'eu-west-1' });
type Any = Resource & Record<string, unknown>;
const byId = (r: TerraformImportResult, id: string) => r.design!.resources.find((x) => x.id === id) as Any | undefined;
const ofKind = (r: TerraformImportResult, kind: string) => r.design!.resources.filter((x) => x.kind === kind) as Any[];
const codes = (r: TerraformImportResult) => r.report.problems.map((p) => p.code);

const VPC = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags = { Name = "main" }
}
resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 1)
  availability_zone = "eu-west-1a"
}
`;

describe('Terraform defaults', () => {
  it('an aws_security_group has no egress rule unless one is written (unlike CloudFormation and the console)', async () => {
    const r = await tf(`${VPC}
resource "aws_security_group" "quiet" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group" "open" {
  vpc_id = aws_vpc.main.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`);
    const quiet = byId(r, 'sg-aws_security_group.quiet')!;
    expect(quiet.egress).toEqual([]);
    expect(quiet.ingress).toMatchObject([{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }]);
    expect(quiet.description).toBe('Managed by Terraform');
    expect(byId(r, 'sg-aws_security_group.open')!.egress).toMatchObject([{ protocol: 'all', cidr: '0.0.0.0/0' }]);
  });

  it('a separate egress rule resource is the group’s only egress rule', async () => {
    const r = await tf(`${VPC}
resource "aws_security_group" "web" { vpc_id = aws_vpc.main.id }
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = aws_security_group.web.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
resource "aws_vpc_security_group_ingress_rule" "in" {
  security_group_id            = aws_security_group.web.id
  referenced_security_group_id = aws_security_group.web.id
  ip_protocol                  = "-1"
}`);
    const web = byId(r, 'sg-aws_security_group.web')!;
    expect(web.egress).toMatchObject([{ protocol: 'tcp', fromPort: 443, cidr: '10.0.0.0/8' }]);
    expect(web.egress).toHaveLength(1);
    expect(web.ingress).toMatchObject([{ protocol: 'all', sourceSg: 'sg-aws_security_group.web' }]);
  });

  it('the main route table, default network ACL and default security group AWS creates are created', async () => {
    const r = await tf(VPC);
    const main = byId(r, 'rtb-vpc-aws_vpc.main-main')!;
    expect(main.main).toBe(true);
    const acl = byId(r, 'acl-vpc-aws_vpc.main-default')!;
    expect(acl.isDefault).toBe(true);
    expect(acl.subnetIds).toEqual(['subnet-aws_subnet.a']);
    expect(acl.rules).toMatchObject([
      { direction: 'inbound', action: 'allow' },
      { direction: 'outbound', action: 'allow' },
    ]);
    const sg = byId(r, 'sg-vpc-aws_vpc.main-default')!;
    expect(sg.isDefault).toBe(true);
    expect(sg.ingress).toMatchObject([{ sourceSg: sg.id }]);
  });

  it('aws_default_security_group replaces the default group’s rules (none written: none left)', async () => {
    const none = await tf(`${VPC}
resource "aws_default_security_group" "default" { vpc_id = aws_vpc.main.id }`);
    const sg = byId(none, 'sg-vpc-aws_vpc.main-default')!;
    expect(sg.ingress).toEqual([]);
    expect(sg.egress).toEqual([]);
    expect(ofKind(none, 'securityGroup')).toHaveLength(1);

    const some = await tf(`${VPC}
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}
resource "aws_instance" "web" {
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_default_security_group.default.id]
}`);
    const d = byId(some, 'sg-vpc-aws_vpc.main-default')!;
    expect(d.ingress).toMatchObject([{ protocol: 'all', sourceSg: d.id }]);
    expect(d.egress).toEqual([]);
    expect(byId(some, 'i-aws_instance.web')!.securityGroupIds).toEqual([d.id]);
  });

  it('aws_default_network_acl replaces the default ACL’s rules (none written: all denied)', async () => {
    const none = await tf(`${VPC}
resource "aws_default_network_acl" "d" { default_network_acl_id = aws_vpc.main.default_network_acl_id }`);
    const acl = byId(none, 'acl-vpc-aws_vpc.main-default')!;
    expect(acl.rules).toEqual([]);
    expect(acl.subnetIds).toEqual(['subnet-aws_subnet.a']);
    expect(ofKind(none, 'nacl')).toHaveLength(1);

    const some = await tf(`${VPC}
resource "aws_default_network_acl" "d" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "10.0.0.0/8"
    from_port  = 22
    to_port    = 22
  }
}`);
    expect(byId(some, 'acl-vpc-aws_vpc.main-default')!.rules).toMatchObject([
      {
        number: 100,
        direction: 'inbound',
        action: 'allow',
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidr: '10.0.0.0/8',
      },
    ]);
  });

  it('aws_default_route_table gives the main table its routes', async () => {
    const r = await tf(`${VPC}
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.main.id }
resource "aws_default_route_table" "d" {
  default_route_table_id = aws_vpc.main.default_route_table_id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}`);
    const tables = ofKind(r, 'routeTable');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.main).toBe(true);
    expect(tables[0]!.routes).toContainEqual(
      expect.objectContaining({ destination: '0.0.0.0/0', target: 'igw-aws_internet_gateway.igw' }),
    );
  });

  it('aws_main_route_table_association makes another table the main one', async () => {
    const r = await tf(`${VPC}
resource "aws_route_table" "custom" { vpc_id = aws_vpc.main.id }
resource "aws_main_route_table_association" "m" {
  vpc_id         = aws_vpc.main.id
  route_table_id = aws_route_table.custom.id
}`);
    expect(byId(r, 'rtb-aws_route_table.custom')!.main).toBe(true);
    expect(byId(r, 'rtb-vpc-aws_vpc.main-main')!.main).toBe(false);
  });
});

describe('HCL configurations', () => {
  it('count, for_each, variables (default and given), locals and references', async () => {
    const text = `
variable "cidr" { default = "10.1.0.0/16" }
variable "zones" { default = ["eu-west-1a", "eu-west-1b"] }
locals { public = { web = 1, api = 2 } }
resource "aws_vpc" "v" { cidr_block = var.cidr }
resource "aws_subnet" "private" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.v.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index + 10)
  availability_zone = element(var.zones, count.index)
}
resource "aws_subnet" "public" {
  for_each          = local.public
  vpc_id            = aws_vpc.v.id
  cidr_block        = cidrsubnet(var.cidr, 8, each.value)
  availability_zone = var.zones[0]
  tags              = { Name = format("public-%s", each.key) }
}`;
    const r = await tf(text);
    const subnets = ofKind(r, 'subnet');
    expect(subnets.map((s) => [s.name, s.cidr]).sort()).toEqual([
      ['aws_subnet.private[0]', '10.1.10.0/24'],
      ['aws_subnet.private[1]', '10.1.11.0/24'],
      ['public-api', '10.1.2.0/24'],
      ['public-web', '10.1.1.0/24'],
    ]);
    expect(
      ofKind(r, 'az')
        .map((z) => z.name)
        .sort(),
    ).toEqual(['eu-west-1a', 'eu-west-1b']);
    expect(r.report.variables).toContainEqual({ name: 'cidr', value: '10.1.0.0/16', source: 'default' });

    const given = await tf(text, { cidr: '10.9.0.0/16' });
    expect(ofKind(given, 'vpc')[0]!.cidrBlocks).toEqual(['10.9.0.0/16']);
    expect(given.report.variables).toContainEqual({ name: 'cidr', value: '10.9.0.0/16', source: 'given' });
  });

  it('dynamic blocks expand; a route to a NAT gateway, an EIP, associations', async () => {
    const r = await tf(`${VPC}
variable "ports" { default = [22, 443] }
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.main.id }
resource "aws_eip" "nat" { domain = "vpc" }
resource "aws_nat_gateway" "nat" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.a.id
}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.nat.id
  }
}
resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.private.id
}
resource "aws_security_group" "ssh" {
  vpc_id = aws_vpc.main.id
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}`);
    expect(byId(r, 'sg-aws_security_group.ssh')!.ingress).toMatchObject([{ fromPort: 22 }, { fromPort: 443 }]);
    const rt = byId(r, 'rtb-aws_route_table.private')!;
    expect(rt.routes).toContainEqual(
      expect.objectContaining({ destination: '0.0.0.0/0', target: 'nat-aws_nat_gateway.nat' }),
    );
    expect(rt.subnetIds).toEqual(['subnet-aws_subnet.a']);
    expect(byId(r, 'nat-aws_nat_gateway.nat')!.parent).toBe('subnet-aws_subnet.a');
  });

  it('a value known only after apply stays unknown, and the report says why', async () => {
    const r = await tf(`${VPC}
data "aws_vpc" "shared" { id = "vpc-123" }
resource "aws_security_group" "from_shared" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = [data.aws_vpc.shared.cidr_block]
  }
}`);
    // Kept, not dropped: its peer is a prefix list whose entries are unknown (answers unknown, not deny).
    const [rule, ...more] = byId(r, 'sg-aws_security_group.from_shared')!.ingress as Record<string, unknown>[];
    expect(more).toEqual([]);
    expect(rule).toMatchObject({ protocol: 'tcp', fromPort: 5432, cidr: null, sourceSg: null });
    expect(byId(r, rule!.prefixListId as string)).toMatchObject({ kind: 'prefixList', entries: null });
    const p = r.report.problems.find((x) => x.code === 'unknown-value')!;
    expect(p.message).toContain('data.aws_vpc.shared.cidr_block');
    expect(p.message).not.toContain('stack');
  });

  it('modules are not expanded, and the report says which and why', async () => {
    const r = await tf(`${VPC}
module "vpc" { source = "terraform-aws-modules/vpc/aws" }
module "local" { source = "./network" }`);
    expect(r.report.modules.map((m) => [m.name, m.source]).sort()).toEqual([
      ['local', './network'],
      ['vpc', 'terraform-aws-modules/vpc/aws'],
    ]);
    expect(r.report.modules.find((m) => m.name === 'vpc')!.why).toContain('never fetches');
    expect(r.report.modules.find((m) => m.name === 'local')!.why).toContain('local module');
    expect(codes(r)).toContain('module-not-expanded');
  });

  it('the provider’s region is used', async () => {
    const r = await readTerraform([{ path: 'main.tf', text: `provider "aws" { region = "ap-northeast-2" }\n${VPC}` }]);
    expect(ofKind(r, 'region')[0]!.code).toBe('ap-northeast-2');
  });

  it('a syntax error names its file, line and column, and nothing is imported', async () => {
    const r = await readTerraform([
      { path: 'ok.tf', text: VPC },
      { path: 'broken.tf', text: 'resource "aws_vpc" "x" {\n  cidr_block = \n}\n' },
    ]);
    expect(r.design).toBeNull();
    expect(r.report.problems[0]).toMatchObject({ severity: 'error', code: 'syntax-error', file: 'broken.tf', line: 2 });
  });

  it('several files are one configuration', async () => {
    const r = await readTerraform([
      { path: 'net/vpc.tf', text: 'resource "aws_vpc" "main" { cidr_block = var.cidr }' },
      { path: 'net/variables.tf', text: 'variable "cidr" { default = "10.7.0.0/16" }' },
    ]);
    expect(ofKind(r, 'vpc')[0]!.cidrBlocks).toEqual(['10.7.0.0/16']);
    expect(r.design!.name).toBe('net');
  });
});

describe('variable definition files (.tfvars)', () => {
  const MAIN = `
variable "cidr" {}
variable "azs" { type = list(string) }
variable "name" { default = "net" }
resource "aws_vpc" "main" {
  cidr_block = var.cidr
  tags = { Name = var.name }
}
resource "aws_subnet" "s" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
  availability_zone = var.azs[count.index]
}`;
  const read = (files: Record<string, string>, options: Parameters<typeof readTerraform>[1] = {}) =>
    readTerraform(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      { region: 'eu-west-1', ...options },
    );

  it('terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars by name: a later one wins', async () => {
    const r = await read({
      'net/main.tf': MAIN,
      'net/b.auto.tfvars': 'name = "from-b"\n',
      'net/terraform.tfvars.json': '{"cidr": "10.2.0.0/16", "name": "from-json"}',
      'net/a.auto.tfvars.json': '{"name": "from-a"}',
      'net/terraform.tfvars': 'cidr = "10.1.0.0/16"\nazs = ["eu-west-1a", "eu-west-1b"]\nname = "from-tfvars"\n',
    });
    expect(r.design).not.toBeNull();
    expect(ofKind(r, 'vpc')[0]).toMatchObject({ cidrBlocks: ['10.2.0.0/16'], name: 'from-b' });
    expect(ofKind(r, 'subnet').map((s) => s.cidr)).toEqual(['10.2.0.0/24', '10.2.1.0/24']);
    expect(r.report.variables.find((v) => v.name === 'azs')).toMatchObject({
      source: 'given',
      from: 'net/terraform.tfvars',
      type: 'list(string)',
    });
    expect(r.report.variables.find((v) => v.name === 'name')).toMatchObject({ from: 'net/b.auto.tfvars' });
  });

  it('a -var-file comes after the automatic files, in order; --var wins over all', async () => {
    const files = {
      'main.tf': MAIN,
      'terraform.tfvars': 'cidr = "10.1.0.0/16"\nazs = ["eu-west-1a"]\n',
    };
    const r = await read(files, {
      varFiles: [
        { path: 'one.tfvars', text: 'cidr = "10.5.0.0/16"\nname = "one"\n' },
        { path: 'two.tfvars.json', text: '{"name": "two"}' },
      ],
      vars: { name: 'cli' },
    });
    expect(ofKind(r, 'vpc')[0]).toMatchObject({ cidrBlocks: ['10.5.0.0/16'], name: 'cli' });
    expect(r.report.variables.find((v) => v.name === 'name')).toMatchObject({ source: 'given' });
    expect(r.report.variables.find((v) => v.name === 'name')!.from).toBeUndefined();
  });

  it('a .tfvars that Terraform does not load by itself, dropped with the files, is read as a -var-file (reported)', async () => {
    const r = await read({ 'main.tf': MAIN, 'prod.tfvars': 'cidr = "10.7.0.0/16"\nazs = ["eu-west-1c"]\n' });
    expect(ofKind(r, 'vpc')[0]).toMatchObject({ cidrBlocks: ['10.7.0.0/16'] });
    expect(codes(r)).toContain('var-file');
  });

  it('without the files a variable with no default is missing, and its declaration is reported for the form', async () => {
    const r = await read({
      'main.tf': `variable "cidr" {\n  description = "The VPC block"\n  type = string\n  sensitive = true\n}\n${MAIN.replace('variable "cidr" {}', '')}`,
    });
    expect(r.report.variables.find((v) => v.name === 'cidr')).toEqual({
      name: 'cidr',
      value: null,
      source: 'missing',
      description: 'The VPC block',
      type: 'string',
      sensitive: true,
    });
  });

  it('a broken definitions file names its place, and nothing is imported', async () => {
    const r = await read({ 'main.tf': MAIN, 'terraform.tfvars': 'cidr = = "x"\n' });
    expect(r.design).toBeNull();
    expect(r.report.problems.find((p) => p.code === 'syntax-error')).toMatchObject({
      file: 'terraform.tfvars',
      line: 1,
    });
  });
});

describe('plans and state', () => {
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'aws_vpc.main',
            mode: 'managed',
            type: 'aws_vpc',
            name: 'main',
            values: { cidr_block: '10.3.0.0/16', tags: { Name: 'planned' } },
          },
          {
            address: 'aws_subnet.a[0]',
            mode: 'managed',
            type: 'aws_subnet',
            name: 'a',
            index: 0,
            values: { cidr_block: '10.3.1.0/24', availability_zone: 'eu-west-1a' },
          },
          {
            address: 'aws_security_group.web',
            mode: 'managed',
            type: 'aws_security_group',
            name: 'web',
            values: { ingress: [], egress: [], name: 'web' },
          },
        ],
      },
    },
    resource_changes: [
      { address: 'aws_vpc.main', change: { actions: ['create'], after_unknown: { id: true } } },
      { address: 'aws_subnet.a[0]', change: { actions: ['create'], after_unknown: { id: true, vpc_id: true } } },
      { address: 'aws_security_group.web', change: { actions: ['create'], after_unknown: { id: true, vpc_id: true } } },
    ],
    configuration: {
      provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } },
      root_module: {
        resources: [
          { address: 'aws_subnet.a', expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } } },
          {
            address: 'aws_security_group.web',
            expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } },
          },
        ],
      },
    },
  };
  it('links unknown until apply are rebuilt from the configuration’s references', async () => {
    const r = await readTerraform([{ path: 'plan.json', text: JSON.stringify(plan) }]);
    expect(r.report.format).toBe('plan');
    const subnet = byId(r, 'subnet-aws_subnet.a[0]')!;
    const az = byId(r, subnet.parent!)!;
    expect(az.parent).toBe('vpc-aws_vpc.main');
    expect(byId(r, 'vpc-aws_vpc.main')!.name).toBe('planned');
    expect(byId(r, 'sg-aws_security_group.web')!.parent).toBe('vpc-aws_vpc.main');
    // Planned as written: no egress rule.
    expect(byId(r, 'sg-aws_security_group.web')!.egress).toEqual([]);
    expect(ofKind(r, 'region')[0]!.code).toBe('eu-west-1');
  });
  it('state: ids another resource has become links to it', async () => {
    const state = {
      format_version: '1.0',
      terraform_version: '1.9.5',
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_vpc.main',
              mode: 'managed',
              type: 'aws_vpc',
              name: 'main',
              values: { id: 'vpc-0abc', cidr_block: '10.4.0.0/16' },
            },
            {
              address: 'aws_subnet.a',
              mode: 'managed',
              type: 'aws_subnet',
              name: 'a',
              values: {
                id: 'subnet-0abc',
                vpc_id: 'vpc-0abc',
                cidr_block: '10.4.1.0/24',
                availability_zone: 'us-east-1b',
              },
            },
          ],
        },
      },
    };
    const r = await readTerraform([{ path: 'state.json', text: JSON.stringify(state) }]);
    expect(r.report.format).toBe('state');
    const subnet = byId(r, 'subnet-aws_subnet.a')!;
    expect(byId(r, subnet.parent!)!.parent).toBe('vpc-aws_vpc.main');
  });
  it('broken JSON names its line and column', async () => {
    const r = await readTerraform([
      { path: 'plan.json', text: '{\n "format_version": "1.2",\n "planned_values": {,\n}' },
    ]);
    expect(r.design).toBeNull();
    expect(r.report.problems[0]).toMatchObject({ code: 'syntax-error', file: 'plan.json', line: 3 });
  });
});

describe('the corpus', () => {
  const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const read = (f: string) => readTerraform([{ path: f, text: readFileSync(dir + f, 'utf8') }]);
  it('every file imports with a report or is refused with a reason; the designs open and answer questions', async () => {
    for (const f of readdirSync(dir).filter((x) => /\.(tf|json)$/.test(x))) {
      const r = await read(f);
      if (!r.design) {
        expect(
          r.report.problems.some((p) => p.severity === 'error'),
          f,
        ).toBe(true);
        continue;
      }
      const reopened = parseDesignJson(serializeDesign(r.design));
      expect(reopened.ok, f).toBe(true);
      const instance = r.design.resources.find((x) => x.kind === 'subnet');
      if (instance)
        expect(() =>
          analyzeReachability(r.design!, { from: 'internet', to: instance.id, protocol: 'tcp', port: 443 }),
        ).not.toThrow();
    }
  });
  it('tf-vpc-peering-fixture.tf: two VPCs of three subnets each, one per zone of the variable', async () => {
    const r = await read('tf-vpc-peering-fixture.tf');
    expect(
      ofKind(r, 'vpc')
        .map((v) => v.cidrBlocks)
        .sort(),
    ).toEqual([['172.20.0.0/16'], ['172.21.0.0/16']]);
    expect(
      ofKind(r, 'subnet')
        .map((s) => s.cidr)
        .sort(),
    ).toEqual(['172.20.0.0/24', '172.20.1.0/24', '172.20.2.0/24', '172.21.0.0/24', '172.21.1.0/24', '172.21.2.0/24']);
    expect(new Set(ofKind(r, 'az').map((z) => z.name))).toEqual(new Set(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']));
  });
  it('tf-provider-aws-eks-getting-started-vpc.tf: a public route table to the gateway; zones answered and reported', async () => {
    const r = await read('tf-provider-aws-eks-getting-started-vpc.tf');
    expect(
      ofKind(r, 'subnet')
        .map((s) => s.cidr)
        .sort(),
    ).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    const rt = ofKind(r, 'routeTable').find((t) => !t.main)!;
    expect(rt.routes).toContainEqual(
      expect.objectContaining({ destination: '0.0.0.0/0', target: ofKind(r, 'igw')[0]!.id }),
    );
    expect(rt.subnetIds).toHaveLength(2);
    expect(codes(r)).toContain('azs-assumed');
  });
  it('tf-vpc-peering-module.tf: the peering between two VPCs known only from data sources', async () => {
    const r = await read('tf-vpc-peering-module.tf');
    expect(ofKind(r, 'peering')).toHaveLength(1);
    expect(codes(r)).toContain('unknown-count');
  });
  it('module-only examples are refused, naming the modules left unexpanded', async () => {
    for (const f of [
      'tf-aws-vpc-example-simple.tf',
      'tf-aws-tgw-example-complete.tf',
      'tf-aws-vpc-example-network-acls.tf',
    ]) {
      const r = await read(f);
      expect(r.design, f).toBeNull();
      expect(r.report.modules.length, f).toBeGreaterThan(0);
      expect(codes(r), f).toContain('no-network');
    }
  });
  it('module bodies without their variables: refused, each unknown count reported', async () => {
    const r = await read('tf-aws-vpc-module-main.tf');
    expect(r.design).toBeNull();
    expect(r.report.problems.filter((p) => p.code === 'unknown-count').length).toBeGreaterThan(20);
  });
  it('tfplan-checkov-foreach-modules.json: module instances by key, Route 53 left out', async () => {
    const r = await read('tfplan-checkov-foreach-modules.json');
    expect(ofKind(r, 'securityGroup').map((g) => g.id)).toContain('sg-module.sg["bad_example"].aws_security_group.bad');
    expect(r.report.leftOut).toEqual([{ type: 'aws_route53_zone', count: 2 }]);
  });
});
