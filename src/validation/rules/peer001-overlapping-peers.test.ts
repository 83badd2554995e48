import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { peer001 } from './peer001-overlapping-peers.ts';

describe('PEER-001 overlapping peered VPCs', () => {
  it('accepts disjoint VPCs', () => {
    const b = new DesignBuilder();
    b.peering(b.vpc(null, '10.0.0.0/16'), b.vpc(null, '10.1.0.0/16'));
    expect(keys(peer001, b.build())).toEqual([]);
  });
  it('reports an overlap between a secondary block and the peer', () => {
    const b = new DesignBuilder();
    const a = b.vpc(null, ['10.0.0.0/16', '10.1.0.0/24']);
    const c = b.vpc(null, '10.1.0.0/16');
    const p = b.peering(a, c);
    expect(run(peer001, b.build())).toMatchObject([
      { variant: 'overlap', resource: p, related: [a, c], params: { cidr: '10.1.0.0/24', otherCidr: '10.1.0.0/16' } },
    ]);
  });
  it('reports a VPC peered with itself, and skips incomplete peerings', () => {
    const b = new DesignBuilder();
    const a = b.vpc(null);
    const self = b.peering(a, a);
    b.peering(a, null);
    expect(keys(peer001, b.build())).toEqual([`same-vpc@${self}`]);
  });
});
