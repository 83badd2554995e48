/** Ctrl/Cmd+V: paste what was copied, a step down and right, as one undo step. */
import type { Action } from './types.ts';
import { pasteClipboard } from './clipboard.ts';

export const actionPaste: Action = {
  name: 'paste',
  label: 'actions.paste',
  keys: ['$mod+v'],
  perform: pasteClipboard,
};
