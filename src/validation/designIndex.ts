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
import type { DesignIndex } from '../model/graph.ts';
import type { Design, Resource, ResourceId, ResourceKind, ResourceOfKind } from '../model/types.ts';

/** Ancestor id (or null: none) per kind, per starting id. */
export type AncestorMemo = Map<ResourceKind, Map<unknown, ResourceId | null>>;

interface Tables {
  readonly byId: Map<ResourceId, Resource>;
  readonly byKind: Map<ResourceKind, Resource[]>;
  readonly kids: Map<ResourceId | null, Resource[]>;
  readonly memo: AncestorMemo;
}

const tables = new WeakMap<DesignIndex, Tables>();
const empty: readonly Resource[] = [];

function make(design: Design, t: Tables): DesignIndex {
  const { byId, byKind, kids, memo } = t;
  const ancestor = <K extends ResourceKind>(id: ResourceId | null | undefined, kind: K): ResourceOfKind<K> | undefined => {
    if (id == null) return undefined;
    let m = memo.get(kind);
    if (!m) memo.set(kind, (m = new Map()));
    const hit = m.get(id);
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
    m.set(id, found ? found.id : null);
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
    children: (id) => kids.get(id) ?? empty,
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
export function buildIndex(design: Design, memo: AncestorMemo = new Map()): DesignIndex {
  const byId = new Map<ResourceId, Resource>();
  const byKind = new Map<ResourceKind, Resource[]>();
  const kids = new Map<ResourceId | null, Resource[]>();
  for (const r of design.resources) {
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
  return make(design, { byId, byKind, kids, memo });
}

/**
 * The index of `next`, where `next.resources[i]` replaced `prev.design.resources[i]` for each
 * `i` of `inPlace` with the same id, kind and parent, and nothing else changed (diff.ts checks
 * this). Shares the containment memo: the tree did not change.
 */
export function patchIndex(prev: DesignIndex, next: Design, inPlace: readonly number[]): DesignIndex {
  const t = tables.get(prev);
  if (!t) return buildIndex(next);
  const byId = new Map(t.byId);
  const byKind = new Map(t.byKind);
  const kids = new Map(t.kids);
  const copiedKinds = new Set<ResourceKind>();
  const copiedKids = new Set<ResourceId | null>();
  const swap = <K>(m: Map<K, Resource[]>, copied: Set<K>, key: K, x: Resource, y: Resource) => {
    let arr = m.get(key)!;
    if (!copied.has(key)) {
      copied.add(key);
      arr = arr.slice();
      m.set(key, arr);
    }
    arr[arr.indexOf(x)] = y;
  };
  const before = prev.design.resources;
  for (const i of inPlace) {
    const x = before[i]!;
    const y = next.resources[i]!;
    byId.set(y.id, y);
    swap(byKind, copiedKinds, y.kind, x, y);
    swap(kids, copiedKids, y.parent ?? null, x, y);
  }
  return make(next, { byId, byKind, kids, memo: t.memo });
}

/** The containment memo of an index built here (to share with a snapshot of the same tree). */
export function memoOf(index: DesignIndex): AncestorMemo | undefined {
  return tables.get(index)?.memo;
}
