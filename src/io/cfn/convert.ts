/**
 * A template's resources → the model: region › VPC › AZ › subnet › resources. The logical id gives
 * the resource id (`subnet-PublicSubnet0`: the kind's prefix and the logical id, stable across
 * imports) and the name comes from the `Name` tag, else the logical id.
 *
 * What CloudFormation creates without being asked is created: each VPC's main route table (local
 * routes only), its default network ACL (allow all both ways, with every subnet no other ACL
 * claims) and its default security group (all from itself in, all out), a security group's
 * allow-all egress rule when `SecurityGroupEgress` is absent, and a gateway endpoint's routes.
 *
 * What cannot be known from the template is never guessed: an `Fn::ImportValue` VPC becomes a
 * placeholder VPC named for the export, a CIDR block from another stack stays empty, a NAT gateway
 * in a subnet of another stack is kept as an external resource, and each is a problem in the report.
 * Transit gateways (with the default route table AWS creates unless the template turns it off),
 * site-to-site VPNs, VPC endpoints, egress-only gateways and IPv6 blocks are their kinds; an IPv6
 * block AWS assigns at deploy is `unknown`, and a rule's peer the template cannot give (an imported
 * CIDR) is a prefix list with unknown entries, so the analysis answers "unknown" there.
 * Network resources VPC Town does not model (Gateway Load Balancer endpoints, client VPN…) are
 * external resources; resources of other services (IAM, Lambda, CloudWatch…) are counted and left out.
 */
import {
  KINDS,
  DB_ENGINES,
  LB_PROTOCOLS,
  answeringAction,
  type DbEngine,
  type ListenerAction,
} from '../../model/kinds/index.ts';
import type { KindRoles } from '../../model/kinds/define.ts';
import type { Resource, ResourceKind } from '../../model/types.ts';
import { nextFreeElasticIp } from '../../model/publicIps.ts';
import { ipToInt } from '../../model/cidr.ts';
import { UNKNOWN_IPV6 } from '../../model/cidr6.ts';
import { UNKNOWN_NACL_CIDR, UNKNOWN_NACL_CIDR6 } from '../../validation/nacl.ts';
import { unusableId } from '../../model/ids.ts';
import type { Problems } from '../aws/problems.ts';
import { naclRules, sgRules } from '../aws/rules.ts';
import { TemplateScope, type CfnResource } from './scope.ts';
import { NO_VALUE, Unknown, asBool, asInt, asString, isRecord, type Value } from './values.ts';

type Draft = { kind: ResourceKind; id: string; name: string; parent: string | null } & Record<string, unknown>;

export interface Converted {
  readonly resources: Resource[];
  readonly externals: { id: string; awsType: string; name: string }[];
  /** Resources of other services, by type: not part of the network, left out. */
  readonly leftOut: { type: string; count: number }[];
}

/** The id prefix of a modelled type (its `Ref` is this id). */
const PREFIX: Readonly<Record<string, string>> = {
  'AWS::EC2::VPC': 'vpc',
  'AWS::EC2::Subnet': 'subnet',
  'AWS::EC2::InternetGateway': 'igw',
  'AWS::EC2::NatGateway': 'nat',
  'AWS::EC2::RouteTable': 'rtb',
  'AWS::EC2::NetworkAcl': 'acl',
  'AWS::EC2::SecurityGroup': 'sg',
  'AWS::EC2::Instance': 'i',
  'AWS::EC2::VPCPeeringConnection': 'pcx',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'alb',
  'AWS::RDS::DBInstance': 'db',
  'AWS::RDS::DBSubnetGroup': 'dbsubnet',
  'AWS::EC2::EIP': 'eipalloc',
  'AWS::EC2::PrefixList': 'pl',
  'AWS::EC2::VPCEndpoint': 'vpce',
  'AWS::EC2::TransitGateway': 'tgw',
  'AWS::EC2::TransitGatewayAttachment': 'tgw-attach',
  'AWS::EC2::TransitGatewayVpcAttachment': 'tgw-attach',
  'AWS::EC2::TransitGatewayRouteTable': 'tgw-rtb',
  'AWS::EC2::VPNGateway': 'vgw',
  'AWS::EC2::VPNConnection': 'vpn',
  'AWS::EC2::CustomerGateway': 'cgw',
  'AWS::EC2::EgressOnlyInternetGateway': 'eigw',
  'AWS::EC2::NetworkInterface': 'eni',
  'AWS::EC2::CarrierGateway': 'cagw',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'tg',
};

/** Network types VPC Town keeps as external resources, with AWS's word for each. */
const EXTERNAL_TYPES: Readonly<Record<string, string>> = {
  'AWS::EC2::VPCEndpoint': 'vpc-endpoint',
  'AWS::EC2::VPCEndpointService': 'vpc-endpoint-service',
  'AWS::EC2::TransitGateway': 'transit-gateway',
  'AWS::EC2::TransitGatewayAttachment': 'transit-gateway-attachment',
  'AWS::EC2::TransitGatewayVpcAttachment': 'transit-gateway-attachment',
  'AWS::EC2::TransitGatewayRouteTable': 'transit-gateway-route-table',
  'AWS::EC2::TransitGatewayPeeringAttachment': 'transit-gateway-peering-attachment',
  'AWS::EC2::TransitGatewayConnect': 'transit-gateway-connect',
  'AWS::EC2::VPNGateway': 'vpn-gateway',
  'AWS::EC2::VPNConnection': 'vpn-connection',
  'AWS::EC2::CustomerGateway': 'customer-gateway',
  'AWS::EC2::EgressOnlyInternetGateway': 'egress-only-internet-gateway',
  'AWS::EC2::NetworkInterface': 'network-interface',
  'AWS::EC2::CarrierGateway': 'carrier-gateway',
  'AWS::EC2::ClientVpnEndpoint': 'client-vpn-endpoint',
  'AWS::EC2::LocalGatewayRouteTableVPCAssociation': 'local-gateway-route-table-vpc-association',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'target-group',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'classic-load-balancer',
  'AWS::RDS::DBCluster': 'db-cluster',
  'AWS::CloudFormation::Stack': 'nested-stack',
  'AWS::NetworkFirewall::Firewall': 'network-firewall',
  'AWS::DirectConnect::Connection': 'direct-connect-connection',
};

/** Types folded into the resources above (their content is read there), or nothing to draw. */
const FOLDED = new Set([
  'AWS::EC2::VPCCidrBlock',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::NetworkAclEntry',
  'AWS::EC2::SubnetNetworkAclAssociation',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::EIPAssociation',
  'AWS::EC2::FlowLog',
  'AWS::EC2::SubnetCidrBlock',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::EC2::NetworkInterfaceAttachment',
  'AWS::EC2::VPNGatewayRoutePropagation',
  'AWS::EC2::VPNConnectionRoute',
  'AWS::EC2::TransitGatewayRoute',
  'AWS::EC2::TransitGatewayRouteTableAssociation',
  'AWS::EC2::TransitGatewayRouteTablePropagation',
]);

/** EC2 types that are no part of the network's paths (disks, keys, launch settings): left out. */
const NOT_NETWORK_EC2 =
  /^AWS::EC2::(LaunchTemplate|KeyPair|Volume|VolumeAttachment|PlacementGroup|CapacityReservation\w*|Host|SpotFleet|EC2Fleet|Snapshot\w*|InstanceConnectEndpoint|IPAM\w*|NetworkInsights\w*|TrafficMirror\w*)$/;

/** A route's target property and the AWS word for what it names. */
const TARGET_KEYS: readonly [string, string][] = [
  ['GatewayId', 'gateway'],
  ['NatGatewayId', 'nat-gateway'],
  ['InstanceId', 'instance'],
  ['VpcPeeringConnectionId', 'vpc-peering-connection'],
  ['TransitGatewayId', 'transit-gateway'],
  ['NetworkInterfaceId', 'network-interface'],
  ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['VpcEndpointId', 'vpc-endpoint'],
  ['CarrierGatewayId', 'carrier-gateway'],
  ['LocalGatewayId', 'local-gateway'],
  ['CoreNetworkArn', 'core-network'],
];

const DEFAULT_PORTS: Readonly<Record<DbEngine, number>> = {
  postgres: 5432,
  mysql: 3306,
  mariadb: 3306,
  aurora: 3306,
  sqlserver: 1433,
  oracle: 1521,
};

function engineOf(engine: string): DbEngine | null {
  const e = engine.toLowerCase();
  if (e === 'aurora-postgresql') return 'aurora';
  if (e.startsWith('aurora')) return 'aurora';
  if (e.startsWith('sqlserver')) return 'sqlserver';
  if (e.startsWith('oracle')) return 'oracle';
  return (DB_ENGINES as readonly string[]).includes(e) ? (e as DbEngine) : null;
}

/** A text safe inside an id (an export name may hold anything). */
const idPart = (s: string) => s.replace(/[^A-Za-z0-9_.:-]+/g, '-').slice(0, 150) || 'x';

export interface ConvertOptions {
  readonly file: string;
  readonly region: string;
}

export function convertTemplate(scope: TemplateScope, o: ConvertOptions, problems: Problems): Converted {
  const drafts = new Map<string, Draft>();
  const externals: Converted['externals'] = [];
  const leftOut = new Map<string, number>();
  const file = o.file;
  const warn = (code: string, params: Record<string, string | number>, message: string) =>
    problems.add('warning', code, file, params, message);
  const info = (code: string, params: Record<string, string | number>, message: string) =>
    problems.add('info', code, file, params, message);
  const baseOf = (kind: ResourceKind) =>
    KINDS[kind].container ? { position: { x: 0, y: 0 }, size: { ...KINDS[kind].size } } : { position: { x: 0, y: 0 } };
  const add = (d: Draft): Draft => {
    drafts.set(d.id, d);
    return d;
  };
  const isKind = (id: string | null | undefined, kind: ResourceKind) => !!id && drafts.get(id)?.kind === kind;

  const all = [...scope.resources.values()].filter((r) => scope.included(r));
  const ofType = (type: string) => all.filter((r) => r.type === type);
  const prop = (r: CfnResource, key: string): Value => scope.prop(r, key);
  const idOf = (r: CfnResource) => `${PREFIX[r.type] ?? 'res'}-${r.logicalId}`;
  const nameOf = (r: CfnResource): string => {
    const tags = prop(r, 'Tags');
    if (Array.isArray(tags))
      for (const t of tags)
        if (isRecord(t) && t.Key === 'Name') {
          const v = asString(t.Value as Value);
          if (v) return v;
        }
    return r.logicalId;
  };
  const listProp = (r: CfnResource, key: string): Value[] => {
    const v = prop(r, key);
    return Array.isArray(v) ? v : v === NO_VALUE || v === null ? [] : [v];
  };
  const unknownValue = (r: CfnResource, key: string, u: Unknown, how: string) =>
    warn(
      'unknown-value',
      { id: r.logicalId, property: key, why: u.why },
      `${r.logicalId}.${key} is ${u.why}, which is only known when the stack is deployed; ${how}.`,
    );
  /**
   * An IPv6 block property: its text, `unknown` when the template cannot say (a `!Cidr` over the
   * VPC's Amazon-provided block, an import), null when absent.
   */
  const ipv6BlockOf = (r: CfnResource, key: string): string | null => {
    const v = prop(r, key);
    if (v instanceof Unknown) {
      info(
        'ipv6-at-deploy',
        { id: r.logicalId, property: key },
        `${r.logicalId}.${key} is ${v.why}; the IPv6 block is unknown in the design.`,
      );
      return UNKNOWN_IPV6;
    }
    return asString(v);
  };

  /* ---------------------------------------------------------------- region */

  const regionId = `region-${o.region}`;
  add({ kind: 'region', id: regionId, name: o.region, parent: null, ...baseOf('region'), code: o.region });
  const regionIds = new Map([[o.region, regionId]]);
  const ensureRegion = (code: string): string => {
    const known = regionIds.get(code);
    if (known) return known;
    const id = `region-${idPart(code)}`;
    add({ kind: 'region', id, name: code, parent: null, ...baseOf('region'), code });
    regionIds.set(code, id);
    return id;
  };

  /* ---------------------------------------------------------------- externals */

  const addExternal = (
    id: string,
    awsType: string,
    name: string,
    parent: string | null,
    vpcIds: readonly string[],
    attributes: { key: string; value: string }[],
  ) => {
    if (drafts.has(id)) return drafts.get(id)!;
    externals.push({ id, awsType, name });
    return add({
      kind: 'external',
      id,
      name,
      parent: parent ?? regionId,
      ...baseOf('external'),
      awsType,
      attributes,
      vpcIds: [...new Set(vpcIds)],
    });
  };
  const attrs = (pairs: [string, Value | undefined][]) =>
    pairs.flatMap(([key, v]) => {
      const value = Array.isArray(v)
        ? v.map((x) => asString(x) ?? '?').join(', ')
        : v instanceof Unknown
          ? `unknown (${v.why})`
          : asString(v ?? null);
      return value ? [{ key, value }] : [];
    });

  /* ---------------------------------------------------------------- VPCs */

  const placeholderVpc = (id: string, name: string, region = regionId) =>
    add({ kind: 'vpc', id, name, parent: region, ...baseOf('vpc'), cidrBlocks: [], flowLogs: false, isDefault: false });
  /**
   * The VPC a value names: a VPC of the template, else a placeholder standing for a VPC outside it
   * (an id given as a parameter, an imported value). Null when nothing says which VPC.
   */
  const vpcOf = (v: Value, from: CfnResource, key = 'VpcId', region = regionId): string | null => {
    if (v instanceof Unknown) {
      if (v.importName) {
        const id = `vpc-import-${idPart(v.importName)}`;
        if (!drafts.has(id)) {
          unknownValue(from, key, v, 'a placeholder VPC stands for it (its CIDR blocks unknown)');
          placeholderVpc(id, `${v.importName} (from another stack)`, region);
        }
        return id;
      }
      unknownValue(from, key, v, 'it is left out');
      return null;
    }
    const s = asString(v);
    if (!s) return null;
    if (isKind(s, 'vpc')) return s;
    if (drafts.has(s) || unusableId(s)) {
      warn(
        'bad-reference',
        { id: from.logicalId, property: key, value: s },
        `${from.logicalId}.${key} names ${s}, which is not a VPC; it is left out.`,
      );
      return null;
    }
    warn(
      'missing-reference',
      { id: s, what: 'VPC', from: from.logicalId },
      `${from.logicalId} refers to the VPC ${s}, which is not in the template; a placeholder VPC (CIDR blocks unknown) stands for it.`,
    );
    placeholderVpc(s, `${s} (not in the template)`, region);
    return s;
  };

  for (const r of ofType('AWS::EC2::VPC')) {
    const id = idOf(r);
    const cidr = prop(r, 'CidrBlock');
    const blocks: string[] = [];
    if (cidr instanceof Unknown) unknownValue(r, 'CidrBlock', cidr, 'the VPC has no block in the design');
    else if (asString(cidr)) blocks.push(asString(cidr)!);
    else if (prop(r, 'Ipv4IpamPoolId') !== NO_VALUE)
      warn(
        'unknown-value',
        { id: r.logicalId, property: 'Ipv4IpamPoolId', why: 'an IPAM allocation' },
        `${r.logicalId} takes its block from an IPAM pool, known only at deploy; the VPC has no block in the design.`,
      );
    add({
      kind: 'vpc',
      id,
      name: nameOf(r),
      parent: regionId,
      ...baseOf('vpc'),
      cidrBlocks: blocks,
      flowLogs: false,
      isDefault: false,
    });
  }
  for (const r of ofType('AWS::EC2::VPCCidrBlock')) {
    const vpc = vpcOf(prop(r, 'VpcId'), r);
    if (!vpc) continue;
    const c = prop(r, 'CidrBlock');
    if (c instanceof Unknown) unknownValue(r, 'CidrBlock', c, 'the block is left out');
    else if (asString(c)) (drafts.get(vpc)!.cidrBlocks as string[]).push(asString(c)!);
    else {
      // An IPv6 block: written out (BYOIP, IPAM), or Amazon's /56, which AWS picks at deploy: unknown.
      const v6 = prop(r, 'Ipv6CidrBlock');
      const amazon = asBool(prop(r, 'AmazonProvidedIpv6CidrBlock')) === true;
      let block: string | null = null;
      if (asString(v6)) block = asString(v6);
      else if (v6 instanceof Unknown) {
        unknownValue(r, 'Ipv6CidrBlock', v6, 'the VPC has an IPv6 block that is not known');
        block = UNKNOWN_IPV6;
      } else if (amazon || prop(r, 'Ipv6Pool') !== NO_VALUE || prop(r, 'Ipv6IpamPoolId') !== NO_VALUE) {
        info(
          'ipv6-at-deploy',
          { id: r.logicalId },
          `${r.logicalId}: AWS assigns the VPC's IPv6 block at deploy; it is unknown in the design.`,
        );
        block = UNKNOWN_IPV6;
      }
      if (block) {
        const d = drafts.get(vpc)!;
        d.ipv6CidrBlocks = [...((d.ipv6CidrBlocks as string[] | undefined) ?? []), block];
      }
    }
  }
  for (const r of ofType('AWS::EC2::FlowLog')) {
    const id = asString(prop(r, 'ResourceId'));
    if (id && isKind(id, 'vpc')) drafts.get(id)!.flowLogs = true;
  }

  /* ---------------------------------------------------------------- subnets */

  const ensureAz = (vpcId: string, zone: string): string => {
    const id = `az-${vpcId}-${zone}`;
    if (!drafts.has(id)) add({ kind: 'az', id, name: zone, parent: vpcId, ...baseOf('az'), zone });
    return id;
  };
  const regionCode = (vpcId: string) =>
    (drafts.get(drafts.get(vpcId)?.parent ?? '')?.code as string | undefined) ?? o.region;
  const subnetVpc = new Map<string, string>();
  for (const r of ofType('AWS::EC2::Subnet')) {
    const id = idOf(r);
    let vpc = vpcOf(prop(r, 'VpcId'), r);
    if (!vpc) {
      vpc = placeholderVpc(`vpc-unknown-${idPart(r.logicalId)}`, `VPC of ${r.logicalId} (not known)`).id;
      warn('unplaced', { id: r.logicalId }, `${r.logicalId} names no VPC that is known; a placeholder VPC holds it.`);
    }
    let zone = asString(prop(r, 'AvailabilityZone'));
    const zoneValue = prop(r, 'AvailabilityZone');
    if (!zone) {
      zone = `${regionCode(vpc)}a`;
      if (zoneValue instanceof Unknown) unknownValue(r, 'AvailabilityZone', zoneValue, `it is drawn in ${zone}`);
      else
        info(
          'zone-chosen-by-aws',
          { id: r.logicalId, zone },
          `${r.logicalId} names no Availability Zone (AWS picks one at deploy); it is drawn in ${zone}.`,
        );
    }
    const cidrValue = prop(r, 'CidrBlock');
    let cidr = asString(cidrValue) ?? '';
    if (cidrValue instanceof Unknown) {
      unknownValue(r, 'CidrBlock', cidrValue, 'the subnet keeps an empty block');
      cidr = '';
    } else if (!cidr && prop(r, 'Ipv6Native') !== NO_VALUE)
      info('ipv6-kept-aside', { id: r.logicalId }, `${r.logicalId}: an IPv6-only subnet, not modelled yet.`);
    const ipv6Cidr = ipv6BlockOf(r, 'Ipv6CidrBlock');
    subnetVpc.set(id, vpc);
    add({
      kind: 'subnet',
      id,
      name: nameOf(r),
      parent: ensureAz(vpc, zone),
      ...baseOf('subnet'),
      cidr,
      mapPublicIpOnLaunch: asBool(prop(r, 'MapPublicIpOnLaunch')) ?? false,
      ...(ipv6Cidr ? { ipv6Cidr } : {}),
    });
  }
  // A subnet's IPv6 block given by a resource of its own.
  for (const r of ofType('AWS::EC2::SubnetCidrBlock')) {
    const s = asString(prop(r, 'SubnetId'));
    const block = ipv6BlockOf(r, 'Ipv6CidrBlock');
    if (s && isKind(s, 'subnet') && block) drafts.get(s)!.ipv6Cidr = block;
    else if (!block && prop(r, 'Ipv6IpamPoolId') !== NO_VALUE && s && isKind(s, 'subnet'))
      drafts.get(s)!.ipv6Cidr = UNKNOWN_IPV6;
  }
  /** The subnet a value names, if the template (or a placeholder) has it. */
  const subnetOf = (v: Value, from: CfnResource, key: string): string | null => {
    if (v instanceof Unknown) {
      unknownValue(from, key, v, 'which subnet is not known');
      return null;
    }
    const s = asString(v);
    if (s && isKind(s, 'subnet')) return s;
    if (s)
      warn(
        'missing-reference',
        { id: s, what: 'subnet', from: from.logicalId },
        `${from.logicalId} refers to the subnet ${s}, which is not in the template; which VPC it is in is not known.`,
      );
    return null;
  };

  /* ---------------------------------------------------------------- default resources of each VPC */

  const templateVpcs = ofType('AWS::EC2::VPC').map((r) => drafts.get(idOf(r))!);
  for (const v of templateVpcs) {
    add({
      kind: 'routeTable',
      id: `rtb-${v.id}-main`,
      name: `${v.name} main route table`,
      parent: v.id,
      ...baseOf('routeTable'),
      main: true,
      routes: [],
      subnetIds: [],
    });
    const all4 = { protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0' };
    const all6 = { ...all4, cidr: '::/0' };
    const dualStack = ((v.ipv6CidrBlocks as string[] | undefined) ?? []).length > 0;
    add({
      kind: 'nacl',
      id: `acl-${v.id}-default`,
      name: `${v.name} default network ACL`,
      parent: v.id,
      ...baseOf('nacl'),
      isDefault: true,
      rules: [
        { id: `acl-${v.id}-default:in`, number: 100, direction: 'inbound', action: 'allow', ...all4 },
        { id: `acl-${v.id}-default:out`, number: 100, direction: 'outbound', action: 'allow', ...all4 },
        // With an IPv6 block AWS adds rule 101 for all IPv6 traffic, both ways (default-network-acl.html).
        ...(dualStack
          ? [
              { id: `acl-${v.id}-default:in6`, number: 101, direction: 'inbound', action: 'allow', ...all6 },
              { id: `acl-${v.id}-default:out6`, number: 101, direction: 'outbound', action: 'allow', ...all6 },
            ]
          : []),
      ],
      subnetIds: [],
    });
    const sg = `sg-${v.id}-default`;
    add({
      kind: 'securityGroup',
      id: sg,
      name: `${v.name} default security group`,
      parent: v.id,
      ...baseOf('securityGroup'),
      description: 'default VPC security group',
      isDefault: true,
      ingress: [
        { id: `${sg}:in:1`, protocol: 'all', fromPort: 0, toPort: 65535, cidr: null, sourceSg: sg, description: '' },
      ],
      egress: [
        {
          id: `${sg}:out:1`,
          protocol: 'all',
          fromPort: 0,
          toPort: 65535,
          cidr: '0.0.0.0/0',
          sourceSg: null,
          description: '',
        },
        // And all IPv6 traffic out, in a VPC with an IPv6 block (default-security-group.html).
        ...(dualStack
          ? [
              {
                id: `${sg}:out:2`,
                protocol: 'all',
                fromPort: 0,
                toPort: 65535,
                cidr: '::/0',
                sourceSg: null,
                description: '',
              },
            ]
          : []),
      ],
    });
  }
  /** The default group of a VPC of the template (placeholders have none that is known). */
  const defaultSg = (vpc: string | null): string[] =>
    vpc && isKind(`sg-${vpc}-default`, 'securityGroup') ? [`sg-${vpc}-default`] : [];
  const vpcOfDraft = (id: string | null): string | null => {
    // Bounded: input whose ids collide (a subnet named as its own VPC) can make a cycle of parents.
    let d = id ? drafts.get(id) : undefined;
    for (let depth = 0; d && depth < 16; depth++, d = d.parent ? drafts.get(d.parent) : undefined)
      if (d.kind === 'vpc') return d.id;
    return null;
  };

  /* ---------------------------------------------------------------- prefix lists */

  for (const r of ofType('AWS::EC2::PrefixList')) {
    const entries = listProp(r, 'Entries')
      .map((e) => (isRecord(e) ? asString(e.Cidr as Value) : null))
      .filter((c): c is string => !!c);
    add({
      kind: 'prefixList',
      id: idOf(r),
      name: asString(prop(r, 'PrefixListName')) ?? r.logicalId,
      parent: regionId,
      ...baseOf('prefixList'),
      addressFamily: asString(prop(r, 'AddressFamily')) === 'IPv6' ? 'IPv6' : 'IPv4',
      entries,
    });
  }
  const prefixListOf = (v: Value, from: CfnResource, key: string, name?: string): string | null => {
    if (v instanceof Unknown) {
      unknownValue(from, key, v, 'it is left out');
      return null;
    }
    const s = asString(v);
    if (!s) return null;
    if (isKind(s, 'prefixList')) return s;
    if (drafts.has(s) || unusableId(s)) return null;
    if (!name)
      warn(
        'missing-reference',
        { id: s, what: 'prefix list', from: from.logicalId },
        `${from.logicalId} refers to the prefix list ${s}, which is not in the template; its entries are unknown.`,
      );
    add({
      kind: 'prefixList',
      id: s,
      name: name ?? s,
      parent: regionId,
      ...baseOf('prefixList'),
      addressFamily: 'IPv4',
      entries: null,
    });
    return s;
  };

  /* ---------------------------------------------------------------- gateways */

  const igwVpc = new Map<string, string>();
  const vgwVpcs = new Map<string, string[]>();
  for (const r of ofType('AWS::EC2::VPCGatewayAttachment')) {
    const vpc = vpcOf(prop(r, 'VpcId'), r);
    if (!vpc) continue;
    const igw = prop(r, 'InternetGatewayId');
    const vgw = prop(r, 'VpnGatewayId');
    if (igw !== NO_VALUE) {
      const s = asString(igw);
      if (igw instanceof Unknown) unknownValue(r, 'InternetGatewayId', igw, 'the attachment is left out');
      else if (s && !igwVpc.has(s)) igwVpc.set(s, vpc);
    }
    if (vgw !== NO_VALUE) {
      const s = asString(vgw);
      if (vgw instanceof Unknown) unknownValue(r, 'VpnGatewayId', vgw, 'the attachment is left out');
      else if (s) vgwVpcs.set(s, [...(vgwVpcs.get(s) ?? []), vpc]);
    }
  }
  for (const r of ofType('AWS::EC2::InternetGateway')) {
    const id = idOf(r);
    const vpc = igwVpc.get(id);
    if (vpc) add({ kind: 'igw', id, name: nameOf(r), parent: vpc, ...baseOf('igw') });
    else {
      info(
        'kept-external',
        { id: r.logicalId, awsType: 'internet-gateway' },
        `${r.logicalId} is attached to no VPC; kept as an external resource.`,
      );
      addExternal(id, 'internet-gateway', nameOf(r), regionId, [], attrs([['State', 'detached']]));
    }
  }
  for (const [igw, vpc] of igwVpc)
    if (!drafts.has(igw) && !unusableId(igw)) {
      warn(
        'missing-reference',
        { id: igw, what: 'internet gateway', from: 'VPCGatewayAttachment' },
        `An attachment names the internet gateway ${igw}, which is not in the template; a placeholder gateway attached to its VPC stands for it.`,
      );
      add({ kind: 'igw', id: igw, name: `${igw} (not in the template)`, parent: vpc, ...baseOf('igw') });
    }

  // Elastic IPs: the address is allocated at deploy; a stand-in from the documentation ranges takes its place.
  const eipAddress = new Map<string, string>();
  const taken = new Set<number>();
  for (const r of ofType('AWS::EC2::EIP')) {
    const ip = nextFreeElasticIp(taken);
    taken.add(ipToInt(ip)!);
    eipAddress.set(idOf(r), ip);
  }
  if (eipAddress.size)
    info(
      'eip-stand-in',
      { count: eipAddress.size },
      `AWS allocates Elastic IP addresses at deploy; the design uses stand-ins (${[...eipAddress.values()].slice(0, 3).join(', ')}${eipAddress.size > 3 ? ', …' : ''}).`,
    );
  const eipOf = (v: Value): string | null => {
    const s = asString(v);
    if (!s) return null;
    return eipAddress.get(s) ?? (ipToInt(s) !== null ? s : null);
  };

  for (const r of ofType('AWS::EC2::NatGateway')) {
    const id = idOf(r);
    const connectivity = asString(prop(r, 'ConnectivityType')) === 'private' ? 'private' : 'public';
    const alloc = prop(r, 'AllocationId');
    let elasticIp: string | null = null;
    if (connectivity === 'public') {
      if (alloc instanceof Unknown) {
        const ip = nextFreeElasticIp(taken);
        taken.add(ipToInt(ip)!);
        elasticIp = ip;
        unknownValue(r, 'AllocationId', alloc, `the address is unknown; the stand-in ${ip} takes its place`);
      } else elasticIp = eipOf(alloc);
    }
    const subnet = subnetOf(prop(r, 'SubnetId'), r, 'SubnetId');
    if (!subnet) {
      info(
        'kept-external',
        { id: r.logicalId, awsType: 'nat-gateway' },
        `${r.logicalId} is in a subnet the template does not define; kept as an external resource.`,
      );
      addExternal(
        id,
        'nat-gateway',
        nameOf(r),
        regionId,
        [],
        attrs([
          ['SubnetId', prop(r, 'SubnetId')],
          ['ConnectivityType', connectivity],
        ]),
      );
      continue;
    }
    add({ kind: 'nat', id, name: nameOf(r), parent: subnet, ...baseOf('nat'), connectivity, elasticIp });
  }

  /* ---------------------------------------------------------------- security groups */

  const sgRes = ofType('AWS::EC2::SecurityGroup');
  const sgVpc = new Map<string, string>();
  for (const r of sgRes) {
    const v = prop(r, 'VpcId');
    let vpc = v === NO_VALUE ? null : vpcOf(v, r);
    if (!vpc) {
      vpc = `vpc-default-${idPart(o.region)}`;
      if (!drafts.has(vpc)) placeholderVpc(vpc, 'default VPC (not in the template)');
      warn(
        'default-vpc',
        { id: r.logicalId },
        `${r.logicalId} names no VPC, so AWS creates it in the account's default VPC; a placeholder stands for that VPC.`,
      );
    }
    sgVpc.set(idOf(r), vpc);
  }
  const stub = (id: string, vpc: string, from: string) => {
    if (isKind(id, 'securityGroup')) return;
    warn(
      'missing-reference',
      { id, what: 'security group', from },
      `${from} refers to the security group ${id}, which is not in the template; a stub group with no rules stands for it.`,
    );
    add({
      kind: 'securityGroup',
      id,
      name: `${id} (not in the template)`,
      parent: vpc,
      ...baseOf('securityGroup'),
      description: 'Not in the imported template',
      isDefault: false,
      ingress: [],
      egress: [],
    });
  };
  /** A group a value names: the template's, else a stub in `vpc`; null (reported) when unknown. */
  const groupOf = (v: Value, vpc: string, from: CfnResource, key: string): string | null => {
    if (v instanceof Unknown) {
      unknownValue(from, key, v, 'that group is left out');
      return null;
    }
    const s = asString(v);
    if (!s) return null;
    if (isKind(s, 'securityGroup') || sgVpc.has(s)) return s;
    if (drafts.has(s) || unusableId(s)) {
      warn(
        'bad-reference',
        { id: from.logicalId, property: key, value: s },
        `${from.logicalId}.${key} names ${s}, which is not a security group; it is left out.`,
      );
      return null;
    }
    stub(s, vpc, from.logicalId);
    return s;
  };
  /**
   * A rule's peer that the template cannot give (an imported CIDR, a parameter without a value): a
   * prefix list whose entries are unknown stands for it, so the analysis answers "unknown" where
   * the rule would decide, as it does for an AWS-managed list (neither allow nor deny).
   */
  let unknownPeerCount = 0;
  const unknownPeer = (
    from: CfnResource,
    key: string,
    u: Unknown,
    family: 'IPv4' | 'IPv6',
    what = 'a peer',
  ): string => {
    const id = `pl-unknown-${idPart(from.logicalId)}-${++unknownPeerCount}`;
    unknownValue(from, key, u, `${what} whose addresses are unknown (${id}) stands for it`);
    add({
      kind: 'prefixList',
      id,
      name: `unknown: ${u.why}`.slice(0, 200),
      parent: regionId,
      ...baseOf('prefixList'),
      addressFamily: family,
      entries: null,
    });
    return id;
  };
  /** A CloudFormation rule (inline or a SecurityGroupIngress/Egress resource) in describe's shape, for sgRules. */
  const permission = (rule: Record<string, Value>, egress: boolean, vpc: string, from: CfnResource, key: string) => {
    const g = (k: string) => (Object.hasOwn(rule, k) ? rule[k]! : NO_VALUE);
    const p: Record<string, unknown> = {
      IpProtocol: asString(g('IpProtocol')),
      FromPort: asInt(g('FromPort')),
      ToPort: asInt(g('ToPort')),
    };
    const desc = asString(g('Description')) ?? '';
    const cidr = g('CidrIp');
    const groupKey = egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId';
    const plKey = egress ? 'DestinationPrefixListId' : 'SourcePrefixListId';
    const v6 = g('CidrIpv6');
    const unknownPeers: string[] = [];
    if (cidr instanceof Unknown) unknownPeers.push(unknownPeer(from, key, cidr, 'IPv4'));
    else if (asString(cidr)) p.IpRanges = [{ CidrIp: asString(cidr), Description: desc }];
    if (v6 instanceof Unknown) unknownPeers.push(unknownPeer(from, key, v6, 'IPv6'));
    else if (v6 !== NO_VALUE) p.Ipv6Ranges = [{ CidrIpv6: asString(v6), Description: desc }];
    if (g(groupKey) !== NO_VALUE) {
      const gv = g(groupKey);
      const sg = gv instanceof Unknown ? null : groupOf(gv, vpc, from, key);
      if (gv instanceof Unknown) unknownPeers.push(unknownPeer(from, key, gv, 'IPv4'));
      else if (sg) p.UserIdGroupPairs = [{ GroupId: sg, Description: desc }];
    }
    if (g(plKey) !== NO_VALUE) {
      const pl = prefixListOf(g(plKey), from, key);
      if (pl) p.PrefixListIds = [{ PrefixListId: pl, Description: desc }];
    }
    if (unknownPeers.length)
      p.PrefixListIds = [
        ...((p.PrefixListIds as unknown[] | undefined) ?? []),
        ...unknownPeers.map((id) => ({ PrefixListId: id, Description: desc })),
      ];
    if (!egress && g('SourceSecurityGroupName') !== NO_VALUE)
      warn(
        'group-by-name',
        { id: from.logicalId },
        `${from.logicalId}: a rule names its source group by name (EC2-Classic or the default VPC); it is left out.`,
      );
    return p;
  };
  const rulesOf = (perms: Record<string, unknown>[], base: string) => {
    const res = sgRules(perms as never, base);
    return res;
  };
  const ingressOf = new Map<string, Record<string, unknown>[]>();
  const egressOf = new Map<string, Record<string, unknown>[]>();
  for (const r of sgRes) {
    const id = idOf(r);
    const vpc = sgVpc.get(id)!;
    const inl = (key: string, egress: boolean) =>
      listProp(r, key)
        .filter(isRecord)
        .map((rule) => permission(rule as Record<string, Value>, egress, vpc, r, key));
    ingressOf.set(id, inl('SecurityGroupIngress', false));
    const eg = listProp(r, 'SecurityGroupEgress').filter(isRecord);
    // CloudFormation: without SecurityGroupEgress the group keeps EC2's default allow-all outbound rule.
    // A rule for all traffic to 127.0.0.1/32 is AWS's documented way to remove that default rule and
    // allow nothing out (no packet to the loopback address leaves an interface): it is no rule.
    egressOf.set(
      id,
      eg.length
        ? inl('SecurityGroupEgress', true).filter((p) => !isLoopbackOnly(p))
        : [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    );
  }
  for (const [type, egress] of [
    ['AWS::EC2::SecurityGroupIngress', false],
    ['AWS::EC2::SecurityGroupEgress', true],
  ] as const)
    for (const r of ofType(type)) {
      const g = prop(r, 'GroupId');
      const target = asString(g);
      if (!target || !sgVpc.has(target)) {
        if (g instanceof Unknown) unknownValue(r, 'GroupId', g, 'the rule is left out');
        else
          warn(
            'missing-reference',
            { id: target ?? asString(prop(r, 'GroupName')) ?? '?', what: 'security group', from: r.logicalId },
            `${r.logicalId} adds a rule to ${target ?? 'a group named by name'}, which is not in the template; the rule is left out.`,
          );
        continue;
      }
      const rule: Record<string, Value> = {};
      for (const k of Object.keys(r.properties)) rule[k] = prop(r, k);
      (egress ? egressOf : ingressOf).get(target)!.push(permission(rule, egress, sgVpc.get(target)!, r, r.logicalId));
    }
  for (const r of sgRes) {
    const id = idOf(r);
    const ingress = rulesOf(ingressOf.get(id)!, `${id}:in`);
    const egress = rulesOf(egressOf.get(id)!, `${id}:out`);
    if (ingress.ipv6 + egress.ipv6)
      info(
        'ipv6-kept-aside',
        { id: r.logicalId, count: ingress.ipv6 + egress.ipv6 },
        `${r.logicalId}: ${ingress.ipv6 + egress.ipv6} IPv6 rule(s) not modelled yet.`,
      );
    add({
      kind: 'securityGroup',
      id,
      name: nameOf(r) === r.logicalId ? (asString(prop(r, 'GroupName')) ?? r.logicalId) : nameOf(r),
      parent: sgVpc.get(id)!,
      ...baseOf('securityGroup'),
      description: asString(prop(r, 'GroupDescription')) ?? '',
      isDefault: false,
      ingress: ingress.rules,
      egress: egress.rules,
    });
  }
  const groupsOf = (values: readonly Value[], vpc: string | null, from: CfnResource, key: string): string[] => {
    if (!vpc) return [];
    const ids = values.map((v) => groupOf(v, vpc, from, key)).filter((g): g is string => !!g);
    return [...new Set(ids)].filter((g) => isKind(g, 'securityGroup') && vpcOfDraft(g) === vpc);
  };

  /* ---------------------------------------------------------------- instances */

  const instanceEip = new Map<string, string>();
  for (const r of ofType('AWS::EC2::EIP')) {
    const inst = asString(prop(r, 'InstanceId'));
    if (inst) instanceEip.set(inst, eipAddress.get(idOf(r))!);
  }
  for (const r of ofType('AWS::EC2::EIPAssociation')) {
    const inst = asString(prop(r, 'InstanceId'));
    const ip = eipOf(prop(r, 'AllocationId')) ?? eipOf(prop(r, 'EIP'));
    if (inst && ip) instanceEip.set(inst, ip);
  }
  const instanceEnis: { instance: string; eni: Record<string, Value>; from: CfnResource }[] = [];
  for (const r of ofType('AWS::EC2::Instance')) {
    const id = idOf(r);
    const enis = listProp(r, 'NetworkInterfaces').filter(isRecord) as Record<string, Value>[];
    const first = enis.find((e) => asInt(e.DeviceIndex ?? null) === 0) ?? enis[0];
    const subnetValue = prop(r, 'SubnetId') !== NO_VALUE ? prop(r, 'SubnetId') : (first?.SubnetId ?? NO_VALUE);
    for (const e of enis) if (e !== first) instanceEnis.push({ instance: id, eni: e, from: r });
    const subnet = subnetValue === NO_VALUE ? null : subnetOf(subnetValue, r, 'SubnetId');
    if (!subnet) {
      info(
        'kept-external',
        { id: r.logicalId, awsType: 'instance' },
        `${r.logicalId} is in no subnet of the template; kept as an external resource.`,
      );
      addExternal(id, 'instance', nameOf(r), regionId, [], attrs([['InstanceType', prop(r, 'InstanceType')]]));
      continue;
    }
    const vpc = vpcOfDraft(subnet);
    const groups = [
      ...listProp(r, 'SecurityGroupIds'),
      ...listProp(r, 'SecurityGroups'),
      ...(Array.isArray(first?.GroupSet) ? first.GroupSet : []),
    ];
    const eip = instanceEip.get(id) ?? null;
    const assoc = first ? asBool(first.AssociatePublicIpAddress ?? null) : null;
    const autoIp = assoc ?? drafts.get(subnet)!.mapPublicIpOnLaunch === true;
    const privateIp =
      asString(prop(r, 'PrivateIpAddress')) ?? (first ? asString(first.PrivateIpAddress ?? null) : null);
    // IPv6 addresses: written out (`Ipv6Addresses: [{ Ipv6Address }]`), or a count AWS fills at deploy.
    const v6List = [
      ...listProp(r, 'Ipv6Addresses'),
      ...(Array.isArray(first?.Ipv6Addresses) ? first.Ipv6Addresses : []),
    ];
    // An address the template cannot give (an imported value) stays in the design as `unknown`: the
    // instance has an IPv6 address, which one is not known (neither allow nor deny where it decides).
    const ipv6 = v6List
      .map((a) =>
        isRecord(a) ? (a.Ipv6Address instanceof Unknown ? UNKNOWN_IPV6 : asString(a.Ipv6Address as Value)) : null,
      )
      .filter((a): a is string => !!a);
    const countValue = prop(r, 'Ipv6AddressCount') !== NO_VALUE ? prop(r, 'Ipv6AddressCount') : first?.Ipv6AddressCount;
    if (!ipv6.length && countValue !== undefined && countValue !== NO_VALUE) {
      // AWS picks `Ipv6AddressCount` addresses from the subnet's block at launch: there are that many,
      // none known. A count the template cannot give is at least one address here (0 is none).
      const n = countValue instanceof Unknown ? 1 : (asInt(countValue as Value) ?? 0);
      for (let k = 0; k < Math.min(n, 64); k++) ipv6.push(UNKNOWN_IPV6);
      if (n > 0)
        info(
          'ipv6-at-deploy',
          { id: r.logicalId, property: 'Ipv6AddressCount' },
          `${r.logicalId}: AWS assigns its IPv6 addresses at deploy; they are unknown in the design.`,
        );
    }
    add({
      kind: 'instance',
      id,
      name: nameOf(r),
      parent: subnet,
      ...baseOf('instance'),
      instanceType: asString(prop(r, 'InstanceType')) ?? 'm1.small',
      privateIp: privateIp && ipToInt(privateIp) !== null ? privateIp : null,
      publicIp: eip ? 'elastic' : autoIp ? 'auto' : 'none',
      elasticIp: eip,
      securityGroupIds: groups.length ? groupsOf(groups, vpc, r, 'SecurityGroupIds') : defaultSg(vpc),
      ...(ipv6.length ? { ipv6Addresses: ipv6 } : {}),
    });
  }

  /* ---------------------------------------------------------------- network interfaces */

  // Owners: an instance's further `NetworkInterfaces` that name one, and NetworkInterfaceAttachment.
  const eniOwner = new Map<string, string>();
  for (const { instance, eni } of instanceEnis) {
    const named = asString(eni.NetworkInterfaceId ?? null);
    if (named) eniOwner.set(named, instance);
  }
  for (const r of ofType('AWS::EC2::NetworkInterfaceAttachment')) {
    const eni = asString(prop(r, 'NetworkInterfaceId'));
    const inst = asString(prop(r, 'InstanceId'));
    if (eni && inst) eniOwner.set(eni, inst);
  }
  const addEni = (id: string, name: string, from: CfnResource, v: (k: string) => Value, owner: string | null) => {
    const subnet = v('SubnetId') === NO_VALUE ? null : subnetOf(v('SubnetId'), from, 'SubnetId');
    if (!subnet) return false;
    const ip = asString(v('PrivateIpAddress'));
    const groups = Array.isArray(v('GroupSet')) ? (v('GroupSet') as Value[]) : [];
    add({
      kind: 'networkInterface',
      id,
      name,
      parent: subnet,
      ...baseOf('networkInterface'),
      ownerId: owner && drafts.has(owner) ? owner : null,
      privateIp: ip && ipToInt(ip) !== null ? ip : null,
      elasticIp: null,
      securityGroupIds: groupsOf(groups, vpcOfDraft(subnet), from, 'GroupSet'),
    });
    return true;
  };
  for (const r of ofType('AWS::EC2::NetworkInterface')) {
    const id = idOf(r);
    addEni(id, nameOf(r), r, (k) => prop(r, k), eniOwner.get(id) ?? null);
  }
  for (const { instance, eni, from } of instanceEnis) {
    if (asString(eni.NetworkInterfaceId ?? null)) continue; // a NetworkInterface resource of its own
    const index = asInt(eni.DeviceIndex ?? null) ?? 1;
    addEni(`eni-${from.logicalId}-${index}`, `${nameOf(from)} eth${index}`, from, (k) => eni[k] ?? NO_VALUE, instance);
  }

  /* ---------------------------------------------------------------- target groups */

  const attribute = (r: CfnResource, list: string, key: string): boolean | null => {
    const a = listProp(r, list).find((x) => isRecord(x) && x.Key === key) as Record<string, Value> | undefined;
    return a ? asString(a.Value ?? null) === 'true' : null;
  };
  for (const r of ofType('AWS::ElasticLoadBalancingV2::TargetGroup')) {
    const type = asString(prop(r, 'TargetType')) ?? 'instance';
    const protocol = asString(prop(r, 'Protocol'));
    const port = asInt(prop(r, 'Port'));
    const vpc = prop(r, 'VpcId') === NO_VALUE ? null : vpcOf(prop(r, 'VpcId'), r);
    if (
      !vpc ||
      (type !== 'instance' && type !== 'ip') ||
      !protocol ||
      !(LB_PROTOCOLS as readonly string[]).includes(protocol) ||
      port === null
    )
      continue; // kept as an external target group below
    const targets = listProp(r, 'Targets')
      .filter(isRecord)
      .map((t, k) => {
        const tid = asString((t as Record<string, Value>).Id ?? null);
        const tport = asInt((t as Record<string, Value>).Port ?? null);
        return {
          id: `tgt-${r.logicalId}-${k + 1}`,
          instanceId: type === 'instance' ? tid : null,
          ip: type === 'ip' ? tid : null,
          port: tport !== null && tport !== port ? tport : null,
        };
      })
      .filter((t) => (type === 'instance' ? !!t.instanceId && isKind(t.instanceId, 'instance') : !!t.ip));
    const preserve = attribute(r, 'TargetGroupAttributes', 'preserve_client_ip.enabled');
    add({
      kind: 'targetGroup',
      id: idOf(r),
      name: asString(prop(r, 'Name')) ?? nameOf(r),
      parent: vpc,
      ...baseOf('targetGroup'),
      protocol,
      port,
      targetType: type,
      ...(!Object.hasOwn(r.properties, 'Targets') ? { targetsAtDeploy: true } : {}),
      targets,
      ...(preserve !== null ? { preserveClientIp: preserve } : {}),
    });
  }

  /* ---------------------------------------------------------------- peering */

  for (const r of ofType('AWS::EC2::VPCPeeringConnection')) {
    const peerRegion = asString(prop(r, 'PeerRegion'));
    const requester = vpcOf(prop(r, 'VpcId'), r);
    const accepter = vpcOf(prop(r, 'PeerVpcId'), r, 'PeerVpcId', peerRegion ? ensureRegion(peerRegion) : regionId);
    const owner = asString(prop(r, 'PeerOwnerId'));
    if (owner)
      info(
        'peer-account',
        { id: r.logicalId, account: owner },
        `${r.logicalId} peers with a VPC of the account ${owner}; the other side must accept it.`,
      );
    add({
      kind: 'peering',
      id: idOf(r),
      name: nameOf(r),
      parent: requester ? drafts.get(requester)!.parent : regionId,
      ...baseOf('peering'),
      requesterVpcId: requester,
      accepterVpcId: accepter,
    });
  }

  /* ---------------------------------------------------------------- load balancers, databases */

  const listeners = new Map<string, number[]>();
  const listenerRecords = new Map<
    string,
    { id: string; protocol: string; port: number; targetGroupId: string | null; action?: ListenerAction }[]
  >();
  // A load balancer whose listeners all answer themselves (fixed-response, redirect) forwards
  // nowhere: it takes the traffic on their ports (listenerPorts), as a design without target groups
  // draws it. Once one listener forwards, every listener is a record (the others forward to none).
  const forwarding = new Set<string>();
  for (const r of ofType('AWS::ElasticLoadBalancingV2::Listener')) {
    const lb = asString(prop(r, 'LoadBalancerArn'));
    const port = asInt(prop(r, 'Port'));
    if (lb && port !== null && port >= 0 && port <= 65535) {
      listeners.set(lb, [...new Set([...(listeners.get(lb) ?? []), port])]);
      // No DefaultActions (CloudFormation requires them): what it does is not known; its port is kept.
      if (prop(r, 'DefaultActions') === NO_VALUE) continue;
      const protocol = asString(prop(r, 'Protocol')) ?? (asString(prop(r, 'Certificates')) ? 'HTTPS' : 'HTTP');
      const fwd = listProp(r, 'DefaultActions').find((a) => isRecord(a) && a.Type === 'forward') as
        Record<string, Value> | undefined;
      const weighted = isRecord(fwd?.ForwardConfig ?? null)
        ? ((fwd!.ForwardConfig as Record<string, Value>).TargetGroups as Value[] | undefined)
        : undefined;
      const tg =
        asString(fwd?.TargetGroupArn ?? null) ??
        (Array.isArray(weighted) && isRecord(weighted[0] ?? null)
          ? asString((weighted[0] as Record<string, Value>).TargetGroupArn ?? null)
          : null);
      if (fwd) forwarding.add(lb);
      // No forward: the load balancer answers itself (a fixed response, a redirect).
      const answer = fwd
        ? undefined
        : answeringAction(listProp(r, 'DefaultActions').map((a) => (isRecord(a) ? a.Type : null)));
      if ((LB_PROTOCOLS as readonly string[]).includes(protocol))
        listenerRecords.set(lb, [
          ...(listenerRecords.get(lb) ?? []),
          {
            id: idOf(r),
            protocol,
            port,
            targetGroupId: tg && isKind(tg, 'targetGroup') ? tg : null,
            ...(answer ? { action: answer } : {}),
          },
        ]);
    }
  }
  for (const r of ofType('AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    const id = idOf(r);
    const type = asString(prop(r, 'Type')) ?? 'application';
    const mapped = listProp(r, 'SubnetMappings').map((m) => (isRecord(m) ? (m.SubnetId as Value) : null));
    const subnets = [...listProp(r, 'Subnets'), ...mapped]
      .map((s) => subnetOf(s, r, 'Subnets'))
      .filter((s): s is string => !!s);
    if (type === 'gateway' || !subnets.length) {
      info(
        'kept-external',
        { id: r.logicalId, awsType: `${type}-load-balancer` },
        `${r.logicalId} (${type} load balancer) is kept as an external resource.`,
      );
      addExternal(
        id,
        `${type}-load-balancer`,
        nameOf(r),
        regionId,
        [],
        attrs([
          ['Type', type],
          ['Scheme', prop(r, 'Scheme')],
        ]),
      );
      continue;
    }
    const vpc = vpcOfDraft(subnets[0]!);
    const sgs = listProp(r, 'SecurityGroups');
    add({
      kind: 'loadBalancer',
      id,
      name: asString(prop(r, 'Name')) ?? nameOf(r),
      parent: subnets[0]!,
      ...baseOf('loadBalancer'),
      scheme: asString(prop(r, 'Scheme')) === 'internal' ? 'internal' : 'internet-facing',
      subnetIds: [...new Set(subnets)],
      securityGroupIds: sgs.length
        ? groupsOf(sgs, vpc, r, 'SecurityGroups')
        : type === 'application'
          ? defaultSg(vpc)
          : [],
      listenerPorts: listeners.get(id) ?? [],
      lbType: type === 'network' ? 'network' : 'application',
      listeners: forwarding.has(id) ? (listenerRecords.get(id) ?? []) : [],
      ...(type === 'network'
        ? { crossZone: attribute(r, 'LoadBalancerAttributes', 'load_balancing.cross_zone.enabled') ?? false }
        : {}),
    });
    if (!listeners.has(id))
      info(
        'no-listeners',
        { id: r.logicalId },
        `${r.logicalId} has no listener in the template; its ports are unknown.`,
      );
  }
  const subnetGroups = new Map<string, Value[]>();
  for (const r of ofType('AWS::RDS::DBSubnetGroup')) subnetGroups.set(idOf(r), listProp(r, 'SubnetIds'));
  for (const r of ofType('AWS::RDS::DBInstance')) {
    const id = idOf(r);
    const engineRaw = asString(prop(r, 'Engine')) ?? '';
    const engine = engineOf(engineRaw);
    const group = asString(prop(r, 'DBSubnetGroupName'));
    const subnets = (group && subnetGroups.get(group)) || [];
    const subnetIds = [
      ...new Set(subnets.map((s) => subnetOf(s, r, 'DBSubnetGroupName')).filter((s): s is string => !!s)),
    ];
    const zone = asString(prop(r, 'AvailabilityZone'));
    const primary = subnetIds.find((s) => drafts.get(drafts.get(s)!.parent!)?.zone === zone) ?? subnetIds[0];
    if (!engine || !primary) {
      info(
        engine ? 'kept-external' : 'unsupported-engine',
        engine ? { id: r.logicalId, awsType: 'db-instance' } : { id: r.logicalId, engine: engineRaw },
        engine
          ? `${r.logicalId} has no DB subnet group in the template; kept as an external resource.`
          : `${r.logicalId}: the engine "${engineRaw}" is not one VPC Town models; kept as an external resource.`,
      );
      addExternal(id, 'db-instance', nameOf(r), regionId, [], attrs([['Engine', engineRaw]]));
      continue;
    }
    const vpc = vpcOfDraft(primary);
    const sgs = listProp(r, 'VPCSecurityGroups');
    add({
      kind: 'rds',
      id,
      name: asString(prop(r, 'DBInstanceIdentifier')) ?? nameOf(r),
      parent: primary,
      ...baseOf('rds'),
      engine,
      port: (() => {
        const p = asInt(prop(r, 'Port'));
        return p !== null && p >= 0 && p <= 65535 ? p : DEFAULT_PORTS[engine];
      })(),
      publiclyAccessible: asBool(prop(r, 'PubliclyAccessible')) ?? false,
      subnetIds,
      securityGroupIds: sgs.length ? groupsOf(sgs, vpc, r, 'VPCSecurityGroups') : defaultSg(vpc),
      privateIp: null,
    });
  }

  /* ---------------------------------------------------------------- egress-only gateways, endpoints */

  for (const r of ofType('AWS::EC2::EgressOnlyInternetGateway')) {
    const vpc = vpcOf(prop(r, 'VpcId'), r);
    if (vpc) add({ kind: 'egressOnlyIgw', id: idOf(r), name: nameOf(r), parent: vpc, ...baseOf('egressOnlyIgw') });
  }
  // Route tables are read below: the endpoints' tables are checked once they are.
  const endpointRoutes: { table: string; destination: string; target: string }[] = [];
  for (const r of ofType('AWS::EC2::VPCEndpoint')) {
    const id = idOf(r);
    const type = asString(prop(r, 'VpcEndpointType')) ?? 'Gateway';
    const vpc = vpcOf(prop(r, 'VpcId'), r);
    const serviceValue = prop(r, 'ServiceName');
    const service = asString(serviceValue);
    if (!vpc || !isKind(vpc, 'vpc') || (!service && !(serviceValue instanceof Unknown))) continue; // external below
    if (serviceValue instanceof Unknown)
      unknownValue(r, 'ServiceName', serviceValue, 'the endpoint is drawn for a service that is not known');
    if (type === 'Gateway') {
      // AWS adds a route to its service's prefix list in each of its route tables; the list's id is
      // AWS's (pl-…), known only in the account: one made of the service name stands for it.
      const pl = service ? prefixListOf(`pl-${service.replace(/[^0-9a-zA-Z]/g, '')}`, r, 'ServiceName', service) : null;
      const tables = listProp(r, 'RouteTableIds')
        .map((t) => {
          if (t instanceof Unknown) unknownValue(r, 'RouteTableIds', t, 'that route table is left out');
          return asString(t);
        })
        .filter((t): t is string => !!t);
      add({
        kind: 'gatewayEndpoint',
        id,
        name: nameOf(r) === r.logicalId && service ? service : nameOf(r),
        parent: vpc,
        ...baseOf('gatewayEndpoint'),
        serviceName: service ?? '',
        prefixListId: pl,
        routeTableIds: tables,
      });
      if (pl) for (const table of tables) endpointRoutes.push({ table, destination: pl, target: id });
      continue;
    }
    if (type !== 'Interface') continue; // GatewayLoadBalancer, Resource, ServiceNetwork: external below
    const subnets = [...new Set(listProp(r, 'SubnetIds').map((v) => subnetOf(v, r, 'SubnetIds')))].filter(
      (x): x is string => !!x && vpcOfDraft(x) === vpc,
    );
    if (!subnets.length) continue;
    const sgs = listProp(r, 'SecurityGroupIds');
    add({
      kind: 'interfaceEndpoint',
      id,
      name: nameOf(r) === r.logicalId && service ? service : nameOf(r),
      parent: subnets[0]!,
      ...baseOf('interfaceEndpoint'),
      serviceName: service ?? '',
      subnetIds: subnets,
      // Without SecurityGroupIds, AWS gives its interfaces the VPC's default group.
      securityGroupIds: sgs.length ? groupsOf(sgs, vpc, r, 'SecurityGroupIds') : defaultSg(vpc),
      privateDns: asBool(prop(r, 'PrivateDnsEnabled')) ?? false,
      privateIp: null,
    });
  }

  /* ---------------------------------------------------------------- transit gateways */

  // What names what: associations and propagations, by route table and by attachment.
  const tgwAssociation = new Map<string, string>();
  for (const r of ofType('AWS::EC2::TransitGatewayRouteTableAssociation')) {
    const att = asString(prop(r, 'TransitGatewayAttachmentId'));
    const rtb = asString(prop(r, 'TransitGatewayRouteTableId'));
    if (att && rtb && !tgwAssociation.has(att)) tgwAssociation.set(att, rtb);
  }
  const tgwPropagations = new Map<string, string[]>();
  for (const r of ofType('AWS::EC2::TransitGatewayRouteTablePropagation')) {
    const att = asString(prop(r, 'TransitGatewayAttachmentId'));
    const rtb = asString(prop(r, 'TransitGatewayRouteTableId'));
    if (att && rtb) tgwPropagations.set(rtb, [...(tgwPropagations.get(rtb) ?? []), att]);
  }
  // A transit gateway with default association or propagation on (AWS's default) has a route table
  // AWS creates with it, as a VPC has its main route table: it is created here too.
  const tgwDefaults = new Map<string, { assoc: string | null; prop: string | null }>();
  for (const r of ofType('AWS::EC2::TransitGateway')) {
    const id = idOf(r);
    const assocOn = asString(prop(r, 'DefaultRouteTableAssociation')) !== 'disable';
    const propOn = asString(prop(r, 'DefaultRouteTablePropagation')) !== 'disable';
    const table = `tgw-rtb-${r.logicalId}-default`;
    const asn = asInt(prop(r, 'AmazonSideAsn'));
    add({
      kind: 'transitGateway',
      id,
      name: nameOf(r),
      parent: regionId,
      ...baseOf('transitGateway'),
      amazonSideAsn: asn ?? 64512,
      associationDefaultRouteTableId: assocOn ? table : null,
      propagationDefaultRouteTableId: propOn ? table : null,
    });
    if (assocOn || propOn)
      add({
        kind: 'tgwRouteTable',
        id: table,
        name: `${nameOf(r)} default route table`,
        parent: regionId,
        ...baseOf('tgwRouteTable'),
        transitGatewayId: id,
        propagationIds: [],
        routes: [],
      });
    tgwDefaults.set(id, { assoc: assocOn ? table : null, prop: propOn ? table : null });
  }
  const tgwOf = (r: CfnResource): string | null => {
    const v = prop(r, 'TransitGatewayId');
    if (v instanceof Unknown) {
      unknownValue(r, 'TransitGatewayId', v, 'it is drawn attached to no transit gateway');
      return null;
    }
    const s = asString(v);
    if (s && isKind(s, 'transitGateway')) return s;
    if (s)
      warn(
        'missing-reference',
        { id: s, what: 'transit gateway', from: r.logicalId },
        `${r.logicalId} refers to the transit gateway ${s}, which is not in the template; it is drawn attached to none.`,
      );
    return null;
  };
  for (const r of ofType('AWS::EC2::TransitGatewayRouteTable')) {
    const tgw = tgwOf(r);
    add({
      kind: 'tgwRouteTable',
      id: idOf(r),
      name: nameOf(r),
      parent: regionId,
      ...baseOf('tgwRouteTable'),
      transitGatewayId: tgw,
      propagationIds: [],
      routes: [],
    });
  }
  for (const type of ['AWS::EC2::TransitGatewayVpcAttachment', 'AWS::EC2::TransitGatewayAttachment'])
    for (const r of ofType(type)) {
      const id = idOf(r);
      const vpc = vpcOf(prop(r, 'VpcId'), r);
      if (!vpc) continue; // external below
      const tgw = tgwOf(r);
      const subnets = [...new Set(listProp(r, 'SubnetIds').map((v) => subnetOf(v, r, 'SubnetIds')))].filter(
        (x): x is string => !!x && vpcOfDraft(x) === vpc,
      );
      const options = prop(r, 'Options');
      const explicit = tgwAssociation.get(id);
      const defaults = tgw ? tgwDefaults.get(tgw) : undefined;
      add({
        kind: 'tgwAttachment',
        id,
        name: nameOf(r),
        parent: vpc,
        ...baseOf('tgwAttachment'),
        transitGatewayId: tgw,
        subnetIds: subnets,
        routeTableId: explicit && isKind(explicit, 'tgwRouteTable') ? explicit : (defaults?.assoc ?? null),
        applianceMode: isRecord(options) && asString(options.ApplianceModeSupport as Value) === 'enable',
        // AWS's default is disable [CFN:AWS::EC2::TransitGatewayVpcAttachment Options].
        ipv6Support: isRecord(options) && asString(options.Ipv6Support as Value) === 'enable',
      });
      if (defaults?.prop) tgwPropagations.set(defaults.prop, [...(tgwPropagations.get(defaults.prop) ?? []), id]);
    }

  /* ---------------------------------------------------------------- site-to-site VPN */

  for (const r of ofType('AWS::EC2::VPNGateway')) {
    const id = idOf(r);
    const vpc = vgwVpcs.get(id)?.[0] ?? null;
    add({
      kind: 'vpnGateway',
      id,
      name: nameOf(r),
      parent: vpc ?? regionId,
      ...baseOf('vpnGateway'),
      amazonSideAsn: asInt(prop(r, 'AmazonSideAsn')) ?? 64512,
      propagationRouteTableIds: [],
    });
  }
  for (const r of ofType('AWS::EC2::CustomerGateway')) {
    const ip = prop(r, 'IpAddress');
    if (ip instanceof Unknown) unknownValue(r, 'IpAddress', ip, 'the gateway has no address in the design');
    add({
      kind: 'customerGateway',
      id: idOf(r),
      name: nameOf(r),
      parent: null,
      ...baseOf('customerGateway'),
      ipAddress: asString(ip) ?? '',
      bgpAsn: asInt(prop(r, 'BgpAsn')) ?? 65000,
    });
  }
  const vpnRoutes = new Map<string, string[]>();
  for (const r of ofType('AWS::EC2::VPNConnectionRoute')) {
    const vpn = asString(prop(r, 'VpnConnectionId'));
    const d = prop(r, 'DestinationCidrBlock');
    if (d instanceof Unknown) unknownValue(r, 'DestinationCidrBlock', d, 'the route is left out');
    else if (vpn && asString(d)) vpnRoutes.set(vpn, [...(vpnRoutes.get(vpn) ?? []), asString(d)!]);
  }
  for (const r of ofType('AWS::EC2::VPNConnection')) {
    const id = idOf(r);
    const cgw = asString(prop(r, 'CustomerGatewayId'));
    const vgw = asString(prop(r, 'VpnGatewayId'));
    const tgw = prop(r, 'TransitGatewayId') === NO_VALUE ? null : tgwOf(r);
    const staticOnly = asBool(prop(r, 'StaticRoutesOnly')) === true;
    const cidrs = [...new Set(vpnRoutes.get(id) ?? [])];
    if (!staticOnly)
      info(
        'vpn-bgp-networks-unknown',
        { id: r.logicalId },
        `${r.logicalId} uses BGP: the networks it learns are not in the template, so its on-premises networks are left empty (type them in the inspector).`,
      );
    // The VPN's attachment to a transit gateway has no id in the template (no attribute gives it):
    // only the gateway's default association and propagation can apply to it.
    const defaults = tgw ? tgwDefaults.get(tgw) : undefined;
    if (defaults?.prop) tgwPropagations.set(defaults.prop, [...(tgwPropagations.get(defaults.prop) ?? []), id]);
    add({
      kind: 'vpnConnection',
      id,
      name: nameOf(r),
      parent: regionId,
      ...baseOf('vpnConnection'),
      customerGatewayId: cgw && isKind(cgw, 'customerGateway') ? cgw : null,
      vpnGatewayId: vgw && isKind(vgw, 'vpnGateway') ? vgw : null,
      transitGatewayId: tgw,
      tgwRouteTableId: defaults?.assoc ?? null,
      staticRoutesOnly: staticOnly,
      onPremCidrs: cidrs,
    });
  }
  // Transit gateway routes and propagations, now that attachments and VPNs are known.
  const tgwTarget = (t: string) => isKind(t, 'tgwAttachment') || isKind(t, 'vpnConnection');
  for (const [rtb, atts] of tgwPropagations)
    if (isKind(rtb, 'tgwRouteTable')) drafts.get(rtb)!.propagationIds = [...new Set(atts.filter(tgwTarget))];
  for (const r of ofType('AWS::EC2::TransitGatewayRoute')) {
    const rtb = asString(prop(r, 'TransitGatewayRouteTableId'));
    const dv = prop(r, 'DestinationCidrBlock');
    const destination = asString(dv);
    if (!rtb || !isKind(rtb, 'tgwRouteTable')) {
      warn(
        'missing-reference',
        { id: rtb ?? '?', what: 'transit gateway route table', from: r.logicalId },
        `${r.logicalId} is a route in ${rtb ?? 'a transit gateway route table'} that is not in the template; it is left out.`,
      );
      continue;
    }
    if (!destination) {
      if (dv instanceof Unknown) unknownValue(r, 'DestinationCidrBlock', dv, 'the route is left out');
      else warn('bad-route', { id: r.logicalId }, `${r.logicalId} has no destination; it is left out.`);
      continue;
    }
    const att = asString(prop(r, 'TransitGatewayAttachmentId'));
    const target = asBool(prop(r, 'Blackhole')) === true ? 'blackhole' : att;
    if (!target || (target !== 'blackhole' && !tgwTarget(target))) {
      warn(
        'missing-reference',
        { id: target ?? '?', what: 'transit gateway attachment', from: r.logicalId },
        `${r.logicalId} routes to ${target ?? 'an attachment'} that is not in the template; the route is left out.`,
      );
      continue;
    }
    const routes = drafts.get(rtb)!.routes as { id: string; destination: string; target: string }[];
    routes.push({ id: `${rtb}:${routes.length + 1}`, destination, target });
  }

  /* ---------------------------------------------------------------- external resources and what is left out */

  for (const r of all) {
    const awsType = EXTERNAL_TYPES[r.type];
    if (awsType && drafts.has(idOf(r))) continue; // modelled when it could be (a target group in its VPC)
    if (PREFIX[r.type] && !awsType) continue;
    if (FOLDED.has(r.type) || r.type === 'AWS::EC2::EIP' || r.type === 'AWS::RDS::DBSubnetGroup') continue;
    if (!awsType) {
      if (r.type.startsWith('AWS::EC2::') && !NOT_NETWORK_EC2.test(r.type)) {
        warn(
          'unknown-type',
          { id: r.logicalId, type: r.type },
          `${r.logicalId} is a ${r.type}, which VPC Town does not model; kept as an external resource.`,
        );
        addExternal(idOf(r), r.type, nameOf(r), regionId, [], []);
      } else leftOut.set(r.type, (leftOut.get(r.type) ?? 0) + 1);
      continue;
    }
    const id = idOf(r);
    const vpcValue = prop(r, 'VpcId');
    const vpc = vpcValue === NO_VALUE ? null : vpcOf(vpcValue, r);
    const subnetValue = prop(r, 'SubnetId');
    const subnet = subnetValue === NO_VALUE ? null : subnetOf(subnetValue, r, 'SubnetId');
    const vpcIds = [vpc, ...(vgwVpcs.get(id) ?? [])].filter((v): v is string => !!v);
    if (r.type === 'AWS::CloudFormation::Stack')
      warn(
        'nested-stack',
        { id: r.logicalId },
        `${r.logicalId} is a nested stack; what it creates is not in this template (import its template too). Kept as an external resource.`,
      );
    else
      info(
        'kept-external',
        { id: r.logicalId, awsType },
        `${r.logicalId} (${r.type}) is kept as an external resource.`,
      );
    const endpointType =
      r.type === 'AWS::EC2::VPCEndpoint' ? (asString(prop(r, 'VpcEndpointType')) ?? 'Gateway') : null;
    addExternal(
      id,
      awsType,
      nameOf(r),
      subnet ?? (vpcIds.length === 1 ? vpcIds[0]! : regionId),
      vpcIds,
      attrs(
        [
          ['VpcEndpointType', endpointType],
          ['ServiceName', prop(r, 'ServiceName')],
          ['TransitGatewayId', prop(r, 'TransitGatewayId')],
          ['Type', r.type === 'AWS::EC2::VPCEndpoint' ? NO_VALUE : prop(r, 'Type')],
          ['TemplateURL', prop(r, 'TemplateURL')],
          ['CloudFormation type', r.type],
        ].map(([k, v]) => [k as string, v === NO_VALUE ? undefined : (v as Value)]),
      ),
    );
    // A gateway endpoint adds a route to its service's prefix list in each of its route tables (the
    // list's id is AWS's, pl-…, known only in the account: one made of the service name stands for it).
    if (endpointType === 'Gateway') {
      const service = asString(prop(r, 'ServiceName'));
      const pl = service ? prefixListOf(`pl-${service.replace(/[^0-9a-zA-Z]/g, '')}`, r, 'ServiceName', service) : null;
      if (pl)
        for (const t of listProp(r, 'RouteTableIds')) {
          const table = asString(t);
          if (table) endpointRoutes.push({ table, destination: pl, target: id });
        }
    }
  }

  /* ---------------------------------------------------------------- route tables, routes, ACLs, associations */

  for (const r of ofType('AWS::EC2::RouteTable')) {
    const vpc = vpcOf(prop(r, 'VpcId'), r);
    if (!vpc) {
      warn('unplaced', { id: r.logicalId }, `${r.logicalId} has no VPC that is known; it is left out.`);
      continue;
    }
    add({
      kind: 'routeTable',
      id: idOf(r),
      name: nameOf(r),
      parent: vpc,
      ...baseOf('routeTable'),
      main: false,
      routes: [],
      subnetIds: [],
    });
  }
  // Every table starts with its VPC's local routes.
  for (const d of drafts.values())
    if (d.kind === 'routeTable') {
      const v = drafts.get(d.parent!)!;
      d.routes = (v.cidrBlocks as string[]).map((c, i) => ({
        id: `${d.id}:local${i + 1}`,
        destination: c,
        target: 'local',
      }));
    }
  const pushRoute = (table: string, destination: string, target: string) => {
    const routes = drafts.get(table)!.routes as { id: string; destination: string; target: string }[];
    routes.push({ id: `${table}:${routes.length + 1}`, destination, target });
  };
  for (const e of endpointRoutes) if (isKind(e.table, 'routeTable')) pushRoute(e.table, e.destination, e.target);
  // A gateway endpoint's tables: those of its VPC in the template (one of another stack cannot be drawn).
  for (const d of drafts.values())
    if (d.kind === 'gatewayEndpoint')
      d.routeTableIds = (d.routeTableIds as string[]).filter((t) => {
        if (isKind(t, 'routeTable') && drafts.get(t)!.parent === d.parent) return true;
        warn(
          'missing-reference',
          { id: t, what: 'route table', from: d.id },
          `${d.id} names the route table ${t}, which is not one of its VPC's in the template; it is left out.`,
        );
        return false;
      });
  // Route propagation from a virtual private gateway into the route tables of its VPC.
  for (const r of ofType('AWS::EC2::VPNGatewayRoutePropagation')) {
    const vgw = asString(prop(r, 'VpnGatewayId'));
    if (!vgw || !isKind(vgw, 'vpnGateway')) continue;
    const g = drafts.get(vgw)!;
    for (const t of listProp(r, 'RouteTableIds')) {
      const table = asString(t);
      if (table && isKind(table, 'routeTable') && drafts.get(table)!.parent === g.parent)
        g.propagationRouteTableIds = [...new Set([...(g.propagationRouteTableIds as string[]), table])];
      else if (t instanceof Unknown) unknownValue(r, 'RouteTableIds', t, 'that route table is left out');
    }
  }
  for (const r of ofType('AWS::EC2::Route')) {
    const tv = prop(r, 'RouteTableId');
    const table = asString(tv);
    if (!table || !isKind(table, 'routeTable')) {
      if (tv instanceof Unknown) unknownValue(r, 'RouteTableId', tv, 'the route is left out');
      else
        warn(
          'missing-reference',
          { id: table ?? '?', what: 'route table', from: r.logicalId },
          `${r.logicalId} is a route in ${table ?? 'a route table'} that is not in the template; the route is left out.`,
        );
      continue;
    }
    const vpc = drafts.get(table)!.parent!;
    let destination = asString(prop(r, 'DestinationCidrBlock'));
    if (!destination && prop(r, 'DestinationPrefixListId') !== NO_VALUE)
      destination = prefixListOf(prop(r, 'DestinationPrefixListId'), r, 'DestinationPrefixListId');
    if (!destination && prop(r, 'DestinationIpv6CidrBlock') !== NO_VALUE)
      destination = asString(prop(r, 'DestinationIpv6CidrBlock'));
    if (!destination) {
      const key =
        prop(r, 'DestinationIpv6CidrBlock') !== NO_VALUE ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock';
      const d = prop(r, key);
      // A destination the template cannot give: the route is kept, to a prefix list whose entries are
      // unknown (of the key's family), so a lookup it might win answers "unknown", not "no route".
      if (d instanceof Unknown)
        destination = unknownPeer(r, key, d, key === 'DestinationIpv6CidrBlock' ? 'IPv6' : 'IPv4', 'a destination');
      else {
        warn('bad-route', { id: r.logicalId }, `${r.logicalId} has no destination; it is left out.`);
        continue;
      }
    }
    const found = TARGET_KEYS.find(([k]) => prop(r, k) !== NO_VALUE);
    if (!found) {
      warn('bad-route', { id: r.logicalId }, `${r.logicalId} has no target; it is left out.`);
      continue;
    }
    const [key, type] = found;
    const tval = prop(r, key);
    let target: string | null = asString(tval);
    if (tval instanceof Unknown) {
      if (!tval.importName) {
        unknownValue(r, key, tval, 'the route is left out');
        continue;
      }
      target = `ext-import-${idPart(tval.importName)}`;
      unknownValue(r, key, tval, 'an external resource stands for the target');
      addExternal(
        target,
        type,
        `${tval.importName} (from another stack)`,
        regionId,
        [vpc],
        attrs([['Seen in', r.logicalId]]),
      );
    }
    if (!target) continue;
    const d = drafts.get(target);
    if (d && !(KINDS[d.kind].roles as KindRoles).routeTarget) {
      warn(
        'bad-reference',
        { id: r.logicalId, property: key, value: target },
        `${r.logicalId}.${key} names ${target}, which cannot be a route target; the route is left out.`,
      );
      continue;
    }
    if (!d) {
      if (unusableId(target)) continue;
      const awsType =
        key === 'GatewayId'
          ? target.startsWith('igw-')
            ? 'internet-gateway'
            : target.startsWith('vgw-')
              ? 'vpn-gateway'
              : target.startsWith('vpce-')
                ? 'vpc-endpoint'
                : 'gateway'
          : type;
      warn(
        'missing-reference',
        { id: target, what: awsType.replace(/-/g, ' '), from: r.logicalId },
        `${r.logicalId} routes to ${target}, which is not in the template; it is kept as an external resource.`,
      );
      addExternal(
        target,
        awsType,
        `${target} (not in the template)`,
        regionId,
        [vpc],
        attrs([['Seen in', r.logicalId]]),
      );
    }
    pushRoute(table, destination, target);
  }
  const claimedRt = new Map<string, string>();
  for (const r of ofType('AWS::EC2::SubnetRouteTableAssociation')) {
    const table = asString(prop(r, 'RouteTableId'));
    const subnet = subnetOf(prop(r, 'SubnetId'), r, 'SubnetId');
    if (!table || !subnet || !isKind(table, 'routeTable')) continue;
    if (claimedRt.has(subnet)) {
      warn(
        'duplicate-association',
        { id: r.logicalId, subnet },
        `${r.logicalId} associates ${subnet} with a second route table; a subnet has one, so it is left out.`,
      );
      continue;
    }
    if (drafts.get(table)!.parent !== vpcOfDraft(subnet)) {
      warn(
        'bad-reference',
        { id: r.logicalId, property: 'RouteTableId', value: table },
        `${r.logicalId} associates a subnet with a route table of another VPC; it is left out.`,
      );
      continue;
    }
    claimedRt.set(subnet, table);
    (drafts.get(table)!.subnetIds as string[]).push(subnet);
  }

  const entries = new Map<string, Record<string, unknown>[]>();
  for (const r of ofType('AWS::EC2::NetworkAcl')) {
    const vpc = vpcOf(prop(r, 'VpcId'), r);
    if (!vpc) continue;
    entries.set(idOf(r), []);
    add({
      kind: 'nacl',
      id: idOf(r),
      name: nameOf(r),
      parent: vpc,
      ...baseOf('nacl'),
      isDefault: false,
      rules: [],
      subnetIds: [],
    });
  }
  for (const r of ofType('AWS::EC2::NetworkAclEntry')) {
    const acl = asString(prop(r, 'NetworkAclId'));
    if (!acl || !entries.has(acl)) {
      warn(
        'missing-reference',
        { id: acl ?? '?', what: 'network ACL', from: r.logicalId },
        `${r.logicalId} is an entry of ${acl ?? 'a network ACL'} that is not in the template; it is left out.`,
      );
      continue;
    }
    const range = prop(r, 'PortRange');
    const icmp = prop(r, 'Icmp');
    // A block the template cannot give stays in the rule as unknown: neither allow nor deny.
    const v4 = prop(r, 'CidrBlock');
    const v6 = prop(r, 'Ipv6CidrBlock');
    const unknownKey = v4 instanceof Unknown ? 'CidrBlock' : v6 instanceof Unknown ? 'Ipv6CidrBlock' : null;
    if (unknownKey)
      unknownValue(r, unknownKey, prop(r, unknownKey) as Unknown, 'the entry is kept with a block that is not known');
    // An IPv6 entry's unknown block is marked so: only IPv6 traffic may meet it.
    const cidr = unknownKey === 'Ipv6CidrBlock' ? UNKNOWN_NACL_CIDR6 : unknownKey ? UNKNOWN_NACL_CIDR : v4;
    entries.get(acl)!.push({
      RuleNumber: asInt(prop(r, 'RuleNumber')),
      Protocol: asString(prop(r, 'Protocol')),
      RuleAction: asString(prop(r, 'RuleAction')),
      Egress: asBool(prop(r, 'Egress')) ?? false,
      CidrBlock: asString(cidr),
      Ipv6CidrBlock: unknownKey ? null : asString(v6),
      PortRange: isRecord(range) ? { From: asInt(range.From as Value), To: asInt(range.To as Value) } : undefined,
      IcmpTypeCode: isRecord(icmp) ? { Type: asInt(icmp.Type as Value), Code: asInt(icmp.Code as Value) } : undefined,
    });
  }
  for (const [acl, list] of entries) {
    const { rules, ipv6 } = naclRules(list as never, acl);
    if (ipv6)
      info(
        'ipv6-kept-aside',
        { id: acl, count: ipv6 },
        `${acl}: ${ipv6} IPv6 entr${ipv6 === 1 ? 'y' : 'ies'} not modelled yet.`,
      );
    drafts.get(acl)!.rules = rules; // a number outside 1–32766 is the validator's to report (NACL-001)
  }
  const claimedAcl = new Set<string>();
  for (const r of ofType('AWS::EC2::SubnetNetworkAclAssociation')) {
    const acl = asString(prop(r, 'NetworkAclId'));
    const subnet = subnetOf(prop(r, 'SubnetId'), r, 'SubnetId');
    if (!acl || !subnet || !isKind(acl, 'nacl') || claimedAcl.has(subnet)) continue;
    if (drafts.get(acl)!.parent !== vpcOfDraft(subnet)) continue;
    claimedAcl.add(subnet);
    (drafts.get(acl)!.subnetIds as string[]).push(subnet);
  }
  // A subnet no ACL claims uses its VPC's default ACL (AWS lists it among the default's associations).
  for (const d of drafts.values())
    if (d.kind === 'subnet' && !claimedAcl.has(d.id)) {
      const acl = drafts.get(`acl-${vpcOfDraft(d.id)}-default`);
      if (acl) (acl.subnetIds as string[]).push(d.id);
    }

  return {
    resources: [...drafts.values()] as unknown as Resource[],
    externals,
    leftOut: [...leftOut].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type)),
  };
}

/** An egress permission for all traffic to 127.0.0.1/32 and nothing else. */
function isLoopbackOnly(p: Record<string, unknown>): boolean {
  const ranges = p.IpRanges as { CidrIp?: unknown }[] | undefined;
  return (
    (p.IpProtocol === '-1' || p.IpProtocol === 'all') &&
    ranges?.length === 1 &&
    ranges[0]!.CidrIp === '127.0.0.1/32' &&
    !p.UserIdGroupPairs &&
    !p.PrefixListIds &&
    !p.Ipv6Ranges
  );
}

const TYPE_NAME = (type: string) => type.split('::').at(-1) ?? type;

/** What `Ref` gives for a resource: its id in the design (for every type: ids stand in for names and ARNs). */
export function refOf(r: CfnResource): Value {
  return `${PREFIX[r.type] ?? 'res'}-${r.logicalId}`;
}

/** `Fn::GetAtt`: the attributes the network needs, from the resource's own properties; the rest unknown. */
export function attributeOf(r: CfnResource, attribute: string, read: (key: string) => Value): Value {
  // An attribute of a property the template leaves out is set by AWS: unknown, never "no value".
  const prop = (key: string): Value => {
    const v = read(key);
    return v === NO_VALUE ? new Unknown(`${r.logicalId}.${attribute}, which AWS sets when the stack is deployed`) : v;
  };
  const id = refOf(r) as string;
  const t = r.type;
  if (
    attribute === 'Id' ||
    attribute.toLowerCase() === `${TYPE_NAME(t)}Id`.toLowerCase() ||
    attribute === 'GroupId' ||
    attribute === 'PrefixListId'
  )
    return id;
  if (t.startsWith('AWS::ElasticLoadBalancingV2::') && attribute.endsWith('Arn')) return id;
  if (t === 'AWS::EC2::VPC') {
    if (attribute === 'CidrBlock') return prop('CidrBlock');
    if (attribute === 'DefaultSecurityGroup') return `sg-${id}-default`;
    if (attribute === 'DefaultNetworkAcl') return `acl-${id}-default`;
  }
  if (t === 'AWS::EC2::Subnet' && ['CidrBlock', 'AvailabilityZone', 'VpcId'].includes(attribute))
    return prop(attribute);
  if (t === 'AWS::EC2::SecurityGroup' && attribute === 'VpcId') return prop('VpcId');
  if (t === 'AWS::EC2::EIP' && attribute === 'AllocationId') return id;
  if (t === 'AWS::EC2::Instance' && attribute === 'PrivateIp') return prop('PrivateIpAddress');
  if (t === 'AWS::RDS::DBInstance' && attribute === 'Endpoint.Port') return prop('Port');
  return new Unknown(`${r.logicalId}.${attribute}, which AWS sets when the stack is deployed`);
}
