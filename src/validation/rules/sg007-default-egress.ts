import type { SgRule } from '../../model/types.ts';
import { objects } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * SG-007: security groups that keep AWS's default egress, all traffic to 0.0.0.0/0 [CKV_AWS_382].
 * Every new security group has that rule [UG:security-groups], so this is said once for the
 * design, naming the groups (on the first of them), not once per group.
 */
export const sg007 = defineRule({
  id: 'SG-007',
  title: 'Security groups keep the default egress: all traffic to anywhere.',
  variants: { 'default-egress': 'info' },
  run(ctx, emit) {
    const open = ctx.index
      .ofKind('securityGroup')
      .filter((sg) => objects<SgRule>(sg.egress).some((r) => r.protocol === 'all' && ctx.cidr(r.cidr)?.prefix === 0))
      .map((sg) => sg.id);
    if (open.length === 0) return;
    const groups = open.join(', ');
    emit('default-egress', open[0]!, { count: open.length, groups }, open.slice(1));
  },
});
