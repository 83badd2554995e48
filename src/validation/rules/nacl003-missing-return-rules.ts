import { formatCidr } from '../../model/cidr.ts';
import { allowsAllByDefault, naclDecideRange, naclRules } from '../nacl.ts';
import { defineRule } from './rule.ts';

export const EPHEMERAL_FROM = 1024;
export const EPHEMERAL_TO = 65535;

/**
 * NACL-003: NACLs are stateless, so each allowed request needs the opposite direction to allow
 * the responses to/from the same CIDR on ephemeral ports 1024–65535 (the range AWS recommends:
 * NAT gateways and ELB use all of it) [UG:vpc-network-acls, "Ephemeral ports"].
 *
 * A rule that itself opens a wide high-port range (inside 1024–65535, at least 10,000 ports) is
 * read as a response rule, not a request, and is not checked.
 */
export const nacl003 = defineRule({
  id: 'NACL-003',
  title: 'Each allowed request direction needs an allow for the ephemeral-port responses (1024–65535) the other way.',
  variants: { 'missing-return': 'warning' },
  run(ctx, emit) {
    for (const acl of ctx.index.ofKind('nacl')) {
      for (const dir of ['inbound', 'outbound'] as const) {
        const back = dir === 'inbound' ? 'outbound' : 'inbound';
        if (allowsAllByDefault(acl, back)) continue;
        for (const r of naclRules(acl, dir)) {
          if (!r.allow || r.protocol === 'icmp') continue;
          if (r.protocol !== 'all' && r.from >= EPHEMERAL_FROM && r.to - r.from >= 10000) continue;
          const proto = r.protocol === 'all' ? 'tcp' : r.protocol;
          const d = naclDecideRange(acl, back, proto, EPHEMERAL_FROM, EPHEMERAL_TO, r.cidr.base, r.cidr.last);
          if (d.all) continue;
          const cidr = formatCidr(r.cidr);
          emit('missing-return', acl.id, {
            number: r.number,
            direction: dir,
            returnDirection: back,
            protocol: proto,
            cidr,
          });
        }
      }
    }
  },
});
