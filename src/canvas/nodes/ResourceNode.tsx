import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ResourceNode as RN } from '../project.ts';
import { INTERNET_ICON, KIND_ICON } from '../icons.ts';
import { Chips, FindingBadge, useNodeText } from './parts.tsx';
import { KindTip } from '../../ui/KindTip.tsx';
import { useViewStore } from '../../store/viewStore.ts';

/** Every non-container resource: icon, name, one line of detail, security-group chips, findings. */
function ResourceNodeImpl({ id, data }: NodeProps<RN>) {
  const { t } = useTranslation();
  const r = data.resource;
  const explain = useViewStore((s) => s.explainMode);
  const subtitle = useNodeText(data.subtitle);
  return (
    <KindTip kind={r.kind} title={`${t(`kind.${r.kind}`)} · ${r.name}`} placement="bottom">
    <div className={`vt-leaf vt-leaf--${r.kind}${data.onPath ? ' vt-onpath' : ''}`} data-testid={`node.${r.kind}`} data-id={id} data-name={r.name}>
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <img className="vt-leaf__icon" src={KIND_ICON[r.kind]} alt="" draggable={false} />
      <div className="vt-leaf__name">{r.name}</div>
      {subtitle && <div className="vt-leaf__sub">{subtitle}</div>}
      <Chips chips={data.chips} />
      <FindingBadge severity={data.severity} count={data.findingCount} resourceId={id} />
      {explain && <span className="vt-explain-chip" data-testid="explain.chip">{t(`analogyShort.${r.kind}`)}</span>}
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
    </KindTip>
  );
}

export const ResourceNodeView = memo(ResourceNodeImpl);

function InternetNodeImpl() {
  const { t } = useTranslation();
  const explain = useViewStore((s) => s.explainMode);
  return (
    <KindTip kind="internet" placement="bottom">
    <div className="vt-leaf vt-leaf--internet" data-testid="node.internet">
      <Handle type="target" position={Position.Left} className="vt-handle" />
      <img className="vt-leaf__icon" src={INTERNET_ICON} alt="" draggable={false} />
      <div className="vt-leaf__name">{t('kind.internet')}</div>
      {explain && <span className="vt-explain-chip">{t('analogyShort.internet')}</span>}
      <Handle type="source" position={Position.Right} className="vt-handle" />
    </div>
    </KindTip>
  );
}

export const InternetNode = memo(InternetNodeImpl);
