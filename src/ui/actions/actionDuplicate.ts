/** Duplicate (toolbar) and Ctrl/Cmd+D: copy the selection and paste it at once. */
import type { Action } from './types.ts';
import { copySelection, pasteClipboard } from './clipboard.ts';

export const actionDuplicate: Action = {
  name: 'duplicate',
  label: 'toolbar.duplicate',
  keys: ['$mod+d'],
  shortcutLabel: 'Ctrl+D',
  perform: () => {
    if (!copySelection()) return;
    pasteClipboard();
  },
};
