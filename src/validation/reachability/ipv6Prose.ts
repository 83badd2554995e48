/** The English prose of the IPv6 walk (ipv6.ts); the app shows the translated texts of the hop forms. */
import type { SgRule } from '../../model/types.ts';
import type { Direction } from '../nacl.ts';
import { printable } from '../safe.ts';
import { sgRuleText } from './sg.ts';

export const ipv6Prose = {
  noEndpoint: () => 'no endpoint given',
  inVpcNoSubnet: (ip: string) => `${ip} is inside a VPC's IPv6 block but in no subnet's IPv6 block`,
  noSuchResource: (id: string) => `there is no resource "${id}" in the design`,
  notInSubnet: (id: string) => `${id} is not in a subnet of a VPC`,
  noIpv6Address: (id: string) => `${id} has no IPv6 address (give it one in the inspector, in its subnet's IPv6 block)`,
  badSourceIp: (ip: unknown) => `source address must be an IPv6 or IPv4 address, not ${printable(ip)}`,
  sourceIpNotInternet: () => 'a source address is given only for traffic from the internet',
  sourceIpNotPublic: (ip: string) => `source address ${ip} is inside a VPC of the design, not on the internet`,
  bothOutside: (a: string, b: string) => `${a} and ${b} are both outside the design: no path through it to analyse`,
  start: (label: string, addr: string, subnet: string, dst: string, traffic: string) =>
    `from ${label} (${addr}) in ${subnet} to ${dst}, ${traffic} (IPv6)`,
  fromOutside: (addr: string) => `from internet host ${addr} (IPv6)`,
  naclPass: (acl: string, direction: Direction, rule: string | undefined) =>
    rule ? `${acl} ${direction} ${rule}` : `${acl}: allows all ${direction} traffic (no rules, or AWS's default)`,
  naclBlock: (
    acl: string,
    direction: Direction,
    rule: string | undefined,
    traffic: string,
    fromTo: string,
    peer: string,
  ) =>
    rule
      ? `${acl} ${direction} ${rule}`
      : `${acl} ${direction}: no IPv6 rule allows ${traffic} ${fromTo} ${peer} (final * rule denies)`,
  naclReplies: (acl: string, direction: Direction, fromTo: string, peer: string, rules: readonly string[]) =>
    `${acl} ${direction} allows the replies ${fromTo} ${peer}${rules.length ? `: ${rules.join('; ')}` : ''}`,
  naclRepliesBlocked: (
    acl: string,
    direction: Direction,
    fromTo: string,
    peer: string,
    rule: string | undefined,
    port: number,
  ) =>
    `${acl} ${direction} blocks the replies ${fromTo} ${peer} at port ${port}: ${rule ? `${rule} denies them` : 'no IPv6 rule allows them (final * rule denies)'}`,
  noGroup: (label: string) => `${label} is an address, not a resource: no security group applies`,
  sgAllow: (sg: string, direction: 'ingress' | 'egress', rule: SgRule) =>
    `${sg} ${direction} rule: ${sgRuleText(rule, direction)}`,
  sgListUnknown: (sg: string, direction: string, pl: string, peer: string) =>
    `${sg}: whether the ${direction} rule naming prefix list ${pl} admits ${peer} is not known (its entries are not in the design)`,
  sgNoRules: (ids: string, direction: string) => `${ids} has no ${direction} rules`,
  sgNoRule: (ids: string, direction: string, traffic: string, peer: string) =>
    `${ids}: no ${direction} rule allows ${traffic} ${direction === 'ingress' ? 'from' : 'to'} ${peer} (IPv6 rules are separate from IPv4 ones)`,
  routeListUnknown: (table: string, subnet: string, dst: string, pl: string) =>
    `${table} (used by ${subnet}): a route to prefix list ${pl}, whose entries are not known, may match ${dst}`,
  noRoute: (table: string, subnet: string, dst: string) => `${table} (used by ${subnet}) has no IPv6 route to ${dst}`,
  noRouteBack: (table: string, subnet: string, dst: string) =>
    `${table} (used by ${subnet}) has no IPv6 route back to ${dst}`,
  blackhole: (table: string, route: string, dst: string) =>
    `${table}: route ${route} matches ${dst} but its target is missing or not attached to this VPC (blackhole)`,
  notModelled: (table: string, route: string, what: string) =>
    `${table}: route ${route} leads to a ${what}, which VPC Town does not follow for IPv6`,
  chosen: (table: string, route: string, dst: string) => `${table}: route ${route} (longest prefix match for ${dst})`,
  routeBack: (table: string, route: string, dst: string) => `${table}: the replies to ${dst} take route ${route}`,
  wrongRouteBack: (table: string, dst: string, route: string) =>
    `${table}: the replies to ${dst} would take route ${route}, not the internet gateway the connection came in by`,
  sameSubnet: (subnet: string) =>
    `same subnet ${subnet}: delivered directly (network ACLs are not evaluated within a subnet)`,
  intoVpc: (gw: string, dst: string) => `${gw}: ${dst} is inside a VPC of the design, not on the internet`,
  igwOut: (igw: string, src: string) =>
    `${igw}: out to the internet from ${src} (IPv6 addresses are public: no translation)`,
  eigwOut: (eigw: string, src: string) =>
    `${eigw} (egress-only): out to the internet from ${src}; it remembers the connection and lets the replies back in`,
  deliveredOutside: (dst: string) => `on the internet to ${dst}`,
  noIgw: (vpc: string) => `${vpc} has no internet gateway: nothing from the internet comes in`,
  igwIn: (igw: string, dst: string) => `${igw}: in from the internet to ${dst}`,
  eigwInbound: (eigw: string, dst: string) =>
    `${eigw} is an egress-only internet gateway: it lets ${dst} start connections out and get the replies, but admits no connection started from the internet`,
  pcxSourceOutside: (pcx: string, src: string, vpc: string) => `${pcx}: source ${src} is not in ${vpc}'s IPv6 blocks`,
  pcxDestinationOutside: (pcx: string, dst: string, peer: string) =>
    `${pcx}: destination ${dst} is not in ${peer}'s IPv6 blocks (both VPCs need IPv6 blocks, and the route must lead to the peer's)`,
  pcxPass: (pcx: string, vpc: string, peer: string) => `${pcx}: ${vpc} → ${peer} (IPv6)`,
  wrongRouteBackTo: (table: string, dst: string, route: string, expected: string) =>
    `${table}: the replies to ${dst} would take route ${route}, not ${expected} the request came by`,
  tgwIpv6Off: (att: string) =>
    `${att} has IPv6 support disabled (AWS's default): its network interfaces have no IPv6 address, so it carries no IPv6 traffic`,
  tgwSubnetNoIpv6: (att: string, subnet: string) =>
    `${att}: its subnet ${subnet} has no IPv6 block, so the attachment's network interface there has no IPv6 address`,
  reached: (label: string, addr: string, src: string) => `reached ${label} (${addr}) from ${src}`,
  repliesReach: (from: string) => `the replies reach ${from}`,
};
