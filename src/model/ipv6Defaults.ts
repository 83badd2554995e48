/**
 * What AWS adds when a VPC gets its first IPv6 block: allow-all IPv6 rules (number 101, `::/0`, both
 * directions) in the VPC's default network ACL
 * (https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html).
 */
import { newRecordId } from './ids.ts';
import type { Design, ResourceId } from './types.ts';

export function withIpv6DefaultAclRules(design: Design, vpcId: ResourceId): Design {
  return {
    ...design,
    resources: design.resources.map((r) => {
      if (r.kind !== 'nacl' || !r.isDefault || r.parent !== vpcId) return r;
      if (r.rules.some((x) => x.cidr === '::/0')) return r;
      const rule = (direction: 'inbound' | 'outbound') => ({
        id: newRecordId('n'),
        number: 101,
        direction,
        action: 'allow' as const,
        protocol: 'all' as const,
        fromPort: 0,
        toPort: 65535,
        cidr: '::/0',
      });
      return { ...r, rules: [...r.rules, rule('inbound'), rule('outbound')] };
    }),
  };
}
