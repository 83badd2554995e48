import { describe, expect, it } from 'vitest';
import type { RouteTable } from '../../model/types.ts';
import { keys } from '../testing/findings.ts';
import { dualStack } from '../testing/dualStack.ts';
import { validate } from '../index.ts';
import { v6001 } from './v6-001-private-subnet-ipv6-igw.ts';
import { v6002 } from './v6-002-egress-only-inbound.ts';
import { v6003 } from './v6-003-subnet-ipv6-outside-vpc.ts';
import { v6004 } from './v6-004-overlapping-subnet-ipv6.ts';

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

describe('V6-002 an egress-only gateway used for inbound or IPv4', () => {
  it('reports a flow from the internet drawn to get through to an instance behind it', () => {
    const { b, app, eigw } = dualStack();
    const d = b.build();
    const flow = { id: 'f1', from: 'internet', to: app, protocol: 'tcp' as const, port: 443, label: '' };
    expect(keys(v6002, { ...d, flows: [flow] })).toEqual([`inbound-flow@${eigw}`]);
    expect(keys(v6002, { ...d, flows: [{ ...flow, expect: 'blocked' as const }] })).toEqual([]);
  });
  it('reports an IPv4 route to it', () => {
    const { b, privateRt, eigw } = dualStack();
    b.patch(privateRt, {
      routes: [...b.get<RouteTable>(privateRt).routes, { id: 'v4', destination: '192.0.2.0/24', target: eigw }],
    });
    expect(keys(v6002, b.build())).toEqual([`ipv4-route@${privateRt}`]);
  });
});

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
  it('reports overlapping subnet IPv6 blocks', () => {
    const { b, privA, privB } = dualStack();
    expect(keys(v6004, b.build())).toEqual([]);
    b.patch(privB, { ipv6Cidr: '2001:db8:1234:1a10::/64' });
    const found = keys(v6004, b.build());
    expect(found).toHaveLength(1);
    expect([`overlap@${privA}`, `overlap@${privB}`]).toContain(found[0]);
  });
});
