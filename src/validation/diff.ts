/**
 * What changed between two snapshots of a design, for the incremental validator. Designs are
 * immutable and edits (model/ops.ts) keep the identity of the resources they do not touch, so
 * the diff compares by identity first and looks at fields only for the few replaced resources.
 *
 * Sound rather than minimal: when in doubt a change is reported wider (a whole kind) than it is.
 */
import type { DesignIndex } from '../model/graph.ts';
import type { Design, Resource, ResourceId, ResourceKind } from '../model/types.ts';
import { RESOURCE_KINDS } from '../model/types.ts';
import { UNREAD_FIELDS, type ChangeSet, type FieldSet } from './reads.ts';

export interface DesignDiff extends ChangeSet {
  /**
   * Kinds with a resource whose object is new, even when only unread fields (position, name)
   * changed: caches that hold resource objects of these kinds are stale.
   */
  readonly replaced: ReadonlySet<ResourceKind>;
  /** A resource was added, removed, re-kinded or re-parented: containment lookups may answer differently. */
  readonly tree: boolean;
  /**
   * The resources whose chain of parents changed (those added, removed, re-kinded or re-parented,
   * and every resource below them before or after the edit): containment lookups starting anywhere
   * else answer as before. Empty when `tree` is false.
   */
  readonly chains: ReadonlySet<ResourceId>;
  /** The kinds (before and after) of the resources in `chains`. */
  readonly chainKinds: ReadonlySet<ResourceKind>;
  /**
   * Same ids, kinds and parents at the same positions; only these resources were replaced (their
   * index in `resources`). null when the shape changed.
   */
  readonly inPlace: readonly number[] | null;
  /** How many resources changed in a way a rule can see. */
  readonly count: number;
}

const KINDS: ReadonlySet<unknown> = new Set(RESOURCE_KINDS);

/**
 * Whether the incremental path can reason about a design: every entry an object with a string id
 * (unique) and a known kind. Anything else (a hand-edited or fuzzed file) is validated in full.
 */
export function wellFormed(design: Design, index: DesignIndex): boolean {
  const rs = design.resources;
  if (index.byId.size !== rs.length) return false; // a non-object entry, a missing id, or a duplicate id
  for (const r of rs) if (!KINDS.has(r.kind)) return false;
  return true;
}

class Changes {
  readonly fields = new Map<ResourceKind, Set<string> | '*'>();
  readonly existence = new Set<ResourceKind>();
  readonly replaced = new Set<ResourceKind>();
  readonly chains = new Set<ResourceId>();
  readonly chainKinds = new Set<ResourceKind>();
  count = 0;

  all(kind: ResourceKind) {
    this.fields.set(kind, '*');
    this.replaced.add(kind);
  }

  field(kind: ResourceKind, f: string) {
    const s = this.fields.get(kind);
    if (s === '*') return;
    if (s) s.add(f);
    else this.fields.set(kind, new Set([f]));
  }

  /** Compare two versions of one resource (same id, kind and parent). */
  compare(a: Resource, b: Resource) {
    this.replaced.add(b.kind);
    const ra = a as unknown as Record<string, unknown>;
    const rb = b as unknown as Record<string, unknown>;
    let seen = false;
    // Every changed field is reported (a rule that reads a prefix list's name re-runs on a
    // rename); only fields besides the unread ones make the edit count towards a large change.
    for (const k in rb) {
      if (ra[k] !== rb[k]) {
        this.field(b.kind, k);
        if (!UNREAD_FIELDS.has(k)) seen = true;
      }
    }
    for (const k in ra) {
      if (!(k in rb)) {
        this.field(b.kind, k);
        if (!UNREAD_FIELDS.has(k)) seen = true;
      }
    }
    if (seen) this.count++;
  }

  /** A resource whose chain of parents changed. */
  chain(r: Resource) {
    this.chains.add(r.id);
    this.chainKinds.add(r.kind);
  }

  result(rest: { inPlace: readonly number[] | null; flows: boolean }): DesignDiff {
    return {
      fields: this.fields as ReadonlyMap<ResourceKind, FieldSet>,
      existence: this.existence,
      replaced: this.replaced,
      count: this.count,
      tree: this.chains.size > 0,
      chains: this.chains,
      chainKinds: this.chainKinds,
      ...rest,
    };
  }
}

/**
 * The diff from `prev` (well-formed, indexed by `prevIndex`) to `next`. null when `next` is not
 * well-formed: validate it in full.
 */
export function diffDesigns(prev: Design, prevIndex: DesignIndex, next: Design): DesignDiff | null {
  const flows = prev.flows !== next.flows;
  const a = prev.resources;
  const b = next.resources;
  const c = new Changes();
  if (a === b) return c.result({ inPlace: [], flows });

  // The common edit: some resources replaced in place (same id, kind and parent).
  if (a.length === b.length) {
    const inPlace: number[] = [];
    let same = true;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i];
      if (x === y) continue;
      if (!y || typeof y !== 'object' || y.id !== x.id || y.kind !== x.kind || y.parent !== x.parent) {
        same = false;
        break;
      }
      inPlace.push(i);
    }
    if (same) {
      for (const i of inPlace) c.compare(a[i]!, b[i]!);
      return c.result({ inPlace, flows });
    }
  }

  // Resources added, removed, re-kinded, re-parented or reordered. Everything before the first
  // and after the last differing position is the same objects in the same order: only the two
  // middles (`a[lo, ha)` and `b[lo, hb)`) need looking at.
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ha = a.length;
  let hb = b.length;
  while (ha > lo && hb > lo && a[ha - 1] === b[hb - 1]) {
    ha--;
    hb--;
  }
  const midA = a.slice(lo, ha);
  const midB = b.slice(lo, hb);
  const inMidA = new Map<ResourceId, Resource>(midA.map((x) => [x.id, x]));
  const inMidB = new Map<ResourceId, Resource>();
  for (const y of midB) {
    // Well-formed: an object with a known kind and an id that no other resource of `next` has.
    if (!y || typeof y !== 'object' || typeof y.id !== 'string' || !KINDS.has(y.kind) || inMidB.has(y.id)) return null;
    if (prevIndex.byId.has(y.id) && !inMidA.has(y.id)) return null;
    inMidB.set(y.id, y);
  }
  const roots: ResourceId[] = [];
  for (const y of midB) {
    const x = inMidA.get(y.id);
    if (x === y) continue;
    if (!x || x.kind !== y.kind) {
      c.all(y.kind);
      c.existence.add(y.kind);
      c.chain(y);
      if (x) {
        c.all(x.kind);
        c.existence.add(x.kind);
        c.chain(x);
      }
      c.count++;
      roots.push(y.id);
    } else if (x.parent !== y.parent) {
      c.compare(x, y);
      c.chain(y);
      roots.push(y.id);
    } else c.compare(x, y);
  }
  for (const x of midA) {
    if (inMidB.has(x.id)) continue;
    c.all(x.kind);
    c.existence.add(x.kind);
    c.chain(x);
    c.count++;
    roots.push(x.id);
  }

  // Document order of the kept resources: the kept ids between the first and the last position
  // where the two orders differ may have changed order relative to one another (and nothing else did).
  const keptA = midA.filter((x) => inMidB.has(x.id));
  const keptB = midB.filter((y) => inMidA.has(y.id));
  let i0 = 0;
  let i1 = keptA.length - 1;
  while (i0 <= i1 && keptA[i0]!.id === keptB[i0]!.id) i0++;
  while (i1 >= i0 && keptA[i1]!.id === keptB[i1]!.id) i1--;
  for (let i = i0; i <= i1; i++) {
    c.all(keptA[i]!.kind);
    c.all(keptB[i]!.kind);
    c.count++;
  }

  // Containment lookups (vpcOf, subnetOf, ...) of a resource read its chain of parents: every
  // resource below a changed link, before or after the edit, reads a changed chain. Children in
  // `next`: those in `prev` outside the middle, and those of the new middle.
  if (roots.length) {
    const childrenNext = (id: ResourceId) => [
      ...prevIndex.children(id).filter((x) => !inMidA.has(x.id)),
      ...midB.filter((y) => y.parent === id),
    ];
    const seen = new Set<ResourceId>(roots);
    const stack: ResourceId[] = [...roots];
    while (stack.length) {
      const id = stack.pop()!;
      for (const child of [...prevIndex.children(id), ...childrenNext(id)]) {
        c.field(child.kind, 'parent');
        c.chain(child);
        if (!seen.has(child.id)) {
          seen.add(child.id);
          stack.push(child.id);
        }
      }
    }
  }
  return c.result({ inPlace: null, flows });
}
