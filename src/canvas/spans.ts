/**
 * A database whose DB subnet group has several subnets sits (as a node) in one of them; AWS may
 * run it, or its Multi-AZ standby, in any of the others. Each other subnet of the group gets a
 * marker of it, linked to the node, so the diagram (and its export) shows the database spans them
 * (issue #11). Pure: the projection draws the markers, the flow router keeps clear of them.
 */
import { type Design, type Position, type ResourceId, indexDesign } from '../model/index.ts';
import { CONTAINER_HEADER, CONTAINER_PADDING, GAP, LEAF_SIZE, sizeOf } from '../catalog/index.ts';

export interface SpanMarker {
  /** The marker's node id. */
  readonly id: string;
  /** The database it stands for. */
  readonly resourceId: ResourceId;
  /** The subnet it is drawn in, and its place there (relative to the subnet). */
  readonly subnetId: ResourceId;
  readonly position: Position;
}

const MARKER_PREFIX = 'span:';

/** The markers of every database spanning more than one subnet, each in a free cell of its subnet. */
export function subnetGroupMarkers(design: Design): readonly SpanMarker[] {
  let known = cache.get(design);
  if (!known) cache.set(design, (known = computeMarkers(design)));
  return known;
}

const cache = new WeakMap<Design, readonly SpanMarker[]>();

function computeMarkers(design: Design): SpanMarker[] {
  const index = indexDesign(design);
  const out: SpanMarker[] = [];
  // Cells already taken per subnet: its own resources, then the markers placed so far.
  const taken = new Map<ResourceId, { x: number; y: number; width: number; height: number }[]>();
  const cellsOf = (subnetId: ResourceId) => {
    let t = taken.get(subnetId);
    if (!t) {
      t = index.children(subnetId).map((k) => ({ ...k.position, ...sizeOf(k) }));
      taken.set(subnetId, t);
    }
    return t;
  };
  const free = (cells: readonly { x: number; y: number; width: number; height: number }[], p: Position) =>
    !cells.some(
      (c) =>
        p.x < c.x + c.width + GAP - 1 &&
        c.x < p.x + LEAF_SIZE.width + GAP - 1 &&
        p.y < c.y + c.height + GAP - 1 &&
        c.y < p.y + LEAF_SIZE.height + GAP - 1,
    );
  for (const db of index.ofKind('rds')) {
    const group = [...new Set(db.subnetIds)].filter((s) => s !== db.parent && index.getKind(s, 'subnet'));
    if (group.length === 0) continue;
    for (const subnetId of group) {
      const cells = cellsOf(subnetId);
      const size = sizeOf(index.get(subnetId)!);
      // Where the database sits in its own subnet, if that is free here (the two line up across
      // AZs); else the first free cell of the subnet's rows of four.
      let at: Position | null = free(cells, db.position) ? db.position : null;
      for (let row = 0; !at && row < 1000; row++)
        for (let col = 0; col < 4 && !at; col++) {
          const p = {
            x: CONTAINER_PADDING + col * (LEAF_SIZE.width + GAP),
            y: CONTAINER_HEADER + row * (LEAF_SIZE.height + GAP),
          };
          if (p.x + LEAF_SIZE.width > size.width && col > 0) break;
          if (free(cells, p)) at = p;
        }
      const position = at ?? { x: CONTAINER_PADDING, y: CONTAINER_HEADER };
      cells.push({ ...position, ...LEAF_SIZE });
      out.push({ id: `${MARKER_PREFIX}${db.id}:${subnetId}`, resourceId: db.id, subnetId, position });
    }
  }
  return out;
}
