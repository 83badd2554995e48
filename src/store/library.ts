/**
 * Several designs in one browser.
 *
 * Storage layout (localStorage):
 * - `vpc-town:designs`: the index, `{format, version, current, entries: [{id, name, createdAt, updatedAt, damaged?}]}`.
 * - `vpc-town:design:<id>`: one saved design each, the same JSON as a downloaded file.
 * - `vpc-town:autosave`: a mirror of the open design. Saves made before the list existed live only
 *   here; the first start with no index adopts such a save as the first entry (migration). The
 *   design's own key is written first, so after a failed write it is the fresher of the two and
 *   the one read back.
 * - `vpc-town:corrupt:…`: unreadable text kept aside, never deleted by the app.
 *
 * The first half of this file is a plain library over an injected Storage (tested with a fake);
 * the second half is the session: which design is open, whether a shared design is being viewed,
 * and the debounced save, wired to the design store.
 */
import { create } from 'zustand';
import type { Design } from '../model/index.ts';
import { designReaderLoaded, loadDesignReader, readDesign } from './designReader.ts';
import { serializeDesign } from '../io/json/write.ts';
import { useDesignStore, clearHistory, emptyDesign } from './designStore.ts';
import {
  AUTOSAVE_KEY,
  keepAside,
  loadAutosave,
  readText,
  safeRemove,
  writeText,
  type SaveOutcome,
} from './persistence.ts';

export const INDEX_KEY = 'vpc-town:designs';
export const DESIGN_KEY_PREFIX = 'vpc-town:design:';
const INDEX_FORMAT = 'vpc-town-library';

export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Set when the saved text could not be read: the text stays where it is, untouched. */
  readonly damaged?: string;
}

interface IndexDoc {
  format: typeof INDEX_FORMAT;
  version: 1;
  current: string | null;
  entries: LibraryEntry[];
}

export type EntryLoad =
  { ok: true; design: Design; warnings: string[] } | { ok: false; reason: 'missing' | 'damaged'; message: string };

/** What a start found; `messages` are i18n keys under `files.` with their parameters. */
export interface Boot {
  readonly id: string | null;
  readonly design: Design | null;
  readonly messages: readonly BootMessage[];
}
export interface BootMessage {
  readonly key: 'storage.corrupt' | 'files.library.indexRebuilt' | 'files.library.damagedCurrent';
  readonly tone: 'info' | 'error';
  readonly params?: Record<string, string>;
}

export interface LibraryOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
}

const designKey = (id: string) => `${DESIGN_KEY_PREFIX}${id}`;

function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().slice(0, 13).replace('-', '');
  return Math.random().toString(36).slice(2, 14);
}

function isEntry(v: unknown): v is LibraryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    /^[\w-]{1,64}$/.test(e.id) &&
    typeof e.name === 'string' &&
    typeof e.createdAt === 'number' &&
    typeof e.updatedAt === 'number' &&
    (e.damaged === undefined || typeof e.damaged === 'string')
  );
}

export interface Library {
  list(): LibraryEntry[];
  current(): string | null;
  setCurrent(id: string | null): SaveOutcome;
  load(id: string): EntryLoad;
  rawText(id: string): string | null;
  save(id: string, design: Design): SaveOutcome;
  add(design: Design): { ok: true; id: string } | { ok: false; reason: 'quota' | 'unavailable' };
  rename(id: string, name: string): SaveOutcome | EntryLoad;
  duplicate(
    id: string,
    name: string,
  ): { ok: true; id: string } | { ok: false; reason: 'quota' | 'unavailable' } | Extract<EntryLoad, { ok: false }>;
  remove(id: string): SaveOutcome;
  boot(): Boot;
}

export function createLibrary(storage: Storage, options: LibraryOptions = {}): Library {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  let rebuilt = false;

  /** Read the index; an unreadable one is kept aside and rebuilt from the design keys. */
  function readIndex(): IndexDoc | null {
    const text = readText(storage, INDEX_KEY);
    if (text === null) return null;
    try {
      const doc = JSON.parse(text) as Partial<IndexDoc>;
      if (doc && doc.format === INDEX_FORMAT && Array.isArray(doc.entries)) {
        const seen = new Set<string>();
        const entries = doc.entries.filter((e): e is LibraryEntry => isEntry(e) && !seen.has(e.id) && !!seen.add(e.id));
        const current = typeof doc.current === 'string' && seen.has(doc.current) ? doc.current : null;
        return { format: INDEX_FORMAT, version: 1, current, entries };
      }
    } catch {
      /* fall through: rebuild */
    }
    keepAside(storage, INDEX_KEY, text, String(now()));
    rebuilt = true;
    return rebuildIndex();
  }

  function rebuildIndex(): IndexDoc {
    const entries: LibraryEntry[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(DESIGN_KEY_PREFIX)) continue;
      const id = key.slice(DESIGN_KEY_PREFIX.length);
      const parsed = readDesign(readText(storage, key) ?? '');
      const t = now();
      entries.push(
        parsed.ok
          ? { id, name: parsed.design.name, createdAt: t, updatedAt: t }
          : { id, name: id, createdAt: t, updatedAt: t, damaged: parsed.errors[0]?.message ?? 'unreadable' },
      );
    }
    const doc: IndexDoc = { format: INDEX_FORMAT, version: 1, current: null, entries };
    writeIndex(doc);
    return doc;
  }

  function writeIndex(doc: IndexDoc): SaveOutcome {
    return writeText(storage, INDEX_KEY, JSON.stringify(doc));
  }

  function index(): IndexDoc {
    return readIndex() ?? { format: INDEX_FORMAT, version: 1, current: null, entries: [] };
  }

  function patchEntry(id: string, patch: Partial<LibraryEntry> | null): SaveOutcome {
    const doc = index();
    if (patch === null) doc.entries = doc.entries.filter((e) => e.id !== id);
    else {
      const i = doc.entries.findIndex((e) => e.id === id);
      if (i >= 0) doc.entries[i] = { ...doc.entries[i]!, ...patch };
      else doc.entries.push({ id, name: '', createdAt: now(), updatedAt: now(), ...patch });
    }
    if (doc.current === id && patch === null) doc.current = null;
    return writeIndex(doc);
  }

  const lib: Library = {
    /** Entries, most recently changed first. */
    list(): LibraryEntry[] {
      return [...index().entries].sort((a, b) => b.updatedAt - a.updatedAt);
    },

    current(): string | null {
      return index().current;
    },

    setCurrent(id: string | null): SaveOutcome {
      const doc = index();
      doc.current = id !== null && doc.entries.some((e) => e.id === id) ? id : null;
      return writeIndex(doc);
    },

    /** Read a saved design; an unreadable one is marked damaged in the list and left where it is. */
    load(id: string): EntryLoad {
      const text = readText(storage, designKey(id));
      if (text === null) return { ok: false, reason: 'missing', message: 'This design is no longer in this browser.' };
      const parsed = readDesign(text);
      if (parsed.ok) return { ok: true, design: parsed.design, warnings: parsed.warnings };
      const message = parsed.errors[0]?.message ?? 'unreadable';
      patchEntry(id, { damaged: message });
      return { ok: false, reason: 'damaged', message };
    },

    /** The raw saved text (to download a damaged entry). */
    rawText(id: string): string | null {
      return readText(storage, designKey(id));
    },

    /** Write a design under its id; the open design is mirrored to the autosave key too. */
    save(id: string, design: Design): SaveOutcome {
      const text = serializeDesign(design);
      const written = writeText(storage, designKey(id), text);
      if (!written.ok) return written;
      const doc = index();
      const i = doc.entries.findIndex((e) => e.id === id);
      const t = now();
      if (i >= 0) doc.entries[i] = { id, name: design.name, createdAt: doc.entries[i]!.createdAt, updatedAt: t };
      else doc.entries.push({ id, name: design.name, createdAt: t, updatedAt: t });
      const indexed = writeIndex(doc);
      if (!indexed.ok) return indexed;
      if (doc.current === id && !writeText(storage, AUTOSAVE_KEY, text).ok) {
        // The mirror is a convenience; a stale one must not be read back as this design.
        safeRemove(storage, AUTOSAVE_KEY);
      }
      return { ok: true };
    },

    /** Add a design as a new entry. */
    add(design: Design): { ok: true; id: string } | { ok: false; reason: 'quota' | 'unavailable' } {
      let id = newId();
      while (readText(storage, designKey(id)) !== null) id = newId();
      const saved = lib.save(id, design);
      if (!saved.ok) {
        safeRemove(storage, designKey(id));
        return saved;
      }
      return { ok: true, id };
    },

    rename(id: string, name: string): SaveOutcome | EntryLoad {
      const loaded = lib.load(id);
      if (!loaded.ok) return loaded;
      return lib.save(id, { ...loaded.design, name });
    },

    duplicate(id: string, name: string) {
      const loaded = lib.load(id);
      if (!loaded.ok) return loaded;
      return lib.add({ ...loaded.design, name });
    },

    /** Delete a design (the user confirmed). Its text goes too, damaged or not. */
    remove(id: string): SaveOutcome {
      const wasCurrent = index().current === id;
      safeRemove(storage, designKey(id));
      if (wasCurrent) safeRemove(storage, AUTOSAVE_KEY);
      return patchEntry(id, null);
    },

    /**
     * Start: the open design from the last visit. Without an index, a save from before the list
     * (`vpc-town:autosave`) becomes the first entry.
     */
    boot(): Boot {
      const messages: BootMessage[] = [];
      const doc = readIndex();
      if (rebuilt) messages.push({ key: 'files.library.indexRebuilt', tone: 'error' });
      if (doc === null) {
        const legacy = loadAutosave(storage);
        if (legacy.status === 'corrupt') messages.push({ key: 'storage.corrupt', tone: 'error' });
        if (legacy.status !== 'restored') return { id: null, design: null, messages };
        const added = lib.add(legacy.design);
        if (added.ok) lib.setCurrent(added.id);
        return { id: added.ok ? added.id : null, design: legacy.design, messages };
      }
      if (doc.current === null) return { id: null, design: null, messages };
      const loaded = lib.load(doc.current);
      if (loaded.ok) return { id: doc.current, design: loaded.design, messages };
      if (loaded.reason === 'missing') {
        // The design's key is gone but the mirror may hold it (a write failed half-way).
        const legacy = loadAutosave(storage);
        if (legacy.status === 'restored' && lib.save(doc.current, legacy.design).ok) {
          return { id: doc.current, design: legacy.design, messages };
        }
        patchEntry(doc.current, null);
        return { id: null, design: null, messages };
      }
      messages.push({
        key: 'files.library.damagedCurrent',
        tone: 'error',
        params: { name: doc.entries.find((e) => e.id === doc.current)?.name ?? '' },
      });
      lib.setCurrent(null);
      return { id: null, design: null, messages };
    },
  };
  return lib;
}

/* ------------------------------------------------------------------ share links at start */

/* ------------------------------------------------------------------ the session */

export type StorageProblem = 'quota' | 'unavailable' | null;

/**
 * Why the open design cannot be left yet: it is not saved in this browser (storage full or
 * refused), another tab holds a different version of it, another tab deleted it, or it is a
 * shared design with edits. The user is asked (see leaveThen), never left to lose it silently.
 */
export type LeaveProblem = 'quota' | 'unavailable' | 'conflict' | 'deleted' | 'shared';

/**
 * What became of the design that was left, so that a notice says only what is true:
 * `kept` it is in the list; `none` there was nothing to keep (an untouched new design, a shared
 * design never kept); `downloaded` the user saved it as a file; `discarded` the user chose to
 * leave it unsaved.
 */
export type Previous = 'kept' | 'none' | 'downloaded' | 'discarded';

export interface PendingLeave {
  readonly reason: LeaveProblem;
  /** The design being left, as it is now (to download it). */
  readonly design: Design;
}

export interface LibraryState {
  /** The list shown in the Designs dialog. */
  entries: readonly LibraryEntry[];
  /** The entry the open design is saved to; null until the first save of a new design. */
  currentId: string | null;
  /** A design opened from a share link that is not the user's yet: it is not saved until kept. */
  shared: Design | null;
  /** The last save failed: the design is only in this tab. */
  storageProblem: StorageProblem;
  /**
   * Another tab saved the open design: this tab stops saving it (so neither overwrites the other
   * silently) until the user picks a version. Holds the other tab's design.
   */
  conflict: Design | null;
  /**
   * Another tab deleted the open design: this tab stops saving it (saving would bring it back
   * behind the other tab's back) until the user keeps it or closes it.
   */
  deletedElsewhere: boolean;
  /** A request to leave the open design that waits for the user's answer (see leaveThen). */
  leaving: PendingLeave | null;
}

export const useLibraryStore = create<LibraryState>()(() => ({
  entries: [],
  currentId: null,
  shared: null,
  storageProblem: null,
  conflict: null,
  deletedElsewhere: false,
  leaving: null,
}));

let lib: Library | null = null;
/** The design last read from or written to the current entry: saving it again would change nothing. */
let lastSaved: Design | null = null;
/**
 * The empty design a New design (or a first visit) started with. While it is on screen untouched
 * it has no entry (it enters the list on its first edit), and leaving it drops any entry it got,
 * so untouched "Untitled design"s never pile up in the list.
 */
let blank: Design | null = null;
/** What to do once the user answers a pending leave (see leaveThen). */
let pendingGo: ((previous: Previous) => void) | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const SAVE_DEBOUNCE_MS = 250;

function refresh(patch: Partial<LibraryState> = {}) {
  useLibraryStore.setState({ entries: lib ? lib.list() : [], ...patch });
}

/** Show a design as the open one, with its own undo history. */
function show(design: Design) {
  lastSaved = design;
  blank = null;
  useDesignStore.getState().replaceDesign(design);
  clearHistory();
}

function clearTimer() {
  if (timer) clearTimeout(timer);
  timer = null;
}

/**
 * Whether a storage holds anything the library reads with the design reader at start: the list,
 * a saved design, or a save from before the list. A first visit holds none of them.
 */
export function holdsSavedDesigns(storage: Storage): boolean {
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === INDEX_KEY || key === AUTOSAVE_KEY || key?.startsWith(DESIGN_KEY_PREFIX)) return true;
    }
  } catch {
    /* unavailable storage: nothing to read */
  }
  return false;
}

/**
 * Connect the session to a storage (localStorage in the app, a fake in tests). The design reader
 * must have loaded when the storage holds saved designs (holdsSavedDesigns, loadDesignReader).
 */
export function initLibrary(storage: Storage, options: LibraryOptions = {}): Boot {
  lib = createLibrary(storage, options);
  lastSaved = null;
  pendingGo = null;
  const boot = lib.boot();
  if (boot.design) show(boot.design);
  // A new visitor's empty design enters the list on its first edit, not on every visit.
  else lastSaved = blank = useDesignStore.getState().design;
  refresh({
    currentId: boot.id,
    shared: null,
    storageProblem: null,
    conflict: null,
    deletedElsewhere: false,
    leaving: null,
  });
  return boot;
}

/** Save the open design now (if it changed). A new design gets its entry on its first save. */
export function saveNow(): SaveOutcome {
  clearTimer();
  const { shared, currentId, conflict, deletedElsewhere } = useLibraryStore.getState();
  const design = useDesignStore.getState().design;
  if (!lib || shared || conflict || deletedElsewhere || design === lastSaved) return { ok: true };
  let result: SaveOutcome;
  if (currentId === null) {
    const added = lib.add(design);
    if (added.ok) {
      lib.setCurrent(added.id);
      lib.save(added.id, design); // now current: write the mirror too
      useLibraryStore.setState({ currentId: added.id });
    }
    result = added.ok ? { ok: true } : added;
  } else result = lib.save(currentId, design);
  if (result.ok) lastSaved = design;
  refresh({ storageProblem: result.ok ? null : result.reason });
  return result;
}

/**
 * A `storage` event: another tab wrote `key` (null: cleared the whole storage). If it is the open
 * design's entry and holds a design other than the one this tab last saved, hold this tab's saves
 * and ask the user (see resolveConflict); if it deleted the entry, hold them too and ask whether
 * to keep it (see resolveDeleted). Unreadable or unrelated writes are ignored.
 */
export function externalChange(key: string | null, newValue: string | null) {
  if (!lib) return;
  // Another tab changed the list (added, renamed, deleted a design): show it as it is now.
  if (key === INDEX_KEY || key === null) refresh();
  const { currentId, shared } = useLibraryStore.getState();
  if (shared || !currentId) return;
  const own = DESIGN_KEY_PREFIX + currentId;
  if (key === null) {
    if (lib.rawText(currentId) === null) refresh({ deletedElsewhere: true, conflict: null });
    return;
  }
  if (key !== own) return;
  if (newValue === null) {
    clearTimer();
    refresh({ deletedElsewhere: true, conflict: null });
    return;
  }
  // The other tab kept it after all: it exists again.
  useLibraryStore.setState({ deletedElsewhere: false });
  if (lastSaved && newValue === serializeDesign(lastSaved)) return;
  // The reader loads at boot; a write from another tab before it has arrived is read once it has.
  if (!designReaderLoaded()) {
    void loadDesignReader().then(() => externalChange(key, newValue));
    return;
  }
  const parsed = readDesign(newValue);
  if (!parsed.ok) return;
  refresh({ conflict: parsed.design });
}

/** The user's answer to a conflict: take the other tab's version, or keep this one (and save it over theirs). */
export function resolveConflict(choice: 'theirs' | 'mine') {
  const { conflict } = useLibraryStore.getState();
  if (!conflict) return;
  useLibraryStore.setState({ conflict: null });
  if (choice === 'theirs') show(conflict);
  else {
    lastSaved = null;
    saveNow();
  }
}

/**
 * The user's answer to "deleted in another tab": keep it (saved again under the same entry, and
 * opened here on the next visit), or close it here too (the most recent other design opens, or a
 * new one).
 */
export function resolveDeleted(choice: 'keep' | 'close', untitled: string) {
  const { deletedElsewhere, currentId } = useLibraryStore.getState();
  if (!deletedElsewhere || !lib) return;
  useLibraryStore.setState({ deletedElsewhere: false });
  if (choice === 'keep') {
    lastSaved = null;
    const saved = saveNow();
    if (saved.ok && currentId) {
      // Open here on the next visit, and mirrored to the autosave key like any open design.
      lib.setCurrent(currentId);
      lib.save(currentId, useDesignStore.getState().design);
    }
    refresh();
    return;
  }
  useLibraryStore.setState({ currentId: null });
  openNext(untitled);
}

/** Called on every change of the document: save once edits settle. */
export function scheduleSave(delay = SAVE_DEBOUNCE_MS) {
  if (timer) clearTimeout(timer);
  timer = setTimeout(saveNow, delay);
}

/** Save the open design and say whether it is safely in the list (for texts that claim so). */
export function currentIsKept(): boolean {
  saveNow();
  const { shared, conflict, deletedElsewhere, currentId } = useLibraryStore.getState();
  const design = useDesignStore.getState().design;
  return !shared && !conflict && !deletedElsewhere && currentId !== null && design === lastSaved && design !== blank;
}

/**
 * May the open design be left? It is saved first; an untouched new design is dropped from the
 * list (nothing to keep). Anything else that is not safely saved is a problem to ask about.
 */
function checkLeave(): { ok: true; previous: 'kept' | 'none' } | { ok: false; reason: LeaveProblem } {
  if (!lib) return { ok: true, previous: 'none' };
  saveNow();
  const { shared, conflict, deletedElsewhere, currentId, storageProblem } = useLibraryStore.getState();
  const design = useDesignStore.getState().design;
  if (shared) return design === shared ? { ok: true, previous: 'none' } : { ok: false, reason: 'shared' };
  if (deletedElsewhere) return { ok: false, reason: 'deleted' };
  if (conflict) return { ok: false, reason: 'conflict' };
  if (design !== lastSaved) return { ok: false, reason: storageProblem ?? 'quota' };
  if (design === blank || currentId === null) {
    if (currentId !== null) {
      lib.remove(currentId);
      useLibraryStore.setState({ currentId: null });
      refresh();
    }
    return { ok: true, previous: 'none' };
  }
  return { ok: true, previous: 'kept' };
}

/**
 * Every way of leaving the open design (New, a template, a file, another design of the list, a
 * share link) goes through here: `go` runs now if the design is safely saved, else the question
 * is put to the user (`leaving`) and `go` runs only after they download it or choose to leave it
 * unsaved (resolveLeave). `go` is told what became of the design left, for a truthful notice.
 */
export function leaveThen(go: (previous: Previous) => void): void {
  const check = checkLeave();
  if (check.ok) {
    go(check.previous);
    return;
  }
  pendingGo = go;
  useLibraryStore.setState({ leaving: { reason: check.reason, design: useDesignStore.getState().design } });
}

/** The user's answer to a pending leave: stay (nothing changes), or go on after downloading or discarding. */
export function resolveLeave(choice: 'stay' | 'downloaded' | 'discarded') {
  const go = pendingGo;
  pendingGo = null;
  useLibraryStore.setState({ leaving: null });
  if (choice === 'stay' || !go) return;
  // The design is left on purpose: its questions (other tab, deletion) go with it.
  useLibraryStore.setState({ conflict: null, deletedElsewhere: false });
  go(choice);
}

/**
 * Open a design as a new entry (a template, a file); call it through leaveThen. `deferSave` (a
 * large design): the design shows first and is saved once it has been painted, not in the same
 * task. It is not lost meanwhile: it is unsaved (lastSaved null), so leaving it, or the page,
 * saves it first (checkLeave, pagehide), and a failed save shows the storage strip.
 */
export function openAsNew(design: Design, options: { deferSave?: boolean } = {}): SaveOutcome {
  saveNow();
  // A conflict concerns the design being left; the new one starts clean.
  useLibraryStore.setState({ shared: null, currentId: null, conflict: null, deletedElsewhere: false });
  show(design);
  lastSaved = null; // not saved yet: saveNow adds it
  if (!options.deferSave) return saveNow();
  saveAfterPaint();
  return { ok: true };
}

/** Save once the next frame is painted (then in a task of its own). */
function saveAfterPaint() {
  clearTimer();
  const later = () => {
    clearTimer();
    timer = setTimeout(saveNow, 0);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
  else later();
}

/** Start a new, empty design; call it through leaveThen. It enters the list on its first edit. */
export function openBlank(design: Design) {
  saveNow();
  useLibraryStore.setState({ shared: null, currentId: null, conflict: null, deletedElsewhere: false });
  show(design);
  blank = design;
  lib?.setCurrent(null);
  refresh();
}

/** Open a design over an existing entry (the user chose "Replace"); call it through leaveThen. */
export function replaceEntry(id: string, design: Design): SaveOutcome {
  saveNow();
  useLibraryStore.setState({ shared: null, currentId: id, conflict: null, deletedElsewhere: false });
  show(design);
  lastSaved = null;
  const saved = saveNow();
  if (saved.ok) lib?.setCurrent(id);
  return saved;
}

/** "name (2)", "name (3)"…: the first name not taken, to tell two designs of one name apart. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) if (!names.has(`${base} (${n})`)) return `${base} (${n})`;
}

/** Open a design of the list; call it through leaveThen. */
export function openEntry(id: string): EntryLoad {
  if (!lib) return { ok: false, reason: 'missing', message: '' };
  const { currentId, shared } = useLibraryStore.getState();
  if (id === currentId && !shared) return { ok: true, design: useDesignStore.getState().design, warnings: [] };
  saveNow();
  const loaded = lib.load(id);
  if (!loaded.ok) {
    refresh();
    return loaded;
  }
  lib.setCurrent(id);
  show(loaded.design);
  lib.save(id, loaded.design); // refresh the autosave mirror
  refresh({ currentId: id, shared: null, conflict: null, deletedElsewhere: false });
  return loaded;
}

export function renameEntry(id: string, name: string) {
  if (!lib) return;
  if (id === useLibraryStore.getState().currentId && !useLibraryStore.getState().shared) {
    useDesignStore.getState().rename(name);
    saveNow();
  } else lib.rename(id, name);
  refresh();
}

export function duplicateEntry(id: string, name: string) {
  if (!lib) return { ok: false as const, reason: 'unavailable' as const };
  if (id === useLibraryStore.getState().currentId) saveNow();
  const result = lib.duplicate(id, name);
  const full = !result.ok && (result.reason === 'quota' || result.reason === 'unavailable');
  refresh(full ? { storageProblem: result.reason as StorageProblem } : {});
  return result;
}

/** The open design is gone: open the most recent other one, or a new one. */
function openNext(untitled: string) {
  for (const e of lib?.list() ?? []) if (!e.damaged && openEntry(e.id).ok) return;
  openBlank(emptyDesign(untitled));
}

/** Delete an entry (confirmed by the user). Deleting the open design opens the most recent other one, or a new one. */
export function deleteEntry(id: string, untitled: string) {
  if (!lib) return;
  const { currentId, shared } = useLibraryStore.getState();
  lib.remove(id);
  if (id === currentId) {
    clearTimer();
    useLibraryStore.setState({ currentId: null, conflict: null, deletedElsewhere: false });
    if (!shared) {
      openNext(untitled);
      return;
    }
  }
  refresh();
  // Deleting makes room: a design that could not be saved for lack of space is saved now.
  if (useLibraryStore.getState().storageProblem === 'quota') saveNow();
}

export function rawEntryText(id: string): string | null {
  return lib?.rawText(id) ?? null;
}

/** View a shared design (call it through leaveThen): shown, not saved, the user's own work untouched until they keep a copy. */
export function viewShared(design: Design) {
  saveNow();
  useLibraryStore.setState({ shared: design, conflict: null, deletedElsewhere: false });
  show(design);
}

/** Keep the shared design (with any edits made while viewing) as a new entry of the list, and open it. */
export function keepSharedCopy(): SaveOutcome {
  useLibraryStore.setState({ shared: null, currentId: null });
  lastSaved = null;
  return saveNow();
}

/** Stop viewing the shared design and go back to the user's own. */
export function dismissShared(untitled: string) {
  const { currentId } = useLibraryStore.getState();
  useLibraryStore.setState({ shared: null });
  const loaded = currentId && lib ? lib.load(currentId) : null;
  if (loaded?.ok) show(loaded.design);
  else {
    useLibraryStore.setState({ currentId: null });
    openBlank(emptyDesign(untitled));
  }
  refresh();
}

/** Test hook: forget the session. */
export function resetLibrarySession() {
  clearTimer();
  lib = null;
  lastSaved = null;
  blank = null;
  pendingGo = null;
  useLibraryStore.setState({
    entries: [],
    currentId: null,
    shared: null,
    storageProblem: null,
    conflict: null,
    deletedElsewhere: false,
    leaving: null,
  });
}
