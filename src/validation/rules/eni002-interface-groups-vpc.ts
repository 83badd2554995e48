import { defineRule } from './rule.ts';

/**
 * ENI-002: a network interface's security groups must belong to the interface's VPC ("You can
 * assign a security group only to resources in the same VPC", VPC User Guide: security-groups).
 * TOP-002 leaves network interfaces to this rule.
 */
export const eni002 = defineRule({
  id: 'ENI-002',
  title: 'A network interface’s security groups must be in its VPC.',
  variants: { 'foreign-group': 'error' },
  run(ctx, emit) {
    for (const e of ctx.index.ofKind('networkInterface')) {
      const own = ctx.index.vpcOf(e.id)?.id;
      if (!own) continue;
      for (const sg of ctx.sgsOf(e.id)) {
        const other = ctx.index.vpcOf(sg.id)?.id;
        if (other && other !== own) emit('foreign-group', e.id, { sg: sg.id, vpc: own, otherVpc: other }, [sg.id]);
      }
    }
  },
});
