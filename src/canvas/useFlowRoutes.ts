/**
 * The flow routes the canvas draws. A few flows are routed at once, while rendering (and on every
 * frame of a drag, so routes follow it). Many flows (a large design just opened) are routed a
 * slice at a time between tasks, so the page keeps answering clicks and keys while it works; each
 * flow is drawn as a plain step until its route is ready, and `progress` says how far it got.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Design, Position, ResourceId } from '../model/index.ts';
import { type FlowRoute, flowRouter, routeFlows } from './flowRoutes.ts';

/** Above this many flows, routing is spread over several tasks (a 3,000-resource design has ~120). */
export const SLICED_ABOVE = 100;
/** Time one slice may take before it gives the page back, in ms (well under a frame's worth of input delay). */
const SLICE_MS = 12;

export interface FlowRoutes {
  readonly routes: ReadonlyMap<string, FlowRoute>;
  /** While flows are still being routed: how many of how many. */
  readonly progress: { readonly done: number; readonly total: number } | null;
}

const NONE: ReadonlyMap<string, FlowRoute> = new Map();

/** Run `task` in a task of its own (after pending input and rendering), not in this one. */
function nextTask(task: () => void): () => void {
  const h = setTimeout(task, 0);
  return () => clearTimeout(h);
}

export function useFlowRoutes(design: Design, dragging: ReadonlyMap<ResourceId, Position> | null): FlowRoutes {
  const sliced = !dragging && design.flows.length > SLICED_ABOVE;
  const now = useMemo(() => (sliced ? null : routeFlows(design, dragging)), [sliced, design, dragging]);
  const [later, setLater] = useState<{ design: Design; routes: ReadonlyMap<string, FlowRoute>; done: number }>({
    design,
    routes: NONE,
    done: 0,
  });
  useEffect(() => {
    if (!sliced) return;
    const router = flowRouter(design);
    let cancel = () => {};
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      let more = true;
      while (more && performance.now() < until) more = router.step();
      setLater({ design, routes: new Map(router.routes), done: more ? router.done : router.total });
      if (more) cancel = nextTask(slice);
    };
    cancel = nextTask(slice);
    return () => cancel();
  }, [sliced, design]);
  if (now) return { routes: now, progress: null };
  const mine = later.design === design ? later : { routes: NONE, done: 0 };
  const total = design.flows.length;
  return { routes: mine.routes, progress: mine.done < total ? { done: mine.done, total } : null };
}
