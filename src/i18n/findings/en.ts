/**
 * English texts of the `findings` i18next namespace (layout: see index.ts). Every finding and
 * every hop has a technical `message` and a town-analogy `analogy` (/work/shared/analogies.md):
 * town = VPC, neighbourhood = subnet, tollgate = internet gateway, fork in the road / signposts =
 * router / route table, checkpoint = network ACL, the dog in front of the house = security group,
 * house = instance, post office = NAT gateway, private road = peering, highway = internet,
 * country = Region, district = Availability Zone, archive = database, reception desk = load balancer.
 * Params: see params.ts. ko.ts must have exactly the same keys.
 */
export const findingsEn = {
  'CIDR-001': {
    title: 'VPC block size',
    'no-blocks': {
      message: 'VPC {{resource}} has no IPv4 CIDR block; every VPC needs a primary block between /16 and /28.',
      analogy: 'Town {{resource}} has no range of street addresses, so no house in it can get an address.',
    },
    invalid: {
      message: 'VPC {{resource}}: "{{cidr}}" is not an IPv4 CIDR block (like 10.0.0.0/16).',
      analogy:
        'Town {{resource}} was given "{{cidr}}" as its address range, but that is not a range of addresses at all.',
    },
    'prefix-out-of-range': {
      message: 'VPC {{resource}}: block {{cidr}} is a /{{prefix}}; VPC blocks must be between /16 and /28.',
      analogy:
        'The address range {{cidr}} of town {{resource}} is the wrong size: a town’s range must be between a /16 (65,536 addresses) and a /28 (16).',
    },
  },
  'CIDR-002': {
    title: 'Overlapping VPC blocks',
    overlap: {
      message: 'VPC {{resource}}: block {{cidr}} overlaps block {{other}} of the same VPC.',
      analogy:
        'Town {{resource}} hands out the addresses of {{cidr}} twice: they are already part of its range {{other}}.',
    },
  },
  'CIDR-003': {
    title: 'Forbidden VPC block',
    'link-local': {
      message: 'VPC {{resource}}: block {{cidr}} is in 169.254.0.0/16 (link-local), which AWS cannot assign to a VPC.',
      analogy:
        'Town {{resource}} wants the addresses {{cidr}}, but 169.254.x.x are reserved for talking to the house next door and no town may use them.',
    },
    'restricted-secondary': {
      message:
        'VPC {{resource}}: secondary block {{cidr}} cannot be associated with a VPC whose primary block is {{primary}} (it is in {{reason}}).',
      analogy:
        'Town {{resource}} cannot annex the range {{cidr}}: with {{primary}} as its first range, AWS does not allow that kind of extension.',
    },
  },
  'CIDR-004': {
    title: 'VPC block choice',
    'not-rfc1918': {
      message: 'VPC {{resource}}: block {{cidr}} is not in a private RFC 1918 range (10/8, 172.16/12, 192.168/16).',
      analogy:
        'Town {{resource}} uses {{cidr}}, street addresses that also exist out on the highway; private towns usually pick 10.x, 172.16-31.x or 192.168.x.',
    },
    'docker-overlap': {
      message:
        'VPC {{resource}}: block {{cidr}} overlaps 172.17.0.0/16, which Docker and some AWS services use; addresses there may be unreachable from containers.',
      analogy:
        'Town {{resource}} uses {{cidr}}, addresses that Docker gives to its own little yards (172.17.x.x): a container may never find the real house.',
    },
    'too-many-blocks': {
      message:
        'VPC {{resource}} has {{count}} IPv4 blocks; the default quota is {{quota}} (an increase can be requested, up to 50).',
      analogy:
        'Town {{resource}} has {{count}} address ranges, but a town gets only {{quota}} unless you ask AWS for more (at most 50).',
    },
  },
  'SUB-001': {
    title: 'Subnet block size',
    invalid: {
      message: 'Subnet {{resource}}: "{{cidr}}" is not an IPv4 CIDR block (like 10.0.1.0/24).',
      analogy:
        'Neighbourhood {{resource}} was given "{{cidr}}" as its addresses, but that is not a range of addresses at all.',
    },
    'prefix-out-of-range': {
      message: 'Subnet {{resource}}: {{cidr}} is a /{{prefix}}; subnets must be between /16 and /28.',
      analogy:
        'Neighbourhood {{resource}} ({{cidr}}) is the wrong size: a neighbourhood holds between a /16 (65,536 addresses) and a /28 (16).',
    },
  },
  'SUB-002': {
    title: 'Subnet outside its VPC',
    'no-vpc': {
      message: 'Subnet {{resource}} is not inside a VPC; place it in an Availability Zone of a VPC.',
      analogy: 'Neighbourhood {{resource}} stands outside any town: put it inside a town’s district.',
    },
    'outside-vpc': {
      message: 'Subnet {{resource}}: {{cidr}} is outside the blocks of VPC {{vpc}} ({{vpcBlocks}}).',
      analogy:
        'Neighbourhood {{resource}} uses addresses {{cidr}}, which town {{vpc}} does not own (its range is {{vpcBlocks}}).',
    },
    'spans-blocks': {
      message:
        'Subnet {{resource}}: {{cidr}} is only partly inside the blocks of VPC {{vpc}} ({{vpcBlocks}}); a subnet must fit in one block.',
      analogy:
        'Neighbourhood {{resource}} ({{cidr}}) sticks out of town {{vpc}}’s range {{vpcBlocks}}: a neighbourhood must lie entirely within one range.',
    },
  },
  'SUB-003': {
    title: 'Overlapping subnets',
    overlap: {
      message: 'Subnet {{resource}} ({{cidr}}) overlaps subnet {{other}} ({{otherCidr}}).',
      analogy:
        'Neighbourhoods {{resource}} and {{other}} claim the same street addresses ({{cidr}} and {{otherCidr}}): the fork in the road could not tell where to send a car.',
    },
  },
  'SUB-004': {
    title: 'Private IP addresses',
    'invalid-ip': {
      message: '{{resource}}: private IP "{{ip}}" is not an IPv4 address.',
      analogy: 'House {{resource}} has "{{ip}}" on its door, which is not a street address.',
    },
    'outside-subnet': {
      message: '{{resource}}: private IP {{ip}} is outside its subnet {{subnet}} ({{cidr}}).',
      analogy:
        'House {{resource}} has the address {{ip}}, but it stands in neighbourhood {{subnet}}, whose addresses are {{cidr}}.',
    },
    reserved: {
      message:
        '{{resource}}: private IP {{ip}} is reserved by AWS in {{cidr}} (the first four addresses and the last one); use {{first}} to {{last}}.',
      analogy:
        'House {{resource}} took address {{ip}}, which neighbourhood {{subnet}} keeps for the town’s own services; pick one from {{first}} to {{last}}.',
    },
    duplicate: {
      message: '{{resource}}: private IP {{ip}} is already used by {{other}}.',
      analogy: 'Houses {{resource}} and {{other}} both have {{ip}} on the door: the post would go to the wrong one.',
    },
    'over-capacity': {
      message:
        'Subnet {{resource}} ({{cidr}}) has {{count}} network interfaces but only {{usable}} usable addresses (AWS reserves 5).',
      analogy:
        'Neighbourhood {{resource}} has {{count}} houses but only {{usable}} street addresses to give out ({{cidr}}, minus 5 kept by the town).',
    },
  },
  'TOP-001': {
    title: 'Subnet Availability Zone',
    'no-az': {
      message: 'Subnet {{resource}} is not in an Availability Zone; every subnet lives in exactly one AZ.',
      analogy:
        'Neighbourhood {{resource}} is not in any district: every neighbourhood lies in exactly one district (data centre).',
    },
    'wrong-region': {
      message: 'Subnet {{resource}} is in zone {{zone}}, which is not a zone of Region {{region}}.',
      analogy:
        'Neighbourhood {{resource}} is in district {{zone}}, which is not a district of the country {{region}} its town is in.',
    },
  },
  'TOP-002': {
    title: 'Cross-VPC association',
    'route-table-subnet': {
      message: 'Route table {{resource}} (in {{vpc}}) is associated with subnet {{subnet}}, which is in {{otherVpc}}.',
      analogy:
        'The signposts {{resource}} of town {{vpc}} are set up in neighbourhood {{subnet}} of another town, {{otherVpc}}.',
    },
    'nacl-subnet': {
      message: 'Network ACL {{resource}} (in {{vpc}}) is associated with subnet {{subnet}}, which is in {{otherVpc}}.',
      analogy:
        'Checkpoint {{resource}} belongs to town {{vpc}} but guards neighbourhood {{subnet}} of another town, {{otherVpc}}.',
    },
    'sg-attachment': {
      message:
        '{{resource}} (in {{vpc}}) uses security group {{sg}} of {{otherVpc}}; a security group attaches only to resources in its own VPC.',
      analogy:
        'House {{resource}} in town {{vpc}} borrowed the dog {{sg}} from another town, {{otherVpc}}: a dog only guards houses of its own town.',
    },
    'subnet-group': {
      message: '{{resource}} (in {{vpc}}) lists subnet {{subnet}} of {{otherVpc}}; all its subnets must be in one VPC.',
      analogy:
        '{{resource}} of town {{vpc}} counts neighbourhood {{subnet}} of another town, {{otherVpc}}, as its own: all its neighbourhoods must be in one town.',
    },
    'route-target-eni': {
      message:
        'Route table {{resource}}: the route to {{destination}} targets instance {{target}}, which is in {{otherVpc}}.',
      analogy:
        'A signpost of {{resource}} sends cars for {{destination}} to house {{target}}, which is in another town, {{otherVpc}}.',
    },
  },
  'TOP-003': {
    title: 'One route table and one NACL per subnet',
    'multiple-route-tables': {
      message:
        'Subnet {{resource}} is associated with {{count}} route tables ({{tables}}); AWS allows one. {{used}} is used.',
      analogy:
        'Neighbourhood {{resource}} has {{count}} sets of signposts ({{tables}}) at its fork; only one can stand there, so {{used}} is followed.',
    },
    'multiple-nacls': {
      message:
        'Subnet {{resource}} is associated with {{count}} network ACLs ({{nacls}}); AWS allows one. {{used}} is used.',
      analogy:
        'Neighbourhood {{resource}} has {{count}} checkpoints ({{nacls}}) at its entrance; only one can stand there, so {{used}} checks the cars.',
    },
  },
  'RT-001': {
    title: 'Local routes and the main route table',
    'missing-local': {
      message: 'Route table {{resource}} has no local route for block {{cidr}} of {{vpc}}; AWS always keeps one.',
      analogy:
        'The signposts {{resource}} have no sign for the town’s own addresses {{cidr}}; in town {{vpc}} that sign is always there and cannot be taken down.',
    },
    'no-main': {
      message: 'VPC {{resource}} has no main route table; subnets without an explicit association have no routes.',
      analogy:
        'Town {{resource}} has no standard signposts, so a neighbourhood without its own signposts has no signs at all.',
    },
    'multiple-main': {
      message: 'VPC {{resource}} has {{count}} main route tables ({{tables}}); a VPC has exactly one.',
      analogy: 'Town {{resource}} has {{count}} sets of standard signposts ({{tables}}); a town has exactly one.',
    },
  },
  'RT-002': {
    title: 'Duplicate route',
    'duplicate-destination': {
      message: 'Route table {{resource}} has two routes to {{destination}} (targets {{otherTarget}} and {{target}}).',
      analogy:
        'The signposts {{resource}} have two signs for {{destination}}, one pointing to {{otherTarget}} and one to {{target}}: a car cannot follow both.',
    },
  },
  'RT-003': {
    title: 'Route destination',
    'invalid-destination': {
      message: 'Route table {{resource}}: destination "{{destination}}" is not an IPv4 CIDR block.',
      analogy: 'A sign of {{resource}} reads "{{destination}}", which is not a range of addresses.',
    },
    'reserved-destination': {
      message:
        'Route table {{resource}}: {{destination}} is inside 169.254.168.0/22, which AWS reserves and cannot be a route destination.',
      analogy:
        'A sign of {{resource}} points to {{destination}}, addresses AWS keeps for its own services: no sign may point there.',
    },
    'local-not-vpc-block': {
      message: 'Route table {{resource}}: the local route to {{destination}} does not match a block of VPC {{vpc}}.',
      analogy:
        'The “stay in town” sign of {{resource}} is for {{destination}}, which is not one of town {{vpc}}’s address ranges.',
    },
    'not-subnet-cidr': {
      message:
        'Route table {{resource}}: {{destination}} is more specific than the local route {{local}} but is not the CIDR of a subnet.',
      analogy:
        'A sign of {{resource}} picks out {{destination}} inside the town ({{local}}), but that is not a whole neighbourhood: a sign inside town must name a whole neighbourhood.',
    },
    'bad-target': {
      message:
        'Route table {{resource}}: {{destination}} is more specific than the local route, so it must target a NAT gateway or a network interface, not {{target}} ({{targetKind}}).',
      analogy:
        'A sign of {{resource}} sends cars for neighbourhood {{destination}} to {{target}} ({{targetKind}}); inside town a sign may only point to a post office (NAT gateway) or a house.',
    },
  },
  'RT-004': {
    title: 'Blackhole route',
    'missing-target': {
      message:
        'Route table {{resource}}: the route to {{destination}} targets "{{target}}", which does not exist; it is a blackhole.',
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to “{{target}}”, a place that does not exist: the cars vanish.',
    },
    'invalid-target': {
      message:
        'Route table {{resource}}: the route to {{destination}} targets {{target}} ({{targetKind}}); a route targets an internet gateway, NAT gateway, instance or peering connection.',
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to {{target}} ({{targetKind}}), which is not a place a road leads to: signs point to the tollgate, a post office, a house or a private road.',
    },
    'foreign-igw': {
      message:
        'Route table {{resource}}: the route to {{destination}} targets {{target}}, which is not attached to VPC {{vpc}}; it is a blackhole.',
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to tollgate {{target}}, which is not a tollgate of town {{vpc}}: the cars vanish.',
    },
    'foreign-pcx': {
      message:
        'Route table {{resource}}: the route to {{destination}} targets {{target}}, a peering connection that does not connect VPC {{vpc}} to another VPC; it is a blackhole.',
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} onto the private road {{target}}, which does not start in town {{vpc}}: the cars vanish.',
    },
  },
  'RT-005': {
    title: 'Route table associations',
    'main-routes-to-igw': {
      message:
        'Main route table {{resource}} routes {{destination}} to internet gateway {{igw}}: every subnet without its own table becomes public.',
      analogy:
        'The standard signposts {{resource}} point to tollgate {{igw}}, so every new neighbourhood is open to the highway until it gets its own signposts.',
    },
    'implicit-association': {
      message: 'Subnet {{resource}} has no explicit route table and uses the main table {{main}}.',
      analogy:
        'Neighbourhood {{resource}} has no signposts of its own and follows the town’s standard signposts {{main}}.',
    },
  },
  'IGW-001': {
    title: 'One internet gateway per VPC',
    'multiple-igws': {
      message: 'VPC {{resource}} has {{count}} internet gateways attached ({{igws}}); a VPC can have only one.',
      analogy: 'Town {{resource}} has {{count}} tollgates ({{igws}}); a town can have only one.',
    },
  },
  'IGW-002': {
    title: 'Public address without internet route',
    'instance-public-ip': {
      message:
        '{{resource}} has a public IP ({{publicIp}}), but its subnet {{subnet}} has no route to an internet gateway attached to its VPC, so the address is unreachable.',
      analogy:
        'House {{resource}} has a public street address, but neighbourhood {{subnet}} has no signpost to the tollgate, so nobody from the highway can get there.',
    },
    'auto-assign-private-subnet': {
      message:
        'Subnet {{resource}} auto-assigns public IPs, but it has no route to an internet gateway, so those addresses are unreachable.',
      analogy:
        'Neighbourhood {{resource}} gives every new house a public street address, but it has no signpost to the tollgate, so the addresses lead nowhere.',
    },
  },
  'NAT-001': {
    title: 'NAT gateway Elastic IP',
    'public-without-eip': {
      message:
        'Public NAT gateway {{resource}} has no Elastic IP; a public NAT gateway needs one to reach the internet.',
      analogy:
        'Post office {{resource}} has no permanent street address of its own, so it has no return address to put on letters to the highway.',
    },
    'private-with-eip': {
      message: 'Private NAT gateway {{resource}} has Elastic IP {{eip}}; private NAT gateways cannot have one.',
      analogy:
        'Post office {{resource}} only handles mail inside the towns, yet it was given the public street address {{eip}}: it cannot use one.',
    },
  },
  'NAT-002': {
    title: 'Public NAT gateway placement',
    'vpc-without-igw': {
      message:
        'Public NAT gateway {{resource}}: VPC {{vpc}} has no internet gateway attached, so the NAT gateway cannot reach the internet.',
      analogy: 'Post office {{resource}} wants to send letters to the highway, but town {{vpc}} has no tollgate.',
    },
    'no-route-table': {
      message:
        'Public NAT gateway {{resource}} is in subnet {{subnet}}, which has no route table (the VPC has no main route table), so it has no route to the internet gateway.',
      analogy:
        'Post office {{resource}} stands in neighbourhood {{subnet}}, which has no signposts at all: its letters never reach the highway.',
    },
    'no-default-route': {
      message:
        'Public NAT gateway {{resource}} is in subnet {{subnet}}, whose route table {{table}} has no route for 0.0.0.0/0; it needs one to the VPC’s internet gateway. Put the NAT gateway in a public subnet.',
      analogy:
        'Post office {{resource}} stands in neighbourhood {{subnet}}, whose signposts {{table}} have no sign to the highway: its letters never leave town. Put it in a neighbourhood by the tollgate.',
    },
    'no-igw-route': {
      message:
        'Public NAT gateway {{resource}} is in subnet {{subnet}}, whose route for 0.0.0.0/0 (table {{table}}) goes to {{target}} instead of the VPC’s internet gateway; put the NAT gateway in a public subnet.',
      analogy:
        'Post office {{resource}} stands in neighbourhood {{subnet}}, whose signposts {{table}} do not point to the tollgate: its letters never reach the highway. Put it in a neighbourhood by the tollgate.',
    },
  },
  'NAT-003': {
    title: 'NAT gateway of another VPC',
    'foreign-nat': {
      message:
        'Route table {{resource}} sends {{destination}} to NAT gateway {{nat}} in {{natVpc}}; a NAT gateway serves only its own VPC, so this route is a blackhole.',
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to post office {{nat}} of another town, {{natVpc}}: a post office serves only its own town, so the cars vanish.',
    },
  },
  'NAT-004': {
    title: 'NAT gateway in another AZ',
    'cross-az': {
      message:
        'Subnet {{resource}} (in {{zone}}) sends traffic through NAT gateway {{nat}} in {{natZone}}; if {{natZone}} fails, the subnet loses internet access. Use a NAT gateway per AZ.',
      analogy:
        'Neighbourhood {{resource}} in district {{zone}} posts its letters at post office {{nat}} in district {{natZone}}: if that district floods, the neighbourhood is cut off. Give each district its own post office.',
    },
  },
  'NAT-005': {
    title: 'Private NAT gateway routed to the internet',
    'private-nat-igw-route': {
      message:
        'Private NAT gateway {{resource}} is in subnet {{subnet}}, which routes 0.0.0.0/0 to {{igw}}; the internet gateway drops traffic from a private NAT gateway.',
      analogy:
        'Post office {{resource}} has no public return address, yet neighbourhood {{subnet}}’s signposts send its letters to tollgate {{igw}}, which turns them back.',
    },
  },
  'EIP-001': {
    title: 'Elastic IP used twice',
    duplicate: {
      message:
        '{{resource}} uses Elastic IP {{ip}}, which {{others}} also use; an Elastic IP belongs to one resource at a time. Give each its own address.',
      message_one:
        '{{resource}} uses Elastic IP {{ip}}, which {{others}} also uses; an Elastic IP belongs to one resource at a time. Give each its own address.',
      analogy:
        '{{resource}} has the public street address {{ip}} on its door, and so do {{others}}: cars from the highway can only go to one of them.',
      analogy_one:
        '{{resource}} has the public street address {{ip}} on its door, and so does {{others}}: cars from the highway can only go to one of them.',
    },
  },
  'NACL-001': {
    title: 'Network ACL rule numbers',
    'number-out-of-range': {
      message: 'Network ACL {{resource}}: {{direction}} rule number {{number}} is outside 1–32766.',
      analogy:
        'Checkpoint {{resource}} has an {{direction}} rule numbered {{number}}, but the checkpoint’s rule book only has pages 1 to 32766.',
    },
    'duplicate-number': {
      message:
        'Network ACL {{resource}}: two {{direction}} rules are numbered {{number}}; rule numbers must be unique per direction.',
      analogy:
        'Checkpoint {{resource}} has two {{direction}} rules on page {{number}} of its rule book: the guard would not know which to read.',
    },
  },
  'NACL-002': {
    title: 'Shadowed network ACL rule',
    shadowed: {
      message:
        'Network ACL {{resource}}: {{direction}} rule {{number}} never applies: lower-numbered rules {{by}} already decide that traffic differently.',
      message_one:
        'Network ACL {{resource}}: {{direction}} rule {{number}} never applies: lower-numbered rule {{by}} already decides that traffic differently.',
      analogy:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: the guard stops at rules {{by}} first, which decide the opposite.',
      analogy_one:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: the guard stops at rule {{by}} first, which decides the opposite.',
    },
    redundant: {
      message:
        'Network ACL {{resource}}: {{direction}} rule {{number}} is redundant: lower-numbered rules {{by}} already decide that traffic the same way.',
      message_one:
        'Network ACL {{resource}}: {{direction}} rule {{number}} is redundant: lower-numbered rule {{by}} already decides that traffic the same way.',
      analogy:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: rules {{by}} come first and already say the same.',
      analogy_one:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: rule {{by}} comes first and already says the same.',
    },
  },
  'NACL-003': {
    title: 'Missing return rule',
    'missing-return': {
      message:
        'Network ACL {{resource}}: {{direction}} rule {{number}} has no {{returnDirection}} allow for {{protocol}} 1024-65535 with {{cidr}}, so the responses are dropped (network ACLs are stateless).',
      analogy:
        'Checkpoint {{resource}} lets the cars of rule {{number}} through, but turns back the replies: no {{returnDirection}} rule allows ports 1024-65535 for {{cidr}}, and a checkpoint remembers nothing.',
    },
  },
  'NACL-004': {
    title: 'Network ACL open to the internet',
    'admin-port-open': {
      message: 'Network ACL {{resource}}: inbound rule {{number}} lets the whole internet reach port {{port}}.',
      analogy:
        'Checkpoint {{resource}} lets any car from the highway through to the back door, port {{port}} (rule {{number}}).',
    },
    'all-protocols': {
      message: 'Network ACL {{resource}}: inbound rule {{number}} lets all traffic in from the whole internet.',
      analogy: 'Checkpoint {{resource}} waves every car from the highway through (rule {{number}}): it checks nothing.',
    },
  },
  'NACL-005': {
    title: 'Network ACL hygiene',
    'all-ports-open': {
      message: 'Network ACL {{resource}}: inbound rule {{number}} opens every {{protocol}} port to the whole internet.',
      analogy:
        'Checkpoint {{resource}} lets {{protocol}} cars from the highway through to every door (rule {{number}}).',
    },
    'no-allow-rules': {
      message: 'Network ACL {{resource}} has no allow rules, so it blocks all traffic of the subnets that use it.',
      analogy: 'Checkpoint {{resource}} has no rule that lets anyone pass: its neighbourhoods are sealed off.',
    },
    unassociated: {
      message: 'Network ACL {{resource}} is not associated with any subnet, so it has no effect.',
      analogy: 'Checkpoint {{resource}} stands at no neighbourhood’s entrance, so it checks nobody.',
    },
  },
  'SG-001': {
    title: 'Security group open to the internet',
    'admin-port-open': {
      message: 'Security group {{resource}} allows port {{port}} from {{cidr}}, the whole internet.',
      analogy: 'The dog {{resource}} lets anyone from the highway ({{cidr}}) walk up to the back door, port {{port}}.',
    },
    'all-protocols': {
      message: 'Security group {{resource}} allows all traffic in from {{cidr}}.',
      analogy: 'The dog {{resource}} lets anyone from {{cidr}} in, through every door: it does not guard the house.',
    },
  },
  'SG-002': {
    title: 'Default security group',
    'has-rules': {
      message:
        'Default security group {{resource}} has {{count}} rules; remove them so it restricts all traffic, and use your own groups.',
      message_one:
        'Default security group {{resource}} has 1 rule; remove it so the group restricts all traffic, and use your own groups.',
      analogy:
        'The town’s default dog {{resource}} was taught {{count}} rules; it should let nobody in, and each house should get its own dog.',
      analogy_one:
        'The town’s default dog {{resource}} was taught a rule; it should let nobody in, and each house should get its own dog.',
    },
    'in-use': {
      message: 'Default security group {{resource}} is attached to {{members}}; attach a purpose-made group instead.',
      analogy:
        'The town’s default dog {{resource}} guards {{count}} houses ({{members}}); give them a dog trained for their job.',
      analogy_one: 'The town’s default dog {{resource}} guards house {{members}}; give it a dog trained for its job.',
    },
  },
  'SG-003': {
    title: 'Security group reference',
    missing: {
      message:
        'Security group {{resource}}: an {{direction}} rule references {{ref}}, which is not a security group in the design.',
      analogy:
        'The dog {{resource}} has an {{direction}} rule about the friends of dog {{ref}}, but there is no such dog.',
    },
    'not-peered': {
      message:
        'Security group {{resource}} ({{vpc}}): an {{direction}} rule references {{ref}} in {{otherVpc}}, which is not peered with {{vpc}}.',
      analogy:
        'The dog {{resource}} in town {{vpc}} trusts the houses of dog {{ref}} in town {{otherVpc}}, but no private road joins the two towns.',
    },
    'cross-region-peer': {
      message:
        'Security group {{resource}} references {{ref}}, which is in a peered VPC in another Region ({{otherRegion}}, not {{region}}); references work only across same-Region peering.',
      analogy:
        'The dog {{resource}} in country {{region}} trusts the houses of dog {{ref}} in country {{otherRegion}}: a dog can only recognise houses across a private road within one country.',
    },
  },
  'SG-004': {
    title: 'Too many security groups',
    'too-many-sgs': {
      message: '{{resource}} has {{count}} security groups; the default quota is {{quota}} per network interface.',
      analogy:
        'House {{resource}} keeps {{count}} dogs at its door; a door has room for {{quota}} unless AWS raises the limit.',
    },
  },
  'SG-005': {
    title: 'Unattached security group',
    unattached: {
      message: 'Security group {{resource}} is not attached to any resource.',
      analogy: 'The dog {{resource}} guards no house.',
    },
  },
  'SG-006': {
    title: 'Security group description',
    'no-description': {
      message: 'Security group {{resource}} has no description; say what it is for.',
      analogy: 'The dog {{resource}} has no name tag: write down which house it guards and why.',
    },
  },
  'SG-007': {
    title: 'Default outbound rule',
    'default-egress': {
      message:
        '{{count}} security groups ({{groups}}) allow all outbound traffic to 0.0.0.0/0. That is AWS’s default for every security group; narrow it where a group should reach only some destinations.',
      message_one:
        'Security group {{groups}} allows all outbound traffic to 0.0.0.0/0. That is AWS’s default for every security group; narrow it where the group should reach only some destinations.',
      analogy:
        'The dogs {{groups}} let everyone in their houses go out anywhere, on any road: that is how every dog starts out. Teach a dog otherwise where a house should only go to a few places.',
      analogy_one:
        'The dog {{groups}} lets everyone in its house go out anywhere, on any road: that is how every dog starts out. Teach it otherwise if the house should only go to a few places.',
    },
  },
  'PEER-001': {
    title: 'Overlapping peered VPCs',
    overlap: {
      message:
        'Peering {{resource}}: block {{cidr}} of {{vpc}} overlaps block {{otherCidr}} of {{otherVpc}}; VPCs with overlapping blocks cannot be peered.',
      analogy:
        'The private road {{resource}} cannot join towns {{vpc}} and {{otherVpc}}: both use the same street addresses ({{cidr}} and {{otherCidr}}), so no car would know which town it is headed for.',
    },
    'same-vpc': {
      message: 'Peering {{resource}} connects {{vpc}} to itself; a peering connection joins two different VPCs.',
      analogy:
        'The private road {{resource}} starts and ends in the same town, {{vpc}}: a private road joins two towns.',
    },
  },
  'PEER-002': {
    title: 'Duplicate peering',
    duplicate: {
      message: 'Peering {{resource}} duplicates {{other}}: {{vpc}} and {{otherVpc}} are already peered.',
      analogy:
        'Towns {{vpc}} and {{otherVpc}} already have the private road {{other}}; a second one, {{resource}}, is not allowed.',
    },
  },
  'PEER-003': {
    title: 'Peering route destination',
    'outside-peer': {
      message:
        'Route table {{resource}} sends {{destination}} to {{pcx}}, but {{peer}} has only {{peerBlocks}}; peering carries traffic only to the peer’s own addresses (no transitive or edge-to-edge routing).',
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} down the private road {{pcx}}, but town {{peer}} only has the addresses {{peerBlocks}}: the private road does not let you drive on through that town.',
    },
    'broader-than-peer': {
      message:
        'Route table {{resource}} sends {{destination}} to {{pcx}}, which is broader than the blocks of {{peer}} ({{peerBlocks}}); route only the peer’s blocks.',
      analogy:
        'A sign of {{resource}} sends cars for all of {{destination}} down the private road {{pcx}}, though town {{peer}} only has {{peerBlocks}}: make the sign name just that town.',
    },
  },
  'PEER-004': {
    title: 'One-sided peering routes',
    'one-sided': {
      message:
        'Peering {{resource}}: {{vpc}} routes to {{missing}}, but {{missing}} has no route back through the peering, so replies cannot return.',
      analogy:
        'Town {{vpc}} has signs to the private road {{resource}}, but town {{missing}} has none pointing back: cars get there, the replies cannot come home.',
    },
  },
  'BP-001': {
    title: 'Single Availability Zone',
    'single-az': {
      message:
        'All workloads of VPC {{resource}} are in one Availability Zone ({{zone}}); an AZ outage would take them all down.',
      analogy:
        'Every house of town {{resource}} is in district {{zone}}: one flood there and the whole town is dark. Build in a second district too.',
    },
  },
  'BP-002': {
    title: 'Flow logs',
    'no-flow-logs': {
      message: 'VPC {{resource}} has no flow log; traffic to and from it is not recorded.',
      analogy: 'Town {{resource}} keeps no traffic logbook: nobody writes down which cars came and went.',
    },
  },
  'BP-003': {
    title: 'Load balancer subnets',
    'single-az': {
      message:
        'Load balancer {{resource}} has subnets in {{count}} Availability Zones ({{zones}}); an Application Load Balancer needs subnets in at least two AZs.',
      message_one:
        'Load balancer {{resource}} has subnets in only one Availability Zone ({{zones}}); an Application Load Balancer needs subnets in at least two AZs.',
      message_zero:
        'Load balancer {{resource}} has subnets in no Availability Zone; an Application Load Balancer needs subnets in at least two AZs.',
      analogy:
        'Reception desk {{resource}} stands in {{count}} districts ({{zones}}); it needs a counter in at least two districts.',
      analogy_one:
        'Reception desk {{resource}} stands in one district only ({{zones}}); it needs a counter in at least two districts.',
      analogy_zero:
        'Reception desk {{resource}} stands in no district at all; it needs a counter in at least two districts.',
    },
    'internet-facing-private': {
      message:
        'Internet-facing load balancer {{resource}} is in private subnets {{subnets}} (no route to an internet gateway), so clients cannot reach it there.',
      message_one:
        'Internet-facing load balancer {{resource}} is in private subnet {{subnets}} (no route to an internet gateway), so clients cannot reach it there.',
      analogy:
        'Reception desk {{resource}} is meant for visitors from the highway but stands in neighbourhoods {{subnets}}, which have no signpost to the tollgate.',
      analogy_one:
        'Reception desk {{resource}} is meant for visitors from the highway but stands in neighbourhood {{subnets}}, which has no signpost to the tollgate.',
    },
  },
  'BP-004': {
    title: 'Database placement',
    'subnet-group-single-az': {
      message:
        'Database {{resource}}: its DB subnet group covers {{count}} Availability Zones ({{zones}}); RDS requires subnets in at least two AZs.',
      message_one:
        'Database {{resource}}: its DB subnet group covers only one Availability Zone ({{zones}}); RDS requires subnets in at least two AZs.',
      message_zero:
        'Database {{resource}}: its DB subnet group covers no Availability Zone; RDS requires subnets in at least two AZs.',
      analogy:
        'Archive {{resource}} may only stand in {{count}} districts ({{zones}}); RDS wants a spare site in a second district.',
      analogy_one:
        'Archive {{resource}} may only stand in one district ({{zones}}); RDS wants a spare site in a second district.',
      analogy_zero: 'Archive {{resource}} has no district to stand in; RDS wants sites in at least two districts.',
    },
    'publicly-accessible': {
      message:
        'Database {{resource}} is publicly accessible; keep databases private and reach them from inside the VPC.',
      analogy:
        'Archive {{resource}} has a public street address: keep the archive in a quiet neighbourhood that only the town’s houses can reach.',
    },
  },
  'REACH-003': {
    title: 'Data reachable from the internet',
    'rds-internet-reachable': {
      message: 'Database {{resource}} is reachable from the internet on tcp {{port}} (e.g. from {{from}}).',
      analogy:
        'A car from the highway ({{from}}) can drive through the tollgate, past the checkpoint and the dog, right up to archive {{resource}}’s door {{port}}.',
    },
    'data-port-internet-reachable': {
      message: '{{resource}} is reachable from the internet on data port tcp {{port}} (e.g. from {{from}}).',
      analogy: 'A car from the highway ({{from}}) can drive right up to house {{resource}}’s data door, port {{port}}.',
    },
  },

  /** Blocking hops of the path engine, by explanation code (and form; see params.ts BLOCK_FORMS). */
  code: {
    NO_ROUTE_TO_DESTINATION: {
      message: 'No route to the destination at {{at}}.',
      analogy: 'At {{at}} no signpost shows the way: the car cannot go on.',
      noIgw: {
        message: 'VPC {{vpc}} has no internet gateway attached, so nothing from the internet can enter it.',
        analogy: 'Town {{vpc}} has no tollgate: no car from the highway can get in.',
      },
      notInSubnet: {
        message: '{{address}} is in VPC {{vpc}} but in none of its subnets.',
        analogy:
          'Address {{address}} belongs to town {{vpc}}, but no neighbourhood has it: the car finds no house there.',
      },
      noRoute: {
        message: 'Route table {{table}} (used by {{subnet}}) has no route to {{address}}.',
        analogy:
          'The signposts {{table}} at the fork of neighbourhood {{subnet}} have no sign for {{address}}: the car cannot go on.',
      },
      blackhole: {
        message: 'Route table {{table}}: route {{destination}} → {{target}} matches {{address}} but is a blackhole.',
        analogy:
          'The sign of {{table}} for {{address}} points to {{target}}, a place that is not there: the car vanishes.',
      },
      noRouteBack: {
        message: 'Route table {{table}} (used by {{subnet}}) has no route back to {{address}}.',
        analogy:
          'The reply cannot find its way home: the signposts {{table}} of neighbourhood {{subnet}} have no sign for {{address}}.',
      },
      wrongRouteBack: {
        message:
          'Route table {{table}}: the replies to {{address}} follow route {{destination}} → {{target}}, not {{expected}} the request came by.',
        analogy:
          'The reply takes a different road home: the signposts {{table}} send it to {{target}} instead of back the way the car came ({{expected}}).',
      },
    },
    SUBNET_ACL_RESTRICTION: {
      message: 'Network ACL {{acl}} of {{subnet}} blocks the traffic ({{direction}}).',
      analogy: 'The checkpoint at neighbourhood {{subnet}} turns the car back.',
      forwardRule: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} denies {{traffic}} (peer {{address}}).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} turns the car back: its {{direction}} rule {{rule}} says no to {{traffic}}.',
      },
      forwardDefault: {
        message:
          'Network ACL {{acl}} of {{subnet}}: no {{direction}} rule allows {{traffic}} (peer {{address}}); the final * rule denies.',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} turns the car back: no {{direction}} rule lets {{traffic}} through, and what is not allowed is refused.',
      },
      returnRule: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} denies the replies on ports {{failed}} of {{ports}} (peer {{address}}).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} turns back the reply: {{direction}} rule {{rule}} refuses ports {{failed}}, and the checkpoint does not remember the car that went out.',
      },
      returnDefault: {
        message:
          'Network ACL {{acl}} of {{subnet}}: no {{direction}} rule allows the replies on ports {{failed}} of {{ports}} (peer {{address}}); the final * rule denies them.',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} turns back the reply: no {{direction}} rule lets ports {{failed}} through, and the checkpoint does not remember the car that went out.',
      },
    },
    ENI_SG_RULES_MISMATCH: {
      message:
        'Security groups {{securityGroups}} of {{resource}}: no {{direction}} rule allows {{traffic}} with {{address}}.',
      message_one:
        'Security group {{securityGroups}} of {{resource}}: no {{direction}} rule allows {{traffic}} with {{address}}.',
      analogy:
        'The dog at {{resource}} does not let it pass: none of its {{direction}} rules allows {{traffic}} with {{address}}.',
    },
    SG_HAS_NO_RULES: {
      message: 'Security groups {{securityGroups}} of {{resource}} have no {{direction}} rules, so nothing is allowed.',
      message_one:
        'Security group {{securityGroups}} of {{resource}} has no {{direction}} rules, so nothing is allowed.',
      analogy: 'The dog at {{resource}} has no {{direction}} rules at all, so it lets nobody pass.',
    },
    ENI_ADDRESS_RESTRICTION: {
      message: 'The address does not belong to the resource at {{at}}.',
      analogy: 'The address on the letter does not match house {{at}}.',
      endpoint: {
        message: '{{endpoint}}: AWS reserves this address; no network interface can have it.',
        analogy: '{{endpoint}} is a number the neighbourhood keeps for the town’s own services: no house lives there.',
      },
      wrongSubnet: {
        message: 'The packet arrived in {{subnet}}, but the destination is in {{expected}}.',
        analogy: 'The car arrived in neighbourhood {{subnet}}, but the house is in neighbourhood {{expected}}.',
      },
    },
    ENI_SOURCE_DEST_CHECK_RESTRICTION: {
      message:
        'Route table {{table}} sends {{address}} to instance {{target}}, which is not the destination; an instance forwards traffic only with source/destination checking off (not modelled).',
      analogy:
        'The signposts {{table}} send the car for {{address}} to house {{target}}, which is not where it is going: a house does not pass cars on.',
    },
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: {
      message:
        'Internet gateway {{igw}} sends traffic to the internet only from a public IPv4 address; the source {{sender}} ({{source}}) has none.',
      analogy:
        'Tollgate {{igw}} lets out only cars with a public return address, and {{sender}} has only a private one.',
    },
    IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: {
      message:
        '{{destination}} has no public IPv4 address, so internet gateway {{igw}} cannot deliver internet traffic to it.',
      analogy:
        'House {{destination}} has no public street address, so tollgate {{igw}} cannot tell a car from the highway where to go.',
    },
    IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS: {
      message:
        'Internet gateway {{igw}}: destination {{address}} is inside the blocks of VPC {{vpc}}; an internet gateway does not route back into its VPC.',
      analogy:
        'The car drove to tollgate {{igw}} to reach {{address}}, an address inside town {{vpc}} itself: the tollgate does not send cars back into town.',
    },
    IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: {
      message:
        'Internet gateway {{igw}}: destination {{address}} is a private (RFC 1918) address, which the internet does not route.',
      analogy:
        'Tollgate {{igw}} cannot send the car to {{address}}: that is a private address, and no highway leads there.',
    },
    IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS: {
      message:
        'Internet gateway {{igw}}: source {{source}} is a private (RFC 1918) address, which cannot arrive from the internet.',
      analogy:
        'A car claiming the private return address {{source}} cannot come from the highway: tollgate {{igw}} turns it away.',
    },
    PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: {
      message:
        'Peering {{pcx}} carries only addresses of {{vpc}} and {{peer}}: {{source}} → {{address}} is not between them (no transitive or edge-to-edge routing).',
      analogy:
        'The private road {{pcx}} joins only towns {{vpc}} and {{peer}}: a car from {{source}} to {{address}} cannot drive on through.',
    },
    NGW_REQUIRES_SOURCE_IN_VPC: {
      message: 'NAT gateway {{nat}} translates only traffic from its own VPC {{vpc}}; source {{source}} is outside it.',
      analogy: 'Post office {{nat}} only takes letters from houses of town {{vpc}}, and {{source}} is not one of them.',
    },
    VPC_LOCAL_ROUTE_CIDR_RESTRICTION: {
      message: 'The local route cannot deliver the packet at {{at}}.',
      analogy: 'The “stay in town” sign at {{at}} leads nowhere.',
      notInSubnet: {
        message: '{{address}} is in VPC {{vpc}} but in none of its subnets.',
        analogy:
          'Address {{address}} belongs to town {{vpc}}, but no neighbourhood has it: the car finds no house there.',
      },
      notVpcBlock: {
        message:
          'Route table {{table}}: the local route {{destination}} is not a block of the VPC, so it cannot deliver {{address}}.',
        analogy:
          'The “stay in town” sign of {{table}} covers {{destination}}, addresses the town does not own: the car for {{address}} finds no house.',
      },
    },
    HIGHER_PRIORITY_ROUTE: {
      message:
        'Route table {{table}}: route {{destination}} → {{target}} matches {{address}} but is a blackhole, and it takes priority over route {{alternative}}.',
      analogy:
        'Two signs of {{table}} fit {{address}} equally well; the first one, to {{target}}, leads nowhere, so the good one ({{alternative}}) is never used.',
    },
    MORE_SPECIFIC_ROUTE: {
      message:
        'Route table {{table}}: route {{destination}} → {{target}} matches {{address}} but is a blackhole, and it is more specific than route {{alternative}}.',
      analogy:
        'The most exact sign of {{table}} for {{address}} points to {{target}}, which leads nowhere; the broader sign ({{alternative}}) is never used.',
    },
    ELBV2_LISTENER_PORT_RESTRICTION: {
      message: 'Load balancer {{at}} listens only on {{listeners}}, not port {{port}}.',
      analogy: 'Reception desk {{at}} only opens windows {{listeners}}; nobody answers at window {{port}}.',
    },
    TARGET_PORT_RESTRICTION: {
      message: 'Database {{at}} accepts connections on tcp {{dbPort}} only, not port {{port}}.',
      analogy: 'Archive {{at}} opens only door {{dbPort}}; nobody answers at door {{port}}.',
    },
    NO_SOURCE_OR_DESTINATION: {
      message: 'Cannot analyse: the source or destination {{at}} is not usable.',
      analogy: 'There is no house {{at}} to start from or drive to.',
      endpoint: {
        message:
          'Cannot analyse: {{endpoint}} is not a usable source or destination (an instance, load balancer, database, NAT gateway, “internet” or an address in a subnet).',
        analogy: 'There is no house {{endpoint}} to start from or drive to.',
      },
    },
    DISCONNECTED_VPCS: {
      message:
        'The internet cannot deliver {{address}}: it is a private address of VPC {{otherVpc}}, which only a peering connection between {{vpc}} and {{otherVpc}} (with routes to it) could reach.',
      analogy:
        'The car is out on the highway looking for {{address}}, a private address of town {{otherVpc}}: only a private road from town {{vpc}} leads there, and there is none on its way.',
    },
    NO_PATH: {
      message: 'No path through the design at {{at}}.',
      analogy: 'There is no road to follow at {{at}}.',
      endpoint: {
        message: 'The analysis of {{endpoint}} failed on this design.',
        analogy: 'The map could not be read at {{endpoint}}.',
      },
      natStuck: {
        message:
          'NAT gateway {{nat}} (in {{vpc}}) cannot pass traffic from {{source}} on: it is not in a usable subnet, or the route loops through NAT gateways.',
        analogy:
          'Post office {{nat}} of town {{vpc}} cannot forward the letter from {{source}}: it has no proper neighbourhood, or letters go round in circles between post offices.',
      },
      natDestination: {
        message: 'NAT gateway {{nat}} accepts no unsolicited inbound connections.',
        analogy: 'Post office {{nat}} only hands back answers to letters it sent; it does not take visitors.',
      },
      strandedInSubnet: {
        message: 'The packet ended in subnet {{subnet}} instead of leaving for its destination.',
        analogy: 'The car ended up in neighbourhood {{subnet}} and never found the road out.',
      },
      nothingToAnalyse: {
        message: 'Nothing to analyse at {{at}}: both ends are the same, or both are outside the design.',
        analogy: 'The car would not drive through the town at all ({{at}}).',
      },
    },
  },

  /** Passing and informational hops (no code), by kind and form; see params.ts PASS_FORMS. */
  hop: {
    nacl: {
      noAcl: {
        message:
          'Subnet {{subnet}} has no network ACL in the design: the AWS default allows all {{direction}} traffic.',
        analogy: 'Neighbourhood {{subnet}} has no checkpoint of its own; the default one waves every car through.',
      },
      defaultAllow: {
        message: 'Network ACL {{acl}} (default) allows all {{direction}} traffic of {{subnet}}.',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} waves the car through: it lets everything pass {{direction}}.',
      },
      rule: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} allows {{traffic}} (peer {{address}}).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} lets the car through: {{direction}} rule {{rule}} allows {{traffic}}.',
      },
      returnNoAcl: {
        message: 'Subnet {{subnet}} has no network ACL in the design: the AWS default allows the replies.',
        analogy: 'Neighbourhood {{subnet}} has no checkpoint of its own; the reply passes.',
      },
      returnDefault: {
        message:
          'Network ACL {{acl}} (default) allows all {{direction}} traffic of {{subnet}}, so the replies pass ({{protocol}} {{ports}}, peer {{address}}).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} waves the reply through on ports {{ports}}: it lets everything pass {{direction}}.',
      },
      return: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rules {{rule}} allow the replies ({{protocol}} {{matched}}, peer {{address}}).',
        message_one:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} allows the replies ({{protocol}} {{matched}}, peer {{address}}).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} lets the reply through: it does not remember the car, but {{direction}} rules {{rule}} allow ports {{matched}}.',
        analogy_one:
          'The checkpoint at neighbourhood {{subnet}} lets the reply through: it does not remember the car, but {{direction}} rule {{rule}} allows ports {{matched}}.',
      },
    },
    securityGroup: {
      allow: {
        message: 'Security group {{sg}} of {{resource}}: an {{direction}} rule allows {{traffic}} with {{address}}.',
        analogy:
          'The dog {{sg}} at {{resource}} lets it pass: its {{direction}} rule allows {{traffic}} with {{address}}.',
      },
    },
    routeTable: {
      route: {
        message:
          'Route table {{table}} ({{subnet}}): route {{destination}} → {{target}} is the longest prefix match for {{address}}.',
        analogy: 'At the fork of neighbourhood {{subnet}}, the most exact sign for {{address}} points to {{target}}.',
      },
      back: {
        message:
          'Route table {{table}} ({{subnet}}): route {{destination}} → {{target}} carries the replies back to {{address}}.',
        analogy: 'At the fork of neighbourhood {{subnet}}, the sign to {{target}} takes the reply home to {{address}}.',
      },
    },
    subnet: {
      same: {
        message: 'Same subnet {{subnet}}: delivered directly (network ACLs are not evaluated within a subnet).',
        analogy: 'Both houses are in neighbourhood {{subnet}}: the car never passes the checkpoint.',
      },
    },
    peering: {
      cross: {
        message: 'Peering {{pcx}}: {{vpc}} → {{peer}}.',
        analogy: 'The car takes the private road {{pcx}} from town {{vpc}} to town {{peer}}.',
      },
    },
    igw: {
      out: {
        message: 'Internet gateway {{igw}}: source {{source}} translated to public {{publicIp}}; out to the internet.',
        analogy:
          'At tollgate {{igw}} the car swaps its private address {{source}} for the public {{publicIp}} and drives onto the highway.',
      },
      in: {
        message: 'Internet gateway {{igw}}: public {{publicIp}} of {{destination}} translated to its private address.',
        analogy:
          'Tollgate {{igw}} lets the car from {{source}} in and points it to house {{destination}} (public address {{publicIp}}).',
      },
    },
    nat: {
      translate: {
        message:
          'NAT gateway {{nat}}: source {{source}} translated to {{translatedSource}}, source port remapped to {{ports}}.',
        analogy:
          'Post office {{nat}} sends the letter from {{source}} on with its own return address {{translatedSource}}, and will hand the answer back.',
      },
    },
    internet: {
      delivered: {
        message: 'Delivered to {{address}} on the internet.',
        analogy: 'The car reaches {{address}} out on the highway.',
      },
      onTheWay: {
        message: 'On the internet: {{address}}.',
        analogy: 'The car is out on the highway, at {{address}}.',
      },
    },
    return: {
      done: {
        message: 'Replies reach {{at}}.',
        analogy: 'The replies make it all the way home to {{at}}.',
      },
    },
    endpoint: {
      start: {
        message: 'From {{source}} ({{address}}) in {{subnet}} to {{destination}}.',
        analogy: 'The car leaves {{source}} in neighbourhood {{subnet}}, heading for {{destination}}.',
      },
      arrive: {
        message: 'Reached {{destination}} ({{address}}) from {{source}}.',
        analogy: 'The car from {{source}} arrives at {{destination}}.',
      },
      noSecurityGroup: {
        message: '{{address}} is an address, not a resource: no security group applies.',
        analogy: '{{address}} is just an address, not a house: there is no dog to ask.',
      },
    },
    generic: {
      pass: { message: 'Passes {{at}}.', analogy: 'The car passes {{at}}.' },
      info: { message: 'At {{at}}.', analogy: 'The car is at {{at}}.' },
      block: { message: 'Blocked at {{at}}.', analogy: 'The car is stopped at {{at}}.' },
    },
  },

  /** Values of enumerated params, shown in place of the raw value. */
  value: {
    direction: { inbound: 'inbound', outbound: 'outbound', ingress: 'inbound', egress: 'outbound' },
    action: { allow: 'allow', deny: 'deny' },
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
  },
  /** The derived `traffic` param. */
  traffic: { all: 'all traffic', icmp: 'ICMP', ported: '{{protocol}} {{port}}' },
};

/** The shape both languages share: the same keys, string leaves. */
export type FindingTexts = Widen<typeof findingsEn>;
/** i18next plural forms (`message_one`) are optional: Korean has only the "other" form. */
type PluralKey = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}`;
type Widen<T> = { [K in keyof T as K extends PluralKey ? never : K]: T[K] extends string ? string : Widen<T[K]> } & {
  [K in keyof T as K extends PluralKey ? K : never]?: string;
};
