import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ResourceNode } from '../project.ts';
import { KIND_ICON, SUBNET_ICON } from '../icons.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { FindingBadge, Chips, useNodeText } from './parts.tsx';
import { KindTip } from '../../ui/KindTip.tsx';
import { useViewStore } from '../../store/viewStore.ts';

/**
 * Region, VPC, availability zone and subnet boxes, styled after AWS's architecture diagram
 * group guidelines: Region dashed teal, VPC solid purple, AZ dashed blue, public subnet green,
 * private subnet teal-blue.
 */
function ContainerNodeImpl({ id, data, selected }: NodeProps<ResourceNode>) {
  const { t } = useTranslation();
  const r = data.resource;
  const variant = data.variant;
  const icon = r.kind === 'subnet' ? SUBNET_ICON[variant ?? 'private'] : r.kind === 'az' ? null : KIND_ICON[r.kind];
  const cls = `vt-group vt-group--${r.kind}${variant ? ` vt-group--${variant}` : ''}${data.dropTarget ? ' vt-group--drop' : ''}${data.onPath ? ' vt-onpath' : ''}`;
  // The name, then the one fact that identifies the box (CIDR, zone, region code) when the name
  // does not already say it. The kind shows in the icon and the tooltip.
  const subtitle = useNodeText(data.subtitle);
  const sub = subtitle && subtitle !== r.name ? subtitle : '';
  const explain = useViewStore((s) => s.explainMode);
  return (
    <div className={cls} data-testid={`node.${r.kind}`} data-id={id} data-name={r.name} data-variant={variant ?? undefined}>
      <NodeResizer
        isVisible={selected}
        minWidth={160}
        minHeight={100}
        color="#5b7cfa"
        onResizeEnd={(_, p) =>
          useDesignStore.getState().resize(id, { width: Math.round(p.width), height: Math.round(p.height) }, { x: Math.round(p.x), y: Math.round(p.y) })
        }
      />
      <div className="vt-group__header">
        {icon && <img className="vt-group__icon" src={icon} alt="" draggable={false} />}
        <KindTip kind={r.kind} title={`${r.kind === 'subnet' ? t(`inspector.${variant ?? 'private'}`) + ' · ' : ''}${t(`kind.${r.kind}`)} · ${r.name}`} placement="top-start">
          <span className="vt-group__name">{r.name}</span>
        </KindTip>
        {sub && <span className="vt-group__sub">{sub}</span>}
        <Chips chips={data.chips} />
        <FindingBadge severity={data.severity} count={data.findingCount} resourceId={id} />
        {explain && <span className="vt-explain-chip" data-testid="explain.chip">{t(`analogyShort.${r.kind}`)}</span>}
      </div>
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeImpl);
