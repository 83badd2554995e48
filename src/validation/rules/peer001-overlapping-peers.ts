import { formatCidr, overlaps } from '../../model/cidr.ts';
import { str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** PEER-001: VPCs with any overlapping IPv4 blocks (secondary included) cannot be peered [PG:vpc-peering-basics]. */
export const peer001 = defineRule({
  id: 'PEER-001',
  title: 'Peered VPCs must not have overlapping CIDR blocks.',
  variants: { overlap: 'error', 'same-vpc': 'error' },
  run(ctx, emit) {
    for (const p of ctx.index.ofKind('peering')) {
      const a = ctx.index.getKind(str(p.requesterVpcId), 'vpc');
      const b = ctx.index.getKind(str(p.accepterVpcId), 'vpc');
      if (!a || !b) continue;
      if (a.id === b.id) {
        emit('same-vpc', p.id, { vpc: a.id }, [a.id]);
        continue;
      }
      for (const x of ctx.vpcBlocks(a.id)) {
        for (const y of ctx.vpcBlocks(b.id)) {
          if (overlaps(x.cidr, y.cidr)) {
            emit(
              'overlap',
              p.id,
              {
                vpc: a.id,
                cidr: formatCidr(x.cidr),
                otherVpc: b.id,
                otherCidr: formatCidr(y.cidr),
              },
              [a.id, b.id],
            );
          }
        }
      }
    }
  },
});
