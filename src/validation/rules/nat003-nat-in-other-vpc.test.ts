import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { nat003 } from './nat003-nat-in-other-vpc.ts';

describe('NAT-003 NAT gateway of another VPC', () => {
  it('accepts routes to NAT gateways of the same VPC', () => {
    expect(keys(nat003, webApp().b.build())).toEqual([]);
  });
  it('reports a route to a NAT gateway in a peered VPC', () => {
    const { b, region, nat } = webApp();
    const v2 = b.vpc(region, '10.1.0.0/16');
    const rt = b.routeTable(v2, { routes: [['0.0.0.0/0', nat]] });
    expect(keys(nat003, b.build())).toEqual([`foreign-nat@${rt}`]);
  });
});
