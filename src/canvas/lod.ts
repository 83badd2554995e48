/**
 * Semantic level of detail (issue #17: 5,000 resources at 30 frames a second, 20,000 open).
 *
 * Zoomed out, a resource's own text is too small to read, and mounting it as a React Flow DOM node
 * costs a frame budget for nothing: a large estate at its fitted zoom held 1,669 nodes in view.
 * Instead, what cannot be read is summarised: a subnet (or, further out, a VPC) is one box with
 * what it holds counted by kind and its worst finding, drawn on one canvas layer (LodLayer.tsx);
 * React Flow gets one transparent box per container still on screen, so selecting, dragging and
 * the inspector work where the user can see. Zoomed in past the legibility threshold, the
 * resources mount again. A container the user collapses by hand is summarised at every zoom.
 *
 * Thresholds, from what can be read (styles.css):
 * - a leaf's name is 12 px: below zoom 0.4 it is under 5 px on screen, so leaves are not mounted
 *   and each subnet shows as a summary;
 * - a subnet summary needs a 10 px name line and a 10 px counts line (about 29 px of its 160 unit
 *   height): below zoom 0.18 it has not, so each VPC shows as one summary instead.
 * Designs of up to LOD_MIN_RESOURCES resources are drawn in full at every zoom (they are cheap,
 * and a handful of resources should not vanish on a small zoom-out); hand-collapsed containers
 * still apply. Everything here is pure.
 */
import {
  absolutePosition,
  indexDesign,
  isContainer,
  type Design,
  type Position,
  type Resource,
  type ResourceId,
  type ResourceKind,
} from '../model/index.ts';

/** Below this zoom, leaves are not mounted and subnets are summarised. */
export const LEAF_ZOOM = 0.4;
/** Below this zoom, VPCs are summarised (a subnet's summary would not fit its box). */
export const VPC_ZOOM = 0.18;
/** Up to this many resources, a design is drawn in full at every zoom (the viewport culling threshold too). */
export const LOD_MIN_RESOURCES = 400;

export type Lod = 'detail' | 'subnets' | 'vpcs';

/** The level of detail at `zoom` for a design of `resources` resources. */
export function lodAt(zoom: number, resources: number): Lod {
  if (resources <= LOD_MIN_RESOURCES || zoom >= LEAF_ZOOM) return 'detail';
  return zoom >= VPC_ZOOM ? 'subnets' : 'vpcs';
}

export interface LodPlan {
  readonly level: Lod;
  /** Containers shown as one box with counts (the zoom says so, or the user collapsed them). */
  readonly summarised: ReadonlySet<ResourceId>;
  /** Resources not given to React Flow: inside a summarised box, or a leaf zoomed out past legibility. */
  readonly hidden: ReadonlySet<ResourceId>;
  /** For each hidden resource, the box on screen that stands for it (its nearest shown ancestor), if any. */
  readonly standIn: ReadonlyMap<ResourceId, ResourceId>;
}

const EMPTY_PLAN: LodPlan = { level: 'detail', summarised: new Set(), hidden: new Set(), standIn: new Map() };

/** Whether container `r` is summarised at `level` (or collapsed by hand). */
function summarisedAt(r: Resource, level: Lod, collapsed: ReadonlySet<ResourceId>): boolean {
  if (collapsed.has(r.id)) return true;
  if (level === 'detail') return false;
  return r.kind === 'subnet' || (level === 'vpcs' && r.kind === 'vpc');
}

/**
 * What is summarised and what is hidden at `level`, given the containers collapsed by hand.
 * Parents come before their children in a design (model/types.ts), so one pass decides.
 */
export function planLod(design: Design, level: Lod, collapsed: ReadonlySet<ResourceId>): LodPlan {
  if (level === 'detail' && collapsed.size === 0) return EMPTY_PLAN;
  const summarised = new Set<ResourceId>();
  const hidden = new Set<ResourceId>();
  const standIn = new Map<ResourceId, ResourceId>();
  for (const r of design.resources) {
    const p = r.parent;
    if (p && (hidden.has(p) || summarised.has(p))) {
      hidden.add(r.id);
      const s = summarised.has(p) ? p : standIn.get(p);
      if (s) standIn.set(r.id, s);
    } else if (isContainer(r)) {
      if (summarisedAt(r, level, collapsed)) summarised.add(r.id);
    } else if (level !== 'detail') {
      hidden.add(r.id);
      if (p) standIn.set(r.id, p);
    }
  }
  return { level, summarised, hidden, standIn };
}

/** The id of the box on screen that stands for `id`: itself when shown, its stand-in when hidden, else null. */
export function shownAs(plan: LodPlan, id: string): string | null {
  if (!plan.hidden.has(id)) return id;
  return plan.standIn.get(id) ?? null;
}

/**
 * `nodes` with the dragged ones where a drag has them (`dragging` holds absolute positions, made
 * relative to each node's parent); every other node keeps its identity, so React Flow updates only
 * the dragged ones. Zoomed out, this is all a mouse move changes (Canvas.tsx).
 */
export function dragInPlace<N extends { id: string; position: Position }>(
  nodes: readonly N[],
  dragging: ReadonlyMap<ResourceId, Position>,
  design: Design,
): N[] {
  const index = indexDesign(design);
  return nodes.map((n) => {
    const d = dragging.get(n.id);
    if (!d) return n;
    const r = index.get(n.id);
    const pa = r?.parent ? absolutePosition(index, r.parent) : { x: 0, y: 0 };
    return { ...n, position: { x: d.x - pa.x, y: d.y - pa.y } };
  });
}

/** Kinds that can end an edge on the canvas (they carry a handle: canvas/project.ts `handlesOf`). */
const EDGE_END_CONTAINERS: ReadonlySet<ResourceKind> = new Set(['vpc', 'subnet']);

/**
 * Edges re-routed to the boxes that stand for their ends: an edge into a collapsed or summarised
 * container ends at that box. Dropped when an end has no box on screen, when both ends land in the
 * same box, or when the box is a region or zone (they take no edges). A re-routed edge loses its
 * route around the nodes (it was planned for ends that are not drawn) and says it was re-routed.
 */
export function rerouteEdges<E extends { id: string; source: string; target: string; data?: Record<string, unknown> }>(
  edges: readonly E[],
  plan: LodPlan,
  kindOf: (id: string) => ResourceKind | undefined,
): E[] {
  if (plan.hidden.size === 0) return edges as E[];
  const out: E[] = [];
  const usable = (id: string, was: string) => id === was || EDGE_END_CONTAINERS.has(kindOf(id)!);
  for (const e of edges) {
    const s = shownAs(plan, e.source);
    const t = shownAs(plan, e.target);
    if (!s || !t || s === t || !usable(s, e.source) || !usable(t, e.target)) continue;
    if (s === e.source && t === e.target) {
      out.push(e);
      continue;
    }
    const data = e.data ? { ...e.data, route: undefined, rerouted: true } : { rerouted: true };
    out.push({ ...e, source: s, target: t, data });
  }
  return out;
}

export type Severity = 'error' | 'warning' | 'info';
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface ContainerSummary {
  /** What the container holds (at any depth), by kind, in KIND_ORDER; kinds it has none of are left out. */
  readonly counts: readonly (readonly [ResourceKind, number])[];
  /** How many resources it holds in all. */
  readonly total: number;
  /** The worst finding on it or anything inside it, or null. */
  readonly worst: Severity | null;
  /** How many findings it and what it holds have. */
  readonly findings: number;
}

/** The order kinds are listed in a summary: what a reader looks for first. */
export const KIND_ORDER: readonly ResourceKind[] = [
  'az',
  'subnet',
  'instance',
  'loadBalancer',
  'rds',
  'nat',
  'igw',
  'peering',
  'securityGroup',
  'routeTable',
  'nacl',
  'prefixList',
  'external',
];

/**
 * Each container's summary: counts by kind of everything inside it, at any depth, and the worst
 * finding on it or inside it. One pass up the parent chain per resource: O(resources × depth).
 */
export function summarise(
  design: Design,
  findings: ReadonlyMap<string, { readonly severity: Severity; readonly count: number }>,
): Map<ResourceId, ContainerSummary> {
  const parentOf = new Map<ResourceId, ResourceId | null>();
  const counts = new Map<ResourceId, Map<ResourceKind, number>>();
  const worst = new Map<ResourceId, Severity | null>();
  const nFindings = new Map<ResourceId, number>();
  for (const r of design.resources) {
    parentOf.set(r.id, r.parent);
    if (isContainer(r)) {
      counts.set(r.id, new Map());
      const f = findings.get(r.id);
      worst.set(r.id, f?.severity ?? null);
      nFindings.set(r.id, f?.count ?? 0);
    }
  }
  for (const r of design.resources) {
    const f = findings.get(r.id);
    const seen = new Set<ResourceId>();
    for (let p = r.parent; p && !seen.has(p); p = parentOf.get(p) ?? null) {
      seen.add(p); // a cycle in a damaged design must not loop
      const c = counts.get(p);
      if (!c) continue;
      c.set(r.kind, (c.get(r.kind) ?? 0) + 1);
      if (f) {
        const w = worst.get(p) ?? null;
        if (!w || RANK[f.severity] > RANK[w]) worst.set(p, f.severity);
        nFindings.set(p, (nFindings.get(p) ?? 0) + f.count);
      }
    }
  }
  const out = new Map<ResourceId, ContainerSummary>();
  for (const [id, c] of counts) {
    const listed = KIND_ORDER.filter((k) => c.has(k)).map((k) => [k, c.get(k)!] as const);
    for (const [k, n] of c) if (!KIND_ORDER.includes(k)) listed.push([k, n]);
    let total = 0;
    for (const n of c.values()) total += n;
    out.set(id, { counts: listed, total, worst: worst.get(id) ?? null, findings: nFindings.get(id) ?? 0 });
  }
  return out;
}
