import { describe, expect, it } from 'vitest';
import { withIpv6DefaultAclRules } from './ipv6Defaults.ts';
import type { Design } from './types.ts';

describe('withIpv6DefaultAclRules', () => {
  it('adds rule 101 allow ::/0 both ways to the VPC’s default NACL, once', () => {
    const d = {
      name: 'x',
      resources: [
        {
          kind: 'nacl',
          id: 'acl-1',
          name: 'd',
          parent: 'vpc-1',
          position: { x: 0, y: 0 },
          isDefault: true,
          rules: [],
          subnetIds: [],
        },
        {
          kind: 'nacl',
          id: 'acl-2',
          name: 'c',
          parent: 'vpc-1',
          position: { x: 0, y: 0 },
          isDefault: false,
          rules: [],
          subnetIds: [],
        },
      ],
      flows: [],
    } as unknown as Design;
    const once = withIpv6DefaultAclRules(d, 'vpc-1');
    const acl = once.resources[0] as unknown as { rules: { number: number; cidr: string; direction: string }[] };
    expect(acl.rules.map((r) => [r.number, r.direction, r.cidr])).toEqual([
      [101, 'inbound', '::/0'],
      [101, 'outbound', '::/0'],
    ]);
    expect((once.resources[1] as unknown as { rules: unknown[] }).rules).toEqual([]);
    expect(withIpv6DefaultAclRules(once, 'vpc-1')).toEqual(once);
  });
});
