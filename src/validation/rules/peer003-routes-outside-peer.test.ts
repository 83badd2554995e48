import { describe, expect, it } from 'vitest';
import { keys, run } from '../testing/findings.ts';
import { peer003 } from './peer003-routes-outside-peer.ts';
import { peered } from './peer.fixture.ts';

describe("PEER-003 routes to a peering stay within the peer's blocks", () => {
  it("accepts the peer's block or part of it", () => {
    const { b, a, pcx } = peered();
    b.routeTable(a, { main: true, routes: [['10.1.0.0/16', pcx]] });
    b.routeTable(a, { routes: [['10.1.0.0/24', pcx]] });
    expect(keys(peer003, b.build())).toEqual([]);
  });
  it('warns on routes broader than the peer (a default route, a /8): they include the peer, so only part is usable', () => {
    const { b, a, pcx } = peered();
    const edge = b.routeTable(a, { routes: [['0.0.0.0/0', pcx]] });
    const broad = b.routeTable(a, { routes: [['10.0.0.0/8', pcx]] });
    const f = run(peer003, b.build());
    expect(f.map((x) => `${x.variant}:${x.severity}@${x.resource}`)).toEqual([
      `broader-than-peer:warning@${edge}`,
      `broader-than-peer:warning@${broad}`,
    ]);
  });
  it('errors on a route to a third network', () => {
    const { b, a, pcx } = peered();
    const rt = b.routeTable(a, { routes: [['10.2.0.0/16', pcx]] });
    expect(keys(peer003, b.build())).toEqual([`outside-peer@${rt}`]);
  });
});
