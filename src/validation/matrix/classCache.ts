/**
 * The access engine's per-class results (AccessEngine.classBetween), kept from one context to the
 * next while nothing they read changed: the design's resources are immutable objects, so a
 * resource that is the same object is unchanged.
 *
 * A class pair's access reads the path (routes, gateways, NACLs, blocks: every resource but the
 * security groups), the security groups on the way and of the two endpoints, and the class
 * boundaries. So when a new context's design differs from the last one's only in the rules of
 * some security groups (same ids, same order, same class boundaries), every result that read
 * none of them still holds and is taken over; any other change starts afresh. Only the newest
 * context owns the results: an older one that asks again computes anew (never a newer answer).
 */
import type { Design, Resource } from '../../model/types.ts';
import type { ValidationContext } from '../context.ts';
import type { Access } from './access.ts';
import { ALL, type TrafficSet } from './trafficSet.ts';

interface Snapshot {
  readonly design: Design;
  /** Every resource but the security groups, in order. */
  readonly others: readonly Resource[];
  /** The security groups by id, and their ids in order. */
  readonly groups: ReadonlyMap<string, Resource>;
  readonly order: readonly string[];
  readonly starts: readonly number[];
}

/** Fields of a security group that do not change what it lets through or who is in it. */
const RULES = new Set(['ingress', 'egress', 'name', 'position', 'description']);

export class ClassCache {
  /** Owned while this is the newest context's cache; handed over to the next one. */
  results = new Map<string, Access>();
  /** The keys of `results` that read each security group. */
  readers = new Map<string, Set<string>>();

  get(key: string): Access | undefined {
    return this.results.get(key);
  }

  set(key: string, access: Access, groups: Iterable<string>): void {
    this.results.set(key, access);
    for (const g of groups) {
      let s = this.readers.get(g);
      if (!s) this.readers.set(g, (s = new Set()));
      s.add(key);
    }
  }
}

let last: { snapshot: Snapshot; cache: ClassCache } | undefined;

function snapshotOf(design: Design, starts: readonly number[]): Snapshot | null {
  const others: Resource[] = [];
  const groups = new Map<string, Resource>();
  const order: string[] = [];
  const resources = Array.isArray(design.resources) ? design.resources : [];
  for (const r of resources) {
    if (r && r.kind === 'securityGroup') {
      if (groups.has(r.id)) return null;
      groups.set(r.id, r);
      order.push(r.id);
    } else others.push(r);
  }
  return { design, others, groups, order, starts };
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function besidesRules(r: Resource): string {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!RULES.has(k)) rest[k] = v;
  return JSON.stringify(rest);
}

/** The security groups whose rules alone changed from `a` to `b`, or null when anything else did. */
export function changedGroups(a: Snapshot, b: Snapshot): Set<string> | null {
  if (!sameArray(a.starts, b.starts) || !sameArray(a.others, b.others) || !sameArray(a.order, b.order)) return null;
  const keys = new Set([...Object.keys(a.design), ...Object.keys(b.design)]);
  for (const k of keys) {
    if (k === 'resources' || k === 'intents') continue;
    if ((a.design as unknown as Record<string, unknown>)[k] !== (b.design as unknown as Record<string, unknown>)[k])
      return null;
  }
  const changed = new Set<string>();
  for (const [id, g] of b.groups) {
    const before = a.groups.get(id)!;
    if (before === g) continue;
    if (besidesRules(before) !== besidesRules(g)) return null;
    changed.add(id);
  }
  return changed;
}

/** The cache of a new context: the last context's results that an edit cannot have touched, else empty. */
export function classCacheFor(ctx: ValidationContext, starts: () => readonly number[]): ClassCache {
  const cache = new ClassCache();
  let snapshot: Snapshot | null;
  try {
    snapshot = snapshotOf(ctx.design, starts());
  } catch {
    snapshot = null;
  }
  if (!snapshot) return cache;
  const prev = last;
  const changed = prev ? changedGroups(prev.snapshot, snapshot) : null;
  if (prev && changed) {
    // Take the results over (the older context keeps an empty cache), less those that read a changed group.
    cache.results = prev.cache.results;
    cache.readers = prev.cache.readers;
    prev.cache.results = new Map();
    prev.cache.readers = new Map();
    for (const id of changed) {
      for (const key of cache.readers.get(id) ?? []) cache.results.delete(key);
      cache.readers.delete(id);
    }
  }
  last = { snapshot, cache };
  return cache;
}

/** Forget the kept results (tests compare against a computation from scratch). */
export function resetClassCache(): void {
  last = undefined;
}

const withinKeys = new WeakMap<TrafficSet, string>();

/** A text key of a traffic set (normalised plain data, so equal sets give equal keys). */
export function withinKey(t: TrafficSet): string {
  if (t === ALL) return 'all';
  let k = withinKeys.get(t);
  if (k === undefined) withinKeys.set(t, (k = JSON.stringify(t)));
  return k;
}
