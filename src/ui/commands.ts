/**
 * Editing commands shared by the toolbar, the keyboard shortcuts and the palette. Each is one
 * undo step.
 */
import { useDesignStore, fit, type Clipboard } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { type ResourceKind, indexDesign, canContain, isContainer } from '../model/index.ts';
import { CONTAINER_HEADER, CONTAINER_PADDING } from '../catalog/index.ts';

let clipboard: Clipboard | null = null;
let pasteCount = 0;

export function deleteSelection() {
  const { selection, select } = useViewStore.getState();
  const ids = selection.filter((id) => id !== 'internet');
  if (ids.length === 0) return;
  // Resources and flows go in one document change, so one undo brings them all back.
  useDesignStore.getState().remove(ids);
  select([]);
}

export function copySelection(): boolean {
  const { selection } = useViewStore.getState();
  const { design } = useDesignStore.getState();
  const roots = selection.filter((id) => indexDesign(design).byId.has(id));
  if (roots.length === 0) return false;
  clipboard = { resources: design.resources, flows: design.flows, roots };
  pasteCount = 0;
  return true;
}

export function pasteClipboard() {
  if (!clipboard) return;
  pasteCount++;
  const ids = useDesignStore.getState().paste(clipboard, { x: 24 * pasteCount, y: 24 * pasteCount });
  if (ids.length) useViewStore.getState().select(ids);
}

export function duplicateSelection() {
  if (!copySelection()) return;
  pasteClipboard();
}

/** Auto-layout; dagre is loaded on first use, not with the app (first-load budget, BENCHMARKS.md). */
export async function runAutoLayout() {
  const { autoLayout } = await import('../layout/layout.ts');
  const s = useDesignStore.getState();
  s.applyLayout(fit(autoLayout(s.design)));
}

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
