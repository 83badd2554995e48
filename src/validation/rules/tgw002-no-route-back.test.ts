import { describe, expect, it } from 'vitest';
import type { RouteTable } from '../../model/types.ts';
import { keys, run } from '../testing/findings.ts';
import { transitPair } from '../testing/transit.ts';
import { tgw002 } from './tgw002-no-route-back.ts';

describe('TGW-002 no route back through the transit gateway', () => {
  it('accepts routes both ways', () => {
    const { b } = transitPair();
    expect(keys(tgw002, b.build())).toEqual([]);
  });
  it('warns when the other VPC does not route back to the transit gateway', () => {
    const { b, a, c, tgw } = transitPair();
    b.patch(c.rt, { routes: b.get<RouteTable>(c.rt).routes.filter((r) => r.target === 'local') });
    expect(run(tgw002, b.build())).toMatchObject([
      {
        variant: 'no-vpc-route-back',
        resource: a.rt,
        params: { destination: '10.1.0.0/16', tgw, otherVpc: c.vpc },
      },
    ]);
  });
  it('warns when the other attachment’s transit gateway route table has no route back', () => {
    const { b, a, c, tgw } = transitPair();
    const spoke = b.resource('tgwRouteTable', null, { name: 'spoke', transitGatewayId: tgw, propagationIds: [c.att] });
    b.patch(c.att, { routeTableId: spoke });
    expect(keys(tgw002, b.build())).toEqual([`no-tgw-route-back@${a.rt}`]);
    expect(run(tgw002, b.build())[0]!.params.tgwTable).toBe(spoke);
  });
});
