import type { Route, SgRule } from '../../model/types.ts';
import { isPrefixListId } from '../prefixLists.ts';
import { objects, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * PL-001: a route or a security group rule names a prefix list that is not in the design (an
 * import that did not include describe-managed-prefix-lists, a list deleted since). AWS refuses
 * such a reference, and the path engine cannot tell which addresses the list holds: wherever it
 * decides, the answer is "unknown".
 */
export const pl001 = defineRule({
  id: 'PL-001',
  title: 'A route or security group rule names a prefix list that is not in the design.',
  variants: { 'missing-in-route': 'warning', 'missing-in-rule': 'warning' },
  run(ctx, emit) {
    const missing = (id: string) => ctx.index.get(id)?.kind !== 'prefixList';
    for (const t of ctx.index.ofKind('routeTable')) {
      for (const r of objects<Route>(t.routes)) {
        if (isPrefixListId(r.destination) && missing(r.destination))
          emit('missing-in-route', t.id, { prefixList: r.destination, target: str(r.target) ?? '' });
      }
    }
    for (const sg of ctx.index.ofKind('securityGroup')) {
      for (const direction of ['ingress', 'egress'] as const) {
        for (const r of objects<SgRule>(sg[direction])) {
          const id = str(r.prefixListId);
          if (id && missing(id)) emit('missing-in-rule', sg.id, { prefixList: id, direction });
        }
      }
    }
  },
});
