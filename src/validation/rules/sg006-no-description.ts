import { str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** SG-006: a security group should say what it is for [CKV_AWS_23]. */
export const sg006 = defineRule({
  id: 'SG-006',
  title: 'A security group should have a description.',
  variants: { 'no-description': 'info' },
  run(ctx, emit) {
    for (const sg of ctx.index.ofKind('securityGroup')) {
      if (!str(sg.description)?.trim()) {
        emit('no-description', sg.id);
      }
    }
  },
});
