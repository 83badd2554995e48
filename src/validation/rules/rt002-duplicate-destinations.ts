import { formatCidr } from '../../model/cidr.ts';
import { objects, printable } from '../safe.ts';
import { defineRule } from './rule.ts';

/** RT-002: AWS rejects a second route with the same destination in one table. */
export const rt002 = defineRule({
  id: 'RT-002',
  title: 'A route table cannot have two routes with the same destination.',
  variants: { 'duplicate-destination': 'error' },
  run(ctx, emit) {
    for (const t of ctx.index.ofKind('routeTable')) {
      const seen = new Map<string, unknown>();
      for (const route of objects<{ destination?: unknown; target?: unknown }>(t.routes)) {
        const c = ctx.cidr(route.destination);
        const key = c ? formatCidr(c) : printable(route.destination);
        if (seen.has(key)) {
          emit('duplicate-destination', t.id, {
            destination: key,
            target: printable(route.target),
            otherTarget: printable(seen.get(key)),
          });
        } else seen.set(key, route.target);
      }
    }
  },
});
