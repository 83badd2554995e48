import { defineRule } from './rule.ts';
import { defaultRoute } from './routes.ts';

/** NAT-005: traffic from a private NAT gateway to an IGW is dropped [UG:vpc-nat-gateway]. */
export const nat005 = defineRule({
  id: 'NAT-005',
  title: "A private NAT gateway's subnet should not route 0.0.0.0/0 to an internet gateway.",
  variants: { 'private-nat-igw-route': 'warning' },
  run(ctx, emit) {
    for (const n of ctx.index.ofKind('nat')) {
      if (n.connectivity !== 'private') continue;
      const subnet = ctx.index.subnetOf(n.parent);
      if (!subnet) continue;
      const route = defaultRoute(ctx, ctx.routeTableOf(subnet.id));
      const igw = route ? ctx.index.getKind(route.target, 'igw') : undefined;
      if (igw) {
        emit(
          'private-nat-igw-route',
          n.id,
          {
            subnet: subnet.id,
            igw: igw.id,
          },
          [igw.id],
        );
      }
    }
  },
});
