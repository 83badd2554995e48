import { lbSubnets } from '../reachability/loadBalancer.ts';
import { defineRule } from './rule.ts';
import { listenerUses, targetPlace } from './lb.ts';

/**
 * LB-003: a target in an Availability Zone the load balancer has no subnet in receives no traffic
 * ("If you register targets in an Availability Zone but do not enable the Availability Zone, these
 * registered targets do not receive traffic", ELB: how-elastic-load-balancing-works). And with
 * cross-zone load balancing off (a network load balancer's default) each node sends only to the
 * targets of its own AZ, so an enabled AZ without targets leaves the clients sent there with
 * nothing (network/target-group-cross-zone, "Considerations").
 */
export const lb003 = defineRule({
  id: 'LB-003',
  title: 'Targets must be in the Availability Zones the load balancer serves.',
  variants: { 'target-outside-zones': 'error', 'zone-without-targets': 'warning' },
  run(ctx, emit) {
    const seen = new Set<string>();
    for (const { lb, text, tg } of listenerUses(ctx)) {
      if (!tg || tg.targets.length === 0) continue;
      const zones = [
        ...new Set(
          lbSubnets(ctx, lb)
            .map((s) => ctx.zoneOf(s.id))
            .filter((z): z is string => !!z),
        ),
      ];
      if (zones.length === 0) continue;
      const targetZones = new Set<string>();
      for (const t of tg.targets) {
        const place = targetPlace(ctx, t.instanceId);
        if (!place?.zone) continue;
        targetZones.add(place.zone);
        const key = `${lb.id}|${place.inst.id}`;
        if (zones.includes(place.zone) || seen.has(key)) continue;
        seen.add(key);
        emit('target-outside-zones', place.inst.id, { lb: lb.id, zone: place.zone, zones: zones.join(', ') }, [
          lb.id,
          tg.id,
        ]);
      }
      const crossZone = lb.lbType === 'network' ? lb.crossZone === true : true;
      if (crossZone || targetZones.size === 0) continue;
      for (const z of zones)
        if (!targetZones.has(z))
          emit('zone-without-targets', lb.id, { listener: text, targetGroup: tg.id, zone: z }, [tg.id]);
    }
  },
});
