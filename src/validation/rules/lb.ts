/** What the load balancer rules (LB-001…003) share: each listener with its target group and targets. */
import type { LoadBalancer, TargetGroup } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { lbListeners, listenerAnswers, targetGroupOf, type LbListener } from '../reachability/loadBalancer.ts';

export interface ListenerUse {
  readonly lb: LoadBalancer;
  readonly listener: LbListener;
  readonly text: string;
  /** The listener's target group, when it names one the design has. */
  readonly tg: TargetGroup | null;
}

/** Every listener that forwards (not one the load balancer answers itself), with its target group. */
export function listenerUses(ctx: ValidationContext): ListenerUse[] {
  const out: ListenerUse[] = [];
  for (const lb of ctx.index.ofKind('loadBalancer'))
    for (const listener of lbListeners(lb) ?? [])
      if (!listenerAnswers(lb, listener))
        out.push({
          lb,
          listener,
          text: `${listener.protocol} ${listener.port}`,
          tg: targetGroupOf(ctx, listener.targetGroupId),
        });
  return out;
}

/** The instance or host address a target names, with its subnet and zone. */
export function targetPlace(ctx: ValidationContext, instanceId: string | null) {
  const inst = instanceId ? ctx.index.getKind(instanceId, 'instance') : undefined;
  const subnet = inst ? ctx.index.subnetOf(inst.parent) : undefined;
  return inst && subnet ? { inst, subnet, zone: ctx.zoneOf(subnet.id) } : null;
}
