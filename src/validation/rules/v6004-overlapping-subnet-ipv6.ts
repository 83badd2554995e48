import { cidr6OrNull, overlaps6, type Cidr6 } from '../../model/cidr6.ts';
import { defineRule } from './rule.ts';

/** V6-004: subnets of one VPC whose IPv6 blocks overlap (AWS refuses the second one, as for IPv4). */
export const v6004 = defineRule({
  id: 'V6-004',
  title: 'Subnets in the same VPC have overlapping IPv6 blocks.',
  variants: { overlap: 'error' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const seen: { id: string; text: string; c: Cidr6 }[] = [];
      for (const s of ctx.subnetsOf(vpc.id)) {
        const c = cidr6OrNull(s.ipv6Cidr);
        if (!c) continue;
        const other = seen.find((o) => overlaps6(o.c, c));
        if (other)
          emit('overlap', s.id, { cidr: String(s.ipv6Cidr), other: other.id, otherCidr: other.text }, [other.id]);
        seen.push({ id: s.id, text: String(s.ipv6Cidr), c });
      }
    }
  },
});
