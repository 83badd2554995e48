import { formatCidr } from '../../model/cidr.ts';
import type { Cidr } from '../../model/cidr.ts';
import type { Subnet } from '../../model/types.ts';
import { defineRule } from './rule.ts';

/** SUB-003: subnets of one VPC must not overlap [UG:subnet-sizing; cfn-lint E3060]. Sort + sweep, O(n log n). */
export const sub003 = defineRule({
  id: 'SUB-003',
  title: 'Subnets in the same VPC must not overlap.',
  variants: { overlap: 'error' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const items: { s: Subnet; c: Cidr }[] = [];
      for (const s of ctx.subnetsOf(vpc.id)) {
        const c = ctx.cidr(s.cidr);
        if (c) items.push({ s, c });
      }
      items.sort((a, b) => a.c.base - b.c.base || a.c.last - b.c.last);
      // Active set: earlier subnets whose range may still reach later ones.
      let active: { s: Subnet; c: Cidr }[] = [];
      for (const it of items) {
        active = active.filter((a) => a.c.last >= it.c.base);
        for (const a of active) {
          emit('overlap', it.s.id, { cidr: formatCidr(it.c), other: a.s.id, otherCidr: formatCidr(a.c) }, [a.s.id]);
        }
        active.push(it);
      }
    }
  },
});
