import { ipToInt } from '../../model/cidr.ts';
import { heldElasticIp } from '../../model/publicIps.ts';
import type { ResourceId } from '../../model/types.ts';
import { defineRule } from './rule.ts';

/**
 * EIP-001: an Elastic IP is associated with one network interface (or NAT gateway) at a time
 * [UG:vpc-eips], so an address two resources of the design hold is an error: AWS would give it
 * to only one of them.
 */
export const eip001 = defineRule({
  id: 'EIP-001',
  title: 'An Elastic IP can belong to only one resource.',
  variants: { duplicate: 'error' },
  run(ctx, emit) {
    const holders = new Map<number, { ip: string; ids: ResourceId[] }>();
    for (const r of ctx.index.byId.values()) {
      if (r.kind !== 'instance' && r.kind !== 'nat') continue;
      const ip = heldElasticIp(r);
      const n = ip === null ? null : ipToInt(ip);
      if (n === null) continue;
      const h = holders.get(n);
      if (h) h.ids.push(r.id);
      else holders.set(n, { ip: ip!, ids: [r.id] });
    }
    for (const { ip, ids } of holders.values()) {
      if (ids.length < 2) continue;
      for (const id of ids) {
        const others = ids.filter((x) => x !== id);
        emit('duplicate', id, { ip, others: others.join(', '), count: others.length }, others);
      }
    }
  },
});
