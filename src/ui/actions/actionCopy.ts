/** Ctrl/Cmd+C: copy the selected resources (and what is inside them) to the app's clipboard. */
import type { Action } from './types.ts';
import { copySelection } from './clipboard.ts';

export const actionCopy: Action = {
  name: 'copy',
  label: 'actions.copy',
  keys: ['$mod+c'],
  perform: () => void copySelection(),
};
