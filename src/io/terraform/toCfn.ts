/**
 * Terraform's `aws_*` network resources → the equivalent CloudFormation template, so one converter
 * (io/cfn/convert.ts, with its placeholders, externals and problems) turns both into a design. Each
 * resource's logical id is its Terraform address (`aws_subnet.public[0]`); a reference to another
 * resource's id is a `Ref`, its other attributes `Fn::GetAtt`; an unknown value is an
 * `Fn::ImportValue` of a marked name (`UNKNOWN_MARK`), which the converter leaves unknown and
 * read.ts words for Terraform.
 *
 * Terraform's own defaults differ from CloudFormation's, and are kept here and in defaults.ts:
 * an `aws_security_group` has no egress rule unless one is written (`noEgress`), inline rules and
 * `aws_security_group_rule` / `aws_vpc_security_group_*_rule` resources are folded into their group,
 * `aws_default_security_group`, `aws_default_network_acl` and `aws_default_route_table` replace the
 * rules (routes) of what AWS creates with the VPC (`defaults`), and `aws_main_route_table_association`
 * makes another table the main one.
 */
import type { TfResource } from './resources.ts';
import { TfInstance, TfRef, TfUnknown, asBool, asNumber, asText, isList, isMap, type TfValue } from './values.ts';

export const UNKNOWN_MARK = 'terraform-unknown:';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Props = Record<string, Json>;
interface CfnRes {
  Type: string;
  Properties: Props;
}

export interface DefaultsPlan {
  /** Security groups (logical ids) that Terraform creates without egress rules. */
  readonly noEgress: string[];
  /** Each `aws_default_*` resource (logical id) and the VPC (logical id) whose default it manages. */
  readonly defaultSgs: { logical: string; vpc: string }[];
  readonly defaultAcls: { logical: string; vpc: string }[];
  readonly defaultRtbs: { logical: string; vpc: string }[];
  /** `aws_main_route_table_association`: the VPC and the table that becomes its main one. */
  readonly mainTables: { vpc: string; table: string }[];
}

export interface ToCfn {
  readonly template: { AWSTemplateFormatVersion: string; Resources: Record<string, CfnRes> };
  readonly defaults: DefaultsPlan;
  /** Other providers' and services' resources, by type. */
  readonly leftOut: Map<string, number>;
  /** Terraform-only resources folded in or with nothing to draw. */
  readonly folded: Map<string, number>;
}

const unknown = (why: string): Json => ({ 'Fn::ImportValue': `${UNKNOWN_MARK}${why}` });

/** The `aws_*` types this reader converts, to the CloudFormation type they become. */
const SIMPLE: Readonly<Record<string, string>> = {
  aws_vpc: 'AWS::EC2::VPC',
  aws_subnet: 'AWS::EC2::Subnet',
  aws_internet_gateway: 'AWS::EC2::InternetGateway',
  aws_egress_only_internet_gateway: 'AWS::EC2::EgressOnlyInternetGateway',
  aws_nat_gateway: 'AWS::EC2::NatGateway',
  aws_eip: 'AWS::EC2::EIP',
  aws_route_table: 'AWS::EC2::RouteTable',
  aws_default_route_table: 'AWS::EC2::RouteTable',
  aws_network_acl: 'AWS::EC2::NetworkAcl',
  aws_default_network_acl: 'AWS::EC2::NetworkAcl',
  aws_security_group: 'AWS::EC2::SecurityGroup',
  aws_default_security_group: 'AWS::EC2::SecurityGroup',
  aws_instance: 'AWS::EC2::Instance',
  aws_network_interface: 'AWS::EC2::NetworkInterface',
  aws_vpc_peering_connection: 'AWS::EC2::VPCPeeringConnection',
  aws_vpc_endpoint: 'AWS::EC2::VPCEndpoint',
  aws_ec2_transit_gateway: 'AWS::EC2::TransitGateway',
  aws_ec2_transit_gateway_vpc_attachment: 'AWS::EC2::TransitGatewayVpcAttachment',
  aws_ec2_transit_gateway_route_table: 'AWS::EC2::TransitGatewayRouteTable',
  aws_ec2_transit_gateway_peering_attachment: 'AWS::EC2::TransitGatewayPeeringAttachment',
  aws_vpn_gateway: 'AWS::EC2::VPNGateway',
  aws_customer_gateway: 'AWS::EC2::CustomerGateway',
  aws_vpn_connection: 'AWS::EC2::VPNConnection',
  aws_lb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  aws_alb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  aws_lb_listener: 'AWS::ElasticLoadBalancingV2::Listener',
  aws_alb_listener: 'AWS::ElasticLoadBalancingV2::Listener',
  aws_lb_target_group: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  aws_alb_target_group: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  aws_db_instance: 'AWS::RDS::DBInstance',
  aws_db_subnet_group: 'AWS::RDS::DBSubnetGroup',
  aws_vpc_ipv4_cidr_block_association: 'AWS::EC2::VPCCidrBlock',
  aws_route: 'AWS::EC2::Route',
  aws_route_table_association: 'AWS::EC2::SubnetRouteTableAssociation',
  aws_network_acl_rule: 'AWS::EC2::NetworkAclEntry',
  aws_network_acl_association: 'AWS::EC2::SubnetNetworkAclAssociation',
  aws_eip_association: 'AWS::EC2::EIPAssociation',
  aws_internet_gateway_attachment: 'AWS::EC2::VPCGatewayAttachment',
  aws_vpn_gateway_attachment: 'AWS::EC2::VPCGatewayAttachment',
  aws_ec2_transit_gateway_route: 'AWS::EC2::TransitGatewayRoute',
  aws_ec2_transit_gateway_route_table_association: 'AWS::EC2::TransitGatewayRouteTableAssociation',
  aws_ec2_transit_gateway_route_table_propagation: 'AWS::EC2::TransitGatewayRouteTablePropagation',
  aws_flow_log: 'AWS::EC2::FlowLog',
  aws_vpc_ipv6_cidr_block_association: 'AWS::EC2::VPCCidrBlock',
  aws_vpn_connection_route: 'AWS::EC2::VPNConnectionRoute',
  aws_vpn_gateway_route_propagation: 'AWS::EC2::VPNGatewayRoutePropagation',
  aws_network_interface_attachment: 'AWS::EC2::NetworkInterfaceAttachment',
};
/** Terraform resources read into another resource here (rules into groups, attachments into target groups…). */
const FOLDED = new Set([
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'aws_lb_target_group_attachment',
  'aws_alb_target_group_attachment',
  'aws_main_route_table_association',
  'aws_vpc_peering_connection_accepter',
  'aws_vpc_peering_connection_options',
  'aws_vpc_dhcp_options',
  'aws_vpc_dhcp_options_association',
  'aws_vpc_endpoint_route_table_association',
  'aws_vpc_endpoint_subnet_association',
  'aws_vpc_endpoint_security_group_association',
  'aws_network_interface_sg_attachment',
]);

const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, icmp: 1, icmpv6: 58, all: -1, '-1': -1 };

export function toCfn(resources: readonly TfResource[]): ToCfn {
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const out: Record<string, CfnRes> = {};
  const leftOut = new Map<string, number>();
  const folded = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const defaults: DefaultsPlan = { noEgress: [], defaultSgs: [], defaultAcls: [], defaultRtbs: [], mainTables: [] };

  /** The VPC (logical id) a reference names, directly or through one of the VPC's attributes. */
  const vpcOf = (v: TfValue | undefined): string | null =>
    v instanceof TfRef && byAddress.get(v.address)?.type === 'aws_vpc' ? v.address : null;
  const defaultVpc = new Map<string, string>(); // aws_default_* address → VPC address
  for (const r of resources) {
    const key =
      r.type === 'aws_default_security_group'
        ? 'vpc_id'
        : r.type === 'aws_default_network_acl'
          ? 'default_network_acl_id'
          : r.type === 'aws_default_route_table'
            ? 'default_route_table_id'
            : null;
    if (!key) continue;
    const vpc = vpcOf(r.values[key]);
    if (vpc) defaultVpc.set(r.address, vpc);
  }

  /** A Terraform value in a property: references rebuilt, unknowns marked, nulls dropped by the caller. */
  const json = (v: TfValue | undefined): Json => {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (v instanceof TfUnknown) return unknown(v.why);
    if (v instanceof TfInstance) return unknown(`${v.address}, a whole resource where a value belongs`);
    if (v instanceof TfRef) return ref(v);
    if (isList(v)) return v.map(json);
    const o: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) o[k] = json(x);
    return o;
  };
  const ref = (v: TfRef): Json => {
    const target = byAddress.get(v.address);
    const t = target?.type;
    const id = v.address;
    if (!target) return unknown(`${v.address}.${v.attr}, of a resource not in the design`);
    const mainOf = (vpc: string) => `rtb-vpc-${vpc}-main`;
    if (t === 'aws_vpc') {
      if (v.attr === 'id') return { Ref: id };
      if (v.attr === 'default_security_group_id') return { 'Fn::GetAtt': [id, 'DefaultSecurityGroup'] };
      if (v.attr === 'default_network_acl_id') return { 'Fn::GetAtt': [id, 'DefaultNetworkAcl'] };
      if (v.attr === 'main_route_table_id' || v.attr === 'default_route_table_id') return mainOf(id);
      if (v.attr === 'cidr_block') return { 'Fn::GetAtt': [id, 'CidrBlock'] };
    }
    if (t === 'aws_default_security_group' || t === 'aws_default_network_acl' || t === 'aws_default_route_table') {
      const vpc = defaultVpc.get(id);
      if (vpc && v.attr === 'id')
        return t === 'aws_default_route_table'
          ? mainOf(vpc)
          : { 'Fn::GetAtt': [vpc, t === 'aws_default_security_group' ? 'DefaultSecurityGroup' : 'DefaultNetworkAcl'] };
    }
    if (t === 'aws_eip') {
      if (v.attr === 'id' || v.attr === 'allocation_id') return { 'Fn::GetAtt': [id, 'AllocationId'] };
      if (v.attr === 'public_ip') return { Ref: id };
    }
    if (t === 'aws_db_subnet_group' && (v.attr === 'name' || v.attr === 'id')) return { Ref: id };
    if (t === 'aws_subnet' && ['cidr_block', 'availability_zone', 'vpc_id'].includes(v.attr)) {
      const own = target.values[v.attr];
      if (own !== undefined && own !== null && !(own instanceof TfRef && own.address === id)) return json(own);
    }
    // The attachment AWS makes for a VPN connection to a transit gateway: the model (and the
    // converter) name it by the VPN connection itself.
    if (t === 'aws_vpn_connection' && v.attr === 'transit_gateway_attachment_id') return { Ref: id };
    if (t === 'aws_instance' && v.attr === 'private_ip') {
      const own = target.values.private_ip;
      if (typeof own === 'string') return own;
    }
    if (v.attr === 'id' || v.attr === 'arn') return { Ref: id };
    return unknown(`${v.address}.${v.attr}, known after apply`);
  };

  const props = (entries: [string, TfValue | Json | undefined][]): Props => {
    const p: Props = {};
    for (const [k, v] of entries) {
      if (v === undefined || v === null) continue;
      const j = isTf(v) ? json(v) : (v as Json);
      if (j === null || (Array.isArray(j) && j.length === 0)) continue;
      if (k === 'Options' && typeof j === 'object' && !Array.isArray(j) && !Object.keys(j).length) continue;
      p[k] = j;
    }
    return p;
  };
  const isTf = (v: unknown): v is TfValue =>
    v instanceof TfRef ||
    v instanceof TfUnknown ||
    v instanceof TfInstance ||
    typeof v !== 'object' ||
    v === null ||
    isList(v as TfValue) ||
    isMap(v as TfValue);
  const listOf = (v: TfValue | undefined): TfValue[] => (v === undefined || v === null ? [] : isList(v) ? [...v] : [v]);
  const blocks = (v: TfValue | undefined) => listOf(v).filter(isMap);
  const tagsOf = (r: TfResource): Json => {
    const tags = isMap(r.values.tags) ? r.values.tags : {};
    const name = asText(tags.Name) ?? r.address;
    const list: Json[] = [{ Key: 'Name', Value: name }];
    for (const [k, v] of Object.entries(tags))
      if (k !== 'Name' && asText(v) !== null) list.push({ Key: k, Value: asText(v)! });
    return list;
  };
  const put = (id: string, Type: string, Properties: Props) => {
    out[id] = { Type, Properties };
  };

  /* ------------------------------------------------------------ security group rules */

  const sgAddresses = new Set(
    resources
      .filter((r) => r.type === 'aws_security_group' || r.type === 'aws_default_security_group')
      .map((r) => r.address),
  );
  const rulesOf = new Map<string, { ingress: Json[]; egress: Json[] }>();
  for (const a of sgAddresses) rulesOf.set(a, { ingress: [], egress: [] });
  const protocolOf = (v: TfValue | undefined): Json => {
    const s = asText(v);
    if (s === null) return json(v ?? null) ?? '-1';
    return s === 'all' ? '-1' : s.toLowerCase();
  };
  /** One Terraform rule (inline block or rule resource) → CloudFormation rules, one per source. */
  const sgRules = (rule: Readonly<Record<string, TfValue>>, egress: boolean, self: string | null): Json[] => {
    const base: Props = props([
      ['IpProtocol', protocolOf(rule.protocol ?? rule.ip_protocol)],
      ['FromPort', rule.from_port],
      ['ToPort', rule.to_port],
      ['Description', rule.description],
    ]);
    if (base.IpProtocol === '-1') {
      delete base.FromPort;
      delete base.ToPort;
    }
    const rules: Json[] = [];
    const add = (k: string, v: TfValue | Json) => {
      const j = isTf(v) ? json(v) : (v as Json);
      if (j !== null && j !== '') rules.push({ ...base, [k]: j });
    };
    const each = (v: TfValue | undefined, k: string) => {
      if (v instanceof TfUnknown || v instanceof TfRef) add(k, v);
      else for (const x of listOf(v)) add(k, x);
    };
    each(rule.cidr_blocks, 'CidrIp');
    each(rule.cidr_ipv4, 'CidrIp');
    each(rule.ipv6_cidr_blocks, 'CidrIpv6');
    each(rule.cidr_ipv6, 'CidrIpv6');
    each(rule.security_groups, egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId');
    each(rule.source_security_group_id, egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId');
    each(rule.referenced_security_group_id, egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId');
    each(rule.prefix_list_ids, egress ? 'DestinationPrefixListId' : 'SourcePrefixListId');
    each(rule.prefix_list_id, egress ? 'DestinationPrefixListId' : 'SourcePrefixListId');
    if (self && asBool(rule.self) === true)
      add(egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId', { Ref: self });
    return rules;
  };
  const groupOfRule = (v: TfValue | undefined): string | null =>
    v instanceof TfRef && sgAddresses.has(v.address) && (v.attr === 'id' || v.attr === 'arn') ? v.address : null;
  for (const r of resources) {
    const egressType = r.type === 'aws_vpc_security_group_egress_rule';
    if (r.type !== 'aws_security_group_rule' && r.type !== 'aws_vpc_security_group_ingress_rule' && !egressType)
      continue;
    const egress = egressType || asText(r.values.type) === 'egress';
    const group = groupOfRule(r.values.security_group_id);
    if (group) {
      const list = rulesOf.get(group)!;
      (egress ? list.egress : list.ingress).push(...sgRules(r.values, egress, group));
      continue;
    }
    // A rule of a group not in the configuration: kept as CloudFormation keeps a lone rule (the converter reports it).
    sgRules(r.values, egress, null).forEach((rule, i) =>
      put(
        `${r.address}${i ? `#${i}` : ''}`,
        egress ? 'AWS::EC2::SecurityGroupEgress' : 'AWS::EC2::SecurityGroupIngress',
        {
          ...(rule as Props),
          ...props([['GroupId', r.values.security_group_id]]),
        },
      ),
    );
  }

  /* ------------------------------------------------------------ the rest, resource by resource */

  const tgTargets = new Map<string, Json[]>();
  for (const r of resources)
    if (r.type === 'aws_lb_target_group_attachment' || r.type === 'aws_alb_target_group_attachment') {
      const tg = r.values.target_group_arn;
      if (tg instanceof TfRef)
        tgTargets.set(tg.address, [
          ...(tgTargets.get(tg.address) ?? []),
          props([
            ['Id', r.values.target_id],
            ['Port', r.values.port],
          ]),
        ]);
    }

  /** Endpoint and interface associations made by resources of their own, folded into their owner. */
  const extra = new Map<string, TfValue[]>(); // `${owner address}|${key}` → values
  const addExtra = (owner: TfValue | undefined, key: string, value: TfValue | undefined) => {
    if (!(owner instanceof TfRef) || value === undefined || value === null) return;
    const k = `${owner.address}|${key}`;
    extra.set(k, [...(extra.get(k) ?? []), value]);
  };
  for (const r of resources) {
    const v = r.values;
    if (r.type === 'aws_vpc_endpoint_route_table_association')
      addExtra(v.vpc_endpoint_id, 'route_table_ids', v.route_table_id);
    if (r.type === 'aws_vpc_endpoint_subnet_association') addExtra(v.vpc_endpoint_id, 'subnet_ids', v.subnet_id);
    if (r.type === 'aws_vpc_endpoint_security_group_association')
      addExtra(v.vpc_endpoint_id, 'security_group_ids', v.security_group_id);
    if (r.type === 'aws_network_interface_sg_attachment')
      addExtra(v.network_interface_id, 'security_groups', v.security_group_id);
  }
  const withExtra = (r: TfResource, key: string): TfValue[] => [
    ...listOf(r.values[key]),
    ...(extra.get(`${r.address}|${key}`) ?? []),
  ];
  const enable = (b: TfValue | undefined): Json => {
    const x = asBool(b);
    return x === null ? json(b ?? null) : x ? 'enable' : 'disable';
  };

  for (const r of resources) {
    const v = r.values;
    const id = r.address;
    const type = SIMPLE[r.type];
    if (FOLDED.has(r.type)) {
      count(folded, r.type);
      if (r.type === 'aws_main_route_table_association') {
        const vpc = vpcOf(v.vpc_id);
        const table = v.route_table_id instanceof TfRef ? v.route_table_id.address : null;
        if (vpc && table) defaults.mainTables.push({ vpc, table });
      }
      continue;
    }
    if (!type) {
      count(leftOut, r.type);
      continue;
    }
    switch (r.type) {
      case 'aws_vpc': {
        put(
          id,
          type,
          props([
            ['CidrBlock', v.cidr_block],
            ['Tags', tagsOf(r)],
          ]),
        );
        // An IPv6 block is a VPCCidrBlock in CloudFormation: Amazon's (known only after apply,
        // unless state or a plan says it) or one given (an IPAM pool's).
        const v6 = v.ipv6_cidr_block;
        const known = typeof v6 === 'string' && v6 !== '';
        if (asBool(v.assign_generated_ipv6_cidr_block) === true || known || v.ipv6_ipam_pool_id)
          put(
            `${id}#ipv6`,
            'AWS::EC2::VPCCidrBlock',
            props([
              ['VpcId', { Ref: id }],
              ...(known
                ? ([['Ipv6CidrBlock', v6]] as [string, TfValue][])
                : asBool(v.assign_generated_ipv6_cidr_block) === true
                  ? ([['AmazonProvidedIpv6CidrBlock', true]] as [string, Json][])
                  : ([
                      ['Ipv6IpamPoolId', v.ipv6_ipam_pool_id],
                      ['Ipv6NetmaskLength', v.ipv6_netmask_length],
                    ] as [string, TfValue | undefined][])),
            ]),
          );
        break;
      }
      case 'aws_vpc_ipv6_cidr_block_association': {
        const v6 = v.ipv6_cidr_block;
        const known = typeof v6 === 'string' && v6 !== '';
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ...(known || v6 instanceof TfUnknown || v6 instanceof TfRef
              ? ([['Ipv6CidrBlock', v6]] as [string, TfValue][])
              : v.ipv6_ipam_pool_id
                ? ([
                    ['Ipv6IpamPoolId', v.ipv6_ipam_pool_id],
                    ['Ipv6NetmaskLength', v.ipv6_netmask_length],
                  ] as [string, TfValue | undefined][])
                : ([['AmazonProvidedIpv6CidrBlock', asBool(v.assign_generated_ipv6_cidr_block) ?? true]] as [
                    string,
                    Json,
                  ][])),
          ]),
        );
        break;
      }
      case 'aws_vpc_ipv4_cidr_block_association':
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['CidrBlock', v.cidr_block],
          ]),
        );
        break;
      case 'aws_subnet':
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['CidrBlock', v.cidr_block],
            ['AvailabilityZone', v.availability_zone],
            ['MapPublicIpOnLaunch', v.map_public_ip_on_launch],
            // Often cidrsubnet(aws_vpc.x.ipv6_cidr_block, 8, n): unknown until apply, and kept so.
            ['Ipv6CidrBlock', v.ipv6_cidr_block === '' ? null : v.ipv6_cidr_block],
            ['AssignIpv6AddressOnCreation', v.assign_ipv6_address_on_creation],
            ['Ipv6Native', v.ipv6_native],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_internet_gateway':
        put(id, type, props([['Tags', tagsOf(r)]]));
        if (v.vpc_id !== undefined && v.vpc_id !== null)
          put(
            `${id}#attachment`,
            'AWS::EC2::VPCGatewayAttachment',
            props([
              ['VpcId', v.vpc_id],
              ['InternetGatewayId', { Ref: id }],
            ]),
          );
        break;
      case 'aws_internet_gateway_attachment':
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['InternetGatewayId', v.internet_gateway_id],
          ]),
        );
        break;
      case 'aws_vpn_gateway':
        put(
          id,
          type,
          props([
            ['Type', 'ipsec.1'],
            ['AmazonSideAsn', asNumber(v.amazon_side_asn) ?? json(v.amazon_side_asn ?? null)],
            ['Tags', tagsOf(r)],
          ]),
        );
        if (v.vpc_id !== undefined && v.vpc_id !== null)
          put(
            `${id}#attachment`,
            'AWS::EC2::VPCGatewayAttachment',
            props([
              ['VpcId', v.vpc_id],
              ['VpnGatewayId', { Ref: id }],
            ]),
          );
        break;
      case 'aws_vpn_gateway_route_propagation':
        put(
          id,
          type,
          props([
            ['RouteTableIds', [json(v.route_table_id ?? null)].filter((x) => x !== null)],
            ['VpnGatewayId', v.vpn_gateway_id],
          ]),
        );
        break;
      case 'aws_vpn_gateway_attachment':
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['VpnGatewayId', v.vpn_gateway_id],
          ]),
        );
        break;
      case 'aws_egress_only_internet_gateway':
        put(id, type, props([['VpcId', v.vpc_id]]));
        break;
      case 'aws_nat_gateway':
        put(
          id,
          type,
          props([
            ['SubnetId', v.subnet_id],
            ['AllocationId', v.allocation_id],
            ['ConnectivityType', v.connectivity_type],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_eip':
        put(
          id,
          type,
          props([
            ['Domain', 'vpc'],
            ['InstanceId', v.instance],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_eip_association':
        put(
          id,
          type,
          props([
            ['AllocationId', v.allocation_id],
            ['InstanceId', v.instance_id],
          ]),
        );
        break;
      case 'aws_route_table':
      case 'aws_default_route_table': {
        const vpc = r.type === 'aws_default_route_table' ? defaultVpc.get(id) : null;
        if (r.type === 'aws_default_route_table') {
          if (!vpc) {
            count(leftOut, r.type);
            break;
          }
          defaults.defaultRtbs.push({ logical: id, vpc });
        }
        put(
          id,
          type,
          props([
            ['VpcId', vpc ? { Ref: vpc } : v.vpc_id],
            ['Tags', tagsOf(r)],
          ]),
        );
        blocks(v.route).forEach((route, i) =>
          put(`${id}#route${i}`, 'AWS::EC2::Route', routeProps({ Ref: id }, route)),
        );
        listOf(v.propagating_vgws).forEach((g, i) =>
          put(
            `${id}#propagation${i}`,
            'AWS::EC2::VPNGatewayRoutePropagation',
            props([
              ['RouteTableIds', [{ Ref: id }]],
              ['VpnGatewayId', g],
            ]),
          ),
        );
        break;
      }
      case 'aws_route':
        put(id, type, routeProps(v.route_table_id ?? null, v));
        break;
      case 'aws_route_table_association':
        if (v.subnet_id === undefined || v.subnet_id === null) {
          count(folded, `${r.type} (gateway)`);
          break;
        }
        put(
          id,
          type,
          props([
            ['SubnetId', v.subnet_id],
            ['RouteTableId', v.route_table_id],
          ]),
        );
        break;
      case 'aws_network_acl':
      case 'aws_default_network_acl': {
        const vpc = r.type === 'aws_default_network_acl' ? defaultVpc.get(id) : null;
        if (r.type === 'aws_default_network_acl') {
          if (!vpc) {
            count(leftOut, r.type);
            break;
          }
          defaults.defaultAcls.push({ logical: id, vpc });
        }
        put(
          id,
          type,
          props([
            ['VpcId', vpc ? { Ref: vpc } : v.vpc_id],
            ['Tags', tagsOf(r)],
          ]),
        );
        for (const [key, egress] of [
          ['ingress', false],
          ['egress', true],
        ] as const)
          blocks(v[key]).forEach((rule, i) =>
            put(
              `${id}#${key}${i}`,
              'AWS::EC2::NetworkAclEntry',
              aclEntry({ Ref: id }, rule, egress, 'rule_no', 'action'),
            ),
          );
        listOf(v.subnet_ids).forEach((s, i) =>
          put(
            `${id}#association${i}`,
            'AWS::EC2::SubnetNetworkAclAssociation',
            props([
              ['NetworkAclId', { Ref: id }],
              ['SubnetId', s],
            ]),
          ),
        );
        break;
      }
      case 'aws_network_acl_rule':
        put(
          id,
          type,
          aclEntry(json(v.network_acl_id ?? null), v, asBool(v.egress) === true, 'rule_number', 'rule_action'),
        );
        break;
      case 'aws_network_acl_association':
        put(
          id,
          type,
          props([
            ['NetworkAclId', v.network_acl_id],
            ['SubnetId', v.subnet_id],
          ]),
        );
        break;
      case 'aws_security_group':
      case 'aws_default_security_group': {
        const rules = rulesOf.get(id)!;
        const ingress = [...blocks(v.ingress).flatMap((b) => sgRules(b, false, id)), ...rules.ingress];
        const egress = [...blocks(v.egress).flatMap((b) => sgRules(b, true, id)), ...rules.egress];
        if (r.type === 'aws_default_security_group') {
          const vpc = defaultVpc.get(id);
          if (!vpc) {
            count(leftOut, r.type);
            break;
          }
          defaults.defaultSgs.push({ logical: id, vpc });
        }
        // Terraform removes the allow-all egress rule AWS gives a new group: none unless written.
        if (!egress.length) defaults.noEgress.push(id);
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['GroupName', v.name],
            // Terraform's own default description.
            ['GroupDescription', v.description ?? 'Managed by Terraform'],
            ['SecurityGroupIngress', ingress],
            ['SecurityGroupEgress', egress],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      }
      case 'aws_instance': {
        const groups = [...listOf(v.vpc_security_group_ids), ...listOf(v.security_groups)];
        const assoc = v.associate_public_ip_address;
        const v6 = ipv6Of(v);
        // network_interface blocks attach interfaces of their own (device 0 is the primary one).
        const attached = blocks(v.network_interface).map((n) =>
          props([
            ['DeviceIndex', asText(n.device_index) ?? json(n.device_index ?? null)],
            ['NetworkInterfaceId', n.network_interface_id],
          ]),
        );
        put(
          id,
          type,
          attached.length
            ? props([
                ['NetworkInterfaces', attached],
                ['InstanceType', v.instance_type],
                ['Tags', tagsOf(r)],
              ])
            : assoc === undefined || assoc === null
              ? props([
                  ['SubnetId', v.subnet_id],
                  ['SecurityGroupIds', groups],
                  ['PrivateIpAddress', v.private_ip],
                  ...v6,
                  ['InstanceType', v.instance_type],
                  ['Tags', tagsOf(r)],
                ])
              : props([
                  [
                    'NetworkInterfaces',
                    [
                      props([
                        ['DeviceIndex', '0'],
                        ['SubnetId', v.subnet_id],
                        ['GroupSet', groups],
                        ['AssociatePublicIpAddress', assoc],
                        ['PrivateIpAddress', v.private_ip],
                        ...v6,
                      ]),
                    ],
                  ],
                  ['InstanceType', v.instance_type],
                  ['Tags', tagsOf(r)],
                ]),
        );
        break;
      }
      case 'aws_network_interface': {
        const ips = listOf(v.private_ips);
        put(
          id,
          type,
          props([
            ['SubnetId', v.subnet_id],
            ['GroupSet', withExtra(r, 'security_groups')],
            ['PrivateIpAddress', v.private_ip ?? ips[0] ?? null],
            ...ipv6Of(v),
            ['Tags', tagsOf(r)],
          ]),
        );
        blocks(v.attachment).forEach((a, i) =>
          put(
            `${id}#attachment${i ? i : ''}`,
            'AWS::EC2::NetworkInterfaceAttachment',
            props([
              ['InstanceId', a.instance],
              ['NetworkInterfaceId', { Ref: id }],
              ['DeviceIndex', asText(a.device_index) ?? json(a.device_index ?? null)],
            ]),
          ),
        );
        break;
      }
      case 'aws_network_interface_attachment':
        put(
          id,
          type,
          props([
            ['InstanceId', v.instance_id],
            ['NetworkInterfaceId', v.network_interface_id],
            ['DeviceIndex', asText(v.device_index) ?? json(v.device_index ?? null)],
          ]),
        );
        break;
      case 'aws_vpc_peering_connection':
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['PeerVpcId', v.peer_vpc_id],
            ['PeerOwnerId', v.peer_owner_id],
            ['PeerRegion', v.peer_region],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_vpc_endpoint':
        put(
          id,
          type,
          props([
            ['VpcId', v.vpc_id],
            ['ServiceName', v.service_name],
            // The provider's default type is Gateway.
            ['VpcEndpointType', asText(v.vpc_endpoint_type) ?? 'Gateway'],
            ['RouteTableIds', withExtra(r, 'route_table_ids')],
            ['SubnetIds', withExtra(r, 'subnet_ids')],
            ['SecurityGroupIds', withExtra(r, 'security_group_ids')],
            // The provider's default is false (as CloudFormation's); only interface endpoints have it.
            [
              'PrivateDnsEnabled',
              asText(v.vpc_endpoint_type) === 'Interface' ? (asBool(v.private_dns_enabled) ?? false) : null,
            ],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_ec2_transit_gateway':
        put(
          id,
          type,
          props([
            ['AmazonSideAsn', asNumber(v.amazon_side_asn) ?? json(v.amazon_side_asn ?? null)],
            // The provider's defaults are "enable", as AWS's.
            ['DefaultRouteTableAssociation', json(v.default_route_table_association ?? null)],
            ['DefaultRouteTablePropagation', json(v.default_route_table_propagation ?? null)],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_customer_gateway':
        put(
          id,
          type,
          props([
            ['BgpAsn', asNumber(v.bgp_asn) ?? json(v.bgp_asn ?? null)],
            ['IpAddress', v.ip_address],
            ['Type', v.type ?? 'ipsec.1'],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_ec2_transit_gateway_peering_attachment':
        put(id, type, props([['Tags', tagsOf(r)]]));
        break;
      case 'aws_ec2_transit_gateway_vpc_attachment':
        put(
          id,
          type,
          props([
            ['TransitGatewayId', v.transit_gateway_id],
            ['VpcId', v.vpc_id],
            ['SubnetIds', v.subnet_ids],
            [
              'Options',
              props([
                ['ApplianceModeSupport', enable(v.appliance_mode_support)],
                ['Ipv6Support', enable(v.ipv6_support)],
                ['DnsSupport', enable(v.dns_support)],
              ]),
            ],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_ec2_transit_gateway_route_table':
        put(
          id,
          type,
          props([
            ['TransitGatewayId', v.transit_gateway_id],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_vpn_connection':
        put(
          id,
          type,
          props([
            ['VpnGatewayId', v.vpn_gateway_id],
            ['CustomerGatewayId', v.customer_gateway_id],
            ['TransitGatewayId', v.transit_gateway_id],
            ['Type', v.type ?? 'ipsec.1'],
            // The provider's default is false (BGP), as AWS's.
            ['StaticRoutesOnly', v.static_routes_only],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_vpn_connection_route':
        put(
          id,
          type,
          props([
            ['DestinationCidrBlock', v.destination_cidr_block],
            ['VpnConnectionId', v.vpn_connection_id],
          ]),
        );
        break;
      case 'aws_lb':
      case 'aws_alb':
        put(
          id,
          type,
          props([
            ['Name', v.name],
            ['Scheme', asBool(v.internal) === true ? 'internal' : 'internet-facing'],
            ['Type', asText(v.load_balancer_type) ?? 'application'],
            ['Subnets', v.subnets],
            [
              'SubnetMappings',
              blocks(v.subnet_mapping).map((m) =>
                props([
                  ['SubnetId', m.subnet_id],
                  ['AllocationId', m.allocation_id],
                  ['PrivateIPv4Address', m.private_ipv4_address],
                  ['IPv6Address', m.ipv6_address],
                ]),
              ),
            ],
            ['SecurityGroups', v.security_groups],
            ['IpAddressType', v.ip_address_type],
            [
              'LoadBalancerAttributes',
              v.enable_cross_zone_load_balancing === undefined || v.enable_cross_zone_load_balancing === null
                ? []
                : [
                    {
                      Key: 'load_balancing.cross_zone.enabled',
                      Value: asText(v.enable_cross_zone_load_balancing) ?? json(v.enable_cross_zone_load_balancing),
                    },
                  ],
            ],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_lb_listener':
      case 'aws_alb_listener':
        put(
          id,
          type,
          props([
            ['LoadBalancerArn', v.load_balancer_arn],
            ['Port', v.port],
            ['Protocol', v.protocol],
            ['Certificates', v.certificate_arn ? [props([['CertificateArn', v.certificate_arn]])] : []],
            ['DefaultActions', blocks(v.default_action).map(listenerAction)],
          ]),
        );
        break;
      case 'aws_lb_target_group':
      case 'aws_alb_target_group': {
        // Without an attachment, its targets are registered by what Terraform does not show here (an
        // ECS service, an Auto Scaling group, another configuration): known on apply, so no Targets.
        put(
          id,
          type,
          props([
            ['Port', v.port],
            ['Protocol', v.protocol],
            ['VpcId', v.vpc_id],
            // The provider's default is instance, as AWS's.
            ['TargetType', v.target_type],
            ['Targets', tgTargets.get(id) ?? []],
            [
              'TargetGroupAttributes',
              v.preserve_client_ip === undefined || v.preserve_client_ip === null
                ? []
                : [
                    {
                      Key: 'preserve_client_ip.enabled',
                      Value: asText(v.preserve_client_ip) ?? json(v.preserve_client_ip),
                    },
                  ],
            ],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      }
      case 'aws_db_instance':
        put(
          id,
          type,
          props([
            ['DBInstanceIdentifier', v.identifier],
            ['Engine', v.engine],
            ['Port', v.port],
            ['DBSubnetGroupName', v.db_subnet_group_name],
            ['VPCSecurityGroups', v.vpc_security_group_ids],
            ['PubliclyAccessible', v.publicly_accessible],
            ['Tags', tagsOf(r)],
          ]),
        );
        break;
      case 'aws_db_subnet_group':
        put(
          id,
          type,
          props([
            ['DBSubnetGroupName', v.name],
            ['SubnetIds', v.subnet_ids],
          ]),
        );
        break;
      case 'aws_ec2_transit_gateway_route':
        put(
          id,
          type,
          props([
            ['TransitGatewayRouteTableId', v.transit_gateway_route_table_id],
            ['DestinationCidrBlock', v.destination_cidr_block],
            // The provider's blackhole defaults to false.
            ['Blackhole', asBool(v.blackhole) === true ? true : null],
            ['TransitGatewayAttachmentId', v.transit_gateway_attachment_id],
          ]),
        );
        break;
      case 'aws_ec2_transit_gateway_route_table_association':
      case 'aws_ec2_transit_gateway_route_table_propagation':
        put(
          id,
          type,
          props([
            ['TransitGatewayAttachmentId', v.transit_gateway_attachment_id],
            ['TransitGatewayRouteTableId', v.transit_gateway_route_table_id],
          ]),
        );
        break;
      case 'aws_flow_log':
        put(
          id,
          type,
          props([
            ['ResourceId', v.vpc_id],
            ['ResourceType', 'VPC'],
          ]),
        );
        break;
      default:
        count(leftOut, r.type);
    }
  }
  return { template: { AWSTemplateFormatVersion: '2010-09-09', Resources: out }, defaults, leftOut, folded };

  function routeProps(table: TfValue | Json, route: Readonly<Record<string, TfValue>>): Props {
    const eni = route.network_interface_id;
    const primary =
      eni instanceof TfRef &&
      eni.attr === 'primary_network_interface_id' &&
      byAddress.get(eni.address)?.type === 'aws_instance';
    const target: [string, TfValue | Json | undefined][] = [
      ...(primary ? ([['InstanceId', { Ref: (eni as TfRef).address }]] as [string, Json][]) : []),
      ['GatewayId', route.gateway_id],
      ['NatGatewayId', route.nat_gateway_id],
      ['InstanceId', route.instance_id],
      ['VpcPeeringConnectionId', route.vpc_peering_connection_id],
      ['TransitGatewayId', route.transit_gateway_id],
      ['NetworkInterfaceId', primary ? undefined : route.network_interface_id],
      ['EgressOnlyInternetGatewayId', route.egress_only_gateway_id],
      ['VpcEndpointId', route.vpc_endpoint_id],
      ['CarrierGatewayId', route.carrier_gateway_id],
      ['LocalGatewayId', route.local_gateway_id],
      ['CoreNetworkArn', route.core_network_arn],
    ];
    // A gateway_id that is a VPN gateway is a GatewayId in CloudFormation too; the converter tells them apart.
    return props([
      ['RouteTableId', table as TfValue],
      ['DestinationCidrBlock', nonEmpty(route.destination_cidr_block) ?? nonEmpty(route.cidr_block)],
      ['DestinationIpv6CidrBlock', nonEmpty(route.destination_ipv6_cidr_block) ?? nonEmpty(route.ipv6_cidr_block)],
      ['DestinationPrefixListId', nonEmpty(route.destination_prefix_list_id)],
      ...target.filter(([, x]) => x !== undefined && x !== null && x !== ''),
    ]);
  }

  /** Plans and state write "" for an argument not set. */
  function nonEmpty(x: TfValue | undefined): TfValue | undefined {
    return x === '' ? undefined : x;
  }

  /** An instance's or interface's IPv6 addresses (listed, or a count AWS assigns from the subnet). */
  function ipv6Of(v: Readonly<Record<string, TfValue>>): [string, TfValue | Json | undefined][] {
    const listed = v.ipv6_addresses;
    if (listed instanceof TfUnknown || listed instanceof TfRef) return [['Ipv6Addresses', listed]];
    const list = listOf(listed);
    if (list.length) return [['Ipv6Addresses', list.map((a) => props([['Ipv6Address', a]]))]];
    const n = asNumber(v.ipv6_address_count);
    return n ? [['Ipv6AddressCount', n]] : [];
  }

  /** A listener's default_action block → a CloudFormation action. */
  function listenerAction(a: Readonly<Record<string, TfValue>>): Json {
    const forward = blocks(a.forward)[0];
    const fixed = blocks(a.fixed_response)[0];
    const redirect = blocks(a.redirect)[0];
    return props([
      ['Type', a.type],
      ['Order', a.order],
      ['TargetGroupArn', a.target_group_arn],
      [
        'ForwardConfig',
        forward
          ? props([
              [
                'TargetGroups',
                blocks(forward.target_group).map((g) =>
                  props([
                    ['TargetGroupArn', g.arn],
                    ['Weight', g.weight],
                  ]),
                ),
              ],
            ])
          : null,
      ],
      [
        'FixedResponseConfig',
        fixed
          ? props([
              ['ContentType', fixed.content_type],
              ['MessageBody', fixed.message_body],
              ['StatusCode', fixed.status_code],
            ])
          : null,
      ],
      [
        'RedirectConfig',
        redirect
          ? props([
              ['Host', redirect.host],
              ['Path', redirect.path],
              ['Port', redirect.port],
              ['Protocol', redirect.protocol],
              ['Query', redirect.query],
              ['StatusCode', redirect.status_code],
            ])
          : null,
      ],
    ]);
  }

  function aclEntry(
    acl: TfValue | Json,
    rule: Readonly<Record<string, TfValue>>,
    egress: boolean,
    numberKey: string,
    actionKey: string,
  ): Props {
    const proto = asText(rule.protocol);
    const n = proto === null ? null : (PROTOCOL_NUMBERS[proto.toLowerCase()] ?? asNumber(proto));
    const p = props([
      ['NetworkAclId', acl as TfValue],
      ['RuleNumber', rule[numberKey]],
      ['Protocol', n ?? json(rule.protocol ?? null)],
      ['RuleAction', rule[actionKey]],
      ['Egress', egress],
      ['CidrBlock', rule.cidr_block],
      ['Ipv6CidrBlock', rule.ipv6_cidr_block],
    ]);
    if (n !== -1 && (rule.from_port !== undefined || rule.to_port !== undefined))
      p.PortRange = props([
        ['From', rule.from_port],
        ['To', rule.to_port],
      ]);
    if (n === 1 && (rule.icmp_type !== undefined || rule.icmp_code !== undefined))
      p.Icmp = props([
        ['Type', rule.icmp_type],
        ['Code', rule.icmp_code],
      ]);
    return p;
  }
}
