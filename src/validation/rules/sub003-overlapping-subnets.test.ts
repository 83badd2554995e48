import { describe, expect, it } from 'vitest';
import { DesignBuilder, webApp } from '../testing/builder.ts';
import { run } from '../testing/findings.ts';
import { sub003 } from './sub003-overlapping-subnets.ts';

describe('SUB-003 overlapping subnets', () => {
  it('accepts disjoint subnets', () => {
    expect(run(sub003, webApp().b.build())).toEqual([]);
  });
  it('reports each overlapping pair once, with the other subnet as related', () => {
    const b = new DesignBuilder();
    const az = b.az(b.vpc(null, '10.0.0.0/16'));
    const big = b.subnet(az, '10.0.0.0/23');
    const small = b.subnet(az, '10.0.1.0/24');
    const other = b.subnet(az, '10.0.2.0/24');
    const f = run(sub003, b.build());
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ resource: small, related: [big], params: { other: big } });
    expect(f.some((x) => x.resource === other)).toBe(false);
  });
  it('does not compare subnets of different VPCs', () => {
    const b = new DesignBuilder();
    b.subnet(b.az(b.vpc(null)), '10.0.0.0/24');
    b.subnet(b.az(b.vpc(null)), '10.0.0.0/24');
    expect(run(sub003, b.build())).toEqual([]);
  });
});
