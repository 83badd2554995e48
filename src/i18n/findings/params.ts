/**
 * What the texts may interpolate: the params each rule variant puts in its findings (read from
 * src/validation/rules/*.ts), and the hop "forms" of the path engine with the params each carries
 * (read from the steps in src/validation/reachability/). findings.test.ts checks every template
 * against these lists, and checks these lists against what validate() / analyzeReachability()
 * actually emit.
 */
import type { Hop } from '../../validation/reachability/types.ts';

/** Params every finding text may use on top of the rule's own: `resource` = finding.resource (as a name). */
export const FINDING_EXTRA_PARAMS = ['resource'] as const;

/** `${rule}.${variant}` → the params the rule emits for it (exactly). */
export const RULE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'CIDR-001.no-blocks': [],
  'CIDR-001.invalid': ['cidr'],
  'CIDR-001.prefix-out-of-range': ['cidr', 'prefix'],
  'CIDR-002.overlap': ['cidr', 'other'],
  'CIDR-003.link-local': ['cidr'],
  'CIDR-003.restricted-secondary': ['cidr', 'primary', 'reason'],
  'CIDR-004.not-rfc1918': ['cidr'],
  'CIDR-004.docker-overlap': ['cidr'],
  'CIDR-004.too-many-blocks': ['count', 'quota'],
  'SUB-001.invalid': ['cidr'],
  'SUB-001.prefix-out-of-range': ['cidr', 'prefix'],
  'SUB-002.no-vpc': [],
  'SUB-002.outside-vpc': ['cidr', 'vpc', 'vpcBlocks'],
  'SUB-002.spans-blocks': ['cidr', 'vpc', 'vpcBlocks'],
  'SUB-003.overlap': ['cidr', 'other', 'otherCidr'],
  'SUB-004.invalid-ip': ['ip'],
  'SUB-004.outside-subnet': ['ip', 'subnet', 'cidr'],
  'SUB-004.reserved': ['ip', 'subnet', 'cidr', 'first', 'last'],
  'SUB-004.duplicate': ['ip', 'other'],
  'SUB-004.over-capacity': ['count', 'usable', 'cidr'],
  'TOP-001.no-az': [],
  'TOP-001.wrong-region': ['zone', 'region'],
  'TOP-002.route-table-subnet': ['subnet', 'vpc', 'otherVpc'],
  'TOP-002.nacl-subnet': ['subnet', 'vpc', 'otherVpc'],
  'TOP-002.sg-attachment': ['sg', 'vpc', 'otherVpc'],
  'TOP-002.subnet-group': ['subnet', 'vpc', 'otherVpc'],
  'TOP-002.route-target-eni': ['destination', 'target', 'otherVpc'],
  'TOP-003.multiple-route-tables': ['count', 'tables', 'used'],
  'TOP-003.multiple-nacls': ['count', 'nacls', 'used'],
  'RT-001.missing-local': ['cidr', 'vpc'],
  'RT-001.no-main': [],
  'RT-001.multiple-main': ['count', 'tables'],
  'RT-002.duplicate-destination': ['destination', 'target', 'otherTarget'],
  'RT-003.invalid-destination': ['destination'],
  'RT-003.reserved-destination': ['destination'],
  'RT-003.local-not-vpc-block': ['destination', 'vpc'],
  'RT-003.not-subnet-cidr': ['destination', 'local'],
  'RT-003.bad-target': ['destination', 'target', 'targetKind'],
  'RT-004.missing-target': ['destination', 'target'],
  'RT-004.invalid-target': ['destination', 'target', 'targetKind'],
  'RT-004.foreign-igw': ['destination', 'target', 'vpc'],
  'RT-004.foreign-pcx': ['destination', 'target', 'vpc'],
  'RT-005.main-routes-to-igw': ['destination', 'igw'],
  'RT-005.implicit-association': ['main'],
  'IGW-001.multiple-igws': ['count', 'igws'],
  'IGW-002.instance-public-ip': ['subnet', 'publicIp'],
  'IGW-002.auto-assign-private-subnet': [],
  'NAT-001.public-without-eip': [],
  'NAT-001.private-with-eip': ['eip'],
  'NAT-002.vpc-without-igw': ['vpc'],
  'NAT-002.no-route-table': ['subnet'],
  'NAT-002.no-default-route': ['subnet', 'table'],
  'NAT-002.no-igw-route': ['subnet', 'table', 'target'],
  'NAT-003.foreign-nat': ['destination', 'nat', 'natVpc'],
  'NAT-004.cross-az': ['zone', 'nat', 'natZone'],
  'NAT-005.private-nat-igw-route': ['subnet', 'igw'],
  'EIP-001.duplicate': ['ip', 'others', 'count'],
  'NACL-001.number-out-of-range': ['number', 'direction'],
  'NACL-001.duplicate-number': ['number', 'direction'],
  'NACL-002.shadowed': ['number', 'direction', 'by', 'rule', 'count'],
  'NACL-002.redundant': ['number', 'direction', 'by', 'rule', 'count'],
  'NACL-003.missing-return': ['number', 'direction', 'returnDirection', 'protocol', 'cidr'],
  'NACL-004.admin-port-open': ['number', 'port'],
  'NACL-004.all-protocols': ['number'],
  'NACL-005.all-ports-open': ['number', 'protocol'],
  'NACL-005.no-allow-rules': [],
  'NACL-005.unassociated': [],
  'SG-001.admin-port-open': ['port', 'cidr'],
  'SG-001.all-protocols': ['cidr'],
  'SG-002.has-rules': ['count'],
  'SG-002.in-use': ['count', 'members'],
  'SG-003.missing': ['ref', 'direction'],
  'PL-001.missing-in-route': ['prefixList', 'target'],
  'PL-001.missing-in-rule': ['prefixList', 'direction'],
  'SG-003.not-peered': ['ref', 'direction', 'vpc', 'otherVpc'],
  'SG-003.cross-region-peer': ['ref', 'direction', 'region', 'otherRegion'],
  'SG-004.too-many-sgs': ['count', 'quota'],
  'SG-005.unattached': [],
  'SG-006.no-description': [],
  'SG-007.default-egress': ['count', 'groups'],
  'PEER-001.overlap': ['vpc', 'cidr', 'otherVpc', 'otherCidr'],
  'PEER-001.same-vpc': ['vpc'],
  'PEER-002.duplicate': ['other', 'vpc', 'otherVpc'],
  'PEER-003.outside-peer': ['destination', 'pcx', 'peer', 'peerBlocks'],
  'PEER-003.broader-than-peer': ['destination', 'pcx', 'peer', 'peerBlocks'],
  'PEER-004.one-sided': ['vpc', 'missing'],
  'TGW-001.missing-zone': ['zone', 'tgw', 'count'],
  'TGW-001.two-in-zone': ['zone', 'subnet', 'other'],
  'TGW-002.no-vpc-route-back': ['destination', 'tgw', 'otherVpc'],
  'TGW-002.no-tgw-route-back': ['destination', 'tgw', 'otherVpc', 'tgwTable'],
  'TGW-003.overlap': ['attachment', 'cidr', 'other', 'otherCidr'],
  'TGW-004.hides-route': ['destination', 'hidden', 'target'],
  'VPN-001.no-routes': ['gateway'],
  'BP-001.single-az': ['zone'],
  'BP-002.no-flow-logs': [],
  'BP-003.single-az': ['zones', 'count'],
  'BP-003.internet-facing-private': ['subnets', 'count'],
  'BP-004.subnet-group-single-az': ['zones', 'count'],
  'BP-004.publicly-accessible': [],
  'REACH-003.rds-internet-reachable': ['port', 'from'],
  'REACH-003.data-port-internet-reachable': ['port', 'from'],
  'VPCE-001.no-route-tables': ['service'],
  'VPCE-001.missing-route': ['table', 'prefixList'],
  'VPCE-002.blocks-https': ['vpcBlock', 'securityGroups'],
  'V6-001.private-subnet-ipv6-igw': ['igw', 'table', 'instances'],
  'V6-002.inbound-flow': ['flow', 'destination'],
  'V6-002.ipv4-route': ['destination', 'eigw'],
  'V6-002.other-vpc': ['destination', 'eigw'],
  'V6-003.invalid': ['cidr'],
  'V6-003.no-vpc-block': ['cidr', 'vpc'],
  'V6-003.outside-vpc': ['cidr', 'vpc', 'vpcBlocks'],
  'V6-003.not-64': ['cidr', 'prefix'],
  'V6-004.overlap': ['cidr', 'other', 'otherCidr'],
  'LB-001.target-blocks-lb': ['target', 'lb', 'port', 'groups'],
  'LB-001.target-blocks-clients': ['target', 'lb', 'port', 'groups'],
  'LB-002.no-target-group': ['listener', 'targetGroup'],
  'LB-002.empty-target-group': ['listener', 'targetGroup'],
  'LB-003.target-outside-zones': ['lb', 'zone', 'zones'],
  'LB-003.zone-without-targets': ['listener', 'targetGroup', 'zone'],
  'ENI-001.other-zone': ['instance', 'zone', 'instanceZone'],
  'ENI-002.foreign-group': ['sg', 'vpc', 'otherVpc'],
};

/**
 * Params hopText derives for every hop: `at` = hop.resource (as a name); `traffic` = "tcp 22" /
 * "all traffic" / "icmp" (translated) when the hop has `protocol`; `ports` = "1024-65535" when it
 * has `fromPort` and `toPort`.
 */
/** One way the path engine emits a hop: where its text lives and which params it carries. */
export interface HopForm {
  /** Text key under the `findings` namespace (without `.message` / `.analogy`). */
  readonly key: string;
  /** The params analyze.ts puts in `hop.params` for this form (exactly). */
  readonly params: readonly string[];
  readonly match: (h: Hop) => boolean;
}

const has = (h: Hop, ...keys: string[]) => keys.every((k) => k in h.params);
const fwd = (h: Hop) => h.direction === 'forward';
const NACL = ['subnet', 'direction', 'protocol', 'address', 'acl'] as const;
const NACL_FWD = [...NACL, 'port', 'rule', 'action'] as const;
const NACL_RET = [...NACL, 'fromPort', 'toPort'] as const;
const ROUTE = ['table', 'subnet', 'address', 'destination', 'target'] as const;
const SG = ['resource', 'securityGroups', 'count', 'direction', 'protocol', 'port', 'address'] as const;
const IGW_OUT = ['igw', 'vpc', 'source', 'address'] as const;
const IGW_IN = ['igw', 'source', 'destination'] as const;
const PCX = ['pcx', 'vpc', 'peer', 'source', 'address'] as const;
const TGW = ['tgw', 'attachment', 'address'] as const;
const TGW_ROUTE = [...TGW, 'tgwTable', 'destination', 'target'] as const;
const isDefaultRule = (h: Hop) => h.params.rule === '*' || h.params.rule === undefined;
/** The hop's traffic has no ports (icmp, all, a protocol number): its replies are the same protocol, not ports. */
const unported = (h: Hop) => h.params.protocol !== 'tcp' && h.params.protocol !== 'udp';

/**
 * Hops that pass or inform (no explanation code), in match order: the first form that matches a
 * hop gives its text. Keys are `hop.<kind>.<form>`.
 */
export const PASS_FORMS: readonly HopForm[] = [
  // VPC endpoints and IPv6 (vpcEndpoints.ts, ipv6.ts): IPv6 gateway hops carry no `publicIp` (no translation).
  { key: 'hop.vpcEndpoint.exits', params: ['vpce', 'service', 'address'], match: (h) => h.kind === 'vpcEndpoint' },
  {
    key: 'hop.egressOnlyIgw.out',
    params: ['eigw', 'vpc', 'source', 'address'],
    match: (h) => h.kind === 'egressOnlyIgw' && h.verdict === 'pass',
  },
  { key: 'hop.igw.out6', params: IGW_OUT, match: (h) => h.kind === 'igw' && has(h, 'vpc') && !has(h, 'publicIp') },
  { key: 'hop.igw.in6', params: IGW_IN, match: (h) => h.kind === 'igw' && !has(h, 'vpc') && !has(h, 'publicIp') },
  // A NACL rule whose block an import could not know (nacl.ts UNKNOWN_NACL_CIDR[6]): forward, replies.
  {
    key: 'hop.nacl.blockUnknown',
    params: ['subnet', 'direction', 'protocol', 'address', 'port', 'acl', 'rule', 'action'],
    match: (h) => h.kind === 'nacl' && h.verdict === 'unknown' && !has(h, 'prefixList') && !has(h, 'failed'),
  },
  {
    key: 'hop.nacl.blockUnknownReplies',
    params: ['subnet', 'direction', 'protocol', 'address', 'fromPort', 'toPort', 'acl', 'rule', 'port', 'failed'],
    match: (h) => h.kind === 'nacl' && h.verdict === 'unknown' && !has(h, 'prefixList'),
  },
  {
    key: 'hop.nacl.prefixListUnknown',
    params: ['subnet', 'direction', 'acl', 'rule', 'prefixList'],
    match: (h) => h.kind === 'nacl' && h.verdict === 'unknown',
  },
  // Where the analysis leaves the design (exits.ts): before the kinds' own forms.
  {
    key: 'hop.external.exits',
    params: ['external', 'awsType', 'address', 'towards'],
    match: (h) => h.kind === 'external' && h.verdict === 'pass',
  },
  {
    key: 'hop.external.unknown',
    params: ['external', 'awsType', 'address'],
    match: (h) => h.kind === 'external',
  },
  {
    key: 'hop.routeTable.prefixListTie',
    params: ['table', 'subnet', 'address', 'prefixList', 'other'],
    match: (h) => h.kind === 'routeTable' && h.verdict === 'unknown' && has(h, 'other'),
  },
  {
    key: 'hop.routeTable.prefixListUnknown',
    params: ['table', 'subnet', 'address', 'prefixList'],
    match: (h) => h.kind === 'routeTable' && h.verdict === 'unknown',
  },
  {
    key: 'hop.securityGroup.prefixListUnknown',
    params: [...SG, 'sg', 'rule', 'prefixList'],
    match: (h) => h.kind === 'securityGroup' && h.verdict === 'unknown',
  },
  { key: 'hop.nacl.noAcl', params: NACL_FWD, match: (h) => h.kind === 'nacl' && fwd(h) && h.params.acl === '' },
  { key: 'hop.nacl.defaultAllow', params: NACL_FWD, match: (h) => h.kind === 'nacl' && fwd(h) && isDefaultRule(h) },
  { key: 'hop.nacl.rule', params: NACL_FWD, match: (h) => h.kind === 'nacl' && fwd(h) },
  { key: 'hop.nacl.returnNoAcl', params: NACL_RET, match: (h) => h.kind === 'nacl' && !fwd(h) && h.params.acl === '' },
  {
    key: 'hop.nacl.returnUnported',
    params: [...NACL_RET, 'action', 'rule', 'matched', 'count'],
    match: (h) => h.kind === 'nacl' && !fwd(h) && unported(h),
  },
  {
    key: 'hop.nacl.returnDefault',
    params: [...NACL_RET, 'action', 'rule', 'matched', 'count'],
    match: (h) => h.kind === 'nacl' && !fwd(h) && h.params.rule === '*',
  },
  {
    key: 'hop.nacl.return',
    params: [...NACL_RET, 'action', 'rule', 'matched', 'count'],
    match: (h) => h.kind === 'nacl' && !fwd(h),
  },
  { key: 'hop.securityGroup.allow', params: [...SG, 'sg', 'rule'], match: (h) => h.kind === 'securityGroup' },
  { key: 'hop.routeTable.route', params: ROUTE, match: (h) => h.kind === 'routeTable' && fwd(h) },
  { key: 'hop.routeTable.back', params: ROUTE, match: (h) => h.kind === 'routeTable' && !fwd(h) },
  { key: 'hop.subnet.same', params: ['subnet'], match: (h) => h.kind === 'subnet' },
  {
    key: 'hop.loadBalancer.answers',
    params: ['loadBalancer', 'listener', 'action'],
    match: (h) => h.kind === 'loadBalancer' && has(h, 'action'),
  },
  {
    key: 'hop.loadBalancer.listener',
    params: ['loadBalancer', 'listener', 'address'],
    match: (h) => h.kind === 'loadBalancer' && has(h, 'listener'),
  },
  {
    key: 'hop.targetGroup.forward',
    params: ['targetGroup', 'listener', 'target', 'port', 'subnet', 'source'],
    match: (h) => h.kind === 'targetGroup',
  },
  { key: 'hop.peering.cross', params: PCX, match: (h) => h.kind === 'peering' },
  { key: 'hop.igw.out', params: [...IGW_OUT, 'publicIp'], match: (h) => h.kind === 'igw' && has(h, 'vpc') },
  { key: 'hop.igw.in', params: [...IGW_IN, 'publicIp'], match: (h) => h.kind === 'igw' },
  {
    key: 'hop.nat.translate',
    params: ['nat', 'vpc', 'source', 'translatedSource', 'fromPort', 'toPort'],
    match: (h) => h.kind === 'nat' && has(h, 'translatedSource'),
  },
  { key: 'hop.internet.delivered', params: ['address'], match: (h) => h.kind === 'internet' && h.verdict === 'pass' },
  { key: 'hop.internet.onTheWay', params: ['address'], match: (h) => h.kind === 'internet' },
  { key: 'hop.return.done', params: [], match: (h) => h.kind === 'return' },
  {
    key: 'hop.endpoint.start',
    params: ['source', 'address', 'subnet', 'destination'],
    match: (h) => has(h, 'source', 'subnet', 'destination'),
  },
  {
    key: 'hop.endpoint.arrive',
    params: ['destination', 'address', 'source'],
    match: (h) => has(h, 'destination', 'source'),
  },
  { key: 'hop.endpoint.noSecurityGroup', params: ['address'], match: (h) => h.kind === 'address' && has(h, 'address') },
  // Transit gateways and VPNs (validation/reachability/tgw.ts).
  {
    key: 'hop.tgwAttachment.in',
    params: [...TGW, 'vpc', 'subnet'],
    match: (h) => h.kind === 'tgwAttachment' && has(h, 'subnet'),
  },
  {
    key: 'hop.tgwAttachment.out',
    params: [...TGW, 'vpc', 'exitSubnet'],
    match: (h) => h.kind === 'tgwAttachment',
  },
  { key: 'hop.tgwRouteTable.route', params: [...TGW_ROUTE, 'vpc'], match: (h) => h.kind === 'tgwRouteTable' && fwd(h) },
  { key: 'hop.tgwRouteTable.back', params: TGW_ROUTE, match: (h) => h.kind === 'tgwRouteTable' },
  {
    key: 'hop.vpnConnection.exitTgw',
    params: [...TGW, 'vpc', 'vpn', 'customerGateway'],
    match: (h) => h.kind === 'vpnConnection' && h.verdict === 'pass' && has(h, 'tgw'),
  },
  {
    key: 'hop.vpnConnection.exitVgw',
    params: ['vgw', 'address', 'vpn', 'customerGateway'],
    match: (h) => h.kind === 'vpnConnection' && h.verdict === 'pass',
  },
  {
    key: 'hop.vpnConnection.unknown',
    params: [...TGW, 'vpc', 'vpn'],
    match: (h) => h.kind === 'vpnConnection' && has(h, 'tgw'),
  },
  { key: 'hop.vpnConnection.unknownVgw', params: ['vgw', 'address', 'vpn'], match: (h) => h.kind === 'vpnConnection' },
  { key: 'hop.vpnGateway.pass', params: ['vgw', 'address', 'vpn'], match: (h) => h.kind === 'vpnGateway' },
];

/** Blocking hops: `code.<CODE>.<form>`; a code with no matching form uses `code.<CODE>` itself. */
export const BLOCK_FORMS: Readonly<Record<string, readonly HopForm[]>> = {
  ELBV2_LISTENER_HAS_NO_TG: [
    { key: 'emptyGroup', params: ['listener', 'targetGroup'], match: (h) => has(h, 'targetGroup') },
    { key: 'noGroup', params: ['listener'], match: () => true },
  ],
  NO_ROUTE_TO_DESTINATION: [
    { key: 'vgwNoVpn', params: ['vgw', 'address'], match: (h) => h.kind === 'vpnGateway' },
    { key: 'noIgw', params: ['vpc'], match: (h) => h.kind === 'vpc' && !has(h, 'address') },
    { key: 'notInSubnet', params: ['vpc', 'address'], match: (h) => h.kind === 'vpc' },
    { key: 'wrongRouteBack', params: [...ROUTE, 'expected'], match: (h) => !fwd(h) && has(h, 'expected') },
    { key: 'noRouteBack', params: ['table', 'subnet', 'address'], match: (h) => !fwd(h) },
    { key: 'blackhole', params: ROUTE, match: (h) => has(h, 'destination') },
    { key: 'noRoute', params: ['table', 'subnet', 'address'], match: () => true },
  ],
  SUBNET_ACL_RESTRICTION: [
    { key: 'forwardDefault', params: NACL_FWD, match: (h) => fwd(h) && isDefaultRule(h) },
    { key: 'forwardRule', params: NACL_FWD, match: (h) => fwd(h) },
    {
      key: 'returnUnported',
      params: [...NACL_RET, 'action', 'rule', 'port', 'failed'],
      match: (h) => !fwd(h) && unported(h),
    },
    { key: 'returnDefault', params: [...NACL_RET, 'action', 'rule', 'port', 'failed'], match: (h) => isDefaultRule(h) },
    { key: 'returnRule', params: [...NACL_RET, 'action', 'rule', 'port', 'failed'], match: () => true },
  ],
  ENI_ADDRESS_RESTRICTION: [
    { key: 'endpoint', params: ['endpoint'], match: (h) => has(h, 'endpoint') },
    { key: 'wrongSubnet', params: ['subnet', 'expected'], match: () => true },
  ],
  VPC_LOCAL_ROUTE_CIDR_RESTRICTION: [
    { key: 'notInSubnet', params: ['vpc', 'address'], match: (h) => h.kind === 'vpc' },
    { key: 'notVpcBlock', params: ROUTE, match: () => true },
  ],
  TGW_ATTACH_VPC_AZ_RESTRICTION: [
    { key: 'returnZone', params: [...TGW, 'zone'], match: (h) => !fwd(h) },
    { key: 'zone', params: [...TGW, 'vpc', 'zone'], match: (h) => has(h, 'zone') },
    { key: 'noSubnets', params: [...TGW, 'vpc'], match: () => true },
  ],
  TGW_ATTACH_IPV6_NOT_SUPPORTED: [
    { key: 'subnet', params: [...TGW, 'vpc', 'subnet'], match: (h) => has(h, 'subnet') },
    { key: 'disabled', params: [...TGW, 'vpc'], match: () => true },
  ],
  TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION: [
    { key: 'return', params: TGW, match: (h) => !fwd(h) },
    { key: 'forward', params: [...TGW, 'vpc'], match: () => true },
  ],
  TGW_RTB_CANNOT_ROUTE: [
    { key: 'wrongBack', params: [...TGW_ROUTE, 'expected'], match: (h) => has(h, 'expected') },
    { key: 'noRouteBack', params: [...TGW, 'tgwTable'], match: (h) => !fwd(h) },
    { key: 'noRoute', params: [...TGW, 'tgwTable', 'vpc'], match: () => true },
  ],
  TGW_RTB_BAD_STATE_ROUTE: [
    { key: 'back', params: [...TGW_ROUTE, 'expected'], match: (h) => !fwd(h) },
    { key: 'blackhole', params: [...TGW_ROUTE, 'vpc'], match: () => true },
  ],
  NO_SOURCE_OR_DESTINATION: [{ key: 'endpoint', params: ['endpoint'], match: (h) => has(h, 'endpoint') }],
  NO_PATH: [
    { key: 'endpoint', params: ['endpoint'], match: (h) => has(h, 'endpoint') },
    { key: 'natStuck', params: ['nat', 'vpc', 'source'], match: (h) => has(h, 'nat', 'vpc') },
    { key: 'natDestination', params: ['nat'], match: (h) => has(h, 'nat') },
    { key: 'strandedInSubnet', params: ['subnet'], match: (h) => has(h, 'subnet') },
    { key: 'nothingToAnalyse', params: [], match: () => true },
  ],
};

/** Codes with one way of being emitted: their params (the text is `code.<CODE>` itself). */
export const CODE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  ENI_SG_RULES_MISMATCH: SG,
  SG_HAS_NO_RULES: SG,
  ENI_SOURCE_DEST_CHECK_RESTRICTION: ROUTE,
  IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: [...IGW_OUT, 'sender'],
  IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: IGW_IN,
  IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS: IGW_OUT,
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: IGW_OUT,
  IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS: IGW_IN,
  PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: PCX,
  NGW_REQUIRES_SOURCE_IN_VPC: ['nat', 'vpc', 'source'],
  HIGHER_PRIORITY_ROUTE: [...ROUTE, 'alternative'],
  MORE_SPECIFIC_ROUTE: [...ROUTE, 'alternative'],
  ELBV2_LISTENER_PORT_RESTRICTION: ['listeners', 'port'],
  TARGET_PORT_RESTRICTION: ['dbPort', 'port'],
  ELB_INSTALLED_AZ_RESTRICTION: ['target', 'zone', 'zones'],
  TARGET_ADDRESS_RESTRICTION: ['targetGroup', 'target'],
  DISCONNECTED_VPCS: ['vpc', 'otherVpc', 'address'],
  TGW_RTB_MORE_SPECIFIC_ROUTE: [...TGW_ROUTE, 'vpc', 'alternative'],
  TGW_RTB_HIGHER_PRIORITY_ROUTE: [...TGW_ROUTE, 'vpc', 'alternative'],
  EIGW_INBOUND_RESTRICTION: ['eigw', 'vpc', 'destination'],
};

/**
 * The params a code's own `code.<CODE>` text may use: for single-form codes their params; for
 * multi-form codes only what every form carries (so the generic text never shows a raw `{{x}}`).
 */
export function codeBaseParams(code: string): readonly string[] {
  const single = CODE_PARAMS[code];
  if (single) return single;
  const forms = BLOCK_FORMS[code] ?? [];
  if (forms.length === 0) return [];
  return forms[0]!.params.filter((p) => forms.every((f) => f.params.includes(p)));
}

/** The form a hop's text comes from: its key and the params it may use (before derived ones). */
export function hopForm(h: Hop): { key: string; params: readonly string[] } {
  if (h.code) {
    const form = (BLOCK_FORMS[h.code] ?? []).find((f) => f.match(h));
    if (form) return { key: `code.${h.code}.${form.key}`, params: form.params };
    return { key: `code.${h.code}`, params: codeBaseParams(h.code) };
  }
  const form = PASS_FORMS.find((f) => f.match(h));
  if (form) return { key: form.key, params: form.params };
  return { key: `hop.generic.${h.verdict}`, params: [] };
}

/**
 * Params whose values are resource ids (or comma-separated lists of ids), shown through
 * `nameOf`. Values that are not ids (a CIDR, an address, `local`) pass through unchanged when
 * `nameOf` returns undefined for them.
 */
export const ID_PARAMS: ReadonlySet<string> = new Set([
  'loadBalancer',
  'lb',
  'targetGroup',
  'instance',
  'resource',
  'at',
  'vpc',
  'otherVpc',
  'natVpc',
  'subnet',
  'subnets',
  'sg',
  'ref',
  'nat',
  'igw',
  'igws',
  'table',
  'tables',
  'main',
  'used',
  'nacls',
  'pcx',
  'peer',
  'missing',
  'members',
  'others',
  'groups',
  'target',
  'otherTarget',
  'other',
  'acl',
  'securityGroups',
  'source',
  'destination',
  'expected',
  'endpoint',
  'sender',
  'external',
  'prefixList',
  'tgw',
  'attachment',
  'tgwTable',
  'vgw',
  'vpn',
  'customerGateway',
  'exitSubnet',
  'gateway',
  'eigw',
  'vpce',
  'instances',
]);

/** Params whose values are enumerations translated through `value.<group>.<value>`. */
export { VALUE_PARAMS } from '../../validation/messages.ts';
