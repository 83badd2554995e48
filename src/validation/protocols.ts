/**
 * Protocols as the validator compares and words them. A rule's or query's protocol is a name
 * (`tcp`, `udp`, `icmp`, `all`) or the IP protocol number of any other protocol (model/kinds/fields.ts).
 *
 * Matching [UG:security-group-rules, vpc-network-acls]: `all` (AWS's -1) matches every protocol; any
 * other rule matches only its own protocol. Ports are compared for tcp and udp only: icmp's fields
 * are its type and code (VPC Town does not tell ICMP types apart), and a rule for any other protocol
 * covers all of that protocol's traffic ("If you specify a protocol other than tcp, udp, icmp or
 * icmpv6, traffic on all ports is allowed").
 */
import { isPorted, WELL_KNOWN_PROTOCOLS, type IpProtocol } from '../model/kinds/index.ts';

/** Does a rule's protocol (and for tcp/udp its port range) match one packet? `all` traffic only by `all`. */
export function protocolMatches(
  ruleProtocol: unknown,
  from: unknown,
  to: unknown,
  proto: IpProtocol,
  port: number,
): boolean {
  if (ruleProtocol === 'all') return true;
  if (proto === 'all' || ruleProtocol !== proto) return false;
  if (!isPorted(proto)) return true;
  return typeof from === 'number' && typeof to === 'number' && port >= from && port <= to;
}

/** The well-known name of a protocol number, if it has one (`ESP` for 50). */
export function protocolName(n: number): string | undefined {
  return Object.hasOwn(WELL_KNOWN_PROTOCOLS, n) ? WELL_KNOWN_PROTOCOLS[n] : undefined;
}

/** A protocol in English: `tcp`, `icmp`, `all traffic`, `protocol 50 (ESP)`, `protocol 253`. */
export function protocolText(p: IpProtocol): string {
  if (p === 'all') return 'all traffic';
  if (typeof p === 'string') return p;
  const name = protocolName(p);
  return name ? `protocol ${p} (${name})` : `protocol ${p}`;
}

/** The traffic of one packet in English: `tcp 443`, `icmp`, `all traffic`, `protocol 50 (ESP)`. */
export function trafficText(p: IpProtocol, port: number): string {
  return isPorted(p) ? `${p} ${port}` : protocolText(p);
}
