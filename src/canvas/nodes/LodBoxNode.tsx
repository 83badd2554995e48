import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ResourceNode } from '../project.ts';

/**
 * A container's box where the level of detail draws it on the canvas layer (LodLayer.tsx): React
 * Flow's node is only the hit area, transparent, so a click selects the box, a drag moves it and
 * the inspector edits it, while the picture (name, counts, worst finding) is painted once for all
 * boxes. Selection and the drop target are outlined here, above the painted layer.
 */
function LodBoxNodeImpl({ id, data, selected }: NodeProps<ResourceNode>) {
  const r = data.resource;
  const cls = `vt-lodbox${selected ? ' vt-lodbox--selected' : ''}${data.dropTarget ? ' vt-lodbox--drop' : ''}${data.onPath ? ' vt-onpath' : ''}`;
  return (
    <div
      className={cls}
      data-testid={`node.${r.kind}`}
      data-id={id}
      data-name={r.name}
      data-lod={data.summary ? 'summary' : 'outline'}
      data-tip-kind={r.kind}
      data-tip-title={data.text.tipTitle}
    >
      {(r.kind === 'subnet' || r.kind === 'vpc') && (
        <Handle type="target" position={Position.Left} className="vt-handle" />
      )}
    </div>
  );
}

export const LodBoxNode = memo(LodBoxNodeImpl);
