/** The toolbar's Matrix button and Shift+M: show or hide the access matrix view (ui/matrix). */
import type { Action } from './types.ts';
import { useMatrixUi } from '../matrix/matrixUi.ts';

export const actionMatrix: Action = {
  name: 'matrix',
  label: 'matrix.tab',
  keys: ['Shift+m'],
  shortcutLabel: 'Shift+M',
  perform: () => useMatrixUi.getState().toggle(),
};
