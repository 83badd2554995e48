import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps, type Edge } from '@xyflow/react';
import type { FlowEdgeData } from '../project.ts';
import { roundedPath } from '../flowGeometry.ts';
import type { Point } from '../route.ts';

/**
 * The routed polyline (flowRoutes.ts) pinned to the handle points React Flow measured; null when
 * the two disagree by more than a few pixels (a node mid-resize), and the edge falls back to a step.
 */
function pinned(points: readonly Point[] | undefined, sx: number, sy: number, tx: number, ty: number): Point[] | null {
  if (!points || points.length < 2) return null;
  const a = points[0]!;
  const b = points[points.length - 1]!;
  if (Math.abs(a.x - sx) > 6 || Math.abs(a.y - sy) > 6 || Math.abs(b.x - tx) > 6 || Math.abs(b.y - ty) > 6) return null;
  const out = points.map((p) => ({ ...p }));
  // The first and last pieces are horizontal (out of the right handle, into the left one).
  out[0] = { x: sx, y: sy };
  if (out.length > 2) out[1] = { x: out[1]!.x, y: sy };
  out[out.length - 1] = { x: tx, y: ty };
  if (out.length > 2) out[out.length - 2] = { x: out[out.length - 2]!.x, y: ty };
  return out;
}

/** The mark before a flow's label, by what it shows (FlowVerdict; `pending` until analysed). */
const MARK = { ok: '✓', denied: '⊘', blocked: '✕', leak: '⚠', unknown: '?', pending: '…' } as const;

/**
 * An intended traffic flow: green when it behaves as drawn (gets through, or is blocked when drawn to
 * be), red when not, amber when the design does not say.
 */
function FlowEdgeImpl(props: EdgeProps<Edge<FlowEdgeData>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const route = pinned(data?.route?.points, sourceX, sourceY, targetX, targetY);
  let path: string;
  let lx: number;
  let ly: number;
  if (route && data?.route) {
    path = roundedPath(route, 10);
    ({ x: lx, y: ly } = data.route.label);
  } else {
    [path, lx, ly] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  }
  const state = data?.verdict ?? 'pending';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`vt-flow vt-flow--${state}${selected ? ' vt-flow--selected' : ''}`}
        markerEnd={`url(#vt-arrow-${state})`}
      />
      <EdgeLabelRenderer>
        <div
          className={`vt-flow-label vt-flow-label--${state}`}
          style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
          data-testid="flow.label"
          data-state={state}
          data-flow={data?.flowId}
          title={data?.title || undefined}
        >
          {MARK[state]} {data?.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
export const FlowEdge = memo(FlowEdgeImpl);

/** Associations (route table, NACL, security group, peering): thin dashed lines, shown around the selection. */
function RelationEdgeImpl(props: EdgeProps<Edge<{ tone: string }>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 8,
  });
  return <BaseEdge id={id} path={path} className={`vt-rel vt-rel--${data?.tone ?? 'x'}`} />;
}
export const RelationEdge = memo(RelationEdgeImpl);

/** Arrow markers, coloured by flow state (defined once for the whole canvas). */
export function EdgeMarkers() {
  return (
    <svg style={{ position: 'absolute', width: 0, height: 0 }} aria-hidden="true">
      <defs>
        {(['ok', 'denied', 'blocked', 'leak', 'unknown', 'pending'] as const).map((s) => (
          <marker
            key={s}
            id={`vt-arrow-${s}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className={`vt-arrow vt-arrow--${s}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
