import { defineRule } from './rule.ts';

/** SG-005: a security group should be attached to something [CKV2_AWS_5]. */
export const sg005 = defineRule({
  id: 'SG-005',
  title: 'A security group should be attached to a resource.',
  variants: { unattached: 'info' },
  run(ctx, emit) {
    for (const sg of ctx.index.ofKind('securityGroup')) {
      if (sg.isDefault !== true && ctx.sgMembers(sg.id).length === 0) {
        emit('unattached', sg.id);
      }
    }
  },
});
