import { describe, expect, it } from 'vitest';
import { DesignBuilder, webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { sub002 } from './sub002-subnet-outside-vpc.ts';

describe('SUB-002 subnet inside a VPC block', () => {
  it('accepts subnets inside the block (including the whole block)', () => {
    const { b, azA } = webApp();
    expect(keys(sub002, b.build())).toEqual([]);
    const b2 = new DesignBuilder();
    const az = b2.az(b2.vpc(null, '10.0.0.0/24'));
    b2.subnet(az, '10.0.0.0/24');
    expect(keys(sub002, b2.build())).toEqual([]);
    expect(azA).toBeTruthy();
  });
  it('reports a subnet outside, one spanning two blocks, and one with no VPC', () => {
    const b = new DesignBuilder();
    const v = b.vpc(null, ['10.0.0.0/24', '10.0.1.0/24']);
    const az = b.az(v);
    const out = b.subnet(az, '192.168.0.0/24');
    const span = b.subnet(az, '10.0.0.0/23');
    const orphan = b.subnet(b.az('nowhere'), '10.9.0.0/24');
    expect(keys(sub002, b.build())).toEqual([`no-vpc@${orphan}`, `outside-vpc@${out}`, `spans-blocks@${span}`].sort());
  });
});
