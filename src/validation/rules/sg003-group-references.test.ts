import { describe, expect, it } from 'vitest';
import { DesignBuilder, sgRule } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { sg003 } from './sg003-group-references.ts';

function peers(regionB = 'us-east-1', peered = true) {
  const b = new DesignBuilder();
  const r1 = b.region('us-east-1');
  const r2 = regionB === 'us-east-1' ? r1 : b.region(regionB);
  const v1 = b.vpc(r1, '10.0.0.0/16');
  const v2 = b.vpc(r2, '10.1.0.0/16');
  if (peered) b.peering(v1, v2);
  const remote = b.sg(v2);
  const local = b.sg(v1, { ingress: [sgRule('tcp', 5432, remote)] });
  return { b, local, remote };
}

describe('SG-003 security group references', () => {
  it('accepts a reference to a group of a same-Region peered VPC', () => {
    expect(keys(sg003, peers().b.build())).toEqual([]);
  });
  it('reports a reference to an unpeered VPC', () => {
    const { b, local } = peers('us-east-1', false);
    expect(keys(sg003, b.build())).toEqual([`not-peered@${local}`]);
  });
  it('reports a reference across an inter-Region peering', () => {
    const { b, local } = peers('eu-west-1');
    expect(keys(sg003, b.build())).toEqual([`cross-region-peer@${local}`]);
  });
  it('reports a reference to a missing group', () => {
    const b = new DesignBuilder();
    const s = b.sg(b.vpc(null), { egress: [sgRule('tcp', 443, 'sg-gone')] });
    expect(keys(sg003, b.build())).toEqual([`missing@${s}`]);
  });
});
