import { describe, expect, it } from 'vitest';
import { keys } from '../testing/findings.ts';
import { dualStack } from '../testing/dualStack.ts';
import { v6004 } from './v6004-overlapping-subnet-ipv6.ts';

describe('V6-004 overlapping subnet IPv6 blocks', () => {
  it('reports overlapping subnet IPv6 blocks', () => {
    const { b, privA, privB } = dualStack();
    expect(keys(v6004, b.build())).toEqual([]);
    b.patch(privB, { ipv6Cidr: '2001:db8:1234:1a10::/64' });
    const found = keys(v6004, b.build());
    expect(found).toHaveLength(1);
    expect([`overlap@${privA}`, `overlap@${privB}`]).toContain(found[0]);
  });
});
