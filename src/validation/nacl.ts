/**
 * Network ACL evaluation: numbered rules, lowest first, first match wins, final `*` deny
 * ([UG:vpc-network-acls]). A default NACL with no rules in a direction allows everything in that
 * direction (AWS's default NACL, whose rule 100 allow-all the design does not spell out); once
 * the user lists rules for a direction they are the whole rule set, ending in the implicit deny.
 */
import type { Cidr } from '../model/cidr.ts';
import type { IpProtocol, NaclRule, NetworkAcl } from '../model/types.ts';
import { cidrOrNull } from '../model/cidr.ts';
import { isIpProtocol, isPorted } from '../model/kinds/index.ts';
import { protocolMatches, protocolText } from './protocols.ts';
import { objects } from './safe.ts';

export type Direction = 'inbound' | 'outbound';
export type TrafficProtocol = IpProtocol;

export interface ParsedNaclRule {
  readonly rule: NaclRule;
  readonly number: number;
  readonly allow: boolean;
  readonly protocol: IpProtocol;
  /** Port range; [0, 65535] for every protocol but tcp and udp (ports do not apply). */
  readonly from: number;
  readonly to: number;
  readonly cidr: Cidr;
}

/**
 * What a rule's `cidr` holds when an import could not know the block (a template's imported value):
 * whether a peer is in it is not known, so where the rule could decide, the answer is "unknown".
 */
export const UNKNOWN_NACL_CIDR = 'unknown';

/**
 * The same for an IPv6 entry (CloudFormation's `Ipv6CidrBlock`): only IPv6 traffic may meet it, so the
 * IPv4 engine passes it by. A rule of `UNKNOWN_NACL_CIDR` (family not known either) is unknown to both.
 */
export const UNKNOWN_NACL_CIDR6 = 'unknown-ipv6';

/** Whether a NACL rule's block is one an import could not know (of either family). */
export function isUnknownNaclCidr(cidr: unknown): boolean {
  return cidr === UNKNOWN_NACL_CIDR || cidr === UNKNOWN_NACL_CIDR6;
}

/** A rule whose block is not known (`cidr: "unknown"`), with what it would do. */
export interface UnknownNaclRule {
  readonly rule: NaclRule;
  readonly number: number;
  readonly allow: boolean;
  readonly protocol: IpProtocol;
  readonly from: number;
  readonly to: number;
}

const parsedCache = new WeakMap<NetworkAcl, { inbound: ParsedNaclRule[]; outbound: ParsedNaclRule[] }>();
const unknownCache = {
  ipv4: new WeakMap<NetworkAcl, { inbound: UnknownNaclRule[]; outbound: UnknownNaclRule[] }>(),
  ipv6: new WeakMap<NetworkAcl, { inbound: UnknownNaclRule[]; outbound: UnknownNaclRule[] }>(),
};

/**
 * The rules of one direction whose block is not known that traffic of `family` may meet, by
 * number: for IPv4 those of no known family (`UNKNOWN_NACL_CIDR`), for IPv6 those and the IPv6 ones.
 */
export function naclUnknownRules(
  acl: NetworkAcl,
  direction: Direction,
  family: 'ipv4' | 'ipv6' = 'ipv4',
): readonly UnknownNaclRule[] {
  let u = unknownCache[family].get(acl);
  if (!u) {
    u = { inbound: [], outbound: [] };
    for (const rule of objects<NaclRule>(acl.rules)) {
      if (rule.cidr !== UNKNOWN_NACL_CIDR && !(family === 'ipv6' && rule.cidr === UNKNOWN_NACL_CIDR6)) continue;
      if (rule.direction !== 'inbound' && rule.direction !== 'outbound') continue;
      if (!Number.isInteger(rule.number) || (rule.action !== 'allow' && rule.action !== 'deny')) continue;
      if (!isIpProtocol(rule.protocol)) continue;
      const ported = isPorted(rule.protocol) && Number.isInteger(rule.fromPort) && Number.isInteger(rule.toPort);
      u[rule.direction].push({
        rule,
        number: rule.number,
        allow: rule.action === 'allow',
        protocol: rule.protocol,
        from: ported ? rule.fromPort : 0,
        to: ported ? rule.toPort : 65535,
      });
    }
    u.inbound.sort((a, b) => a.number - b.number);
    u.outbound.sort((a, b) => a.number - b.number);
    unknownCache[family].set(acl, u);
  }
  return u[direction];
}

/** Evaluable rules of one direction, sorted by number (ties keep document order). */
export function naclRules(acl: NetworkAcl, direction: Direction): readonly ParsedNaclRule[] {
  let p = parsedCache.get(acl);
  if (!p) {
    p = { inbound: [], outbound: [] };
    for (const rule of objects<NaclRule>(acl.rules)) {
      if (rule.direction !== 'inbound' && rule.direction !== 'outbound') continue;
      if (!Number.isInteger(rule.number) || (rule.action !== 'allow' && rule.action !== 'deny')) continue;
      if (!isIpProtocol(rule.protocol)) continue;
      const cidr = cidrOrNull(rule.cidr);
      if (!cidr) continue;
      const ported = isPorted(rule.protocol);
      let from = 0;
      let to = 65535;
      if (ported) {
        if (!Number.isInteger(rule.fromPort) || !Number.isInteger(rule.toPort)) continue;
        from = rule.fromPort;
        to = rule.toPort;
      }
      p[rule.direction].push({
        rule,
        number: rule.number,
        allow: rule.action === 'allow',
        protocol: rule.protocol,
        from,
        to,
        cidr,
      });
    }
    p.inbound.sort((a, b) => a.number - b.number);
    p.outbound.sort((a, b) => a.number - b.number);
    parsedCache.set(acl, p);
  }
  return p[direction];
}

/** Whether `acl` allows everything in a direction by default (default NACL with no rules there). */
export function allowsAllByDefault(acl: NetworkAcl, direction: Direction): boolean {
  return acl.isDefault === true && !objects<NaclRule>(acl.rules).some((r) => r.direction === direction);
}

/** Does the rule's protocol/port match one packet? (`all` traffic is matched only by `all` rules.) */
export function ruleMatchesPacket(
  r: { protocol: IpProtocol; from: number; to: number },
  proto: TrafficProtocol,
  port: number,
): boolean {
  return protocolMatches(r.protocol, r.from, r.to, proto, port);
}

/** A partial rule (not `all`) that intersects `all` traffic: relevant to a deny when asking about all traffic. */
function intersectsAllTraffic(r: ParsedNaclRule): boolean {
  return r.protocol !== 'all';
}

export interface NaclDecision {
  readonly allowed: boolean;
  /** The deciding rule; null when no rule matched (implicit deny, or default allow). */
  readonly rule: ParsedNaclRule | null;
  /**
   * How it was decided. `unknown`: a rule whose block is not known comes first and would decide
   * the other way (then `allowed` is false, and `unknownRule` is that rule).
   */
  readonly by: 'rule' | 'default-allow' | 'implicit-deny' | 'no-acl' | 'unknown';
  readonly unknownRule?: NaclRule;
}

/**
 * First-match decision for one packet. `acl` undefined means the subnet has no NACL in the design:
 * AWS's default NACL, which allows everything.
 */
export function naclDecide(
  acl: NetworkAcl | undefined,
  direction: Direction,
  proto: TrafficProtocol,
  port: number,
  addr: number,
): NaclDecision {
  if (!acl) return { allowed: true, rule: null, by: 'no-acl' };
  if (allowsAllByDefault(acl, direction)) return { allowed: true, rule: null, by: 'default-allow' };
  const d = naclDecideKnown(acl, direction, proto, port, addr);
  // A rule of unknown block before the deciding one, that would decide the other way: not known.
  const limit = d.rule ? d.rule.number : Infinity;
  const open = naclUnknownRules(acl, direction).find(
    (u) =>
      u.number < limit &&
      u.allow !== d.allowed &&
      (proto === 'all' ? u.protocol === 'all' || !u.allow : protocolMatches(u.protocol, u.from, u.to, proto, port)),
  );
  return open ? { allowed: false, rule: null, by: 'unknown', unknownRule: open.rule } : d;
}

function naclDecideKnown(
  acl: NetworkAcl,
  direction: Direction,
  proto: TrafficProtocol,
  port: number,
  addr: number,
): NaclDecision {
  for (const r of naclRules(acl, direction)) {
    if (addr < r.cidr.base || addr > r.cidr.last) continue;
    if (proto === 'all') {
      if (r.protocol === 'all') return { allowed: r.allow, rule: r, by: 'rule' };
      // Part of "all traffic" is denied here, so not all traffic is allowed.
      if (!r.allow && intersectsAllTraffic(r)) return { allowed: false, rule: r, by: 'rule' };
      continue;
    }
    if (ruleMatchesPacket(r, proto, port)) return { allowed: r.allow, rule: r, by: 'rule' };
  }
  return { allowed: false, rule: null, by: 'implicit-deny' };
}

const MAX_BREAKS = 64;

function breakpoints(lo: number, hi: number, edges: Iterable<number>): number[] {
  const s = new Set<number>([lo]);
  for (const e of edges) if (e > lo && e <= hi) s.add(e);
  const out = [...s].sort((a, b) => a - b);
  return out.length > MAX_BREAKS ? out.slice(0, MAX_BREAKS) : out;
}

export interface RangeDecision {
  /** Every packet in the box is allowed. */
  readonly all: boolean;
  /** Some packet in the box is allowed. */
  readonly some: boolean;
  /** A denied sample and the decision that denied it, when `all` is false. */
  readonly denied?: { port: number; addr: number; decision: NaclDecision };
}

/**
 * Decide a whole box of packets (ports [portLo, portHi] x addresses [addrLo, addrHi]) exactly, by
 * evaluating one packet per cell of the grid the rules' edges cut the box into: within a cell every
 * packet meets the same rules, so gets the same decision. (Capped at 64 edges per axis for
 * pathological rule lists.)
 */
export function naclDecideRange(
  acl: NetworkAcl | undefined,
  direction: Direction,
  proto: TrafficProtocol,
  portLo: number,
  portHi: number,
  addrLo: number,
  addrHi: number,
): RangeDecision {
  if (!acl || allowsAllByDefault(acl, direction)) return { all: true, some: true };
  const rules = naclRules(acl, direction);
  const ported = isPorted(proto);
  const ports = ported
    ? breakpoints(
        portLo,
        portHi,
        rules.flatMap((r) => (r.protocol === proto ? [r.from, r.to + 1] : [])),
      )
    : [portLo];
  const addrs = breakpoints(
    addrLo,
    addrHi,
    rules.flatMap((r) => [r.cidr.base, r.cidr.last + 1]),
  );
  let all = true;
  let some = false;
  let denied: RangeDecision['denied'];
  for (const port of ports) {
    for (const addr of addrs) {
      const d = naclDecide(acl, direction, proto, port, addr);
      if (d.allowed) some = true;
      else {
        all = false;
        denied ??= { port, addr, decision: d };
      }
    }
  }
  return denied ? { all, some, denied } : { all, some };
}

export function naclRuleText(r: ParsedNaclRule): string {
  const ports = isPorted(r.protocol) ? ` ${r.from === r.to ? r.from : `${r.from}-${r.to}`}` : '';
  const proto = protocolText(r.protocol);
  const dir = r.rule.direction === 'inbound' ? 'from' : 'to';
  return `rule ${r.number}: ${r.allow ? 'allow' : 'deny'} ${proto}${ports} ${dir} ${r.rule.cidr}`;
}

export interface RangeSegment {
  readonly from: number;
  readonly to: number;
  readonly decision: NaclDecision;
}

/**
 * The port range [lo, hi] for one peer address cut into the stretches one rule decides (or the
 * implicit deny, or a default allow), in port order: which rule allows or denies which ports.
 * Ports do not apply to icmp and all: one stretch [lo, hi]. `acl` undefined: AWS's default NACL.
 */
export function naclRangeSegments(
  acl: NetworkAcl | undefined,
  direction: Direction,
  proto: TrafficProtocol,
  lo: number,
  hi: number,
  addr: number,
): RangeSegment[] {
  const ported = isPorted(proto);
  const rules = acl ? naclRules(acl, direction) : [];
  const starts = ported
    ? breakpoints(
        lo,
        hi,
        rules.flatMap((r) => (r.protocol === proto ? [r.from, r.to + 1] : [])),
      )
    : [lo];
  const out: { from: number; to: number; decision: NaclDecision }[] = [];
  starts.forEach((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1]! - 1 : hi;
    const decision = naclDecide(acl, direction, proto, from, addr);
    const last = out[out.length - 1];
    if (last && last.decision.rule === decision.rule && last.decision.by === decision.by) last.to = to;
    else out.push({ from, to, decision });
  });
  return out;
}
