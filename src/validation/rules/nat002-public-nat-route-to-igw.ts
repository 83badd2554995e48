import { defineRule } from './rule.ts';
import { defaultRoute } from './routes.ts';

/**
 * NAT-002: a public NAT gateway lives in a public subnet: its subnet's route for 0.0.0.0/0 goes to
 * an IGW attached to the VPC; without an IGW the console says "has no internet gateway attached"
 * [UG:nat-gateway-troubleshooting].
 */
export const nat002 = defineRule({
  id: 'NAT-002',
  title: "A public NAT gateway must be in a subnet whose default route goes to the VPC's internet gateway.",
  variants: {
    'vpc-without-igw': 'error',
    'no-route-table': 'error',
    'no-default-route': 'error',
    'no-igw-route': 'error',
  },
  run(ctx, emit) {
    for (const n of ctx.index.ofKind('nat')) {
      if (n.connectivity === 'private') continue;
      const subnet = ctx.index.subnetOf(n.parent);
      const vpc = ctx.index.vpcOf(n.id);
      if (!subnet || !vpc) continue;
      if (ctx.igwsOf(vpc.id).length === 0) {
        emit(
          'vpc-without-igw',
          n.id,
          {
            vpc: vpc.id,
          },
          [vpc.id],
        );
        continue;
      }
      const table = ctx.routeTableOf(subnet.id);
      const route = defaultRoute(ctx, table);
      if (!table) {
        emit('no-route-table', n.id, { subnet: subnet.id }, [subnet.id]);
      } else if (!route) {
        emit('no-default-route', n.id, { subnet: subnet.id, table: table.id }, [subnet.id]);
      } else if (!ctx.attachedIgw(route.target, vpc.id)) {
        const target = route.target ?? '(none)';
        emit('no-igw-route', n.id, { subnet: subnet.id, table: table.id, target }, [subnet.id]);
      }
    }
  },
});
