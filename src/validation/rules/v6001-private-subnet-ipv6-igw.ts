import type { Route } from '../../model/types.ts';
import { cidr6OrNull } from '../../model/cidr6.ts';
import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * V6-001: a subnet whose IPv6 default route (`::/0`) goes to an internet gateway while it is meant
 * to be private: it has no IPv4 route to the internet gateway, or its instances have no public IPv4.
 * IPv6 addresses are public, so its instances are reachable from the internet over IPv6; an
 * egress-only internet gateway gives them outbound IPv6 only
 * (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html).
 */
export const v6001 = defineRule({
  id: 'V6-001',
  title: 'A private subnet routes ::/0 to an internet gateway: use an egress-only internet gateway.',
  variants: { 'private-subnet-ipv6-igw': 'warning' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      if (!cidr6OrNull(s.ipv6Cidr)) continue;
      const vpc = ctx.index.vpcOf(s.id);
      const table = ctx.routeTableOf(s.id);
      if (!vpc || !table) continue;
      const routes = objects<Route>(table.routes);
      const v6 = routes.find((r) => r.destination === '::/0' && ctx.attachedIgw(r.target, vpc.id));
      if (!v6) continue;
      const v4ToIgw = routes.some((r) => ctx.cidr(r.destination) && ctx.attachedIgw(r.target, vpc.id));
      const instances = ctx.index.ofKind('instance').filter((i) => ctx.index.subnetOf(i.parent)?.id === s.id);
      const noPublicV4 = instances.length > 0 && instances.every((i) => i.publicIp === 'none');
      if (!v4ToIgw || noPublicV4)
        emit(
          'private-subnet-ipv6-igw',
          s.id,
          { igw: str(v6.target) ?? '', table: table.id, instances: instances.map((i) => i.id).join(', ') || '-' },
          [table.id],
        );
    }
  },
});
