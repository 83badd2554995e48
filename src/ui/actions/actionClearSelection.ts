/** Escape: select nothing. (An open menu or dialog takes Escape first, to close itself.) */
import { useViewStore } from '../../store/viewStore.ts';
import type { Action } from './types.ts';

export const actionClearSelection: Action = {
  name: 'clearSelection',
  label: 'actions.clearSelection',
  keys: ['Escape'],
  perform: () => useViewStore.getState().select([]),
};
