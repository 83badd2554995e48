import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { useFindings } from '../store/analysis.ts';
import { absolutePosition, indexDesign } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import { useEngine } from '../store/engine.ts';
import type { AnyFinding } from '../validation/types.ts';
import { useRowsInSlices } from './useRowsInSlices.ts';
import { useIntentsUi } from './intents/intentsUi.ts';

const SEVERITIES = ['error', 'warning', 'info'] as const;

const findingKey = (f: AnyFinding) => `${f.rule}|${f.resource}|${f.message}`;

const FindingRow = memo(function FindingRow({ f }: { f: AnyFinding }) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  // A row exists only once there are findings, that is once the engine has arrived.
  const engine = useEngine();
  if (!engine) return null;
  const d = engine.namedFindingText(t, design, f);
  return (
    <>
      <code>{f.rule}</code> <span>{d.message}</span>
      {d.analogy && (
        <div className="vt-analogy" data-testid="finding.analogy">
          {d.analogy}
        </div>
      )}
    </>
  );
});

/**
 * Findings grouped by severity; a click selects the resource and centres the canvas on it. The
 * header collapses the panel to itself; the side pane (SidePane.tsx) owns the size and remembers it.
 */
function FindingsPanelImpl({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const findings = useFindings();
  const checking = useEngine() === null;
  const empty = useDesignStore((s) => s.design.resources.length === 0);
  const rf = useReactFlow();
  const open = !collapsed;
  const focus = (f: AnyFinding) => {
    // An intent's finding opens the intent with this pair's witness path (the intents panel).
    if (f.rule.startsWith('INTENT-')) {
      useIntentsUi.getState().show(String(f.params.intentId), Number(f.params.pair ?? 0));
      return;
    }
    const id = f.resource;
    const design = useDesignStore.getState().design;
    const index = indexDesign(design);
    const r = index.get(id);
    if (!r) return;
    const p = absolutePosition(index, id);
    const s = sizeOf(r);
    useViewStore.getState().select([id]);
    void rf.setCenter(p.x + s.width / 2, p.y + s.height / 2, { zoom: Math.max(rf.getZoom(), 0.8), duration: 300 });
  };
  const counts = SEVERITIES.map((s) => findings.filter((f) => f.severity === s).length);
  // Hundreds of findings (a large design just opened) render a slice per task (useRowsInSlices.ts).
  const keys = useMemo(
    () => SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s).map(findingKey)),
    [findings],
  );
  const rows = useRowsInSlices(keys);
  const groups = SEVERITIES.map((sev) => findings.filter((f) => f.severity === sev));
  const starts = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.length, 0));
  return (
    <section
      className={`vt-findings${open ? '' : ' vt-findings--closed'}`}
      aria-label={t('findings.title')}
      data-testid="findings"
    >
      <button
        type="button"
        className="vt-findings__head"
        onClick={onToggle}
        aria-expanded={open}
        aria-controls={open ? 'vt-findings-body' : undefined}
        aria-label={`${t('findings.title')}: ${SEVERITIES.map((sev, i) => t(`findings.count.${sev}`, { count: counts[i] })).join(', ')}`}
        data-testid="findings.toggle"
      >
        <span className="vt-findings__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="vt-panel-title">{t('findings.title')}</span>
        {SEVERITIES.map((s, i) => (
          <span
            key={s}
            className={`vt-count vt-count--${s}`}
            data-testid={`findings.count.${s}`}
            title={t(`findings.count.${s}`, { count: counts[i] })}
          >
            {counts[i]}
          </span>
        ))}
      </button>
      {open && (
        <div className="vt-findings__body" id="vt-findings-body">
          {findings.length === 0 && (
            <p className="vt-muted" data-testid="findings.none">
              {empty ? t('findings.nothingYet') : checking ? t('findings.checking') : t('findings.none')}
            </p>
          )}
          {SEVERITIES.map((sev, g) => {
            const list = groups[g]!.slice(0, Math.max(0, rows - starts[g]!));
            if (list.length === 0) return null;
            return (
              <div key={sev} className="vt-findings__group" data-testid={`findings.group.${sev}`}>
                <h4>{t(`findings.${sev}`)}</h4>
                <ul>
                  {list.map((f, i) => (
                    <li key={`${f.rule}-${f.resource}-${i}`}>
                      <button
                        type="button"
                        className={`vt-finding vt-finding--${sev}`}
                        onClick={() => focus(f)}
                        data-testid="finding"
                        data-rule={f.rule}
                      >
                        <FindingRow f={f} />
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

export const FindingsPanel = memo(FindingsPanelImpl);
