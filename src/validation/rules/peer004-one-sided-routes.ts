import type { ResourceId } from '../../model/types.ts';
import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/** PEER-004: both sides need routes to the peer; one-sided routing breaks replies [PG:vpc-peering-routing]. */
export const peer004 = defineRule({
  id: 'PEER-004',
  title: 'Both VPCs of a peering connection need routes to each other.',
  variants: { 'one-sided': 'warning' },
  run(ctx, emit) {
    const routed = new Map<ResourceId, Set<ResourceId>>(); // pcx -> VPCs that route to it
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.getKind(t.parent, 'vpc');
      if (!vpc) continue;
      for (const r of objects<{ target?: unknown }>(t.routes)) {
        const id = str(r.target);
        if (!id || !ctx.index.getKind(id, 'peering')) continue;
        let s = routed.get(id);
        if (!s) routed.set(id, (s = new Set()));
        s.add(vpc.id);
      }
    }
    for (const p of ctx.index.ofKind('peering')) {
      const a = ctx.index.getKind(str(p.requesterVpcId), 'vpc');
      const b = ctx.index.getKind(str(p.accepterVpcId), 'vpc');
      if (!a || !b || a.id === b.id) continue;
      const s = routed.get(p.id);
      const ra = !!s?.has(a.id);
      const rb = !!s?.has(b.id);
      if (ra !== rb) {
        const withRoutes = ra ? a.id : b.id;
        const without = ra ? b.id : a.id;
        emit(
          'one-sided',
          p.id,
          {
            vpc: withRoutes,
            missing: without,
          },
          [without],
        );
      }
    }
  },
});
