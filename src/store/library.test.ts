import { readFileSync } from 'node:fs';
import { beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDesignReader } from './designReader.ts';
import type { Design } from '../model/index.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { serializeDesign } from '../io/json/write.ts';
import { encodeShareFragment, sharedStart } from '../io/share/link.ts';
import { useDesignStore, emptyDesign, undo } from './designStore.ts';
import { AUTOSAVE_KEY, CORRUPT_KEY_PREFIX, MemoryStorage } from './persistence.ts';
import {
  DESIGN_KEY_PREFIX,
  INDEX_KEY,
  createLibrary,
  deleteEntry,
  dismissShared,
  initLibrary,
  keepSharedCopy,
  leaveThen,
  openAsNew,
  openBlank,
  openEntry,
  replaceEntry,
  resetLibrarySession,
  resolveLeave,
  uniqueName,
  type Previous,
  saveNow,
  useLibraryStore,
  viewShared,
} from './library.ts';

// The app loads the design reader before the library reads saved designs (app/autosave.ts).
beforeAll(() => loadDesignReader());

function example(file: string): Design {
  const r = parseDesignJson(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(file);
  return r.design;
}
const web = example('single-public-web.json');
const tiers = example('three-tier-alb.json');

function ids() {
  let n = 0;
  return {
    newId: () => `d${++n}`,
    now: (() => {
      let t = 1000;
      return () => (t += 10);
    })(),
  };
}

describe('createLibrary', () => {
  it('starts empty in an empty browser', () => {
    const lib = createLibrary(new MemoryStorage(), ids());
    expect(lib.boot()).toEqual({ id: null, design: null, messages: [] });
    expect(lib.list()).toEqual([]);
  });

  it('adopts a save from before the design list as the first entry and keeps the old key working', () => {
    const s = new MemoryStorage();
    s.setItem(AUTOSAVE_KEY, serializeDesign(web));
    const lib = createLibrary(s, ids());
    const boot = lib.boot();
    expect(boot.id).toBe('d1');
    expect(boot.design).toEqual(web);
    expect(lib.list().map((e) => [e.id, e.name])).toEqual([['d1', web.name]]);
    expect(lib.current()).toBe('d1');
    expect(s.getItem(`${DESIGN_KEY_PREFIX}d1`)).toBe(serializeDesign(web));
    expect(s.getItem(AUTOSAVE_KEY)).toBe(serializeDesign(web));
    // The next start reads the list, not the legacy key, and adds nothing.
    expect(createLibrary(s, ids()).boot().id).toBe('d1');
    expect(createLibrary(s, ids()).list()).toHaveLength(1);
  });

  it('keeps an unreadable old save aside instead of deleting it', () => {
    const s = new MemoryStorage();
    s.setItem(AUTOSAVE_KEY, '{"format":"vpc-town", broken');
    const boot = createLibrary(s, ids()).boot();
    expect(boot.design).toBeNull();
    expect(boot.messages.map((m) => m.key)).toEqual(['storage.corrupt']);
    const kept = Array.from({ length: s.length }, (_, i) => s.key(i)!).filter((k) => k.startsWith(CORRUPT_KEY_PREFIX));
    expect(kept).toHaveLength(1);
    expect(s.getItem(kept[0]!)).toBe('{"format":"vpc-town", broken');
  });

  it('adds, renames, duplicates and removes designs; the list is most recent first', () => {
    const s = new MemoryStorage();
    const lib = createLibrary(s, ids());
    const a = lib.add(web);
    const b = lib.add(tiers);
    expect(a.ok && b.ok).toBe(true);
    expect(lib.list().map((e) => e.id)).toEqual(['d2', 'd1']);
    lib.rename('d1', 'Renamed');
    expect(lib.list().map((e) => e.name)).toEqual(['Renamed', tiers.name]);
    const loaded = lib.load('d1');
    expect(loaded.ok && loaded.design.name).toBe('Renamed');
    const dup = lib.duplicate('d2', 'Copy of tiers');
    expect(dup.ok && dup.id).toBe('d3');
    const copy = lib.load('d3');
    expect(copy.ok && copy.design.resources).toEqual(tiers.resources);
    lib.remove('d2');
    expect(lib.list().map((e) => e.id)).toEqual(['d3', 'd1']);
    expect(s.getItem(`${DESIGN_KEY_PREFIX}d2`)).toBeNull();
  });

  it('marks a corrupt entry as damaged and leaves its text where it is', () => {
    const s = new MemoryStorage();
    const lib = createLibrary(s, ids());
    lib.add(web);
    s.setItem(
      `${DESIGN_KEY_PREFIX}d1`,
      '{"format":"vpc-town","version":1,"name":"x","resources":[{"id":"a"}],"flows":[]}',
    );
    const r = lib.load('d1');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('damaged');
    expect(lib.list()[0]!.damaged).toMatch(/resources\[0\]/);
    expect(s.getItem(`${DESIGN_KEY_PREFIX}d1`)).toContain('"id":"a"');
  });

  it('does not open a damaged current design at start, and says so', () => {
    const s = new MemoryStorage();
    const lib = createLibrary(s, ids());
    const a = lib.add(web);
    lib.setCurrent(a.ok ? a.id : null);
    s.setItem(`${DESIGN_KEY_PREFIX}d1`, 'not json');
    const boot = createLibrary(s, ids()).boot();
    expect(boot.design).toBeNull();
    expect(boot.messages).toEqual([{ key: 'files.library.damagedCurrent', tone: 'error', params: { name: web.name } }]);
    expect(s.getItem(`${DESIGN_KEY_PREFIX}d1`)).toBe('not json');
  });

  it('rebuilds an unreadable index from the saved designs and keeps the old index aside', () => {
    const s = new MemoryStorage();
    const lib = createLibrary(s, ids());
    lib.add(web);
    lib.add(tiers);
    s.setItem(INDEX_KEY, '{oops');
    const again = createLibrary(s, ids());
    const boot = again.boot();
    expect(boot.messages.map((m) => m.key)).toEqual(['files.library.indexRebuilt']);
    expect(
      again
        .list()
        .map((e) => e.name)
        .sort(),
    ).toEqual([tiers.name, web.name].sort());
    const kept = Array.from({ length: s.length }, (_, i) => s.key(i)!).filter((k) => k.startsWith(CORRUPT_KEY_PREFIX));
    expect(kept.map((k) => s.getItem(k))).toEqual(['{oops']);
  });

  it('ignores malformed index entries instead of failing', () => {
    const s = new MemoryStorage();
    s.setItem(
      INDEX_KEY,
      JSON.stringify({
        format: 'vpc-town-library',
        version: 1,
        current: 'zz',
        entries: [
          { id: '../x', name: 1 },
          { id: 'ok', name: 'OK', createdAt: 1, updatedAt: 2 },
        ],
      }),
    );
    const lib = createLibrary(s, ids());
    expect(lib.list().map((e) => e.id)).toEqual(['ok']);
    expect(lib.current()).toBeNull();
  });

  it('reports a full storage and leaves no half-written entry', () => {
    const s = new MemoryStorage(2000);
    const lib = createLibrary(s, ids());
    const r = lib.add(tiers);
    expect(r).toEqual({ ok: false, reason: 'quota' });
    expect(s.getItem(`${DESIGN_KEY_PREFIX}d1`)).toBeNull();
    expect(lib.list()).toEqual([]);
  });

  it('reads the design key, not a stale autosave mirror, when both exist', () => {
    const s = new MemoryStorage();
    const lib = createLibrary(s, ids());
    const a = lib.add(web);
    lib.setCurrent(a.ok ? a.id : null);
    s.setItem(AUTOSAVE_KEY, serializeDesign(tiers));
    expect(createLibrary(s, ids()).boot().design).toEqual(web);
  });
});

describe('sharedStart', () => {
  it('tells a plain start, a shared design and a broken link apart', () => {
    expect(sharedStart('')).toEqual({ kind: 'none' });
    expect(sharedStart('#section')).toEqual({ kind: 'none' });
    const fragment = encodeShareFragment(web);
    const ok = sharedStart(fragment);
    expect(ok.kind === 'shared' && ok.design).toEqual(web);
    const cut = sharedStart(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(cut.kind).toBe('broken');
    expect(cut.kind === 'broken' && cut.message).toMatch(/damaged|incomplete|not valid|missing|expected/i);
    expect(sharedStart('#d=').kind).toBe('broken');
    expect(sharedStart('#d=%E0%A4%A').kind).toBe('broken');
  });
});

describe('the session', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    useDesignStore.getState().replaceDesign(emptyDesign());
  });
  afterEach(() => resetLibrarySession());

  const design = () => useDesignStore.getState().design;
  const edit = (name: string) => useDesignStore.getState().rename(name);
  const canUndo = () => useDesignStore.temporal.getState().pastStates.length > 0;

  it('a new visitor’s empty design enters the list on its first save', () => {
    initLibrary(storage, ids());
    expect(useLibraryStore.getState().entries).toEqual([]);
    expect(saveNow()).toEqual({ ok: true });
    expect(useLibraryStore.getState().entries).toEqual([]); // nothing changed yet
    edit('First');
    saveNow();
    expect(useLibraryStore.getState().entries.map((e) => e.name)).toEqual(['First']);
    expect(useLibraryStore.getState().currentId).toBe('d1');
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).name).toBe('First');
  });

  it('opening another design saves the current one first and starts a fresh undo history', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    edit('Web, edited');
    openAsNew(tiers);
    expect(design().name).toBe(tiers.name);
    expect(canUndo()).toBe(false);
    const entries = useLibraryStore.getState().entries;
    expect(entries.map((e) => e.name).sort()).toEqual([tiers.name, 'Web, edited'].sort());
    const first = entries.find((e) => e.name === 'Web, edited')!;
    expect(openEntry(first.id).ok).toBe(true);
    expect(design().name).toBe('Web, edited');
    expect(useLibraryStore.getState().currentId).toBe(first.id);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).name).toBe('Web, edited');
  });

  it('a shared design is shown but never saved over the user’s work; keeping a copy adds it', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    const mine = useLibraryStore.getState().currentId!;
    const before = storage.getItem(`${DESIGN_KEY_PREFIX}${mine}`);
    viewShared(tiers);
    edit('Edited while viewing');
    saveNow();
    expect(storage.getItem(`${DESIGN_KEY_PREFIX}${mine}`)).toBe(before);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).name).toBe(web.name);
    expect(useLibraryStore.getState().entries).toHaveLength(1);
    expect(keepSharedCopy()).toEqual({ ok: true });
    const state = useLibraryStore.getState();
    expect(state.shared).toBeNull();
    expect(state.entries.map((e) => e.name).sort()).toEqual(['Edited while viewing', web.name].sort());
    expect(state.currentId).not.toBe(mine);
  });

  it('dismissing a shared design brings back the user’s own', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    viewShared(tiers);
    dismissShared('Untitled');
    expect(design()).toEqual(web);
    expect(useLibraryStore.getState().shared).toBeNull();
    expect(useLibraryStore.getState().entries).toHaveLength(1);
  });

  it('a full storage keeps the design in memory and says so until a save succeeds', () => {
    const small = new MemoryStorage(3000);
    initLibrary(small, ids());
    openAsNew(tiers);
    expect(useLibraryStore.getState().storageProblem).toBe('quota');
    expect(design()).toEqual(tiers);
    small.quota = Infinity;
    edit('Saved at last');
    saveNow();
    expect(useLibraryStore.getState().storageProblem).toBeNull();
    expect(useLibraryStore.getState().entries.map((e) => e.name)).toEqual(['Saved at last']);
  });

  it('deleting the open design opens the most recent other one', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    openAsNew(tiers);
    deleteEntry(useLibraryStore.getState().currentId!, 'Untitled');
    expect(design().name).toBe(web.name);
    expect(useLibraryStore.getState().entries.map((e) => e.name)).toEqual([web.name]);
    deleteEntry(useLibraryStore.getState().currentId!, 'Untitled');
    expect(design()).toEqual(emptyDesign('Untitled'));
    expect(useLibraryStore.getState().entries).toEqual([]);
  });
});

describe('leaving the open design', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    useDesignStore.getState().replaceDesign(emptyDesign());
  });
  afterEach(() => resetLibrarySession());

  const design = () => useDesignStore.getState().design;
  const edit = (name: string) => useDesignStore.getState().rename(name);
  const canUndo = () => useDesignStore.temporal.getState().pastStates.length > 0;
  /** Fill the storage to the last character: any write that grows it fails. */
  const fill = () => {
    let used = 0;
    for (let i = 0; i < storage.length; i++) used += storage.key(i)!.length + storage.getItem(storage.key(i)!)!.length;
    storage.quota = used;
  };
  /** Ask to leave; what `go` was told, or 'waiting' while the user is asked. */
  const leave = (then: () => void = () => {}) => {
    let told: Previous | 'waiting' = 'waiting';
    leaveThen((previous) => {
      told = previous;
      then();
    });
    return () => told;
  };

  it('with storage full, an edited design is not left until the user answers; staying keeps the edit and its undo', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    fill();
    edit('A long new name that no longer fits in the full storage');
    expect(saveNow()).toEqual({ ok: false, reason: 'quota' });

    const told = leave(() => openBlank(emptyDesign('Untitled')));
    expect(told()).toBe('waiting');
    expect(useLibraryStore.getState().leaving).toMatchObject({ reason: 'quota' });
    expect(useLibraryStore.getState().leaving?.design.name).toBe(design().name);
    expect(design().name).toBe('A long new name that no longer fits in the full storage');
    resolveLeave('stay');
    expect(told()).toBe('waiting');
    expect(useLibraryStore.getState().leaving).toBeNull();
    expect(design().name).toBe('A long new name that no longer fits in the full storage');
    expect(canUndo()).toBe(true);

    // The user saves it as a file and goes on: the new design opens, and `go` knows it was downloaded.
    const again = leave(() => openBlank(emptyDesign('Untitled')));
    resolveLeave('downloaded');
    expect(again()).toBe('downloaded');
    expect(design().name).toBe('Untitled');
  });

  it('switching to another design or opening a share link with storage full waits for the user too', () => {
    initLibrary(storage, ids());
    openAsNew(tiers);
    const other = useLibraryStore.getState().currentId!;
    openAsNew(web);
    fill();
    edit(`${web.name}, edited while the storage is full`);
    expect(leave(() => openEntry(other))()).toBe('waiting');
    resolveLeave('stay');
    expect(leave(() => viewShared(tiers))()).toBe('waiting');
    resolveLeave('stay');
    expect(design().name).toBe(`${web.name}, edited while the storage is full`);
    expect(useLibraryStore.getState().shared).toBeNull();
  });

  it('says the design left is "kept" only when it is in the list', () => {
    initLibrary(storage, ids());
    // A new visitor's untouched design has no entry: nothing was kept.
    expect(leave(() => openAsNew(web))()).toBe('none');
    expect(leave(() => openAsNew(tiers))()).toBe('kept');
    expect(
      useLibraryStore
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual([tiers.name, web.name].sort());
  });

  it('File › New adds no empty design to the list, and an untouched one is dropped when left', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    leave(() => openBlank(emptyDesign('Untitled')));
    leave(() => openBlank(emptyDesign('Untitled')));
    expect(useLibraryStore.getState().entries.map((e) => e.name)).toEqual([web.name]);
    // Its first edit gives it an entry; undone, it is untouched again and leaving drops it.
    useDesignStore.getState().addAt('region', { x: 0, y: 0 });
    saveNow();
    expect(useLibraryStore.getState().entries).toHaveLength(2);
    undo();
    saveNow();
    expect(leave(() => openAsNew(tiers))()).toBe('none');
    expect(
      useLibraryStore
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual([tiers.name, web.name].sort());
  });

  it('replacing an entry overwrites that one design and opens it; "keep both" names are told apart', () => {
    initLibrary(storage, ids());
    openAsNew(web);
    const id = useLibraryStore.getState().currentId!;
    openAsNew(tiers);
    expect(replaceEntry(id, { ...tiers, name: web.name })).toEqual({ ok: true });
    expect(useLibraryStore.getState().currentId).toBe(id);
    expect(useLibraryStore.getState().entries).toHaveLength(2);
    const loaded = createLibrary(storage).load(id);
    expect(loaded.ok && loaded.design.resources).toEqual(tiers.resources);

    expect(uniqueName('Web', ['Other'])).toBe('Web');
    expect(uniqueName('Web', ['Web'])).toBe('Web (2)');
    expect(uniqueName('Web', ['Web', 'Web (2)'])).toBe('Web (3)');
    expect(uniqueName('Web (2)', ['Web', 'Web (2)'])).toBe('Web (3)');
  });
});
