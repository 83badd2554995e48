import { describe, expect, it } from 'vitest';
import type { Node } from '@xyflow/react';
import { createRevealer, type PlacedNode } from './reveal.ts';

/** A row of `n` 100×50 nodes, 100 px apart, the first one a container the rest sit in. */
function row(n: number, prefix = 'n') {
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    position: { x: i * 100, y: 0 },
    width: 100,
    height: 50,
    data: {},
    ...(i > 0 ? { parentId: `${prefix}0` } : {}),
  }));
  const lookup = new Map<string, PlacedNode>(
    nodes.map((node) => [
      node.id,
      { width: 100, height: 50, internals: { positionAbsolute: { x: node.position.x, y: 0 } } },
    ]),
  );
  return { nodes, lookup, resources: nodes.map((node) => ({ id: node.id })) };
}
const hiddenIds = (nodes: Node[]) => nodes.filter((node) => node.hidden).map((node) => node.id);

describe('createRevealer', () => {
  it('lets a few new resources mount as they come', () => {
    const r = createRevealer({ above: 10, slice: 3 });
    const { nodes, resources } = row(10);
    expect(r.arrive(resources)).toBe(false);
    expect(r.hide(nodes)).toBe(nodes);
  });

  it('hides a large arrival, and nodes inside a hidden parent, keeping each hidden copy', () => {
    const r = createRevealer({ above: 10, slice: 3 });
    const { nodes, resources } = row(20);
    // A node that is no resource (a marker) inside a pending container is hidden with it.
    const marker: Node = { id: 'marker', position: { x: 0, y: 0 }, parentId: 'n0', data: {} };
    expect(r.arrive(resources)).toBe(true);
    expect(r.pending).toBe(20);
    const once = r.hide([...nodes, marker]);
    expect(hiddenIds(once)).toEqual([...nodes.map((n) => n.id), 'marker']);
    // The projection's own nodes are untouched; the copies are the same objects next time.
    expect(nodes.every((n) => !n.hidden)).toBe(true);
    const twice = r.hide([...nodes, marker]);
    expect(twice.every((n, i) => n === once[i])).toBe(true);
    // The same resources again (a re-render) add nothing.
    expect(r.arrive(resources)).toBe(true);
    expect(r.pending).toBe(20);
  });

  it('reveals at most a slice in view per step, parents first, and what is outside only when asked', () => {
    const r = createRevealer({ above: 10, slice: 3 });
    const { nodes, lookup, resources } = row(20);
    r.arrive(resources);
    const view = { x: 0, y: 0, width: 1000, height: 100 }; // n0…n9 in view
    expect(r.step(lookup, view, false)).toBe(3);
    expect(hiddenIds(r.hide(nodes))).not.toContain('n0');
    expect(hiddenIds(r.hide(nodes))).toHaveLength(17);
    // With what is outside: the next three in view and every one of n10…n19.
    expect(r.step(lookup, view, true)).toBe(13);
    expect(hiddenIds(r.hide(nodes))).toEqual(['n6', 'n7', 'n8', 'n9']);
    let steps = 0;
    while (r.pending) {
      r.step(lookup, view, true);
      steps++;
    }
    expect(steps).toBe(2);
    expect(r.arrive(resources)).toBe(false);
    expect(r.hide(nodes)).toBe(nodes);
  });

  it('drops pending resources that are gone, and reveals all at once for an export', () => {
    const r = createRevealer({ above: 10, slice: 3 });
    const { nodes, lookup, resources } = row(20);
    r.arrive(resources);
    lookup.delete('n19');
    r.step(lookup, { x: -5000, y: -5000, width: 10, height: 10 }, false);
    expect(r.pending).toBe(19);
    r.revealAll();
    expect(r.pending).toBe(0);
    expect(r.hide(nodes)).toBe(nodes);
  });

  it('neither counts nor waits for what the level of detail hides (a large design opened zoomed out)', () => {
    const r = createRevealer({ above: 10, slice: 3 });
    const { nodes, resources } = row(30);
    // Summarised away: all but five (a VPC box and four things outside it, say).
    const hidden = new Set(resources.slice(5).map((x) => x.id));
    expect(r.arrive(resources, hidden)).toBe(false);
    expect(r.pending).toBe(0);
    expect(r.hide(nodes)).toBe(nodes);
    // More shown than `above` still arrive a slice at a time, and only the shown ones wait.
    const r2 = createRevealer({ above: 10, slice: 3 });
    const big = row(30, 'b').resources;
    expect(r2.arrive(big, new Set(big.slice(20).map((x) => x.id)))).toBe(true);
    expect(r2.pending).toBe(20);
  });

  it('treats a second large arrival (another design opened) as new again', () => {
    const r = createRevealer({ above: 10, slice: 3 });
    r.arrive(row(20, 'a').resources);
    r.revealAll();
    expect(r.arrive(row(5, 'b').resources)).toBe(false);
    expect(r.arrive(row(30, 'c').resources)).toBe(true);
    expect(r.pending).toBe(30);
  });
});
