import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { cidr004 } from './cidr004-vpc-block-choice.ts';

describe('CIDR-004 block recommendations', () => {
  it('is silent for one RFC 1918 block', () => {
    const b = new DesignBuilder();
    b.vpc(null, '10.0.0.0/16');
    expect(keys(cidr004, b.build())).toEqual([]);
  });
  it('informs about public blocks and warns about 172.17/16', () => {
    const b = new DesignBuilder();
    const pub = b.vpc(null, '54.10.0.0/16');
    const dock = b.vpc(null, '172.17.0.0/16');
    const f = run(cidr004, b.build());
    expect(f.map((x) => `${x.variant}:${x.severity}@${x.resource}`).sort()).toEqual(
      [`docker-overlap:warning@${dock}`, `not-rfc1918:info@${pub}`].sort(),
    );
  });
  it('warns about more than 5 blocks', () => {
    const b = new DesignBuilder();
    const v = b.vpc(null, ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16', '10.5.0.0/16']);
    expect(run(cidr004, b.build())).toMatchObject([
      { variant: 'too-many-blocks', resource: v, params: { count: 6, quota: 5 } },
    ]);
  });
});
