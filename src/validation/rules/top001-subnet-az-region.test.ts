import { describe, expect, it } from 'vitest';
import { DesignBuilder, webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { top001 } from './top001-subnet-az-region.ts';

describe('TOP-001 subnet AZ and Region', () => {
  it('accepts zones of the Region', () => {
    expect(keys(top001, webApp().b.build())).toEqual([]);
  });
  it('reports a zone of another Region', () => {
    const { b, azB, pubB, privB } = webApp();
    b.patch(azB, { zone: 'eu-west-1b' });
    const f = run(top001, b.build());
    expect(f.map((x) => `${x.variant}@${x.resource}`).sort()).toEqual(
      [`wrong-region@${pubB}`, `wrong-region@${privB}`].sort(),
    );
    expect(f[0]!.params).toEqual({ zone: 'eu-west-1b', region: 'us-east-1' });
  });
  it('reports a subnet directly in a VPC (no AZ) and an AZ with an empty zone', () => {
    const b = new DesignBuilder();
    const v = b.vpc(b.region());
    const direct = b.subnet(v, '10.0.0.0/24');
    const az = b.az(v, '');
    const blank = b.subnet(az, '10.0.1.0/24');
    expect(keys(top001, b.build())).toEqual([`no-az@${direct}`, `no-az@${blank}`].sort());
  });
});
