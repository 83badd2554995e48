/**
 * Adding a resource from the palette without dragging it. The toolbar's and the keyboard's
 * commands are actions (./actions/).
 */
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { type ResourceKind, indexDesign, canContain, isContainer } from '../model/index.ts';
import { CONTAINER_HEADER, CONTAINER_PADDING } from '../catalog/index.ts';

/**
 * Keyboard (and click) way to add a resource: into the selected container if it can hold it,
 * else into the first container that can, else at the top level.
 */
export function addToSelection(kind: ResourceKind, fallbackCentre: { x: number; y: number }) {
  const { design } = useDesignStore.getState();
  const index = indexDesign(design);
  const selected = useViewStore
    .getState()
    .selection.map((id) => index.get(id))
    .find((r) => r && isContainer(r));
  let target = selected && canContain(selected.kind, kind) ? selected : undefined;
  // Walk up from the selected item to a container that can hold this kind.
  for (let cur = selected; !target && cur; cur = cur.parent ? index.get(cur.parent) : undefined) {
    if (isContainer(cur) && canContain(cur.kind, kind)) target = cur;
  }
  if (!target) target = design.resources.find((r) => isContainer(r) && canContain(r.kind, kind));
  if (!target) return useDesignStore.getState().addAt(kind, fallbackCentre);
  // The store puts it where auto-layout would (catalog/placement.ts); the container grows to fit.
  const rel = { x: CONTAINER_PADDING, y: CONTAINER_HEADER };
  const result = useDesignStore.getState().addInto(kind, target.id, rel);
  if (result.ok) useViewStore.getState().select([result.id]);
  return result;
}
