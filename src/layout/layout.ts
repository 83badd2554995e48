/**
 * Auto-layout with dagre. dagre is not a compound-graph layout, so each container's children are
 * laid out on their own, deepest containers first, and each container is then sized to its
 * laid-out children (dagre has no compound layout). Pure: no React, no DOM.
 *
 * The result follows AWS's diagram conventions: in a VPC, the gateways and tables in a row along
 * the top and the AZs side by side below, all AZs the same height; in an AZ, subnets stacked
 * (public first) and all the same width; in a subnet, its resources in rows of up to four.
 */
import dagre from '@dagrejs/dagre';
import {
  type Design,
  type Position,
  type Resource,
  type ResourceId,
  type Size,
  cidrOrNull,
  indexDesign,
  isContainer,
  isPublicSubnet,
} from '../model/index.ts';
import { CONTAINER_HEADER, CONTAINER_PADDING, GAP, LEAF_SIZE, VPC_SHELF_ORDER, sizeOf } from '../catalog/index.ts';

type Sizes = Map<ResourceId, Size>;

/** One dagre pass over `items` with no edges: a single rank, laid out along `dir`, in input order. */
function line(
  items: readonly Resource[],
  sizes: Sizes,
  dir: 'row' | 'column',
): { at: Map<ResourceId, Position>; width: number; height: number } {
  const g = new dagre.graphlib.Graph();
  // With no edges every node is in rank 0; TB puts a rank in a row, LR in a column.
  g.setGraph({ rankdir: dir === 'row' ? 'TB' : 'LR', nodesep: GAP, ranksep: GAP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const c of items) {
    const s = sizes.get(c.id) ?? sizeOf(c);
    g.setNode(c.id, { width: s.width, height: s.height });
  }
  dagre.layout(g);
  const at = new Map<ResourceId, Position>();
  let width = 0;
  let height = 0;
  for (const c of items) {
    const n = g.node(c.id) as { x: number; y: number; width: number; height: number };
    // Align rows at the top and columns at the left (dagre centres them).
    const x = dir === 'row' ? n.x - n.width / 2 : 0;
    const y = dir === 'row' ? 0 : n.y - n.height / 2;
    at.set(c.id, { x, y });
    width = Math.max(width, x + n.width);
    height = Math.max(height, y + n.height);
  }
  return { at, width, height };
}

/** Rows of lines stacked vertically. */
function stack(rows: readonly (readonly Resource[])[], sizes: Sizes) {
  const at = new Map<ResourceId, Position>();
  let y = 0;
  let width = 0;
  for (const row of rows) {
    if (row.length === 0) continue;
    const l = line(row, sizes, 'row');
    for (const [id, p] of l.at) at.set(id, { x: p.x, y: p.y + y });
    y += l.height + GAP;
    width = Math.max(width, l.width);
  }
  return { at, width, height: Math.max(0, y - GAP) };
}

// New resources land in the same places (catalog/placement.ts).
const SHELF_ORDER = VPC_SHELF_ORDER as Record<string, number>;
const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const byName = (a: Resource, b: Resource) => a.name.localeCompare(b.name, undefined, { numeric: true });

/** Lay out the whole design. Returns a new design; ids, parents and semantics are untouched. */
export function autoLayout(design: Design): Design {
  const index = indexDesign(design);
  const sizes: Sizes = new Map();
  const positions = new Map<ResourceId, Position>();
  const depth = (r: Resource) => {
    let d = 0;
    for (let p = r.parent; p && d <= index.byId.size; p = index.get(p)?.parent ?? null) d++;
    return d;
  };
  const place = (at: Map<ResourceId, Position>) => {
    for (const [id, p] of at)
      positions.set(id, { x: Math.round(p.x + CONTAINER_PADDING), y: Math.round(p.y + CONTAINER_HEADER) });
  };
  const containers = design.resources.filter(isContainer).sort((a, b) => depth(b) - depth(a));
  for (const c of containers) {
    const kids = [...index.children(c.id)];
    let laid: { at: Map<ResourceId, Position>; width: number; height: number };
    if (c.kind === 'subnet') {
      laid = stack(chunk(kids.sort(byName), 4), sizes);
    } else if (c.kind === 'az') {
      const subnetKey = (r: Resource) =>
        r.kind === 'subnet'
          ? `${isPublicSubnet(index, r.id) ? 0 : 1}-${String(cidrOrNull(r.cidr)?.base ?? 0).padStart(10, '0')}`
          : `2-${r.name}`;
      kids.sort((a, b) => subnetKey(a).localeCompare(subnetKey(b)));
      // Subnets in one AZ share a width, so the column reads as one.
      const w = Math.max(
        0,
        ...kids.filter((k) => k.kind === 'subnet').map((k) => (sizes.get(k.id) ?? sizeOf(k)).width),
      );
      for (const k of kids)
        if (k.kind === 'subnet') sizes.set(k.id, { width: w, height: (sizes.get(k.id) ?? sizeOf(k)).height });
      laid = line(kids, sizes, 'column');
    } else if (c.kind === 'vpc') {
      const shelf = kids
        .filter((k) => k.kind in SHELF_ORDER)
        .sort((a, b) => SHELF_ORDER[a.kind]! - SHELF_ORDER[b.kind]! || byName(a, b));
      const azs = kids
        .filter((k) => !(k.kind in SHELF_ORDER))
        .sort((a, b) => (a.kind === 'az' && b.kind === 'az' ? a.zone.localeCompare(b.zone) : byName(a, b)));
      // AZs in one VPC share a height, as in AWS diagrams.
      const h = Math.max(0, ...azs.filter((k) => k.kind === 'az').map((k) => (sizes.get(k.id) ?? sizeOf(k)).height));
      for (const k of azs)
        if (k.kind === 'az') sizes.set(k.id, { width: (sizes.get(k.id) ?? sizeOf(k)).width, height: h });
      // The shelf wraps to the width of the AZ row (at least four to a row).
      const azWidth = azs.reduce((w, k) => w + (sizes.get(k.id) ?? sizeOf(k)).width + GAP, -GAP);
      const perRow = Math.max(4, Math.floor((azWidth + GAP) / (LEAF_SIZE.width + GAP)));
      laid = stack([...chunk(shelf, perRow), azs], sizes);
    } else {
      laid = stack([kids.sort(byName)], sizes);
    }
    place(laid.at);
    sizes.set(c.id, {
      width: Math.round(Math.max(laid.width + 2 * CONTAINER_PADDING, kids.length ? 0 : c.size.width, 200)),
      height: Math.round(
        Math.max(laid.height + CONTAINER_HEADER + CONTAINER_PADDING, kids.length ? 0 : c.size.height, 120),
      ),
    });
  }
  // Top level: regions and anything else side by side.
  const top = [...index.children(null)];
  if (top.length) {
    const l = line(top.sort(byName), sizes, 'row');
    for (const [id, p] of l.at) positions.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
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
