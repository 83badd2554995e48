import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { autoLayout } from './layout.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { type Design, type Resource, indexDesign, isContainer } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import { twoAzDesign } from '../testing/fixtures.ts';

function load(name: string): Design {
  const r = parseDesignJson(readFileSync(`examples/${name}.json`, 'utf8'));
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
}

function checkGeometry(d: Design) {
  const index = indexDesign(d);
  for (const parent of [null, ...d.resources.filter(isContainer).map((c) => c.id)]) {
    const kids = index.children(parent);
    // Siblings never overlap.
    for (let i = 0; i < kids.length; i++)
      for (let j = i + 1; j < kids.length; j++) {
        const a = kids[i]!;
        const b = kids[j]!;
        const sa = sizeOf(a);
        const sb = sizeOf(b);
        const overlap =
          a.position.x < b.position.x + sb.width &&
          b.position.x < a.position.x + sa.width &&
          a.position.y < b.position.y + sb.height &&
          b.position.y < a.position.y + sa.height;
        expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
      }
    // Children sit inside their container, below its header.
    const c = parent ? index.get(parent) : null;
    if (c && isContainer(c)) {
      for (const k of kids) {
        const s = sizeOf(k);
        expect(k.position.x).toBeGreaterThanOrEqual(24);
        expect(k.position.y).toBeGreaterThanOrEqual(44);
        expect(k.position.x + s.width).toBeLessThanOrEqual(c.size.width);
        expect(k.position.y + s.height).toBeLessThanOrEqual(c.size.height);
      }
    }
  }
}

describe('autoLayout', () => {
  for (const name of ['two-az-web-db', 'three-tier-alb', 'peered-vpcs', 'single-public-web']) {
    it(`lays out ${name} with no overlaps and every child inside its container`, () => {
      checkGeometry(autoLayout(load(name)));
    });
  }

  it('orders AZs by zone, puts public subnets first and gives AZs one height', () => {
    const d = autoLayout(load('three-tier-alb'));
    const index = indexDesign(d);
    const vpc = index.ofKind('vpc')[0]!;
    const azs = index.children(vpc.id).filter((c): c is Extract<Resource, { kind: 'az' }> => c.kind === 'az');
    const byX = [...azs].sort((a, b) => a.position.x - b.position.x).map((a) => a.zone);
    expect(byX).toEqual([...byX].sort());
    expect(new Set(azs.map((a) => a.size.height)).size).toBe(1);
    for (const az of azs) {
      const subnets = index.children(az.id).filter((c) => c.kind === 'subnet');
      const top = [...subnets].sort((a, b) => a.position.y - b.position.y)[0]!;
      expect(top.name).toMatch(/public/);
      expect(new Set(subnets.map((s) => sizeOf(s).width)).size).toBe(1);
    }
  });

  it('puts the VPC’s gateways and tables in a row above the AZs', () => {
    const { d } = twoAzDesign();
    const out = autoLayout(d);
    const index = indexDesign(out);
    const vpc = index.ofKind('vpc')[0]!;
    const kids = index.children(vpc.id);
    const shelfBottom = Math.max(...kids.filter((k) => k.kind !== 'az').map((k) => k.position.y + sizeOf(k).height));
    const azTop = Math.min(...kids.filter((k) => k.kind === 'az').map((k) => k.position.y));
    expect(shelfBottom).toBeLessThan(azTop);
    checkGeometry(out);
  });

  it('changes only positions and sizes', () => {
    const d = load('two-az-web-db');
    const out = autoLayout(d);
    const strip = (x: Design) => x.resources.map((r) => ({ ...r, position: null, size: null }));
    expect(strip(out)).toEqual(strip(d));
    expect(out.flows).toEqual(d.flows);
  });
});
