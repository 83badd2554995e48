import { describe, expect, it } from 'vitest';
import { indexDesign, sortParentsFirst } from './graph.ts';
import {
  absolutePosition,
  cloneSubtrees,
  dropTargetAt,
  fitContainers,
  insertCopies,
  removeResources,
  reparent,
} from './ops.ts';
import { twoAzDesign } from '../testing/fixtures.ts';
import type { Design, Resource } from './types.ts';

const PAD = { side: 24, top: 44 };
// The model does not know the catalog (lint rule); leaves are 120 x 92 as in src/catalog.
const sizeOf = (r: Resource) => ('size' in r ? r.size : { width: 120, height: 92 });

describe('sortParentsFirst', () => {
  it('puts every parent before its children, keeping orphans', () => {
    const items = [
      { id: 'c', parent: 'b' },
      { id: 'b', parent: 'a' },
      { id: 'a', parent: null },
      { id: 'x', parent: 'missing' },
    ];
    const sorted = sortParentsFirst(items).map((i) => i.id);
    expect(sorted.indexOf('a')).toBeLessThan(sorted.indexOf('b'));
    expect(sorted.indexOf('b')).toBeLessThan(sorted.indexOf('c'));
    expect(sorted).toContain('x');
  });
  it('terminates on parent cycles', () => {
    const sorted = sortParentsFirst([
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ]);
    expect(sorted.map((i) => i.id).sort()).toEqual(['a', 'b']);
  });
});

describe('reparent', () => {
  it('converts the position so the node stays where it was dropped', () => {
    const { d, web, pubB } = twoAzDesign();
    const index = indexDesign(d);
    const before = absolutePosition(index, web.id);
    const target = { x: before.x + 400, y: before.y + 10 };
    const next = reparent(d, web.id, pubB.id, target);
    const moved = indexDesign(next).get(web.id)!;
    expect(moved.parent).toBe(pubB.id);
    expect(absolutePosition(indexDesign(next), web.id)).toEqual(target);
    // Parents still precede children.
    const order = next.resources.map((r) => r.id);
    expect(order.indexOf(pubB.id)).toBeLessThan(order.indexOf(web.id));
  });
  it('refuses to put a container inside its own subtree', () => {
    const { d, azA, pubA } = twoAzDesign();
    expect(reparent(d, azA.id, pubA.id, { x: 0, y: 0 })).toBe(d);
  });
});

describe('removeResources', () => {
  it('removes the subtree and every reference, keeping routes as blackholes', () => {
    const { d: d0, rtPub, igw, pubA, web, sgWeb, azA } = twoAzDesign();
    let d: Design = {
      ...d0,
      resources: d0.resources.map((r) =>
        r.id === rtPub.id && r.kind === 'routeTable'
          ? {
              ...r,
              subnetIds: [pubA.id],
              routes: [...r.routes, { id: 'r-x', destination: '0.0.0.0/0', target: igw.id }],
            }
          : r,
      ),
      flows: [{ id: 'f1', from: 'internet', to: web.id, protocol: 'tcp' as const, port: 443, label: '' }],
    };
    d = removeResources(d, [azA.id, igw.id]);
    const index = indexDesign(d);
    expect(index.get(azA.id)).toBeUndefined();
    expect(index.get(pubA.id)).toBeUndefined();
    expect(index.get(web.id)).toBeUndefined();
    const rt = index.getKind(rtPub.id, 'routeTable')!;
    expect(rt.subnetIds).toEqual([]);
    expect(rt.routes.some((r) => r.target === igw.id)).toBe(true); // blackhole, reported by RT-004
    expect(d.flows).toEqual([]);
    expect(index.get(sgWeb.id)).toBeDefined();
  });
  it('removes a flow by id and returns the same object when nothing matches', () => {
    const { d: d0, web } = twoAzDesign();
    const d = {
      ...d0,
      flows: [{ id: 'f1', from: 'internet', to: web.id, protocol: 'tcp' as const, port: 443, label: '' }],
    };
    expect(removeResources(d, ['f1']).flows).toEqual([]);
    expect(removeResources(d, ['nope'])).toBe(d);
  });
});

describe('copy and duplicate', () => {
  it('gives fresh ids and remaps references inside the copy', () => {
    const { d, azA, pubA, web, sgWeb } = twoAzDesign();
    const { resources, idMap } = cloneSubtrees(d.resources, [azA.id], new Set(d.resources.map((r) => r.id)));
    const ids = new Set(d.resources.map((r) => r.id));
    expect(resources.every((r) => !ids.has(r.id))).toBe(true);
    const webCopy = resources.find((r) => r.id === idMap.get(web.id)) as Extract<Resource, { kind: 'instance' }>;
    expect(webCopy.parent).toBe(idMap.get(pubA.id));
    // References outside the copy are kept: the copied instance keeps its security group.
    expect(webCopy.securityGroupIds).toEqual([sgWeb.id]);
  });
  it('copies a resource whose parents form a cycle without hanging', () => {
    const { d, azA, pubA } = twoAzDesign();
    // Not possible from a file or the canvas, but a raw edit could make A the parent of its own parent.
    const looped = d.resources.map((r) => (r.id === azA.id ? { ...r, parent: pubA.id } : r)) as Resource[];
    const { resources } = cloneSubtrees(looped, [pubA.id], new Set(looped.map((r) => r.id)));
    expect(resources.length).toBeGreaterThan(0);
  });
  it('a copied route table keeps no association to an uncopied subnet (one table per subnet)', () => {
    const { d: d0, rtPub, pubA } = twoAzDesign();
    const d = {
      ...d0,
      resources: d0.resources.map((r) => (r.id === rtPub.id ? { ...r, subnetIds: [pubA.id] } : r)) as Resource[],
    };
    const { design, newRoots } = insertCopies(
      d,
      { resources: d.resources, flows: [], roots: [rtPub.id] },
      { x: 24, y: 24 },
    );
    const copy = indexDesign(design).getKind(newRoots[0], 'routeTable')!;
    expect(copy.subnetIds).toEqual([]);
    expect(copy.main).toBe(false);
    expect(copy.position.x).toBe(indexDesign(d).get(rtPub.id)!.position.x + 24);
  });
  it('copies flows between copied resources', () => {
    const { d: d0, web, db, pubA } = twoAzDesign();
    const d = {
      ...d0,
      flows: [{ id: 'f1', from: web.id, to: db.id, protocol: 'tcp' as const, port: 5432, label: '' }],
    };
    const { design } = insertCopies(d, { resources: d.resources, flows: d.flows, roots: [pubA.id] }, { x: 0, y: 0 });
    expect(design.flows).toHaveLength(2);
    const copied = design.flows[1]!;
    expect(copied.from).not.toBe(web.id);
    expect(copied.to).toBe(db.id); // db was not copied
  });
});

describe('fitContainers', () => {
  it('grows containers to hold their children, deepest first', () => {
    const { d, pubA, web, azA, vpc } = twoAzDesign();
    const far = {
      ...d,
      resources: d.resources.map((r) => (r.id === web.id ? { ...r, position: { x: 900, y: 400 } } : r)) as Resource[],
    };
    const next = fitContainers(far, sizeOf, PAD);
    const index = indexDesign(next);
    const sub = index.getKind(pubA.id, 'subnet')!;
    expect(sub.size.width).toBeGreaterThanOrEqual(900 + 120 + 24);
    expect(sub.size.height).toBeGreaterThanOrEqual(400 + 92 + 24);
    const az = index.getKind(azA.id, 'az')!;
    expect(az.size.width).toBeGreaterThanOrEqual(sub.position.x + sub.size.width + 24);
    const v = index.getKind(vpc.id, 'vpc')!;
    expect(v.size.width).toBeGreaterThanOrEqual(az.position.x + az.size.width + 24);
  });
  it('pulls in children that stick out at the top-left without moving them on screen', () => {
    const { d, web, pubA } = twoAzDesign();
    const before = absolutePosition(indexDesign(d), pubA.id);
    const neg = {
      ...d,
      resources: d.resources.map((r) => (r.id === web.id ? { ...r, position: { x: -50, y: 10 } } : r)) as Resource[],
    };
    const webAbs = absolutePosition(indexDesign(neg), web.id);
    const next = fitContainers(neg, sizeOf, PAD);
    const index = indexDesign(next);
    expect(index.get(web.id)!.position.x).toBe(24);
    expect(absolutePosition(index, web.id)).toEqual(webAbs);
    expect(absolutePosition(index, pubA.id).x).toBeLessThan(before.x);
  });
});

describe('dropTargetAt', () => {
  it('finds the deepest container that may hold the kind', () => {
    const { d, pubA, vpc } = twoAzDesign();
    const index = indexDesign(d);
    const p = absolutePosition(index, pubA.id);
    const inSubnet = { x: p.x + 10, y: p.y + 10 };
    expect(dropTargetAt(d, 'instance', inSubnet, sizeOf)).toMatchObject({ parent: { id: pubA.id }, allowed: true });
    // A subnet dropped on a subnet lands in the AZ around it; a route table in the VPC.
    expect(dropTargetAt(d, 'subnet', inSubnet, sizeOf).parent?.kind).toBe('az');
    expect(dropTargetAt(d, 'routeTable', inSubnet, sizeOf).parent?.id).toBe(vpc.id);
  });
  it('refuses an instance outside any subnet and a subnet outside a VPC', () => {
    const { d, vpc, region } = twoAzDesign();
    const index = indexDesign(d);
    const v = absolutePosition(index, vpc.id);
    expect(dropTargetAt(d, 'instance', { x: v.x + 5, y: v.y + 5 }, sizeOf).allowed).toBe(false);
    const r = absolutePosition(index, region.id);
    expect(dropTargetAt(d, 'subnet', { x: r.x + 2, y: r.y + 2 }, sizeOf).allowed).toBe(false);
    expect(dropTargetAt(d, 'instance', { x: -5000, y: -5000 }, sizeOf)).toEqual({ parent: null, allowed: false });
    expect(dropTargetAt(d, 'region', { x: -5000, y: -5000 }, sizeOf)).toEqual({ parent: null, allowed: true });
  });
});

describe('fitContainers pushes neighbours', () => {
  it('a subnet that grows pushes the subnet below it down instead of covering it', () => {
    const { d, pubA, privA, web } = twoAzDesign();
    const fitted = fitContainers(d, sizeOf, PAD);
    const i0 = indexDesign(fitted);
    const gapBefore =
      i0.get(privA.id)!.position.y -
      (i0.getKind(pubA.id, 'subnet')!.position.y + i0.getKind(pubA.id, 'subnet')!.size.height);
    const grown = {
      ...fitted,
      resources: fitted.resources.map((r) =>
        r.id === web.id ? { ...r, position: { x: 24, y: 300 } } : r,
      ) as Resource[],
    };
    const next = fitContainers(grown, sizeOf, PAD);
    const index = indexDesign(next);
    const a = index.getKind(pubA.id, 'subnet')!;
    const b = index.getKind(privA.id, 'subnet')!;
    expect(a.position.y + a.size.height).toBeLessThanOrEqual(b.position.y);
    expect(b.position.y - (a.position.y + a.size.height)).toBe(Math.max(gapBefore, 0));
  });
});
