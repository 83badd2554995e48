import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { transitPair } from '../testing/transit.ts';
import { tgw004 } from './tgw004-blackhole-hides-route.ts';

describe('TGW-004 blackhole hides a working transit gateway route', () => {
  it('accepts a blackhole for addresses nothing else routes', () => {
    const { b, rtb } = transitPair();
    b.patch(rtb, { routes: [{ id: 'bh', destination: '172.16.0.0/12', target: 'blackhole' }] });
    expect(keys(tgw004, b.build())).toEqual([]);
  });
  it('warns about a more specific blackhole inside a propagated route', () => {
    const { b, rtb, c } = transitPair();
    b.patch(rtb, { routes: [{ id: 'bh', destination: '10.1.1.0/24', target: 'blackhole' }] });
    expect(run(tgw004, b.build())).toMatchObject([
      {
        variant: 'hides-route',
        resource: rtb,
        params: { destination: '10.1.1.0/24', hidden: '10.1.0.0/16', target: c.att },
      },
    ]);
  });
  it('warns about a static blackhole for the same destination as a propagated route', () => {
    const { b, rtb } = transitPair();
    b.patch(rtb, { routes: [{ id: 'bh', destination: '10.0.0.0/16', target: 'blackhole' }] });
    expect(keys(tgw004, b.build())).toEqual([`hides-route@${rtb}`]);
  });
  it('ignores a route to an attachment that is gone: it delivers nothing either', () => {
    const { b, rtb } = transitPair();
    b.patch(rtb, {
      propagationIds: [],
      routes: [
        { id: 'x', destination: '10.1.0.0/16', target: 'tgw-attach-gone' },
        { id: 'bh', destination: '10.1.1.0/24', target: 'blackhole' },
      ],
    });
    expect(keys(tgw004, b.build())).toEqual([]);
  });
});
