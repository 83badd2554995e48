import { contains } from '../../model/cidr.ts';
import { describeNaclRule, naclRules, type ParsedNaclRule } from '../nacl.ts';
import { defineRule } from './rule.ts';

/** The earlier rules, each covering this rule's whole address range and protocol, whose ports together cover its ports. */
export function shadowingRules(earlier: readonly ParsedNaclRule[], r: ParsedNaclRule): ParsedNaclRule[] | null {
  const covering = earlier.filter(
    (e) => e.number < r.number && contains(e.cidr, r.cidr) && (e.protocol === 'all' || e.protocol === r.protocol),
  );
  if (covering.length === 0) return null;
  if (r.protocol !== 'tcp' && r.protocol !== 'udp') return covering;
  const intervals = covering.map((e) => [e.from, e.to] as const).sort((a, b) => a[0] - b[0]);
  let reach = r.from - 1;
  for (const [from, to] of intervals) {
    if (from > reach + 1) break;
    reach = Math.max(reach, to);
    if (reach >= r.to) break;
  }
  if (reach < r.to) return null;
  return covering.filter((e) => e.from <= r.to && e.to >= r.from);
}

/**
 * NACL-002: a rule never evaluated because lower-numbered rules already match everything it would
 * (first match wins) [cfn_nag W72]. Coverage is computed from earlier rules that each cover the
 * rule's whole source/destination block; their port ranges may combine.
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
          const params = { number: r.number, direction: dir, by: numbers, rule: describeNaclRule(r) };
          if (by.some((b) => b.allow !== r.allow)) {
            emit('shadowed', acl.id, `Network ACL ${acl.id}: ${dir} ${describeNaclRule(r)} never applies: lower-numbered rule(s) ${numbers} already decide that traffic differently.`, params);
          } else {
            emit('redundant', acl.id, `Network ACL ${acl.id}: ${dir} ${describeNaclRule(r)} is redundant: lower-numbered rule(s) ${numbers} already ${r.allow ? 'allow' : 'deny'} that traffic.`, params);
          }
        });
      }
    }
  },
});
