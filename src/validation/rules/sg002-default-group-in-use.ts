import { list } from '../safe.ts';
import { defineRule } from './rule.ts';

/** SG-002: the default SG should restrict all traffic and not be used [CKV2_AWS_12; Security Hub EC2.2]. */
export const sg002 = defineRule({
  id: 'SG-002',
  title: 'The default security group should have no rules and not be attached to resources.',
  variants: { 'has-rules': 'warning', 'in-use': 'warning' },
  run(ctx, emit) {
    for (const sg of ctx.index.ofKind('securityGroup')) {
      if (sg.isDefault !== true) continue;
      const n = list(sg.ingress).length + list(sg.egress).length;
      if (n > 0) {
        emit('has-rules', sg.id, {
          count: n,
        });
      }
      const members = ctx.sgMembers(sg.id).map((m) => m.id);
      if (members.length) {
        emit(
          'in-use',
          sg.id,
          {
            count: members.length,
            members: members.join(', '),
          },
          members,
        );
      }
    }
  },
});
