import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { peer004 } from './peer004-one-sided-routes.ts';
import { peered } from './peer.fixture.ts';

describe('PEER-004 routes on both sides', () => {
  it('accepts routes on both sides, and says nothing when neither side routes', () => {
    const { b, a, c, pcx } = peered();
    expect(keys(peer004, b.build())).toEqual([]);
    b.routeTable(a, { main: true, routes: [['10.1.0.0/16', pcx]] });
    b.routeTable(c, { main: true, routes: [['10.0.0.0/16', pcx]] });
    expect(keys(peer004, b.build())).toEqual([]);
  });
  it('warns when only one side routes, naming the other', () => {
    const { b, a, c, pcx } = peered();
    b.routeTable(a, { main: true, routes: [['10.1.0.0/16', pcx]] });
    expect(run(peer004, b.build())).toMatchObject([{ resource: pcx, related: [c], params: { vpc: a, missing: c } }]);
  });
});
