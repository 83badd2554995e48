/**
 * Security group permissions and network ACL entries as AWS prints them, turned into the model's
 * rules. AWS's meaning is kept: `-1` is every protocol, 6/17/1 are tcp/udp/icmp by number or name,
 * the `*` rules of a NACL (32767 for IPv4, 32768 for IPv6) are the implicit deny the model already
 * applies, and one permission with several ranges, groups and prefix lists is one rule per source.
 * IPv6 ranges and entries cannot be modelled yet (issue #14): counted, reported, never dropped silently.
 */
import { NAMED_PROTOCOL_NUMBERS, type IpProtocol } from '../../model/kinds/index.ts';
import type { NaclRule, SgRule } from '../../model/types.ts';
import { bool, num, obj, objs, str, type Raw } from './raw.ts';

/**
 * A protocol as AWS writes it (`-1`, `tcp`, `6`, `50`, `icmpv6`...) as the model keeps it: 1, 6, 17
 * and -1 by name, any other IP protocol by its number (0–255). `null` when it is none of these.
 */
export function protocolOf(raw: string | null): IpProtocol | null {
  if (raw === null) return null;
  const lower = raw.toLowerCase();
  if (lower === 'tcp' || lower === 'udp' || lower === 'icmp') return lower;
  if (lower === 'all' || lower === '-1') return 'all';
  if (lower === 'icmpv6') return 58;
  if (!/^-?\d{1,3}$/.test(lower)) return null;
  const n = Number(lower);
  const named = NAMED_PROTOCOL_NUMBERS[n];
  if (named) return named;
  return n >= 0 && n <= 255 ? n : null;
}

const clampPort = (n: number | null, fallback: number) => (n === null || n < 0 || n > 65535 ? fallback : n);

/**
 * Ports as the model keeps them: the range for tcp/udp, the ICMP type (all types 0–255) for icmp,
 * 0–65535 else (AWS ignores ports for every other protocol).
 */
function portsOf(protocol: IpProtocol, from: number | null, to: number | null): { fromPort: number; toPort: number } {
  if (protocol === 'tcp' || protocol === 'udp') return { fromPort: clampPort(from, 0), toPort: clampPort(to, 65535) };
  if (protocol === 'icmp') {
    if (from === null || from < 0) return { fromPort: 0, toPort: 255 };
    return { fromPort: clampPort(from, 0), toPort: clampPort(from, 0) };
  }
  return { fromPort: 0, toPort: 65535 };
}

export interface SgRulesResult {
  readonly rules: SgRule[];
  readonly ipv6: number;
  /** Groups named by `UserIdGroupPairs`, with what AWS says about them. */
  readonly groupRefs: { groupId: string; vpcId: string | null; userId: string | null; peering: string | null }[];
  readonly prefixLists: string[];
}

/** One SG's `IpPermissions` or `IpPermissionsEgress`. `idBase` makes the rule ids (`sg-1:in:3`). */
export function sgRules(perms: readonly Raw[], idBase: string): SgRulesResult {
  const rules: SgRule[] = [];
  const groupRefs: SgRulesResult['groupRefs'] = [];
  const prefixLists: string[] = [];
  let ipv6 = 0;
  for (const p of perms) {
    const protocol = protocolOf(str(p, 'IpProtocol'));
    if (protocol === null) {
      ipv6 += objs(p, 'Ipv6Ranges').length;
      continue;
    }
    const ports = portsOf(protocol, num(p, 'FromPort'), num(p, 'ToPort'));
    const base = { protocol, ...ports };
    const push = (src: { cidr: string | null; sourceSg: string | null; prefixListId?: string }, description: string) =>
      rules.push({ id: `${idBase}:${rules.length + 1}`, ...base, ...src, description });
    for (const r of objs(p, 'IpRanges')) {
      const cidr = str(r, 'CidrIp');
      if (cidr) push({ cidr, sourceSg: null }, str(r, 'Description') ?? '');
    }
    for (const r of objs(p, 'Ipv6Ranges')) {
      const cidr = str(r, 'CidrIpv6');
      if (cidr) push({ cidr, sourceSg: null }, str(r, 'Description') ?? '');
    }
    for (const g of objs(p, 'UserIdGroupPairs')) {
      const groupId = str(g, 'GroupId');
      if (!groupId) continue;
      groupRefs.push({
        groupId,
        vpcId: str(g, 'VpcId'),
        userId: str(g, 'UserId'),
        peering: str(g, 'VpcPeeringConnectionId'),
      });
      push({ cidr: null, sourceSg: groupId }, str(g, 'Description') ?? '');
    }
    for (const l of objs(p, 'PrefixListIds')) {
      const id = str(l, 'PrefixListId');
      if (!id) continue;
      prefixLists.push(id);
      push({ cidr: null, sourceSg: null, prefixListId: id }, str(l, 'Description') ?? '');
    }
  }
  return { rules, ipv6, groupRefs, prefixLists };
}

export interface NaclRulesResult {
  readonly rules: NaclRule[];
  readonly ipv6: number;
}

/** A NACL's `Entries`, without the `*` rules (32767, 32768: the deny the model applies anyway). */
export function naclRules(entries: readonly Raw[], idBase: string): NaclRulesResult {
  const rules: NaclRule[] = [];
  let ipv6 = 0;
  for (const e of entries) {
    const number = num(e, 'RuleNumber');
    if (number === null || number === 32767 || number === 32768) continue;
    // IPv6 entries (`Ipv6CidrBlock`) are rules like the IPv4 ones; the engine keeps the families apart.
    const cidr = str(e, 'CidrBlock') ?? str(e, 'Ipv6CidrBlock');
    if (!cidr) continue;
    const protocol = protocolOf(str(e, 'Protocol'));
    if (protocol === null) {
      if (str(e, 'Ipv6CidrBlock')) ipv6++;
      continue;
    }
    const range = obj(e, 'PortRange');
    const icmp = obj(e, 'IcmpTypeCode');
    const ports =
      protocol === 'icmp'
        ? portsOf(protocol, num(icmp, 'Type'), num(icmp, 'Code'))
        : portsOf(protocol, num(range, 'From'), num(range, 'To'));
    rules.push({
      id: `${idBase}:${rules.length + 1}`,
      number,
      direction: bool(e, 'Egress') ? 'outbound' : 'inbound',
      action: str(e, 'RuleAction')?.toLowerCase() === 'deny' ? 'deny' : 'allow',
      protocol,
      ...ports,
      cidr,
    });
  }
  return { rules, ipv6 };
}
