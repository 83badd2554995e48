/**
 * Pure transitions of the design document. The store calls these; each returns a new Design and
 * never mutates its input, so undo history can keep old snapshots by reference.
 */
import { indexDesign, sortParentsFirst, type DesignIndex } from './graph.ts';
import { newId, newRecordId } from './ids.ts';
import { ipToInt } from './cidr.ts';
import { heldElasticIp, nextFreeElasticIp, writtenElasticIps } from './publicIps.ts';
import { canContain } from './containment.ts';
import { INTERNET } from './kinds/index.ts';
import { copyWithReferences, withoutReferencesTo } from './refs.ts';
import type { Design, Flow, Position, Resource, ResourceId, ResourceKind, Size } from './types.ts';
import { isContainer } from './types.ts';

export type SizeOf = (r: Resource) => Size;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Absolute (canvas) position of a resource: the sum of its ancestors' relative positions. */
export function absolutePosition(index: DesignIndex, id: ResourceId): Position {
  let x = 0;
  let y = 0;
  let cur = index.get(id);
  for (let steps = 0; cur && steps <= index.byId.size; steps++) {
    x += cur.position.x;
    y += cur.position.y;
    cur = cur.parent == null ? undefined : index.get(cur.parent);
  }
  return { x, y };
}

export function absoluteRect(index: DesignIndex, id: ResourceId, sizeOf: SizeOf): Rect | null {
  const r = index.get(id);
  if (!r) return null;
  const p = absolutePosition(index, id);
  const s = sizeOf(r);
  return { x: p.x, y: p.y, width: s.width, height: s.height };
}

function replaceResources(design: Design, resources: readonly Resource[]): Design {
  return { ...design, resources };
}

export function addResource(design: Design, resource: Resource): Design {
  return replaceResources(design, sortParentsFirst([...design.resources, resource]));
}

/** Shallow-merge `patch` into one resource. `kind` and `id` cannot change. */
export function updateResource<R extends Resource>(design: Design, id: ResourceId, patch: Partial<R>): Design {
  let changed = false;
  const resources = design.resources.map((r) => {
    if (r.id !== id) return r;
    changed = true;
    return { ...r, ...patch, id: r.id, kind: r.kind } as Resource;
  });
  return changed ? replaceResources(design, resources) : design;
}

export function moveResources(design: Design, moves: ReadonlyMap<ResourceId, Position>): Design {
  if (moves.size === 0) return design;
  const resources = design.resources.map((r) => {
    const p = moves.get(r.id);
    return p && (p.x !== r.position.x || p.y !== r.position.y) ? ({ ...r, position: p } as Resource) : r;
  });
  return replaceResources(design, resources);
}

/** Children of a container that is re-parented keep their relative positions; only the moved node converts. */
export function reparent(design: Design, id: ResourceId, newParent: ResourceId | null, absolute: Position): Design {
  const index = indexDesign(design);
  const r = index.get(id);
  if (!r) return design;
  if (newParent !== null && (newParent === id || isAncestor(index, id, newParent))) return design;
  const parentAbs = newParent == null ? { x: 0, y: 0 } : absolutePosition(index, newParent);
  const position = { x: absolute.x - parentAbs.x, y: absolute.y - parentAbs.y };
  const resources = design.resources.map((x) =>
    x.id === id ? ({ ...x, parent: newParent, position } as Resource) : x,
  );
  return replaceResources(design, sortParentsFirst(resources));
}

/** True when `ancestorId` is a (strict) ancestor of `id`. */
export function isAncestor(index: DesignIndex, ancestorId: ResourceId, id: ResourceId): boolean {
  let cur = index.get(id);
  for (let steps = 0; cur && steps <= index.byId.size; steps++) {
    if (cur.parent === ancestorId) return true;
    cur = cur.parent == null ? undefined : index.get(cur.parent);
  }
  return false;
}

/** Remove every reference to `gone` from the other resources and flows. */
function dropReferences(resources: readonly Resource[], flows: readonly Flow[], gone: ReadonlySet<ResourceId>) {
  const kept = resources.map((r) => withoutReferencesTo(r, gone));
  const keptFlows = flows.filter((f) => !gone.has(f.from) && !gone.has(f.to) && !gone.has(f.id));
  return { resources: kept, flows: keptFlows };
}

/**
 * Delete resources and everything inside them; references to them are removed, except route
 * targets, which become blackhole routes as in AWS. Flows whose endpoint is deleted go too.
 */
export function removeResources(design: Design, ids: Iterable<ResourceId>): Design {
  const index = indexDesign(design);
  const gone = new Set<ResourceId>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (gone.has(id)) continue;
    gone.add(id);
    for (const c of index.children(id)) stack.push(c.id);
  }
  const flowIds = new Set(design.flows.map((f) => f.id));
  const removesSomething = [...gone].some((id) => index.byId.has(id) || flowIds.has(id));
  if (!removesSomething) return design;
  const { resources, flows } = dropReferences(
    design.resources.filter((r) => !gone.has(r.id)),
    design.flows,
    gone,
  );
  return { ...design, resources, flows };
}

/**
 * Copies of `roots` and everything inside them, with fresh ids. References between copied
 * resources point at the copies; references to resources outside the copy are kept (a copied
 * instance keeps its security groups), except route-table and NACL associations, which would give a
 * subnet two tables. Unique singletons (main route table, default NACL and SG) lose that flag.
 */
export function cloneSubtrees(
  source: readonly Resource[],
  roots: readonly ResourceId[],
  taken: ReadonlySet<ResourceId>,
): { resources: Resource[]; idMap: Map<ResourceId, ResourceId> } {
  const byParent = new Map<ResourceId | null, Resource[]>();
  const byId = new Map(source.map((r) => [r.id, r]));
  for (const r of source) {
    const k = byParent.get(r.parent);
    if (k) k.push(r);
    else byParent.set(r.parent, [r]);
  }
  const picked: Resource[] = [];
  const seen = new Set<ResourceId>();
  const rootSet = new Set(roots);
  // Skip roots that are inside another root: they are copied with it.
  const topRoots = roots.filter((id) => {
    let cur = byId.get(id);
    // A parent cycle cannot come from a file (the reader refuses it) but must not hang an edit.
    const walked = new Set<ResourceId>();
    while (cur && cur.parent && !walked.has(cur.id)) {
      walked.add(cur.id);
      if (cur.parent !== id && rootSet.has(cur.parent)) return false;
      cur = byId.get(cur.parent);
    }
    return byId.has(id);
  });
  const stack = [...topRoots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const r = byId.get(id);
    if (!r) continue;
    picked.push(r);
    for (const c of byParent.get(id) ?? []) stack.push(c.id);
  }
  const used = new Set(taken);
  const idMap = new Map<ResourceId, ResourceId>();
  for (const r of picked) {
    const id = newId(r.kind, used);
    used.add(id);
    idMap.set(r.id, id);
  }
  const resources = picked.map((r) => {
    const remapped = copyWithReferences(r, idMap, true);
    const base = {
      ...remapped,
      id: idMap.get(r.id)!,
      parent: r.parent && idMap.has(r.parent) ? idMap.get(r.parent)! : r.parent,
    };
    return base as Resource;
  });
  return { resources: sortParentsFirst(resources), idMap };
}

/**
 * An Elastic IP belongs to one resource at a time: a copy holding an address that the design (or an
 * earlier copy) already uses gets the next free one.
 */
function freshElasticIps(existing: readonly Resource[], copies: readonly Resource[]): Resource[] {
  const used = writtenElasticIps(existing);
  return copies.map((r) => {
    const eip = heldElasticIp(r);
    const n = eip === null ? null : ipToInt(eip);
    if (n === null) return r;
    if (!used.has(n)) {
      used.add(n);
      return r;
    }
    const next = nextFreeElasticIp(used);
    used.add(ipToInt(next)!);
    return { ...r, elasticIp: next } as Resource;
  });
}

/**
 * Duplicate (or paste) resources: copies are placed in `parent` (default: the original's parent)
 * shifted by `offset`, and flows between copied resources are copied too.
 */
export function insertCopies(
  design: Design,
  clipboard: { resources: readonly Resource[]; flows: readonly Flow[]; roots: readonly ResourceId[] },
  offset: Position,
): { design: Design; newRoots: ResourceId[] } {
  const index = indexDesign(design);
  const cloned = cloneSubtrees(clipboard.resources, clipboard.roots, new Set(index.byId.keys()));
  const { idMap } = cloned;
  const resources = freshElasticIps(design.resources, cloned.resources);
  const newRootIds = new Set(clipboard.roots.map((id) => idMap.get(id)).filter((x): x is string => !!x));
  const placed = resources
    .map((r) => {
      if (!newRootIds.has(r.id)) return r;
      // A root whose parent no longer exists (or cannot hold it) cannot be pasted.
      const parent = r.parent == null ? null : (index.get(r.parent) ?? null);
      if (r.parent != null && (!parent || !canContain(parent.kind, r.kind))) return null;
      return { ...r, position: { x: r.position.x + offset.x, y: r.position.y + offset.y } } as Resource;
    })
    .filter((r): r is Resource => r !== null);
  const placedIds = new Set(placed.map((r) => r.id));
  const survivors = placed.filter((r) => r.parent == null || placedIds.has(r.parent) || index.byId.has(r.parent));
  const flows: Flow[] = clipboard.flows
    .filter((f) => idMap.has(f.from) || idMap.has(f.to))
    .map((f) => ({ ...f, id: newRecordId('flow'), from: idMap.get(f.from) ?? f.from, to: idMap.get(f.to) ?? f.to }))
    .filter(
      (f) =>
        (f.from === INTERNET || index.byId.has(f.from) || placedIds.has(f.from)) &&
        (f.to === INTERNET || index.byId.has(f.to) || placedIds.has(f.to)),
    );
  const next = {
    ...design,
    resources: sortParentsFirst([...design.resources, ...survivors]),
    flows: [...design.flows, ...flows],
  };
  return { design: next, newRoots: [...newRootIds].filter((id) => placedIds.has(id)) };
}

/**
 * Grow containers so each holds its children with padding, deepest first. Containers never
 * shrink here (a user's deliberate extra space is kept); children at negative offsets push the
 * container's origin so nothing ends up outside it.
 */
export function fitContainers(design: Design, sizeOf: SizeOf, pad: { side: number; top: number }): Design {
  const index = indexDesign(design);
  const updated = new Map<ResourceId, Resource>();
  const get = (id: ResourceId) => updated.get(id) ?? index.get(id)!;
  const depth = (r: Resource) => {
    let d = 0;
    let cur: Resource | undefined = r;
    while (cur && cur.parent && d <= index.byId.size) {
      d++;
      cur = index.get(cur.parent);
    }
    return d;
  };
  const containers = design.resources.filter(isContainer).sort((a, b) => depth(b) - depth(a));
  for (const c0 of containers) {
    const c = get(c0.id);
    if (!isContainer(c)) continue;
    const kids = index.children(c.id).map((k) => get(k.id));
    if (kids.length === 0) continue;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const k of kids) {
      const s = sizeOf(k);
      minX = Math.min(minX, k.position.x);
      minY = Math.min(minY, k.position.y);
      maxX = Math.max(maxX, k.position.x + s.width);
      maxY = Math.max(maxY, k.position.y + s.height);
    }
    // Shift children right/down when they stick out at the left/top, and move the container to match.
    const shiftX = Math.max(0, pad.side - minX);
    const shiftY = Math.max(0, pad.top - minY);
    if (shiftX || shiftY) {
      for (const k of kids)
        updated.set(k.id, { ...k, position: { x: k.position.x + shiftX, y: k.position.y + shiftY } } as Resource);
    }
    const width = Math.max(c.size.width, maxX + shiftX + pad.side);
    const height = Math.max(c.size.height, maxY + shiftY + pad.side);
    if (width !== c.size.width || height !== c.size.height || shiftX || shiftY) {
      updated.set(c.id, {
        ...c,
        size: { width, height },
        position: { x: c.position.x - shiftX, y: c.position.y - shiftY },
      } as Resource);
      pushSiblings(c, width - c.size.width, height - c.size.height);
    }
  }
  /**
   * A container that grew pushes the siblings below it down and those to its right further right,
   * so growing never covers a neighbour (a subnet growing over the next subnet in its AZ).
   */
  function pushSiblings(c: Resource & { size: Size }, dw: number, dh: number) {
    if (dw <= 0 && dh <= 0) return;
    const bottom = c.position.y + c.size.height;
    const right = c.position.x + c.size.width;
    for (const s0 of index.children(c.parent)) {
      if (s0.id === c.id) continue;
      const s = get(s0.id);
      const ss = sizeOf(s);
      const overlapsX = s.position.x < right && c.position.x < s.position.x + ss.width;
      const overlapsY = s.position.y < bottom && c.position.y < s.position.y + ss.height;
      if (dh > 0 && overlapsX && s.position.y >= bottom - 1) {
        updated.set(s.id, { ...s, position: { x: s.position.x, y: s.position.y + dh } } as Resource);
      } else if (dw > 0 && overlapsY && s.position.x >= right - 1) {
        updated.set(s.id, { ...s, position: { x: s.position.x + dw, y: s.position.y } } as Resource);
      }
    }
  }
  if (updated.size === 0) return design;
  return { ...design, resources: design.resources.map((r) => updated.get(r.id) ?? r) };
}

/**
 * The container a `kind` dropped at the absolute point `at` would land in: the deepest container
 * under the point. Returns the candidate and whether AWS nesting allows it.
 */
export function dropTargetAt(
  design: Design,
  kind: ResourceKind,
  at: Position,
  sizeOf: SizeOf,
  exclude: ReadonlySet<ResourceId> = new Set(),
): { parent: Resource | null; allowed: boolean } {
  const index = indexDesign(design);
  let best: Resource | null = null;
  let bestDepth = -1;
  for (const r of design.resources) {
    if (!isContainer(r) || exclude.has(r.id)) continue;
    // A node cannot be dropped into its own subtree.
    if ([...exclude].some((e) => isAncestor(index, e, r.id))) continue;
    const rect = absoluteRect(index, r.id, sizeOf);
    if (!rect) continue;
    if (at.x < rect.x || at.y < rect.y || at.x > rect.x + rect.width || at.y > rect.y + rect.height) continue;
    let d = 0;
    for (let cur = r.parent; cur && d <= index.byId.size; cur = index.get(cur)?.parent ?? null) d++;
    if (d > bestDepth) {
      best = r;
      bestDepth = d;
    }
  }
  // If the deepest container cannot hold it, an enclosing one that can is the better target
  // (an AZ dropped on a subnet's area lands in the VPC holding that subnet).
  let cand: Resource | null = best;
  while (cand && !canContain(cand.kind, kind)) cand = cand.parent ? (index.get(cand.parent) ?? null) : null;
  if (cand) return { parent: cand, allowed: true };
  return { parent: best, allowed: canContain(best ? best.kind : null, kind) };
}
