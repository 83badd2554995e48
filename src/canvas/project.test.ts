import { describe, expect, it } from 'vitest';
import { createNodeProjector, projectEdges } from './project.ts';
import { twoAzDesign } from '../testing/fixtures.ts';
import { updateResource, absolutePosition, indexDesign } from '../model/index.ts';

describe('node projection', () => {
  it('reuses node objects that did not change, so one edit re-renders one node', () => {
    const { d, web, db } = twoAzDesign();
    const project = createNodeProjector();
    const first = project(d, new Set(), null, new Map(), null);
    const edited = updateResource(d, web.id, { name: 'renamed' });
    const second = project(edited, new Set(), null, new Map(), null);
    const byId = (ns: typeof first) => new Map(ns.map((n) => [n.id, n]));
    const a = byId(first);
    const b = byId(second);
    expect(b.get(web.id)).not.toBe(a.get(web.id));
    expect(b.get(db.id)).toBe(a.get(db.id));
    const changed = second.filter((n) => a.get(n.id) !== n).map((n) => n.id);
    expect(changed).toEqual([web.id]);
  });

  it('describes ahead, a slice at a time, what a projection then reuses, with the same nodes as without', () => {
    const { d } = twoAzDesign();
    const texts = { t: (k: string) => `«${k}»`, lang: 'en', explain: false, compact: true };
    const plain = createNodeProjector()(d, new Set(), null, new Map(), null, new Set(), texts);
    const project = createNodeProjector();
    const wanted = (r: { kind: string }) => r.kind !== 'vpc';
    // A deadline already passed: it stops after a few and says some are left.
    const few = d.resources.filter(wanted).length > 16;
    if (few) expect(project.prewarm(d, texts, wanted, -Infinity)).toBe(true);
    expect(project.prewarm(d, texts, wanted, Infinity)).toBe(false);
    expect(project.prewarm(d, texts, wanted, -Infinity)).toBe(false); // nothing left
    expect(project(d, new Set(), null, new Map(), null, new Set(), texts)).toEqual(plain);
  });

  it('while dragging, only the dragged node changes and it follows the pointer', () => {
    const { d, web } = twoAzDesign();
    const project = createNodeProjector();
    const first = project(d, new Set(), null, new Map(), null);
    const abs = absolutePosition(indexDesign(d), web.id);
    const moved = project(d, new Set(), new Map([[web.id, { x: abs.x + 50, y: abs.y + 5 }]]), new Map(), null);
    const changed = moved.filter((n, i) => first[i] !== n).map((n) => n.id);
    expect(changed).toEqual([web.id]);
    const node = moved.find((n) => n.id === web.id)!;
    const orig = first.find((n) => n.id === web.id)!;
    expect(node.position).toEqual({ x: orig.position.x + 50, y: orig.position.y + 5 });
  });

  it('parents come before children and every node has explicit dimensions', () => {
    const { d } = twoAzDesign();
    const nodes = createNodeProjector()(d, new Set(), null, new Map(), null);
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
      expect(n.width).toBeGreaterThan(0);
      expect(n.height).toBeGreaterThan(0);
    }
  });

  it('declares each node measured, with the handles its component draws, so React Flow can fit the view before mounting every node', () => {
    const { d } = twoAzDesign();
    const nodes = createNodeProjector()(d, new Set(), null, new Map(), null);
    const kinds = new Set<string>();
    for (const n of nodes) {
      expect(n.measured).toEqual({ width: n.width, height: n.height });
      const kind = n.type === 'internet' ? 'internet' : (n.data as { resource: { kind: string } }).resource.kind;
      kinds.add(kind);
      const sides = (n.handles ?? []).map((h) => `${h.type}:${h.position}`).sort();
      const expected =
        n.type === 'container'
          ? kind === 'subnet' || kind === 'vpc'
            ? ['target:left']
            : []
          : ['source:right', 'target:left'];
      expect(sides, kind).toEqual(expected);
      // Centred on the left and right borders (the rendered places are checked in e2e/canvas.spec.ts).
      for (const h of n.handles ?? []) {
        expect(h.y + h.height! / 2).toBeCloseTo(n.height! / 2, 5);
        const inset = n.type === 'container' ? 0 : 1; // a leaf's 1 px border
        expect(h.x + h.width! / 2).toBeCloseTo(h.position === 'left' ? inset : n.width! - inset, 5);
      }
    }
    for (const k of ['internet', 'region', 'vpc', 'az', 'subnet', 'instance']) expect(kinds.has(k), k).toBe(true);
  });

  it('shows association edges only around the selection', () => {
    const { d: d0, rtPub, pubA, web, sgWeb } = twoAzDesign();
    const d = updateResource(d0, rtPub.id, { subnetIds: [pubA.id] });
    expect(projectEdges(d, new Set(), new Map()).filter((e) => e.type === 'relation')).toHaveLength(0);
    const sel = projectEdges(d, new Set([pubA.id]), new Map()).map((e) => e.id);
    expect(sel).toContain(`rtb:${rtPub.id}:${pubA.id}`);
    const sg = projectEdges(d, new Set([web.id]), new Map()).map((e) => e.id);
    expect(sg).toContain(`sg:${sgWeb.id}:${web.id}`);
  });
});

describe('compact nodes', () => {
  it('speaks the user’s language in a main route table’s chip', () => {
    const { d } = twoAzDesign();
    const ko = (k: string) => (k === 'node.main' ? '기본' : k === 'node.isDefault' ? '기본값' : k);
    const nodes = createNodeProjector()(d, new Set(), null, new Map(), null, new Set(), {
      t: ko,
      lang: 'ko',
      explain: false,
    });
    const chips = (kind: string) =>
      nodes
        .filter((n) => (n.data as { resource?: { kind: string } }).resource?.kind === kind)
        .flatMap((n) => ((n.data as { chips?: { label: string }[] }).chips ?? []).map((c) => c.label));
    expect(chips('routeTable')).toContain('기본');
    expect(chips('routeTable')).not.toContain('main');
  });

  it('marks every node compact when zoomed out, and rebuilds nodes when that changes', () => {
    const { d } = twoAzDesign();
    const project = createNodeProjector();
    const t = (k: string) => k;
    const full = project(d, new Set(), null, new Map(), null, new Set(), {
      t,
      lang: 'en',
      explain: false,
      compact: false,
    });
    const compact = project(d, new Set(), null, new Map(), null, new Set(), {
      t,
      lang: 'en',
      explain: false,
      compact: true,
    });
    const resources = compact.filter((n) => n.type !== 'internet');
    expect(resources.every((n) => (n.data as { compact: boolean }).compact)).toBe(true);
    expect(full.filter((n) => n.type !== 'internet').every((n) => !(n.data as { compact: boolean }).compact)).toBe(
      true,
    );
    // Same inputs again: the same node objects (nothing re-renders while panning at one zoom).
    const again = project(d, new Set(), null, new Map(), null, new Set(), {
      t,
      lang: 'en',
      explain: false,
      compact: true,
    });
    expect(again.every((n, i) => n === compact[i])).toBe(true);
  });
});
