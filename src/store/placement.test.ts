import { beforeEach, describe, expect, it } from 'vitest';
import { useDesignStore, emptyDesign, clearHistory, undo } from './designStore.ts';
import { absolutePosition, indexDesign, type Resource } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import { autoLayout } from '../layout/layout.ts';

const s = () => useDesignStore.getState();
const design = () => s().design;
const get = (id: string) => indexDesign(design()).get(id)!;
const ok = (r: ReturnType<ReturnType<typeof s>['addAt']>) => {
  if (!r.ok) throw new Error('refused');
  return r.id;
};
const centre = (id: string) => {
  const p = absolutePosition(indexDesign(design()), id);
  const z = sizeOf(get(id));
  return { x: p.x + z.width / 2, y: p.y + z.height / 2 };
};
const overlap = (a: Resource, b: Resource) => {
  const sa = sizeOf(a);
  const sb = sizeOf(b);
  return (
    a.position.x < b.position.x + sb.width &&
    b.position.x < a.position.x + sa.width &&
    a.position.y < b.position.y + sb.height &&
    b.position.y < a.position.y + sa.height
  );
};

beforeEach(() => {
  s().replaceDesign(emptyDesign());
  clearHistory();
});

describe('new resources land where auto-layout would put them', () => {
  it('route tables and gateways fill the VPC shelf in a row, AZs go below it, nothing overlaps', () => {
    const region = ok(s().addAt('region', { x: 400, y: 300 }));
    const vpc = ok(s().addAt('vpc', centre(region)));
    // Dropped anywhere in the VPC, even at its bottom right: the shelf row along the top.
    const [main, acl] = indexDesign(design()).children(vpc);
    const rt1 = ok(s().addInto('routeTable', vpc, { x: 400, y: 300 }));
    const rt2 = ok(s().addAt('routeTable', { x: centre(vpc).x + 200, y: centre(vpc).y + 150 }));
    const az = ok(s().addAt('az', centre(vpc)));
    expect([main!, acl!, get(rt1), get(rt2)].map((r) => r.position.y)).toEqual([44, 44, 44, 44]);
    expect([main!, acl!, get(rt1), get(rt2)].map((r) => r.position.x)).toEqual([24, 168, 312, 456]);
    expect(get(az).position).toEqual({ x: 24, y: 44 + 92 + 24 });
    // The rows auto-layout gives them (it also sorts a row by name).
    const laid = indexDesign(autoLayout(design()));
    for (const id of [rt1, rt2, az]) expect(get(id).position.y).toBe(laid.get(id)!.position.y);
    expect(get(az).position).toEqual(laid.get(az)!.position);
  });

  it('a fifth shelf item opens a second row and pushes the AZs down, in one undo step', () => {
    const region = ok(s().addAt('region', { x: 400, y: 300 }));
    const vpc = ok(s().addAt('vpc', centre(region)));
    ok(s().addInto('igw', vpc, { x: 0, y: 0 }));
    ok(s().addInto('securityGroup', vpc, { x: 0, y: 0 }));
    const az = ok(s().addInto('az', vpc, { x: 0, y: 0 }));
    const azY = get(az).position.y;
    const sg2 = ok(s().addInto('securityGroup', vpc, { x: 0, y: 0 }));
    expect(get(sg2).position).toEqual({ x: 24, y: 44 + 116 });
    expect(get(az).position.y).toBe(azY + 116);
    const kids = indexDesign(design()).children(vpc);
    for (let i = 0; i < kids.length; i++)
      for (let j = i + 1; j < kids.length; j++) expect(overlap(kids[i]!, kids[j]!)).toBe(false);
    undo();
    expect(get(az).position.y).toBe(azY);
  });

  it('subnets stack in an AZ and a subnet holds rows of four', () => {
    const region = ok(s().addAt('region', { x: 400, y: 300 }));
    const vpc = ok(s().addAt('vpc', centre(region)));
    const az = ok(s().addAt('az', centre(vpc)));
    const a = ok(s().addAt('subnet', centre(az)));
    const b = ok(s().addAt('subnet', centre(az)));
    expect(get(b).position).toEqual({ x: 24, y: get(a).position.y + sizeOf(get(a)).height + 24 });
    const ids = [0, 1, 2, 3, 4].map(() => ok(s().addAt('instance', centre(a))));
    expect(ids.map((id) => get(id).position)).toEqual([
      { x: 24, y: 44 },
      { x: 168, y: 44 },
      { x: 312, y: 44 },
      { x: 456, y: 44 },
      { x: 24, y: 160 },
    ]);
  });
});

describe('renaming a VPC', () => {
  it('renames its main route table and default NACL while they keep the generated names, never a name the user gave', () => {
    const region = ok(s().addAt('region', { x: 400, y: 300 }));
    const vpc = ok(s().addAt('vpc', centre(region)));
    const [rt, acl] = indexDesign(design()).children(vpc);
    expect(rt!.name).toBe('VPC-main-rtb');
    s().update(vpc, { name: 'shop' });
    expect(get(rt!.id).name).toBe('shop-main-rtb');
    expect(get(acl!.id).name).toBe('shop-default-acl');
    s().update(acl!.id, { name: 'gate' });
    s().update(vpc, { name: 'store' });
    expect(get(rt!.id).name).toBe('store-main-rtb');
    expect(get(acl!.id).name).toBe('gate');
    // One undo step brings back the VPC's name and its table's.
    undo();
    expect(get(vpc).name).toBe('shop');
    expect(get(rt!.id).name).toBe('shop-main-rtb');
  });
});
