/** File › Designs…: the list of the designs kept in this browser (new, rename, duplicate, delete). */
import { saveNow } from '../../store/library.ts';
import type { Action } from './types.ts';
import { setDialog } from './state.ts';

export const actionDesigns: Action = {
  name: 'designs',
  label: 'files.designs',
  perform: () => {
    saveNow(); // the list shows the open design as it is now
    setDialog({ kind: 'designs' });
  },
};
