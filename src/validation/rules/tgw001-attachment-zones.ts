import { kindsWith } from '../../model/kinds/index.ts';
import { list, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * TGW-001: a transit gateway attachment needs a subnet in every Availability Zone its VPC's
 * workloads send from: "any resources in Availability Zones where there is no transit gateway
 * attachment cannot reach the transit gateway"; and it takes one subnet per zone
 * [TGW:tgw-vpc-attachments].
 */
export const tgw001 = defineRule({
  id: 'TGW-001',
  title: 'A transit gateway attachment needs a subnet in each Availability Zone its workloads use, one per zone.',
  variants: { 'missing-zone': 'warning', 'two-in-zone': 'error' },
  run(ctx, emit) {
    const attachments = ctx.index.ofKind('tgwAttachment');
    if (!attachments.length) return;
    // Each VPC's workloads by zone, once (not once per attachment): vpc → zone → workload ids.
    const zonesOfVpc = new Map<string, Map<string, string[]>>();
    for (const w of kindsWith('workload').flatMap((k) => ctx.index.ofKind(k))) {
      const subnet = ctx.subnetOfResource(w.id);
      const vpcId = subnet && ctx.index.vpcOf(subnet.id)?.id;
      const zone = subnet && ctx.zoneOf(subnet.id);
      if (!vpcId || !zone) continue;
      let zones = zonesOfVpc.get(vpcId);
      if (!zones) zonesOfVpc.set(vpcId, (zones = new Map()));
      const ids = zones.get(zone);
      if (ids) ids.push(w.id);
      else zones.set(zone, [w.id]);
    }
    for (const att of attachments) {
      const vpc = ctx.index.getKind(att.parent, 'vpc');
      const tgw = str(att.transitGatewayId);
      if (!vpc || !tgw) continue;
      const byZone = new Map<string, string>();
      for (const id of list<unknown>(att.subnetIds)) {
        const s = ctx.index.getKind(str(id), 'subnet');
        const zone = s && ctx.zoneOf(s.id);
        if (!s || !zone) continue;
        const first = byZone.get(zone);
        if (first) emit('two-in-zone', att.id, { zone, subnet: s.id, other: first }, [s.id, first]);
        else byZone.set(zone, s.id);
      }
      const missing = [...(zonesOfVpc.get(vpc.id) ?? [])].filter(([zone]) => !byZone.has(zone));
      for (const [zone, ids] of missing.sort(([a], [b]) => a.localeCompare(b)))
        emit('missing-zone', att.id, { zone, tgw, count: ids.length }, ids);
    }
  },
});
