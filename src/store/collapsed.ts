/**
 * Containers collapsed by hand (canvas/lod.ts), remembered per saved design in the browser under
 * `vpc-town:collapsed:<design entry id>`: view state, so never in the design file, the undo
 * history or a share link. A design without an entry (a blank one not yet edited, a shared one
 * being viewed) keeps its collapsed boxes for the session only. Unavailable or full storage only
 * means they are not remembered; a damaged value reads as "nothing collapsed".
 */
import type { ResourceId } from '../model/index.ts';
import { useLibraryStore } from './library.ts';
import { useViewStore } from './viewStore.ts';

export const COLLAPSED_PREFIX = 'vpc-town:collapsed:';

/** The ids saved for design entry `entryId` (empty when none, or when what is saved is not a list of ids). */
export function loadCollapsed(
  entryId: string | null,
  storage: Storage | undefined = globalThis.localStorage,
): Set<ResourceId> {
  if (!entryId) return new Set();
  try {
    const v: unknown = JSON.parse(storage?.getItem(COLLAPSED_PREFIX + entryId) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveCollapsed(
  entryId: string | null,
  ids: ReadonlySet<ResourceId>,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  if (!entryId) return;
  try {
    if (ids.size === 0) storage?.removeItem(COLLAPSED_PREFIX + entryId);
    else storage?.setItem(COLLAPSED_PREFIX + entryId, JSON.stringify([...ids]));
  } catch {
    /* not remembering a collapsed box is acceptable */
  }
}

/** Collapse container `id` to one box, or expand it again; remembered for the open design. */
export function toggleCollapsed(id: ResourceId): void {
  const view = useViewStore.getState();
  const next = new Set(view.collapsed);
  if (!next.delete(id)) next.add(id);
  view.setCollapsed(next);
  saveCollapsed(useLibraryStore.getState().currentId, next);
}

/** Read the open design's collapsed boxes whenever another design is opened; returns the unsubscribe. */
export function followCollapsed(): () => void {
  let current = useLibraryStore.getState().currentId;
  useViewStore.getState().setCollapsed(loadCollapsed(current));
  return useLibraryStore.subscribe((s) => {
    if (s.currentId === current) return;
    const was = current;
    current = s.currentId;
    // A design entering the list on its first edit keeps what was collapsed while it had no entry.
    const kept = useViewStore.getState().collapsed;
    if (was === null && current && kept.size > 0) saveCollapsed(current, kept);
    else useViewStore.getState().setCollapsed(loadCollapsed(current));
  });
}
