/**
 * Security group evaluation for the path engine: stateful, allow-only, all attached groups
 * aggregated [UG:security-groups]. A rule matches a CIDR that contains the peer's address, or an
 * SG reference whose members include the peer, and only at the peer's private IP
 * [UG:security-group-rules].
 */
import { containsIp } from '../../model/cidr.ts';
import type { IpProtocol, Resource, ResourceId, SecurityGroup, SgRule, Vpc } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { protocolMatches as matches, protocolText } from '../protocols.ts';
import { prefixListContains } from '../prefixLists.ts';
import { objects, str } from '../safe.ts';

export interface SgLike {
  readonly id: string;
  /** True for the stand-in default group of a VPC whose default SG is not in the design. */
  readonly synthetic: boolean;
  readonly ingress: readonly SgRule[];
  readonly egress: readonly SgRule[];
}

const syntheticCache = new WeakMap<Vpc, SgLike>();

/** AWS's default SG as created with a VPC: inbound from itself, all outbound [UG:default-security-group]. */
function syntheticDefault(vpc: Vpc): SgLike {
  let s = syntheticCache.get(vpc);
  if (!s) {
    const id = `${vpc.id}:default-sg`;
    s = {
      id,
      synthetic: true,
      ingress: [
        { id: 'self', protocol: 'all', fromPort: 0, toPort: 65535, cidr: null, sourceSg: id, description: 'default' },
      ],
      egress: [
        {
          id: 'all',
          protocol: 'all',
          fromPort: 0,
          toPort: 65535,
          cidr: '0.0.0.0/0',
          sourceSg: null,
          description: 'default',
        },
        // With an IPv6 block, AWS's default group also allows all outbound IPv6 [UG:default-security-group].
        ...(Array.isArray(vpc.ipv6CidrBlocks) && vpc.ipv6CidrBlocks.length
          ? [
              {
                id: 'all6',
                protocol: 'all' as const,
                fromPort: 0,
                toPort: 65535,
                cidr: '::/0',
                sourceSg: null,
                description: 'default',
              },
            ]
          : []),
      ],
    };
    syntheticCache.set(vpc, s);
  }
  return s;
}

/**
 * The groups that apply to a resource: its attached groups; with none, the VPC's default group
 * (AWS launches into it when no group is given), or a stand-in for it when the design omits it.
 */
export function effectiveSgs(ctx: ValidationContext, r: Resource): readonly SgLike[] {
  const own = ctx.sgsOf(r.id);
  if (own.length) return own.map(asLike);
  const vpc = ctx.index.vpcOf(r.id);
  if (!vpc) return [];
  const def = ctx.securityGroupsOf(vpc.id).find((g) => g.isDefault === true);
  return [def ? asLike(def) : syntheticDefault(vpc)];
}

function asLike(sg: SecurityGroup): SgLike {
  return { id: sg.id, synthetic: false, ingress: objects<SgRule>(sg.ingress), egress: objects<SgRule>(sg.egress) };
}

export interface Peer {
  readonly addr: number;
  readonly resource?: Resource;
  /** The address is the resource's private IP (SG references match private IPs only). */
  readonly isPrivate: boolean;
}

/** Does a rule's protocol and port range match the traffic? (protocols.ts) */
export function protocolMatches(
  rule: { protocol: unknown; fromPort: unknown; toPort: unknown },
  proto: IpProtocol,
  port: number,
): boolean {
  return matches(rule.protocol, rule.fromPort, rule.toPort, proto, port);
}

export interface SgDecision {
  readonly allowed: boolean;
  readonly sg?: SgLike;
  readonly rule?: SgRule;
  /** None of the groups has any rule in this direction. */
  readonly noRules: boolean;
  /**
   * Not allowed by any rule known to match, but a rule naming a prefix list whose entries are not
   * known (or that is not in the design) might: whether the traffic passes is not known.
   */
  readonly unknown?: { readonly sg: SgLike; readonly rule: SgRule; readonly prefixList: string };
}

export function sgDecide(
  ctx: ValidationContext,
  sgs: readonly SgLike[],
  direction: 'ingress' | 'egress',
  proto: IpProtocol,
  port: number,
  peer: Peer,
): SgDecision {
  let any = false;
  let unknown: SgDecision['unknown'];
  for (const sg of sgs) {
    for (const rule of sg[direction]) {
      any = true;
      if (!protocolMatches(rule, proto, port)) continue;
      const m = rulePeerMatch(ctx, sg, rule, peer);
      if (m) return { allowed: true, sg, rule, noRules: false };
      if (m === null) unknown ??= { sg, rule, prefixList: str(rule.prefixListId)! };
    }
  }
  return unknown ? { allowed: false, noRules: false, unknown } : { allowed: false, noRules: !any };
}

/**
 * Does a rule's peer (a CIDR, a prefix list, a group reference) match `peer`, whatever the
 * traffic? `null` when that is not known (a prefix list whose entries are not known).
 */
export function rulePeerMatch(ctx: ValidationContext, sg: SgLike, rule: SgRule, peer: Peer): boolean | null {
  const c = ctx.cidr(rule.cidr);
  if (c && containsIp(c, peer.addr)) return true;
  const pl = str(rule.prefixListId);
  if (pl) return prefixListContains(ctx, pl, peer.addr);
  const ref = str(rule.sourceSg);
  return (
    !!ref &&
    peer.isPrivate &&
    !!peer.resource &&
    referenceUsable(ctx, sg, ref) &&
    effectiveSgs(ctx, peer.resource).some((g) => g.id === ref)
  );
}

/**
 * A reference works for a group of the same VPC, or of a VPC peered in the same Region
 * [PG:vpc-peering-security-groups]; other references match nothing (SG-003 reports them).
 */
export function referenceUsable(ctx: ValidationContext, owner: SgLike, ref: string): boolean {
  if (owner.synthetic || ref === owner.id) return true;
  const own = ctx.index.vpcOf(owner.id);
  const other = ctx.index.vpcOf(ref);
  if (!own || !other || own.id === other.id) return true;
  if (!ctx.peeringsOf(own.id).some((p) => ctx.peerOf(p, own.id)?.id === other.id)) return false;
  const ra = ctx.index.regionOf(own.id);
  const rb = ctx.index.regionOf(other.id);
  return !ra || !rb || str(ra.code) === str(rb.code);
}

export function sgRuleText(rule: SgRule, direction: 'ingress' | 'egress'): string {
  const proto = protocolText(rule.protocol);
  const ports =
    rule.protocol === 'tcp' || rule.protocol === 'udp'
      ? ` ${rule.fromPort === rule.toPort ? rule.fromPort : `${rule.fromPort}-${rule.toPort}`}`
      : '';
  const peer =
    rule.cidr ?? (rule.prefixListId ? `prefix list ${rule.prefixListId}` : `security group ${rule.sourceSg}`);
  return `allow ${proto}${ports} ${direction === 'ingress' ? 'from' : 'to'} ${peer}`;
}

export function sgIds(sgs: readonly SgLike[]): ResourceId {
  return sgs.map((s) => s.id).join(', ');
}
