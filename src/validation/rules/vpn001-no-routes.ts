import { list, str } from '../safe.ts';
import { propagatingGateways } from '../transit.ts';
import { defineRule } from './rule.ts';
import { parsedRoutes } from './routes.ts';

/**
 * VPN-001: a site-to-site VPN connection no route leads into. On a virtual private gateway the
 * VPC's route tables need a static route to the gateway or route propagation from it; on a
 * transit gateway a route table needs a static route to the VPN attachment or (BGP) its
 * propagation [VPN:vpn-route-priority, TGW:tgw-route-tables].
 */
export const vpn001 = defineRule({
  id: 'VPN-001',
  title: 'A site-to-site VPN needs route propagation or a static route leading into it.',
  variants: { 'no-routes': 'warning' },
  run(ctx, emit) {
    for (const vpn of ctx.index.ofKind('vpnConnection')) {
      const vgw = ctx.index.getKind(str(vpn.vpnGatewayId), 'vpnGateway');
      const tgw = ctx.index.getKind(str(vpn.transitGatewayId), 'transitGateway');
      if (vgw) {
        const vpc = ctx.index.getKind(vgw.parent, 'vpc');
        if (!vpc) continue;
        const tables = ctx.routeTablesOf(vpc.id);
        const propagated = tables.some((t) => propagatingGateways(ctx, vpc.id, t.id).some((g) => g.id === vgw.id));
        const routed = tables.some((t) => parsedRoutes(ctx, t).some((r) => r.target === vgw.id));
        if (!propagated && !routed) emit('no-routes', vpn.id, { gateway: vgw.id }, [vgw.id]);
      } else if (tgw) {
        const tables = ctx.index.ofKind('tgwRouteTable').filter((t) => str(t.transitGatewayId) === tgw.id);
        const routed = tables.some((t) => list<{ target?: unknown }>(t.routes).some((r) => r?.target === vpn.id));
        const propagated =
          vpn.staticRoutesOnly === false && tables.some((t) => list<unknown>(t.propagationIds).includes(vpn.id));
        if (!propagated && !routed) emit('no-routes', vpn.id, { gateway: tgw.id }, [tgw.id]);
      }
    }
  },
});
