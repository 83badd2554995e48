/**
 * A design → a CloudFormation template (YAML) that deploys the network as drawn (issue #15).
 * One writer per kind (`WRITERS`, exhaustive over the exported kinds), each giving the resource's
 * block and the blocks that belong to it (a gateway's attachment, a table's routes and
 * associations, a group's rules). Logical ids come from the design's names (names.ts), every link
 * is a `!Ref` or `!GetAtt`, and the order is fixed (plan.ts), so the same design gives the same text.
 *
 * What CloudFormation cannot say is written the nearest way it can, with a note: the main route
 * table's routes and the default network ACL's entries cannot be changed, so an explicit table or
 * ACL takes their place; a group that must not keep EC2's allow-all egress rule gets the localhost
 * rule that removes it (AWS's documented way); what the design does not model (external
 * resources) is a parameter holding its id.
 */
import { cidrOrNull, contains } from '../../model/cidr.ts';
import { UNKNOWN_IPV6 } from '../../model/cidr6.ts';
import { isUnknownNaclCidr } from '../../validation/nacl.ts';
import type { Design, Resource, ResourceKind, ResourceOfKind, SgRule } from '../../model/types.ts';
import { Namer, pascalName } from './names.ts';
import { answerNote, listenerPortsNote, unknownRuleNote, type IacNote, type IacParameter } from './notes.ts';
import {
  KIND_ORDER,
  hasDefaultAclRules,
  hasDefaultSgRules,
  hasOwnRoutes,
  isAllowAllEgress,
  makePlan,
  type ExportedKind,
  type GatewayEndpoint,
  type Plan,
} from './plan.ts';
import { getAtt, map, ref, spacedMap, stringifyYaml, tag, type YamlMap, type YamlValue } from './yaml.ts';

export interface CfnExport {
  /** The template, YAML. */
  readonly text: string;
  readonly notes: readonly IacNote[];
  readonly parameters: readonly IacParameter[];
  /** The Region the template is for (its subnets name zones of it). */
  readonly region: string;
}

/** Each kind's word in logical ids and the abbreviations of it a name may hold (`web-sg`). */
const WORDS: { readonly [K in ExportedKind]: readonly [string, readonly string[]] } = {
  prefixList: ['PrefixList', ['pl', 'prefix', 'list']],
  vpc: ['Vpc', ['vpc']],
  subnet: ['Subnet', ['subnet', 'sn']],
  igw: ['InternetGateway', ['igw', 'internet', 'gateway', 'gw']],
  nat: ['NatGateway', ['nat', 'ngw', 'gateway', 'gw']],
  peering: ['PeeringConnection', ['peering', 'pcx', 'connection', 'peer']],
  routeTable: ['RouteTable', ['rtb', 'rt', 'route', 'table', 'routes']],
  nacl: ['NetworkAcl', ['nacl', 'acl', 'network']],
  securityGroup: ['SecurityGroup', ['sg', 'security', 'group']],
  instance: ['Instance', ['instance', 'ec2', 'server']],
  loadBalancer: ['LoadBalancer', ['alb', 'lb', 'elb', 'load', 'balancer']],
  rds: ['Database', ['db', 'rds', 'database']],
};

/**
 * The kinds of issue #14, written by this writer only (plan.ts's KIND_ORDER is shared with the
 * Terraform writer): in this order, after the kinds above, by name.
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

const EXTRA_WORDS: { readonly [K in ExtraKind]: readonly [string, readonly string[]] } = {
  egressOnlyIgw: ['EgressOnlyGateway', ['eigw', 'egress', 'only', 'gateway', 'gw', 'igw']],
  vpnGateway: ['VpnGateway', ['vgw', 'vpn', 'gateway', 'gw']],
  customerGateway: ['CustomerGateway', ['cgw', 'customer', 'gateway', 'gw']],
  transitGateway: ['TransitGateway', ['tgw', 'transit', 'gateway', 'gw']],
  tgwRouteTable: ['TransitGatewayRouteTable', ['tgw', 'rtb', 'rt', 'route', 'table', 'transit', 'gateway']],
  tgwAttachment: ['TransitGatewayAttachment', ['tgw', 'attach', 'attachment', 'transit', 'gateway']],
  vpnConnection: ['VpnConnection', ['vpn', 'connection']],
  gatewayEndpoint: ['Endpoint', ['vpce', 'endpoint']],
  interfaceEndpoint: ['Endpoint', ['vpce', 'endpoint']],
  networkInterface: ['NetworkInterface', ['eni', 'network', 'interface', 'nic']],
  targetGroup: ['TargetGroup', ['tg', 'target', 'group']],
};

type Entry = readonly [string, YamlValue, string?];

interface Ctx {
  readonly plan: Plan;
  readonly namer: Namer;
  /** Design id → logical id of the resource written for it. */
  readonly logical: Map<string, string>;
  readonly resources: Entry[];
  readonly parameters: Map<string, { value: YamlMap; info: IacParameter }>;
  readonly conditions: Entry[];
  readonly outputs: Entry[];
  /** VPC id → logical id of its gateway attachment (routes and Elastic IPs depend on it). */
  readonly attachments: Map<string, string>;
  /** Gateway endpoint id → the route tables whose routes it makes. */
  readonly endpointTables: Map<string, YamlValue[]>;
  /** Logical id of the flow-log bucket, once one is written. */
  flowLogBucket: string | null;
  /** The issue #14 kinds that are written, by kind, by name. */
  readonly extra: ReadonlyMap<ExtraKind, readonly Resource[]>;
  /** VPC id → logical id of its virtual private gateway's attachment. */
  readonly vgwAttachments: Map<string, string>;
  /** VPC id → logical ids of its transit gateway attachments (routes to the gateway wait for them). */
  readonly tgwAttachments: Map<string, string[]>;
  /** VPC id → logical id of the resource of each IPv6 block (`#v6:N`), subnets wait for them. */
  readonly v6Blocks: Map<string, string[]>;
}

/** The written resources of an issue #14 kind. */
const extra = <K extends ExtraKind>(c: Ctx, kind: K) => (c.extra.get(kind) ?? []) as readonly ResourceOfKind<K>[];
const isV6 = (cidr: string) => cidr.includes(':') || cidr === UNKNOWN_IPV6;

const tags = (name: string): YamlValue => [map(['Key', 'Name'], ['Value', name])];
const resource = (type: string, properties: YamlMap, extra: Entry[] = []): YamlMap =>
  map(['Type', type], ...extra, ['Properties', properties]);

/** A parameter; a shared one (ImageId) is declared once, any other gets a name of its own. */
function addParameter(
  c: Ctx,
  base: string,
  p: { type: string; description: string; default?: string | null; noEcho?: boolean; extra?: Entry[] },
  shared = false,
): string {
  if (shared && c.parameters.has(base)) return base;
  const name = c.namer.take(base);
  c.parameters.set(name, {
    value: map(
      ['Type', p.type],
      ['Description', p.description],
      ['Default', p.default ?? undefined],
      ['NoEcho', p.noEcho ? true : undefined],
      ...(p.extra ?? []),
    ),
    info: { name, description: p.description, default: p.default ?? null, secret: !!p.noEcho },
  });
  return name;
}

/** The value that names a design resource: its logical id, an attribute, or a parameter with its id. */
function refTo(c: Ctx, id: string | null | undefined): YamlValue | null {
  if (!id) return null;
  const logical = c.logical.get(id);
  if (logical) return ref(logical);
  const r = c.plan.index.get(id);
  if (!r) return null;
  if (r.kind === 'securityGroup' && r.isDefault) {
    const vpc = c.plan.index.vpcOf(r.id);
    const v = vpc && c.logical.get(vpc.id);
    if (v) return getAtt(v, 'DefaultSecurityGroup');
  }
  if (r.kind === 'external' || (r.kind === 'prefixList' && r.entries === null)) {
    const word = r.kind === 'prefixList' ? 'PrefixListId' : 'Id';
    const existing = [...c.parameters.values()].find((p) => p.info.default === r.id);
    const name =
      existing?.info.name ??
      addParameter(c, pascalName(r.name, word), {
        type: 'String',
        description: `The id of ${r.name} (${r.kind === 'external' ? r.awsType : 'managed prefix list'}), which is not in this template.`,
        default: r.id,
      });
    return ref(name);
  }
  return null;
}

const take = (c: Ctx, base: string): string => c.namer.take(base);

function ipProtocol(p: SgRule['protocol']): string {
  return p === 'all' ? '-1' : String(p);
}

const PROTOCOL_NUMBER: Readonly<Record<string, number>> = { all: -1, tcp: 6, udp: 17, icmp: 1 };

/** FromPort/ToPort as EC2 takes them for a protocol (ICMP: the type, any code). */
function ports(
  c: Ctx,
  r: { protocol: SgRule['protocol']; fromPort: number; toPort: number },
  owner: Resource,
): Entry[] {
  if (r.protocol === 'tcp' || r.protocol === 'udp')
    return [
      ['FromPort', r.fromPort],
      ['ToPort', r.toPort],
    ];
  if (r.protocol === 'icmp') {
    const any = r.fromPort === 0 && r.toPort >= 255;
    if (!any && r.fromPort !== r.toPort)
      c.plan.notes.add(
        'icmp-range',
        'warning',
        `${owner.name} has an ICMP rule for types ${r.fromPort}–${r.toPort}; AWS takes one type or all, so it is written for type ${r.fromPort}.`,
        { name: owner.name, from: r.fromPort, to: r.toPort },
        [owner.id],
      );
    return [
      ['FromPort', any ? -1 : r.fromPort],
      ['ToPort', -1],
    ];
  }
  return [];
}

/* ------------------------------------------------------------------ one writer per kind */

type Writer<K extends ExportedKind> = (c: Ctx, r: ResourceOfKind<K>) => void;

const writePrefixList: Writer<'prefixList'> = (c, pl) => {
  if (pl.entries === null) return; // a managed list (S3's…): a parameter when something names it
  const id = c.logical.get(pl.id)!;
  c.resources.push([
    id,
    resource(
      'AWS::EC2::PrefixList',
      map(
        ['PrefixListName', pl.name || id],
        ['AddressFamily', pl.addressFamily],
        ['MaxEntries', Math.max(1, pl.entries.length)],
        ['Entries', pl.entries.map((cidr) => map(['Cidr', cidr]))],
        ['Tags', tags(pl.name)],
      ),
    ),
  ]);
};

const writeVpc: Writer<'vpc'> = (c, v) => {
  const id = c.logical.get(v.id)!;
  const [first, ...more] = v.cidrBlocks;
  if (v.isDefault)
    c.plan.notes.add(
      'default-vpc',
      'info',
      `${v.name} is drawn as the account's default VPC; CloudFormation creates a VPC of its own instead.`,
      { name: v.name },
      [v.id],
    );
  if (first === undefined)
    c.plan.notes.add(
      'no-cidr-block',
      'warning',
      `${v.name} has no CIDR block; the template cannot create it until one is given.`,
      { name: v.name },
      [v.id],
    );
  c.resources.push([id, resource('AWS::EC2::VPC', map(['CidrBlock', first], ['Tags', tags(v.name)]))]);
  c.outputs.push([`${id}Id`, map(['Description', `The id of ${v.name}`], ['Value', ref(id)])]);
  more.forEach((block, i) => {
    const blockId = take(c, `${id}CidrBlock${i + 2}`);
    c.logical.set(`${v.id}#block:${block}`, blockId);
    c.resources.push([blockId, resource('AWS::EC2::VPCCidrBlock', map(['VpcId', ref(id)], ['CidrBlock', block]))]);
  });
  // IPv6: Amazon's /56 (unknown until deploy) is asked for; a written block is BYOIP (a pool of yours).
  const v6 = (v.ipv6CidrBlocks ?? []).map((block, i) => {
    const blockId = take(c, `${id}Ipv6CidrBlock${i ? i + 1 : ''}`);
    const amazon = block === UNKNOWN_IPV6;
    if (!amazon)
      c.plan.notes.add(
        'ipv6-byoip',
        'info',
        `${v.name}'s IPv6 block ${block} is written as it is; AWS takes a given block only from an IPv6 pool of yours (Ipv6Pool), else use AmazonProvidedIpv6CidrBlock.`,
        { name: v.name, block },
      );
    c.resources.push([
      blockId,
      resource(
        'AWS::EC2::VPCCidrBlock',
        map(['VpcId', ref(id)], amazon ? ['AmazonProvidedIpv6CidrBlock', true] : ['Ipv6CidrBlock', block]),
      ),
    ]);
    return blockId;
  });
  if (v6.length) c.v6Blocks.set(v.id, v6);
  if (v.flowLogs) {
    if (!c.flowLogBucket) {
      c.flowLogBucket = take(c, 'FlowLogBucket');
      c.resources.push([
        c.flowLogBucket,
        map(['Type', 'AWS::S3::Bucket'], ['Properties', map(['Tags', tags(`${c.plan.design.name} flow logs`)])]),
        'Flow logs of the VPCs go to this bucket (the design says which VPCs log, not where).',
      ]);
      c.plan.notes.add(
        'flow-logs',
        'info',
        'The VPCs with flow logs log all traffic to an S3 bucket the code creates; change the destination if you have one.',
      );
    }
    c.resources.push([
      take(c, `${id}FlowLog`),
      resource(
        'AWS::EC2::FlowLog',
        map(
          ['ResourceId', ref(id)],
          ['ResourceType', 'VPC'],
          ['TrafficType', 'ALL'],
          ['LogDestinationType', 's3'],
          ['LogDestination', getAtt(c.flowLogBucket, 'Arn')],
        ),
      ),
    ]);
  }
};

const writeSubnet: Writer<'subnet'> = (c, s) => {
  const vpc = c.plan.index.vpcOf(s.id)!;
  const cidr = cidrOrNull(s.cidr);
  // A subnet in a secondary block waits for the block's association.
  const block = vpc.cidrBlocks.slice(1).find((b) => {
    const outer = cidrOrNull(b);
    return outer && cidr && contains(outer, cidr);
  });
  const v4Block = block !== undefined ? c.logical.get(`${vpc.id}#block:${block}`) : undefined;
  // IPv6: a block written out, or (unknown until deploy) a /64 cut from the VPC's first IPv6 block.
  const v6Blocks = c.v6Blocks.get(vpc.id) ?? [];
  let ipv6: YamlValue | undefined;
  if (s.ipv6Cidr && v6Blocks.length) {
    if (s.ipv6Cidr === UNKNOWN_IPV6) {
      const n = c.plan
        .list('subnet')
        .filter(
          (x) =>
            x.id !== s.id && x.ipv6Cidr === UNKNOWN_IPV6 && c.plan.index.vpcOf(x.id)?.id === vpc.id && x.name < s.name,
        ).length;
      ipv6 = tag('!Select', [
        n,
        tag('!Cidr', [tag('!Select', [0, getAtt(c.logical.get(vpc.id)!, 'Ipv6CidrBlocks')]), 256, 64]),
      ]);
    } else ipv6 = s.ipv6Cidr;
  }
  const dependsOn = [v4Block, ...(ipv6 !== undefined ? v6Blocks : [])].filter((x): x is string => !!x);
  c.resources.push([
    c.logical.get(s.id)!,
    resource(
      'AWS::EC2::Subnet',
      map(
        ['VpcId', ref(c.logical.get(vpc.id)!)],
        ['CidrBlock', s.cidr],
        ['Ipv6CidrBlock', ipv6],
        ['AvailabilityZone', c.plan.zoneOf(s.id)],
        ['MapPublicIpOnLaunch', s.mapPublicIpOnLaunch ? true : undefined],
        ['Tags', tags(s.name)],
      ),
      dependsOn.length ? [['DependsOn', dependsOn.length === 1 ? dependsOn[0]! : dependsOn]] : [],
    ),
  ]);
};

const writeIgw: Writer<'igw'> = (c, g) => {
  const id = c.logical.get(g.id)!;
  const vpc = c.plan.index.vpcOf(g.id)!;
  c.resources.push([id, resource('AWS::EC2::InternetGateway', map(['Tags', tags(g.name)]))]);
  const attachment = take(c, `${id}Attachment`);
  if (!c.attachments.has(vpc.id)) c.attachments.set(vpc.id, attachment);
  c.resources.push([
    attachment,
    resource(
      'AWS::EC2::VPCGatewayAttachment',
      map(['VpcId', ref(c.logical.get(vpc.id)!)], ['InternetGatewayId', ref(id)]),
    ),
  ]);
};

const writeNat: Writer<'nat'> = (c, n) => {
  const id = c.logical.get(n.id)!;
  const vpc = c.plan.index.vpcOf(n.id)!;
  const attachment = c.attachments.get(vpc.id);
  let allocation: YamlValue | undefined;
  if (n.connectivity === 'public') {
    if (n.elasticIp) {
      const eip = take(c, `${id}Eip`);
      c.resources.push([
        eip,
        resource(
          'AWS::EC2::EIP',
          map(['Domain', 'vpc'], ['Tags', tags(`${n.name} address`)]),
          attachment ? [['DependsOn', attachment]] : [],
        ),
      ]);
      allocation = getAtt(eip, 'AllocationId');
    } else
      c.plan.notes.add(
        'public-nat-without-eip',
        'warning',
        `${n.name} is a public NAT gateway without an Elastic IP; AWS will not create it until it has one.`,
        { name: n.name },
        [n.id],
      );
  }
  c.resources.push([
    id,
    resource(
      'AWS::EC2::NatGateway',
      map(
        ['SubnetId', ref(c.logical.get(n.parent!)!)],
        ['ConnectivityType', n.connectivity === 'private' ? 'private' : undefined],
        ['AllocationId', allocation],
        ['Tags', tags(n.name)],
      ),
    ),
  ]);
};

const writePeering: Writer<'peering'> = (c, p) => {
  const requester = c.logical.get(p.requesterVpcId ?? '');
  const accepter = c.logical.get(p.accepterVpcId ?? '');
  if (!requester || !accepter) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${p.name} does not join two VPCs of the code; it is left out.`,
      { name: p.name },
      [p.id],
    );
    c.logical.delete(p.id);
    return;
  }
  c.resources.push([
    c.logical.get(p.id)!,
    resource(
      'AWS::EC2::VPCPeeringConnection',
      map(['VpcId', ref(requester)], ['PeerVpcId', ref(accepter)], ['Tags', tags(p.name)]),
    ),
  ]);
};

/** A route's target property, by what the target is. */
function targetKey(r: Resource): string {
  switch (r.kind) {
    case 'nat':
      return 'NatGatewayId';
    case 'instance':
      return 'InstanceId';
    case 'peering':
      return 'VpcPeeringConnectionId';
    case 'transitGateway':
      return 'TransitGatewayId';
    case 'egressOnlyIgw':
      return 'EgressOnlyInternetGatewayId';
    case 'gatewayEndpoint':
    case 'interfaceEndpoint':
      return 'VpcEndpointId';
    case 'networkInterface':
      return 'NetworkInterfaceId';
    case 'external':
      return (
        {
          'transit-gateway': 'TransitGatewayId',
          'vpc-endpoint': 'VpcEndpointId',
          'network-interface': 'NetworkInterfaceId',
          'egress-only-internet-gateway': 'EgressOnlyInternetGatewayId',
          'carrier-gateway': 'CarrierGatewayId',
          'local-gateway': 'LocalGatewayId',
        }[r.awsType] ?? 'GatewayId'
      );
    default:
      return 'GatewayId';
  }
}

const writeRouteTable: Writer<'routeTable'> = (c, t) => {
  const vpc = c.plan.index.vpcOf(t.id)!;
  const subnets = c.plan.subnetsUsingTable(t.id);
  if (t.main && !hasOwnRoutes(t)) {
    c.logical.delete(t.id);
    if (t.subnetIds.length)
      c.plan.notes.add(
        'main-associations',
        'info',
        `CloudFormation cannot name ${t.name}, the main route table: its subnets use it without an explicit association.`,
        { name: t.name },
        [t.id, ...t.subnetIds],
      );
    return;
  }
  if (t.main)
    c.plan.notes.add(
      'main-route-table',
      'warning',
      `CloudFormation cannot change the main route table's routes: ${t.name} is written as a table of its own, associated with the ${subnets.length} subnets that use it; the VPC's main table keeps only its local routes.`,
      { name: t.name, count: subnets.length },
      [t.id, ...subnets],
    );
  const id = c.logical.get(t.id)!;
  c.resources.push([
    id,
    resource('AWS::EC2::RouteTable', map(['VpcId', ref(c.logical.get(vpc.id)!)], ['Tags', tags(t.name)])),
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
    // A gateway endpoint adds its route to the service's prefix list itself (RouteTableIds).
    if (c.endpointTables.has(route.target) && c.plan.index.get(route.destination)?.kind === 'prefixList') {
      c.endpointTables.get(route.target)!.push(ref(id));
      continue;
    }
    const target = c.plan.index.get(route.target);
    const targetRef = refTo(c, route.target);
    if (!target || !targetRef) {
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
    const destination: Entry =
      dest?.kind === 'prefixList'
        ? ['DestinationPrefixListId', refTo(c, dest.id)!]
        : isV6(route.destination)
          ? ['DestinationIpv6CidrBlock', route.destination]
          : ['DestinationCidrBlock', route.destination];
    // A route to a gateway waits for the gateway's attachment to the VPC.
    const waits =
      target.kind === 'igw'
        ? c.attachments.get(vpc.id)
        : target.kind === 'vpnGateway'
          ? c.vgwAttachments.get(vpc.id)
          : target.kind === 'transitGateway'
            ? c.tgwAttachments.get(vpc.id)
            : undefined;
    const attachment = Array.isArray(waits)
      ? waits.length === 1
        ? waits[0]
        : waits.length
          ? waits
          : undefined
      : waits;
    const targetName = c.logical.get(target.id) ?? (targetRef as { value: string }).value;
    c.resources.push([
      take(c, `${id}To${targetName.replace(/Id$/, '')}`),
      resource(
        'AWS::EC2::Route',
        map(['RouteTableId', ref(id)], destination, [targetKey(target), targetRef]),
        attachment ? [['DependsOn', attachment]] : [],
      ),
    ]);
  }
  for (const s of subnets)
    c.resources.push([
      take(c, `${c.logical.get(s)}RouteTableAssociation`),
      resource(
        'AWS::EC2::SubnetRouteTableAssociation',
        map(['SubnetId', ref(c.logical.get(s)!)], ['RouteTableId', ref(id)]),
      ),
    ]);
};

const writeNacl: Writer<'nacl'> = (c, a) => {
  const vpc = c.plan.index.vpcOf(a.id)!;
  const subnets = c.plan.subnetsUsingAcl(a.id);
  if (a.isDefault && hasDefaultAclRules(a.rules)) {
    c.logical.delete(a.id);
    return;
  }
  if (a.isDefault)
    c.plan.notes.add(
      'default-nacl',
      'warning',
      `CloudFormation cannot change the default network ACL's rules: ${a.name} is written as an ACL of its own, associated with the ${subnets.length} subnets that use it; the VPC's default ACL keeps AWS's allow-all rules.`,
      { name: a.name, count: subnets.length },
      [a.id, ...subnets],
    );
  const id = c.logical.get(a.id)!;
  c.resources.push([
    id,
    resource('AWS::EC2::NetworkAcl', map(['VpcId', ref(c.logical.get(vpc.id)!)], ['Tags', tags(a.name)])),
  ]);
  const rules = [...a.rules].sort((x, y) =>
    x.direction === y.direction ? x.number - y.number : x.direction === 'inbound' ? -1 : 1,
  );
  for (const rule of rules) {
    if (isUnknownNaclCidr(rule.cidr)) {
      unknownRuleNote(c.plan.notes, a, rule.number);
      continue;
    }
    const portRange: Entry[] =
      rule.protocol === 'tcp' || rule.protocol === 'udp'
        ? [['PortRange', map(['From', rule.fromPort], ['To', rule.toPort])]]
        : rule.protocol === 'icmp'
          ? [['Icmp', map(['Type', rule.fromPort === 0 && rule.toPort >= 255 ? -1 : rule.fromPort], ['Code', -1])]]
          : [];
    c.resources.push([
      take(c, `${id}${rule.direction === 'inbound' ? 'Inbound' : 'Outbound'}${rule.number}`),
      resource(
        'AWS::EC2::NetworkAclEntry',
        map(
          ['NetworkAclId', ref(id)],
          ['RuleNumber', rule.number],
          ['Egress', rule.direction === 'outbound'],
          ['RuleAction', rule.action],
          ['Protocol', typeof rule.protocol === 'number' ? rule.protocol : PROTOCOL_NUMBER[rule.protocol]!],
          [isV6(rule.cidr) ? 'Ipv6CidrBlock' : 'CidrBlock', rule.cidr],
          ...portRange,
        ),
      ),
    ]);
  }
  for (const s of subnets)
    c.resources.push([
      take(c, `${c.logical.get(s)}NetworkAclAssociation`),
      resource(
        'AWS::EC2::SubnetNetworkAclAssociation',
        map(['SubnetId', ref(c.logical.get(s)!)], ['NetworkAclId', ref(id)]),
      ),
    ]);
};

const writeSecurityGroup: Writer<'securityGroup'> = (c, sg) => {
  const vpc = c.plan.index.vpcOf(sg.id)!;
  if (sg.isDefault && hasDefaultSgRules(sg)) {
    c.logical.delete(sg.id); // the VPC's own default group (!GetAtt Vpc.DefaultSecurityGroup)
    return;
  }
  if (sg.isDefault)
    c.plan.notes.add(
      'default-security-group',
      'warning',
      `CloudFormation cannot change the default security group's rules: ${sg.name} is written as a group of its own, attached where the design attaches it; the VPC's default group keeps AWS's rules.`,
      { name: sg.name },
      [sg.id],
    );
  const id = c.logical.get(sg.id)!;
  const keepsDefault = sg.egress.some(isAllowAllEgress);
  if (!sg.description.trim())
    c.plan.notes.add(
      'sg-description',
      'info',
      `${sg.name} has no description, which AWS requires; its name is written as its description.`,
      { name: sg.name },
      [sg.id],
    );
  c.resources.push([
    id,
    resource(
      'AWS::EC2::SecurityGroup',
      map(
        ['GroupDescription', sg.description.trim() || sg.name || id],
        ['VpcId', ref(c.logical.get(vpc.id)!)],
        [
          'SecurityGroupEgress',
          keepsDefault
            ? undefined
            : [map(['IpProtocol', '-1'], ['CidrIp', '127.0.0.1/32'], ['Description', 'No egress but the rules below'])],
          keepsDefault
            ? undefined
            : "EC2 gives a new group an allow-all egress rule; this rule (AWS's documented way) removes it.",
        ],
        ['Tags', tags(sg.name)],
      ),
    ),
  ]);
  let keptDefault = false;
  const rules = (list: readonly SgRule[], egress: boolean) => {
    let n = 0;
    for (const rule of list) {
      if (egress && keepsDefault && !keptDefault && isAllowAllEgress(rule)) {
        keptDefault = true; // EC2 creates it with the group
        continue;
      }
      const peer: Entry | null = rule.sourceSg
        ? [egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId', refTo(c, rule.sourceSg)!]
        : rule.prefixListId
          ? [egress ? 'DestinationPrefixListId' : 'SourcePrefixListId', refTo(c, rule.prefixListId)!]
          : rule.cidr !== null
            ? [isV6(rule.cidr) ? 'CidrIpv6' : 'CidrIp', rule.cidr]
            : null;
      if (!peer || peer[1] === null) continue;
      n++;
      c.resources.push([
        take(c, `${id}${egress ? 'Egress' : 'Ingress'}${n}`),
        resource(
          egress ? 'AWS::EC2::SecurityGroupEgress' : 'AWS::EC2::SecurityGroupIngress',
          map(['GroupId', ref(id)], ['IpProtocol', ipProtocol(rule.protocol)], ...ports(c, rule, sg), peer, [
            'Description',
            rule.description || undefined,
          ]),
        ),
      ]);
    }
  };
  rules(sg.ingress, false);
  rules(sg.egress, true);
};

function groupsOf(c: Ctx, r: Resource & { securityGroupIds: readonly string[] }): YamlValue[] {
  if (!r.securityGroupIds.length)
    c.plan.notes.add(
      'no-security-group',
      'info',
      `${r.name} has no security group; AWS attaches its VPC's default group.`,
      { name: r.name },
      [r.id],
    );
  return r.securityGroupIds.map((g) => refTo(c, g)).filter((v): v is YamlValue => v !== null);
}

const ARM = /^[a-z]+\d+[a-z]*g[a-z]*\./; // m7g.large, t4g.micro, c7gn.xlarge: Graviton

const writeInstance: Writer<'instance'> = (c, i) => {
  const id = c.logical.get(i.id)!;
  const subnet = c.plan.index.get(i.parent) as ResourceOfKind<'subnet'>;
  const arm = ARM.test(i.instanceType);
  const image = addParameter(
    c,
    arm ? 'ArmImageId' : 'ImageId',
    {
      type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
      description: `The image of the ${arm ? 'Arm (Graviton)' : 'x86_64'} instances; by default the latest Amazon Linux 2023.`,
      default: `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arm ? 'arm64' : 'x86_64'}`,
    },
    true,
  );
  const type = addParameter(c, `${id}Type`, {
    type: 'String',
    description: `The instance type of ${i.name}.`,
    default: i.instanceType,
  });
  const groups = groupsOf(c, i);
  const wantsPublic = i.publicIp === 'auto';
  const subnetRef = ref(c.logical.get(subnet.id)!);
  const nic = wantsPublic !== subnet.mapPublicIpOnLaunch && i.publicIp !== 'elastic';
  const v6 = (i.ipv6Addresses ?? []).filter((a) => a !== UNKNOWN_IPV6);
  const ipv6 = v6.length ? v6.map((a) => map(['Ipv6Address', a])) : undefined;
  c.resources.push([
    id,
    resource(
      'AWS::EC2::Instance',
      map(
        ['ImageId', ref(image)],
        ['InstanceType', ref(type)],
        ...((nic
          ? [
              [
                'NetworkInterfaces',
                [
                  map(
                    ['DeviceIndex', '0'],
                    ['SubnetId', subnetRef],
                    ['AssociatePublicIpAddress', wantsPublic],
                    ['GroupSet', groups.length ? groups : undefined],
                    ['PrivateIpAddress', i.privateIp ?? undefined],
                    ['Ipv6Addresses', ipv6],
                  ),
                ],
              ],
            ]
          : [
              ['SubnetId', subnetRef],
              ['SecurityGroupIds', groups.length ? groups : undefined],
              ['PrivateIpAddress', i.privateIp ?? undefined],
              ['Ipv6Addresses', ipv6],
            ]) as (readonly [string, YamlValue | undefined])[]),
        ['Tags', tags(i.name)],
      ),
    ),
  ]);
  if (i.publicIp === 'elastic')
    c.resources.push([
      take(c, `${id}Eip`),
      resource('AWS::EC2::EIP', map(['Domain', 'vpc'], ['InstanceId', ref(id)], ['Tags', tags(`${i.name} address`)])),
    ]);
};

const TLS_PROTOCOLS = new Set(['HTTPS', 'TLS']);

/**
 * A listener's default action: forward to the group, else what the load balancer answers itself
 * (notes.ts answerNote: a redirect to HTTPS on 443, or a 503).
 */
function defaultAction(group: string | null, answer: 'fixed-response' | 'redirect') {
  if (group) return map(['Type', 'forward'], ['TargetGroupArn', ref(group)]);
  return answer === 'redirect'
    ? map(
        ['Type', 'redirect'],
        ['RedirectConfig', map(['Protocol', 'HTTPS'], ['Port', '443'], ['StatusCode', 'HTTP_301'])],
      )
    : map(
        ['Type', 'fixed-response'],
        ['FixedResponseConfig', map(['StatusCode', '503'], ['ContentType', 'text/plain'])],
      );
}

const writeLoadBalancer: Writer<'loadBalancer'> = (c, lb) => {
  const id = c.logical.get(lb.id)!;
  const subnets = [...new Set([lb.parent!, ...lb.subnetIds])].filter((s) => c.logical.has(s));
  const network = lb.lbType === 'network';
  c.resources.push([
    id,
    resource(
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      map(
        ['Type', network ? 'network' : 'application'],
        ['Scheme', lb.scheme],
        ['Subnets', subnets.map((s) => ref(c.logical.get(s)!))],
        [
          'SecurityGroups',
          (() => {
            if (network && !lb.securityGroupIds.length) return undefined; // a network load balancer may have none
            const g = groupsOf(c, lb);
            return g.length ? g : undefined;
          })(),
        ],
        [
          'LoadBalancerAttributes',
          network && lb.crossZone ? [map(['Key', 'load_balancing.cross_zone.enabled'], ['Value', 'true'])] : undefined,
        ],
        ['Tags', tags(lb.name)],
      ),
    ),
  ]);
  const certificate = () =>
    addParameter(
      c,
      'CertificateArn',
      { type: 'String', description: 'The ACM certificate of the HTTPS and TLS listeners.' },
      true,
    );
  // Listeners with their target groups: each forwards to its group, as drawn.
  if (lb.listeners?.length) {
    const sorted = [...lb.listeners].sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol));
    for (const l of sorted) {
      const answers = l.action === 'fixed-response' || l.action === 'redirect';
      const tg = l.targetGroupId && !answers ? c.logical.get(l.targetGroupId) : undefined;
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
      const cert = TLS_PROTOCOLS.has(l.protocol) ? certificate() : null;
      c.resources.push([
        take(c, `${id}Listener${l.port}${sorted.filter((x) => x.port === l.port).length > 1 ? l.protocol : ''}`),
        resource(
          'AWS::ElasticLoadBalancingV2::Listener',
          map(
            ['LoadBalancerArn', ref(id)],
            ['Port', l.port],
            ['Protocol', l.protocol],
            ['Certificates', cert ? [map(['CertificateArn', ref(cert)])] : undefined],
            ['DefaultActions', [defaultAction(tg ?? null, l.action === 'redirect' ? 'redirect' : 'fixed-response')]],
          ),
        ),
      ]);
    }
    return;
  }
  const ports = [...new Set(lb.listenerPorts)].sort((a, b) => a - b);
  if (ports.length) listenerPortsNote(c.plan.notes, lb, ports, network);
  const vpc = c.plan.index.vpcOf(lb.id);
  for (const port of ports) {
    const https = port === 443;
    const cert = https ? certificate() : null;
    // A network load balancer's listener can only forward (ELB has no fixed response for it): to a
    // target group of its own, empty until targets are registered.
    const group = network ? take(c, `${id}TargetGroup${port}`) : null;
    if (group)
      c.resources.push([
        group,
        resource(
          'AWS::ElasticLoadBalancingV2::TargetGroup',
          map(
            ['VpcId', vpc ? ref(c.logical.get(vpc.id)!) : undefined],
            ['Protocol', 'TCP'],
            ['Port', port],
            ['TargetType', 'instance'],
            ['Tags', tags(`${lb.name} ${port}`)],
          ),
        ),
      ]);
    c.resources.push([
      take(c, `${id}Listener${port}`),
      resource(
        'AWS::ElasticLoadBalancingV2::Listener',
        map(
          ['LoadBalancerArn', ref(id)],
          ['Port', port],
          ['Protocol', network ? (https ? 'TLS' : 'TCP') : https ? 'HTTPS' : 'HTTP'],
          ['Certificates', cert ? [map(['CertificateArn', ref(cert)])] : undefined],
          ['DefaultActions', [defaultAction(group, 'fixed-response')]],
        ),
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
  const id = c.logical.get(db.id)!;
  const subnets = [...new Set([db.parent!, ...db.subnetIds])].filter((s) => c.logical.has(s));
  const group = take(c, `${id}SubnetGroup`);
  c.resources.push([
    group,
    resource(
      'AWS::RDS::DBSubnetGroup',
      map(
        ['DBSubnetGroupDescription', `Subnets of ${db.name}`],
        ['SubnetIds', subnets.map((s) => ref(c.logical.get(s)!))],
        ['Tags', tags(`${db.name} subnets`)],
      ),
    ),
  ]);
  const param = (suffix: string, p: Parameters<typeof addParameter>[2]) => addParameter(c, `${id}${suffix}`, p);
  const cls = param('InstanceClass', {
    type: 'String',
    description: `The DB instance class of ${db.name} (db.t4g.micro…).`,
  });
  const version = param('EngineVersion', {
    type: 'String',
    description: `The ${ENGINES[db.engine]} version of ${db.name}; empty for AWS's default version.`,
    default: '',
  });
  const user = param('MasterUsername', { type: 'String', description: `The master user name of ${db.name}.` });
  const password = param('MasterPassword', {
    type: 'String',
    description: `The master password of ${db.name} (8 characters at least).`,
    noEcho: true,
    extra: [['MinLength', 8]],
  });
  const aurora = db.engine === 'aurora';
  const storage = aurora
    ? null
    : param('AllocatedStorage', { type: 'Number', description: `The storage of ${db.name}, in GiB.`, default: '20' });
  const hasVersion = c.namer.take(`Has${version}`);
  c.conditions.push([hasVersion, tag('!Not', [tag('!Equals', [ref(version), ''])])]);
  if (aurora)
    c.plan.notes.add(
      'aurora',
      'warning',
      `${db.name} is Aurora, which needs a DB cluster (AWS::RDS::DBCluster): the code writes the instance; add the cluster before deploying.`,
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
  c.resources.push([
    id,
    resource(
      'AWS::RDS::DBInstance',
      map(
        ['Engine', ENGINES[db.engine]],
        ['EngineVersion', tag('!If', [hasVersion, ref(version), ref('AWS::NoValue')])],
        ['DBInstanceClass', ref(cls)],
        ['AllocatedStorage', storage ? ref(storage) : undefined],
        ['MasterUsername', ref(user)],
        ['MasterUserPassword', ref(password)],
        ['DBSubnetGroupName', ref(group)],
        ['VPCSecurityGroups', groups.length ? groups : undefined],
        ['Port', String(db.port)],
        ['PubliclyAccessible', db.publiclyAccessible],
        ['Tags', tags(db.name)],
      ),
    ),
  ]);
};

/** A gateway endpoint (S3, DynamoDB): its routes are made by the endpoint, in the tables it names. */
function writeGatewayEndpoint(c: Ctx, e: GatewayEndpoint): void {
  const tables = c.endpointTables.get(e.resource.id) ?? [];
  c.resources.push([
    c.logical.get(e.resource.id)!,
    resource(
      'AWS::EC2::VPCEndpoint',
      map(
        ['VpcEndpointType', 'Gateway'],
        ['ServiceName', e.service],
        ['VpcId', ref(c.logical.get(e.vpc.id)!)],
        ['RouteTableIds', tables.length ? tables : undefined],
      ),
    ),
  ]);
}

/* ------------------------------------------------------------------ the kinds of issue #14 */

type ExtraWriter<K extends ExtraKind> = (c: Ctx, r: ResourceOfKind<K>) => void;
const refOf = (c: Ctx, id: string | null | undefined) => (id ? c.logical.get(id) : undefined);

const writeEgressOnlyIgw: ExtraWriter<'egressOnlyIgw'> = (c, g) => {
  const vpc = c.plan.index.vpcOf(g.id)!;
  c.resources.push([
    c.logical.get(g.id)!,
    resource(
      'AWS::EC2::EgressOnlyInternetGateway',
      map(['VpcId', ref(c.logical.get(vpc.id)!)], ['Tags', tags(g.name)]),
    ),
  ]);
};

const writeVpnGateway: ExtraWriter<'vpnGateway'> = (c, g) => {
  const id = c.logical.get(g.id)!;
  const vpc = c.plan.index.vpcOf(g.id);
  c.resources.push([
    id,
    resource(
      'AWS::EC2::VPNGateway',
      map(['Type', 'ipsec.1'], ['AmazonSideAsn', g.amazonSideAsn], ['Tags', tags(g.name)]),
    ),
  ]);
  const vpcLogical = refOf(c, vpc?.id);
  if (!vpc || !vpcLogical) return; // detached
  const attachment = take(c, `${id}Attachment`);
  c.vgwAttachments.set(vpc.id, attachment);
  c.resources.push([
    attachment,
    resource('AWS::EC2::VPCGatewayAttachment', map(['VpcId', ref(vpcLogical)], ['VpnGatewayId', ref(id)])),
  ]);
  const tables = g.propagationRouteTableIds.map((t) => refOf(c, t)).filter((t): t is string => !!t);
  if (tables.length < g.propagationRouteTableIds.length)
    c.plan.notes.add(
      'propagation-main-table',
      'warning',
      `${g.name} propagates into a route table CloudFormation cannot name (the main one, or one not written); that propagation is left out.`,
      { name: g.name },
      [g.id],
    );
  if (tables.length)
    c.resources.push([
      take(c, `${id}RoutePropagation`),
      resource(
        'AWS::EC2::VPNGatewayRoutePropagation',
        map(['RouteTableIds', tables.sort().map((t) => ref(t))], ['VpnGatewayId', ref(id)]),
        [['DependsOn', attachment]],
      ),
    ]);
};

const writeCustomerGateway: ExtraWriter<'customerGateway'> = (c, g) => {
  c.resources.push([
    c.logical.get(g.id)!,
    resource(
      'AWS::EC2::CustomerGateway',
      map(['Type', 'ipsec.1'], ['IpAddress', g.ipAddress], ['BgpAsn', g.bgpAsn], ['Tags', tags(g.name)]),
    ),
  ]);
};

const writeTransitGateway: ExtraWriter<'transitGateway'> = (c, g) => {
  // Associations and propagations are written as resources of their own, so AWS's default route
  // table (which the template could not name) is turned off.
  c.resources.push([
    c.logical.get(g.id)!,
    resource(
      'AWS::EC2::TransitGateway',
      map(
        ['AmazonSideAsn', g.amazonSideAsn],
        ['DefaultRouteTableAssociation', 'disable'],
        ['DefaultRouteTablePropagation', 'disable'],
        ['Tags', tags(g.name)],
      ),
    ),
  ]);
};

const writeTgwRouteTable: ExtraWriter<'tgwRouteTable'> = (c, t) => {
  const id = c.logical.get(t.id)!;
  const tgw = refOf(c, t.transitGatewayId);
  if (!tgw) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${t.name} belongs to no transit gateway; it is left out.`,
      { name: t.name },
      [t.id],
    );
    c.logical.delete(t.id);
    return;
  }
  c.resources.push([
    id,
    resource('AWS::EC2::TransitGatewayRouteTable', map(['TransitGatewayId', ref(tgw)], ['Tags', tags(t.name)])),
  ]);
  for (const route of t.routes) {
    const att = route.target === 'blackhole' ? null : refOf(c, route.target);
    if (route.target !== 'blackhole' && (!att || c.plan.index.get(route.target)?.kind !== 'tgwAttachment')) {
      c.plan.notes.add(
        'tgw-route-target',
        'warning',
        `${t.name}: the route to ${route.destination} names ${route.target}, which CloudFormation cannot name here (a VPN's attachment has no id in a template); it is left out.`,
        { name: t.name, destination: route.destination },
        [t.id],
      );
      continue;
    }
    c.resources.push([
      take(c, `${id}Route${route.target === 'blackhole' ? 'Blackhole' : att!.replace(/TransitGatewayAttachment/, '')}`),
      resource(
        'AWS::EC2::TransitGatewayRoute',
        map(
          ['TransitGatewayRouteTableId', ref(id)],
          ['DestinationCidrBlock', route.destination],
          att ? ['TransitGatewayAttachmentId', ref(att)] : ['Blackhole', true],
        ),
      ),
    ]);
  }
};

const writeTgwAttachment: ExtraWriter<'tgwAttachment'> = (c, a) => {
  const id = c.logical.get(a.id)!;
  const vpc = c.plan.index.vpcOf(a.id)!;
  const tgw = refOf(c, a.transitGatewayId);
  if (!tgw) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${a.name} attaches to no transit gateway; it is left out.`,
      { name: a.name },
      [a.id],
    );
    c.logical.delete(a.id);
    return;
  }
  const subnets = a.subnetIds.map((s) => refOf(c, s)).filter((s): s is string => !!s);
  if (!subnets.length)
    c.plan.notes.add(
      'tgw-no-subnets',
      'warning',
      `${a.name} has no subnet; AWS needs one per Availability Zone to attach the VPC.`,
      { name: a.name },
      [a.id],
    );
  c.tgwAttachments.set(vpc.id, [...(c.tgwAttachments.get(vpc.id) ?? []), id]);
  c.resources.push([
    id,
    resource(
      'AWS::EC2::TransitGatewayVpcAttachment',
      map(
        ['TransitGatewayId', ref(tgw)],
        ['VpcId', ref(c.logical.get(vpc.id)!)],
        ['SubnetIds', subnets.map((s) => ref(s))],
        [
          'Options',
          a.applianceMode || a.ipv6Support
            ? map(
                ['ApplianceModeSupport', a.applianceMode ? 'enable' : undefined],
                ['Ipv6Support', a.ipv6Support ? 'enable' : undefined],
              )
            : undefined,
        ],
        ['Tags', tags(a.name)],
      ),
    ),
  ]);
  const table = refOf(c, a.routeTableId);
  if (table)
    c.resources.push([
      take(c, `${id}Association`),
      resource(
        'AWS::EC2::TransitGatewayRouteTableAssociation',
        map(['TransitGatewayAttachmentId', ref(id)], ['TransitGatewayRouteTableId', ref(table)]),
      ),
    ]);
  for (const t of extra(c, 'tgwRouteTable'))
    if (t.propagationIds.includes(a.id) && refOf(c, t.id))
      c.resources.push([
        take(c, `${id}PropagationTo${c.logical.get(t.id)!.replace(/TransitGatewayRouteTable/, '')}`),
        resource(
          'AWS::EC2::TransitGatewayRouteTablePropagation',
          map(['TransitGatewayAttachmentId', ref(id)], ['TransitGatewayRouteTableId', ref(c.logical.get(t.id)!)]),
        ),
      ]);
};

const writeVpnConnection: ExtraWriter<'vpnConnection'> = (c, v) => {
  const id = c.logical.get(v.id)!;
  const cgw = refOf(c, v.customerGatewayId);
  const vgw = refOf(c, v.vpnGatewayId);
  const tgw = refOf(c, v.transitGatewayId);
  if (!cgw || (!vgw && !tgw)) {
    c.plan.notes.add(
      'unplaced',
      'warning',
      `${v.name} does not join a customer gateway to a virtual private or transit gateway of the code; it is left out.`,
      { name: v.name },
      [v.id],
    );
    c.logical.delete(v.id);
    return;
  }
  if (tgw && (v.tgwRouteTableId || extra(c, 'tgwRouteTable').some((t) => t.propagationIds.includes(v.id))))
    c.plan.notes.add(
      'vpn-tgw-association',
      'warning',
      `${v.name}'s attachment to the transit gateway has no id in a template, so its route table association and propagation cannot be written; set them after deploying.`,
      { name: v.name },
      [v.id],
    );
  if (!v.staticRoutesOnly && v.onPremCidrs.length)
    c.plan.notes.add(
      'vpn-bgp',
      'info',
      `${v.name} uses BGP: its on-premises networks (${v.onPremCidrs.join(', ')}) come from the customer gateway, not the template.`,
      { name: v.name },
      [v.id],
    );
  c.resources.push([
    id,
    resource(
      'AWS::EC2::VPNConnection',
      map(
        ['Type', 'ipsec.1'],
        ['CustomerGatewayId', ref(cgw)],
        vgw ? ['VpnGatewayId', ref(vgw)] : ['TransitGatewayId', ref(tgw!)],
        ['StaticRoutesOnly', v.staticRoutesOnly],
        ['Tags', tags(v.name)],
      ),
    ),
  ]);
  if (v.staticRoutesOnly)
    [...v.onPremCidrs].forEach((cidr, i) =>
      c.resources.push([
        take(c, `${id}Route${i + 1}`),
        resource('AWS::EC2::VPNConnectionRoute', map(['VpnConnectionId', ref(id)], ['DestinationCidrBlock', cidr])),
      ]),
    );
};

const writeGatewayEndpointKind: ExtraWriter<'gatewayEndpoint'> = (c, e) => {
  const vpc = c.plan.index.vpcOf(e.id)!;
  // Its tables: those it names and those that route its prefix list to it (AWS keeps both the same).
  const named = e.routeTableIds.map((t) => refOf(c, t)).filter((t): t is string => !!t);
  const routed = (c.endpointTables.get(e.id) ?? []).map((t) => (t as { value: string }).value);
  const tables = [...new Set([...named, ...routed])].sort();
  c.resources.push([
    c.logical.get(e.id)!,
    resource(
      'AWS::EC2::VPCEndpoint',
      map(
        ['VpcEndpointType', 'Gateway'],
        ['ServiceName', e.serviceName],
        ['VpcId', ref(c.logical.get(vpc.id)!)],
        ['RouteTableIds', tables.length ? tables.map((t) => ref(t)) : undefined],
        ['Tags', tags(e.name)],
      ),
    ),
  ]);
};

const writeInterfaceEndpoint: ExtraWriter<'interfaceEndpoint'> = (c, e) => {
  const vpc = c.plan.index.vpcOf(e.id)!;
  const subnets = [...new Set([e.parent!, ...e.subnetIds])].map((s) => refOf(c, s)).filter((s): s is string => !!s);
  const groups = groupsOf(c, e);
  c.resources.push([
    c.logical.get(e.id)!,
    resource(
      'AWS::EC2::VPCEndpoint',
      map(
        ['VpcEndpointType', 'Interface'],
        ['ServiceName', e.serviceName],
        ['VpcId', ref(c.logical.get(vpc.id)!)],
        ['SubnetIds', [...new Set(subnets)].map((s) => ref(s))],
        ['SecurityGroupIds', groups.length ? groups : undefined],
        ['PrivateDnsEnabled', e.privateDns],
        ['Tags', tags(e.name)],
      ),
    ),
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
    c.logical.delete(n.id);
    return;
  }
  const id = c.logical.get(n.id)!;
  const groups = groupsOf(c, n);
  if (n.elasticIp)
    c.plan.notes.add(
      'interface-eip',
      'warning',
      `${n.name}'s Elastic IP is not written; associate one after deploying.`,
      { name: n.name },
      [n.id],
    );
  c.resources.push([
    id,
    resource(
      'AWS::EC2::NetworkInterface',
      map(
        ['SubnetId', ref(c.logical.get(n.parent!)!)],
        ['GroupSet', groups.length ? groups : undefined],
        ['PrivateIpAddress', n.privateIp ?? undefined],
        ['Tags', tags(n.name)],
      ),
    ),
  ]);
  const instance = refOf(c, owner?.id);
  if (owner && instance) {
    // Device 0 is the instance's own interface; the others take the next numbers, by name.
    const siblings = extra(c, 'networkInterface').filter((x) => x.ownerId === owner.id);
    c.resources.push([
      take(c, `${id}Attachment`),
      resource(
        'AWS::EC2::NetworkInterfaceAttachment',
        map(
          ['InstanceId', ref(instance)],
          ['NetworkInterfaceId', ref(id)],
          ['DeviceIndex', String(siblings.indexOf(n) + 1)],
        ),
      ),
    ]);
  }
};

const writeTargetGroup: ExtraWriter<'targetGroup'> = (c, g) => {
  const vpc = c.plan.index.vpcOf(g.id)!;
  const targets = g.targets
    .map((t) => {
      const target = g.targetType === 'instance' ? refOf(c, t.instanceId) : t.ip;
      if (!target) return null;
      return map(['Id', g.targetType === 'instance' ? ref(target) : target], ['Port', t.port ?? undefined]);
    })
    .filter((t): t is NonNullable<typeof t> => t !== null);
  if (targets.length < g.targets.length)
    c.plan.notes.add(
      'target-left-out',
      'warning',
      `${g.name} has targets that are not in the code; they are left out.`,
      { name: g.name },
      [g.id],
    );
  c.resources.push([
    c.logical.get(g.id)!,
    resource(
      'AWS::ElasticLoadBalancingV2::TargetGroup',
      map(
        ['VpcId', ref(c.logical.get(vpc.id)!)],
        ['Protocol', g.protocol],
        ['Port', g.port],
        ['TargetType', g.targetType],
        // Registered when the stack is deployed (ECS, Auto Scaling): no Targets property at all.
        ['Targets', g.targetsAtDeploy ? undefined : targets],
        [
          'TargetGroupAttributes',
          g.preserveClientIp !== undefined && g.protocol !== 'HTTP' && g.protocol !== 'HTTPS'
            ? [map(['Key', 'preserve_client_ip.enabled'], ['Value', String(g.preserveClientIp)])]
            : undefined,
        ],
        ['Tags', tags(g.name)],
      ),
    ),
  ]);
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

/** The issue #14 kinds' resources that are written: in the plan's Region, in a written VPC or subnet; by name. */
function extraResources(plan: Plan): Map<ExtraKind, Resource[]> {
  const region = plan.design.resources.find((r) => r.kind === 'region');
  const written = (id: string | undefined) =>
    !!id && [...plan.list('vpc'), ...plan.list('subnet')].some((x) => x.id === id);
  const out = new Map<ExtraKind, Resource[]>();
  for (const kind of EXTRA_ORDER) {
    const list = plan.design.resources
      .filter((r) => r.kind === kind)
      .filter((r) => {
        const place = EXTRA_PLACE[kind];
        const ok =
          place === 'none' ||
          (place === 'region'
            ? !region || !plan.index.regionOf(r.id) || plan.index.regionOf(r.id) === region
            : written(place === 'vpc' ? plan.index.vpcOf(r.id)?.id : plan.index.subnetOf(r.id)?.id));
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

/** The template for a design; pure, never throws on a design the format accepts. */
export function toCloudFormation(design: Design): CfnExport {
  const plan = makePlan(design);
  const c: Ctx = {
    plan,
    namer: new Namer(),
    logical: new Map(),
    resources: [],
    parameters: new Map(),
    conditions: [],
    outputs: [],
    attachments: new Map(),
    endpointTables: new Map([
      ...plan.gatewayEndpoints.map((e) => [e.resource.id, []] as [string, YamlValue[]]),
      ...plan.design.resources
        .filter((r) => r.kind === 'gatewayEndpoint')
        .map((r) => [r.id, []] as [string, YamlValue[]]),
    ]),
    flowLogBucket: null,
    extra: extraResources(plan),
    vgwAttachments: new Map(),
    tgwAttachments: new Map(),
    v6Blocks: new Map(),
  };
  // Names first, in the fixed order, so a resource's name does not depend on what refers to it.
  for (const kind of KIND_ORDER)
    for (const r of plan.list(kind)) {
      if (kind === 'prefixList' && (r as ResourceOfKind<'prefixList'>).entries === null) continue;
      const [word, abbreviations] = WORDS[kind];
      c.logical.set(r.id, c.namer.take(pascalName(r.name, word, abbreviations)));
    }
  for (const e of plan.gatewayEndpoints)
    c.logical.set(e.resource.id, c.namer.take(pascalName(e.resource.name, 'Endpoint', ['vpce', 'endpoint'])));
  for (const kind of EXTRA_ORDER)
    for (const r of c.extra.get(kind)!) {
      const [word, abbreviations] = EXTRA_WORDS[kind];
      c.logical.set(r.id, c.namer.take(pascalName(r.name, word, abbreviations)));
    }
  // Gateways are written first: routes and NAT gateways wait for their attachments to the VPC.
  const early = new Set<ExtraKind>(['vpnGateway', 'tgwRouteTable', 'tgwAttachment']);
  const writeExtra = (kind: ExtraKind) => {
    for (const r of c.extra.get(kind)!) (EXTRA_WRITERS[kind] as ExtraWriter<ExtraKind>)(c, r as never);
  };
  for (const kind of KIND_ORDER) {
    if (kind === 'routeTable') for (const k of EXTRA_ORDER) if (early.has(k)) writeExtra(k);
    for (const r of plan.list(kind)) (WRITERS[kind] as Writer<ExportedKind>)(c, r as never);
  }
  for (const kind of EXTRA_ORDER) if (!early.has(kind)) writeExtra(kind);

  for (const e of plan.gatewayEndpoints) writeGatewayEndpoint(c, e);

  const parameters = [...c.parameters.values()];
  if (parameters.some((p) => p.info.default === null))
    plan.notes.add(
      'parameters',
      'info',
      `Deploying asks for ${parameters
        .filter((p) => p.info.default === null)
        .map((p) => p.info.name)
        .join(', ')}: values the design does not hold (never made up).`,
      {
        names: parameters
          .filter((p) => p.info.default === null)
          .map((p) => p.info.name)
          .join(', '),
      },
    );
  const eips =
    plan.list('nat').filter((n) => n.connectivity === 'public' && n.elasticIp).length +
    plan.list('instance').filter((i) => i.publicIp === 'elastic').length;
  if (eips)
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
  const doc = map(
    ['AWSTemplateFormatVersion', '2010-09-09'],
    ['Description', `${design.name || 'VPC Town design'}: the network as drawn in VPC Town`],
    ['Parameters', parameters.length ? map(...parameters.map((p) => [p.info.name, p.value] as Entry)) : undefined],
    ['Conditions', c.conditions.length ? map(...c.conditions) : undefined],
    ['Resources', spacedMap(c.resources)],
    ['Outputs', c.outputs.length ? map(...c.outputs) : undefined],
  );
  const header = [
    `${design.name || 'VPC Town design'}, exported by VPC Town for ${plan.region}.`,
    `Deploy: aws cloudformation deploy --region ${plan.region} --stack-name NAME --template-file FILE`,
    ...notes.filter((n) => n.severity === 'warning').map((n) => `Note: ${n.message}`),
  ].join('\n');
  return {
    text: stringifyYaml(doc, header),
    notes,
    parameters: parameters.map((p) => p.info),
    region: plan.region,
  };
}
