import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { cidr002 } from './cidr002-overlapping-vpc-blocks.ts';

describe('CIDR-002 overlapping VPC blocks', () => {
  it('accepts disjoint blocks', () => {
    const b = new DesignBuilder();
    b.vpc(null, ['10.0.0.0/16', '10.1.0.0/16']);
    expect(keys(cidr002, b.build())).toEqual([]);
  });
  it('reports a secondary block inside the primary', () => {
    const b = new DesignBuilder();
    const v = b.vpc(null, ['10.0.0.0/16', '10.0.128.0/17']);
    const f = run(cidr002, b.build());
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      resource: v,
      variant: 'overlap',
      params: { cidr: '10.0.128.0/17', other: '10.0.0.0/16' },
    });
  });
  it('does not compare blocks of different VPCs', () => {
    const b = new DesignBuilder();
    b.vpc(null, '10.0.0.0/16');
    b.vpc(null, '10.0.0.0/16');
    expect(keys(cidr002, b.build())).toEqual([]);
  });
});
