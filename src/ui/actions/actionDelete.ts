/** Delete (toolbar), Delete and Backspace: remove the selected resources and flows. */
import { useDesignStore } from '../../store/designStore.ts';
import { useViewStore } from '../../store/viewStore.ts';
import { INTERNET } from '../../model/index.ts';
import type { Action } from './types.ts';

export const actionDelete: Action = {
  name: 'delete',
  label: 'toolbar.delete',
  keys: ['Delete', 'Backspace'],
  shortcutLabel: 'Delete',
  perform: () => {
    const { selection, select } = useViewStore.getState();
    // The Internet is always there: it is not a resource of the design.
    const ids = selection.filter((id) => id !== INTERNET);
    if (ids.length === 0) return;
    // Resources and flows go in one document change, so one undo brings them all back.
    useDesignStore.getState().remove(ids);
    select([]);
  },
};
