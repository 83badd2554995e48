/**
 * IPv6 network ACL and security group evaluation, for the IPv6 walk (ipv6.ts). The semantics are
 * the IPv4 ones (nacl.ts, sg.ts): NACL rules first match by number, stateless, the final `*` rule
 * denies; security groups stateful and allow-only, groups aggregated. IPv4 and IPv6 rules are
 * independent: an IPv4 rule never matches an IPv6 packet [UG:vpc-network-acls, security-group-rules].
 * An AWS default NACL with no rules in a direction allows everything, as for IPv4.
 */
import { cidr6OrNull, contains6, type Cidr6 } from '../../model/cidr6.ts';
import { isIpProtocol, isPorted } from '../../model/kinds/index.ts';
import type { IpProtocol, NaclRule, NetworkAcl, Resource, SgRule } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { allowsAllByDefault, naclUnknownRules, type Direction } from '../nacl.ts';
import { prefixListOf } from '../prefixLists.ts';
import { protocolMatches } from '../protocols.ts';
import { list, objects, str } from '../safe.ts';
import type { SgLike } from './sg.ts';

export interface Nacl6Rule {
  readonly number: number;
  readonly allow: boolean;
  readonly protocol: IpProtocol;
  readonly from: number;
  readonly to: number;
  readonly cidr: Cidr6;
  readonly text: string;
}

const cache = new WeakMap<NetworkAcl, Record<Direction, Nacl6Rule[]>>();

/** The IPv6 rules of one direction, by number. */
export function nacl6Rules(acl: NetworkAcl, direction: Direction): readonly Nacl6Rule[] {
  let p = cache.get(acl);
  if (!p) {
    p = { inbound: [], outbound: [] };
    for (const r of objects<NaclRule>(acl.rules)) {
      if (r.direction !== 'inbound' && r.direction !== 'outbound') continue;
      if (!Number.isInteger(r.number) || (r.action !== 'allow' && r.action !== 'deny')) continue;
      if (!isIpProtocol(r.protocol)) continue;
      const cidr = cidr6OrNull(r.cidr);
      if (!cidr) continue;
      const ported = isPorted(r.protocol);
      const from = ported ? r.fromPort : 0;
      const to = ported ? r.toPort : 65535;
      const ports = ported ? ` ${from === to ? from : `${from}-${to}`}` : '';
      p[r.direction].push({
        number: r.number,
        allow: r.action === 'allow',
        protocol: r.protocol,
        from,
        to,
        cidr,
        text: `rule ${r.number}: ${r.action} ${r.protocol}${ports} ${direction === 'inbound' ? 'from' : 'to'} ${r.cidr}`,
      });
    }
    p.inbound.sort((a, b) => a.number - b.number);
    p.outbound.sort((a, b) => a.number - b.number);
    cache.set(acl, p);
  }
  return p[direction];
}

export interface Nacl6Decision {
  readonly allowed: boolean;
  readonly rule: Nacl6Rule | null;
  /**
   * `unknown`: a rule whose block is not known comes first and would decide the other way (then
   * `allowed` is false and `unknownRule` is its number), as naclDecide does for IPv4.
   */
  readonly by: 'rule' | 'default-allow' | 'implicit-deny' | 'no-acl' | 'unknown';
  readonly unknownRule?: number;
}

/** First match for one packet. */
export function nacl6Decide(
  acl: NetworkAcl | undefined,
  direction: Direction,
  proto: IpProtocol,
  port: number,
  addr: bigint,
): Nacl6Decision {
  if (!acl) return { allowed: true, rule: null, by: 'no-acl' };
  if (allowsAllByDefault(acl, direction)) return { allowed: true, rule: null, by: 'default-allow' };
  const d = nacl6DecideKnown(acl, direction, proto, port, addr);
  // A rule of unknown block before the deciding one, that would decide the other way: not known.
  const limit = d.rule ? d.rule.number : Infinity;
  const open = naclUnknownRules(acl, direction, 'ipv6').find(
    (u) =>
      u.number < limit &&
      u.allow !== d.allowed &&
      (proto === 'all' ? u.protocol === 'all' || !u.allow : protocolMatches(u.protocol, u.from, u.to, proto, port)),
  );
  return open ? { allowed: false, rule: null, by: 'unknown', unknownRule: open.number } : d;
}

function nacl6DecideKnown(
  acl: NetworkAcl,
  direction: Direction,
  proto: IpProtocol,
  port: number,
  addr: bigint,
): Nacl6Decision {
  for (const r of nacl6Rules(acl, direction)) {
    if (!contains6(r.cidr, addr)) continue;
    if (proto === 'all') {
      if (r.protocol === 'all') return { allowed: r.allow, rule: r, by: 'rule' };
      if (!r.allow) return { allowed: false, rule: r, by: 'rule' };
      continue;
    }
    if (protocolMatches(r.protocol, r.from, r.to, proto, port)) return { allowed: r.allow, rule: r, by: 'rule' };
  }
  return { allowed: false, rule: null, by: 'implicit-deny' };
}

/**
 * Replies to ports `lo`–`hi` (stateless NACLs see each): the rules that allow them, or the first
 * port refused and by what. For traffic without ports the one decision is the range's.
 */
export function nacl6DecideRange(
  acl: NetworkAcl | undefined,
  direction: Direction,
  proto: IpProtocol,
  lo: number,
  hi: number,
  addr: bigint,
):
  | { allowed: true; rules: readonly Nacl6Rule[]; by: Nacl6Decision['by'] }
  | { allowed: false; port: number; rule: Nacl6Rule | null; unknownRule?: number } {
  const refused = (port: number, d: Nacl6Decision) =>
    ({
      allowed: false,
      port,
      rule: d.rule,
      ...(d.by === 'unknown' ? { unknownRule: d.unknownRule } : {}),
    }) as const;
  if (!isPorted(proto)) {
    const d = nacl6Decide(acl, direction, proto, 0, addr);
    return d.allowed ? { allowed: true, rules: d.rule ? [d.rule] : [], by: d.by } : refused(lo, d);
  }
  if (!acl) return { allowed: true, rules: [], by: 'no-acl' };
  if (allowsAllByDefault(acl, direction)) return { allowed: true, rules: [], by: 'default-allow' };
  // Walk the ports in segments cut at the rules' edges: each segment is decided by one first match.
  const edges = new Set<number>([lo]);
  for (const r of [...nacl6Rules(acl, direction), ...naclUnknownRules(acl, direction, 'ipv6')]) {
    if (r.from > lo && r.from <= hi) edges.add(r.from);
    if (r.to + 1 > lo && r.to + 1 <= hi) edges.add(r.to + 1);
  }
  const used: Nacl6Rule[] = [];
  for (const start of [...edges].sort((a, b) => a - b)) {
    const d = nacl6Decide(acl, direction, proto, start, addr);
    if (!d.allowed) return refused(start, d);
    if (d.rule && !used.includes(d.rule)) used.push(d.rule);
  }
  return { allowed: true, rules: used, by: 'rule' };
}

/** The IPv6 addresses of a resource (an instance's network interface), parsed. */
export function ipv6AddressesOf(r: Resource | undefined): readonly string[] {
  if (!r || r.kind !== 'instance') return [];
  return list<unknown>(r.ipv6Addresses).filter((a): a is string => typeof a === 'string');
}

export interface Sg6Decision {
  readonly allowed: boolean;
  readonly sg?: SgLike;
  readonly rule?: SgRule;
  readonly noRules: boolean;
  readonly unknown?: { readonly sg: SgLike; readonly rule: SgRule; readonly prefixList: string };
}

/**
 * Security groups for an IPv6 packet to or from `peer`: an IPv6 CIDR that contains it, an IPv6
 * prefix list that holds it, or a group reference whose members include the peer resource (a
 * reference matches the members' addresses, IPv6 ones too). `members` answers the last.
 */
export function sg6Decide(
  ctx: ValidationContext,
  sgs: readonly SgLike[],
  direction: 'ingress' | 'egress',
  proto: IpProtocol,
  port: number,
  peer: bigint,
  memberOf: (sgId: string, owner: SgLike) => boolean,
): Sg6Decision {
  let any = false;
  let unknown: Sg6Decision['unknown'];
  for (const sg of sgs) {
    for (const rule of sg[direction]) {
      any = true;
      if (!protocolMatches(rule.protocol, rule.fromPort, rule.toPort, proto, port)) continue;
      const c = cidr6OrNull(rule.cidr);
      if (c && contains6(c, peer)) return { allowed: true, sg, rule, noRules: false };
      const plId = str(rule.prefixListId);
      if (plId) {
        const pl = prefixListOf(ctx, plId);
        if (pl && pl.addressFamily !== 'IPv6') continue;
        if (!pl || pl.entries === null) {
          unknown ??= { sg, rule, prefixList: plId };
          continue;
        }
        if (
          list<unknown>(pl.entries).some((e) => {
            const b = cidr6OrNull(e);
            return !!b && contains6(b, peer);
          })
        )
          return { allowed: true, sg, rule, noRules: false };
        continue;
      }
      const ref = str(rule.sourceSg);
      if (ref && memberOf(ref, sg)) return { allowed: true, sg, rule, noRules: false };
    }
  }
  return unknown ? { allowed: false, noRules: false, unknown } : { allowed: false, noRules: !any };
}
