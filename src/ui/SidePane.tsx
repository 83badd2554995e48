import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { Inspector } from './Inspector.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { layoutStorage } from './layoutStorage.ts';

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
        <Inspector />
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
