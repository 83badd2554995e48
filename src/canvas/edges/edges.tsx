import { memo } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  getSmoothStepPath,
  type EdgeProps,
  type Edge,
} from '@xyflow/react';
import type { FlowEdgeData } from '../project.ts';

/** An intended traffic flow: green when the analyzer says it gets through, red when it is blocked. */
function FlowEdgeImpl(props: EdgeProps<Edge<FlowEdgeData>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, lx, ly] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const state = data?.reachable == null ? 'unknown' : data.reachable ? 'ok' : 'blocked';
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
          title={data?.title || undefined}
        >
          {state === 'ok' ? '✓' : state === 'blocked' ? '✕' : '…'} {data?.label}
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
        {(['ok', 'blocked', 'unknown'] as const).map((s) => (
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
