import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { transitPair } from '../testing/transit.ts';
import { tgw003 } from './tgw003-overlapping-propagations.ts';

describe('TGW-003 overlapping blocks on one transit gateway route table', () => {
  it('accepts attachments with distinct blocks', () => {
    expect(keys(tgw003, transitPair().b.build())).toEqual([]);
  });
  it('flags a VPC whose block overlaps another propagating into the same table', () => {
    const { b, region, tgw, rtb, a, c } = transitPair();
    const v = b.vpc(region, '10.1.128.0/17');
    const s = b.subnet(b.az(v), '10.1.128.0/24');
    const att = b.resource('tgwAttachment', v, {
      transitGatewayId: tgw,
      subnetIds: [s],
      routeTableId: rtb,
      applianceMode: false,
    });
    b.patch(rtb, { propagationIds: [a.att, c.att, att] });
    expect(run(tgw003, b.build())).toMatchObject([
      {
        variant: 'overlap',
        resource: rtb,
        related: [att, c.att],
        params: { attachment: att, cidr: '10.1.128.0/17', other: c.att, otherCidr: '10.1.0.0/16' },
      },
    ]);
    // Not propagating into the table: no overlap there.
    b.patch(rtb, { propagationIds: [a.att, c.att] });
    expect(keys(tgw003, b.build())).toEqual([]);
  });
});
