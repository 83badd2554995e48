/**
 * The access engine's per-class results (AccessEngine.classBetween), kept from one context to the
 * next while nothing they read changed: the design's resources are immutable objects, so a
 * resource that is the same object is unchanged.
 *
 * Each result records what its walks read (`reads`): the ids of the endpoints' subnets, VPCs and
 * security groups, and of every resource the walks met on the way (hops, NACLs, route tables,
 * gateways, targets; symbolic.ts `RecordingWalk`), and `@cidr` for a result with a block of
 * outside addresses (whose addresses depend on every subnet's block). When a new context's design
 * differs from the last one's, the change is classified resource by resource (`invalidations`):
 *
 * - a field no walk reads (name, description, position, size): nothing is dropped;
 * - a security group's rules, a NACL's rules, a route table's routes, an instance's security
 *   groups: the results that read that resource are dropped (for a group's or NACL's rules alone,
 *   with their walks kept: `Paths`, evaluated anew in the new context, access.ts `classAccess`);
 * - a subnet's block, when the old and the new one lie inside the VPC and overlap no other subnet:
 *   the results that read the subnet or a resource that names it (not its route table or NACL),
 *   `subnetBlockReaders`;
 * - any other change of a resource inside a VPC (a subnet's block otherwise, a gateway's
 *   attachment): the results that read that VPC (every walk records the VPCs it passes) are dropped;
 * - an instance appended at the end that no resource names: nothing is dropped (its results are new
 *   classes, or an existing class it joins, whose members behave alike by construction); one
 *   removed from the end (an undo) drops the results that read it;
 * - anything else (a VPC's blocks, a resource outside every VPC, a removal, a reorder, a field of
 *   the design itself): everything starts afresh.
 *
 * A class key (AccessEngine.classKey) is derived anew in every context, so a result is found only
 * for a class that still exists; one that read nothing the edit changed still holds for it, as
 * every member of a class behaves alike. The property tests (classCache.test.ts) check that after
 * random edits of every kind the kept results equal a computation from scratch. Only the newest
 * context owns the results: an older one that asks again computes anew (never a newer answer).
 */
import type { Design, Resource } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { cidrOrNull, type Cidr } from '../../model/cidr.ts';
import type { Access } from './access.ts';
import type { PathShape } from './symbolic.ts';

/** The walks a result was computed from and what they read: kept when only filter rules changed. */
export interface Paths {
  readonly shapes: readonly PathShape[];
  readonly reads: ReadonlySet<string>;
}

interface Snapshot {
  readonly design: Design;
  readonly resources: readonly Resource[];
  /** The VPC id of each resource that sits in one (from the context's index). */
  readonly vpcOf: (id: string) => string | undefined;
  /** A VPC's blocks, parsed. */
  readonly vpcBlocks: (vpcId: string) => readonly Cidr[];
}

/** Fields no walk reads: a change of them alone keeps every result. */
const UNREAD = new Set(['name', 'description', 'position', 'size']);

/** Per kind: fields whose change drops only the results that read the resource itself. */
const OWN: Readonly<Record<string, ReadonlySet<string>>> = {
  securityGroup: new Set(['ingress', 'egress']),
  nacl: new Set(['rules']),
  routeTable: new Set(['routes']),
  instance: new Set(['securityGroupIds']),
};

/**
 * Kinds whose own fields (OWN) are only filter rules: a walk records a filter without deciding
 * (symbolic.ts), so a result dropped for such a change keeps its walks, and is computed again by
 * evaluating their filters anew instead of walking again.
 */
const FILTER_ONLY = new Set(['securityGroup', 'nacl']);

/** The reader key of results whose endpoints include a block of outside addresses. */
export const CIDR_READ = '@cidr';

export class ClassCache {
  /**
   * Owned while this is the newest context's cache; handed over to the next one. By source class,
   * then destination class (two look-ups of strings the engine keeps, not one of a joined key).
   */
  results = new Map<string, Map<string, Access>>();
  /**
   * What each result read, and its walks while they hold (kept after a drop for a change of filter
   * rules only, `dropAll`). An edit scans them (no index of readers: building one cost more, per
   * result, than the scan of the few edits that drop).
   */
  private walks = new Map<
    string,
    Map<string, { readonly shapes?: readonly PathShape[]; readonly reads: ReadonlySet<string> }>
  >();

  get size(): number {
    let n = 0;
    for (const m of this.results.values()) n += m.size;
    return n;
  }

  get(src: string, dst: string): Access | undefined {
    return this.results.get(src)?.get(dst);
  }

  /** The walks of a result (dropped or not), when they still hold. */
  paths(src: string, dst: string): Paths | undefined {
    const p = this.walks.get(src)?.get(dst);
    return p?.shapes ? (p as Paths) : undefined;
  }

  set(src: string, dst: string, access: Access, reads: ReadonlySet<string>, shapes?: readonly PathShape[]): void {
    let m = this.results.get(src);
    if (!m) this.results.set(src, (m = new Map()));
    m.set(dst, access);
    let w = this.walks.get(src);
    if (!w) this.walks.set(src, (w = new Map()));
    w.set(dst, { shapes, reads });
  }

  /** The places of the results (kept or dropped with their walks) that read `id`. */
  readersOf(id: string): [string, string][] {
    const out: [string, string][] = [];
    for (const [src, m] of this.walks) for (const [dst, p] of m) if (p.reads.has(id)) out.push([src, dst]);
    return out;
  }

  /** Take another cache's results (it keeps none). */
  takeOver(other: ClassCache): void {
    this.results = other.results;
    this.walks = other.walks;
    other.results = new Map();
    other.walks = new Map();
  }

  /**
   * Drop every result that read an id of `ids`, with its walks unless every such id is one of
   * `keepWalks` (a change of filter rules only).
   */
  dropAll(ids: ReadonlySet<string>, keepWalks: ReadonlySet<string> = new Set()): void {
    if (!ids.size) return;
    for (const [src, m] of this.walks) {
      const res = this.results.get(src);
      for (const [dst, p] of m) {
        let hit = false;
        let walks = true;
        // The edit's few ids looked up in what the result read (not its many reads in the ids).
        for (const id of ids) {
          if (!p.reads.has(id)) continue;
          hit = true;
          if (!keepWalks.has(id)) {
            walks = false;
            break;
          }
        }
        if (!hit) continue;
        res?.delete(dst);
        if (!walks) m.delete(dst);
      }
    }
  }

  /** Drop every result that read `id`; `keepWalks`: their walks still hold (filter rules changed only). */
  drop(id: string, keepWalks = false): void {
    const ids = new Set([id]);
    this.dropAll(ids, keepWalks ? ids : undefined);
  }
}

let last: { snapshot: Snapshot; cache: ClassCache } | undefined;

function snapshotOf(ctx: ValidationContext): Snapshot | null {
  const design = ctx.design;
  const resources = Array.isArray(design.resources) ? design.resources : [];
  const seen = new Set<string>();
  for (const r of resources) {
    if (!r || typeof r !== 'object' || typeof r.id !== 'string' || seen.has(r.id)) return null;
    seen.add(r.id);
  }
  return {
    design,
    resources,
    vpcOf: (id) => ctx.index.vpcOf(id)?.id,
    vpcBlocks: (vpcId) => ctx.vpcBlocks(vpcId).map((b) => b.cidr),
  };
}

/** The fields whose values differ (by identity: an edit makes a new value for what it changes). */
function changedFields(a: Resource, b: Resource): string[] {
  const out: string[] = [];
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const k of Object.keys(ra)) if (ra[k] !== rb[k]) out.push(k);
  for (const k of Object.keys(rb)) if (!(k in ra)) out.push(k);
  return out;
}

/** The blocks and prefix lists a security group's or NACL's rules name, as one sorted text. */
function ruleBlocks(r: Resource): string {
  const o = r as unknown as Record<string, unknown>;
  const rules = [o.rules, o.ingress, o.egress].flatMap((x) => (Array.isArray(x) ? x : []));
  const names = new Set<string>();
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object') continue;
    const q = rule as Record<string, unknown>;
    for (const k of ['cidr', 'prefixListId']) if (typeof q[k] === 'string') names.add(`${k}:${q[k]}`);
  }
  return [...names].sort().join('|');
}

const texts = new WeakMap<Resource, string>();

/** A resource's JSON text, kept per object (an unchanged resource is the same object). */
function textOf(r: Resource): string {
  let t = texts.get(r);
  if (t === undefined) {
    try {
      t = JSON.stringify(r) ?? '';
    } catch {
      t = '';
    }
    texts.set(r, t);
  }
  return t;
}

/** Whether any resource of the list but `self` holds the text `"id"` (a reference to it). */
function named(resources: readonly Resource[], id: string, self: Resource): boolean {
  const quoted = JSON.stringify(id);
  for (const r of resources) if (r !== self && textOf(r).includes(quoted)) return true;
  return false;
}

const overlaps = (p: Cidr, q: Cidr) => p.base <= q.last && q.base <= p.last;
const within = (p: Cidr, q: Cidr) => p.base >= q.base && p.last <= q.last;

/**
 * A subnet's block changed, nothing else of it: the results that can see the change, or null for
 * those of the whole VPC. When the old and the new block both lie inside the VPC's blocks and
 * overlap no other subnet, an address changes subnet only into or out of this one, so a walk
 * sees the change only where it reads the subnet: from or to a resource in it (every result reads
 * its endpoints' subnets, access.ts), routed into, through or out of it (symbolic.ts records every
 * subnet a walk meets), or through a resource placed in it (a NAT gateway, a load balancer node,
 * whose addresses it may give). The route tables and NACLs that list it are not dropped: their
 * rules and routes did not change, and a walk reads them from a subnet it also reads.
 */
function subnetBlockReaders(a: Snapshot, b: Snapshot, x: Resource, y: Resource): string[] | null {
  const before = cidrOrNull((x as { cidr?: unknown }).cidr as string);
  const after = cidrOrNull((y as { cidr?: unknown }).cidr as string);
  const vpc = a.vpcOf(x.id);
  if (!before || !after || !vpc || vpc !== b.vpcOf(y.id)) return null;
  for (const [snap, block] of [
    [a, before],
    [b, after],
  ] as const) {
    if (!snap.vpcBlocks(vpc).some((v) => within(block, v))) return null;
    for (const r of snap.resources) {
      if (r.kind !== 'subnet' || r.id === x.id) continue;
      const c = cidrOrNull((r as { cidr?: unknown }).cidr as string);
      // A block that does not parse is in no subnet's way; one that overlaps is.
      if (c && (overlaps(c, before) || overlaps(c, after))) return null;
    }
  }
  const out = [x.id];
  const quoted = JSON.stringify(x.id);
  for (const snap of [a, b])
    for (const r of snap.resources)
      if (r.kind !== 'routeTable' && r.kind !== 'nacl' && r.id !== x.id && textOf(r).includes(quoted)) out.push(r.id);
  return out;
}

/**
 * The ids whose readers an edit from `a` to `b` drops (classified as in the header), or null when
 * everything starts afresh.
 */
export function invalidations(a: Snapshot, b: Snapshot, filtersOnly?: Set<string>): Set<string> | null {
  const keys = new Set([...Object.keys(a.design), ...Object.keys(b.design)]);
  for (const k of keys) {
    if (k === 'resources' || k === 'intents') continue;
    if ((a.design as unknown as Record<string, unknown>)[k] !== (b.design as unknown as Record<string, unknown>)[k])
      return null;
  }
  const ra = a.resources;
  const rb = b.resources;
  const drop = new Set<string>();
  const common = Math.min(ra.length, rb.length);
  // Instances removed from the end (an undo of adding one) that no resource left names: the
  // results that met them on a path (a route's or a load balancer's target) are dropped.
  for (let i = common; i < ra.length; i++) {
    const x = ra[i]!;
    if (x.kind !== 'instance' || named(rb, x.id, x)) return null;
    drop.add(x.id);
  }
  for (let i = 0; i < common; i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind) return null;
    const fields = changedFields(x, y).filter((f) => !UNREAD.has(f));
    if (!fields.length) continue;
    const own = OWN[x.kind];
    if (own && fields.every((f) => own.has(f))) {
      drop.add(x.id);
      // Walks are kept only when the rules name the same blocks: a new block cuts the internet's (and a
      // block endpoint's) addresses into other parts, each walked on its own (endpoints.ts partsOf).
      if (FILTER_ONLY.has(x.kind) && ruleBlocks(x) === ruleBlocks(y)) filtersOnly?.add(x.id);
      continue;
    }
    if (x.kind === 'subnet' && fields.length === 1 && fields[0] === 'cidr') {
      const ids = subnetBlockReaders(a, b, x, y);
      if (ids) {
        for (const id of ids) drop.add(id);
        drop.add(CIDR_READ);
        continue;
      }
    }
    // Another change inside a VPC: every result that read the VPC (old and new place).
    if (x.kind === 'vpc') return null;
    const va = a.vpcOf(x.id);
    const vb = b.vpcOf(y.id);
    if (!va || !vb) return null;
    drop.add(va).add(vb).add(CIDR_READ);
  }
  for (let i = common; i < rb.length; i++) {
    const y = rb[i]!;
    // A new instance no resource names (a route's target, a target group's) reads nothing kept.
    if (y.kind !== 'instance' || named(rb, y.id, y)) return null;
  }
  return drop;
}

/** The cache of a new context: the last context's results that an edit cannot have touched, else empty. */
export function classCacheFor(ctx: ValidationContext): ClassCache {
  const cache = new ClassCache();
  let snapshot: Snapshot | null;
  try {
    snapshot = snapshotOf(ctx);
  } catch {
    snapshot = null;
  }
  if (!snapshot) return cache;
  const prev = last;
  let drop: Set<string> | null = null;
  const filtersOnly = new Set<string>();
  try {
    drop = prev ? invalidations(prev.snapshot, snapshot, filtersOnly) : null;
  } catch {
    drop = null;
  }
  if (prev && drop) {
    // Take the results over (the older context keeps an empty cache), less those that read a changed resource.
    cache.takeOver(prev.cache);
    // A result that read a changed filter's rules keeps its walks, unless it read another change too.
    cache.dropAll(drop, filtersOnly);
  }
  last = { snapshot, cache };
  return cache;
}

/** Whether a cache is the newest context's (a newer one takes the results over). */
export function isNewest(cache: ClassCache): boolean {
  return last?.cache === cache;
}

/** Forget the kept results (tests compare against a computation from scratch). */
export function resetClassCache(): void {
  last = undefined;
}
