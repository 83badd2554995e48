import { containsIp, overlaps } from '../../model/cidr.ts';
import { naclRuleText, naclRules, type ParsedNaclRule } from '../nacl.ts';
import { defineRule } from './rule.ts';

const MAX_EDGES = 64;

function edges(lo: number, hi: number, points: Iterable<number>): number[] {
  const set = new Set<number>([lo]);
  for (const p of points) if (p > lo && p <= hi) set.add(p);
  return [...set].sort((a, b) => a - b).slice(0, MAX_EDGES);
}

/**
 * The earlier rules that decide every packet `r` would match, or null if some packet reaches `r`.
 * Exact: the earlier rules' port and address edges cut `r`'s box into cells, and within a cell
 * every packet meets the same rules, so one sample per cell decides. Covers unions (two /1 rules
 * shadow a /0 one; 0-1000 and 1001-65535 shadow 0-65535). A rule for all protocols can only be
 * shadowed by earlier all-protocol rules (other protocols than tcp/udp/icmp exist).
 */
export function shadowingRules(earlier: readonly ParsedNaclRule[], r: ParsedNaclRule): ParsedNaclRule[] | null {
  const relevant = earlier.filter(
    (e) => e.number < r.number && overlaps(e.cidr, r.cidr) && (e.protocol === 'all' || e.protocol === r.protocol),
  );
  if (relevant.length === 0) return null;
  const ported = r.protocol === 'tcp' || r.protocol === 'udp';
  const ports = ported
    ? edges(
        r.from,
        r.to,
        relevant.flatMap((e) => [e.from, e.to + 1]),
      )
    : [0];
  const addrs = edges(
    r.cidr.base,
    r.cidr.last,
    relevant.flatMap((e) => [e.cidr.base, e.cidr.last + 1]),
  );
  const by = new Set<ParsedNaclRule>();
  for (const port of ports) {
    for (const addr of addrs) {
      const hit = relevant.find(
        (e) => containsIp(e.cidr, addr) && (!ported || e.protocol === 'all' || (port >= e.from && port <= e.to)),
      );
      if (!hit) return null;
      by.add(hit);
    }
  }
  return relevant.filter((e) => by.has(e));
}

/**
 * NACL-002: a rule never evaluated because lower-numbered rules already match everything it would
 * (first match wins) [cfn_nag W72]. Warning when some of those rules act differently (the rule's
 * intent is contradicted), info when they all do the same (it is redundant).
 */
export const nacl002 = defineRule({
  id: 'NACL-002',
  title: 'A network ACL rule that lower-numbered rules fully shadow never takes effect.',
  variants: { shadowed: 'warning', redundant: 'info' },
  run(ctx, emit) {
    for (const acl of ctx.index.ofKind('nacl')) {
      for (const dir of ['inbound', 'outbound'] as const) {
        const rules = naclRules(acl, dir);
        rules.forEach((r, i) => {
          const by = shadowingRules(rules.slice(0, i), r);
          if (!by) return;
          const numbers = by.map((b) => b.number).join(', ');
          const params = { number: r.number, direction: dir, by: numbers, rule: naclRuleText(r), count: by.length };
          if (by.some((b) => b.allow !== r.allow)) {
            emit('shadowed', acl.id, params);
          } else {
            emit('redundant', acl.id, params);
          }
        });
      }
    }
  },
});
