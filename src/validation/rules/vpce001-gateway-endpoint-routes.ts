import type { Route } from '../../model/types.ts';
import { list, objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * VPCE-001: a gateway endpoint that no traffic can use. AWS adds a route to the service's prefix
 * list in each route table associated with a gateway endpoint
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing):
 * an endpoint with no table, or a table that lacks the route, sends nothing to the service through it.
 */
export const vpce001 = defineRule({
  id: 'VPCE-001',
  title: 'A gateway endpoint has no route table entries.',
  variants: { 'no-route-tables': 'warning', 'missing-route': 'warning' },
  run(ctx, emit) {
    for (const ep of ctx.index.ofKind('gatewayEndpoint')) {
      const tables = list<unknown>(ep.routeTableIds).filter((t): t is string => typeof t === 'string');
      const routed = ctx.index
        .ofKind('routeTable')
        .filter((t) => objects<Route>(t.routes).some((r) => r.target === ep.id));
      if (tables.length === 0 && routed.length === 0) {
        emit('no-route-tables', ep.id, { service: str(ep.serviceName) ?? '' });
        continue;
      }
      const pl = str(ep.prefixListId) ?? '';
      for (const id of tables) {
        const t = ctx.index.getKind(id, 'routeTable');
        if (!t) continue;
        if (!objects<Route>(t.routes).some((r) => r.target === ep.id && (!pl || r.destination === pl)))
          emit('missing-route', ep.id, { table: t.id, prefixList: pl || '?' }, [t.id]);
      }
    }
  },
});
