/** File › Export PNG: the whole diagram at 2× (less above 16 megapixels), white or transparent. */
import type { Action } from './types.ts';
import { exportImage } from './exportImage.ts';

export const actionExportPng: Action = {
  name: 'exportPng',
  label: 'files.exportPng',
  menuHint: '2×',
  perform: (ctx) => exportImage(ctx, 'png'),
};
