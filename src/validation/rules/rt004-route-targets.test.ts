import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { rt004 } from './rt004-route-targets.ts';

describe('RT-004 blackhole targets', () => {
  it('accepts targets of the VPC', () => {
    expect(keys(rt004, webApp().b.build())).toEqual([]);
  });
  it('reports a missing target, an IGW of another VPC, a peering not involving the VPC and a subnet as target', () => {
    const { b, vpc, region, pubA } = webApp();
    const v2 = b.vpc(region, '10.1.0.0/16');
    const v3 = b.vpc(region, '10.2.0.0/16');
    const igw2 = b.igw(v2);
    const pcx = b.peering(v2, v3);
    const rt = b.routeTable(vpc, {
      routes: [
        ['1.0.0.0/8', 'igw-gone'],
        ['2.0.0.0/8', igw2],
        ['10.1.0.0/16', pcx],
        ['3.0.0.0/8', pubA],
      ],
    });
    expect(keys(rt004, b.build())).toEqual([
      `foreign-igw@${rt}`,
      `foreign-pcx@${rt}`,
      `invalid-target@${rt}`,
      `missing-target@${rt}`,
    ]);
  });
  it('accepts a peering that involves the VPC', () => {
    const { b, vpc, region } = webApp();
    const v2 = b.vpc(region, '10.1.0.0/16');
    const pcx = b.peering(v2, vpc);
    b.routeTable(vpc, { routes: [['10.1.0.0/16', pcx]] });
    expect(keys(rt004, b.build())).toEqual([]);
  });
});
