/**
 * Auto-layout with dagre. dagre is not a compound-graph layout, so each container's children are
 * laid out on their own, deepest containers first, and each container is then sized to its
 * laid-out children (stack-notes.md). Pure: no React, no DOM.
 *
 * Per level: a VPC puts its gateways and tables in a row on top (rank 0) and its AZs side by side
 * below (rank 1); an AZ stacks its subnets; a subnet and a region put their children in a row.
 */
import dagre from '@dagrejs/dagre';
import { type Design, type Resource, type ResourceId, type Size, indexDesign, isContainer } from '../model/index.ts';
import { CONTAINER_HEADER, CONTAINER_PADDING, GAP, sizeOf } from '../catalog/index.ts';

type RankDir = 'TB' | 'LR';

function layoutChildren(
  children: readonly Resource[],
  sizes: ReadonlyMap<ResourceId, Size>,
  rankdir: RankDir,
  edges: readonly [ResourceId, ResourceId][],
): { positions: Map<ResourceId, { x: number; y: number }>; width: number; height: number } {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir, nodesep: GAP, ranksep: GAP * 1.5, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const c of children) {
    const s = sizes.get(c.id) ?? sizeOf(c);
    g.setNode(c.id, { width: s.width, height: s.height });
  }
  for (const [a, b] of edges) g.setEdge(a, b);
  dagre.layout(g);
  const positions = new Map<ResourceId, { x: number; y: number }>();
  let width = 0;
  let height = 0;
  for (const c of children) {
    const n = g.node(c.id) as { x: number; y: number; width: number; height: number };
    const x = n.x - n.width / 2;
    const y = n.y - n.height / 2;
    positions.set(c.id, { x, y });
    width = Math.max(width, x + n.width);
    height = Math.max(height, y + n.height);
  }
  return { positions, width, height };
}

const SHELF = new Set(['igw', 'routeTable', 'nacl', 'securityGroup']);

/** Lay out the whole design. Returns a new design; ids, parents and semantics are untouched. */
export function autoLayout(design: Design): Design {
  const index = indexDesign(design);
  const sizes = new Map<ResourceId, Size>();
  const positions = new Map<ResourceId, { x: number; y: number }>();
  const depth = (r: Resource) => {
    let d = 0;
    for (let p = r.parent; p && d <= index.byId.size; p = index.get(p)?.parent ?? null) d++;
    return d;
  };
  const containers = design.resources.filter(isContainer).sort((a, b) => depth(b) - depth(a));
  for (const c of containers) {
    const kids = index.children(c.id);
    if (kids.length === 0) {
      sizes.set(c.id, c.size);
      continue;
    }
    let rankdir: RankDir = 'TB';
    const edges: [ResourceId, ResourceId][] = [];
    if (c.kind === 'vpc') {
      const shelf = kids.filter((k) => SHELF.has(k.kind));
      const rest = kids.filter((k) => !SHELF.has(k.kind));
      // Invisible edges shelf -> AZs put the shelf in the first rank, the AZs in the second.
      for (const s of shelf) for (const r of rest) edges.push([s.id, r.id]);
    } else if (c.kind === 'az') {
      rankdir = 'LR'; // one rank, stacked vertically
    }
    const laid = layoutChildren(kids, sizes, rankdir, edges);
    for (const [id, p] of laid.positions) positions.set(id, { x: Math.round(p.x + CONTAINER_PADDING), y: Math.round(p.y + CONTAINER_HEADER) });
    sizes.set(c.id, {
      width: Math.round(Math.max(laid.width + 2 * CONTAINER_PADDING, 200)),
      height: Math.round(Math.max(laid.height + CONTAINER_HEADER + CONTAINER_PADDING, 120)),
    });
  }
  // Top level: regions and stray nodes side by side.
  const top = index.children(null);
  if (top.length) {
    const laid = layoutChildren(top, sizes, 'TB', []);
    for (const [id, p] of laid.positions) positions.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  }
  return {
    ...design,
    resources: design.resources.map((r) => {
      const p = positions.get(r.id);
      const s = sizes.get(r.id);
      if (!p && !s) return r;
      return { ...r, ...(p ? { position: p } : {}), ...(s && isContainer(r) ? { size: s } : {}) } as Resource;
    }),
  };
}
