/**
 * Read-only lookups over a design: by id, children, and the containing VPC / AZ / subnet / region.
 * Built once per design snapshot (O(n)) and shared by every rule, so no rule scans the whole list
 * to find a parent.
 */
import type {
  AvailabilityZone,
  Design,
  Region,
  Resource,
  ResourceId,
  ResourceKind,
  ResourceOfKind,
  Subnet,
  Vpc,
} from './types.ts';

export interface DesignIndex {
  readonly design: Design;
  readonly byId: ReadonlyMap<ResourceId, Resource>;
  get(id: ResourceId | null | undefined): Resource | undefined;
  getKind<K extends ResourceKind>(id: ResourceId | null | undefined, kind: K): ResourceOfKind<K> | undefined;
  ofKind<K extends ResourceKind>(kind: K): readonly ResourceOfKind<K>[];
  children(id: ResourceId | null): readonly Resource[];
  /** The nearest ancestor (or self) of the given kind. */
  ancestor<K extends ResourceKind>(id: ResourceId | null | undefined, kind: K): ResourceOfKind<K> | undefined;
  vpcOf(id: ResourceId | null | undefined): Vpc | undefined;
  subnetOf(id: ResourceId | null | undefined): Subnet | undefined;
  azOf(id: ResourceId | null | undefined): AvailabilityZone | undefined;
  regionOf(id: ResourceId | null | undefined): Region | undefined;
}

const indexCache = new WeakMap<Design, DesignIndex>();

/** The lookup tables of an index, in one pass: first resource per id, resources per kind and per parent. */
export function indexTables(resources: readonly Resource[]): {
  byId: Map<ResourceId, Resource>;
  byKind: Map<ResourceKind, Resource[]>;
  kids: Map<ResourceId | null, Resource[]>;
} {
  const byId = new Map<ResourceId, Resource>();
  const byKind = new Map<ResourceKind, Resource[]>();
  const kids = new Map<ResourceId | null, Resource[]>();
  for (const r of resources) {
    if (!r || typeof r.id !== 'string') continue;
    if (!byId.has(r.id)) byId.set(r.id, r);
    let k = byKind.get(r.kind);
    if (!k) byKind.set(r.kind, (k = []));
    k.push(r);
    const p = r.parent ?? null;
    let c = kids.get(p);
    if (!c) kids.set(p, (c = []));
    c.push(r);
  }
  return { byId, byKind, kids };
}

/** Index a design; cached per design object, which is immutable. */
export function indexDesign(design: Design): DesignIndex {
  const cached = indexCache.get(design);
  if (cached) return cached;
  const { byId, byKind, kids } = indexTables(design.resources);
  const empty: readonly Resource[] = [];
  const ancestor = <K extends ResourceKind>(id: ResourceId | null | undefined, kind: K) => {
    let cur = id == null ? undefined : byId.get(id);
    // Guard against parent cycles in hand-edited files: at most n steps.
    for (let steps = 0; cur && steps <= byId.size; steps++) {
      if (cur.kind === kind) return cur as ResourceOfKind<K>;
      cur = cur.parent == null ? undefined : byId.get(cur.parent);
    }
    return undefined;
  };
  const index: DesignIndex = {
    design,
    byId,
    get: (id) => (id == null ? undefined : byId.get(id)),
    getKind: (id, kind) => {
      const r = id == null ? undefined : byId.get(id);
      return r && r.kind === kind ? (r as ResourceOfKind<typeof kind>) : undefined;
    },
    ofKind: (kind) => (byKind.get(kind) ?? empty) as readonly ResourceOfKind<typeof kind>[],
    children: (id) => kids.get(id) ?? empty,
    ancestor,
    vpcOf: (id) => ancestor(id, 'vpc'),
    subnetOf: (id) => ancestor(id, 'subnet'),
    azOf: (id) => ancestor(id, 'az'),
    regionOf: (id) => ancestor(id, 'region'),
  };
  indexCache.set(design, index);
  return index;
}

/**
 * Order resources so that every parent precedes its children (React Flow requires it for
 * sub-flows). Stable for siblings; resources whose parent is missing or cyclic keep their place
 * at the end rather than being dropped.
 */
export function sortParentsFirst<T extends { id: string; parent: string | null }>(items: readonly T[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: T[] = [];
  const state = new Map<string, 1 | 2>(); // 1 = visiting, 2 = done
  const visit = (item: T) => {
    const s = state.get(item.id);
    if (s === 2 || s === 1) return;
    state.set(item.id, 1);
    const p = item.parent == null ? undefined : byId.get(item.parent);
    if (p) visit(p);
    state.set(item.id, 2);
    out.push(item);
  };
  for (const i of items) visit(i);
  return out;
}
