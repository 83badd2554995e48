import type { TFunction } from 'i18next';
import { useDesignStore, clearHistory } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { loadAutosave, saveAutosave } from '../store/persistence.ts';

const DEBOUNCE_MS = 250;

/** Restore the last design, then save after every change settles. Storage failures never lose the design in memory. */
export function startAutosave(t: TFunction) {
  const storage = window.localStorage;
  const loaded = loadAutosave(storage);
  if (loaded.status === 'restored') {
    useDesignStore.getState().replaceDesign(loaded.design);
    clearHistory();
  } else if (loaded.status === 'corrupt') {
    useViewStore.getState().notify(t('storage.corrupt'), 'error');
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  const flush = () => {
    timer = null;
    const result = saveAutosave(storage, useDesignStore.getState().design);
    if (!result.ok && !warned) {
      warned = true;
      useViewStore.getState().notify(t('storage.full'), 'error');
    } else if (result.ok) warned = false;
  };
  useDesignStore.subscribe((s, prev) => {
    if (s.design === prev.design) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  // Leaving the page with a pending save: write it now.
  window.addEventListener('pagehide', () => {
    if (timer) {
      clearTimeout(timer);
      flush();
    }
  });
}
