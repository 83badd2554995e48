import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * RT-005: the main table should stay private (every new subnet inherits it) and subnets should be
 * associated explicitly [UG:VPC_Route_Tables].
 */
export const rt005 = defineRule({
  id: 'RT-005',
  title: 'The main route table should not route to an internet gateway; subnets should have an explicit route table.',
  variants: { 'main-routes-to-igw': 'warning', 'implicit-association': 'info' },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      if (t.main !== true) continue;
      const igwRoute = objects<{ destination?: unknown; target?: unknown }>(t.routes).find(
        (r) => ctx.index.getKind(str(r.target), 'igw') !== undefined,
      );
      if (igwRoute) {
        const igw = str(igwRoute.target)!;
        emit(
          'main-routes-to-igw',
          t.id,
          {
            destination: str(igwRoute.destination) ?? '',
            igw,
          },
          [igw],
        );
      }
    }
    for (const s of ctx.index.ofKind('subnet')) {
      if (!ctx.index.vpcOf(s.id) || ctx.explicitRouteTables(s.id).length > 0) continue;
      const main = ctx.routeTableOf(s.id);
      emit(
        'implicit-association',
        s.id,
        {
          main: main?.id ?? '',
        },
        main ? [main.id] : [],
      );
    }
  },
});
