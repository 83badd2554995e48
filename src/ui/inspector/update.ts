import type { ResourceKind, ResourceOfKind } from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';

/**
 * The edits a form may make to one resource, typed by its kind: `updateOf(table)({ routes })`
 * checks `routes` against a route table's fields, so no form needs a cast to `Partial<Resource>`.
 * Each call is one undo step (the store's `update`).
 */
export function updateOf<K extends ResourceKind>(r: ResourceOfKind<K>): (patch: Partial<ResourceOfKind<K>>) => void {
  return (patch) => useDesignStore.getState().update<ResourceOfKind<K>>(r.id, patch);
}
