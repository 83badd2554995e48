/**
 * The English text of every finding, one source for the CLI and the app: a rule emits a variant and
 * params, and its `message` is rendered from here (`findingMessage`); the app's English texts
 * (src/i18n/findings/en.ts) use these same strings, next to the analogies, and ko.ts translates them.
 *
 * Templates interpolate `{{param}}` with the finding's params (src/i18n/findings/params.ts) and
 * `{{resource}}`; `message_one` / `message_zero` are the plural forms i18next picks for `count`
 * 1 and 0, and `findingMessage` picks them the same way.
 */

export interface MessageTemplate {
  readonly message: string;
  readonly message_one?: string;
  readonly message_zero?: string;
}

export const FINDING_MESSAGES = {
  'CIDR-001.no-blocks': {
    message: 'VPC {{resource}} has no IPv4 CIDR block; every VPC needs a primary block between /16 and /28.',
  },
  'CIDR-001.invalid': {
    message: 'VPC {{resource}}: "{{cidr}}" is not an IPv4 CIDR block (like 10.0.0.0/16).',
  },
  'CIDR-001.prefix-out-of-range': {
    message: 'VPC {{resource}}: block {{cidr}} is a /{{prefix}}; VPC blocks must be between /16 and /28.',
  },
  'CIDR-002.overlap': {
    message: 'VPC {{resource}}: block {{cidr}} overlaps block {{other}} of the same VPC.',
  },
  'CIDR-003.link-local': {
    message: 'VPC {{resource}}: block {{cidr}} is in 169.254.0.0/16 (link-local), which AWS cannot assign to a VPC.',
  },
  'CIDR-003.restricted-secondary': {
    message:
      'VPC {{resource}}: secondary block {{cidr}} cannot be associated with a VPC whose primary block is {{primary}} (it is in {{reason}}).',
  },
  'CIDR-004.not-rfc1918': {
    message: 'VPC {{resource}}: block {{cidr}} is not in a private RFC 1918 range (10/8, 172.16/12, 192.168/16).',
  },
  'CIDR-004.docker-overlap': {
    message:
      'VPC {{resource}}: block {{cidr}} overlaps 172.17.0.0/16, which Docker and some AWS services use; addresses there may be unreachable from containers.',
  },
  'CIDR-004.too-many-blocks': {
    message:
      'VPC {{resource}} has {{count}} IPv4 blocks; the default quota is {{quota}} (an increase can be requested, up to 50).',
  },
  'SUB-001.invalid': {
    message: 'Subnet {{resource}}: "{{cidr}}" is not an IPv4 CIDR block (like 10.0.1.0/24).',
  },
  'SUB-001.prefix-out-of-range': {
    message: 'Subnet {{resource}}: {{cidr}} is a /{{prefix}}; subnets must be between /16 and /28.',
  },
  'SUB-002.no-vpc': {
    message: 'Subnet {{resource}} is not inside a VPC; place it in an Availability Zone of a VPC.',
  },
  'SUB-002.outside-vpc': {
    message: 'Subnet {{resource}}: {{cidr}} is outside the blocks of VPC {{vpc}} ({{vpcBlocks}}).',
  },
  'SUB-002.spans-blocks': {
    message:
      'Subnet {{resource}}: {{cidr}} is only partly inside the blocks of VPC {{vpc}} ({{vpcBlocks}}); a subnet must fit in one block.',
  },
  'SUB-003.overlap': {
    message: 'Subnet {{resource}} ({{cidr}}) overlaps subnet {{other}} ({{otherCidr}}).',
  },
  'SUB-004.invalid-ip': {
    message: '{{resource}}: private IP "{{ip}}" is not an IPv4 address.',
  },
  'SUB-004.outside-subnet': {
    message: '{{resource}}: private IP {{ip}} is outside its subnet {{subnet}} ({{cidr}}).',
  },
  'SUB-004.reserved': {
    message:
      '{{resource}}: private IP {{ip}} is reserved by AWS in {{cidr}} (the first four addresses and the last one); use {{first}} to {{last}}.',
  },
  'SUB-004.duplicate': {
    message: '{{resource}}: private IP {{ip}} is already used by {{other}}.',
  },
  'SUB-004.over-capacity': {
    message:
      'Subnet {{resource}} ({{cidr}}) has {{count}} network interfaces but only {{usable}} usable addresses (AWS reserves 5).',
  },
  'TOP-001.no-az': {
    message: 'Subnet {{resource}} is not in an Availability Zone; every subnet lives in exactly one AZ.',
  },
  'TOP-001.wrong-region': {
    message: 'Subnet {{resource}} is in zone {{zone}}, which is not a zone of Region {{region}}.',
  },
  'TOP-002.route-table-subnet': {
    message: 'Route table {{resource}} (in {{vpc}}) is associated with subnet {{subnet}}, which is in {{otherVpc}}.',
  },
  'TOP-002.nacl-subnet': {
    message: 'Network ACL {{resource}} (in {{vpc}}) is associated with subnet {{subnet}}, which is in {{otherVpc}}.',
  },
  'TOP-002.sg-attachment': {
    message:
      '{{resource}} (in {{vpc}}) uses security group {{sg}} of {{otherVpc}}; a security group attaches only to resources in its own VPC.',
  },
  'TOP-002.subnet-group': {
    message: '{{resource}} (in {{vpc}}) lists subnet {{subnet}} of {{otherVpc}}; all its subnets must be in one VPC.',
  },
  'TOP-002.route-target-eni': {
    message:
      'Route table {{resource}}: the route to {{destination}} targets instance {{target}}, which is in {{otherVpc}}.',
  },
  'TOP-003.multiple-route-tables': {
    message:
      'Subnet {{resource}} is associated with {{count}} route tables ({{tables}}); AWS allows one. {{used}} is used.',
  },
  'TOP-003.multiple-nacls': {
    message:
      'Subnet {{resource}} is associated with {{count}} network ACLs ({{nacls}}); AWS allows one. {{used}} is used.',
  },
  'RT-001.missing-local': {
    message: 'Route table {{resource}} has no local route for block {{cidr}} of {{vpc}}; AWS always keeps one.',
  },
  'RT-001.no-main': {
    message: 'VPC {{resource}} has no main route table; subnets without an explicit association have no routes.',
  },
  'RT-001.multiple-main': {
    message: 'VPC {{resource}} has {{count}} main route tables ({{tables}}); a VPC has exactly one.',
  },
  'RT-002.duplicate-destination': {
    message: 'Route table {{resource}} has two routes to {{destination}} (targets {{otherTarget}} and {{target}}).',
  },
  'RT-003.invalid-destination': {
    message: 'Route table {{resource}}: destination "{{destination}}" is not an IPv4 CIDR block.',
  },
  'RT-003.reserved-destination': {
    message:
      'Route table {{resource}}: {{destination}} is inside 169.254.168.0/22, which AWS reserves and cannot be a route destination.',
  },
  'RT-003.local-not-vpc-block': {
    message: 'Route table {{resource}}: the local route to {{destination}} does not match a block of VPC {{vpc}}.',
  },
  'RT-003.not-subnet-cidr': {
    message:
      'Route table {{resource}}: {{destination}} is more specific than the local route {{local}} but is not the CIDR of a subnet.',
  },
  'RT-003.bad-target': {
    message:
      'Route table {{resource}}: {{destination}} is more specific than the local route, so it must target a NAT gateway or a network interface, not {{target}} ({{targetKind}}).',
  },
  'RT-004.missing-target': {
    message:
      'Route table {{resource}}: the route to {{destination}} targets "{{target}}", which does not exist; it is a blackhole.',
  },
  'RT-004.invalid-target': {
    message:
      'Route table {{resource}}: the route to {{destination}} targets {{target}} ({{targetKind}}); a route targets an internet gateway, NAT gateway, instance or peering connection.',
  },
  'RT-004.foreign-igw': {
    message:
      'Route table {{resource}}: the route to {{destination}} targets {{target}}, which is not attached to VPC {{vpc}}; it is a blackhole.',
  },
  'RT-004.foreign-pcx': {
    message:
      'Route table {{resource}}: the route to {{destination}} targets {{target}}, a peering connection that does not connect VPC {{vpc}} to another VPC; it is a blackhole.',
  },
  'RT-005.main-routes-to-igw': {
    message:
      'Main route table {{resource}} routes {{destination}} to internet gateway {{igw}}: every subnet without its own table becomes public.',
  },
  'RT-005.implicit-association': {
    message: 'Subnet {{resource}} has no explicit route table and uses the main table {{main}}.',
  },
  'IGW-001.multiple-igws': {
    message: 'VPC {{resource}} has {{count}} internet gateways attached ({{igws}}); a VPC can have only one.',
  },
  'IGW-002.instance-public-ip': {
    message:
      '{{resource}} has a public IP ({{publicIp}}), but its subnet {{subnet}} has no route to an internet gateway attached to its VPC, so the address is unreachable.',
  },
  'IGW-002.auto-assign-private-subnet': {
    message:
      'Subnet {{resource}} auto-assigns public IPs, but it has no route to an internet gateway, so those addresses are unreachable.',
  },
  'NAT-001.public-without-eip': {
    message: 'Public NAT gateway {{resource}} has no Elastic IP; a public NAT gateway needs one to reach the internet.',
  },
  'NAT-001.private-with-eip': {
    message: 'Private NAT gateway {{resource}} has Elastic IP {{eip}}; private NAT gateways cannot have one.',
  },
  'NAT-002.vpc-without-igw': {
    message:
      'Public NAT gateway {{resource}}: VPC {{vpc}} has no internet gateway attached, so the NAT gateway cannot reach the internet.',
  },
  'NAT-002.no-route-table': {
    message:
      'Public NAT gateway {{resource}} is in subnet {{subnet}}, which has no route table (the VPC has no main route table), so it has no route to the internet gateway.',
  },
  'NAT-002.no-default-route': {
    message:
      'Public NAT gateway {{resource}} is in subnet {{subnet}}, whose route table {{table}} has no route for 0.0.0.0/0; it needs one to the VPC’s internet gateway. Put the NAT gateway in a public subnet.',
  },
  'NAT-002.no-igw-route': {
    message:
      'Public NAT gateway {{resource}} is in subnet {{subnet}}, whose route for 0.0.0.0/0 (table {{table}}) goes to {{target}} instead of the VPC’s internet gateway; put the NAT gateway in a public subnet.',
  },
  'NAT-003.foreign-nat': {
    message:
      'Route table {{resource}} sends {{destination}} to NAT gateway {{nat}} in {{natVpc}}; a NAT gateway serves only its own VPC, so this route is a blackhole.',
  },
  'NAT-004.cross-az': {
    message:
      'Subnet {{resource}} (in {{zone}}) sends traffic through NAT gateway {{nat}} in {{natZone}}; if {{natZone}} fails, the subnet loses internet access. Use a NAT gateway per AZ.',
  },
  'NAT-005.private-nat-igw-route': {
    message:
      'Private NAT gateway {{resource}} is in subnet {{subnet}}, which routes 0.0.0.0/0 to {{igw}}; the internet gateway drops traffic from a private NAT gateway.',
  },
  'EIP-001.duplicate': {
    message:
      '{{resource}} uses Elastic IP {{ip}}, which {{others}} also use; an Elastic IP belongs to one resource at a time. Give each its own address.',
    message_one:
      '{{resource}} uses Elastic IP {{ip}}, which {{others}} also uses; an Elastic IP belongs to one resource at a time. Give each its own address.',
  },
  'NACL-001.number-out-of-range': {
    message: 'Network ACL {{resource}}: {{direction}} rule number {{number}} is outside 1–32766.',
  },
  'NACL-001.duplicate-number': {
    message:
      'Network ACL {{resource}}: two {{direction}} rules are numbered {{number}}; rule numbers must be unique per direction.',
  },
  'NACL-002.shadowed': {
    message:
      'Network ACL {{resource}}: {{direction}} rule {{number}} never applies: lower-numbered rules {{by}} already decide that traffic differently.',
    message_one:
      'Network ACL {{resource}}: {{direction}} rule {{number}} never applies: lower-numbered rule {{by}} already decides that traffic differently.',
  },
  'NACL-002.redundant': {
    message:
      'Network ACL {{resource}}: {{direction}} rule {{number}} is redundant: lower-numbered rules {{by}} already decide that traffic the same way.',
    message_one:
      'Network ACL {{resource}}: {{direction}} rule {{number}} is redundant: lower-numbered rule {{by}} already decides that traffic the same way.',
  },
  'NACL-003.missing-return': {
    message:
      'Network ACL {{resource}}: {{direction}} rule {{number}} has no {{returnDirection}} allow for {{protocol}} 1024-65535 with {{cidr}}, so the responses are dropped (network ACLs are stateless).',
  },
  'NACL-004.admin-port-open': {
    message: 'Network ACL {{resource}}: inbound rule {{number}} lets the whole internet reach port {{port}}.',
  },
  'NACL-004.all-protocols': {
    message: 'Network ACL {{resource}}: inbound rule {{number}} lets all traffic in from the whole internet.',
  },
  'NACL-005.all-ports-open': {
    message: 'Network ACL {{resource}}: inbound rule {{number}} opens every {{protocol}} port to the whole internet.',
  },
  'NACL-005.no-allow-rules': {
    message: 'Network ACL {{resource}} has no allow rules, so it blocks all traffic of the subnets that use it.',
  },
  'NACL-005.unassociated': {
    message: 'Network ACL {{resource}} is not associated with any subnet, so it has no effect.',
  },
  'SG-001.admin-port-open': {
    message: 'Security group {{resource}} allows port {{port}} from {{cidr}}, the whole internet.',
  },
  'SG-001.all-protocols': {
    message: 'Security group {{resource}} allows all traffic in from {{cidr}}.',
  },
  'SG-002.has-rules': {
    message:
      'Default security group {{resource}} has {{count}} rules; remove them so it restricts all traffic, and use your own groups.',
    message_one:
      'Default security group {{resource}} has 1 rule; remove it so the group restricts all traffic, and use your own groups.',
  },
  'SG-002.in-use': {
    message: 'Default security group {{resource}} is attached to {{members}}; attach a purpose-made group instead.',
  },
  'SG-003.missing': {
    message:
      'Security group {{resource}}: an {{direction}} rule references {{ref}}, which is not a security group in the design.',
  },
  'SG-003.not-peered': {
    message:
      'Security group {{resource}} ({{vpc}}): an {{direction}} rule references {{ref}} in {{otherVpc}}, which is not peered with {{vpc}}.',
  },
  'SG-003.cross-region-peer': {
    message:
      'Security group {{resource}} references {{ref}}, which is in a peered VPC in another Region ({{otherRegion}}, not {{region}}); references work only across same-Region peering.',
  },
  'PL-001.missing-in-route': {
    message:
      'Route table {{resource}}: the route to prefix list {{prefixList}} (→ {{target}}) names a list that is not in the design, so which addresses it covers is not known.',
  },
  'PL-001.missing-in-rule': {
    message:
      'Security group {{resource}}: an {{direction}} rule names prefix list {{prefixList}}, which is not in the design, so which addresses it admits is not known.',
  },
  'SG-004.too-many-sgs': {
    message: '{{resource}} has {{count}} security groups; the default quota is {{quota}} per network interface.',
  },
  'SG-005.unattached': {
    message: 'Security group {{resource}} is not attached to any resource.',
  },
  'SG-006.no-description': {
    message: 'Security group {{resource}} has no description; say what it is for.',
  },
  'SG-007.default-egress': {
    message:
      '{{count}} security groups ({{groups}}) allow all outbound traffic to 0.0.0.0/0. That is AWS’s default for every security group; narrow it where a group should reach only some destinations.',
    message_one:
      'Security group {{groups}} allows all outbound traffic to 0.0.0.0/0. That is AWS’s default for every security group; narrow it where the group should reach only some destinations.',
  },
  'PEER-001.overlap': {
    message:
      'Peering {{resource}}: block {{cidr}} of {{vpc}} overlaps block {{otherCidr}} of {{otherVpc}}; VPCs with overlapping blocks cannot be peered.',
  },
  'PEER-001.same-vpc': {
    message: 'Peering {{resource}} connects {{vpc}} to itself; a peering connection joins two different VPCs.',
  },
  'PEER-002.duplicate': {
    message: 'Peering {{resource}} duplicates {{other}}: {{vpc}} and {{otherVpc}} are already peered.',
  },
  'PEER-003.outside-peer': {
    message:
      'Route table {{resource}} sends {{destination}} to {{pcx}}, but {{peer}} has only {{peerBlocks}}; peering carries traffic only to the peer’s own addresses (no transitive or edge-to-edge routing).',
  },
  'PEER-003.broader-than-peer': {
    message:
      'Route table {{resource}} sends {{destination}} to {{pcx}}, which is broader than the blocks of {{peer}} ({{peerBlocks}}); route only the peer’s blocks.',
  },
  'PEER-004.one-sided': {
    message:
      'Peering {{resource}}: {{vpc}} routes to {{missing}}, but {{missing}} has no route back through the peering, so replies cannot return.',
  },
  'TGW-001.missing-zone': {
    message:
      'Transit gateway attachment {{resource}} has no subnet in {{zone}}, where {{count}} workloads are: they cannot reach transit gateway {{tgw}}. Add a subnet of that zone to the attachment.',
    message_one:
      'Transit gateway attachment {{resource}} has no subnet in {{zone}}, where a workload is: it cannot reach transit gateway {{tgw}}. Add a subnet of that zone to the attachment.',
  },
  'TGW-001.two-in-zone': {
    message:
      'Transit gateway attachment {{resource}} lists two subnets in {{zone}} ({{other}} and {{subnet}}); an attachment takes one subnet per Availability Zone.',
  },
  'TGW-002.no-vpc-route-back': {
    message:
      'Route table {{resource}} sends {{destination}} to transit gateway {{tgw}}, but {{otherVpc}} has no route back to it through {{tgw}}: the replies cannot return.',
  },
  'TGW-002.no-tgw-route-back': {
    message:
      'Route table {{resource}} sends {{destination}} to transit gateway {{tgw}}, but the route table of {{otherVpc}}’s attachment ({{tgwTable}}) has no route back to this VPC: the replies are dropped.',
  },
  'TGW-003.overlap': {
    message:
      'Transit gateway route table {{resource}}: {{attachment}} propagates {{cidr}}, which overlaps {{otherCidr}} of {{other}}; a transit gateway cannot route between overlapping VPCs.',
  },
  'TGW-004.hides-route': {
    message:
      'Transit gateway route table {{resource}}: the blackhole route {{destination}} hides route {{hidden}} → {{target}}, which would deliver that traffic.',
  },
  'VPN-001.no-routes': {
    message:
      'VPN connection {{resource}} on {{gateway}} has no route leading into it: no route table propagates its routes and none has a static route to it, so no traffic goes through it.',
  },
  'BP-001.single-az': {
    message:
      'All workloads of VPC {{resource}} are in one Availability Zone ({{zone}}); an AZ outage would take them all down.',
  },
  'BP-002.no-flow-logs': {
    message: 'VPC {{resource}} has no flow log; traffic to and from it is not recorded.',
  },
  'BP-003.single-az': {
    message:
      'Load balancer {{resource}} has subnets in {{count}} Availability Zones ({{zones}}); an Application Load Balancer needs subnets in at least two AZs.',
    message_one:
      'Load balancer {{resource}} has subnets in only one Availability Zone ({{zones}}); an Application Load Balancer needs subnets in at least two AZs.',
    message_zero:
      'Load balancer {{resource}} has subnets in no Availability Zone; an Application Load Balancer needs subnets in at least two AZs.',
  },
  'BP-003.internet-facing-private': {
    message:
      'Internet-facing load balancer {{resource}} is in private subnets {{subnets}} (no route to an internet gateway), so clients cannot reach it there.',
    message_one:
      'Internet-facing load balancer {{resource}} is in private subnet {{subnets}} (no route to an internet gateway), so clients cannot reach it there.',
  },
  'BP-004.subnet-group-single-az': {
    message:
      'Database {{resource}}: its DB subnet group covers {{count}} Availability Zones ({{zones}}); RDS requires subnets in at least two AZs.',
    message_one:
      'Database {{resource}}: its DB subnet group covers only one Availability Zone ({{zones}}); RDS requires subnets in at least two AZs.',
    message_zero:
      'Database {{resource}}: its DB subnet group covers no Availability Zone; RDS requires subnets in at least two AZs.',
  },
  'BP-004.publicly-accessible': {
    message: 'Database {{resource}} is publicly accessible; keep databases private and reach them from inside the VPC.',
  },
  'REACH-003.rds-internet-reachable': {
    message: 'Database {{resource}} is reachable from the internet on tcp {{port}} (e.g. from {{from}}).',
  },
  'REACH-003.data-port-internet-reachable': {
    message: '{{resource}} is reachable from the internet on data port tcp {{port}} (e.g. from {{from}}).',
  },
  'VPCE-001.no-route-tables': {
    message: 'Gateway endpoint {{resource}} ({{service}}) is associated with no route table, so no traffic uses it.',
  },
  'VPCE-001.missing-route': {
    message:
      'Gateway endpoint {{resource}} is associated with {{table}}, but that table has no route to {{prefixList}} through it.',
  },
  'VPCE-002.blocks-https': {
    message:
      'Interface endpoint {{resource}}: no inbound rule of {{securityGroups}} admits HTTPS (tcp 443) from the VPC ({{vpcBlock}}), so the service cannot be reached through it.',
  },
  'V6-001.private-subnet-ipv6-igw': {
    message:
      'Subnet {{resource}} is private for IPv4 but routes ::/0 to internet gateway {{igw}} ({{table}}): its instances ({{instances}}) are reachable from the internet over IPv6. Use an egress-only internet gateway for outbound-only IPv6.',
  },
  'V6-002.inbound-flow': {
    message:
      'Flow {{flow}} from the internet to {{destination}} is drawn to get through, but {{destination}} sends IPv6 through egress-only gateway {{resource}}, which admits no connection from the internet.',
  },
  'V6-002.ipv4-route': {
    message:
      'Route table {{resource}}: the route {{destination}} → {{eigw}} cannot work: an egress-only internet gateway takes only IPv6 destinations.',
  },
  'V6-002.other-vpc': {
    message:
      'Route table {{resource}}: the route {{destination}} → {{eigw}} names an egress-only internet gateway of another VPC.',
  },
  'V6-003.invalid': {
    message: 'Subnet {{resource}}: {{cidr}} is not an IPv6 block.',
  },
  'V6-003.no-vpc-block': {
    message: 'Subnet {{resource}} has the IPv6 block {{cidr}}, but its VPC {{vpc}} has no IPv6 block.',
  },
  'V6-003.outside-vpc': {
    message: 'Subnet {{resource}}: its IPv6 block {{cidr}} is not inside the IPv6 blocks of {{vpc}} ({{vpcBlocks}}).',
  },
  'V6-003.not-64': {
    message: 'Subnet {{resource}}: its IPv6 block {{cidr}} is a /{{prefix}}; a subnet’s IPv6 block is a /64.',
  },
  'V6-004.overlap': {
    message: 'Subnet {{resource}}: its IPv6 block {{cidr}} overlaps {{otherCidr}} of subnet {{other}}.',
  },
  'LB-001.target-blocks-lb': {
    message:
      'Target group {{resource}}: the security groups of target {{target}} ({{groups}}) do not admit load balancer {{lb}} on port {{port}}; admit its security group or its subnets.',
  },
  'LB-001.target-blocks-clients': {
    message:
      'Target group {{resource}}: network load balancer {{lb}} preserves the client IP, so target {{target}} sees internet addresses, and no rule of {{groups}} admits them on port {{port}}.',
  },
  'LB-002.no-target-group': {
    message: 'Load balancer {{resource}}: listener {{listener}} forwards to no target group in the design.',
  },
  'LB-002.empty-target-group': {
    message:
      'Load balancer {{resource}}: listener {{listener}} forwards to target group {{targetGroup}}, which has no targets.',
  },
  'LB-003.target-outside-zones': {
    message:
      'Target {{resource}} is in {{zone}}, where load balancer {{lb}} has no subnet (it serves {{zones}}): it receives no traffic.',
  },
  'LB-003.zone-without-targets': {
    message:
      'Network load balancer {{resource}} has cross-zone load balancing off and a node in {{zone}}, where target group {{targetGroup}} (listener {{listener}}) has no target: clients sent to that node get nothing.',
  },
  'ENI-001.other-zone': {
    message:
      'Network interface {{resource}} is in {{zone}} but its instance {{instance}} is in {{instanceZone}}; AWS attaches interfaces only within one Availability Zone.',
  },
  'ENI-002.foreign-group': {
    message: 'Network interface {{resource}} (VPC {{vpc}}) has security group {{sg}} of VPC {{otherVpc}}.',
  },
} as const satisfies Record<string, MessageTemplate>;

export type MessageKey = keyof typeof FINDING_MESSAGES;

/** Params whose value is one of a set (a direction, an action, a kind), by the group of its label. */
export const VALUE_PARAMS: Readonly<Record<string, keyof typeof VALUE_LABELS>> = {
  direction: 'direction',
  returnDirection: 'direction',
  action: 'action',
  publicIp: 'publicIp',
  targetKind: 'kind',
  towards: 'towards',
};

/** How messages say those values in English (`value.<group>.<value>` in the app's texts). */
export const VALUE_LABELS = {
  direction: { inbound: 'inbound', outbound: 'outbound', ingress: 'inbound', egress: 'outbound' },
  action: { allow: 'allow', deny: 'deny' },
  towards: { internet: 'the internet', vpn: 'a VPN', 'aws-service': 'an AWS service' },
  publicIp: { auto: 'auto-assigned', elastic: 'Elastic IP', none: 'none' },
  kind: {
    region: 'Region',
    vpc: 'VPC',
    az: 'Availability Zone',
    subnet: 'subnet',
    igw: 'internet gateway',
    nat: 'NAT gateway',
    routeTable: 'route table',
    nacl: 'network ACL',
    securityGroup: 'security group',
    instance: 'instance',
    loadBalancer: 'load balancer',
    rds: 'database',
    peering: 'peering connection',
  },
} as const satisfies Record<string, Record<string, string>>;

/** A param's value as messages say it: an enumerated value by its label, anything else as is. */
function shown(name: string, value: string | number): string {
  const group = VALUE_PARAMS[name];
  const labels: Readonly<Record<string, string>> | undefined = group && VALUE_LABELS[group];
  return typeof value === 'string' && labels && Object.hasOwn(labels, value) ? labels[value]! : String(value);
}

/**
 * The English message of a finding: its variant's template with the params (and `resource`)
 * filled in, in the plural form for `count`. A missing param reads as empty, as in i18next.
 */
export function findingMessage(key: string, params: Readonly<Record<string, string | number>>): string {
  const t: MessageTemplate | undefined = (FINDING_MESSAGES as Record<string, MessageTemplate>)[key];
  if (!t) return key;
  const count = params.count;
  const template = (count === 1 && t.message_one) || (count === 0 && t.message_zero) || t.message;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined ? '' : shown(name, v);
  });
}
