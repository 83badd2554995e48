import { contains, formatCidr, overlaps } from '../../model/cidr.ts';
import { defineRule } from './rule.ts';

/** SUB-002: a subnet's block lies inside one block of its VPC [UG:subnet-sizing; cfn-lint E3059]. */
export const sub002 = defineRule({
  id: 'SUB-002',
  title: 'A subnet must sit inside a single CIDR block of its VPC.',
  variants: { 'no-vpc': 'error', 'outside-vpc': 'error', 'spans-blocks': 'error' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      const cidr = ctx.cidr(s.cidr);
      const vpc = ctx.index.vpcOf(s.id);
      if (!vpc) {
        emit('no-vpc', s.id);
        continue;
      }
      if (!cidr) continue;
      const blocks = ctx.vpcBlocks(vpc.id);
      if (blocks.length === 0 || blocks.some((b) => contains(b.cidr, cidr))) continue;
      const text = formatCidr(cidr);
      const vpcBlocks = blocks.map((b) => formatCidr(b.cidr)).join(', ');
      if (blocks.some((b) => overlaps(b.cidr, cidr))) {
        emit(
          'spans-blocks',
          s.id,
          {
            cidr: text,
            vpc: vpc.id,
            vpcBlocks,
          },
          [vpc.id],
        );
      } else {
        emit('outside-vpc', s.id, { cidr: text, vpc: vpc.id, vpcBlocks }, [vpc.id]);
      }
    }
  },
});
