/**
 * What the level-of-detail layer (LodLayer.tsx) paints, decided once per design and plan rather
 * than on every frame (issue #17: at 20,000 resources a pan frame walked every resource; a drag
 * copied the box of every resource on each mouse move). Pure: no DOM.
 *
 * - `paintList`: the resources painted at a plan, in the design's order (parents first): the
 *   containers drawn as boxes or summaries, and the leaves zoomed out of legibility outside any
 *   summary (a small box with its icon). Everything else is either a DOM node or inside a summary.
 * - `boxLookup`: each painted resource's box in canvas coordinates, following a drag: a dragged
 *   box and everything it holds move by the drag's offset, found by walking up at most the depth
 *   of the tree, so a move costs what is painted, not what the design holds.
 * - `movingIds`: which painted resources a drag moves, so the layer repaints only those over a
 *   picture of the rest taken when the drag starts.
 */
import { isContainer, type Design, type Position, type Resource, type ResourceId } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import type { LodPlan } from './lod.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PaintItem {
  readonly r: Resource;
  /** A small leaf box with its icon, or a container (its outline, or its summary when summarised). */
  readonly as: 'leaf' | 'container';
}

/** The resources painted at `plan`, in design order. */
export function paintList(design: Design, plan: LodPlan): PaintItem[] {
  const out: PaintItem[] = [];
  if (plan.summarised.size === 0 && plan.hidden.size === 0) return out;
  const detail = plan.level === 'detail';
  for (const r of design.resources) {
    const container = isContainer(r);
    if (plan.hidden.has(r.id)) {
      const p = r.parent;
      if (container || detail || (p && (plan.hidden.has(p) || plan.summarised.has(p)))) continue;
      out.push({ r, as: 'leaf' });
    } else if (container && (!detail || plan.summarised.has(r.id))) out.push({ r, as: 'container' });
  }
  return out;
}

/** Absolute boxes of every resource (parents come first in a design). */
export function absoluteBoxes(design: Design): Map<ResourceId, Box> {
  const out = new Map<ResourceId, Box>();
  for (const r of design.resources) {
    const s = sizeOf(r);
    const p = r.parent ? out.get(r.parent) : undefined;
    out.set(r.id, { x: (p?.x ?? 0) + r.position.x, y: (p?.y ?? 0) + r.position.y, w: s.width, h: s.height });
  }
  return out;
}

/** Each resource's parent, for walking up. */
export function parentsOf(design: Design): Map<ResourceId, ResourceId | null> {
  return new Map(design.resources.map((r) => [r.id, r.parent]));
}

const MAX_DEPTH = 16;

/** The dragged id that `id` is or sits in, or null. */
function draggedAncestor(
  id: ResourceId,
  dragging: { has(id: ResourceId): boolean },
  parents: ReadonlyMap<ResourceId, ResourceId | null>,
): ResourceId | null {
  let cur: ResourceId | null | undefined = id;
  for (let i = 0; cur && i < MAX_DEPTH; i++) {
    if (dragging.has(cur)) return cur;
    cur = parents.get(cur);
  }
  return null;
}

/** A box lookup following `dragging` (null: the boxes as designed). */
export function boxLookup(
  base: ReadonlyMap<ResourceId, Box>,
  parents: ReadonlyMap<ResourceId, ResourceId | null>,
  dragging: ReadonlyMap<ResourceId, Position> | null,
): (id: ResourceId) => Box | undefined {
  if (!dragging || dragging.size === 0) return (id) => base.get(id);
  return (id) => {
    const b = base.get(id);
    if (!b) return b;
    const a = draggedAncestor(id, dragging, parents);
    if (!a) return b;
    const d = dragging.get(a)!;
    const o = base.get(a)!;
    return { x: b.x + d.x - o.x, y: b.y + d.y - o.y, w: b.w, h: b.h };
  };
}

/** Whether a drag of `dragged` moves `id`: it is dragged, or sits inside what is. */
export function moves(
  id: ResourceId,
  dragged: { has(id: ResourceId): boolean },
  parents: ReadonlyMap<ResourceId, ResourceId | null>,
): boolean {
  return draggedAncestor(id, dragged, parents) !== null;
}

/** The painted resources a drag of `dragged` moves: the dragged ones and what they hold. */
export function movingIds(
  items: readonly PaintItem[],
  dragged: { has(id: ResourceId): boolean },
  parents: ReadonlyMap<ResourceId, ResourceId | null>,
): Set<ResourceId> {
  const out = new Set<ResourceId>();
  for (const { r } of items) if (moves(r.id, dragged, parents)) out.add(r.id);
  return out;
}
