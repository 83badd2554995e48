import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Flow, type Resource, KINDS, indexDesign } from '../model/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { FlowInspector } from './FlowInspector.tsx';
import { InspectorHeader } from './inspector/Header.tsx';
import { SECTIONS } from './inspector/sections.tsx';

/**
 * The side pane's form for what is selected. A resource shows the common header (kind, name, id),
 * then the sections its kind definition lists (`KINDS[kind].inspector`), each from
 * ./inspector/sections.tsx. Each section sits in a `display: contents` box named
 * `inspector.section.<id>`, so tests can find it and the layout is the sections' own.
 */
function InspectorImpl() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selection = useViewStore((s) => s.selection);
  const index = indexDesign(design);
  const selectedResources = selection.map((id) => index.get(id)).filter((r): r is Resource => !!r);
  const selectedFlows = selection.map((id) => design.flows.find((f) => f.id === id)).filter((f): f is Flow => !!f);
  let body;
  if (selectedResources.length === 1 && selectedFlows.length === 0) {
    const r = selectedResources[0]!;
    body = (
      <div key={r.id} data-testid="inspector.form" data-kind={r.kind}>
        <InspectorHeader r={r} />
        {KINDS[r.kind].inspector.map((id) => {
          const { View } = SECTIONS[id];
          return (
            <div key={id} className="vt-inspector__section" data-testid={`inspector.section.${id}`}>
              <View design={design} r={r} />
            </div>
          );
        })}
      </div>
    );
  } else if (selectedFlows.length === 1 && selectedResources.length === 0) {
    body = <FlowInspector key={selectedFlows[0]!.id} flow={selectedFlows[0]!} design={design} />;
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
