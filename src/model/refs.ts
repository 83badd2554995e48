/**
 * The id references a resource holds, handled for every kind from its definition's `refs`
 * (./kinds/define.ts): what a delete removes, what a copy remaps, and what the reader checks.
 */
import { kindDef, type RefField } from './kinds/index.ts';
import { newRecordId } from './ids.ts';
import type { Resource, ResourceId } from './types.ts';

type Loose = Record<string, unknown>;
type Rec = Readonly<Record<string, unknown>>;

/** Every reference field of a resource's kind. */
function refFields(r: Resource): readonly RefField[] {
  return kindDef(r.kind).refs;
}

/**
 * `r` without references to `gone` (the same object when it has none): ids are removed from lists,
 * single references become null, records whose reference is dropped are removed, and references
 * the kind keeps on delete (a route's target: a blackhole, as AWS keeps it) stay.
 */
export function withoutReferencesTo(r: Resource, gone: ReadonlySet<ResourceId>): Resource {
  let patch: Loose | null = null;
  const obj = r as unknown as Loose;
  for (const ref of refFields(r)) {
    const v = obj[ref.field];
    if (ref.shape === 'single') {
      if (typeof v === 'string' && gone.has(v)) (patch ??= {})[ref.field] = null;
    } else if (ref.shape === 'list') {
      if (Array.isArray(v) && v.some((id) => gone.has(id))) (patch ??= {})[ref.field] = v.filter((id) => !gone.has(id));
    } else if (ref.onDelete === 'drop' && Array.isArray(v)) {
      const hit = (rec: Rec) => typeof rec?.[ref.key] === 'string' && gone.has(rec[ref.key] as string);
      if (v.some(hit)) (patch ??= {})[ref.field] = v.filter((rec) => !hit(rec));
    }
  }
  return patch ? ({ ...r, ...patch } as Resource) : r;
}

/**
 * A copy of `r` whose references go through `map` (ids not in it are kept), its sub-records with
 * fresh ids, and the fields its kind resets on copy (a copy of the main route table is not main).
 * With `dropUnmappedAssociations`, association lists keep only mapped ids: a copied route table
 * must not take the original's subnets, which would give a subnet two tables.
 */
export function copyWithReferences(
  r: Resource,
  map: ReadonlyMap<ResourceId, ResourceId>,
  dropUnmappedAssociations: boolean,
): Resource {
  const def = kindDef(r.kind);
  const m = (id: ResourceId) => map.get(id) ?? id;
  const obj = r as unknown as Loose;
  const patch: Loose = {};
  for (const [field, prefix] of Object.entries(def.records ?? {})) {
    const v = obj[field];
    if (Array.isArray(v)) patch[field] = v.map((rec: Rec) => ({ ...rec, id: newRecordId(prefix) }));
  }
  for (const ref of def.refs) {
    const v = (patch[ref.field] ?? obj[ref.field]) as unknown;
    if (ref.shape === 'single') {
      patch[ref.field] = typeof v === 'string' ? m(v) : v;
    } else if (ref.shape === 'list') {
      if (!Array.isArray(v)) continue;
      patch[ref.field] = ref.association && dropUnmappedAssociations ? v.filter((id) => map.has(id)).map(m) : v.map(m);
    } else if (Array.isArray(v)) {
      patch[ref.field] = v.map((rec: Rec) => {
        const id = rec?.[ref.key];
        return typeof id === 'string' && !ref.special?.includes(id) ? { ...rec, [ref.key]: m(id) } : rec;
      });
    }
  }
  return { ...r, ...patch, ...(def.resetOnCopy ?? {}) } as Resource;
}
