/** Redo (toolbar), Shift+Ctrl/Cmd+Z and Ctrl/Cmd+Y. */
import { redo } from '../../store/designStore.ts';
import type { Action } from './types.ts';

export const actionRedo: Action = {
  name: 'redo',
  label: 'toolbar.redo',
  keys: ['$mod+Shift+z', '$mod+y'],
  shortcutLabel: 'Ctrl+Shift+Z',
  perform: redo,
};
