/** Undo (toolbar) and Ctrl/Cmd+Z. One drag, resize or edit is one step. */
import { undo } from '../../store/designStore.ts';
import type { Action } from './types.ts';

export const actionUndo: Action = {
  name: 'undo',
  label: 'toolbar.undo',
  keys: ['$mod+z'],
  shortcutLabel: 'Ctrl+Z',
  perform: undo,
};
