import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Flow, type Resource, indexDesign, isContainer } from '../model/index.ts';
import { toggleCollapsed } from '../store/collapsed.ts';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';

type Forms = typeof import('./InspectorForms.tsx');
let forms: Forms | null = null;
let loading: Promise<Forms> | null = null;

/** Load the forms (once; a failed load is tried again on the next call). */
function loadForms(): Promise<Forms> {
  loading ??= import('./InspectorForms.tsx').then(
    (m) => (forms = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * The side pane's form for what is selected: a resource's form or a flow's (InspectorForms.tsx),
 * or a word when nothing or several things are selected. The forms are loaded as soon as the
 * inspector is first shown, after the first paint; nothing is selected by then.
 */
function InspectorImpl() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selection = useViewStore((s) => s.selection);
  const [loaded, setLoaded] = useState<Forms | null>(forms);
  useEffect(() => {
    if (!loaded) loadForms().then(setLoaded, (e: unknown) => console.error(e));
  }, [loaded]);
  const index = indexDesign(design);
  const selectedResources = selection.map((id) => index.get(id)).filter((r): r is Resource => !!r);
  const selectedFlows = selection.map((id) => design.flows.find((f) => f.id === id)).filter((f): f is Flow => !!f);
  let body;
  if (selectedResources.length === 1 && selectedFlows.length === 0) {
    const r = selectedResources[0]!;
    body = (
      <>
        {isContainer(r) && <CollapseToggle id={r.id} />}
        {loaded && <loaded.ResourceForm key={r.id} design={design} r={r} />}
      </>
    );
  } else if (selectedFlows.length === 1 && selectedResources.length === 0) {
    body = loaded && <loaded.FlowInspector key={selectedFlows[0]!.id} flow={selectedFlows[0]!} design={design} />;
  } else if (selection.length > 1) {
    body = <p className="vt-muted">{t('inspector.multi', { count: selection.length })}</p>;
  } else {
    body = <p className="vt-muted">{t('inspector.empty')}</p>;
  }
  return (
    <aside className="vt-inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <div className="vt-panel-title">{t('inspector.title')}</div>
      {body}
    </aside>
  );
}

export const Inspector = memo(InspectorImpl);

/** Collapse a container to one box on the canvas, or expand it (view state: store/collapsed.ts). */
function CollapseToggle({ id }: { id: string }) {
  const { t } = useTranslation();
  const collapsed = useViewStore((s) => s.collapsed.has(id));
  return (
    <div className="vt-collapse">
      <button
        type="button"
        className="vt-btn"
        data-testid="inspector.collapse"
        aria-pressed={collapsed}
        onClick={() => toggleCollapsed(id)}
      >
        {t(collapsed ? 'lod.expand' : 'lod.collapse')}
      </button>
      {collapsed && (
        <p className="vt-muted vt-collapse__note" data-testid="inspector.collapsedNote">
          {t('lod.collapsedNote')}
        </p>
      )}
    </div>
  );
}
