/**
 * Fit view and "show the new node" for the whole app, clear of the minimap and the zoom controls
 * (viewport.ts). The toolbar, the File menu, explain mode and the canvas's drops use these instead
 * of React Flow's fitView, which frames the diagram in the whole pane, under the overlays.
 */
import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { absoluteRect, indexDesign, type ResourceId } from '../model/index.ts';
import { sizeOf } from '../catalog/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { fitViewport, revealPan, type Box } from './viewport.ts';

/** What floats over the canvas: React Flow's minimap and controls, and anything marked as an overlay. */
const OVERLAYS = '.react-flow__minimap, .react-flow__controls, [data-canvas-overlay]';

function measure(): { pane: DOMRect; overlays: Box[] } | null {
  const flow = document.querySelector<HTMLElement>('.vt-canvas .react-flow');
  if (!flow) return null;
  const pane = flow.getBoundingClientRect();
  const stage = flow.closest('.vt-stage') ?? flow;
  const overlays = [...stage.querySelectorAll<HTMLElement>(OVERLAYS)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - pane.left, y: r.top - pane.top, width: r.width, height: r.height }));
  return { pane, overlays };
}

export function useCanvasView() {
  const rf = useReactFlow();
  const store = useStoreApi();

  /** Frame every node clear of the overlays; false when there is nothing to frame yet (no nodes, no pane, no pan-zoom). */
  const fit = useCallback(
    (options: { duration?: number; maxZoom?: number } = {}): boolean => {
      const m = measure();
      const nodes = rf.getNodes();
      if (!m || nodes.length === 0 || m.pane.width === 0 || !store.getState().panZoom) return false;
      const bounds = rf.getNodesBounds(nodes);
      const vp = fitViewport(bounds, m.pane, m.overlays, { maxZoom: options.maxZoom ?? 1, minZoom: 0.1 });
      void rf.setViewport(vp, options.duration ? { duration: options.duration } : undefined);
      return true;
    },
    [rf, store],
  );

  /** Pan just enough that resource `id` is on screen and under no overlay. */
  const reveal = useCallback(
    (id: ResourceId) => {
      const m = measure();
      if (!m) return;
      const design = useDesignStore.getState().design;
      const r = absoluteRect(indexDesign(design), id, sizeOf);
      if (!r) return;
      const { x, y, zoom } = rf.getViewport();
      const onScreen = { x: r.x * zoom + x, y: r.y * zoom + y, width: r.width * zoom, height: r.height * zoom };
      const { dx, dy } = revealPan(onScreen, m.pane, m.overlays);
      if (dx || dy) void rf.setViewport({ x: x + dx, y: y + dy, zoom });
    },
    [rf],
  );

  return { fit, reveal };
}
