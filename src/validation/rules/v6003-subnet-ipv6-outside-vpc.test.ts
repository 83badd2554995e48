import { describe, expect, it } from 'vitest';
import { keys } from '../testing/findings.ts';
import { dualStack } from '../testing/dualStack.ts';
import { v6003 } from './v6003-subnet-ipv6-outside-vpc.ts';

describe('V6-003 / V6-004 subnet IPv6 blocks', () => {
  it('reports a block outside the VPC’s, one not /64, and one in a VPC without IPv6', () => {
    const { b, privA, privB, pubB, vpc } = dualStack();
    b.patch(privA, { ipv6Cidr: '2001:db8:9999::/64' });
    b.patch(privB, { ipv6Cidr: '2001:db8:1234:1a20::/60' });
    b.patch(pubB, { ipv6Cidr: 'nope::/x' });
    expect(keys(v6003, b.build())).toEqual([`invalid@${pubB}`, `not-64@${privB}`, `outside-vpc@${privA}`]);
    b.patch(vpc, { ipv6CidrBlocks: [] });
    expect(keys(v6003, b.build())).toContain(`no-vpc-block@${privA}`);
  });
  it('does not judge a block Amazon assigns at deploy', () => {
    const { b, vpc, privA } = dualStack();
    b.patch(vpc, { ipv6CidrBlocks: ['unknown'] });
    b.patch(privA, { ipv6Cidr: 'unknown' });
    expect(keys(v6003, b.build())).toEqual([]);
  });
});
