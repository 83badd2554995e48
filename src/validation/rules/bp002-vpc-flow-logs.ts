import { defineRule } from './rule.ts';

/** BP-002: VPC flow logs [CKV2_AWS_11; AVD-AWS-0178]. */
export const bp002 = defineRule({
  id: 'BP-002',
  title: 'A VPC should have flow logs enabled.',
  variants: { 'no-flow-logs': 'info' },
  run(ctx, emit) {
    for (const vpc of ctx.index.ofKind('vpc')) {
      if (vpc.flowLogs !== true) emit('no-flow-logs', vpc.id);
    }
  },
});
