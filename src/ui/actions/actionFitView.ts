/** Fit view (toolbar): frame the whole diagram, clear of the minimap and the zoom controls. */
import type { Action } from './types.ts';

export const actionFitView: Action = {
  name: 'fitView',
  label: 'toolbar.fit',
  perform: ({ view }) => {
    view.fit({ duration: 300 });
  },
};
