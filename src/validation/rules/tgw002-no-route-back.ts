import { containsIp, formatCidr } from '../../model/cidr.ts';
import { str } from '../safe.ts';
import { associatedTable, deliversTo, tgwLookup, vpcAttachment } from '../transit.ts';
import { defineRule } from './rule.ts';
import { parsedRoutes } from './routes.ts';

/**
 * TGW-002: a VPC route to a transit gateway whose traffic has no way back. Transit gateway
 * routing is not symmetric by itself: the destination VPC needs a route to the source's block
 * through the same transit gateway, and the destination attachment's route table a route to the
 * source attachment [TGW:how-transit-gateways-work], or the replies are dropped.
 */
export const tgw002 = defineRule({
  id: 'TGW-002',
  title: 'Traffic a VPC routes to a transit gateway needs a route back, in the other VPC and in the transit gateway.',
  variants: { 'no-vpc-route-back': 'warning', 'no-tgw-route-back': 'warning' },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.getKind(t.parent, 'vpc');
      const home = vpc && ctx.vpcBlocks(vpc.id)[0];
      if (!vpc || !home) continue;
      for (const r of parsedRoutes(ctx, t)) {
        const tgw = r.target ? ctx.index.getKind(r.target, 'transitGateway') : undefined;
        const att = tgw && vpcAttachment(ctx, vpc.id, tgw.id);
        const table = att && associatedTable(ctx, att);
        if (!tgw || !att || !table) continue;
        const best = tgwLookup(ctx, table, r.destination.base)[0];
        const there = best && deliversTo(ctx, table, best);
        if (!there || there.kind !== 'tgwAttachment' || there.id === att.id) continue;
        const other = ctx.index.getKind(there.parent, 'vpc');
        if (!other) continue;
        const params = { destination: formatCidr(r.destination), tgw: tgw.id, otherVpc: other.id };
        const routesBack = ctx
          .routeTablesOf(other.id)
          .some((ot) =>
            parsedRoutes(ctx, ot).some((x) => x.target === tgw.id && containsIp(x.destination, home.cidr.base)),
          );
        if (!routesBack) emit('no-vpc-route-back', t.id, params, [other.id]);
        const backTable = associatedTable(ctx, there);
        const back = backTable && tgwLookup(ctx, backTable, home.cidr.base)[0];
        if (!backTable || !back || deliversTo(ctx, backTable, back)?.id !== att.id) {
          emit('no-tgw-route-back', t.id, { ...params, tgwTable: backTable?.id ?? str(there.routeTableId) ?? '' }, [
            there.id,
          ]);
        }
      }
    }
  },
});
