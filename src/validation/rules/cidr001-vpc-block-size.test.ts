import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { cidr001 } from './cidr001-vpc-block-size.ts';

describe('CIDR-001 VPC block size', () => {
  it('accepts /16 and /28 blocks', () => {
    const b = new DesignBuilder();
    b.vpc(null, ['10.0.0.0/16', '10.1.0.0/28']);
    expect(keys(cidr001, b.build())).toEqual([]);
  });
  it('rejects /15 and /29, naming the prefix', () => {
    const b = new DesignBuilder();
    const v = b.vpc(null, ['10.0.0.0/15', '10.2.0.0/29']);
    const f = run(cidr001, b.build());
    expect(f.map((x) => `${x.variant}@${x.resource}:${x.params.prefix}`)).toEqual([
      `prefix-out-of-range@${v}:15`,
      `prefix-out-of-range@${v}:29`,
    ]);
    expect(f[0]!.severity).toBe('error');
  });
  it('reports garbage blocks and VPCs with no block', () => {
    const b = new DesignBuilder();
    const v1 = b.vpc(null, ['10.0.0.300/16']);
    const v2 = b.vpc(null, []);
    b.patch(v1, { cidrBlocks: ['10.0.0.300/16', 42] });
    expect(keys(cidr001, b.build())).toEqual([`invalid@${v1}`, `invalid@${v1}`, `no-blocks@${v2}`]);
  });
});
