/**
 * What a rule reads, recorded while it runs: no rule declares it. recordReads.ts runs each rule
 * part on a recording view of the context of every design of a corpus and keeps the set of kinds
 * and fields it read (reads.ts `ReadSet`), for the generated table the incremental validator uses
 * (../reads.generated.ts). Test and generator code only: the app never runs a rule on a recording
 * view. For one run this is sound by construction: a rule is a pure function of what it reads, so
 * when nothing it read changed it would read the same values again, take the same branches and
 * emit the same findings; the table is sound as far as the corpus reaches every branch.
 *
 * What is recorded:
 * - each context helper it calls: that helper's declared reads (contextReads.ts), plus the chain of
 *   containers or the lookup of an id argument;
 * - each index lookup: `ofKind(k)` and `getKind(id, k)` read which resources of `k` exist;
 *   `get(id)` which resource has the id; `vpcOf(id)` and the other containment lookups the chain
 *   of the resource `id` names (`<its kind>.parent`) and which resources of the kind looked for
 *   exist; `byId` and `children` everything that exists and every chain;
 * - each field it reads on a resource: resources reach a rule only through recording proxies
 *   (one per resource object in a recording, so identity comparisons still hold), whose `get`
 *   adds `kind.field` to the current recording;
 * - `design.flows`: the flows; anything else of `design`: everything.
 *
 * A cache that answers for a resource object without reading its fields would hide a read from
 * every recording after the first, were the proxies shared: each recording makes its own. A cache
 * keyed by a raw resource inside a context helper is covered by the helper's declared reads.
 * reads.test.ts checks soundness on random edits, and that every recorded field, changed, re-runs
 * the rule.
 */
import type { DesignIndex } from '../../model/graph.ts';
import type { Design, Resource, ResourceId, ResourceKind } from '../../model/types.ts';
import { RESOURCE_KINDS } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import { HELPER_READS, type HelperReads } from './contextReads.ts';
import { compileReads, type ReadSet } from '../reads.ts';

/** A ReadSet being filled by a running rule part. */
export class Recorder implements ReadSet {
  all = false;
  any = false;
  flows = false;
  readonly kinds = new Map<ResourceKind, Set<string> | '*'>();
  /**
   * The recording's proxy of each resource object (and of each array of them): one per object, so
   * identity comparisons hold within a run, and new for each recording, so a cache keyed by the
   * object a rule was handed (nacl.ts keys parsed rules by the ACL) misses and the fields it is
   * built from are read, and recorded, again.
   */
  readonly proxies = new WeakMap<object, Resource>();
  readonly arrays = new WeakMap<readonly unknown[], readonly Resource[]>();

  /** Which resources of `kind` exist (and their order). */
  kind(kind: ResourceKind): void {
    if (!this.kinds.has(kind)) this.kinds.set(kind, new Set());
  }

  field(kind: ResourceKind, field: string): void {
    let s = this.kinds.get(kind);
    if (s === undefined) this.kinds.set(kind, (s = new Set()));
    if (s !== '*') s.add(field);
  }

  /** Every field of `kind` (its keys were listed). */
  every(kind: ResourceKind): void {
    this.kinds.set(kind, '*');
  }

  /** Helpers called: their reads are merged once, at the end (`finish`). */
  private readonly helpers = new Set<ReadSet>();

  add(reads: ReadSet): void {
    this.helpers.add(reads);
  }

  finish(): this {
    for (const reads of this.helpers) this.merge(reads);
    this.helpers.clear();
    return this;
  }

  private merge(reads: ReadSet): void {
    if (reads.all) this.all = true;
    if (reads.any) this.any = true;
    if (reads.flows) this.flows = true;
    for (const [kind, fields] of reads.kinds) {
      if (fields === '*') this.every(kind);
      else {
        this.kind(kind);
        for (const f of fields) this.field(kind, f);
      }
    }
  }

  /** Which resource has `id` (any kind): the kind it has, or anything that may be added with it. */
  lookup(index: DesignIndex, id: unknown): Resource | undefined {
    if (id == null) return undefined;
    const r = index.get(id as ResourceId);
    if (r) this.kind(r.kind);
    else this.any = true;
    return r;
  }

  /**
   * A rule's own lookup of an id of any kind (`get`, `byId.get`): whatever the id names in this
   * design, a resource of any kind may come to have it, so it reads `any` on every design (not only
   * on those where the id dangles), and the kind it finds.
   */
  lookupAny(index: DesignIndex, id: unknown): Resource | undefined {
    this.any = true;
    return this.lookup(index, id);
  }

  /** The chain of containers above the resource `id` names (diff.ts marks `parent` on every resource below a changed link). */
  chain(index: DesignIndex, id: unknown): void {
    const r = this.lookup(index, id);
    if (r) this.field(r.kind, 'parent');
  }

  /** Every resource, its kind, order and chain. */
  everything(): void {
    this.any = true;
    for (const k of RESOURCE_KINDS) this.field(k, 'parent');
  }
}

/** The recording in progress (rule parts run one at a time, synchronously). */
let current: Recorder | null = null;

const handler: ProxyHandler<Resource> = {
  get(target, key) {
    const c = current;
    if (c !== null && typeof key === 'string' && key !== 'id' && key !== 'kind') c.field(target.kind, key);
    return (target as unknown as Record<PropertyKey, unknown>)[key];
  },
  has(target, key) {
    const c = current;
    if (c !== null && typeof key === 'string' && key !== 'id' && key !== 'kind') c.field(target.kind, key);
    return key in target;
  },
  ownKeys(target) {
    current?.every(target.kind);
    return Reflect.ownKeys(target);
  },
  getOwnPropertyDescriptor(target, key) {
    current?.every(target.kind);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
};

function wrap<R>(r: R): R {
  const c = current;
  if (r === null || typeof r !== 'object' || c === null) return r;
  let p = c.proxies.get(r);
  if (!p) c.proxies.set(r, (p = new Proxy(r as unknown as Resource, handler)));
  return p as unknown as R;
}

/** Arrays the index and the context keep are wrapped once a recording; short ones (often built per call, `sgsOf`) every time. */
function wrapAll<R>(rs: readonly R[]): readonly R[] {
  const c = current;
  if (rs.length === 0 || c === null) return rs;
  if (rs.length <= 8) return rs.map(wrap);
  let p = c.arrays.get(rs);
  if (!p) c.arrays.set(rs, (p = rs.map(wrap) as unknown as readonly Resource[]));
  return p as unknown as readonly R[];
}

const COMPILED = new Map<string, ReadSet>(
  Object.entries(HELPER_READS).map(([name, h]: [string, HelperReads]) => [name, compileReads(h.reads)]),
);

/** `byId` as a rule sees it: iterating lists everything; `get` and `has` are lookups. */
class RecordingById implements ReadonlyMap<ResourceId, Resource> {
  constructor(
    private readonly index: DesignIndex,
    private readonly rec: Recorder,
  ) {}
  get size(): number {
    this.rec.everything();
    return this.index.byId.size;
  }
  get(id: ResourceId): Resource | undefined {
    return wrap(this.rec.lookupAny(this.index, id));
  }
  has(id: ResourceId): boolean {
    return this.rec.lookupAny(this.index, id) !== undefined;
  }
  *entries(): MapIterator<[ResourceId, Resource]> {
    this.rec.everything();
    for (const [id, r] of this.index.byId) yield [id, wrap(r)];
  }
  *keys(): MapIterator<ResourceId> {
    this.rec.everything();
    yield* this.index.byId.keys();
  }
  *values(): MapIterator<Resource> {
    this.rec.everything();
    for (const r of this.index.byId.values()) yield wrap(r);
  }
  forEach(fn: (value: Resource, key: ResourceId, map: ReadonlyMap<ResourceId, Resource>) => void, thisArg?: unknown) {
    for (const [id, r] of this.entries()) fn.call(thisArg, r, id, this);
  }
  [Symbol.iterator](): MapIterator<[ResourceId, Resource]> {
    return this.entries();
  }
}

function recordingDesign(design: Design, rec: Recorder): Design {
  return new Proxy(design, {
    get(target, key) {
      if (key === 'flows') rec.flows = true;
      else {
        rec.all = true;
        rec.any = true;
      }
      return (target as unknown as Record<PropertyKey, unknown>)[key];
    },
  });
}

function recordingIndex(index: DesignIndex, rec: Recorder): DesignIndex {
  const contained =
    <K extends ResourceKind>(kind: K, find: (id: ResourceId | null | undefined) => Resource | undefined) =>
    (id: ResourceId | null | undefined) => {
      rec.chain(index, id);
      rec.kind(kind);
      return wrap(find(id));
    };
  return {
    design: recordingDesign(index.design, rec),
    byId: new RecordingById(index, rec),
    get: (id) => wrap(rec.lookupAny(index, id)),
    getKind: (id, kind) => {
      rec.kind(kind);
      return wrap(index.getKind(id, kind));
    },
    ofKind: (kind) => {
      rec.kind(kind);
      return wrapAll(index.ofKind(kind));
    },
    children: (id) => {
      rec.everything();
      return wrapAll(index.children(id));
    },
    ancestor: (id, kind) => {
      rec.chain(index, id);
      rec.kind(kind);
      return wrap(index.ancestor(id, kind));
    },
    vpcOf: contained('vpc', index.vpcOf) as DesignIndex['vpcOf'],
    subnetOf: contained('subnet', index.subnetOf) as DesignIndex['subnetOf'],
    azOf: contained('az', index.azOf) as DesignIndex['azOf'],
    regionOf: contained('region', index.regionOf) as DesignIndex['regionOf'],
  };
}

/** A view of `ctx` that records into `rec` what is read through it. A new one per run, so caches keyed by the context record too. */
export function recordingContext(ctx: ValidationContext, rec: Recorder): ValidationContext {
  const view: Record<string, unknown> = {
    design: recordingDesign(ctx.design, rec),
    index: recordingIndex(ctx.index, rec),
  };
  for (const [name, h] of Object.entries(HELPER_READS) as [keyof typeof HELPER_READS, HelperReads][]) {
    const fn = ctx[name] as (...args: unknown[]) => unknown;
    const reads = COMPILED.get(name)!;
    view[name] = (...args: unknown[]) => {
      rec.add(reads);
      if (h.chain !== undefined) rec.chain(ctx.index, args[h.chain]);
      if (h.lookup !== undefined) {
        const r = rec.lookup(ctx.index, args[h.lookup]);
        if (r) for (const f of h.argFields ?? []) rec.field(r.kind, f);
      }
      const out = fn(...args);
      return h.returns === 'resource' ? wrap(out) : h.returns === 'resources' ? wrapAll(out as unknown[]) : out;
    };
  }
  return view as unknown as ValidationContext;
}

/** Run `check` on a recording view of `ctx`: its result and everything it read. */
export function recorded<T>(
  ctx: ValidationContext,
  check: (ctx: ValidationContext) => T,
): { value: T; reads: ReadSet } {
  const rec = new Recorder();
  const prev = current;
  current = rec;
  try {
    return { value: check(recordingContext(ctx, rec)), reads: rec };
  } finally {
    current = prev;
    rec.finish();
  }
}
