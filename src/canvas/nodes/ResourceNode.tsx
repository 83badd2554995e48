import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { ResourceNode as RN, SpanNodeData } from '../project.ts';
import { INTERNET_ICON, KIND_ICON, iconOf } from '../icons.ts';
import { Chips, FindingBadge } from './parts.tsx';

/**
 * Every non-container resource: icon, name, one line of detail, security-group chips, findings.
 * No hooks: texts come translated in `data.text` and the tooltip is the canvas-wide CanvasTip
 * (`data-tip-kind`), because this component is mounted a thousand times in a large design.
 */
function ResourceNodeImpl({ id, data }: NodeProps<RN>) {
  const r = data.resource;
  const text = data.text;
  return (
    <div
      className={`vt-leaf vt-leaf--${r.kind}${data.onPath ? ' vt-onpath' : ''}`}
      data-testid={`node.${r.kind}`}
      data-id={id}
      data-name={r.name}
      data-tip-kind={r.kind}
      data-tip-title={text.tipTitle}
    >
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <img className="vt-leaf__icon" src={iconOf(r)} alt="" draggable={false} />
      <div className="vt-leaf__name">{r.name}</div>
      {!data.compact && (
        <>
          {text.subtitle && <div className="vt-leaf__sub">{text.subtitle}</div>}
          <Chips chips={data.chips} />
        </>
      )}
      <FindingBadge severity={data.severity} count={data.findingCount} resourceId={id} label={text.badge} />
      {text.explain && (
        <span className="vt-explain-chip" data-testid="explain.chip">
          {text.explain}
        </span>
      )}
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
  );
}

export const ResourceNodeView = memo(ResourceNodeImpl);

type InternetData = { name: string; explain: string | null; textKey: string };

function InternetNodeImpl({ data }: NodeProps<Node<InternetData>>) {
  return (
    <div className="vt-leaf vt-leaf--internet" data-testid="node.internet" data-tip-kind="internet">
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <img className="vt-leaf__icon" src={INTERNET_ICON} alt="" draggable={false} />
      <div className="vt-leaf__name">{data.name}</div>
      {data.explain && <span className="vt-explain-chip">{data.explain}</span>}
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
  );
}

export const InternetNode = memo(InternetNodeImpl);

/**
 * A database drawn again in another subnet of its DB subnet group (spans.ts): faded and dashed,
 * linked to the database; clicking it selects the database.
 */
function SpanNodeImpl({ id, data }: NodeProps<Node<SpanNodeData>>) {
  return (
    <div
      className="vt-leaf vt-leaf--span"
      data-testid="node.span"
      data-id={id}
      data-for={data.resourceId}
      data-name={data.name}
      data-tip-kind="rds"
      data-tip-title={data.tipTitle}
    >
      <Handle type="target" position={Position.Left} className="vt-handle" isConnectable={false} />
      <img className="vt-leaf__icon" src={KIND_ICON.rds} alt="" draggable={false} />
      <div className="vt-leaf__name">{data.name}</div>
      {!data.compact && <div className="vt-leaf__sub vt-leaf__sub--span">{data.subtitle}</div>}
      <Handle type="source" position={Position.Right} className="vt-handle" isConnectable={false} />
    </div>
  );
}

export const SpanNode = memo(SpanNodeImpl);
