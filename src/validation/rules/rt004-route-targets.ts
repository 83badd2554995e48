import { isKindWith, objects, printable, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * RT-004: a route whose target is missing or does not belong to this VPC. AWS keeps such a route
 * as a `blackhole` [UG:vpc-nat-gateway]: traffic matching it is dropped.
 */
export const rt004 = defineRule({
  id: 'RT-004',
  title: 'A route target must exist and belong to the VPC; otherwise the route is a blackhole.',
  variants: { 'missing-target': 'error', 'invalid-target': 'error', 'foreign-igw': 'error', 'foreign-pcx': 'error' },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      const vpc = ctx.index.getKind(t.parent, 'vpc');
      if (!vpc) continue;
      for (const route of objects<{ destination?: unknown; target?: unknown }>(t.routes)) {
        const dest = printable(route.destination);
        const targetId = str(route.target);
        if (targetId === 'local') continue;
        const target = ctx.index.get(targetId);
        if (!target) {
          emit('missing-target', t.id, {
            destination: dest,
            target: printable(route.target),
          });
        } else if (target.kind === 'igw') {
          if (target.parent !== vpc.id) {
            emit(
              'foreign-igw',
              t.id,
              {
                destination: dest,
                target: target.id,
                vpc: vpc.id,
              },
              [target.id],
            );
          }
        } else if (target.kind === 'peering') {
          if (!ctx.peerOf(target, vpc.id)) {
            emit(
              'foreign-pcx',
              t.id,
              {
                destination: dest,
                target: target.id,
                vpc: vpc.id,
              },
              [target.id],
            );
          }
        } else if (!isKindWith(target, 'routeTarget')) {
          emit(
            'invalid-target',
            t.id,
            {
              destination: dest,
              target: target.id,
              targetKind: printable(target.kind),
            },
            [target.id],
          );
        }
      }
    }
  },
});
