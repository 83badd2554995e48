/**
 * The flow routes the canvas draws. A few flows are routed at once, while rendering (and on every
 * frame of a drag, so routes follow it). Many flows (a large design just opened) are routed a
 * slice at a time between tasks, so the page keeps answering clicks and keys while it works; each
 * flow is drawn as a plain step until the routes are ready, and a note says how far it got.
 *
 * The router (flowRoutes.ts, route.ts) is a chunk of its own: a design without flows never needs
 * it. main.tsx starts loading it at boot and waits for it before painting a design with flows.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Design, Position, ResourceId } from '../model/index.ts';
import { useViewStore } from '../store/viewStore.ts';
import type { FlowRoute } from './flowGeometry.ts';

type Router = typeof import('./flowRoutes.ts');
let router: Router | null = null;
let loading: Promise<Router> | null = null;

/** Load the flow router (once; a failed load is tried again on the next call). */
export function loadFlowRouter(): Promise<Router> {
  loading ??= import('./flowRoutes.ts').then(
    (m) => (router = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

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
  const [loaded, setLoaded] = useState<Router | null>(router);
  const hasFlows = design.flows.length > 0;
  useEffect(() => {
    if (!loaded && hasFlows) loadFlowRouter().then(setLoaded, (e: unknown) => console.error(e));
  }, [loaded, hasFlows]);
  const r = loaded ?? router;
  const sliced = !dragging && design.flows.length > SLICED_ABOVE;
  const now = useMemo(() => (sliced || !r ? null : r.routeFlows(design, dragging)), [sliced, r, design, dragging]);
  const [later, setLater] = useState<{ design: Design; routes: ReadonlyMap<string, FlowRoute> } | null>(null);
  useEffect(() => {
    if (!sliced || !r) return;
    const setRouting = useViewStore.getState().setRouting;
    const router = r.flowRouter(design);
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
  }, [sliced, r, design]);
  if (now) return now;
  return later?.design === design ? later.routes : NONE;
}
