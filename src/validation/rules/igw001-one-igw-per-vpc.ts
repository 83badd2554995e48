import { defineRule } from './rule.ts';

/** IGW-001: one internet gateway per VPC [UG:amazon-vpc-limits]. */
export const igw001 = defineRule({
  id: 'IGW-001',
  title: 'A VPC can have only one internet gateway attached.',
  variants: { 'multiple-igws': 'error' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      const igws = ctx.igwsOf(vpc.id);
      if (igws.length > 1) {
        const ids = igws.map((g) => g.id);
        emit(
          'multiple-igws',
          vpc.id,
          {
            count: igws.length,
            igws: ids.join(', '),
          },
          ids,
        );
      }
    }
  },
});
