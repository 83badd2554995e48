/**
 * File › Compare…: pick a second design file; a dialog lists the traffic it allows that the open
 * design does not, and the reverse (ui/compare). The open design is only read.
 */
import { MAX_DESIGN_BYTES } from '../../io/json/limits.ts';
import type { Action } from './types.ts';
import { setDialog } from './state.ts';

/** Read a picked file into the Compare dialog (which parses it and says what is wrong, if anything). */
export async function compareWith(file: File) {
  if (file.size > MAX_DESIGN_BYTES) {
    setDialog({ kind: 'compare', file: file.name, text: null });
    return;
  }
  let text: string | null = null;
  try {
    text = await file.text();
  } catch {
    text = null;
  }
  setDialog({ kind: 'compare', file: file.name, text });
}

export const actionCompare: Action = {
  name: 'compare',
  label: 'files.compare',
  menuHint: '.json',
  perform: () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) void compareWith(f);
    });
    input.click();
  },
};
