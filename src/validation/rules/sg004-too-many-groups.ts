import { kindsWith } from '../../model/kinds/index.ts';
import { defineRule } from './rule.ts';

/** Default quota of security groups per network interface [UG:amazon-vpc-limits]. */
export const SG_PER_ENI = 5;

/** SG-004: at most 5 SGs per ENI by default (up to 16). */
export const sg004 = defineRule({
  id: 'SG-004',
  title: 'A network interface can have at most 5 security groups by default.',
  variants: { 'too-many-sgs': 'warning' },
  run(ctx, emit) {
    for (const kind of kindsWith('securityGroupMember')) {
      for (const r of ctx.index.ofKind(kind)) {
        const n = ctx.sgsOf(r.id).length;
        if (n > SG_PER_ENI) {
          emit('too-many-sgs', r.id, {
            count: n,
            quota: SG_PER_ENI,
          });
        }
      }
    }
  },
});
