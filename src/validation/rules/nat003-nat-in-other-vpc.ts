import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** NAT-003: a NAT gateway serves only its own VPC; it is not usable across peering [UG:vpc-nat-gateway; PG]. */
export const nat003 = defineRule({
  id: 'NAT-003',
  title: 'A route cannot target a NAT gateway in another VPC.',
  variants: { 'foreign-nat': 'error' },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.getKind(t.parent, 'vpc');
      if (!vpc) continue;
      for (const route of objects<{ destination?: unknown; target?: unknown }>(t.routes)) {
        const nat = ctx.index.getKind(str(route.target), 'nat');
        const natVpc = nat && ctx.index.vpcOf(nat.id);
        if (nat && natVpc && natVpc.id !== vpc.id) {
          emit(
            'foreign-nat',
            t.id,
            {
              destination: str(route.destination) ?? '',
              nat: nat.id,
              natVpc: natVpc.id,
            },
            [nat.id],
          );
        }
      }
    }
  },
});
