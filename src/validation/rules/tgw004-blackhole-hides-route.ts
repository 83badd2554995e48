import { containsIp, formatCidr } from '../../model/cidr.ts';
import { BLACKHOLE, deliversTo, tgwRoutes } from '../transit.ts';
import { defineRule } from './rule.ts';

/**
 * TGW-004: a blackhole route of a transit gateway route table that hides a route that would
 * deliver: more specific than it, or a static blackhole for the same destination as a propagated
 * route (static routes win over propagated ones) [TGW:tgw-route-tables, "Route evaluation order"].
 * Often deliberate (carving a block out), so a warning that names both routes.
 */
export const tgw004 = defineRule({
  id: 'TGW-004',
  title: 'A blackhole route of a transit gateway route table hides a route that would deliver.',
  variants: { 'hides-route': 'warning' },
  run(ctx, emit) {
    for (const table of ctx.index.ofKind('tgwRouteTable')) {
      const routes = tgwRoutes(ctx, table);
      for (const b of routes) {
        if (b.target !== BLACKHOLE || b.propagated) continue;
        const hidden = routes.find(
          (r) =>
            r !== b &&
            !!deliversTo(ctx, table, r) &&
            r.destination.prefix <= b.destination.prefix &&
            containsIp(r.destination, b.destination.base),
        );
        if (hidden)
          emit('hides-route', table.id, {
            destination: formatCidr(b.destination),
            hidden: formatCidr(hidden.destination),
            target: hidden.target,
          });
      }
    }
  },
});
