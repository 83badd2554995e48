import { defineRule } from './rule.ts';

/** NAT-001: a public NAT gateway must have an EIP; a private one cannot [UG:vpc-nat-gateway]. */
export const nat001 = defineRule({
  id: 'NAT-001',
  title: 'A public NAT gateway needs an Elastic IP; a private NAT gateway cannot have one.',
  variants: { 'public-without-eip': 'error', 'private-with-eip': 'error' },
  run(ctx, emit) {
    for (const n of ctx.index.ofKind('nat')) {
      const hasEip = typeof n.elasticIp === 'string' && n.elasticIp.trim() !== '';
      if (n.connectivity === 'private') {
        if (hasEip) {
          emit('private-with-eip', n.id, {
            eip: n.elasticIp!,
          });
        }
      } else if (!hasEip) {
        emit('public-without-eip', n.id);
      }
    }
  },
});
