import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../store/viewStore.ts';
import { useIntentsUi } from './intents/intentsUi.ts';
import { loadDialogTexts } from '../i18n/index.ts';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { Inspector } from './Inspector.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { layoutStorage } from './layoutStorage.ts';

// The intents panel loads when its tab is first opened (first-load budget, BENCHMARKS.md).
// Its texts load with it (i18n/locales/enDialogs.ts).
const IntentsPanel = lazy(() =>
  Promise.all([import('./intents/IntentsPanel.tsx'), loadDialogTexts()]).then(([m]) => ({ default: m.IntentsPanel })),
);

/**
 * The upper part of the side pane: the inspector, or the intents (what must never happen) while
 * the toolbar's Intents button is on. Selecting something on the canvas shows the inspector. No
 * tab bar: the inspector keeps its whole height (a flow's hop list fits a 1024×700 window).
 */
function SideTabs() {
  const { t } = useTranslation();
  const tab = useIntentsUi((s) => s.tab);
  const selection = useViewStore((s) => s.selection);
  useEffect(() => {
    if (selection.length) useIntentsUi.getState().setTab('inspector');
  }, [selection]);
  if (tab === 'inspector') return <Inspector />;
  return (
    <div className="vt-inspector vt-inspector--intents">
      <Suspense fallback={<p className="vt-muted">{t('intents.loading')}</p>}>
        <IntentsPanel />
      </Suspense>
    </div>
  );
}

/** Module-level so that useDefaultLayout sees the same storage on every render. */
export const LAYOUT_STORAGE = layoutStorage();

/** Height of the findings header, in pixels: a collapsed findings panel is exactly its header. */
const FINDINGS_HEAD = 36;

/**
 * The side pane: the inspector above, the findings below, split by a handle that can be dragged
 * or moved with the arrow keys. The findings collapse to their header (its button, or dragging the
 * handle down); both the split and the collapse are remembered in this browser.
 */
export function SidePane() {
  const { t } = useTranslation();
  const findings = usePanelRef();
  const [collapsed, setCollapsed] = useState(false);
  const layout = useDefaultLayout({ id: 'split.side', storage: LAYOUT_STORAGE });
  return (
    <Group
      orientation="vertical"
      className="vt-side"
      id="split.side"
      defaultLayout={layout.defaultLayout}
      onLayoutChanged={layout.onLayoutChanged}
    >
      <Panel id="pane.inspector" minSize={120} style={{ overflow: 'hidden' }}>
        <SideTabs />
      </Panel>
      <Separator
        className="vt-splitter vt-splitter--row"
        id="findings-splitter"
        data-testid="splitter.findings"
        aria-label={t('layout.resizeFindings')}
      />
      <Panel
        id="pane.findings"
        panelRef={findings}
        defaultSize="28%"
        minSize={96}
        maxSize="85%"
        collapsible
        collapsedSize={FINDINGS_HEAD}
        style={{ overflow: 'hidden' }}
        onResize={(size) => setCollapsed(size.inPixels <= FINDINGS_HEAD + 1)}
      >
        <FindingsPanel
          collapsed={collapsed}
          onToggle={() => (findings.current?.isCollapsed() ? findings.current.expand() : findings.current?.collapse())}
        />
      </Panel>
    </Group>
  );
}
