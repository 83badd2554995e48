import type { SgRule } from '../../model/types.ts';
import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** SG-005: security group hygiene [CKV2_AWS_5; CKV_AWS_23; CKV_AWS_382]. */
export const sg005 = defineRule({
  id: 'SG-005',
  title: 'A security group should be attached, described, and not allow all outbound traffic to 0.0.0.0/0.',
  variants: { unattached: 'info', 'no-description': 'info', 'egress-open': 'info' },
  reads: [
    'securityGroup.isDefault',
    'securityGroup.description',
    'securityGroup.egress',
    'instance.securityGroupIds',
    'loadBalancer.securityGroupIds',
    'rds.securityGroupIds',
  ],
  run(ctx, emit) {
    for (const sg of ctx.index.ofKind('securityGroup')) {
      if (sg.isDefault !== true && ctx.sgMembers(sg.id).length === 0) {
        emit('unattached', sg.id, `Security group ${sg.id} is not attached to any resource.`);
      }
      if (!str(sg.description)?.trim()) {
        emit('no-description', sg.id, `Security group ${sg.id} has no description; say what it is for.`);
      }
      if (objects<SgRule>(sg.egress).some((r) => r.protocol === 'all' && ctx.cidr(r.cidr)?.prefix === 0)) {
        emit('egress-open', sg.id, `Security group ${sg.id} allows all outbound traffic to 0.0.0.0/0.`);
      }
    }
  },
});
