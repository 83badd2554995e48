/**
 * The canvas's side of reveal.ts: many resources arriving at once are given to React Flow hidden
 * and revealed a slice per task, each after a painted frame, so no single task mounts them all.
 * While any is pending the canvas draws nodes compact (icon and name), as it does zoomed out: the
 * view a large design is fitted to, so the fit does not re-project every node a frame later.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi, type Node } from '@xyflow/react';
import type { Design } from '../model/index.ts';
import { createRevealer } from './reveal.ts';

/** Whether `design`'s resources are still being revealed; call before projecting. */
export function useRevealer(design: Design, exporting: boolean, hidden?: ReadonlySet<string>) {
  const [revealer] = useState(() => createRevealer());
  const [tick, setTick] = useState(0);
  // Idempotent for one resources array (a render may run twice). What the level of detail hides
  // (`hidden`, lod.ts) is not mounted, so it is not revealed either.
  let revealing = revealer.arrive(design.resources, hidden);
  if (exporting && revealing) {
    // An export draws every node: reveal the rest now.
    revealer.revealAll();
    revealing = false;
  }
  return { revealer, revealing, tick, setTick };
}

/** The nodes React Flow gets: pending ones hidden; schedules the slices until none is left. */
export function useRevealSlices(nodes: Node[], { revealer, revealing, tick, setTick }: ReturnType<typeof useRevealer>) {
  const store = useStoreApi();
  // After a step the nodes are the same but fewer are pending: hide again.
  const pending = revealing ? revealer.pending : 0;
  const shown = useMemo(() => (pending > 0 ? revealer.hide(nodes) : nodes), [revealer, pending, nodes]);
  // The viewport at the last step: nodes outside it are revealed only once it held still for a step.
  const lastView = useRef<readonly number[] | null>(null);

  useEffect(() => {
    if (!revealing) {
      lastView.current = null;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next painted frame, in a task of its own.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const s = store.getState();
        const [tx, ty, k] = s.transform;
        const still = lastView.current?.every((v, i) => v === s.transform[i]) ?? false;
        lastView.current = [tx, ty, k];
        const view = { x: -tx / k, y: -ty / k, width: s.width / k, height: s.height / k };
        revealer.step(s.nodeLookup, view, still);
        setTick((t) => t + 1);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [revealer, revealing, tick, setTick, store]);

  return shown;
}
