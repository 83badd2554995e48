import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ResourceNode as RN } from '../project.ts';
import { INTERNET_ICON, KIND_ICON } from '../icons.ts';
import { Chips, FindingBadge } from './parts.tsx';

/** Every non-container resource: icon, name, one line of detail, security-group chips, findings. */
function ResourceNodeImpl({ id, data }: NodeProps<RN>) {
  const { t } = useTranslation();
  const r = data.resource;
  return (
    <div className={`vt-leaf vt-leaf--${r.kind}${data.onPath ? ' vt-onpath' : ''}`} data-testid={`node.${r.kind}`} data-id={id} data-name={r.name} title={t(`analogy.${r.kind}`)}>
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <img className="vt-leaf__icon" src={KIND_ICON[r.kind]} alt="" draggable={false} />
      <div className="vt-leaf__name">{r.name}</div>
      {data.subtitle && <div className="vt-leaf__sub">{data.subtitle}</div>}
      <Chips chips={data.chips} />
      <FindingBadge severity={data.severity} count={data.findingCount} />
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
  );
}

export const ResourceNodeView = memo(ResourceNodeImpl);

function InternetNodeImpl() {
  const { t } = useTranslation();
  return (
    <div className="vt-leaf vt-leaf--internet" data-testid="node.internet" title={t('analogy.internet')}>
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <img className="vt-leaf__icon" src={INTERNET_ICON} alt="" draggable={false} />
      <div className="vt-leaf__name">{t('kind.internet')}</div>
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
  );
}

export const InternetNode = memo(InternetNodeImpl);
