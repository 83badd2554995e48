import { describe, expect, it } from 'vitest';
import type { RouteTable } from '../../model/types.ts';
import { keys } from '../testing/findings.ts';
import { dualStack } from '../testing/dualStack.ts';
import { validate } from '../index.ts';
import { v6001 } from './v6001-private-subnet-ipv6-igw.ts';

describe('V6-001 a private subnet routes ::/0 to an internet gateway', () => {
  it('reports it and suggests the egress-only gateway; the egress-only route is fine', () => {
    const { b, privateRt, privA, igw } = dualStack();
    expect(keys(v6001, b.build())).toEqual([]);
    b.patch(privateRt, {
      routes: b.get<RouteTable>(privateRt).routes.map((r) => (r.destination === '::/0' ? { ...r, target: igw } : r)),
    });
    expect(keys(v6001, b.build())).toEqual([`private-subnet-ipv6-igw@${privA}`]);
    expect(validate(b.build()).find((f) => f.rule === 'V6-001')?.message).toContain('egress-only');
  });
  it('reports a public subnet whose instances all lack a public IPv4', () => {
    const { b, web, pubA } = dualStack();
    b.patch(web, { publicIp: 'none' });
    expect(keys(v6001, b.build())).toEqual([`private-subnet-ipv6-igw@${pubA}`]);
  });
});
