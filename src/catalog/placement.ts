/**
 * Where a new resource goes in its container: the place auto-layout (canvas/layout.ts) would give
 * it, so a design built by clicks and drops already reads like a laid-out one (issue #11: route
 * tables stacked in a tall column, a node dropped under the minimap). Pure.
 *
 * - In a VPC, gateways, tables, NACLs, security groups and peerings fill a shelf of rows along the
 *   top (at least four to a row, as wide as the AZ row); a new shelf row pushes the AZs down.
 * - AZs go side by side below the shelf; subnets stack in an AZ; a subnet holds rows of four;
 *   a region holds its VPCs side by side.
 */
import type { DesignIndex, Position, Resource, ResourceId, ResourceKind, Size } from '../model/index.ts';

/** The VPC shelf, in auto-layout's order. */
export const VPC_SHELF_ORDER: Readonly<Partial<Record<ResourceKind, number>>> = {
  igw: 0,
  routeTable: 1,
  nacl: 2,
  securityGroup: 3,
  peering: 4,
  tgwAttachment: 5,
  vpnGateway: 6,
};

export interface Placement {
  /** Position relative to the parent. */
  readonly position: Position;
  /** Siblings that move to make room (a new shelf row pushes the AZs down). */
  readonly moves: ReadonlyMap<ResourceId, Position>;
}

export interface PlacementMetrics {
  readonly header: number;
  readonly padding: number;
  readonly gap: number;
  readonly leaf: Size;
  readonly sizeOf: (r: Resource) => Size;
}

const NONE: ReadonlyMap<ResourceId, Position> = new Map();

function overlaps(a: Position & Size, b: Position & Size, gap: number) {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** The place for a new `kind` of `size` in `parent` (null: the top level, where `wanted` is kept). */
export function placeNew(
  index: DesignIndex,
  parent: Resource | null,
  kind: ResourceKind,
  size: Size,
  wanted: Position,
  m: PlacementMetrics,
): Placement {
  if (!parent) return { position: wanted, moves: NONE };
  const kids = index.children(parent.id).map((k) => ({ r: k, ...k.position, ...m.sizeOf(k) }));
  // Touching at exactly one gap is fine; closer is not.
  const gap = m.gap - 1;
  const free = (cell: Position & Size, among = kids) => !among.some((k) => overlaps(cell, k, gap));
  const right = (among: typeof kids) => among.reduce((x, k) => Math.max(x, k.x + k.width), -Infinity);
  const bottom = (among: typeof kids) => among.reduce((y, k) => Math.max(y, k.y + k.height), -Infinity);
  const top = (among: typeof kids) => among.reduce((y, k) => Math.min(y, k.y), Infinity);

  /** First free cell of a grid of `cols` columns, row by row. */
  const grid = (cols: number, among = kids) => {
    for (let row = 0; row < 10_000; row++)
      for (let col = 0; col < cols; col++) {
        const cell = {
          x: m.padding + col * (size.width + m.gap),
          y: m.header + row * (size.height + m.gap),
          ...size,
        };
        if (free(cell, among)) return { x: cell.x, y: cell.y };
      }
    return { x: m.padding, y: m.header };
  };

  switch (parent.kind) {
    case 'subnet':
      return { position: grid(4), moves: NONE };
    case 'az': {
      const b = bottom(kids);
      return { position: { x: m.padding, y: Number.isFinite(b) ? b + m.gap : m.header }, moves: NONE };
    }
    case 'vpc': {
      const shelf = kids.filter((k) => k.r.kind in VPC_SHELF_ORDER);
      const rest = kids.filter((k) => !(k.r.kind in VPC_SHELF_ORDER));
      if (kind in VPC_SHELF_ORDER) {
        const restWidth = Number.isFinite(right(rest))
          ? right(rest) - m.padding
          : m.sizeOf(parent).width - 2 * m.padding;
        const cols = Math.max(4, Math.floor((restWidth + m.gap) / (m.leaf.width + m.gap)));
        // A free cell among the shelf's own rows...
        const at = grid(cols, shelf);
        const cell = { ...at, ...size };
        if (free(cell, rest)) return { position: at, moves: NONE };
        // ...whose row the AZs occupy: they move down by one shelf row.
        const dy = cell.y + cell.height + m.gap - top(rest.filter((k) => k.y + k.height > cell.y));
        const moves = new Map<ResourceId, Position>();
        for (const k of rest) if (k.y + k.height > cell.y) moves.set(k.r.id, { x: k.x, y: k.y + Math.max(0, dy) });
        return { position: at, moves };
      }
      // AZs (and anything else) side by side, below the shelf.
      const y = rest.length ? top(rest) : shelf.length ? bottom(shelf) + m.gap : m.header;
      const band = kids.filter((k) => k.y < y + size.height && y < k.y + k.height);
      const x = band.length ? right(band) + m.gap : m.padding;
      return { position: { x, y }, moves: NONE };
    }
    default: {
      // A region (or any other container): side by side in one row.
      const r = right(kids);
      return { position: { x: Number.isFinite(r) ? r + m.gap : m.padding, y: m.header }, moves: NONE };
    }
  }
}
