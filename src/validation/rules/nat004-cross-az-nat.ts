import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** NAT-004: NAT gateways are zonal; route each AZ to its own for resilience [UG:vpc-nat-gateway]. */
export const nat004 = defineRule({
  id: 'NAT-004',
  title: 'Subnets should use a NAT gateway in their own Availability Zone.',
  variants: { 'cross-az': 'warning' },
  run(ctx, emit) {
    for (const s of ctx.index.ofKind('subnet')) {
      const zone = ctx.zoneOf(s.id);
      const table = ctx.routeTableOf(s.id);
      if (!zone || !table) continue;
      const reported = new Set<string>();
      for (const route of objects<{ target?: unknown }>(table.routes)) {
        const nat = ctx.index.getKind(str(route.target), 'nat');
        if (!nat || reported.has(nat.id)) continue;
        const natZone = ctx.zoneOf(nat.id);
        if (natZone && natZone !== zone) {
          reported.add(nat.id);
          emit(
            'cross-az',
            s.id,
            {
              zone,
              nat: nat.id,
              natZone,
            },
            [nat.id],
          );
        }
      }
    }
  },
});
