import { useViewStore } from '../../store/viewStore.ts';

/** Say something in the notice at the bottom of the canvas. */
export const notify = (text: string, tone: 'info' | 'error' = 'info') => useViewStore.getState().notify(text, tone);
