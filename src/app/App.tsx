import { useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { Canvas } from '../canvas/Canvas.tsx';
import { useCanvasView } from '../canvas/useCanvasView.ts';
import { Palette } from '../ui/Palette.tsx';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { Toolbar } from '../ui/Toolbar.tsx';
import { LAYOUT_STORAGE, SidePane } from '../ui/SidePane.tsx';
import { Notice } from '../ui/Notice.tsx';
import { OpeningNote } from '../ui/OpeningNote.tsx';
import { Legend } from '../ui/Legend.tsx';
import { ConflictBanner } from '../ui/ConflictBanner.tsx';
import { MatrixHost } from '../ui/matrix/MatrixHost.tsx';
import { useDesignStore } from '../store/designStore.ts';
import { addToSelection } from '../ui/commands.ts';
import { useShortcuts } from '../ui/actions/useShortcuts.ts';
import { refusalText } from '../i18n/refusal.ts';
import { useViewStore } from '../store/viewStore.ts';
import type { ResourceKind } from '../model/index.ts';

/**
 * The side pane's first width: room for a security group's rule table on a wide screen, the old
 * 380 px on a small one. After that the user's own width (dragged or keyed) is remembered.
 */
function defaultSideWidth() {
  const w = typeof window === 'undefined' ? 1440 : window.innerWidth;
  return Math.round(Math.min(520, Math.max(380, w * 0.34)));
}

function Shell() {
  const { t } = useTranslation();
  const layout = useDefaultLayout({ id: 'split.main', storage: LAYOUT_STORAGE });
  const [snap, setSnap] = useState(true);
  const rf = useReactFlow();
  const view = useCanvasView();
  const empty = useDesignStore((s) => s.design.resources.length === 0);

  // Every shortcut is an action's, declared in the registry (src/ui/actions/index.ts).
  useShortcuts();

  const onAdd = (kind: ResourceKind) => {
    const el = document.querySelector('.vt-canvas');
    const rect = el?.getBoundingClientRect();
    const centre = rf.screenToFlowPosition({
      x: (rect?.left ?? 0) + (rect?.width ?? 800) / 2,
      y: (rect?.top ?? 0) + (rect?.height ?? 600) / 2,
    });
    const result = addToSelection(kind, centre);
    if (!result.ok) useViewStore.getState().notify(refusalText(t, kind, result.needs), 'error');
    // It may have landed off screen or under the minimap: bring it into view.
    else requestAnimationFrame(() => view.reveal(result.id));
  };

  return (
    <div className="vt-app">
      <Toolbar snap={snap} onSnap={setSnap} />
      <div className="vt-main">
        <Palette onAdd={onAdd} />
        <Group
          orientation="horizontal"
          className="vt-split"
          id="split.main"
          defaultLayout={layout.defaultLayout}
          onLayoutChanged={layout.onLayoutChanged}
        >
          <Panel id="pane.stage" className="vt-stage" minSize={320} style={{ overflow: 'hidden' }}>
            <Canvas snap={snap} />
            {empty && (
              <div className="vt-hint" data-testid="hint.empty">
                {t('app.hintEmpty')}
              </div>
            )}
            <ConflictBanner />
            <Legend />
            <OpeningNote />
            <MatrixHost />
            <Notice />
          </Panel>
          <Separator
            className="vt-splitter vt-splitter--col"
            id="side-splitter"
            data-testid="splitter.side"
            aria-label={t('layout.resizeSide')}
          />
          <Panel
            id="pane.side"
            defaultSize={defaultSideWidth()}
            minSize={320}
            maxSize="70%"
            groupResizeBehavior="preserve-pixel-size"
            style={{ overflow: 'hidden' }}
          >
            <SidePane />
          </Panel>
        </Group>
      </div>
    </div>
  );
}

export function App() {
  return (
    <ReactFlowProvider>
      <Shell />
    </ReactFlowProvider>
  );
}
