import { memo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOG, PALETTE_KINDS, type KindGroup } from '../catalog/index.ts';
import type { ResourceKind } from '../model/index.ts';
import { KIND_ICON, SUBNET_ICON } from '../canvas/icons.ts';
import { PALETTE_MIME } from '../catalog/index.ts';
import { KindTip } from './KindTip.tsx';

const GROUPS: readonly KindGroup[] = ['container', 'gateway', 'routing', 'security', 'compute', 'connection'];

function onDragStart(e: DragEvent, kind: ResourceKind) {
  e.dataTransfer.setData(PALETTE_MIME, kind);
  e.dataTransfer.effectAllowed = 'copy';
}

/** Resource palette: drag an item onto the canvas (or press Enter on it to add it to the selected container). */
function PaletteImpl({ onAdd }: { onAdd: (kind: ResourceKind) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="vt-palette" aria-label={t('palette.title')} data-testid="palette">
      <div className="vt-panel-title">{t('palette.title')}</div>
      <div className="vt-palette__hint">{t('palette.hint')}</div>
      {GROUPS.map((g) => (
        <div key={g} className="vt-palette__group">
          <div className="vt-palette__group-title">{t(`palette.groups.${g}`)}</div>
          {PALETTE_KINDS.filter((k) => CATALOG[k].group === g).map((kind) => (
            <KindTip key={kind} kind={kind}>
              <button
                type="button"
                className="vt-palette__item"
                draggable
                onDragStart={(e) => onDragStart(e, kind)}
                onClick={() => onAdd(kind)}
                data-testid={`palette.${kind}`}
              >
                <img src={kind === 'subnet' ? SUBNET_ICON.private : KIND_ICON[kind]} alt="" draggable={false} />
                <span>{t(`kind.${kind}`)}</span>
              </button>
            </KindTip>
          ))}
        </div>
      ))}
    </nav>
  );
}

export const Palette = memo(PaletteImpl);
