/** File › Export SVG: the whole diagram as a vector image, white or transparent. */
import type { Action } from './types.ts';
import { exportImage } from './exportImage.ts';

export const actionExportSvg: Action = {
  name: 'exportSvg',
  label: 'files.exportSvg',
  perform: (ctx) => exportImage(ctx, 'svg'),
};
