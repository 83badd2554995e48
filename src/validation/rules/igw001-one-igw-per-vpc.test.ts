import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { igw001 } from './igw001-one-igw-per-vpc.ts';

describe('IGW-001 one IGW per VPC', () => {
  it('accepts one IGW, and ignores detached ones', () => {
    const { b } = webApp();
    b.igw(null);
    expect(keys(igw001, b.build())).toEqual([]);
  });
  it('reports two IGWs attached to one VPC', () => {
    const { b, vpc, igw } = webApp();
    const igw2 = b.igw(vpc);
    expect(run(igw001, b.build())).toMatchObject([
      { variant: 'multiple-igws', resource: vpc, related: [igw, igw2], params: { count: 2 } },
    ]);
  });
});
