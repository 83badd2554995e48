import { str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** PEER-002: one peering connection per VPC pair [PG:vpc-peering-basics]. */
export const peer002 = defineRule({
  id: 'PEER-002',
  title: 'Only one peering connection can exist between the same two VPCs.',
  variants: { duplicate: 'error' },
  run(ctx, emit) {
    const seen = new Map<string, string>();
    for (const p of ctx.index.ofKind('peering')) {
      const a = str(p.requesterVpcId);
      const b = str(p.accepterVpcId);
      if (!a || !b || !ctx.index.getKind(a, 'vpc') || !ctx.index.getKind(b, 'vpc')) continue;
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      const first = seen.get(key);
      if (first) {
        emit('duplicate', p.id, { other: first, vpc: a, otherVpc: b }, [first]);
      } else seen.set(key, p.id);
    }
  },
});
