import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { headerWidth, layoutNested } from './nested.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { type Design, type Resource, indexDesign, isContainer, isPublicSubnet } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import { generateDesign } from '../testing/generate.ts';
import { DesignBuilder } from '../validation/testing/builder.ts';

function load(name: string): Design {
  const r = parseDesignJson(readFileSync(`examples/${name}.json`, 'utf8'));
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
}

const overlap = (a: Resource, b: Resource) => {
  const [sa, sb] = [sizeOf(a), sizeOf(b)];
  return (
    a.position.x < b.position.x + sb.width &&
    b.position.x < a.position.x + sa.width &&
    a.position.y < b.position.y + sb.height &&
    b.position.y < a.position.y + sa.height
  );
};

/** No two siblings overlap; every child sits inside its container, below its header; containers show their header whole. */
function checkGeometry(d: Design) {
  const index = indexDesign(d);
  const problems: string[] = [];
  for (const parent of [null, ...d.resources.filter(isContainer).map((c) => c.id)]) {
    const kids = index.children(parent);
    // Sweep by x so the 2,000-resource check stays quick.
    const sorted = [...kids].sort((a, b) => a.position.x - b.position.x);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (b.position.x >= a.position.x + sizeOf(a).width) break;
        if (overlap(a, b)) problems.push(`${a.name} overlaps ${b.name}`);
      }
    const c = parent ? index.get(parent) : null;
    if (c && isContainer(c)) {
      if (c.size.width < headerWidth(index, c)) problems.push(`${c.name} is narrower than its header`);
      for (const k of kids) {
        const s = sizeOf(k);
        if (k.position.x < 24 || k.position.y < 44) problems.push(`${k.name} is in ${c.name}'s padding or header`);
        if (k.position.x + s.width > c.size.width - 24 || k.position.y + s.height > c.size.height - 24)
          problems.push(`${k.name} sticks out of ${c.name}`);
      }
    }
  }
  expect(problems).toEqual([]);
}

function checkPublicFirst(d: Design) {
  const index = indexDesign(d);
  for (const az of index.ofKind('az')) {
    const subnets = [...index.children(az.id)].sort((a, b) => a.position.y - b.position.y);
    const pub = subnets.map((s) => isPublicSubnet(index, s.id));
    // Once a private subnet is seen, no public one follows.
    expect(pub.slice(pub.indexOf(false) < 0 ? pub.length : pub.indexOf(false))).not.toContain(true);
  }
}

/** A region with `n` VPCs of two AZs (public + private subnet each), an IGW and tables. */
function estate(n: number): Design {
  const b = new DesignBuilder();
  const region = b.region('us-east-1');
  for (let i = 0; i < n; i++) {
    const vpc = b.vpc(region, `10.${i}.0.0/16`, { name: `vpc-${i}` });
    const igw = b.igw(vpc);
    const subnets: string[] = [];
    for (const z of ['a', 'b']) {
      const az = b.az(vpc, `us-east-1${z}`);
      // The private subnet first in the input, with the lower block: the layout must still put the public one on top.
      const priv = b.subnet(az, `10.${i}.${z === 'a' ? 0 : 2}.0/24`, { name: `private-${z}` });
      const pub = b.subnet(az, `10.${i}.${z === 'a' ? 1 : 3}.0/24`, { name: `public-${z}` });
      b.instance(priv);
      b.instance(pub);
      subnets.push(pub);
    }
    b.routeTable(vpc, { main: true });
    b.routeTable(vpc, { routes: [['0.0.0.0/0', igw]], subnets });
    b.nacl(vpc, { isDefault: true });
  }
  return b.build();
}

describe('layoutNested', () => {
  for (const name of ['two-az-web-db', 'three-tier-alb', 'peered-vpcs', 'single-public-web']) {
    it(`lays out ${name}: no overlaps, every child inside its container, public subnets first`, async () => {
      const d = await layoutNested(load(name));
      checkGeometry(d);
      checkPublicFirst(d);
    });
  }

  it('lays out generated designs of 100 and 2,000 resources', async () => {
    for (const resources of [100, 2000]) {
      const d = await layoutNested(generateDesign({ resources, seed: 7 }));
      checkGeometry(d);
      checkPublicFirst(d);
    }
  });

  it('puts public subnets first even when the input lists a private one first', async () => {
    const d = await layoutNested(estate(1));
    checkPublicFirst(d);
    const index = indexDesign(d);
    for (const az of index.ofKind('az')) {
      const top = [...index.children(az.id)].sort((a, b) => a.position.y - b.position.y)[0]!;
      expect(top.name).toMatch(/^public/);
    }
  });

  it('puts the gateways along the top of the VPC, the AZs side by side below, the tables under them', async () => {
    const d = await layoutNested(estate(1));
    const index = indexDesign(d);
    const vpc = index.ofKind('vpc')[0]!;
    const kids = index.children(vpc.id);
    const igw = kids.find((k) => k.kind === 'igw')!;
    const azs = kids.filter((k) => k.kind === 'az');
    const tables = kids.filter((k) => k.kind === 'routeTable' || k.kind === 'nacl');
    expect(igw.position).toEqual({ x: 24, y: 44 });
    const azTop = Math.min(...azs.map((a) => a.position.y));
    const azBottom = Math.max(...azs.map((a) => a.position.y + sizeOf(a).height));
    expect(igw.position.y + sizeOf(igw).height).toBeLessThan(azTop);
    for (const t of tables) expect(t.position.y).toBeGreaterThan(azBottom);
    // Side by side, in zone order, one height; the subnets of an AZ one width.
    expect(new Set(azs.map((a) => a.position.y)).size).toBe(1);
    expect([...azs].sort((a, b) => a.position.x - b.position.x).map((a) => (a.kind === 'az' ? a.zone : ''))).toEqual([
      'us-east-1a',
      'us-east-1b',
    ]);
    expect(new Set(azs.map((a) => sizeOf(a).height)).size).toBe(1);
    for (const az of azs) expect(new Set(index.children(az.id).map((s) => sizeOf(s).width)).size).toBe(1);
    // The main route table leads the tables.
    const first = [...tables].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)[0]!;
    expect(first.kind === 'routeTable' && first.main).toBe(true);
  });

  it('packs ten VPCs of a region into a screen-shaped grid, not one long row', async () => {
    const d = await layoutNested(estate(10));
    checkGeometry(d);
    const index = indexDesign(d);
    const region = index.ofKind('region')[0]!;
    const vpcs = index.ofKind('vpc');
    expect(new Set(vpcs.map((v) => v.position.y)).size).toBeGreaterThan(1);
    expect(new Set(vpcs.map((v) => v.position.x)).size).toBeGreaterThan(1);
    const aspect = region.size.width / region.size.height;
    expect(aspect).toBeGreaterThan(0.8);
    expect(aspect).toBeLessThan(3);
  });

  it('draws a peering connection beside its VPC, inside the region', async () => {
    const b = new DesignBuilder();
    const region = b.region();
    const a = b.vpc(region, '10.0.0.0/16', { name: 'a' });
    const c = b.vpc(region, '10.1.0.0/16', { name: 'c' });
    b.az(a);
    b.az(c);
    const pcx = b.peering(a, c, region);
    const d = await layoutNested(b.build());
    checkGeometry(d);
    const index = indexDesign(d);
    const p = index.get(pcx)!;
    const vpcA = index.get(a)!;
    expect(p.position.x).toBeGreaterThanOrEqual(vpcA.position.x + sizeOf(vpcA).width);
    expect(p.position.y).toBe(vpcA.position.y);
  });

  it('puts externals on the VPC edge (in a VPC) or beside their VPC (in a region), prefix lists in a last row', async () => {
    const b = new DesignBuilder();
    const region = b.region();
    const vpc = b.vpc(region, '10.0.0.0/16', { name: 'vpc' });
    b.igw(vpc);
    b.az(vpc);
    b.routeTable(vpc, { main: true });
    const ext = (id: string, parent: string, awsType: string) =>
      b.add({
        kind: 'external',
        id,
        name: id,
        parent,
        position: { x: 0, y: 0 },
        awsType,
        attributes: [],
        vpcIds: [vpc],
      } as Resource);
    const vgw = ext('vgw-1', vpc, 'vpn-gateway');
    const tgw = ext('tgw-1', region, 'transit-gateway');
    const pl = b.add({
      kind: 'prefixList',
      id: 'pl-1',
      name: 'pl-1',
      parent: region,
      position: { x: 0, y: 0 },
      addressFamily: 'IPv4',
      entries: null,
    } as Resource);
    const d = await layoutNested(b.build());
    checkGeometry(d);
    const index = indexDesign(d);
    const v = index.get(vpc)!;
    const az = index.children(vpc).find((k) => k.kind === 'az')!;
    // The VPN gateway shares the top row with the internet gateway, above the AZs.
    expect(index.get(vgw)!.position.y).toBe(44);
    expect(index.get(vgw)!.position.y + 92).toBeLessThan(az.position.y);
    // The transit gateway sits on the VPC's right edge; the prefix list below the VPCs.
    expect(index.get(tgw)!.position.x).toBeGreaterThanOrEqual(v.position.x + sizeOf(v).width);
    expect(index.get(pl)!.position.y).toBeGreaterThanOrEqual(v.position.y + sizeOf(v).height);
  });

  it('sizes a container to show its header whole', async () => {
    const b = new DesignBuilder();
    const region = b.region();
    const vpc = b.vpc(region, '10.0.0.0/16', { name: 'a-very-long-vpc-name-that-would-be-clipped-in-a-small-box' });
    b.az(vpc);
    const d = await layoutNested(b.build());
    const v = indexDesign(d).get(vpc)!;
    expect(isContainer(v) && v.size.width).toBeGreaterThanOrEqual(
      'a-very-long-vpc-name-that-would-be-clipped-in-a-small-box'.length * 7,
    );
    checkGeometry(d);
  });

  it('copes with an empty design, empty containers and resources whose parent is missing', async () => {
    expect((await layoutNested(new DesignBuilder().build())).resources).toEqual([]);
    const b = new DesignBuilder();
    const region = b.region();
    b.vpc(region);
    const lost = b.instance('subnet-not-there');
    b.igw(null);
    const d = await layoutNested(b.build());
    checkGeometry(d);
    const index = indexDesign(d);
    // The instance keeps its (dangling) parent and is placed at the top level, clear of the region.
    expect(index.get(lost)!.parent).toBe('subnet-not-there');
    expect(overlap(index.get(lost)!, index.get(region)!)).toBe(false);
  });

  it('changes only positions and container sizes', async () => {
    const before = generateDesign({ resources: 100, seed: 3 });
    const after = await layoutNested(before);
    const strip = (r: Resource) => {
      const { position: _p, ...rest } = r as Resource & { size?: unknown };
      delete (rest as { size?: unknown }).size;
      return rest;
    };
    expect(after.resources.map(strip)).toEqual(before.resources.map(strip));
    expect(after.flows).toEqual(before.flows);
  });

  it('is deterministic, whatever order the resources come in', async () => {
    const base = estate(3);
    const expected = await layoutNested(base);
    const positions = (d: Design) =>
      Object.fromEntries(d.resources.map((r) => [r.id, [r.position, isContainer(r) ? r.size : null]]));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(base.resources as Resource[], { minLength: base.resources.length }),
        async (rs) => {
          const out = await layoutNested({ ...base, resources: rs });
          expect(positions(out)).toEqual(positions(expected));
        },
      ),
      { numRuns: 15 },
    );
  });
});
