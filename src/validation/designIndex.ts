/**
 * The validator's index of a design: the same lookups as model/graph.ts's `indexDesign`, plus
 *
 * - memoised containment lookups (`vpcOf`, `subnetOf`, ...): rules ask them for every instance,
 *   often several times; the memo holds ids, so it stays valid for any later snapshot with the
 *   same containment tree and is shared with it;
 * - `patchIndex`: after an edit that replaced a few resources in place (same id, kind, parent and
 *   position), the next snapshot's index is the previous one with those entries swapped, not a
 *   new O(n) pass.
 */
import { indexTables, type DesignIndex } from '../model/graph.ts';
import type { Design, Resource, ResourceId, ResourceKind, ResourceOfKind } from '../model/types.ts';

/**
 * Ancestor id (or null: none) per kind, per starting id. After an edit that changed the chains of
 * a few resources, the next snapshot's memo is a layer over this one that does not trust it for
 * those resources (every other chain is the same); a few layers deep, it starts afresh.
 */
export class AncestorMemo {
  private readonly own = new Map<ResourceKind, Map<unknown, ResourceId | null>>();
  constructor(
    private readonly under?: AncestorMemo,
    private readonly changed: ReadonlySet<unknown> = new Set(),
    private readonly depth = 0,
  ) {}

  get(kind: ResourceKind, id: unknown): ResourceId | null | undefined {
    const hit = this.own.get(kind)?.get(id);
    if (hit !== undefined || !this.under || this.changed.has(id)) return hit;
    return this.under.get(kind, id);
  }

  set(kind: ResourceKind, id: unknown, ancestor: ResourceId | null): void {
    let m = this.own.get(kind);
    if (!m) this.own.set(kind, (m = new Map()));
    m.set(id, ancestor);
  }

  /** The memo of a snapshot whose chains of parents differ from this one's only at `changed`. */
  after(changed: ReadonlySet<unknown>): AncestorMemo {
    if (changed.size === 0) return this;
    return this.depth >= 4 ? new AncestorMemo() : new AncestorMemo(this, changed, this.depth + 1);
  }
}

interface Tables {
  readonly byId: ReadonlyMap<ResourceId, Resource>;
  readonly byKind: Map<ResourceKind, Resource[]>;
  /** Built on first use after a patch (no rule asks for children). */
  readonly kids: () => Map<ResourceId | null, Resource[]>;
  readonly memo: AncestorMemo;
}

/**
 * `byId` of a patched index: the previous map with a few values replaced, without copying it.
 * Only for well-formed designs (unique string ids), whose `byId` iterates in document order:
 * iteration reads the design's list.
 */
class PatchedById implements ReadonlyMap<ResourceId, Resource> {
  constructor(
    readonly base: ReadonlyMap<ResourceId, Resource>,
    readonly delta: ReadonlyMap<ResourceId, Resource>,
    private readonly resources: readonly Resource[],
  ) {}
  get(id: ResourceId): Resource | undefined {
    return this.delta.get(id) ?? this.base.get(id);
  }
  has(id: ResourceId): boolean {
    return this.base.has(id);
  }
  get size(): number {
    return this.base.size;
  }
  *entries(): MapIterator<[ResourceId, Resource]> {
    for (const r of this.resources) yield [r.id, r];
  }
  *keys(): MapIterator<ResourceId> {
    for (const r of this.resources) yield r.id;
  }
  values(): MapIterator<Resource> {
    return this.resources.values();
  }
  forEach(
    fn: (value: Resource, key: ResourceId, map: ReadonlyMap<ResourceId, Resource>) => void,
    thisArg?: unknown,
  ): void {
    for (const r of this.resources) fn.call(thisArg, r, r.id, this);
  }
  [Symbol.iterator](): MapIterator<[ResourceId, Resource]> {
    return this.entries();
  }
}

/** Replaced values kept in a delta up to this many; then the map is copied. */
const MAX_DELTA = 64;

const tables = new WeakMap<DesignIndex, Tables>();
const empty: readonly Resource[] = [];

function make(design: Design, t: Tables): DesignIndex {
  const { byId, byKind, memo } = t;
  const ancestor = <K extends ResourceKind>(
    id: ResourceId | null | undefined,
    kind: K,
  ): ResourceOfKind<K> | undefined => {
    if (id == null) return undefined;
    const hit = memo.get(kind, id);
    if (hit !== undefined) return hit === null ? undefined : (byId.get(hit) as ResourceOfKind<K>);
    let cur = byId.get(id);
    let found: Resource | undefined;
    // Guard against parent cycles in hand-edited files: at most n steps.
    for (let steps = 0; cur && steps <= byId.size; steps++) {
      if (cur.kind === kind) {
        found = cur;
        break;
      }
      cur = cur.parent == null ? undefined : byId.get(cur.parent);
    }
    memo.set(kind, id, found ? found.id : null);
    return found as ResourceOfKind<K> | undefined;
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
    children: (id) => t.kids().get(id) ?? empty,
    ancestor,
    vpcOf: (id) => ancestor(id, 'vpc'),
    subnetOf: (id) => ancestor(id, 'subnet'),
    azOf: (id) => ancestor(id, 'az'),
    regionOf: (id) => ancestor(id, 'region'),
  };
  tables.set(index, t);
  return index;
}

/** Index a design in one pass (same answers as model/graph.ts's `indexDesign`). */
export function buildIndex(design: Design, memo: AncestorMemo = new AncestorMemo()): DesignIndex {
  const { byId, byKind, kids } = indexTables(design.resources);
  return make(design, { byId, byKind, kids: () => kids, memo });
}

/**
 * The index of `next`, where `next.resources[i]` replaced `prev.design.resources[i]` for each
 * `i` of `inPlace` with the same id, kind and parent, and nothing else changed (diff.ts checks
 * this). Shares the containment memo: the tree did not change.
 */
export function patchIndex(prev: DesignIndex, next: Design, inPlace: readonly number[]): DesignIndex {
  const t = tables.get(prev);
  if (!t) return buildIndex(next);
  const before = prev.design.resources;
  const base = t.byId instanceof PatchedById ? t.byId.base : t.byId;
  const delta = new Map(t.byId instanceof PatchedById ? t.byId.delta : []);
  for (const i of inPlace) delta.set(next.resources[i]!.id, next.resources[i]!);
  let byId: ReadonlyMap<ResourceId, Resource>;
  if (delta.size <= MAX_DELTA) byId = new PatchedById(base, delta, next.resources);
  else {
    const m = new Map(base);
    for (const [k, v] of delta) m.set(k, v);
    byId = m;
  }
  const byKind = new Map(t.byKind);
  const copied = new Set<ResourceKind>();
  for (const i of inPlace) {
    const x = before[i]!;
    const y = next.resources[i]!;
    let arr = byKind.get(y.kind)!;
    if (!copied.has(y.kind)) {
      copied.add(y.kind);
      byKind.set(y.kind, (arr = arr.slice()));
    }
    arr[arr.indexOf(x)] = y;
  }
  let kids: Map<ResourceId | null, Resource[]> | undefined;
  const children = () => {
    if (!kids) {
      kids = new Map(t.kids());
      const done = new Set<ResourceId | null>();
      for (const i of inPlace) {
        const x = before[i]!;
        const y = next.resources[i]!;
        const key = y.parent ?? null;
        let arr = kids.get(key)!;
        if (!done.has(key)) {
          done.add(key);
          kids.set(key, (arr = arr.slice()));
        }
        arr[arr.indexOf(x)] = y;
      }
    }
    return kids;
  };
  return make(next, { byId, byKind, kids: children, memo: t.memo });
}

/** The containment memo of an index built here (to share with a snapshot of the same tree). */
export function memoOf(index: DesignIndex): AncestorMemo | undefined {
  return tables.get(index)?.memo;
}
