import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/graph.ts';
import { intToIp } from '../model/cidr.ts';
import type { Design, Resource } from '../model/types.ts';
import { generateDesign } from '../testing/generate.ts';
import { assignAddresses, buildContext } from './context.ts';
import { mutatedDesign, randomDesign } from './testing/arbitrary.ts';
import { DesignBuilder, webApp } from './testing/builder.ts';

describe('assignAddresses', () => {
  it('gives base+4, +5, … in document order, keeps static IPs and skips them', () => {
    const b = new DesignBuilder();
    const s = b.subnet(b.az(b.vpc(null)), '10.0.1.0/24');
    const a = b.instance(s);
    const fixed = b.instance(s, { privateIp: '10.0.1.5' });
    const c = b.rds(s);
    const n = b.nat(s);
    const m = assignAddresses(indexDesign(b.build()));
    expect([a, fixed, c, n].map((id) => intToIp(m.get(id)!))).toEqual(['10.0.1.4', '10.0.1.5', '10.0.1.6', '10.0.1.7']);
  });

  it('stops at the end of the subnet (a /28 has 11 usable addresses) and skips unparseable subnets', () => {
    const b = new DesignBuilder();
    const az = b.az(b.vpc(null));
    const s = b.subnet(az, '10.0.1.0/28');
    const ids = Array.from({ length: 12 }, () => b.instance(s));
    const bad = b.instance(b.subnet(az, 'nope'));
    const m = assignAddresses(indexDesign(b.build()));
    expect(intToIp(m.get(ids[10]!)!)).toBe('10.0.1.14');
    expect(m.has(ids[11]!)).toBe(false);
    expect(m.has(bad)).toBe(false);
  });
});

/** Every resource's `ctx.address` against `assignAddresses` over the whole design. */
function sameAddresses(d: Design): void {
  const all = assignAddresses(indexDesign(d));
  const ctx = buildContext(d);
  for (const r of d.resources) {
    const id = (r as { id?: unknown } | null)?.id as string;
    expect(ctx.address(id), typeof id === 'string' ? id : 'an id that is not a string').toBe(all.get(id) ?? null);
  }
}

/** A well-formed design with resources moved under others (nesting, cycles) and reordered. */
const reparented = fc
  .tuple(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }))
  .map(([moves, swaps]) => {
    const { b, pubA, privA } = webApp();
    for (let i = 0; i < 5; i++) b.instance(i % 2 ? pubA : privA, i === 2 ? { privateIp: '10.0.10.4' } : {});
    const rs: Resource[] = b.resources.map((r) => ({ ...r }));
    for (const [i, j] of moves) rs[i % rs.length] = { ...rs[i % rs.length]!, parent: rs[j % rs.length]!.id };
    for (const k of swaps) {
      const i = k % rs.length;
      const j = (k * 7 + 3) % rs.length;
      [rs[i], rs[j]] = [rs[j]!, rs[i]!];
    }
    return { ...b.build(), resources: rs };
  });

describe('ctx.address (assigned one subnet at a time)', () => {
  it('answers as assignAddresses over the whole design: random, mutated and re-parented designs', () => {
    fc.assert(fc.property(fc.oneof(randomDesign, mutatedDesign, reparented), sameAddresses), { numRuns: 400 });
  });

  it('answers as assignAddresses on a generated 1,000-resource design', () => {
    sameAddresses(generateDesign({ resources: 1000, seed: 3, loadBalancing: true, transit: true }));
  });

  it("reads only the asked resource's subnet", () => {
    const b = new DesignBuilder();
    const az = b.az(b.vpc(null));
    const s1 = b.subnet(az, '10.0.1.0/24');
    const s2 = b.subnet(az, '10.0.2.0/24');
    const a = b.instance(s1);
    b.instance(s2);
    const other = b.instance(s2, { privateIp: '10.0.2.9' });
    const read = new Set<string>();
    const d = b.build();
    const resources = d.resources.map((r) =>
      r.kind === 'instance'
        ? new Proxy(r, {
            get(t, k, recv) {
              if (k === 'privateIp') read.add(t.id);
              return Reflect.get(t, k, recv) as unknown;
            },
          })
        : r,
    );
    const ctx = buildContext({ ...d, resources });
    expect(intToIp(ctx.address(a)!)).toBe('10.0.1.4');
    expect(read).toEqual(new Set([a]));
    expect(intToIp(ctx.address(other)!)).toBe('10.0.2.9');
  });
});

describe('buildContext', () => {
  it('resolves effective route tables and NACLs: explicit first, else main / default', () => {
    const { b, vpc, pubA, privA, privB, publicRt, privateRt, privateRtB } = webApp();
    b.patch(privateRtB, { subnetIds: [] });
    const def = b.nacl(vpc, { isDefault: true });
    const custom = b.nacl(vpc, { subnets: [pubA] });
    const ctx = buildContext(b.build());
    expect(ctx.routeTableOf(pubA)?.id).toBe(publicRt);
    expect(ctx.routeTableOf(privA)?.id).toBe(privateRt);
    expect(ctx.routeTableOf(privB)?.id).toBe(privateRt); // implicit: the main table
    expect(ctx.naclOf(pubA)?.id).toBe(custom);
    expect(ctx.naclOf(privA)?.id).toBe(def);
    expect(ctx.isPublicSubnet(pubA)).toBe(true);
    expect(ctx.isPublicSubnet(privA)).toBe(false);
  });

  it('is cached per design snapshot', () => {
    const d = webApp().b.build();
    expect(buildContext(d)).toBe(buildContext(d));
    expect(buildContext({ ...d })).not.toBe(buildContext(d));
  });
});
