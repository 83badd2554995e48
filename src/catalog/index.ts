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
export { placeNew, VPC_SHELF_ORDER, type Placement } from './placement.ts';

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

/** The drag-and-drop type of a palette item: the palette sets it, the canvas and the window-wide drop zone read it. */
export const PALETTE_MIME = 'application/x-vpc-town-kind';

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

export const PALETTE_KINDS: readonly ResourceKind[] = RESOURCE_KINDS.filter((k) => KINDS[k].palette !== false).sort(
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
  // The names follow the VPC's when it is renamed (followVpcRename).
  return [{ ...rt, name: `${vpc.name}-main-rtb` } as Resource, { ...acl, name: `${vpc.name}-default-acl` } as Resource];
}

/** The names AWS-style defaults get from their VPC's name (vpcDefaults; a default SG from a file). */
const VPC_DEFAULT_NAMES = [
  { suffix: '-main-rtb', is: (r: Resource) => r.kind === 'routeTable' && r.main },
  { suffix: '-default-acl', is: (r: Resource) => r.kind === 'nacl' && r.isDefault },
  { suffix: '-default-sg', is: (r: Resource) => r.kind === 'securityGroup' && r.isDefault },
] as const;

/**
 * A VPC renamed from `oldName`: its main route table, default NACL and default security group
 * follow while their names are still the generated ones (`web-main-rtb` becomes `shop-main-rtb`).
 * A name the user gave is never touched.
 */
export function followVpcRename(design: Design, vpcId: ResourceId, oldName: string, newName: string): Design {
  if (oldName === newName) return design;
  let changed = false;
  const resources = design.resources.map((r) => {
    if (r.parent !== vpcId) return r;
    const rule = VPC_DEFAULT_NAMES.find((n) => n.is(r) && r.name === `${oldName}${n.suffix}`);
    if (!rule) return r;
    changed = true;
    return { ...r, name: `${newName}${rule.suffix}` } as Resource;
  });
  return changed ? { ...design, resources } : design;
}
