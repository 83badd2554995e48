import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { peer002 } from './peer002-duplicate-peering.ts';

describe('PEER-002 one peering per pair', () => {
  it('accepts one connection per pair', () => {
    const b = new DesignBuilder();
    const [x, y, z] = [b.vpc(null, '10.0.0.0/16'), b.vpc(null, '10.1.0.0/16'), b.vpc(null, '10.2.0.0/16')];
    b.peering(x, y);
    b.peering(y, z);
    expect(keys(peer002, b.build())).toEqual([]);
  });
  it('reports a second connection, whichever side requested it', () => {
    const b = new DesignBuilder();
    const [x, y] = [b.vpc(null, '10.0.0.0/16'), b.vpc(null, '10.1.0.0/16')];
    const first = b.peering(x, y);
    const second = b.peering(y, x);
    expect(run(peer002, b.build())).toMatchObject([{ resource: second, related: [first] }]);
  });
});
