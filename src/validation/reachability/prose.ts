/**
 * The English prose of the path engine: each hop's `detail` and each endpoint error, one function a
 * text, grouped by step of the path. The app shows the translated texts of src/i18n/findings
 * (keyed by the hop's form, params.ts) and falls back to these; the CLI prints these.
 */
import { formatCidr, intToIp, type Cidr } from '../../model/cidr.ts';
import { INTERNET } from '../../model/kinds/index.ts';
import { printable } from '../safe.ts';
import { naclRuleText, type Direction, type ParsedNaclRule } from '../nacl.ts';
import { sgRuleText } from './sg.ts';
import type { SgRule } from '../../model/types.ts';

const DEFAULT_SG_NOTE = " (the VPC's default security group, not in the design)";
const REFERENCE_HINT = ' (security group references match private IPs only)';
const span = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);

/**
 * A route as the hops quote it: `10.0.0.0/16 → local (implicit local route)`; a route to a prefix
 * list with the entry that matched: `pl-1a2b (52.216.0.0/15) → vpce-1`.
 */
export function routeText(m: {
  destination: Cidr;
  target: string;
  implicit: boolean;
  prefixList?: string;
  propagated?: true;
}): string {
  const dest = m.prefixList ? `${m.prefixList} (${formatCidr(m.destination)})` : formatCidr(m.destination);
  return `${dest} → ${m.target}${m.implicit ? ' (implicit local route)' : ''}${m.propagated ? ' (propagated)' : ''}`;
}

/** Endpoint resolution and the query: why a source or destination cannot be analysed. */
export const endpointProse = {
  noEndpoint: () => 'no endpoint given',
  reservedAddress: (ip: string, subnet: string, cidr: Cidr) =>
    `${ip} is an address AWS reserves in ${subnet} (${formatCidr(cidr)}); no network interface can have it`,
  inVpcNoSubnet: (ip: string, vpc: string) => `${ip} is inside ${vpc} but in none of its subnets`,
  noSuchResource: (id: string) => `there is no resource "${id}" in the design`,
  notAnEndpoint: (id: string, kind: unknown) =>
    `${id} is not a source or destination (its kind is ${printable(kind)}); ` +
    `use an instance, load balancer, database, NAT gateway, "${INTERNET}" or an IPv4 address`,
  notInSubnet: (id: string) => `${id} is not in a subnet of a VPC`,
  noPrivateAddress: (id: string) => `${id} has no private address (its subnet's CIDR is invalid or full)`,
  badProtocol: (protocol: unknown) =>
    `protocol must be tcp, udp, icmp, all or an IP protocol number from 0 to 255 that has no name, not ${printable(protocol)}`,
  badPort: (port: unknown) => `port must be a whole number from 0 to 65535, not ${String(port)}`,
  badSourcePort: (port: unknown) => `source port must be a whole number from 0 to 65535, not ${printable(port)}`,
  badSourceIp: (ip: unknown) => `source address must be an IPv4 address, not ${printable(ip)}`,
  sourceIpNotInternet: () => 'a source address is given only for traffic from the internet',
  sourceIpNotPublic: (ip: string) =>
    `source address ${ip} is not an internet address (it is private or inside a VPC of the design)`,
  noResources: () => 'the design has no resources',
  analysisFailed: (why: string) => `the analysis failed on this design (${why})`,
  bothOutside: (src: string, dst: string) =>
    `${src} and ${dst} are both outside the design: no path through it to analyse`,
  sameEndpoint: (label: string) => `${label} is both the source and the destination`,
};

/** The first hop: where the packet starts. */
export const startProse = {
  fromOutside: (isInternet: boolean, addr: number) =>
    `from ${isInternet ? 'internet host' : 'outside address'} ${intToIp(addr)}`,
  fromSource: (label: string, privateIp: number, subnet: string, destination: string, traffic: string) =>
    `from ${label} (${intToIp(privateIp)}) in ${subnet} to ${destination}, ${traffic}`,
};

/** Network ACLs, forward (one packet) and return (the ephemeral range). */
export const naclProse = {
  unknownBlock: (acl: string, direction: Direction, rule: number, peer: string) =>
    `${acl} ${direction} rule ${rule}, whose block is not known, could decide for ${peer}`,
  noAcl: (subnet: string, direction: Direction) =>
    `${subnet} has no network ACL in the design: the AWS default allows all ${direction} traffic`,
  defaultNoRules: (acl: string, direction: Direction) =>
    `${acl} (default) has no ${direction} rules: allows all ${direction} traffic`,
  rule: (acl: string, direction: Direction, rule: ParsedNaclRule) => `${acl} ${direction} ${naclRuleText(rule)}`,
  noRuleAllows: (acl: string, direction: Direction, traffic: string, fromTo: string, peer: string) =>
    `${acl} ${direction}: no rule allows ${traffic} ${fromTo} ${peer} (final * rule denies)`,
  noAclReplies: (subnet: string) => `${subnet} has no network ACL in the design: the AWS default allows the replies`,
  defaultAllowsReplies: (acl: string, direction: Direction, range: string, fromTo: string, peer: string) =>
    `${acl} (default) has no ${direction} rules: allows the replies (${range} ${fromTo} ${peer})`,
  allowsReplies: (
    acl: string,
    direction: Direction,
    range: string,
    fromTo: string,
    peer: string,
    segments: readonly { from: number; to: number; rule: ParsedNaclRule }[],
  ) =>
    `${acl} ${direction} allows the replies (${range} ${fromTo} ${peer}): ${segments
      .map((g) => `${naclRuleText(g.rule)} (${span(g.from, g.to)})`)
      .join('; ')}`,
  blocksReplies: (
    acl: string,
    direction: Direction,
    range: string,
    fromTo: string,
    peer: string,
    rule: ParsedNaclRule | null,
    ported: boolean,
    failed: string,
  ) => {
    const what = ported ? `ports ${failed}` : 'them';
    const why = rule ? `${naclRuleText(rule)} denies ${what}` : `no rule allows ${what} (final * rule denies)`;
    return `${acl} ${direction} blocks the replies (${range} ${fromTo} ${peer}): ${why}`;
  },
};

/** Security groups. */
export const sgProse = {
  noGroupForAddress: (label: string) => `${label} is an address, not a resource: no security group applies`,
  allowedBy: (sg: string, synthetic: boolean, direction: 'ingress' | 'egress', rule: SgRule) =>
    `${sg}${synthetic ? DEFAULT_SG_NOTE : ''} ${direction} rule: ${sgRuleText(rule, direction)}`,
  noRules: (ids: string, several: boolean, label: string, direction: 'ingress' | 'egress') =>
    `${ids} ${several ? 'have' : 'has'} no ${direction} rules, ` +
    `so ${label} ${direction === 'ingress' ? 'accepts' : 'sends'} nothing`,
  noRuleAllows: (
    ids: string,
    direction: 'ingress' | 'egress',
    traffic: string,
    toFrom: string,
    peer: string,
    referenceHint: boolean,
  ) => `${ids}: no ${direction} rule allows ${traffic} ${toFrom} ${peer}${referenceHint ? REFERENCE_HINT : ''}`,
};

/** Route lookup, within a VPC and to an instance (ENI). */
export const routeProse = {
  sameSubnet: (subnet: string) =>
    `same subnet ${subnet}: delivered directly (network ACLs are not evaluated within a subnet)`,
  noRoute: (table: string, subnet: string, dst: string) => `${table} (used by ${subnet}) has no route to ${dst}`,
  blackhole: (table: string, route: string, dst: string, why: string) =>
    `${table}: route ${route} matches ${dst} but is a blackhole (${why})`,
  blackholeOver: (blackhole: string, samePrefix: boolean, alternative: string) =>
    `${blackhole}; it ${samePrefix ? 'takes priority over' : 'is more specific than'} route ${alternative}`,
  chosen: (table: string, route: string, dst: string) => `${table}: route ${route} (longest prefix match for ${dst})`,
  localNotVpcBlock: (table: string, destination: Cidr, vpc: string, dst: string) =>
    `${table}: the local route ${formatCidr(destination)} is not a block of ${vpc}, so it cannot deliver ${dst}`,
  inVpcNoSubnet: (dst: string, vpc: string) => `${dst} is in ${vpc} but in none of its subnets`,
  eniNotDestination: (table: string, dst: string, instance: string) =>
    `${table} sends ${dst} to instance ${instance}, which is not the destination; ` +
    'an instance forwards traffic only with source/destination checking off, which VPC Town does not model',
};

/** Why a route target is a blackhole (the `why` of `routeProse.blackhole`). */
export const targetProse = {
  missing: (target: string | null) => `its target ${target ?? '(none)'} does not exist`,
  igwNotAttached: (igw: string, vpc: string) => `${igw} is not attached to ${vpc}`,
  natInOtherVpc: (nat: string) => `NAT gateway ${nat} is in another VPC`,
  pcxNotConnecting: (pcx: string, vpc: string) => `${pcx} does not connect ${vpc} to another VPC`,
  instanceInOtherVpc: (instance: string) => `instance ${instance} is in another VPC`,
  externalNotAttached: (ext: string, vpc: string) => `${ext} is not attached to ${vpc}`,
  egressOnlyIpv6: (ext: string) => `${ext} is an egress-only internet gateway, which carries IPv6 traffic only`,
  notATarget: (id: string, kind: unknown) => `${id} (${printable(kind)}) is not a route target`,
};

/** Gateways: peering connections, internet gateways (both ways), NAT gateways. */
export const gatewayProse = {
  pcxSourceOutside: (pcx: string, src: string, vpc: string) =>
    `${pcx}: source ${src} is not in ${vpc}'s blocks; ` +
    "peering carries only the peered VPCs' own addresses (no transitive routing)",
  pcxDestinationOutside: (pcx: string, dst: string, peer: string) =>
    `${pcx}: destination ${dst} is not in ${peer}'s blocks; ` +
    'peering does not forward to the internet or a third network (no transitive or edge-to-edge routing)',
  pcxPass: (pcx: string, vpc: string, peer: string) => `${pcx}: ${vpc} → ${peer}`,
  igwIntoOwnVpc: (igw: string, dst: string, vpc: string) =>
    `${igw}: destination ${dst} is inside ${vpc}'s own blocks; an internet gateway does not route back into its VPC`,
  igwNoPublicSource: (igw: string, who: string, isNat: boolean) =>
    `${igw} sends traffic to the internet only from a public IPv4 address; the source is ${
      isNat
        ? `${who}, a private NAT gateway (or one without an Elastic IP)`
        : `${who}, which has no public IPv4 address or Elastic IP`
    }`,
  igwPrivateDestination: (igw: string, dst: string) =>
    `${igw}: destination ${dst} is a private (RFC 1918) address, which the internet does not route`,
  igwOut: (igw: string, src: string, pub: string) =>
    `${igw}: source ${src} translated to public ${pub}; out to the internet`,
  deliveredOutside: (isInternet: boolean, dst: string) =>
    `delivered to ${isInternet ? 'the internet host' : ''} ${dst}`.replace('  ', ' '),
  disconnected: (dst: string, dstVpc: string, vpc: string) =>
    `the internet cannot deliver ${dst}: it is a private address of ${dstVpc}, ` +
    `which only a peering connection between ${vpc} and ${dstVpc} (with routes to it) could reach`,
  acrossInternet: (label: string, dst: string) => `across the internet to ${label}'s public address ${dst}`,
  noIgw: (vpc: string) => `${vpc} has no internet gateway attached, so nothing from the internet can enter it`,
  igwPrivateSource: (igw: string, src: string) =>
    `${igw}: source ${src} is a private (RFC 1918) address, which cannot arrive from the internet`,
  igwNoPublicDestination: (igw: string, label: string, privateIp: number) =>
    `${label} has no public IPv4 address, so ${igw} cannot deliver internet traffic to it ` +
    `(${label} has only the private address ${intToIp(privateIp)})`,
  igwIn: (igw: string, pub: number, priv: number) =>
    `${igw}: public ${intToIp(pub)} translated to private ${intToIp(priv)}`,
  natLoop: (max: number) => `routing loops through NAT gateways (${max} in a row)`,
  natSourceOutside: (nat: string, src: string, vpc: string) =>
    `${nat} translates only traffic from its own VPC; source ${src} is outside ${vpc}`,
  natNoAddress: (nat: string) => `${nat} is not in a subnet with a usable address`,
  natTranslated: (nat: string, isPrivate: boolean, src: string, natIp: string, ports: readonly [number, number]) =>
    `${nat} (${isPrivate ? 'private' : 'public'}): source ${src} translated to ${natIp}, ` +
    `source port remapped to ${ports[0]}-${ports[1]}`,
};

/** Where the analysis leaves the design, or cannot see what happens. */
export const exitProse = {
  leaves: (ext: string, awsType: string, towards: string | null) =>
    `the traffic leaves the design at ${ext} (${awsType})${towards ? `, towards ${towards}` : ''}; ` +
    'VPC Town does not model what happens next',
  routeListUnknown: (table: string, subnet: string, dst: string, list: string) =>
    `${table} (used by ${subnet}) has a route to prefix list ${list}, whose entries are not known: ` +
    `whether it matches ${dst} more specifically than the other routes is not known`,
  routeListTie: (table: string, dst: string, list: string, other: string) =>
    `${table}: prefix lists ${list} and ${other} both match ${dst} as specifically, to different targets; ` +
    'AWS picks one of them at random, so which is not known',
  sgListUnknown: (sg: string, direction: 'ingress' | 'egress', list: string, peer: string) =>
    `${sg}: only an ${direction} rule for prefix list ${list} could allow ${peer}, and its entries are not known`,
};

/** Arrival at the destination. */
export const arrivalProse = {
  endedInSubnet: (label: string, subnet: string) => `the packet for ${label} ended in ${subnet}`,
  wrongSubnet: (dst: string, subnet: string, label: string, expected: string) =>
    `${dst} is in ${subnet}, but ${label} is in ${expected}`,
  natNoInbound: (nat: string) => `${nat} is a NAT gateway: it accepts no unsolicited inbound connections`,
  listenerPorts: (lb: string, ports: readonly number[], traffic: string) =>
    `${lb} listens only on ${ports.join(', ')}, not ${traffic}`,
  dbPort: (db: string, port: number, traffic: string) =>
    `${db} accepts connections on tcp ${port} only, not ${traffic}`,
  reached: (label: string, dst: string, src: string) => `reached ${label} (${dst}) from ${src}`,
};

/** A load balancer that forwards (loadBalancer.ts). */
export const lbProse = {
  noListener: (lb: string, listeners: readonly string[], traffic: string) =>
    `${lb} has no listener for ${traffic} (its listeners: ${listeners.join(', ')})`,
  listener: (lb: string, listener: string, address: string) =>
    `${lb} (${address}) takes the traffic at listener ${listener}`,
  answers: (lb: string, listener: string, action: string) =>
    `${lb}: listener ${listener} answers the traffic itself (${action}); nothing is forwarded`,
  noGroup: (lb: string, listener: string) => `${lb}: listener ${listener} forwards to no target group`,
  targetsAtDeploy: (lb: string, listener: string, tg: string) =>
    `${lb}: listener ${listener} forwards to target group ${tg}, whose targets are registered when it is deployed (not in the design)`,
  emptyGroup: (lb: string, listener: string, tg: string) =>
    `${lb}: listener ${listener} forwards to target group ${tg}, which has no targets`,
  targetNotInDesign: (tg: string, target: string) =>
    `target group ${tg}: target ${target || '(none)'} is not an instance or address in the design`,
  targetZone: (lb: string, target: string, zone: string, zones: string) =>
    `${lb} has no subnet in ${zone}, where target ${target} is (its zones: ${zones}): the target gets no traffic`,
  forward: (listener: string, tg: string, target: string, port: number, subnet: string, source: string) =>
    `listener ${listener} forwards to target group ${tg}: ${target} on port ${port}, from the node in ${subnet} (source ${source})`,
};

/** The way back. */
export const returnProse = {
  repliesReach: (from: string) => `replies reach ${from}`,
  noRouteBack: (table: string, subnet: string, back: string) =>
    `${table} (used by ${subnet}) has no route back to ${back}`,
  wrongRouteBack: (table: string, back: string, route: string, expected: string) =>
    `${table}: the replies to ${back} follow route ${route}, not ${expected} the request came by`,
  routeBack: (table: string, route: string, back: string) =>
    `${table}: route ${route} carries the replies back to ${back}`,
};
