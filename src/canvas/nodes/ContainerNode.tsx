import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import type { ResourceNode } from '../project.ts';
import { KIND_ICON, SUBNET_ICON } from '../icons.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { useViewStore } from '../../store/viewStore.ts';
import { FindingBadge, Chips } from './parts.tsx';

/**
 * Region, VPC, availability zone and subnet boxes, styled after AWS's architecture diagram
 * group guidelines: Region dashed teal, VPC solid purple, AZ dashed blue, public subnet green,
 * private subnet teal-blue. No hooks (see ResourceNode); the name carries the tooltip anchor.
 */
function ContainerNodeImpl({ id, data, selected }: NodeProps<ResourceNode>) {
  const r = data.resource;
  const text = data.text;
  const variant = data.variant;
  const icon = r.kind === 'subnet' ? SUBNET_ICON[variant ?? 'private'] : r.kind === 'az' ? null : KIND_ICON[r.kind];
  const cls = `vt-group vt-group--${r.kind}${variant ? ` vt-group--${variant}` : ''}${data.dropTarget ? ' vt-group--drop' : ''}${data.onPath ? ' vt-onpath' : ''}`;
  // The name, then the one fact that identifies the box (CIDR, zone, region code) when the name
  // does not already say it. The kind shows in the icon and the tooltip.
  const sub = text.subtitle && text.subtitle !== r.name ? text.subtitle : '';
  return (
    <div
      className={cls}
      data-testid={`node.${r.kind}`}
      data-id={id}
      data-name={r.name}
      data-variant={variant ?? undefined}
    >
      {selected && (
        <NodeResizer
          minWidth={160}
          minHeight={100}
          color="#5b7cfa"
          onResizeEnd={(_, p) => {
            useDesignStore
              .getState()
              .resize(
                id,
                { width: Math.round(p.width), height: Math.round(p.height) },
                { x: Math.round(p.x), y: Math.round(p.y) },
              );
            useViewStore.getState().setResizing(null);
          }}
        />
      )}
      {r.kind === 'subnet' ? (
        // Two lines beside the icon: name and CIDR, then the route table and NACL the subnet uses,
        // in full (issue #11: "publ…" told nobody which table it was).
        <div className="vt-group__header vt-group__header--two">
          {icon && <img className="vt-group__icon" src={icon} alt="" draggable={false} />}
          <div className="vt-group__lines">
            <div className="vt-group__line">
              <span className="vt-group__name" data-tip-kind={r.kind} data-tip-title={text.tipTitle}>
                {r.name}
              </span>
              {!data.compact && sub && <span className="vt-group__sub">{sub}</span>}
              <FindingBadge severity={data.severity} count={data.findingCount} resourceId={id} label={text.badge} />
            </div>
            {!data.compact && <Chips chips={data.chips} />}
          </div>
        </div>
      ) : (
        <div className="vt-group__header">
          {icon && <img className="vt-group__icon" src={icon} alt="" draggable={false} />}
          <span className="vt-group__name" data-tip-kind={r.kind} data-tip-title={text.tipTitle}>
            {r.name}
          </span>
          {!data.compact && sub && <span className="vt-group__sub">{sub}</span>}
          {!data.compact && <Chips chips={data.chips} />}
          <FindingBadge severity={data.severity} count={data.findingCount} resourceId={id} label={text.badge} />
        </div>
      )}
      {/* On the box's top border, clear of the header's name and chips. */}
      {text.explain && (
        <span className="vt-explain-chip" data-testid="explain.chip">
          {text.explain}
        </span>
      )}
      {/* Only subnets (route table / NACL associations) and VPCs (peering) take connections. One
          handle is enough in loose connection mode, and every handle is a store subscription and a
          paint layer per node: regions and AZs carry none (BENCHMARKS.md). */}
      {(r.kind === 'subnet' || r.kind === 'vpc') && (
        <Handle type="target" position={Position.Left} className="vt-handle" />
      )}
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeImpl);
