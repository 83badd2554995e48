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
import { isUnknownNaclCidr } from '../../validation/nacl.ts';
import { cidrOrNull, contains } from '../../model/cidr.ts';
import { UNKNOWN_IPV6 } from '../../model/cidr6.ts';
import type { Design, Resource, ResourceKind, ResourceOfKind, SgRule } from '../../model/types.ts';
import { block, expr, object, stringifyHcl, type HclBlock, type HclItem, type HclValue } from './hcl.ts';
import { Namer, snakeName } from './names.ts';
import { answerNote, listenerPortsNote, unknownRuleNote, type IacNote, type IacParameter } from './notes.ts';
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

/**
 * The kinds of issue #14, written by this writer after the kinds above (plan.ts's KIND_ORDER is
 * shared with the CloudFormation writer, which writes these its own way), by name. Terraform orders
 * the work by references, so only the names' order matters here.
 */
const EXTRA_ORDER = [
  'egressOnlyIgw',
  'vpnGateway',
  'customerGateway',
  'transitGateway',
  'tgwRouteTable',
  'tgwAttachment',
  'vpnConnection',
  'gatewayEndpoint',
  'interfaceEndpoint',
  'networkInterface',
  'targetGroup',
] as const satisfies readonly ResourceKind[];
type ExtraKind = (typeof EXTRA_ORDER)[number];

const EXTRA_TYPES: { readonly [K in ExtraKind]: readonly [string, string] } = {
  egressOnlyIgw: ['aws_egress_only_internet_gateway', 'eigw'],
  vpnGateway: ['aws_vpn_gateway', 'vgw'],
  customerGateway: ['aws_customer_gateway', 'cgw'],
  transitGateway: ['aws_ec2_transit_gateway', 'tgw'],
  tgwRouteTable: ['aws_ec2_transit_gateway_route_table', 'tgw_rtb'],
  tgwAttachment: ['aws_ec2_transit_gateway_vpc_attachment', 'tgw_attachment'],
  vpnConnection: ['aws_vpn_connection', 'vpn'],
  gatewayEndpoint: ['aws_vpc_endpoint', 'endpoint'],
  interfaceEndpoint: ['aws_vpc_endpoint', 'endpoint'],
  networkInterface: ['aws_network_interface', 'eni'],
  targetGroup: ['aws_lb_target_group', 'tg'],
};

/** Where each issue #14 kind must sit to be written: in a VPC, in a subnet, or anywhere. */
const EXTRA_PLACE: { readonly [K in ExtraKind]: 'vpc' | 'subnet' | 'region' | 'none' } = {
  egressOnlyIgw: 'vpc',
  vpnGateway: 'region',
  customerGateway: 'none',
  transitGateway: 'region',
  tgwRouteTable: 'region',
  tgwAttachment: 'vpc',
  vpnConnection: 'region',
  gatewayEndpoint: 'vpc',
  interfaceEndpoint: 'subnet',
  networkInterface: 'subnet',
  targetGroup: 'vpc',
};

const isV6 = (cidr: string) => cidr.includes(':') || cidr === UNKNOWN_IPV6;

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
  /** The issue #14 kinds' resources that are written, by kind, by name. */
  readonly extra: ReadonlyMap<ExtraKind, readonly Resource[]>;
  /** VPC id → addresses of its transit gateway attachments (routes to the gateway wait for them). */
  readonly tgwAttachments: Map<string, string[]>;
  /** VPC id → addresses of its IPv6 blocks' resources after the VPC's own (`#v6:N`). */
  readonly v6Blocks: Map<string, string[]>;
}

const extraOf = <K extends ExtraKind>(c: Ctx, kind: K) => (c.extra.get(kind) ?? []) as readonly ResourceOfKind<K>[];

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
  // IPv6: Amazon's /56 (unknown until apply) is asked for on the VPC; any other block (BYOIP, or
  // a second one) is an association of its own.
  const v6 = v.ipv6CidrBlocks ?? [];
  const amazonFirst = v6[0] === UNKNOWN_IPV6;
  resource(c, a, [
    ['cidr_block', first],
    ['assign_generated_ipv6_cidr_block', amazonFirst ? true : undefined],
    ['tags', tags(v.name)],
  ]);
  const v6Assocs: string[] = [];
  v6.forEach((block, i) => {
    if (i === 0 && amazonFirst) return;
    const amazon = block === UNKNOWN_IPV6;
    if (!amazon)
      c.plan.notes.add(
        'ipv6-byoip',
        'info',
        `${v.name}'s IPv6 block ${block} is written as it is; AWS takes a given block only from an IPv6 pool of yours (ipv6_ipam_pool_id), else use assign_generated_ipv6_cidr_block.`,
        { name: v.name, block },
      );
    const assoc = take(c, 'aws_vpc_ipv6_cidr_block_association', `${nameOf(a)}_ipv6_${i + 1}`);
    v6Assocs.push(assoc);
    resource(c, assoc, [
      ['vpc_id', expr(`${a}.id`)],
      amazon ? ['assign_generated_ipv6_cidr_block', true] : ['ipv6_cidr_block', block],
    ]);
  });
  c.v6Blocks.set(v.id, v6Assocs);
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
  // IPv6: a block written out, or (unknown until apply) a /64 cut from the VPC's first IPv6 block.
  const vpcAddress = c.address.get(vpc.id)!;
  const v6 = vpc.ipv6CidrBlocks ?? [];
  let ipv6: HclValue | undefined;
  if (s.ipv6Cidr && v6.length) {
    if (s.ipv6Cidr === UNKNOWN_IPV6) {
      const n = c.plan
        .list('subnet')
        .filter(
          (x) =>
            x.id !== s.id && x.ipv6Cidr === UNKNOWN_IPV6 && c.plan.index.vpcOf(x.id)?.id === vpc.id && x.name < s.name,
        ).length;
      const first =
        v6[0] === UNKNOWN_IPV6 ? `${vpcAddress}.ipv6_cidr_block` : `${c.v6Blocks.get(vpc.id)![0]}.ipv6_cidr_block`;
      ipv6 = expr(`cidrsubnet(${first}, 8, ${n})`);
    } else ipv6 = s.ipv6Cidr;
  }
  resource(c, c.address.get(s.id)!, [
    ['vpc_id', expr(assoc ? `${assoc}.vpc_id` : `${vpcAddress}.id`)],
    ['cidr_block', s.cidr],
    ['ipv6_cidr_block', ipv6],
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
    case 'transitGateway':
      return ['transit_gateway_id', refTo(c, r.id)!];
    case 'egressOnlyIgw':
      return ['egress_only_gateway_id', refTo(c, r.id)!];
    case 'vpnGateway':
      return ['gateway_id', refTo(c, r.id)!];
    case 'gatewayEndpoint':
    case 'interfaceEndpoint':
      return ['vpc_endpoint_id', refTo(c, r.id)!];
    case 'networkInterface':
      return ['network_interface_id', refTo(c, r.id)!];
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
  const mainWaits = new Set<string>();
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
    if (!target || !arg || arg[1] === null || arg[1] === undefined) {
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
        : isV6(route.destination)
          ? [t.main ? 'ipv6_cidr_block' : 'destination_ipv6_cidr_block', route.destination]
          : [t.main ? 'cidr_block' : 'destination_cidr_block', route.destination];
    // A route to a transit gateway waits for the VPC's attachment to it.
    const waits = target.kind === 'transitGateway' ? (c.tgwAttachments.get(vpc.id) ?? []) : [];
    if (t.main) {
      inline.push(block('route', [], [destination, arg]));
      for (const w of waits) mainWaits.add(w);
    } else
      resource(c, take(c, 'aws_route', `${nameOf(a)}_to_${targetName}`), [
        ['route_table_id', expr(`${a}.id`)],
        destination,
        arg,
        ['depends_on', waits.length ? waits.map((w) => expr(w)) : undefined],
      ]);
  }
  if (t.main)
    c.blocks.splice(
      at,
      0,
      block(
        'resource',
        a.split('.'),
        [
          ['default_route_table_id', expr(`${vpcAddress}.default_route_table_id`)],
          ...inline,
          ['tags', tags(t.name)],
          ['depends_on', mainWaits.size ? [...mainWaits].sort().map((w) => expr(w)) : undefined],
        ],
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
      [isV6(rule.cidr) ? 'ipv6_cidr_block' : 'cidr_block', rule.cidr],
      ['from_port', ported ? rule.fromPort : 0],
      ['to_port', ported ? rule.toPort : 0],
      ['icmp_type', rule.protocol === 'icmp' ? (icmpAll(rule) ? -1 : rule.fromPort) : undefined],
      ['icmp_code', rule.protocol === 'icmp' ? -1 : undefined],
    ],
  );
}

const byDirection = (rules: ResourceOfKind<'nacl'>['rules']) =>
  [...rules].sort((x, y) => (x.direction === y.direction ? x.number - y.number : x.direction === 'inbound' ? -1 : 1));

/** The rules with a known block; each other one is left out, with a note (it cannot deploy without one). */
function known(c: Ctx, acl: ResourceOfKind<'nacl'>): ResourceOfKind<'nacl'>['rules'] {
  return acl.rules.filter((rule) => {
    if (!isUnknownNaclCidr(rule.cidr)) return true;
    unknownRuleNote(c.plan.notes, acl, rule.number);
    return false;
  });
}

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
        ...byDirection(known(c, acl)).map(aclRuleBlock),
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
  for (const rule of byDirection(known(c, acl))) {
    const ported = rule.protocol === 'tcp' || rule.protocol === 'udp';
    resource(c, take(c, 'aws_network_acl_rule', `${nameOf(a)}_${rule.direction}_${rule.number}`), [
      ['network_acl_id', expr(`${a}.id`)],
      ['rule_number', rule.number],
      ['egress', rule.direction === 'outbound'],
      ['rule_action', rule.action],
      ['protocol', typeof rule.protocol === 'number' ? String(rule.protocol) : PROTOCOL_NUMBER[rule.protocol]!],
      [isV6(rule.cidr) ? 'ipv6_cidr_block' : 'cidr_block', rule.cidr],
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
      ['cidr_blocks', r.cidr !== null && !isV6(r.cidr) ? [r.cidr] : undefined],
      ['ipv6_cidr_blocks', r.cidr !== null && isV6(r.cidr) ? [r.cidr] : undefined],
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
            ? [isV6(rule.cidr) ? 'cidr_ipv6' : 'cidr_ipv4', rule.cidr]
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
      'ipv6_addresses',
      (i.ipv6Addresses ?? []).filter((x) => x !== UNKNOWN_IPV6).length
        ? (i.ipv6Addresses ?? []).filter((x) => x !== UNKNOWN_IPV6)
        : undefined,
    ],
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
  const network = lb.lbType === 'network';
  // A network load balancer may have no security group.
  const groups = network && !lb.securityGroupIds.length ? [] : groupsOf(c, lb);
  resource(c, a, [
    ['load_balancer_type', network ? 'network' : 'application'],
    ['internal', lb.scheme === 'internal'],
    ['subnets', subnets.map((s) => expr(`${c.address.get(s)!}.id`))],
    ['security_groups', groups.length ? groups : undefined],
    ['enable_cross_zone_load_balancing', network && lb.crossZone ? true : undefined],
    ['tags', tags(lb.name)],
  ]);
  const certificate = () =>
    variable(
      c,
      'certificate_arn',
      { type: 'string', description: 'The ACM certificate of the HTTPS and TLS listeners.' },
      true,
    );
  // Listeners with their target groups: each forwards to its group, as drawn.
  if (lb.listeners?.length) {
    const sorted = [...lb.listeners].sort((x, y) => x.port - y.port || x.protocol.localeCompare(y.protocol));
    for (const l of sorted) {
      const answers = l.action === 'fixed-response' || l.action === 'redirect';
      const tg = l.targetGroupId && !answers ? c.address.get(l.targetGroupId) : undefined;
      if (answers && !network) answerNote(c.plan.notes, lb, l.port, l.action!);
      if (!tg && network) {
        c.plan.notes.add(
          'listener-without-target-group',
          'warning',
          `${lb.name}'s ${l.protocol} listener on ${l.port} forwards to no target group; a network load balancer's listener must, so it is left out.`,
          { name: lb.name, port: l.port },
          [lb.id],
        );
        continue;
      }
      const tls = l.protocol === 'HTTPS' || l.protocol === 'TLS';
      const same = sorted.filter((x) => x.port === l.port).length > 1;
      resource(c, take(c, 'aws_lb_listener', `${nameOf(a)}_${l.port}${same ? `_${l.protocol.toLowerCase()}` : ''}`), [
        ['load_balancer_arn', expr(`${a}.arn`)],
        ['port', l.port],
        ['protocol', l.protocol],
        ['certificate_arn', tls ? certificate() : undefined],
        defaultAction(tg ?? null, l.action === 'redirect' ? 'redirect' : 'fixed-response'),
      ]);
    }
    return;
  }
  const ports = [...new Set(lb.listenerPorts)].sort((x, y) => x - y);
  if (ports.length) listenerPortsNote(c.plan.notes, lb, ports, network);
  const vpc = c.plan.index.vpcOf(lb.id);
  for (const port of ports) {
    const https = port === 443;
    const cert = https ? certificate() : undefined;
    // A network load balancer's listener can only forward (ELB has no fixed response for it): to a
    // target group of its own, empty until targets are registered.
    const group = network ? take(c, 'aws_lb_target_group', `${nameOf(a)}_${port}`) : null;
    if (group)
      resource(c, group, [
        ['port', port],
        ['protocol', 'TCP'],
        ['vpc_id', vpc ? idOf(c.address.get(vpc.id)!) : undefined],
        ['target_type', 'instance'],
        ['tags', tags(`${lb.name} ${port}`)],
      ]);
    resource(c, take(c, 'aws_lb_listener', `${nameOf(a)}_${port}`), [
      ['load_balancer_arn', expr(`${a}.arn`)],
      ['port', port],
      ['protocol', network ? (https ? 'TLS' : 'TCP') : https ? 'HTTPS' : 'HTTP'],
      ['certificate_arn', cert],
      defaultAction(group, 'fixed-response'),
    ]);
  }
};

/**
 * A listener's default action: forward to the group (its address), else what the load balancer
 * answers itself (notes.ts answerNote: a redirect to HTTPS on 443, or a 503).
 */
function defaultAction(group: string | null, answer: 'fixed-response' | 'redirect'): HclBlock {
  if (group)
    return block(
      'default_action',
      [],
      [
        ['type', 'forward'],
        ['target_group_arn', expr(`${group}.arn`)],
      ],
    );
  const [type, body] =
    answer === 'redirect'
      ? ([
          'redirect',
          block(
            'redirect',
            [],
            [
              ['port', '443'],
              ['protocol', 'HTTPS'],
              ['status_code', 'HTTP_301'],
            ],
          ),
        ] as const)
      : ([
          'fixed-response',
          block(
            'fixed_response',
            [],
            [
              ['content_type', 'text/plain'],
              ['status_code', '503'],
            ],
          ),
        ] as const);
  return block('default_action', [], [['type', type], body]);
}

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

/* ------------------------------------------------------------------ the kinds of issue #14 */

type ExtraWriter<K extends ExtraKind> = (c: Ctx, r: ResourceOfKind<K>) => void;
const addrOf = (c: Ctx, id: string | null | undefined) => (id ? c.address.get(id) : undefined);
const idOf = (a: string) => expr(`${a}.id`);

const writeEgressOnlyIgw: ExtraWriter<'egressOnlyIgw'> = (c, g) => {
  const vpc = c.plan.index.vpcOf(g.id)!;
  resource(c, c.address.get(g.id)!, [
    ['vpc_id', idOf(c.address.get(vpc.id)!)],
    ['tags', tags(g.name)],
  ]);
};

const writeVpnGateway: ExtraWriter<'vpnGateway'> = (c, g) => {
  const a = c.address.get(g.id)!;
  const vpc = addrOf(c, c.plan.index.vpcOf(g.id)?.id);
  resource(c, a, [
    ['vpc_id', vpc ? idOf(vpc) : undefined],
    ['amazon_side_asn', g.amazonSideAsn === 64512 ? undefined : String(g.amazonSideAsn)],
    ['tags', tags(g.name)],
  ]);
  if (!vpc) return; // detached
  const tables = g.propagationRouteTableIds.filter((t) => c.address.has(t));
  if (tables.length < g.propagationRouteTableIds.length)
    c.plan.notes.add(
      'propagation-main-table',
      'warning',
      `${g.name} propagates into a route table that is not written; that propagation is left out.`,
      { name: g.name },
      [g.id],
    );
  for (const t of [...tables].sort((x, y) => c.address.get(x)!.localeCompare(c.address.get(y)!)))
    resource(c, take(c, 'aws_vpn_gateway_route_propagation', `${nameOf(a)}_${nameOf(c.address.get(t)!)}`), [
      ['vpn_gateway_id', idOf(a)],
      ['route_table_id', idOf(c.address.get(t)!)],
    ]);
};

const writeCustomerGateway: ExtraWriter<'customerGateway'> = (c, g) => {
  resource(c, c.address.get(g.id)!, [
    ['bgp_asn', String(g.bgpAsn)],
    ['ip_address', g.ipAddress],
    ['type', 'ipsec.1'],
    ['tags', tags(g.name)],
  ]);
};

const writeTransitGateway: ExtraWriter<'transitGateway'> = (c, g) => {
  // Associations and propagations are written as resources of their own, so AWS's default route
  // table is turned off (as the CloudFormation writer does).
  resource(c, c.address.get(g.id)!, [
    ['amazon_side_asn', g.amazonSideAsn],
    ['default_route_table_association', 'disable'],
    ['default_route_table_propagation', 'disable'],
    ['tags', tags(g.name)],
  ]);
};

const writeTgwRouteTable: ExtraWriter<'tgwRouteTable'> = (c, t) => {
  const a = c.address.get(t.id)!;
  const tgw = addrOf(c, t.transitGatewayId);
  if (!tgw) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${t.name} belongs to no transit gateway; it is left out.`,
      { name: t.name },
      [t.id],
    );
    c.address.delete(t.id);
    return;
  }
  resource(c, a, [
    ['transit_gateway_id', idOf(tgw)],
    ['tags', tags(t.name)],
  ]);
};

/** An attachment's id: a VPC attachment's own, or the one AWS makes for a VPN connection. */
function attachmentRef(c: Ctx, id: string): HclValue | null {
  const r = c.plan.index.get(id);
  const a = c.address.get(id);
  if (!r || !a) return null;
  if (r.kind === 'tgwAttachment') return idOf(a);
  if (r.kind === 'vpnConnection' && (r as ResourceOfKind<'vpnConnection'>).transitGatewayId)
    return expr(`${a}.transit_gateway_attachment_id`);
  return null;
}

/** Routes, associations and propagations of the transit gateway route tables, once every attachment has its address. */
function writeTgwRouting(c: Ctx): void {
  for (const t of extraOf(c, 'tgwRouteTable')) {
    const a = c.address.get(t.id);
    if (!a) continue;
    t.routes.forEach((route, i) => {
      const att = route.target === 'blackhole' ? null : attachmentRef(c, route.target);
      if (route.target !== 'blackhole' && !att) {
        c.plan.notes.add(
          'tgw-route-target',
          'warning',
          `${t.name}: the route to ${route.destination} names ${route.target}, which is not written; it is left out.`,
          { name: t.name, destination: route.destination },
          [t.id],
        );
        return;
      }
      const target = att ? nameOf(c.address.get(route.target)!) : 'blackhole';
      resource(c, take(c, 'aws_ec2_transit_gateway_route', `${nameOf(a)}_${target}${i ? `_${i + 1}` : ''}`), [
        ['destination_cidr_block', route.destination],
        att ? ['transit_gateway_attachment_id', att] : ['blackhole', true],
        ['transit_gateway_route_table_id', idOf(a)],
      ]);
    });
    for (const p of [...t.propagationIds].sort()) {
      const att = attachmentRef(c, p);
      if (!att) continue;
      resource(
        c,
        take(c, 'aws_ec2_transit_gateway_route_table_propagation', `${nameOf(c.address.get(p)!)}_to_${nameOf(a)}`),
        [
          ['transit_gateway_attachment_id', att],
          ['transit_gateway_route_table_id', idOf(a)],
        ],
      );
    }
  }
  const associated: [string, string | null][] = [
    ...extraOf(c, 'tgwAttachment').map((x) => [x.id, x.routeTableId] as [string, string | null]),
    ...extraOf(c, 'vpnConnection').map((x) => [x.id, x.tgwRouteTableId] as [string, string | null]),
  ];
  for (const [id, table] of associated) {
    const att = attachmentRef(c, id);
    const rt = addrOf(c, table);
    if (!att || !rt) continue;
    resource(c, take(c, 'aws_ec2_transit_gateway_route_table_association', nameOf(c.address.get(id)!)), [
      ['transit_gateway_attachment_id', att],
      ['transit_gateway_route_table_id', idOf(rt)],
    ]);
  }
}

const writeTgwAttachment: ExtraWriter<'tgwAttachment'> = (c, x) => {
  const a = c.address.get(x.id)!;
  const vpc = c.plan.index.vpcOf(x.id)!;
  const tgw = addrOf(c, x.transitGatewayId);
  if (!tgw) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${x.name} attaches to no transit gateway; it is left out.`,
      { name: x.name },
      [x.id],
    );
    c.address.delete(x.id);
    return;
  }
  const subnets = x.subnetIds.map((s) => addrOf(c, s)).filter((s): s is string => !!s);
  if (!subnets.length)
    c.plan.notes.add(
      'tgw-no-subnets',
      'warning',
      `${x.name} has no subnet; AWS needs one per Availability Zone to attach the VPC.`,
      { name: x.name },
      [x.id],
    );
  c.tgwAttachments.set(vpc.id, [...(c.tgwAttachments.get(vpc.id) ?? []), a]);
  resource(c, a, [
    ['transit_gateway_id', idOf(tgw)],
    ['vpc_id', idOf(c.address.get(vpc.id)!)],
    ['subnet_ids', subnets.map(idOf)],
    ['appliance_mode_support', x.applianceMode ? 'enable' : undefined],
    ['ipv6_support', x.ipv6Support ? 'enable' : undefined],
    // The gateway's default route table is off: the association and propagations are resources.
    ['transit_gateway_default_route_table_association', false],
    ['transit_gateway_default_route_table_propagation', false],
    ['tags', tags(x.name)],
  ]);
};

const writeVpnConnection: ExtraWriter<'vpnConnection'> = (c, v) => {
  const a = c.address.get(v.id)!;
  const cgw = addrOf(c, v.customerGatewayId);
  const vgw = addrOf(c, v.vpnGatewayId);
  const tgw = addrOf(c, v.transitGatewayId);
  if (!cgw || (!vgw && !tgw)) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${v.name} does not join a customer gateway to a virtual private or transit gateway of the code; it is left out.`,
      { name: v.name },
      [v.id],
    );
    c.address.delete(v.id);
    return;
  }
  if (!v.staticRoutesOnly && v.onPremCidrs.length)
    c.plan.notes.add(
      'vpn-bgp',
      'info',
      `${v.name} uses BGP: its on-premises networks (${v.onPremCidrs.join(', ')}) come from the customer gateway, not the code.`,
      { name: v.name },
      [v.id],
    );
  resource(c, a, [
    ['customer_gateway_id', idOf(cgw)],
    vgw ? ['vpn_gateway_id', idOf(vgw)] : ['transit_gateway_id', idOf(tgw!)],
    ['type', 'ipsec.1'],
    ['static_routes_only', v.staticRoutesOnly],
    ['tags', tags(v.name)],
  ]);
  // Static routes of a VPN on a virtual private gateway (on a transit gateway, they are its routes).
  if (v.staticRoutesOnly && vgw)
    v.onPremCidrs.forEach((cidr, i) =>
      resource(c, take(c, 'aws_vpn_connection_route', `${nameOf(a)}_${i + 1}`), [
        ['destination_cidr_block', cidr],
        ['vpn_connection_id', idOf(a)],
      ]),
    );
};

const writeGatewayEndpointKind: ExtraWriter<'gatewayEndpoint'> = (c, e) => {
  const vpc = c.plan.index.vpcOf(e.id)!;
  // Its tables: those it names and those that route its prefix list to it (AWS keeps both the same).
  const named = e.routeTableIds.map((t) => addrOf(c, t)).filter((t): t is string => !!t);
  const routed = (c.endpointTables.get(e.id) ?? []).map((t) => (t as { expr: string }).expr.replace(/\.id$/, ''));
  const tables = [...new Set([...named, ...routed])].sort();
  resource(c, c.address.get(e.id)!, [
    ['vpc_id', idOf(c.address.get(vpc.id)!)],
    ['service_name', e.serviceName],
    ['vpc_endpoint_type', 'Gateway'],
    ['route_table_ids', tables.length ? tables.map(idOf) : undefined],
    ['tags', tags(e.name)],
  ]);
};

const writeInterfaceEndpoint: ExtraWriter<'interfaceEndpoint'> = (c, e) => {
  const vpc = c.plan.index.vpcOf(e.id)!;
  const subnets = [...new Set([e.parent!, ...e.subnetIds])].map((s) => addrOf(c, s)).filter((s): s is string => !!s);
  const groups = groupsOf(c, e);
  resource(c, c.address.get(e.id)!, [
    ['vpc_id', idOf(c.address.get(vpc.id)!)],
    ['service_name', e.serviceName],
    ['vpc_endpoint_type', 'Interface'],
    ['subnet_ids', [...new Set(subnets)].map(idOf)],
    ['security_group_ids', groups.length ? groups : undefined],
    ['private_dns_enabled', e.privateDns],
    ['tags', tags(e.name)],
  ]);
};

const writeNetworkInterface: ExtraWriter<'networkInterface'> = (c, n) => {
  const owner = n.ownerId ? c.plan.index.get(n.ownerId) : undefined;
  if (owner && owner.kind !== 'instance') {
    // A NAT gateway's, endpoint's or load balancer's interface is AWS's: created with its owner.
    c.plan.notes.add(
      'managed-interface',
      'info',
      `${n.name} belongs to ${owner.name}; AWS creates it with its owner, so it is not written.`,
      { name: n.name },
      [n.id],
    );
    c.address.delete(n.id);
    return;
  }
  const a = c.address.get(n.id)!;
  const groups = groupsOf(c, n);
  if (n.elasticIp)
    c.plan.notes.add(
      'interface-eip',
      'warning',
      `${n.name}'s Elastic IP is not written; associate one after deploying.`,
      { name: n.name },
      [n.id],
    );
  resource(c, a, [
    ['subnet_id', idOf(c.address.get(n.parent!)!)],
    ['private_ips', n.privateIp ? [n.privateIp] : undefined],
    ['security_groups', groups.length ? groups : undefined],
    ['tags', tags(n.name)],
  ]);
  const instance = addrOf(c, owner?.id);
  if (owner && instance) {
    // Device 0 is the instance's own interface; the others take the next numbers, by name.
    const siblings = extraOf(c, 'networkInterface').filter((x) => x.ownerId === owner.id);
    resource(c, take(c, 'aws_network_interface_attachment', nameOf(a)), [
      ['instance_id', idOf(instance)],
      ['network_interface_id', idOf(a)],
      ['device_index', siblings.indexOf(n) + 1],
    ]);
  }
};

const writeTargetGroup: ExtraWriter<'targetGroup'> = (c, g) => {
  const a = c.address.get(g.id)!;
  const vpc = c.plan.index.vpcOf(g.id)!;
  const l4 = g.protocol !== 'HTTP' && g.protocol !== 'HTTPS';
  resource(c, a, [
    ['port', g.port],
    ['protocol', g.protocol],
    ['vpc_id', idOf(c.address.get(vpc.id)!)],
    ['target_type', g.targetType],
    ['preserve_client_ip', g.preserveClientIp !== undefined && l4 ? String(g.preserveClientIp) : undefined],
    ['tags', tags(g.name)],
  ]);
  // Registered on deploy (ECS, Auto Scaling): no attachments at all.
  if (g.targetsAtDeploy) {
    c.plan.notes.add(
      'targets-at-deploy',
      'info',
      `${g.name}'s targets are registered when it is deployed (a service or an Auto Scaling group); none is written.`,
      { name: g.name },
      [g.id],
    );
    return;
  }
  let left = 0;
  g.targets.forEach((t, i) => {
    const instance = g.targetType === 'instance' ? addrOf(c, t.instanceId) : undefined;
    const target = g.targetType === 'instance' ? (instance ? idOf(instance) : null) : t.ip;
    if (target === null || target === undefined) {
      left++;
      return;
    }
    const base = instance ? nameOf(instance) : `${nameOf(a)}_${i + 1}`;
    resource(c, take(c, 'aws_lb_target_group_attachment', `${nameOf(a)}_${base}`), [
      ['target_group_arn', expr(`${a}.arn`)],
      ['target_id', target],
      ['port', t.port ?? undefined],
    ]);
  });
  if (left)
    c.plan.notes.add(
      'target-left-out',
      'warning',
      `${g.name} has targets that are not in the code; they are left out.`,
      { name: g.name },
      [g.id],
    );
};

const EXTRA_WRITERS: { readonly [K in ExtraKind]: ExtraWriter<K> } = {
  egressOnlyIgw: writeEgressOnlyIgw,
  vpnGateway: writeVpnGateway,
  customerGateway: writeCustomerGateway,
  transitGateway: writeTransitGateway,
  tgwRouteTable: writeTgwRouteTable,
  tgwAttachment: writeTgwAttachment,
  vpnConnection: writeVpnConnection,
  gatewayEndpoint: writeGatewayEndpointKind,
  interfaceEndpoint: writeInterfaceEndpoint,
  networkInterface: writeNetworkInterface,
  targetGroup: writeTargetGroup,
};

/** The issue #14 kinds' resources that are written: in the plan's Region, in a written VPC or subnet; by name. */
function extraResources(plan: Plan): Map<ExtraKind, Resource[]> {
  const region = plan.design.resources.find((r) => r.kind === 'region');
  const written = new Set([...plan.list('vpc'), ...plan.list('subnet')].map((x) => x.id));
  const out = new Map<ExtraKind, Resource[]>();
  for (const kind of EXTRA_ORDER) {
    const list = plan.design.resources
      .filter((r) => r.kind === kind)
      .filter((r) => {
        const place = EXTRA_PLACE[kind];
        const inside = place === 'vpc' ? plan.index.vpcOf(r.id)?.id : plan.index.subnetOf(r.id)?.id;
        const ok =
          place === 'none' ||
          (place === 'region'
            ? !region || !plan.index.regionOf(r.id) || plan.index.regionOf(r.id) === region
            : !!inside && written.has(inside));
        if (!ok)
          plan.notes.add(
            'unplaced',
            'warning',
            `${r.name} is not in a ${place === 'region' ? `resource of ${plan.region}` : `${place} of the code`}; it is left out.`,
            { name: r.name },
            [r.id],
          );
        return ok;
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.set(kind, list);
  }
  return out;
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
    endpointTables: new Map([
      ...plan.gatewayEndpoints.map((e) => [e.resource.id, []] as [string, HclValue[]]),
      ...design.resources.filter((r) => r.kind === 'gatewayEndpoint').map((r) => [r.id, []] as [string, HclValue[]]),
    ]),
    flowLogBucket: null,
    extra: extraResources(plan),
    tgwAttachments: new Map(),
    v6Blocks: new Map(),
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
  for (const kind of EXTRA_ORDER)
    for (const r of c.extra.get(kind)!) {
      const [type, fallback] = EXTRA_TYPES[kind];
      c.address.set(r.id, take(c, type, snakeName(r.name, fallback)));
    }
  // Attachments first: routes to a transit gateway wait for them (depends_on).
  const early = new Set<ExtraKind>(['transitGateway', 'tgwRouteTable', 'tgwAttachment']);
  const writeExtra = (kind: ExtraKind) => {
    for (const r of c.extra.get(kind)!) (EXTRA_WRITERS[kind] as ExtraWriter<ExtraKind>)(c, r as never);
  };
  for (const kind of KIND_ORDER) {
    if (kind === 'routeTable') for (const k of EXTRA_ORDER) if (early.has(k)) writeExtra(k);
    for (const r of plan.list(kind)) (WRITERS[kind] as Writer<ExportedKind>)(c, r as never);
  }
  for (const kind of EXTRA_ORDER) if (!early.has(kind)) writeExtra(kind);
  writeTgwRouting(c);
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
