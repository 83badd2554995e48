/**
 * The app's own clipboard for Copy, Paste and Duplicate: what was copied, within this tab. Each
 * paste lands a step further down and right, so repeated pastes do not stack on one another.
 */
import { useDesignStore, type Clipboard } from '../../store/designStore.ts';
import { useViewStore } from '../../store/viewStore.ts';
import { indexDesign } from '../../model/index.ts';

let clipboard: Clipboard | null = null;
let pasteCount = 0;

/** Copy the selected resources (with what is inside them); false when nothing copyable is selected. */
export function copySelection(): boolean {
  const { selection } = useViewStore.getState();
  const { design } = useDesignStore.getState();
  const roots = selection.filter((id) => indexDesign(design).byId.has(id));
  if (roots.length === 0) return false;
  clipboard = { resources: design.resources, flows: design.flows, roots };
  pasteCount = 0;
  return true;
}

/** Paste what was copied, as one undo step, and select it. */
export function pasteClipboard() {
  if (!clipboard) return;
  pasteCount++;
  const ids = useDesignStore.getState().paste(clipboard, { x: 24 * pasteCount, y: 24 * pasteCount });
  if (ids.length) useViewStore.getState().select(ids);
}
