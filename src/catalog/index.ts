/**
 * Placing kinds on the canvas: the palette, sizes, names and defaults of a fresh resource, read
 * from the kind definitions (src/model/kinds), and where a new node lands. Framework-free: icons
 * live in src/canvas/icons.ts because they are asset imports.
 */
import {
  KINDS,
  RESOURCE_KINDS,
  kindDef,
  type Design,
  type KindGroup,
  type Position,
  type Resource,
  type ResourceId,
  type ResourceKind,
  type Size,
  indexDesign,
  newId,
} from '../model/index.ts';

export type { KindGroup } from '../model/index.ts';
export { proposeSubnetCidr } from '../model/index.ts';

export interface CatalogEntry {
  readonly kind: ResourceKind;
  readonly group: KindGroup;
  /** Default size of a fresh node on the canvas. Containers can be resized; leaves cannot. */
  readonly size: Size;
  readonly container: boolean;
  readonly allowedParents: readonly (ResourceKind | null)[];
  /** Palette order. */
  readonly order: number;
}

/** Leaf nodes share one footprint so layouts line up. */
export const LEAF_SIZE: Size = { width: 120, height: 92 };
/** Space inside a container above its first child (header with icon and name). */
export const CONTAINER_HEADER = 44;
export const CONTAINER_PADDING = 24;
export const GAP = 24;

export const CATALOG: Readonly<Record<ResourceKind, CatalogEntry>> = Object.fromEntries(
  RESOURCE_KINDS.map((k) => {
    const d = kindDef(k);
    const entry: CatalogEntry = {
      kind: k,
      group: d.group,
      size: d.size,
      container: d.container,
      allowedParents: d.parents as readonly (ResourceKind | null)[],
      order: d.order,
    };
    return [k, entry];
  }),
) as Record<ResourceKind, CatalogEntry>;

export const PALETTE_KINDS: readonly ResourceKind[] = [...RESOURCE_KINDS].sort(
  (a, b) => KINDS[a].order - KINDS[b].order,
);

export function sizeOf(r: Resource): Size {
  return 'size' in r && r.size ? r.size : CATALOG[r.kind].size;
}

/** A name not used by any other resource of the same kind: `subnet-1`, `subnet-2`, ... */
export function uniqueName(design: Design, kind: ResourceKind): string {
  const def = kindDef(kind);
  const base = def.defaultName;
  const used = new Set(design.resources.filter((r) => r.kind === kind).map((r) => r.name));
  if (def.bareNameWhenAlone && !used.has(base)) return base;
  for (let i = 1; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * A fresh resource of `kind` dropped in `parent` at `position` (relative to the parent), with the
 * defaults AWS would give it and the proposals its definition draws from the design (the next free
 * /24 for a subnet, the next zone letter for an AZ, the next free /16 for a VPC).
 */
export function createResource(
  design: Design,
  kind: ResourceKind,
  parent: ResourceId | null,
  position: Position,
): Resource {
  const def = kindDef(kind);
  const taken = new Set(indexDesign(design).byId.keys());
  const name = uniqueName(design, kind);
  const fields = def.create({ design, parent, name }) as Record<string, unknown>;
  return {
    id: newId(kind, taken),
    name: def.nameOf ? def.nameOf(fields as never) : name,
    parent,
    position,
    ...(def.container ? { size: def.size } : {}),
    ...fields,
    kind,
  } as unknown as Resource;
}

/**
 * Nudge a new node off its siblings: from `at`, step past any sibling it would overlap, down for
 * subnets (AZs stack them) and right for everything else, until it sits in free space.
 */
export function freeSpot(siblings: readonly Resource[], at: Position, size: Size, kind: ResourceKind): Position {
  const start = { x: Math.max(CONTAINER_PADDING, at.x), y: Math.max(CONTAINER_HEADER, at.y) };
  let { x, y } = start;
  const hitAt = (px: number, py: number) =>
    siblings.find((s) => {
      const ss = sizeOf(s);
      return (
        px < s.position.x + ss.width + GAP &&
        s.position.x < px + size.width + GAP &&
        py < s.position.y + ss.height + GAP &&
        s.position.y < py + size.height + GAP
      );
    });
  for (let i = 0; i <= siblings.length; i++) {
    const hit = hitAt(x, y);
    if (!hit) break;
    // Step past the obstacle, right or down, whichever stays closer to where the user dropped it
    // (subnets prefer down: AZs stack them).
    const right = { x: hit.position.x + sizeOf(hit).width + GAP, y };
    const down = { x, y: hit.position.y + sizeOf(hit).height + GAP };
    const dist = (p: Position) => Math.abs(p.x - start.x) + Math.abs(p.y - start.y);
    const next = kind === 'subnet' || dist(down) < dist(right) ? down : right;
    x = next.x;
    y = next.y;
  }
  return { x, y };
}

/**
 * What AWS creates with every VPC: a main route table (local route only) and a default network
 * ACL (allow all both ways). Placed in a row along the VPC's top.
 */
export function vpcDefaults(design: Design, vpc: Resource): Resource[] {
  if (vpc.kind !== 'vpc') return [];
  const withVpc = { ...design, resources: [...design.resources, vpc] };
  const rt = createResource(withVpc, 'routeTable', vpc.id, { x: CONTAINER_PADDING, y: CONTAINER_HEADER });
  const withRt = { ...withVpc, resources: [...withVpc.resources, rt] };
  const acl = createResource(withRt, 'nacl', vpc.id, {
    x: CONTAINER_PADDING + LEAF_SIZE.width + GAP,
    y: CONTAINER_HEADER,
  });
  return [{ ...rt, name: `${vpc.name}-main-rtb` } as Resource, { ...acl, name: `${vpc.name}-default-acl` } as Resource];
}
