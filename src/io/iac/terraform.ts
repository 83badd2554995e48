/**
 * A design → a Terraform configuration (main.tf, variables.tf) that deploys the network as drawn
 * (issue #15), for the AWS provider 5.x. One writer per kind (`WRITERS`), resource names from the
 * design's names in snake_case (names.ts), references instead of ids, the order of plan.ts.
 *
 * Terraform can say what CloudFormation cannot: the main route table's routes
 * (`aws_default_route_table` with `aws_route`s), the default network ACL's rules
 * (`aws_default_network_acl`) and the default security group's (`aws_default_security_group`).
 * Mind its defaults: an `aws_security_group` has no egress rule unless one is written (Terraform
 * removes EC2's allow-all rule), so exactly the drawn rules are written, as
 * `aws_vpc_security_group_ingress_rule` / `_egress_rule` resources so groups may refer to each other.
 */
import { cidrOrNull, contains } from '../../model/cidr.ts';
import type { Design, Resource, ResourceOfKind, SgRule } from '../../model/types.ts';
import { block, expr, object, stringifyHcl, type HclBlock, type HclItem, type HclValue } from './hcl.ts';
import { Namer, snakeName } from './names.ts';
import type { IacNote, IacParameter } from './notes.ts';
import {
  KIND_ORDER,
  hasDefaultAclRules,
  hasDefaultSgRules,
  makePlan,
  type ExportedKind,
  type GatewayEndpoint,
  type Plan,
} from './plan.ts';

export interface TerraformFile {
  readonly name: string;
  readonly text: string;
}

export interface TerraformExport {
  /** main.tf and variables.tf. */
  readonly files: readonly TerraformFile[];
  /** Both files in one text (for standard output): valid as a single .tf file too. */
  readonly text: string;
  readonly notes: readonly IacNote[];
  readonly variables: readonly IacParameter[];
  readonly region: string;
}

/** Each kind's Terraform type and the fallback name when the design's name has no letters. */
const TYPES: { readonly [K in ExportedKind]: readonly [string, string] } = {
  prefixList: ['aws_ec2_managed_prefix_list', 'prefix_list'],
  vpc: ['aws_vpc', 'vpc'],
  subnet: ['aws_subnet', 'subnet'],
  igw: ['aws_internet_gateway', 'igw'],
  nat: ['aws_nat_gateway', 'nat'],
  peering: ['aws_vpc_peering_connection', 'peering'],
  routeTable: ['aws_route_table', 'route_table'],
  nacl: ['aws_network_acl', 'nacl'],
  securityGroup: ['aws_security_group', 'sg'],
  instance: ['aws_instance', 'instance'],
  loadBalancer: ['aws_lb', 'lb'],
  rds: ['aws_db_instance', 'db'],
};

interface Ctx {
  readonly plan: Plan;
  readonly namers: Map<string, Namer>;
  /** Design id → `type.name` of the resource written for it. */
  readonly address: Map<string, string>;
  readonly blocks: HclBlock[];
  readonly variables: Map<string, { block: HclBlock; info: IacParameter }>;
  readonly varNames: Namer;
  /** VPC id → its internet gateway's address (NAT gateways and Elastic IPs depend on it). */
  readonly igws: Map<string, string>;
  readonly endpointTables: Map<string, HclValue[]>;
  flowLogBucket: string | null;
}

const tags = (name: string): HclValue => object(['Name', name]);

function take(c: Ctx, type: string, base: string): string {
  let n = c.namers.get(type);
  if (!n) c.namers.set(type, (n = new Namer('_')));
  return `${type}.${n.take(base)}`;
}

function resource(c: Ctx, address: string, body: HclItem[], comment?: string): void {
  const [type, name] = address.split('.') as [string, string];
  c.blocks.push(block('resource', [type, name], body, comment));
}

const nameOf = (address: string) => address.slice(address.indexOf('.') + 1);

function variable(
  c: Ctx,
  base: string,
  p: { type: string; description: string; default?: string | number | null; sensitive?: boolean },
  shared = false,
): HclValue {
  if (shared && c.variables.has(base)) return expr(`var.${base}`);
  const name = c.varNames.take(base);
  c.variables.set(name, {
    block: block(
      'variable',
      [name],
      [
        ['description', p.description],
        ['type', expr(p.type)],
        ['default', p.default === undefined ? undefined : p.default],
        ['sensitive', p.sensitive ? true : undefined],
      ],
    ),
    info: {
      name,
      description: p.description,
      // A default of null may be left unset (the provider's default applies); none must be given.
      default: p.default === undefined ? null : p.default === null ? 'null' : String(p.default),
      secret: !!p.sensitive,
    },
  });
  return expr(`var.${name}`);
}

/** The expression for a design resource's id (or `attribute`). */
function refTo(c: Ctx, id: string | null | undefined, attribute = 'id'): HclValue | null {
  if (!id) return null;
  const a = c.address.get(id);
  if (a) return expr(`${a}.${attribute}`);
  const r = c.plan.index.get(id);
  if (!r) return null;
  if (r.kind === 'securityGroup' && r.isDefault) {
    const vpc = c.plan.index.vpcOf(r.id);
    const v = vpc && c.address.get(vpc.id);
    if (v) return expr(`${v}.default_security_group_id`);
  }
  if (r.kind === 'external' || (r.kind === 'prefixList' && r.entries === null)) {
    const existing = [...c.variables.values()].find((v) => v.info.default === r.id);
    if (existing) return expr(`var.${existing.info.name}`);
    return variable(c, `${snakeName(r.name, r.kind === 'external' ? 'external' : 'prefix_list')}_id`, {
      type: 'string',
      description: `The id of ${r.name} (${r.kind === 'external' ? r.awsType : 'managed prefix list'}), which is not in this configuration.`,
      default: r.id,
    });
  }
  return null;
}

const PROTOCOL_NUMBER: Readonly<Record<string, string>> = { all: '-1', tcp: '6', udp: '17', icmp: '1' };
const ipProtocol = (p: SgRule['protocol']) => (p === 'all' ? '-1' : String(p));
const icmpAll = (r: { fromPort: number; toPort: number }) => r.fromPort === 0 && r.toPort >= 255;

/** from_port / to_port as the provider takes them for a rule's protocol (none for all traffic). */
function ports(r: { protocol: SgRule['protocol']; fromPort: number; toPort: number }): HclItem[] {
  if (r.protocol === 'tcp' || r.protocol === 'udp')
    return [
      ['from_port', r.fromPort],
      ['to_port', r.toPort],
    ];
  if (r.protocol === 'icmp')
    return [
      ['from_port', icmpAll(r) ? -1 : r.fromPort],
      ['to_port', -1],
    ];
  return [];
}

/* ------------------------------------------------------------------ one writer per kind */

type Writer<K extends ExportedKind> = (c: Ctx, r: ResourceOfKind<K>) => void;

const writePrefixList: Writer<'prefixList'> = (c, pl) => {
  if (pl.entries === null) return;
  resource(c, c.address.get(pl.id)!, [
    ['name', pl.name || nameOf(c.address.get(pl.id)!)],
    ['address_family', pl.addressFamily],
    ['max_entries', Math.max(1, pl.entries.length)],
    ...pl.entries.map((cidr) => block('entry', [], [['cidr', cidr]])),
    ['tags', tags(pl.name)],
  ]);
};

const writeVpc: Writer<'vpc'> = (c, v) => {
  const a = c.address.get(v.id)!;
  const [first, ...more] = v.cidrBlocks;
  if (v.isDefault)
    c.plan.notes.add(
      'default-vpc',
      'info',
      `${v.name} is drawn as the account's default VPC; Terraform creates a VPC of its own instead.`,
      { name: v.name },
      [v.id],
    );
  if (first === undefined)
    c.plan.notes.add(
      'no-cidr-block',
      'warning',
      `${v.name} has no CIDR block; the code cannot create it until one is given.`,
      { name: v.name },
      [v.id],
    );
  resource(c, a, [
    ['cidr_block', first],
    ['tags', tags(v.name)],
  ]);
  more.forEach((cidr) => {
    const assoc = take(c, 'aws_vpc_ipv4_cidr_block_association', `${nameOf(a)}_${cidr.replace(/[./]/g, '_')}`);
    c.address.set(`${v.id}#block:${cidr}`, assoc);
    resource(c, assoc, [
      ['vpc_id', expr(`${a}.id`)],
      ['cidr_block', cidr],
    ]);
  });
  if (v.flowLogs) {
    if (!c.flowLogBucket) {
      c.flowLogBucket = take(c, 'aws_s3_bucket', 'flow_logs');
      resource(
        c,
        c.flowLogBucket,
        [
          ['bucket_prefix', 'vpc-flow-logs-'],
          ['tags', tags(`${c.plan.design.name} flow logs`)],
        ],
        'Flow logs of the VPCs go to this bucket (the design says which VPCs log, not where).',
      );
      c.plan.notes.add(
        'flow-logs',
        'info',
        'The VPCs with flow logs log all traffic to an S3 bucket the code creates; change the destination if you have one.',
      );
    }
    resource(c, take(c, 'aws_flow_log', nameOf(a)), [
      ['vpc_id', expr(`${a}.id`)],
      ['traffic_type', 'ALL'],
      ['log_destination_type', 's3'],
      ['log_destination', expr(`${c.flowLogBucket}.arn`)],
    ]);
  }
};

const writeSubnet: Writer<'subnet'> = (c, s) => {
  const vpc = c.plan.index.vpcOf(s.id)!;
  const cidr = cidrOrNull(s.cidr);
  // A subnet in a secondary block takes its VPC id from the block's association, so it waits for it.
  const block2 = vpc.cidrBlocks.slice(1).find((b) => {
    const outer = cidrOrNull(b);
    return outer && cidr && contains(outer, cidr);
  });
  const assoc = block2 !== undefined ? c.address.get(`${vpc.id}#block:${block2}`) : undefined;
  resource(c, c.address.get(s.id)!, [
    ['vpc_id', expr(assoc ? `${assoc}.vpc_id` : `${c.address.get(vpc.id)!}.id`)],
    ['cidr_block', s.cidr],
    ['availability_zone', c.plan.zoneOf(s.id)],
    ['map_public_ip_on_launch', s.mapPublicIpOnLaunch ? true : undefined],
    ['tags', tags(s.name)],
  ]);
};

const writeIgw: Writer<'igw'> = (c, g) => {
  const a = c.address.get(g.id)!;
  const vpc = c.plan.index.vpcOf(g.id)!;
  if (!c.igws.has(vpc.id)) c.igws.set(vpc.id, a);
  resource(c, a, [
    ['vpc_id', expr(`${c.address.get(vpc.id)!}.id`)],
    ['tags', tags(g.name)],
  ]);
};

const writeNat: Writer<'nat'> = (c, n) => {
  const a = c.address.get(n.id)!;
  const vpc = c.plan.index.vpcOf(n.id)!;
  const igw = c.igws.get(vpc.id);
  let allocation: HclValue | undefined;
  if (n.connectivity === 'public') {
    if (n.elasticIp) {
      const eip = take(c, 'aws_eip', nameOf(a));
      resource(c, eip, [
        ['domain', 'vpc'],
        ['tags', tags(`${n.name} address`)],
        ['depends_on', igw ? [expr(igw)] : undefined],
      ]);
      allocation = expr(`${eip}.id`);
    } else
      c.plan.notes.add(
        'public-nat-without-eip',
        'warning',
        `${n.name} is a public NAT gateway without an Elastic IP; AWS will not create it until it has one.`,
        { name: n.name },
        [n.id],
      );
  }
  resource(c, a, [
    ['subnet_id', expr(`${c.address.get(n.parent!)!}.id`)],
    ['connectivity_type', n.connectivity === 'private' ? 'private' : undefined],
    ['allocation_id', allocation],
    ['tags', tags(n.name)],
    ['depends_on', igw && n.connectivity === 'public' ? [expr(igw)] : undefined],
  ]);
};

const writePeering: Writer<'peering'> = (c, p) => {
  const requester = refTo(c, p.requesterVpcId);
  const accepter = refTo(c, p.accepterVpcId);
  if (!requester || !accepter || !c.address.has(p.requesterVpcId!) || !c.address.has(p.accepterVpcId!)) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${p.name} does not join two VPCs of the code; it is left out.`,
      { name: p.name },
      [p.id],
    );
    c.address.delete(p.id);
    return;
  }
  resource(c, c.address.get(p.id)!, [
    ['vpc_id', requester],
    ['peer_vpc_id', accepter],
    ['auto_accept', true],
    ['tags', tags(p.name)],
  ]);
};

/** A route's target argument, by what the target is. */
function targetArgument(c: Ctx, r: Resource): readonly [string, HclValue] | null {
  switch (r.kind) {
    case 'igw':
      return ['gateway_id', refTo(c, r.id)!];
    case 'nat':
      return ['nat_gateway_id', refTo(c, r.id)!];
    case 'instance':
      return ['network_interface_id', refTo(c, r.id, 'primary_network_interface_id')!];
    case 'peering':
      return ['vpc_peering_connection_id', refTo(c, r.id)!];
    case 'external': {
      const key =
        {
          'transit-gateway': 'transit_gateway_id',
          'vpc-endpoint': 'vpc_endpoint_id',
          'network-interface': 'network_interface_id',
          'egress-only-internet-gateway': 'egress_only_gateway_id',
          'carrier-gateway': 'carrier_gateway_id',
          'local-gateway': 'local_gateway_id',
        }[r.awsType] ?? 'gateway_id';
      return [key, refTo(c, r.id)!];
    }
    default:
      return null;
  }
}

const writeRouteTable: Writer<'routeTable'> = (c, t) => {
  const vpc = c.plan.index.vpcOf(t.id)!;
  const vpcAddress = c.address.get(vpc.id)!;
  const a = c.address.get(t.id)!;
  // The VPC's main table is adopted (aws_default_route_table) with its routes inline, as the
  // provider requires for it; any other table has its routes as aws_route resources.
  const inline: HclBlock[] = [];
  const at = c.blocks.length;
  if (!t.main)
    resource(c, a, [
      ['vpc_id', expr(`${vpcAddress}.id`)],
      ['tags', tags(t.name)],
    ]);
  const blocks = new Set(vpc.cidrBlocks);
  const locals = new Set(t.routes.filter((r) => r.target === 'local').map((r) => r.destination));
  if ([...blocks].some((b) => !locals.has(b)) || [...locals].some((l) => !blocks.has(l)))
    c.plan.notes.add(
      'local-routes',
      'info',
      `${t.name}: AWS gives every route table one local route per VPC block, whatever the design draws.`,
      { name: t.name },
      [t.id],
    );
  for (const route of t.routes) {
    if (route.target === 'local') continue;
    if (c.endpointTables.has(route.target) && c.plan.index.get(route.destination)?.kind === 'prefixList') {
      c.endpointTables.get(route.target)!.push(expr(`${a}.id`));
      continue;
    }
    const target = c.plan.index.get(route.target);
    const arg = target ? targetArgument(c, target) : null;
    if (!target || !arg || arg[1] === null) {
      c.plan.notes.add(
        'blackhole-route',
        'warning',
        `${t.name}: the route to ${route.destination} names ${route.target}, which is not in the design (a blackhole); it is left out.`,
        { name: t.name, destination: route.destination, target: route.target },
        [t.id],
      );
      continue;
    }
    const dest = c.plan.index.get(route.destination);
    const targetName = c.address.has(target.id) ? nameOf(c.address.get(target.id)!) : snakeName(target.name, 'target');
    const destination: readonly [string, HclValue] =
      dest?.kind === 'prefixList'
        ? ['destination_prefix_list_id', refTo(c, dest.id)!]
        : [t.main ? 'cidr_block' : 'destination_cidr_block', route.destination];
    if (t.main) inline.push(block('route', [], [destination, arg]));
    else
      resource(c, take(c, 'aws_route', `${nameOf(a)}_to_${targetName}`), [
        ['route_table_id', expr(`${a}.id`)],
        destination,
        arg,
      ]);
  }
  if (t.main)
    c.blocks.splice(
      at,
      0,
      block(
        'resource',
        a.split('.'),
        [['default_route_table_id', expr(`${vpcAddress}.default_route_table_id`)], ...inline, ['tags', tags(t.name)]],
        `${t.name}: the main route table of ${vpc.name}, used by every subnet without an association.`,
      ),
    );
  // The main table's subnets use it without an association, unless the design associates them.
  const subnets = t.main
    ? t.subnetIds.filter((s) => c.plan.subnetsUsingTable(t.id).includes(s))
    : c.plan.subnetsUsingTable(t.id);
  for (const s of subnets)
    resource(c, take(c, 'aws_route_table_association', nameOf(c.address.get(s)!)), [
      ['subnet_id', expr(`${c.address.get(s)!}.id`)],
      ['route_table_id', expr(`${a}.id`)],
    ]);
};

function aclRuleBlock(rule: ResourceOfKind<'nacl'>['rules'][number]): HclBlock {
  const ported = rule.protocol === 'tcp' || rule.protocol === 'udp';
  return block(
    rule.direction === 'inbound' ? 'ingress' : 'egress',
    [],
    [
      ['rule_no', rule.number],
      ['action', rule.action],
      ['protocol', typeof rule.protocol === 'number' ? String(rule.protocol) : PROTOCOL_NUMBER[rule.protocol]!],
      ['cidr_block', rule.cidr],
      ['from_port', ported ? rule.fromPort : 0],
      ['to_port', ported ? rule.toPort : 0],
      ['icmp_type', rule.protocol === 'icmp' ? (icmpAll(rule) ? -1 : rule.fromPort) : undefined],
      ['icmp_code', rule.protocol === 'icmp' ? -1 : undefined],
    ],
  );
}

const byDirection = (rules: ResourceOfKind<'nacl'>['rules']) =>
  [...rules].sort((x, y) => (x.direction === y.direction ? x.number - y.number : x.direction === 'inbound' ? -1 : 1));

const writeNacl: Writer<'nacl'> = (c, acl) => {
  const vpc = c.plan.index.vpcOf(acl.id)!;
  const vpcAddress = c.address.get(vpc.id)!;
  const a = c.address.get(acl.id)!;
  const subnets = c.plan.subnetsUsingAcl(acl.id);
  if (acl.isDefault) {
    if (hasDefaultAclRules(acl.rules)) {
      c.address.delete(acl.id);
      return;
    }
    // Terraform adopts the default ACL and replaces its rules with these (inline, as it requires).
    resource(
      c,
      a,
      [
        ['default_network_acl_id', expr(`${vpcAddress}.default_network_acl_id`)],
        ...byDirection(acl.rules).map(aclRuleBlock),
        ['tags', tags(acl.name)],
      ],
      `${acl.name}: the default network ACL of ${vpc.name}; its rules are replaced by these.`,
    );
    return;
  }
  resource(c, a, [
    ['vpc_id', expr(`${vpcAddress}.id`)],
    ['tags', tags(acl.name)],
  ]);
  for (const rule of byDirection(acl.rules)) {
    const ported = rule.protocol === 'tcp' || rule.protocol === 'udp';
    resource(c, take(c, 'aws_network_acl_rule', `${nameOf(a)}_${rule.direction}_${rule.number}`), [
      ['network_acl_id', expr(`${a}.id`)],
      ['rule_number', rule.number],
      ['egress', rule.direction === 'outbound'],
      ['rule_action', rule.action],
      ['protocol', typeof rule.protocol === 'number' ? String(rule.protocol) : PROTOCOL_NUMBER[rule.protocol]!],
      ['cidr_block', rule.cidr],
      ['from_port', ported ? rule.fromPort : undefined],
      ['to_port', ported ? rule.toPort : undefined],
      ['icmp_type', rule.protocol === 'icmp' ? (icmpAll(rule) ? -1 : rule.fromPort) : undefined],
      ['icmp_code', rule.protocol === 'icmp' ? -1 : undefined],
    ]);
  }
  for (const s of subnets)
    resource(c, take(c, 'aws_network_acl_association', nameOf(c.address.get(s)!)), [
      ['network_acl_id', expr(`${a}.id`)],
      ['subnet_id', expr(`${c.address.get(s)!}.id`)],
    ]);
};

/** A default group's rule as an inline block (self for the group itself). */
function defaultSgRuleBlock(c: Ctx, sg: ResourceOfKind<'securityGroup'>, r: SgRule, egress: boolean): HclBlock {
  const self = r.sourceSg === sg.id;
  const other = r.sourceSg && !self ? refTo(c, r.sourceSg) : null;
  const pl = r.prefixListId ? refTo(c, r.prefixListId) : null;
  const ported = r.protocol === 'tcp' || r.protocol === 'udp';
  return block(
    egress ? 'egress' : 'ingress',
    [],
    [
      ['protocol', ipProtocol(r.protocol)],
      ['from_port', ported ? r.fromPort : r.protocol === 'icmp' ? (icmpAll(r) ? -1 : r.fromPort) : 0],
      ['to_port', ported ? r.toPort : r.protocol === 'icmp' ? -1 : 0],
      ['self', self ? true : undefined],
      ['security_groups', other ? [other] : undefined],
      ['prefix_list_ids', pl ? [pl] : undefined],
      ['cidr_blocks', r.cidr !== null ? [r.cidr] : undefined],
      ['description', r.description || undefined],
    ],
  );
}

const writeSecurityGroup: Writer<'securityGroup'> = (c, sg) => {
  const vpc = c.plan.index.vpcOf(sg.id)!;
  const vpcAddress = c.address.get(vpc.id)!;
  const a = c.address.get(sg.id)!;
  if (sg.isDefault) {
    if (hasDefaultSgRules(sg)) {
      c.address.delete(sg.id); // the VPC's own (aws_vpc.x.default_security_group_id)
      return;
    }
    resource(
      c,
      a,
      [
        ['vpc_id', expr(`${vpcAddress}.id`)],
        ...sg.ingress.map((r) => defaultSgRuleBlock(c, sg, r, false)),
        ...sg.egress.map((r) => defaultSgRuleBlock(c, sg, r, true)),
        ['tags', tags(sg.name)],
      ],
      `${sg.name}: the default security group of ${vpc.name}; its rules are replaced by these.`,
    );
    return;
  }
  if (!sg.description.trim())
    c.plan.notes.add(
      'sg-description',
      'info',
      `${sg.name} has no description, which AWS requires; its name is written as its description.`,
      { name: sg.name },
      [sg.id],
    );
  resource(c, a, [
    ['name', /^sg-/i.test(sg.name) || !sg.name.trim() ? undefined : sg.name],
    ['description', sg.description.trim() || sg.name || nameOf(a)],
    ['vpc_id', expr(`${vpcAddress}.id`)],
    ['tags', tags(sg.name)],
  ]);
  const rules = (list: readonly SgRule[], egress: boolean) => {
    const type = egress ? 'aws_vpc_security_group_egress_rule' : 'aws_vpc_security_group_ingress_rule';
    list.forEach((rule, i) => {
      const peer: readonly [string, HclValue | null] | null = rule.sourceSg
        ? ['referenced_security_group_id', refTo(c, rule.sourceSg)]
        : rule.prefixListId
          ? ['prefix_list_id', refTo(c, rule.prefixListId)]
          : rule.cidr !== null
            ? ['cidr_ipv4', rule.cidr]
            : null;
      if (!peer || peer[1] === null) return;
      resource(c, take(c, type, `${nameOf(a)}_${i + 1}`), [
        ['security_group_id', expr(`${a}.id`)],
        ['ip_protocol', ipProtocol(rule.protocol)],
        ...ports(rule),
        peer as readonly [string, HclValue],
        ['description', rule.description || undefined],
      ]);
    });
  };
  rules(sg.ingress, false);
  rules(sg.egress, true);
};

function groupsOf(c: Ctx, r: Resource & { securityGroupIds: readonly string[] }): HclValue[] {
  if (!r.securityGroupIds.length)
    c.plan.notes.add(
      'no-security-group',
      'info',
      `${r.name} has no security group; AWS attaches its VPC's default group.`,
      { name: r.name },
      [r.id],
    );
  return r.securityGroupIds.map((g) => refTo(c, g)).filter((v): v is HclValue => v !== null);
}

const ARM = /^[a-z]+\d+[a-z]*g[a-z]*\./;

const writeInstance: Writer<'instance'> = (c, i) => {
  const a = c.address.get(i.id)!;
  const subnet = c.plan.index.get(i.parent) as ResourceOfKind<'subnet'>;
  const arm = ARM.test(i.instanceType);
  const ami = variable(
    c,
    arm ? 'arm_image_id' : 'image_id',
    { type: 'string', description: `The AMI of the ${arm ? 'Arm (Graviton)' : 'x86_64'} instances.` },
    true,
  );
  const type = variable(c, `${nameOf(a)}_instance_type`, {
    type: 'string',
    description: `The instance type of ${i.name}.`,
    default: i.instanceType,
  });
  const groups = groupsOf(c, i);
  const wantsPublic = i.publicIp === 'auto';
  resource(c, a, [
    ['ami', ami],
    ['instance_type', type],
    ['subnet_id', expr(`${c.address.get(subnet.id)!}.id`)],
    ['vpc_security_group_ids', groups.length ? groups : undefined],
    ['private_ip', i.privateIp ?? undefined],
    [
      'associate_public_ip_address',
      wantsPublic !== subnet.mapPublicIpOnLaunch && i.publicIp !== 'elastic' ? wantsPublic : undefined,
    ],
    ['tags', tags(i.name)],
  ]);
  if (i.publicIp === 'elastic')
    resource(c, take(c, 'aws_eip', nameOf(a)), [
      ['domain', 'vpc'],
      ['instance', expr(`${a}.id`)],
      ['tags', tags(`${i.name} address`)],
    ]);
};

const writeLoadBalancer: Writer<'loadBalancer'> = (c, lb) => {
  const a = c.address.get(lb.id)!;
  const subnets = [...new Set([lb.parent!, ...lb.subnetIds])].filter((s) => c.address.has(s));
  const groups = groupsOf(c, lb);
  resource(c, a, [
    ['load_balancer_type', 'application'],
    ['internal', lb.scheme === 'internal'],
    ['subnets', subnets.map((s) => expr(`${c.address.get(s)!}.id`))],
    ['security_groups', groups.length ? groups : undefined],
    ['tags', tags(lb.name)],
  ]);
  if (lb.listenerPorts.length)
    c.plan.notes.add(
      'listeners',
      'info',
      `${lb.name}'s listeners answer 503 until you point them at your targets (the design has no target groups).`,
      { name: lb.name },
      [lb.id],
    );
  for (const port of [...new Set(lb.listenerPorts)].sort((x, y) => x - y)) {
    const https = port === 443;
    const cert = https
      ? variable(
          c,
          'certificate_arn',
          { type: 'string', description: 'The ACM certificate of the HTTPS listeners.' },
          true,
        )
      : undefined;
    resource(c, take(c, 'aws_lb_listener', `${nameOf(a)}_${port}`), [
      ['load_balancer_arn', expr(`${a}.arn`)],
      ['port', port],
      ['protocol', https ? 'HTTPS' : 'HTTP'],
      ['certificate_arn', cert],
      block(
        'default_action',
        [],
        [
          ['type', 'fixed-response'],
          block(
            'fixed_response',
            [],
            [
              ['content_type', 'text/plain'],
              ['status_code', '503'],
            ],
          ),
        ],
      ),
    ]);
  }
};

const ENGINES: Readonly<Record<ResourceOfKind<'rds'>['engine'], string>> = {
  postgres: 'postgres',
  mysql: 'mysql',
  mariadb: 'mariadb',
  aurora: 'aurora-mysql',
  sqlserver: 'sqlserver-ex',
  oracle: 'oracle-se2',
};

const writeRds: Writer<'rds'> = (c, db) => {
  const a = c.address.get(db.id)!;
  const name = nameOf(a);
  const subnets = [...new Set([db.parent!, ...db.subnetIds])].filter((s) => c.address.has(s));
  const group = take(c, 'aws_db_subnet_group', name);
  resource(c, group, [
    ['subnet_ids', subnets.map((s) => expr(`${c.address.get(s)!}.id`))],
    ['tags', tags(`${db.name} subnets`)],
  ]);
  const aurora = db.engine === 'aurora';
  if (aurora)
    c.plan.notes.add(
      'aurora',
      'warning',
      `${db.name} is Aurora, which needs a DB cluster (aws_rds_cluster): the code writes the instance; add the cluster before deploying.`,
      { name: db.name },
      [db.id],
    );
  if (db.privateIp)
    c.plan.notes.add(
      'static-address',
      'info',
      `${db.name}'s address ${db.privateIp} cannot be chosen in RDS; AWS assigns one.`,
      { name: db.name, address: db.privateIp },
      [db.id],
    );
  const groups = groupsOf(c, db);
  resource(c, a, [
    ['engine', ENGINES[db.engine]],
    [
      'engine_version',
      variable(c, `${name}_engine_version`, {
        type: 'string',
        description: `The ${ENGINES[db.engine]} version of ${db.name}; null for AWS's default version.`,
        default: null,
      }),
    ],
    [
      'instance_class',
      variable(c, `${name}_instance_class`, {
        type: 'string',
        description: `The DB instance class of ${db.name} (db.t4g.micro…).`,
      }),
    ],
    [
      'allocated_storage',
      aurora
        ? undefined
        : variable(c, `${name}_allocated_storage`, {
            type: 'number',
            description: `The storage of ${db.name}, in GiB.`,
            default: 20,
          }),
    ],
    [
      'username',
      variable(c, `${name}_username`, { type: 'string', description: `The master user name of ${db.name}.` }),
    ],
    [
      'password',
      variable(c, `${name}_password`, {
        type: 'string',
        description: `The master password of ${db.name} (8 characters at least).`,
        sensitive: true,
      }),
    ],
    ['db_subnet_group_name', expr(`${group}.name`)],
    ['vpc_security_group_ids', groups.length ? groups : undefined],
    ['port', db.port],
    ['publicly_accessible', db.publiclyAccessible],
    ['tags', tags(db.name)],
  ]);
};

function writeGatewayEndpoint(c: Ctx, e: GatewayEndpoint): void {
  const tables = c.endpointTables.get(e.resource.id) ?? [];
  resource(c, c.address.get(e.resource.id)!, [
    ['vpc_id', expr(`${c.address.get(e.vpc.id)!}.id`)],
    ['service_name', e.service],
    ['vpc_endpoint_type', 'Gateway'],
    ['route_table_ids', tables.length ? tables : undefined],
    ['tags', tags(e.resource.name)],
  ]);
}

const WRITERS: { readonly [K in ExportedKind]: Writer<K> } = {
  prefixList: writePrefixList,
  vpc: writeVpc,
  subnet: writeSubnet,
  igw: writeIgw,
  nat: writeNat,
  peering: writePeering,
  routeTable: writeRouteTable,
  nacl: writeNacl,
  securityGroup: writeSecurityGroup,
  instance: writeInstance,
  loadBalancer: writeLoadBalancer,
  rds: writeRds,
};

const PROVIDER = `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}
`;

/** The configuration for a design; pure, never throws on a design the format accepts. */
export function toTerraform(design: Design): TerraformExport {
  const plan = makePlan(design);
  const c: Ctx = {
    plan,
    namers: new Map(),
    address: new Map(),
    blocks: [],
    variables: new Map(),
    varNames: new Namer('_'),
    igws: new Map(),
    endpointTables: new Map(plan.gatewayEndpoints.map((e) => [e.resource.id, []])),
    flowLogBucket: null,
  };
  variable(c, 'region', { type: 'string', description: 'The Region to deploy to.', default: plan.region });
  for (const kind of KIND_ORDER)
    for (const r of plan.list(kind)) {
      if (kind === 'prefixList' && (r as ResourceOfKind<'prefixList'>).entries === null) continue;
      const [type, fallback] = TYPES[kind];
      const main = kind === 'routeTable' && (r as ResourceOfKind<'routeTable'>).main;
      const defaultAcl = kind === 'nacl' && (r as ResourceOfKind<'nacl'>).isDefault;
      const defaultSg = kind === 'securityGroup' && (r as ResourceOfKind<'securityGroup'>).isDefault;
      const t = main
        ? 'aws_default_route_table'
        : defaultAcl
          ? 'aws_default_network_acl'
          : defaultSg
            ? 'aws_default_security_group'
            : type;
      c.address.set(r.id, take(c, t, snakeName(r.name, fallback)));
    }
  for (const e of plan.gatewayEndpoints)
    c.address.set(e.resource.id, take(c, 'aws_vpc_endpoint', snakeName(e.resource.name, 'endpoint')));
  for (const kind of KIND_ORDER)
    for (const r of plan.list(kind)) (WRITERS[kind] as Writer<ExportedKind>)(c, r as never);
  for (const e of plan.gatewayEndpoints) writeGatewayEndpoint(c, e);

  const variables = [...c.variables.values()];
  const required = variables.filter((v) => v.info.default === null).map((v) => v.info.name);
  if (required.length)
    plan.notes.add(
      'parameters',
      'info',
      `Deploying asks for ${required.join(', ')}: values the design does not hold (never made up).`,
      { names: required.join(', ') },
    );
  if (
    plan.list('nat').some((n) => n.connectivity === 'public' && n.elasticIp) ||
    plan.list('instance').some((i) => i.publicIp === 'elastic')
  )
    plan.notes.add(
      'elastic-ips',
      'info',
      'AWS allocates the Elastic IP addresses when the stack is created; the addresses in the design are not kept.',
    );
  if (plan.list('vpc').length)
    plan.notes.add(
      'aws-creates-defaults',
      'info',
      'AWS creates each VPC with a main route table, a default network ACL and a default security group; they are there after deploying even where the design does not draw them.',
    );
  const notes = plan.notes.done();
  const header = [
    `${design.name || 'VPC Town design'}, exported by VPC Town for ${plan.region}.`,
    'Deploy: terraform init && terraform apply',
    ...notes.filter((n) => n.severity === 'warning').map((n) => `Note: ${n.message}`),
  ].join('\n');
  const main = `${stringifyHcl([], header)}${PROVIDER}\n${stringifyHcl(c.blocks)}`;
  const vars = stringifyHcl(variables.map((v) => v.block));
  return {
    files: [
      { name: 'main.tf', text: main },
      { name: 'variables.tf', text: vars },
    ],
    text: `${main}\n${vars}`,
    notes,
    variables: variables.map((v) => v.info),
    region: plan.region,
  };
}
