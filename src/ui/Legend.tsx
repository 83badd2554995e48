import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { INTERNET, RESOURCE_KINDS } from '../model/index.ts';
import { INTERNET_ICON, KIND_ICON } from '../canvas/icons.ts';

/** Explain mode's legend: the analogy for every kind on the canvas, at once (for teaching). */
function LegendImpl() {
  const { t } = useTranslation();
  const on = useViewStore((s) => s.explainMode);
  const kinds = useDesignStore((s) => s.design.resources.map((r) => r.kind).join(','));
  if (!on) return null;
  const present = RESOURCE_KINDS.filter((k) => kinds.split(',').includes(k));
  return (
    <aside className="vt-legend" data-testid="legend" aria-label={t('explain.title')} tabIndex={0}>
      <h2>{t('explain.title')}</h2>
      <p className="vt-muted vt-small">{t('explain.intro')}</p>
      <dl>
        {[...present, ...(present.length ? ([INTERNET] as const) : [])].map((k) => (
          <div key={k} data-testid={`legend.${k}`}>
            <dt>
              <img src={k === INTERNET ? INTERNET_ICON : KIND_ICON[k]} alt="" />
              {t(`kind.${k}`)} = {t(`analogyShort.${k}`)}
            </dt>
            <dd>{t(`analogy.${k}`)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

export const Legend = memo(LegendImpl);
