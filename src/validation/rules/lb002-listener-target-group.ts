import { defineRule } from './rule.ts';
import { listenerUses } from './lb.ts';

/**
 * LB-002: a listener must forward to a target group that has targets; otherwise it takes traffic
 * and has nowhere to send it (Reachability Analyzer: ELBV2_LISTENER_HAS_NO_TG).
 */
export const lb002 = defineRule({
  id: 'LB-002',
  title: 'A listener needs a target group with targets.',
  variants: { 'no-target-group': 'warning', 'empty-target-group': 'warning' },
  run(ctx, emit) {
    for (const { lb, listener, text, tg } of listenerUses(ctx)) {
      if (!tg) emit('no-target-group', lb.id, { listener: text, targetGroup: listener.targetGroupId ?? '' });
      else if (tg.targets.length === 0)
        emit('empty-target-group', lb.id, { listener: text, targetGroup: tg.id }, [tg.id]);
    }
  },
});
