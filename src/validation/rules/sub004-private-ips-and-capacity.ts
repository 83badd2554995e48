import { containsIp, formatCidr, intToIp, ipToInt, isReservedInSubnet, usableAddresses } from '../../model/cidr.ts';
import type { ResourceId } from '../../model/types.ts';
import { isKindWith, printable, str } from '../safe.ts';
import { defineRule } from './rule.ts';

/**
 * SUB-004: static private IPs must be usable addresses of their subnet and unique in the VPC; the
 * resources in a subnet must fit in its usable addresses (2^(32-p) - 5) [UG:subnet-sizing].
 */
export const sub004 = defineRule({
  id: 'SUB-004',
  title: 'Static private IPs must be unique usable addresses of their subnet, and subnets must have room.',
  variants: {
    'invalid-ip': 'error',
    'outside-subnet': 'error',
    reserved: 'error',
    duplicate: 'error',
    'over-capacity': 'warning',
  },
  run(ctx, emit) {
    const seenByVpc = new Map<string, Map<number, ResourceId>>();
    const demand = new Map<ResourceId, number>();
    for (const r of ctx.index.byId.values()) {
      if (!isKindWith(r, 'addressable')) continue;
      const subnet = ctx.index.subnetOf(r.parent);
      if (subnet) demand.set(subnet.id, (demand.get(subnet.id) ?? 0) + 1);
      if (!('privateIp' in r) || r.privateIp === null || r.privateIp === undefined) continue;
      const ipText = str(r.privateIp);
      const ip = ipText === null ? null : ipToInt(ipText);
      if (ip === null) {
        emit('invalid-ip', r.id, {
          ip: printable(r.privateIp),
        });
        continue;
      }
      const block = subnet ? ctx.cidr(subnet.cidr) : null;
      if (subnet && block) {
        const cidr = formatCidr(block);
        if (!containsIp(block, ip)) {
          emit(
            'outside-subnet',
            r.id,
            {
              ip: ipText!,
              subnet: subnet.id,
              cidr,
            },
            [subnet.id],
          );
        } else if (isReservedInSubnet(block, ip)) {
          emit(
            'reserved',
            r.id,
            { ip: ipText!, subnet: subnet.id, cidr, first: intToIp(block.base + 4), last: intToIp(block.last - 1) },
            [subnet.id],
          );
        }
      }
      const vpcId = ctx.index.vpcOf(r.id)?.id ?? '';
      let seen = seenByVpc.get(vpcId);
      if (!seen) seenByVpc.set(vpcId, (seen = new Map()));
      const first = seen.get(ip);
      if (first !== undefined) {
        emit('duplicate', r.id, { ip: ipText!, other: first }, [first]);
      } else seen.set(ip, r.id);
    }
    for (const [subnetId, n] of demand) {
      const subnet = ctx.index.getKind(subnetId, 'subnet');
      const block = subnet ? ctx.cidr(subnet.cidr) : null;
      if (!block) continue;
      const usable = usableAddresses(block.prefix);
      if (n > usable) {
        emit('over-capacity', subnetId, { count: n, usable, cidr: formatCidr(block) });
      }
    }
  },
});
