import { kindsWith } from '../../model/kinds/index.ts';
import type { ResourceId } from '../../model/types.ts';
import { defineRule } from './rule.ts';
import { zonesOf } from './bp.ts';

/** BP-001: spread workloads over at least two AZs [UG:vpc-security-best-practices]. */
export const bp001 = defineRule({
  id: 'BP-001',
  title: 'Workloads should run in more than one Availability Zone.',
  variants: { 'single-az': 'info' },
  run(ctx, emit) {
    const workload = new Map<ResourceId, Set<ResourceId>>(); // vpc -> subnets with workloads
    for (const kind of kindsWith('workload')) {
      for (const r of ctx.index.ofKind(kind)) {
        const s = ctx.index.subnetOf(r.parent);
        const v = s && ctx.index.vpcOf(s.id);
        if (!s || !v) continue;
        let set = workload.get(v.id);
        if (!set) workload.set(v.id, (set = new Set()));
        set.add(s.id);
      }
    }
    for (const [vpcId, ids] of workload) {
      const subnets = [...ids].map((id) => ctx.index.getKind(id, 'subnet')!).filter(Boolean);
      const zones = zonesOf(ctx, subnets);
      if (zones.length === 1) {
        emit('single-az', vpcId, {
          zone: zones[0]!,
        });
      }
    }
  },
});
