/**
 * Start-up and saving: open the design list (store/library.ts), open a shared design if the URL
 * carries one, and save the open design after every change settles.
 *
 * A shared link never touches the user's work: the shared design is shown, not saved, until
 * "Keep a copy" adds it to the list; the user's own design is loaded as usual underneath, so
 * "Dismiss" (or a broken link) brings it back.
 */
import type { TFunction } from 'i18next';
import { useDesignStore } from '../store/designStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import { MemoryStorage } from '../store/persistence.ts';
import {
  holdsSavedDesigns,
  initLibrary,
  leaveThen,
  saveNow,
  scheduleSave,
  useLibraryStore,
  viewShared,
  externalChange,
} from '../store/library.ts';
import { loadDesignReader } from '../store/designReader.ts';
import { extractPayload } from '../io/share/fragment.ts';
import { brokenLinkNotice } from './shareMessage.ts';

function browserStorage(): { storage: Storage; persistent: boolean } {
  try {
    const s = window.localStorage;
    const probe = 'vpc-town:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return { storage: s, persistent: true };
  } catch {
    // Storage disabled (some private modes, blocked cookies): work in memory and say so.
    return { storage: new MemoryStorage(), persistent: false };
  }
}

/** Drop `#d=…` from the address once the shared design is kept or dismissed (a reload then opens the user's own). */
function clearShareHash() {
  if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Open the shared design of the current URL fragment, if any; a broken link is explained and
 * changes nothing. The decoder (lz-string) is loaded only when there is a link to decode.
 */
async function openSharedFromHash(t: TFunction) {
  if (extractPayload(location.hash) === null) return;
  // The reader too: "Dismiss" reads the user's own design back.
  const [{ sharedStart }] = await Promise.all([import('../io/share/link.ts'), loadDesignReader()]);
  const start = sharedStart(location.hash);
  // A link pasted into an open tab leaves the design on screen: it must be saved first (or the user asked).
  if (start.kind === 'shared') leaveThen(() => viewShared(start.design));
  else if (start.kind === 'broken') {
    // Cleared once reported: a reload (or a crash-and-reload) then opens the user's own design
    // instead of trying the same link again.
    useViewStore.getState().notify(brokenLinkNotice(start, t), 'error');
    clearShareHash();
  }
}

/** Resolves once a shared design in the URL, if any, is open (main.tsx renders after that: no flash of the user's own design). */
export async function startAutosave(t: TFunction): Promise<void> {
  const { storage, persistent } = browserStorage();
  // The design reader (schemas, zod) is not in the first paint: waited for only when there is a
  // saved design to read; main.tsx has started loading it either way.
  if (holdsSavedDesigns(storage)) await loadDesignReader();
  const boot = initLibrary(storage);
  for (const m of boot.messages) useViewStore.getState().notify(t(m.key, m.params ?? {}), m.tone);
  if (!persistent) useLibraryStore.setState({ storageProblem: 'unavailable' });

  // A share link pasted into the address bar of an open tab changes only the fragment.
  window.addEventListener('hashchange', () => void openSharedFromHash(t));

  useLibraryStore.subscribe((s, prev) => {
    if (prev.shared && !s.shared) clearShareHash();
  });
  useDesignStore.subscribe((s, prev) => {
    if (s.design !== prev.design) scheduleSave();
  });
  // Another tab editing the same design: notice, and never overwrite each other silently.
  window.addEventListener('storage', (e) => externalChange(e.key, e.newValue));
  // Leaving the page with a pending save: write it now.
  window.addEventListener('pagehide', () => saveNow());
  await openSharedFromHash(t);
}
