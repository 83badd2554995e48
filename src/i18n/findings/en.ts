/**
 * English texts of the `findings` i18next namespace (layout: see index.ts). Every finding and
 * every hop has a technical `message` and a town-analogy `analogy` (/work/shared/analogies.md):
 * town = VPC, neighbourhood = subnet, tollgate = internet gateway, fork in the road / signposts =
 * router / route table, checkpoint = network ACL, the dog in front of the house = security group,
 * house = instance, post office = NAT gateway, private road = peering, highway = internet,
 * country = Region, district = Availability Zone, archive = database, reception desk = load balancer.
 * Params: see params.ts. ko.ts must have exactly the same keys.
 */
import { FINDING_MESSAGES as M, VALUE_LABELS } from '../../validation/messages.ts';

export const findingsEn = {
  'CIDR-001': {
    title: 'VPC block size',
    'no-blocks': {
      message: M['CIDR-001.no-blocks'].message,
      analogy: 'Town {{resource}} has no range of street addresses, so no house in it can get an address.',
    },
    invalid: {
      message: M['CIDR-001.invalid'].message,
      analogy:
        'Town {{resource}} was given "{{cidr}}" as its address range, but that is not a range of addresses at all.',
    },
    'prefix-out-of-range': {
      message: M['CIDR-001.prefix-out-of-range'].message,
      analogy:
        'The address range {{cidr}} of town {{resource}} is the wrong size: a town’s range must be between a /16 (65,536 addresses) and a /28 (16).',
    },
  },
  'CIDR-002': {
    title: 'Overlapping VPC blocks',
    overlap: {
      message: M['CIDR-002.overlap'].message,
      analogy:
        'Town {{resource}} hands out the addresses of {{cidr}} twice: they are already part of its range {{other}}.',
    },
  },
  'CIDR-003': {
    title: 'Forbidden VPC block',
    'link-local': {
      message: M['CIDR-003.link-local'].message,
      analogy:
        'Town {{resource}} wants the addresses {{cidr}}, but 169.254.x.x are reserved for talking to the house next door and no town may use them.',
    },
    'restricted-secondary': {
      message: M['CIDR-003.restricted-secondary'].message,
      analogy:
        'Town {{resource}} cannot annex the range {{cidr}}: with {{primary}} as its first range, AWS does not allow that kind of extension.',
    },
  },
  'CIDR-004': {
    title: 'VPC block choice',
    'not-rfc1918': {
      message: M['CIDR-004.not-rfc1918'].message,
      analogy:
        'Town {{resource}} uses {{cidr}}, street addresses that also exist out on the highway; private towns usually pick 10.x, 172.16-31.x or 192.168.x.',
    },
    'docker-overlap': {
      message: M['CIDR-004.docker-overlap'].message,
      analogy:
        'Town {{resource}} uses {{cidr}}, addresses that Docker gives to its own little yards (172.17.x.x): a container may never find the real house.',
    },
    'too-many-blocks': {
      message: M['CIDR-004.too-many-blocks'].message,
      analogy:
        'Town {{resource}} has {{count}} address ranges, but a town gets only {{quota}} unless you ask AWS for more (at most 50).',
    },
  },
  'SUB-001': {
    title: 'Subnet block size',
    invalid: {
      message: M['SUB-001.invalid'].message,
      analogy:
        'Neighbourhood {{resource}} was given "{{cidr}}" as its addresses, but that is not a range of addresses at all.',
    },
    'prefix-out-of-range': {
      message: M['SUB-001.prefix-out-of-range'].message,
      analogy:
        'Neighbourhood {{resource}} ({{cidr}}) is the wrong size: a neighbourhood holds between a /16 (65,536 addresses) and a /28 (16).',
    },
  },
  'SUB-002': {
    title: 'Subnet outside its VPC',
    'no-vpc': {
      message: M['SUB-002.no-vpc'].message,
      analogy: 'Neighbourhood {{resource}} stands outside any town: put it inside a town’s district.',
    },
    'outside-vpc': {
      message: M['SUB-002.outside-vpc'].message,
      analogy:
        'Neighbourhood {{resource}} uses addresses {{cidr}}, which town {{vpc}} does not own (its range is {{vpcBlocks}}).',
    },
    'spans-blocks': {
      message: M['SUB-002.spans-blocks'].message,
      analogy:
        'Neighbourhood {{resource}} ({{cidr}}) sticks out of town {{vpc}}’s range {{vpcBlocks}}: a neighbourhood must lie entirely within one range.',
    },
  },
  'SUB-003': {
    title: 'Overlapping subnets',
    overlap: {
      message: M['SUB-003.overlap'].message,
      analogy:
        'Neighbourhoods {{resource}} and {{other}} claim the same street addresses ({{cidr}} and {{otherCidr}}): the fork in the road could not tell where to send a car.',
    },
  },
  'SUB-004': {
    title: 'Private IP addresses',
    'invalid-ip': {
      message: M['SUB-004.invalid-ip'].message,
      analogy: 'House {{resource}} has "{{ip}}" on its door, which is not a street address.',
    },
    'outside-subnet': {
      message: M['SUB-004.outside-subnet'].message,
      analogy:
        'House {{resource}} has the address {{ip}}, but it stands in neighbourhood {{subnet}}, whose addresses are {{cidr}}.',
    },
    reserved: {
      message: M['SUB-004.reserved'].message,
      analogy:
        'House {{resource}} took address {{ip}}, which neighbourhood {{subnet}} keeps for the town’s own services; pick one from {{first}} to {{last}}.',
    },
    duplicate: {
      message: M['SUB-004.duplicate'].message,
      analogy: 'Houses {{resource}} and {{other}} both have {{ip}} on the door: the post would go to the wrong one.',
    },
    'over-capacity': {
      message: M['SUB-004.over-capacity'].message,
      analogy:
        'Neighbourhood {{resource}} has {{count}} houses but only {{usable}} street addresses to give out ({{cidr}}, minus 5 kept by the town).',
    },
  },
  'TOP-001': {
    title: 'Subnet Availability Zone',
    'no-az': {
      message: M['TOP-001.no-az'].message,
      analogy:
        'Neighbourhood {{resource}} is not in any district: every neighbourhood lies in exactly one district (data centre).',
    },
    'wrong-region': {
      message: M['TOP-001.wrong-region'].message,
      analogy:
        'Neighbourhood {{resource}} is in district {{zone}}, which is not a district of the country {{region}} its town is in.',
    },
  },
  'TOP-002': {
    title: 'Cross-VPC association',
    'route-table-subnet': {
      message: M['TOP-002.route-table-subnet'].message,
      analogy:
        'The signposts {{resource}} of town {{vpc}} are set up in neighbourhood {{subnet}} of another town, {{otherVpc}}.',
    },
    'nacl-subnet': {
      message: M['TOP-002.nacl-subnet'].message,
      analogy:
        'Checkpoint {{resource}} belongs to town {{vpc}} but guards neighbourhood {{subnet}} of another town, {{otherVpc}}.',
    },
    'sg-attachment': {
      message: M['TOP-002.sg-attachment'].message,
      analogy:
        'House {{resource}} in town {{vpc}} borrowed the dog {{sg}} from another town, {{otherVpc}}: a dog only guards houses of its own town.',
    },
    'subnet-group': {
      message: M['TOP-002.subnet-group'].message,
      analogy:
        '{{resource}} of town {{vpc}} counts neighbourhood {{subnet}} of another town, {{otherVpc}}, as its own: all its neighbourhoods must be in one town.',
    },
    'route-target-eni': {
      message: M['TOP-002.route-target-eni'].message,
      analogy:
        'A signpost of {{resource}} sends cars for {{destination}} to house {{target}}, which is in another town, {{otherVpc}}.',
    },
  },
  'TOP-003': {
    title: 'One route table and one NACL per subnet',
    'multiple-route-tables': {
      message: M['TOP-003.multiple-route-tables'].message,
      analogy:
        'Neighbourhood {{resource}} has {{count}} sets of signposts ({{tables}}) at its fork; only one can stand there, so {{used}} is followed.',
    },
    'multiple-nacls': {
      message: M['TOP-003.multiple-nacls'].message,
      analogy:
        'Neighbourhood {{resource}} has {{count}} checkpoints ({{nacls}}) at its entrance; only one can stand there, so {{used}} checks the cars.',
    },
  },
  'RT-001': {
    title: 'Local routes and the main route table',
    'missing-local': {
      message: M['RT-001.missing-local'].message,
      analogy:
        'The signposts {{resource}} have no sign for the town’s own addresses {{cidr}}; in town {{vpc}} that sign is always there and cannot be taken down.',
    },
    'no-main': {
      message: M['RT-001.no-main'].message,
      analogy:
        'Town {{resource}} has no standard signposts, so a neighbourhood without its own signposts has no signs at all.',
    },
    'multiple-main': {
      message: M['RT-001.multiple-main'].message,
      analogy: 'Town {{resource}} has {{count}} sets of standard signposts ({{tables}}); a town has exactly one.',
    },
  },
  'RT-002': {
    title: 'Duplicate route',
    'duplicate-destination': {
      message: M['RT-002.duplicate-destination'].message,
      analogy:
        'The signposts {{resource}} have two signs for {{destination}}, one pointing to {{otherTarget}} and one to {{target}}: a car cannot follow both.',
    },
  },
  'RT-003': {
    title: 'Route destination',
    'invalid-destination': {
      message: M['RT-003.invalid-destination'].message,
      analogy: 'A sign of {{resource}} reads "{{destination}}", which is not a range of addresses.',
    },
    'reserved-destination': {
      message: M['RT-003.reserved-destination'].message,
      analogy:
        'A sign of {{resource}} points to {{destination}}, addresses AWS keeps for its own services: no sign may point there.',
    },
    'local-not-vpc-block': {
      message: M['RT-003.local-not-vpc-block'].message,
      analogy:
        'The “stay in town” sign of {{resource}} is for {{destination}}, which is not one of town {{vpc}}’s address ranges.',
    },
    'not-subnet-cidr': {
      message: M['RT-003.not-subnet-cidr'].message,
      analogy:
        'A sign of {{resource}} picks out {{destination}} inside the town ({{local}}), but that is not a whole neighbourhood: a sign inside town must name a whole neighbourhood.',
    },
    'bad-target': {
      message: M['RT-003.bad-target'].message,
      analogy:
        'A sign of {{resource}} sends cars for neighbourhood {{destination}} to {{target}} ({{targetKind}}); inside town a sign may only point to a post office (NAT gateway) or a house.',
    },
  },
  'RT-004': {
    title: 'Blackhole route',
    'missing-target': {
      message: M['RT-004.missing-target'].message,
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to “{{target}}”, a place that does not exist: the cars vanish.',
    },
    'invalid-target': {
      message: M['RT-004.invalid-target'].message,
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to {{target}} ({{targetKind}}), which is not a place a road leads to: signs point to the tollgate, a post office, a house or a private road.',
    },
    'foreign-igw': {
      message: M['RT-004.foreign-igw'].message,
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to tollgate {{target}}, which is not a tollgate of town {{vpc}}: the cars vanish.',
    },
    'foreign-pcx': {
      message: M['RT-004.foreign-pcx'].message,
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} onto the private road {{target}}, which does not start in town {{vpc}}: the cars vanish.',
    },
  },
  'RT-005': {
    title: 'Route table associations',
    'main-routes-to-igw': {
      message: M['RT-005.main-routes-to-igw'].message,
      analogy:
        'The standard signposts {{resource}} point to tollgate {{igw}}, so every new neighbourhood is open to the highway until it gets its own signposts.',
    },
    'implicit-association': {
      message: M['RT-005.implicit-association'].message,
      analogy:
        'Neighbourhood {{resource}} has no signposts of its own and follows the town’s standard signposts {{main}}.',
    },
  },
  'IGW-001': {
    title: 'One internet gateway per VPC',
    'multiple-igws': {
      message: M['IGW-001.multiple-igws'].message,
      analogy: 'Town {{resource}} has {{count}} tollgates ({{igws}}); a town can have only one.',
    },
  },
  'IGW-002': {
    title: 'Public address without internet route',
    'instance-public-ip': {
      message: M['IGW-002.instance-public-ip'].message,
      analogy:
        'House {{resource}} has a public street address, but neighbourhood {{subnet}} has no signpost to the tollgate, so nobody from the highway can get there.',
    },
    'auto-assign-private-subnet': {
      message: M['IGW-002.auto-assign-private-subnet'].message,
      analogy:
        'Neighbourhood {{resource}} gives every new house a public street address, but it has no signpost to the tollgate, so the addresses lead nowhere.',
    },
  },
  'NAT-001': {
    title: 'NAT gateway Elastic IP',
    'public-without-eip': {
      message: M['NAT-001.public-without-eip'].message,
      analogy:
        'Post office {{resource}} has no permanent street address of its own, so it has no return address to put on letters to the highway.',
    },
    'private-with-eip': {
      message: M['NAT-001.private-with-eip'].message,
      analogy:
        'Post office {{resource}} only handles mail inside the towns, yet it was given the public street address {{eip}}: it cannot use one.',
    },
  },
  'NAT-002': {
    title: 'Public NAT gateway placement',
    'vpc-without-igw': {
      message: M['NAT-002.vpc-without-igw'].message,
      analogy: 'Post office {{resource}} wants to send letters to the highway, but town {{vpc}} has no tollgate.',
    },
    'no-route-table': {
      message: M['NAT-002.no-route-table'].message,
      analogy:
        'Post office {{resource}} stands in neighbourhood {{subnet}}, which has no signposts at all: its letters never reach the highway.',
    },
    'no-default-route': {
      message: M['NAT-002.no-default-route'].message,
      analogy:
        'Post office {{resource}} stands in neighbourhood {{subnet}}, whose signposts {{table}} have no sign to the highway: its letters never leave town. Put it in a neighbourhood by the tollgate.',
    },
    'no-igw-route': {
      message: M['NAT-002.no-igw-route'].message,
      analogy:
        'Post office {{resource}} stands in neighbourhood {{subnet}}, whose signposts {{table}} do not point to the tollgate: its letters never reach the highway. Put it in a neighbourhood by the tollgate.',
    },
  },
  'NAT-003': {
    title: 'NAT gateway of another VPC',
    'foreign-nat': {
      message: M['NAT-003.foreign-nat'].message,
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} to post office {{nat}} of another town, {{natVpc}}: a post office serves only its own town, so the cars vanish.',
    },
  },
  'NAT-004': {
    title: 'NAT gateway in another AZ',
    'cross-az': {
      message: M['NAT-004.cross-az'].message,
      analogy:
        'Neighbourhood {{resource}} in district {{zone}} posts its letters at post office {{nat}} in district {{natZone}}: if that district floods, the neighbourhood is cut off. Give each district its own post office.',
    },
  },
  'NAT-005': {
    title: 'Private NAT gateway routed to the internet',
    'private-nat-igw-route': {
      message: M['NAT-005.private-nat-igw-route'].message,
      analogy:
        'Post office {{resource}} has no public return address, yet neighbourhood {{subnet}}’s signposts send its letters to tollgate {{igw}}, which turns them back.',
    },
  },
  'EIP-001': {
    title: 'Elastic IP used twice',
    duplicate: {
      message: M['EIP-001.duplicate'].message,
      message_one: M['EIP-001.duplicate'].message_one,
      analogy:
        '{{resource}} has the public street address {{ip}} on its door, and so do {{others}}: cars from the highway can only go to one of them.',
      analogy_one:
        '{{resource}} has the public street address {{ip}} on its door, and so does {{others}}: cars from the highway can only go to one of them.',
    },
  },
  'NACL-001': {
    title: 'Network ACL rule numbers',
    'number-out-of-range': {
      message: M['NACL-001.number-out-of-range'].message,
      analogy:
        'Checkpoint {{resource}} has an {{direction}} rule numbered {{number}}, but the checkpoint’s rule book only has pages 1 to 32766.',
    },
    'duplicate-number': {
      message: M['NACL-001.duplicate-number'].message,
      analogy:
        'Checkpoint {{resource}} has two {{direction}} rules on page {{number}} of its rule book: the guard would not know which to read.',
    },
  },
  'NACL-002': {
    title: 'Shadowed network ACL rule',
    shadowed: {
      message: M['NACL-002.shadowed'].message,
      message_one: M['NACL-002.shadowed'].message_one,
      analogy:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: the guard stops at rules {{by}} first, which decide the opposite.',
      analogy_one:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: the guard stops at rule {{by}} first, which decides the opposite.',
    },
    redundant: {
      message: M['NACL-002.redundant'].message,
      message_one: M['NACL-002.redundant'].message_one,
      analogy:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: rules {{by}} come first and already say the same.',
      analogy_one:
        'At checkpoint {{resource}}, {{direction}} rule {{number}} is never read: rule {{by}} comes first and already says the same.',
    },
  },
  'NACL-003': {
    title: 'Missing return rule',
    'missing-return': {
      message: M['NACL-003.missing-return'].message,
      analogy:
        'Checkpoint {{resource}} lets the cars of rule {{number}} through, but turns back the replies: no {{returnDirection}} rule allows ports 1024-65535 for {{cidr}}, and a checkpoint remembers nothing.',
    },
  },
  'NACL-004': {
    title: 'Network ACL open to the internet',
    'admin-port-open': {
      message: M['NACL-004.admin-port-open'].message,
      analogy:
        'Checkpoint {{resource}} lets any car from the highway through to the back door, port {{port}} (rule {{number}}).',
    },
    'all-protocols': {
      message: M['NACL-004.all-protocols'].message,
      analogy: 'Checkpoint {{resource}} waves every car from the highway through (rule {{number}}): it checks nothing.',
    },
  },
  'NACL-005': {
    title: 'Network ACL hygiene',
    'all-ports-open': {
      message: M['NACL-005.all-ports-open'].message,
      analogy:
        'Checkpoint {{resource}} lets {{protocol}} cars from the highway through to every door (rule {{number}}).',
    },
    'no-allow-rules': {
      message: M['NACL-005.no-allow-rules'].message,
      analogy: 'Checkpoint {{resource}} has no rule that lets anyone pass: its neighbourhoods are sealed off.',
    },
    unassociated: {
      message: M['NACL-005.unassociated'].message,
      analogy: 'Checkpoint {{resource}} stands at no neighbourhood’s entrance, so it checks nobody.',
    },
  },
  'SG-001': {
    title: 'Security group open to the internet',
    'admin-port-open': {
      message: M['SG-001.admin-port-open'].message,
      analogy: 'The dog {{resource}} lets anyone from the highway ({{cidr}}) walk up to the back door, port {{port}}.',
    },
    'all-protocols': {
      message: M['SG-001.all-protocols'].message,
      analogy: 'The dog {{resource}} lets anyone from {{cidr}} in, through every door: it does not guard the house.',
    },
  },
  'SG-002': {
    title: 'Default security group',
    'has-rules': {
      message: M['SG-002.has-rules'].message,
      message_one: M['SG-002.has-rules'].message_one,
      analogy:
        'The town’s default dog {{resource}} was taught {{count}} rules; it should let nobody in, and each house should get its own dog.',
      analogy_one:
        'The town’s default dog {{resource}} was taught a rule; it should let nobody in, and each house should get its own dog.',
    },
    'in-use': {
      message: M['SG-002.in-use'].message,
      analogy:
        'The town’s default dog {{resource}} guards {{count}} houses ({{members}}); give them a dog trained for their job.',
      analogy_one: 'The town’s default dog {{resource}} guards house {{members}}; give it a dog trained for its job.',
    },
  },
  'SG-003': {
    title: 'Security group reference',
    missing: {
      message: M['SG-003.missing'].message,
      analogy:
        'The dog {{resource}} has an {{direction}} rule about the friends of dog {{ref}}, but there is no such dog.',
    },
    'not-peered': {
      message: M['SG-003.not-peered'].message,
      analogy:
        'The dog {{resource}} in town {{vpc}} trusts the houses of dog {{ref}} in town {{otherVpc}}, but no private road joins the two towns.',
    },
    'cross-region-peer': {
      message: M['SG-003.cross-region-peer'].message,
      analogy:
        'The dog {{resource}} in country {{region}} trusts the houses of dog {{ref}} in country {{otherRegion}}: a dog can only recognise houses across a private road within one country.',
    },
  },
  'PL-001': {
    title: 'Missing prefix list',
    'missing-in-route': {
      message: M['PL-001.missing-in-route'].message,
      analogy:
        'A signpost in {{resource}} points to the address list {{prefixList}}, but that list is nowhere in the town map, so nobody knows which cars it sends to {{target}}.',
    },
    'missing-in-rule': {
      message: M['PL-001.missing-in-rule'].message,
      analogy:
        'The dog {{resource}} has an {{direction}} rule about the addresses on list {{prefixList}}, but that list is nowhere in the town map.',
    },
  },
  'SG-004': {
    title: 'Too many security groups',
    'too-many-sgs': {
      message: M['SG-004.too-many-sgs'].message,
      analogy:
        'House {{resource}} keeps {{count}} dogs at its door; a door has room for {{quota}} unless AWS raises the limit.',
    },
  },
  'SG-005': {
    title: 'Unattached security group',
    unattached: {
      message: M['SG-005.unattached'].message,
      analogy: 'The dog {{resource}} guards no house.',
    },
  },
  'SG-006': {
    title: 'Security group description',
    'no-description': {
      message: M['SG-006.no-description'].message,
      analogy: 'The dog {{resource}} has no name tag: write down which house it guards and why.',
    },
  },
  'SG-007': {
    title: 'Default outbound rule',
    'default-egress': {
      message: M['SG-007.default-egress'].message,
      message_one: M['SG-007.default-egress'].message_one,
      analogy:
        'The dogs {{groups}} let everyone in their houses go out anywhere, on any road: that is how every dog starts out. Teach a dog otherwise where a house should only go to a few places.',
      analogy_one:
        'The dog {{groups}} lets everyone in its house go out anywhere, on any road: that is how every dog starts out. Teach it otherwise if the house should only go to a few places.',
    },
  },
  'PEER-001': {
    title: 'Overlapping peered VPCs',
    overlap: {
      message: M['PEER-001.overlap'].message,
      analogy:
        'The private road {{resource}} cannot join towns {{vpc}} and {{otherVpc}}: both use the same street addresses ({{cidr}} and {{otherCidr}}), so no car would know which town it is headed for.',
    },
    'same-vpc': {
      message: M['PEER-001.same-vpc'].message,
      analogy:
        'The private road {{resource}} starts and ends in the same town, {{vpc}}: a private road joins two towns.',
    },
  },
  'PEER-002': {
    title: 'Duplicate peering',
    duplicate: {
      message: M['PEER-002.duplicate'].message,
      analogy:
        'Towns {{vpc}} and {{otherVpc}} already have the private road {{other}}; a second one, {{resource}}, is not allowed.',
    },
  },
  'PEER-003': {
    title: 'Peering route destination',
    'outside-peer': {
      message: M['PEER-003.outside-peer'].message,
      analogy:
        'A sign of {{resource}} sends cars for {{destination}} down the private road {{pcx}}, but town {{peer}} only has the addresses {{peerBlocks}}: the private road does not let you drive on through that town.',
    },
    'broader-than-peer': {
      message: M['PEER-003.broader-than-peer'].message,
      analogy:
        'A sign of {{resource}} sends cars for all of {{destination}} down the private road {{pcx}}, though town {{peer}} only has {{peerBlocks}}: make the sign name just that town.',
    },
  },
  'PEER-004': {
    title: 'One-sided peering routes',
    'one-sided': {
      message: M['PEER-004.one-sided'].message,
      analogy:
        'Town {{vpc}} has signs to the private road {{resource}}, but town {{missing}} has none pointing back: cars get there, the replies cannot come home.',
    },
  },
  'TGW-001': {
    title: 'Transit gateway attachment zones',
    'missing-zone': {
      message: M['TGW-001.missing-zone'].message,
      message_one: M['TGW-001.missing-zone'].message_one,
      analogy:
        'The road from this town to bus terminal {{tgw}} has no stop in district {{zone}}: the houses there cannot get on the bus.',
    },
    'two-in-zone': {
      message: M['TGW-001.two-in-zone'].message,
      analogy: 'The road to the bus terminal may have one stop per district; district {{zone}} has two.',
    },
  },
  'TGW-002': {
    title: 'No route back through the transit gateway',
    'no-vpc-route-back': {
      message: M['TGW-002.no-vpc-route-back'].message,
      analogy:
        'Signposts {{resource}} send cars for {{destination}} to bus terminal {{tgw}}, but town {{otherVpc}} has no sign back to the terminal: the replies cannot come home.',
    },
    'no-tgw-route-back': {
      message: M['TGW-002.no-tgw-route-back'].message,
      analogy:
        'Cars reach town {{otherVpc}} through bus terminal {{tgw}}, but the departure board {{tgwTable}} the replies read has no line back: they are stuck at the terminal.',
    },
  },
  'TGW-003': {
    title: 'Overlapping blocks on one transit gateway route table',
    overlap: {
      message: M['TGW-003.overlap'].message,
      analogy:
        'Two towns on departure board {{resource}} claim the same addresses ({{cidr}} and {{otherCidr}}): the terminal cannot tell which bus to send.',
    },
  },
  'TGW-004': {
    title: 'Blackhole hides a transit gateway route',
    'hides-route': {
      message: M['TGW-004.hides-route'].message,
      analogy:
        'On departure board {{resource}} the closed line {{destination}} covers part of the open line {{hidden}}: those cars are turned away.',
    },
  },
  'VPN-001': {
    title: 'VPN without routes',
    'no-routes': {
      message: M['VPN-001.no-routes'].message,
      analogy: 'The private tunnel {{resource}} is dug, but no signpost points into it: no car ever takes it.',
    },
  },
  'BP-001': {
    title: 'Single Availability Zone',
    'single-az': {
      message: M['BP-001.single-az'].message,
      analogy:
        'Every house of town {{resource}} is in district {{zone}}: one flood there and the whole town is dark. Build in a second district too.',
    },
  },
  'BP-002': {
    title: 'Flow logs',
    'no-flow-logs': {
      message: M['BP-002.no-flow-logs'].message,
      analogy: 'Town {{resource}} keeps no traffic logbook: nobody writes down which cars came and went.',
    },
  },
  'BP-003': {
    title: 'Load balancer subnets',
    'single-az': {
      message: M['BP-003.single-az'].message,
      message_one: M['BP-003.single-az'].message_one,
      message_zero: M['BP-003.single-az'].message_zero,
      analogy:
        'Reception desk {{resource}} stands in {{count}} districts ({{zones}}); it needs a counter in at least two districts.',
      analogy_one:
        'Reception desk {{resource}} stands in one district only ({{zones}}); it needs a counter in at least two districts.',
      analogy_zero:
        'Reception desk {{resource}} stands in no district at all; it needs a counter in at least two districts.',
    },
    'internet-facing-private': {
      message: M['BP-003.internet-facing-private'].message,
      message_one: M['BP-003.internet-facing-private'].message_one,
      analogy:
        'Reception desk {{resource}} is meant for visitors from the highway but stands in neighbourhoods {{subnets}}, which have no signpost to the tollgate.',
      analogy_one:
        'Reception desk {{resource}} is meant for visitors from the highway but stands in neighbourhood {{subnets}}, which has no signpost to the tollgate.',
    },
  },
  'BP-004': {
    title: 'Database placement',
    'subnet-group-single-az': {
      message: M['BP-004.subnet-group-single-az'].message,
      message_one: M['BP-004.subnet-group-single-az'].message_one,
      message_zero: M['BP-004.subnet-group-single-az'].message_zero,
      analogy:
        'Archive {{resource}} may only stand in {{count}} districts ({{zones}}); RDS wants a spare site in a second district.',
      analogy_one:
        'Archive {{resource}} may only stand in one district ({{zones}}); RDS wants a spare site in a second district.',
      analogy_zero: 'Archive {{resource}} has no district to stand in; RDS wants sites in at least two districts.',
    },
    'publicly-accessible': {
      message: M['BP-004.publicly-accessible'].message,
      analogy:
        'Archive {{resource}} has a public street address: keep the archive in a quiet neighbourhood that only the town’s houses can reach.',
    },
  },
  'REACH-003': {
    title: 'Data reachable from the internet',
    'rds-internet-reachable': {
      message: M['REACH-003.rds-internet-reachable'].message,
      analogy:
        'A car from the highway ({{from}}) can drive through the tollgate, past the checkpoint and the dog, right up to archive {{resource}}’s door {{port}}.',
    },
    'data-port-internet-reachable': {
      message: M['REACH-003.data-port-internet-reachable'].message,
      analogy: 'A car from the highway ({{from}}) can drive right up to house {{resource}}’s data door, port {{port}}.',
    },
  },
  'VPCE-001': {
    title: 'Gateway endpoint without routes',
    'no-route-tables': {
      message: M['VPCE-001.no-route-tables'].message,
      analogy:
        'The private back door {{resource}} to {{service}} is built, but no signpost in town points to it, so no car uses it.',
    },
    'missing-route': {
      message: M['VPCE-001.missing-route'].message,
      analogy:
        'The signposts {{table}} should point cars for {{prefixList}} to the private back door {{resource}}, but they do not.',
    },
  },
  'VPCE-002': {
    title: 'Interface endpoint blocks HTTPS',
    'blocks-https': {
      message: M['VPCE-002.blocks-https'].message,
      analogy:
        'The service counter {{resource}} is open in the neighbourhood, but its dog lets no car from the town ({{vpcBlock}}) come to door 443.',
    },
  },
  'V6-001': {
    title: 'Private subnet with an IPv6 internet route',
    'private-subnet-ipv6-igw': {
      message: M['V6-001.private-subnet-ipv6-igw'].message,
      analogy:
        'Neighbourhood {{resource}} is meant to be closed to the highway, but its IPv6 signpost points to the tollgate {{igw}}: IPv6 cars can come in both ways. An exit-only turnstile lets them out and back, never in.',
    },
  },
  'V6-002': {
    title: 'Egress-only gateway used the wrong way',
    'inbound-flow': {
      message: M['V6-002.inbound-flow'].message,
      analogy:
        'Flow {{flow}} expects a car from the highway to reach {{destination}}, but that house’s IPv6 road runs through the exit-only turnstile {{resource}}: nothing comes in through it.',
    },
    'ipv4-route': {
      message: M['V6-002.ipv4-route'].message,
      analogy:
        'The signpost {{destination}} in {{resource}} points IPv4 cars to the exit-only turnstile {{eigw}}, which only IPv6 cars can use.',
    },
    'other-vpc': {
      message: M['V6-002.other-vpc'].message,
      analogy:
        'The signpost {{destination}} in {{resource}} points to {{eigw}}, an exit-only turnstile of another town.',
    },
  },
  'V6-003': {
    title: 'Subnet IPv6 block outside its VPC',
    invalid: {
      message: M['V6-003.invalid'].message,
      analogy: 'Neighbourhood {{resource}} has an IPv6 address range that is not a range at all ({{cidr}}).',
    },
    'no-vpc-block': {
      message: M['V6-003.no-vpc-block'].message,
      analogy: 'Neighbourhood {{resource}} has IPv6 addresses {{cidr}}, but its town {{vpc}} has none to give.',
    },
    'outside-vpc': {
      message: M['V6-003.outside-vpc'].message,
      analogy: 'Neighbourhood {{resource}} claims IPv6 addresses {{cidr}} outside its town’s range ({{vpcBlocks}}).',
    },
    'not-64': {
      message: M['V6-003.not-64'].message,
      analogy: 'Neighbourhood {{resource}} has an IPv6 range of /{{prefix}}; every neighbourhood gets exactly a /64.',
    },
  },
  'V6-004': {
    title: 'Overlapping subnet IPv6 blocks',
    overlap: {
      message: M['V6-004.overlap'].message,
      analogy: 'Neighbourhoods {{resource}} and {{other}} claim the same IPv6 addresses ({{cidr}}, {{otherCidr}}).',
    },
  },

  /** Intents' findings (INTENT-<id>), by how the intent is broken; the title is the intent's name. */
  intent: {
    'gets-through': {
      message:
        'Intent “{{intent}}” is violated: {{carried}} from {{from}} to {{to}} gets through, for example {{packet}}.',
      analogy:
        'A car from {{from}} can drive all the way to {{to}} ({{packet}}): the signposts, the checkpoints and the dog all let it pass, though “{{intent}}” says it must not.',
    },
    blocked: {
      message:
        'Intent “{{intent}}” is violated: {{carried}} from {{from}} to {{to}} is blocked, for example {{packet}}.',
      analogy:
        'A car from {{from}} cannot reach {{to}} ({{packet}}): somewhere a signpost, a checkpoint or the dog stops it, though “{{intent}}” says it must always get through.',
    },
    'not-through': {
      message:
        'Intent “{{intent}}” is violated: {{carried}} from {{from}} to {{to}} gets through without the required hop, for example {{packet}}.',
      analogy:
        'A car from {{from}} reaches {{to}} ({{packet}}) by a road that skips the stop “{{intent}}” says every car must make.',
    },
    'not-known': {
      message:
        'Intent “{{intent}}” is not known: whether {{carried}} from {{from}} to {{to}} gets through depends on what the design does not say.',
      analogy:
        'Nobody can tell whether a car from {{from}} reaches {{to}}: a signpost or gate on the way is not written down (a prefix list without its entries, a building VPC Town does not model).',
    },
    missing: {
      message: 'Intent “{{intent}}” is not known: it names {{missing}}, which the design does not hold.',
      analogy: '“{{intent}}” talks about {{missing}}, and no such place is on the town map.',
    },
  },
  'LB-001': {
    title: 'Targets admit the load balancer',
    'target-blocks-lb': {
      message: M['LB-001.target-blocks-lb'].message,
      analogy:
        'The reception desk {{lb}} sends visitors to house {{target}} on the rota {{resource}}, but the dog at its door {{port}} ({{groups}}) does not know the desk and turns them away.',
    },
    'target-blocks-clients': {
      message: M['LB-001.target-blocks-clients'].message,
      analogy:
        'The reception desk {{lb}} lets visitors walk on to house {{target}} as themselves, and the dog at door {{port}} ({{groups}}) does not let strangers from the highway in.',
    },
  },
  'LB-002': {
    title: 'Listener without targets',
    'no-target-group': {
      message: M['LB-002.no-target-group'].message,
      analogy:
        'Window {{listener}} of reception desk {{resource}} is open, but it has no rota of houses to send visitors to.',
    },
    'empty-target-group': {
      message: M['LB-002.empty-target-group'].message,
      analogy:
        'Window {{listener}} of reception desk {{resource}} sends visitors to rota {{targetGroup}}, and that rota lists no house.',
    },
  },
  'LB-003': {
    title: 'Targets in the load balancer’s zones',
    'target-outside-zones': {
      message: M['LB-003.target-outside-zones'].message,
      analogy:
        'House {{resource}} is in district {{zone}}, where reception desk {{lb}} has no counter (it has counters in {{zones}}): no visitor is ever sent there.',
    },
    'zone-without-targets': {
      message: M['LB-003.zone-without-targets'].message,
      analogy:
        'The counter of reception desk {{resource}} in district {{zone}} may only send visitors to houses of its own district, and rota {{targetGroup}} has none there.',
    },
  },
  'ENI-001': {
    title: 'Network interface zone',
    'other-zone': {
      message: M['ENI-001.other-zone'].message,
      analogy:
        'The extra front door {{resource}} opens onto a street in district {{zone}}, but house {{instance}} stands in district {{instanceZone}}: a door cannot be that far from its house.',
    },
  },
  'ENI-002': {
    title: 'Network interface groups',
    'foreign-group': {
      message: M['ENI-002.foreign-group'].message,
      analogy:
        'The dog {{sg}} guarding door {{resource}} belongs to town {{otherVpc}}, not to town {{vpc}} where the door is.',
    },
  },

  /** Blocking hops of the path engine, by explanation code (and form; see params.ts BLOCK_FORMS). */
  code: {
    TGW_ATTACH_VPC_AZ_RESTRICTION: {
      message: 'Transit gateway attachment {{attachment}} cannot carry this traffic at {{at}}.',
      analogy: 'There is no bus stop here: the car cannot get on at the terminal’s road.',
      zone: {
        message:
          'Transit gateway attachment {{attachment}} has no subnet in {{zone}}: resources in that Availability Zone cannot reach transit gateway {{tgw}}.',
        analogy:
          'The road from town {{vpc}} to bus terminal {{tgw}} has no stop in district {{zone}}: a car from there cannot get on.',
      },
      returnZone: {
        message:
          'The replies from {{zone}} cannot reach transit gateway {{tgw}}: attachment {{attachment}} has no subnet in that Availability Zone.',
        analogy:
          'The reply starts in district {{zone}}, where the road to bus terminal {{tgw}} has no stop: it cannot get back to {{address}}.',
      },
      noSubnets: {
        message:
          'Transit gateway attachment {{attachment}} has no subnets, so transit gateway {{tgw}} cannot deliver into {{vpc}}.',
        analogy:
          'The road from bus terminal {{tgw}} into town {{vpc}} has no stop at all: the car cannot get off there.',
      },
    },
    TGW_ATTACH_IPV6_NOT_SUPPORTED: {
      message: 'Transit gateway attachment {{attachment}} carries no IPv6 traffic.',
      analogy: 'The bus stop of {{attachment}} takes no IPv6 cars.',
      disabled: {
        message:
          'Transit gateway attachment {{attachment}} of {{vpc}} has IPv6 support disabled (AWS’s default): its network interfaces have no IPv6 address, so transit gateway {{tgw}} does not carry IPv6 traffic to or from it ({{address}}).',
        analogy:
          'The stop of bus terminal {{tgw}} in town {{vpc}} serves IPv4 cars only: the IPv6 car for {{address}} cannot get on or off there.',
      },
      subnet: {
        message:
          'Transit gateway attachment {{attachment}}: its subnet {{subnet}} has no IPv6 block, so its network interface there has no IPv6 address and cannot carry IPv6 traffic ({{address}}).',
        analogy:
          'The stop in neighbourhood {{subnet}} has no IPv6 lane: the IPv6 car for {{address}} cannot use bus terminal {{tgw}} there.',
      },
    },
    TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION: {
      message: 'Transit gateway attachment {{attachment}} is associated with no transit gateway route table.',
      analogy: 'The road into bus terminal {{tgw}} has no departure board.',
      forward: {
        message:
          'Transit gateway attachment {{attachment}} of {{vpc}} is associated with no transit gateway route table, so {{tgw}} cannot route its traffic to {{address}}.',
        analogy:
          'Cars from town {{vpc}} arrive at bus terminal {{tgw}}, but their road has no departure board: none can leave for {{address}}.',
      },
      return: {
        message:
          'Transit gateway attachment {{attachment}} is associated with no transit gateway route table, so the replies to {{address}} cannot be routed.',
        analogy:
          'The replies arrive at bus terminal {{tgw}} by a road with no departure board: none can leave for {{address}}.',
      },
    },
    TGW_RTB_CANNOT_ROUTE: {
      message: 'Transit gateway route table {{tgwTable}} cannot route the traffic for {{address}}.',
      analogy: 'The departure board {{tgwTable}} has no line for {{address}}.',
      noRoute: {
        message:
          'Transit gateway route table {{tgwTable}} (used by {{attachment}}) has no route to {{address}}: no attachment propagates a block holding it and no static route covers it.',
        analogy:
          'The departure board {{tgwTable}} at bus terminal {{tgw}} lists no line for {{address}}: the car cannot go on.',
      },
      noRouteBack: {
        message: 'Transit gateway route table {{tgwTable}} (used by {{attachment}}) has no route back to {{address}}.',
        analogy:
          'The departure board {{tgwTable}} has no line home to {{address}}: the reply is stuck at the terminal.',
      },
      wrongBack: {
        message:
          'Transit gateway route table {{tgwTable}} sends the replies for {{address}} by route {{destination}} → {{target}}, not back to {{expected}}.',
        analogy:
          'The departure board {{tgwTable}} sends the reply for {{address}} towards {{target}} instead of home by {{expected}}.',
      },
    },
    TGW_RTB_BAD_STATE_ROUTE: {
      message:
        'Transit gateway route table {{tgwTable}}: route {{destination}} → {{target}} matches {{address}} but drops it (a blackhole).',
      analogy: 'The departure board {{tgwTable}} shows the line for {{address}} as closed: the car goes no further.',
      blackhole: {
        message:
          'Transit gateway route table {{tgwTable}}: route {{destination}} → {{target}} matches {{address}} (from {{vpc}}) but drops it (a blackhole).',
        analogy:
          'The departure board {{tgwTable}} at bus terminal {{tgw}} shows the line for {{address}} as closed: the car from town {{vpc}} goes no further.',
      },
      back: {
        message:
          'Transit gateway route table {{tgwTable}}: the replies to {{address}} match route {{destination}} → {{target}}, a blackhole, instead of going back to {{expected}}.',
        analogy:
          'The line home to {{address}} on departure board {{tgwTable}} is closed: the reply is stuck at the terminal.',
      },
    },
    TGW_RTB_MORE_SPECIFIC_ROUTE: {
      message:
        'Transit gateway route table {{tgwTable}}: the blackhole route {{destination}} is more specific than route {{alternative}}, which would deliver {{address}}; the traffic is dropped.',
      analogy:
        'On departure board {{tgwTable}} a closed line for {{destination}} hides the open line {{alternative}}: the car for {{address}} is turned away.',
    },
    TGW_RTB_HIGHER_PRIORITY_ROUTE: {
      message:
        'Transit gateway route table {{tgwTable}}: the static blackhole route {{destination}} takes priority over route {{alternative}} for the same destination, so {{address}} is dropped.',
      analogy:
        'Departure board {{tgwTable}} lists {{destination}} twice, and the closed entry wins over the open one ({{alternative}}): the car for {{address}} is turned away.',
    },
    EIGW_INBOUND_RESTRICTION: {
      message:
        'Egress-only internet gateway {{eigw}} of {{vpc}} admits no connection started from the internet: {{destination}} can only start IPv6 connections out (and get their replies).',
      analogy:
        '{{eigw}} is an exit-only turnstile: cars from {{destination}} may drive out and come back, but a car from the highway cannot come in through it.',
    },
    ELBV2_LISTENER_HAS_NO_TG: {
      message: 'Load balancer {{at}}: the listener has no target group to forward to.',
      analogy: 'The window of reception desk {{at}} is open, but it has no rota of houses to send visitors to.',
      noGroup: {
        message: 'Load balancer {{at}}: listener {{listener}} forwards to no target group.',
        analogy:
          'Window {{listener}} of reception desk {{at}} is open, but it has no rota of houses to send visitors to.',
      },
      emptyGroup: {
        message:
          'Load balancer {{at}}: listener {{listener}} forwards to target group {{targetGroup}}, which has no targets.',
        analogy:
          'Window {{listener}} of reception desk {{at}} sends visitors to rota {{targetGroup}}, which lists no house.',
      },
    },
    ELB_INSTALLED_AZ_RESTRICTION: {
      message:
        'Load balancer {{at}} has no subnet in {{zone}}, where target {{target}} is (it serves {{zones}}): the target receives no traffic.',
      analogy:
        'Reception desk {{at}} has no counter in district {{zone}}, where house {{target}} is; it only has counters in {{zones}}.',
    },
    TARGET_ADDRESS_RESTRICTION: {
      message: 'Target group {{at}}: target {{target}} is not an instance or an address in the design.',
      analogy: 'The rota {{at}} lists {{target}}, but there is no such house in the town map.',
    },
    NO_ROUTE_TO_DESTINATION: {
      message: 'No route to the destination at {{at}}.',
      analogy: 'At {{at}} no signpost shows the way: the car cannot go on.',
      vgwNoVpn: {
        message: 'Virtual private gateway {{vgw}} has no VPN connection with a network holding {{address}}.',
        analogy: 'Tunnel entrance {{vgw}} has no tunnel to a town with the address {{address}}.',
      },
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
      returnUnported: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} refuses the replies ({{traffic}}, peer {{address}}); network ACLs are stateless, so the replies need a rule of their own.',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} turns back the reply ({{traffic}}): its {{direction}} rules do not let it through, and the checkpoint does not remember the car that went out.',
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
    vpcEndpoint: {
      exits: {
        message:
          'Through VPC endpoint {{vpce}} the traffic reaches the AWS service {{service}} ({{address}}) without the internet; the endpoint policy is not modelled.',
        analogy:
          'The car takes the private door {{vpce}} straight into the {{service}} building: it never drives onto the highway.',
      },
    },
    egressOnlyIgw: {
      out: {
        message:
          'Egress-only internet gateway {{eigw}}: {{source}} goes out to {{address}} on the internet; the gateway remembers the connection and lets the replies back.',
        analogy:
          'The IPv6 car leaves town through the exit-only turnstile {{eigw}}; the turnstile remembers it, so the answer may come back in.',
      },
    },
    loadBalancer: {
      answers: {
        message:
          'Load balancer {{loadBalancer}}: listener {{listener}} answers the traffic itself ({{action}}); nothing is forwarded to a target.',
        analogy:
          'At window {{listener}}, reception desk {{loadBalancer}} answers the visitor itself ({{action}}) and sends no one on to a house.',
      },
      listener: {
        message: 'Load balancer {{loadBalancer}} ({{address}}) takes the traffic at listener {{listener}}.',
        analogy: 'Reception desk {{loadBalancer}} greets the visitor at window {{listener}}.',
      },
    },
    targetGroup: {
      forward: {
        message:
          'Listener {{listener}} forwards to target group {{targetGroup}}: {{target}} on port {{port}}, from the load balancer’s node in {{subnet}} (source {{source}}).',
        analogy:
          'The desk looks at its rota {{targetGroup}} and sends the visitor on to house {{target}}, door {{port}}, from its counter in neighbourhood {{subnet}}.',
      },
    },
    nacl: {
      blockUnknown: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} names a block that is not in the design, so whether it decides {{protocol}} {{port}} with {{address}} is not known.',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} has rule {{rule}} for an area no map here shows, so whether it stops the car from {{address}} is not known.',
      },
      blockUnknownReplies: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} names a block that is not in the design, so whether the replies ({{protocol}} {{failed}}) with {{address}} pass is not known.',
        analogy:
          'On the way back, the checkpoint at neighbourhood {{subnet}} has rule {{rule}} for an area no map here shows, so whether the answer gets through is not known.',
      },
      prefixListUnknown: {
        message:
          'Network ACL {{acl}} of {{subnet}}: whether {{direction}} rule {{rule}} matches the addresses of prefix list {{prefixList}} is not known (its entries are not in the design).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} has a rule for some addresses, but the list {{prefixList}} is not written out, so whether the car matches is not known.',
      },
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
      returnUnported: {
        message:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rules {{rule}} allow the replies ({{traffic}}, peer {{address}}).',
        message_one:
          'Network ACL {{acl}} of {{subnet}}: {{direction}} rule {{rule}} allows the replies ({{traffic}}, peer {{address}}).',
        analogy:
          'The checkpoint at neighbourhood {{subnet}} lets the reply ({{traffic}}) through: {{direction}} rules {{rule}} allow it.',
        analogy_one:
          'The checkpoint at neighbourhood {{subnet}} lets the reply ({{traffic}}) through: {{direction}} rule {{rule}} allows it.',
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
    external: {
      exits: {
        message:
          'The traffic leaves the design at {{external}} ({{awsType}}), towards {{towards}}; VPC Town does not model what happens next.',
        analogy:
          'The road leaves the town map at {{external}}, towards {{towards}}: what happens beyond the edge of the map is not drawn.',
      },
      unknown: {
        message:
          'The traffic leaves the design at {{external}} ({{awsType}}); VPC Town does not model what happens next, so whether it arrives is not known.',
        analogy:
          'The road leads to {{external}}, a building beyond the edge of the town map: what happens inside is not drawn, so VPC Town does not guess.',
      },
    },
    securityGroup: {
      prefixListUnknown: {
        message:
          'Security group {{sg}} of {{resource}}: only an {{direction}} rule for prefix list {{prefixList}} could allow {{traffic}} with {{address}}, and its entries are not known.',
        analogy:
          'The dog at {{resource}} checks a named list of addresses, {{prefixList}}, but the list is not written down, so whether {{address}} is on it is not known.',
      },
      allow: {
        message: 'Security group {{sg}} of {{resource}}: an {{direction}} rule allows {{traffic}} with {{address}}.',
        analogy:
          'The dog {{sg}} at {{resource}} lets it pass: its {{direction}} rule allows {{traffic}} with {{address}}.',
      },
    },
    routeTable: {
      prefixListUnknown: {
        message:
          'Route table {{table}} ({{subnet}}) has a route to prefix list {{prefixList}}, whose entries are not known: whether it matches {{address}} more specifically than the other routes is not known.',
        analogy:
          'A signpost at neighbourhood {{subnet}} points to a named list of addresses, {{prefixList}}, that is not written down, so which way the car to {{address}} turns is not known.',
      },
      prefixListTie: {
        message:
          'Route table {{table}}: prefix lists {{prefixList}} and {{other}} both match {{address}} as specifically, to different targets; AWS picks one at random, so which is not known.',
        analogy:
          'Two signposts at neighbourhood {{subnet}}, lists {{prefixList}} and {{other}}, point the car to {{address}} different ways, and AWS picks one at random.',
      },
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
      out6: {
        message:
          'Internet gateway {{igw}}: {{source}} goes out to {{address}} (IPv6 addresses are public: no translation).',
        analogy:
          'At tollgate {{igw}} the IPv6 car keeps its own address {{source}}, which is public already, and drives onto the highway.',
      },
      in6: {
        message: 'Internet gateway {{igw}}: from {{source}} in to {{destination}} (its IPv6 address is public).',
        analogy:
          'A car from the highway comes through tollgate {{igw}} straight to the public IPv6 address of {{destination}}.',
      },
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
    tgwAttachment: {
      in: {
        message: 'Into transit gateway {{tgw}} through attachment {{attachment}} of {{vpc}} (its subnet {{subnet}}).',
        analogy:
          'The car drives from town {{vpc}} to bus terminal {{tgw}}, getting on at the stop in neighbourhood {{subnet}}.',
      },
      out: {
        message:
          'Out of transit gateway {{tgw}} into {{vpc}} through attachment {{attachment}} (its subnet {{exitSubnet}}).',
        analogy:
          'The bus from terminal {{tgw}} lets the car off in town {{vpc}}, at the stop in neighbourhood {{exitSubnet}}.',
      },
    },
    tgwRouteTable: {
      route: {
        message:
          'Transit gateway route table {{tgwTable}}: route {{destination}} → {{target}} is the best match for {{address}}.',
        analogy:
          'The departure board {{tgwTable}} at terminal {{tgw}} says: for {{address}}, take the road to {{target}}.',
      },
      back: {
        message:
          'Transit gateway route table {{tgwTable}}: route {{destination}} → {{target}} carries the replies back to {{address}}.',
        analogy: 'The departure board {{tgwTable}} sends the reply home to {{address}} by the road to {{target}}.',
      },
    },
    vpnConnection: {
      exitTgw: {
        message:
          'Out through site-to-site VPN {{vpn}} to customer gateway {{customerGateway}}, towards the on-premises network ({{address}}).',
        analogy:
          'The car drives into the private tunnel {{vpn}} and comes out at the other town’s gate, {{customerGateway}}.',
      },
      exitVgw: {
        message:
          'Out through site-to-site VPN {{vpn}} to customer gateway {{customerGateway}}, towards the on-premises network ({{address}}).',
        analogy:
          'The car drives into the private tunnel {{vpn}} and comes out at the other town’s gate, {{customerGateway}}.',
      },
      unknown: {
        message: '{{address}} is routed into VPN {{vpn}}: what the on-premises network does with it is not known.',
        analogy:
          'The car for {{address}} goes into the private tunnel {{vpn}}: what happens in the other town is not drawn.',
      },
      unknownVgw: {
        message: '{{address}} is routed into VPN {{vpn}}: what the on-premises network does with it is not known.',
        analogy:
          'The car for {{address}} goes into the private tunnel {{vpn}}: what happens in the other town is not drawn.',
      },
    },
    vpnGateway: {
      pass: {
        message: 'Virtual private gateway {{vgw}}: VPN connection {{vpn}} has a network holding {{address}}.',
        analogy: 'At tunnel entrance {{vgw}}, the tunnel {{vpn}} leads to the town with the address {{address}}.',
      },
    },
    generic: {
      pass: { message: 'Passes {{at}}.', analogy: 'The car passes {{at}}.' },
      info: { message: 'At {{at}}.', analogy: 'The car is at {{at}}.' },
      block: { message: 'Blocked at {{at}}.', analogy: 'The car is stopped at {{at}}.' },
      unknown: {
        message: 'What happens at {{at}} is not known.',
        analogy: 'Beyond {{at}} the map is not drawn.',
      },
    },
  },

  /** Values of enumerated params, shown in place of the raw value. */
  value: VALUE_LABELS,
  /** The derived `traffic` param. */
  traffic: {
    all: 'all traffic',
    icmp: 'ICMP',
    ported: '{{protocol}} {{port}}',
    number: 'protocol {{number}}',
    numberNamed: 'protocol {{number}} ({{name}})',
  },
};

/** The shape both languages share: the same keys, string leaves. */
export type FindingTexts = Widen<typeof findingsEn>;
/** i18next plural forms (`message_one`) are optional: Korean has only the "other" form. */
type PluralKey = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}`;
type Widen<T> = { [K in keyof T as K extends PluralKey ? never : K]: T[K] extends string ? string : Widen<T[K]> } & {
  [K in keyof T as K extends PluralKey ? K : never]?: string;
};
