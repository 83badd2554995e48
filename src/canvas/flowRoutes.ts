/**
 * Routes for every traffic flow on the canvas, and where their labels go: the document's
 * geometry (plus live drag positions) in, polylines and label centres in canvas coordinates out.
 * Pure: the projection hands the result to the flow edges (edges/edges.tsx).
 */
import { type Design, type Position, type ResourceId, INTERNET, indexDesign, isContainer } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import { type Rect, labelSize, placeLabel, routeOrthogonal } from './route.ts';
import { subnetGroupMarkers } from './spans.ts';
import { HEADER_STRIP, INTERNET_SIZE, flowLabelText, internetPosition, type FlowRoute } from './flowGeometry.ts';

export type { FlowRoute };

/**
 * Absolute rectangles of every resource, following live drag positions (absolute, for the dragged
 * roots; their contents move with them).
 */
export function absoluteRects(
  design: Design,
  dragging: ReadonlyMap<ResourceId, Position> | null = null,
): Map<ResourceId, Rect> {
  const index = indexDesign(design);
  const abs = new Map<ResourceId, Position>();
  const at = (id: ResourceId, depth = 0): Position => {
    const known = abs.get(id);
    if (known) return known;
    const r = index.get(id);
    if (!r) return { x: 0, y: 0 };
    const d = dragging?.get(id);
    let p: Position;
    if (d) p = d;
    else if (r.parent && depth < index.byId.size) {
      const pa = at(r.parent, depth + 1);
      p = { x: pa.x + r.position.x, y: pa.y + r.position.y };
    } else p = r.position;
    abs.set(id, p);
    return p;
  };
  const out = new Map<ResourceId, Rect>();
  for (const r of design.resources) {
    const p = at(r.id);
    const s = sizeOf(r);
    out.set(r.id, { x: p.x, y: p.y, width: s.width, height: s.height });
  }
  return out;
}

/**
 * Every flow's route and label, clear of every node (the markers of databases spanning subnets
 * too, spans.ts) and of the other labels. `extra`: more boxes to keep clear.
 */
export function routeFlows(
  design: Design,
  dragging: ReadonlyMap<ResourceId, Position> | null = null,
  extraBoxes: readonly Rect[] = [],
): Map<string, FlowRoute> {
  const router = flowRouter(design, dragging, extraBoxes);
  while (router.step());
  return router.routes;
}

/** Routes the flows of a design one at a time, in order, with the same answer as `routeFlows`. */
export interface FlowRouter {
  /** Flows routed so far, by id. */
  readonly routes: Map<string, FlowRoute>;
  /** How many of the design's flows have been looked at. */
  readonly done: number;
  readonly total: number;
  /** Route the next flow; false once every flow has been routed. */
  step(): boolean;
}

/**
 * `routeFlows` a flow at a time, so a caller can spread a large design's flows over several
 * tasks (useFlowRoutes.ts) and the page keeps answering input meanwhile.
 */
export function flowRouter(
  design: Design,
  dragging: ReadonlyMap<ResourceId, Position> | null = null,
  extraBoxes: readonly Rect[] = [],
): FlowRouter {
  const out = new Map<string, FlowRoute>();
  const flows = design.flows;
  let next = 0;
  let prepared: ((f: Design['flows'][number]) => void) | null = null;
  const prepare = () => {
    let extra = extraBoxes;
    const rects = absoluteRects(design, dragging);
    const ip = internetPosition(design);
    const internet: Rect = { ...ip, ...INTERNET_SIZE };
    const leaves: { id: string; rect: Rect }[] = [{ id: INTERNET, rect: internet }];
    const headers: Rect[] = [];
    for (const r of design.resources) {
      const rect = rects.get(r.id)!;
      if (isContainer(r)) headers.push({ x: rect.x, y: rect.y, width: rect.width, height: HEADER_STRIP });
      else leaves.push({ id: r.id, rect });
    }
    for (const m of subnetGroupMarkers(design)) {
      const s = rects.get(m.subnetId);
      if (s) extra = [...extra, { x: s.x + m.position.x, y: s.y + m.position.y, ...INTERNET_SIZE }];
    }
    // The same two lists for every flow, so the router indexes them once (route.ts, RectGrid).
    const obstacles = [...leaves.map((l) => l.rect), ...extra];
    const avoid = [...obstacles, ...headers];
    const placed: Rect[] = [];
    const used = new Set<string>();
    const rectOf = (id: string) => (id === INTERNET ? internet : rects.get(id));
    return (f: Design['flows'][number]) => {
      const a = rectOf(f.from);
      const b = rectOf(f.to);
      if (!a || !b || f.from === f.to) return;
      const from = { x: a.x + a.width, y: a.y + a.height / 2 };
      const to = { x: b.x, y: b.y + b.height / 2 };
      // The two ends are obstacles too: a route never doubles back across its own source or target.
      const points = routeOrthogonal(from, to, obstacles, { soft: headers, used });
      const size = labelSize(`✓ ${flowLabelText(f.protocol, f.port)}`);
      const label = placeLabel(points, size, avoid, placed);
      placed.push({ x: label.x - size.width / 2, y: label.y - size.height / 2, ...size });
      out.set(f.id, { points, label });
    };
  };
  return {
    routes: out,
    get done() {
      return next;
    },
    total: flows.length,
    step() {
      if (next >= flows.length) return false;
      prepared ??= prepare();
      prepared(flows[next++]!);
      return next < flows.length;
    },
  };
}
