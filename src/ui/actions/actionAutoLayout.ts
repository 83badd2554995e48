/** Auto-layout (toolbar): place everything with dagre, deepest containers first, then fit the view. */
import { useDesignStore, fit } from '../../store/designStore.ts';
import type { Action } from './types.ts';

export const actionAutoLayout: Action = {
  name: 'autoLayout',
  label: 'toolbar.layout',
  perform: async ({ view }) => {
    // dagre is loaded on first use, not with the app (first-load budget, BENCHMARKS.md).
    const { autoLayout } = await import('../../layout/layout.ts');
    const s = useDesignStore.getState();
    s.applyLayout(fit(autoLayout(s.design)));
    requestAnimationFrame(() => view.fit({ duration: 300 }));
  },
};
