/**
 * The flow routes the canvas draws. A few flows are routed at once, while rendering (and on every
 * frame of a drag, so routes follow it). Many flows (a large design just opened) are routed a
 * slice at a time between tasks, so the page keeps answering clicks and keys while it works; each
 * flow is drawn as a plain step until the routes are ready, and a note says how far it got.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Design, Position, ResourceId } from '../model/index.ts';
import { useViewStore } from '../store/viewStore.ts';
import { type FlowRoute, flowRouter, routeFlows } from './flowRoutes.ts';

/** Above this many flows, routing is spread over several tasks (a 3,000-resource design has ~120). */
export const SLICED_ABOVE = 100;
/** Time one slice may take before it gives the page back, in ms (well under a frame's worth of input delay). */
const SLICE_MS = 12;

const NONE: ReadonlyMap<string, FlowRoute> = new Map();

/** Run `task` in a task of its own (after pending input and rendering), not in this one. */
function nextTask(task: () => void): () => void {
  const h = setTimeout(task, 0);
  return () => clearTimeout(h);
}

/**
 * The routes for `design`. Sliced routing publishes its routes once, when every flow is routed
 * (each publication re-renders the canvas and React Flow's edges); its progress goes to the view
 * store, which only the progress note reads.
 */
export function useFlowRoutes(
  design: Design,
  dragging: ReadonlyMap<ResourceId, Position> | null,
): ReadonlyMap<string, FlowRoute> {
  const sliced = !dragging && design.flows.length > SLICED_ABOVE;
  const now = useMemo(() => (sliced ? null : routeFlows(design, dragging)), [sliced, design, dragging]);
  const [later, setLater] = useState<{ design: Design; routes: ReadonlyMap<string, FlowRoute> } | null>(null);
  useEffect(() => {
    if (!sliced) return;
    const setRouting = useViewStore.getState().setRouting;
    const router = flowRouter(design);
    let cancel = () => {};
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      let more = true;
      while (more && performance.now() < until) more = router.step();
      if (more) {
        setRouting({ done: router.done, total: router.total });
        cancel = nextTask(slice);
      } else {
        setLater({ design, routes: router.routes });
        setRouting(null);
      }
    };
    setRouting({ done: 0, total: router.total });
    cancel = nextTask(slice);
    return () => {
      cancel();
      setRouting(null);
    };
  }, [sliced, design]);
  if (now) return now;
  return later?.design === design ? later.routes : NONE;
}
