import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { cidr003 } from './cidr003-forbidden-vpc-blocks.ts';

describe('CIDR-003 link-local and restricted secondary blocks', () => {
  it('rejects a block in 169.254.0.0/16', () => {
    const b = new DesignBuilder();
    const v = b.vpc(null, '169.254.10.0/24');
    const f = run(cidr003, b.build());
    expect(f.map((x) => [x.variant, x.severity, x.resource])).toEqual([['link-local', 'error', v]]);
  });
  it('warns on a 192.168/16 secondary for a 10/8 primary, and on 10.0/16 for a 10.0/15 primary', () => {
    const b = new DesignBuilder();
    const v1 = b.vpc(null, ['10.1.0.0/16', '192.168.0.0/24']);
    const v2 = b.vpc(null, ['10.1.0.0/16', '10.0.5.0/24']);
    const v3 = b.vpc(null, ['172.20.0.0/16', '172.31.0.0/20']);
    expect(keys(cidr003, b.build())).toEqual(
      [`restricted-secondary@${v1}`, `restricted-secondary@${v2}`, `restricted-secondary@${v3}`].sort(),
    );
    expect(run(cidr003, b.build()).every((f) => f.severity === 'warning')).toBe(true);
  });
  it('allows permitted secondaries (same RFC 1918 range, 100.64/10)', () => {
    const b = new DesignBuilder();
    b.vpc(null, ['10.1.0.0/16', '10.2.0.0/16', '100.64.0.0/16']);
    b.vpc(null, ['172.20.0.0/16', '172.21.0.0/16']);
    expect(keys(cidr003, b.build())).toEqual([]);
  });
});

describe('CIDR-003 10.0.0.0/15 clause', () => {
  it('applies when any other block (not only the primary) is in 10.0.0.0/15', () => {
    const b = new DesignBuilder();
    const v = b.vpc(null, ['10.5.0.0/16', '10.1.0.0/16', '10.0.4.0/24']);
    expect(run(cidr003, b.build()).map((f) => [f.resource, f.params.cidr])).toEqual([[v, '10.0.4.0/24']]);
  });
});
