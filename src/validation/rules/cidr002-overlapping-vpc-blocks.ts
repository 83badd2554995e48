import { formatCidr, overlaps } from '../../model/cidr.ts';
import { defineRule } from './rule.ts';

/** CIDR-002: blocks of one VPC must not overlap [UG:vpc-cidr-blocks]. */
export const cidr002 = defineRule({
  id: 'CIDR-002',
  title: 'The CIDR blocks of a VPC must not overlap.',
  variants: { overlap: 'error' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const blocks = ctx.vpcBlocks(vpc.id);
      for (let i = 0; i < blocks.length; i++) {
        for (let j = i + 1; j < blocks.length; j++) {
          const a = blocks[i]!;
          const b = blocks[j]!;
          if (overlaps(a.cidr, b.cidr)) {
            emit('overlap', vpc.id, {
              cidr: formatCidr(b.cidr),
              other: formatCidr(a.cidr),
            });
          }
        }
      }
    }
  },
});
