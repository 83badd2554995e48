import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { transitPair } from '../testing/transit.ts';
import { tgw001 } from './tgw001-attachment-zones.ts';

describe('TGW-001 attachment zones', () => {
  it('accepts an attachment with a subnet in every zone that has workloads', () => {
    const { b, a } = transitPair();
    // A zone with a subnet but no workload needs no attachment subnet.
    b.subnet(b.az(a.vpc, 'us-east-1b'), '10.0.9.0/24');
    expect(keys(tgw001, b.build())).toEqual([]);
  });
  it('warns about a zone whose workloads cannot reach the transit gateway, naming them', () => {
    const { b, a, tgw } = transitPair();
    const s = b.subnet(b.az(a.vpc, 'us-east-1b'), '10.0.2.0/24');
    const x = b.instance(s);
    expect(run(tgw001, b.build())).toMatchObject([
      { variant: 'missing-zone', resource: a.att, related: [x], params: { zone: 'us-east-1b', tgw, count: 1 } },
    ]);
  });
  it('flags two subnets of one zone', () => {
    const { b, a } = transitPair();
    const second = b.subnet(a.az, '10.0.3.0/24');
    b.patch(a.att, { subnetIds: [a.subnet, second] });
    expect(keys(tgw001, b.build())).toEqual([`two-in-zone@${a.att}`]);
  });
});
