/**
 * What the canvas needs of the flows' geometry before any flow is routed: where the Internet node
 * sits, a flow's label, and the SVG path of a routed flow. The router itself (flowRoutes.ts,
 * route.ts) is a chunk of its own, loaded by useFlowRoutes.ts when there are flows to route.
 */
import { type Design, type IpProtocol, type Position, WELL_KNOWN_PROTOCOLS, isPorted } from '../model/index.ts';
import type { Point } from './route.ts';

/** Height of a container's header strip (styles.css .vt-group__header): names and chips live there. */
export const HEADER_STRIP = 32;
export const INTERNET_SIZE = { width: 120, height: 92 };

export interface FlowRoute {
  readonly points: readonly Point[];
  readonly label: Point;
}

/** Where the Internet node sits: left of everything, a little below the top (project.ts). */
export function internetPosition(design: Design): Position {
  let minX = Infinity;
  let minY = Infinity;
  for (const r of design.resources)
    if (r.parent === null) {
      minX = Math.min(minX, r.position.x);
      minY = Math.min(minY, r.position.y);
    }
  return { x: (Number.isFinite(minX) ? minX : 0) - 200, y: (Number.isFinite(minY) ? minY : 0) + 40 };
}

/** The flow label's text (project.ts uses the same for the edge). */
export function flowLabelText(protocol: IpProtocol, port: number): string {
  if (typeof protocol === 'number')
    return Object.hasOwn(WELL_KNOWN_PROTOCOLS, protocol) ? WELL_KNOWN_PROTOCOLS[protocol]! : `PROTO ${protocol}`;
  return `${protocol === 'all' ? 'ALL' : protocol.toUpperCase()} ${isPorted(protocol) ? port : ''}`.trim();
}

/** An SVG path through the points with rounded corners. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let k = 1; k < points.length; k++) {
    const p = points[k]!;
    const a = points[k - 1]!;
    const b = points[k + 1];
    if (!b) {
      d += ` L${p.x},${p.y}`;
      break;
    }
    const r = Math.min(radius, Math.hypot(p.x - a.x, p.y - a.y) / 2, Math.hypot(b.x - p.x, b.y - p.y) / 2);
    const ux = Math.sign(p.x - a.x);
    const uy = Math.sign(p.y - a.y);
    const vx = Math.sign(b.x - p.x);
    const vy = Math.sign(b.y - p.y);
    d += ` L${p.x - ux * r},${p.y - uy * r} Q${p.x},${p.y} ${p.x + vx * r},${p.y + vy * r}`;
  }
  return d;
}
