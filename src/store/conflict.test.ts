import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDesignReader } from './designReader.ts';
import { parseDesignJson } from '../io/json/read.ts';
import { serializeDesign } from '../io/json/write.ts';
import { useDesignStore } from './designStore.ts';
import { AUTOSAVE_KEY, MemoryStorage } from './persistence.ts';
import {
  DESIGN_KEY_PREFIX,
  createLibrary,
  externalChange,
  initLibrary,
  INDEX_KEY,
  openAsNew,
  resetLibrarySession,
  resolveConflict,
  resolveDeleted,
  saveNow,
  useLibraryStore,
} from './library.ts';

// The app loads the design reader before the library reads saved designs (app/autosave.ts).
beforeAll(() => loadDesignReader());

const parsed = parseDesignJson(readFileSync(new URL('../../examples/single-public-web.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('example');
const web = parsed.design;

describe('two tabs on one design', () => {
  let storage: MemoryStorage;
  let key: string;
  beforeEach(() => {
    resetLibrarySession();
    storage = new MemoryStorage();
    initLibrary(storage);
    openAsNew(web);
    key = DESIGN_KEY_PREFIX + useLibraryStore.getState().currentId;
  });

  it('a save from another tab holds this tab’s saves, so neither overwrites the other silently', () => {
    const theirs = { ...web, name: 'edited in the other tab' };
    storage.setItem(key, serializeDesign(theirs)); // what the other tab wrote
    externalChange(key, serializeDesign(theirs));
    expect(useLibraryStore.getState().conflict?.name).toBe('edited in the other tab');
    // An edit here is not written over theirs.
    useDesignStore.getState().rename('edited here');
    saveNow();
    expect(parseDesignJson(storage.getItem(key)!).ok && JSON.parse(storage.getItem(key)!).name).toBe(
      'edited in the other tab',
    );
  });

  it('"load theirs" shows the other tab’s design; "keep mine" saves this one over it', () => {
    const theirs = { ...web, name: 'theirs' };
    storage.setItem(key, serializeDesign(theirs));
    externalChange(key, serializeDesign(theirs));
    resolveConflict('theirs');
    expect(useDesignStore.getState().design.name).toBe('theirs');
    expect(useLibraryStore.getState().conflict).toBeNull();

    const again = { ...web, name: 'theirs again' };
    storage.setItem(key, serializeDesign(again));
    externalChange(key, serializeDesign(again));
    useDesignStore.getState().rename('mine');
    resolveConflict('mine');
    expect(JSON.parse(storage.getItem(key)!).name).toBe('mine');
  });

  it('ignores our own echo, other keys and unreadable values', () => {
    saveNow();
    externalChange(key, storage.getItem(key));
    externalChange('vpc-town:design:someone-else', serializeDesign({ ...web, name: 'x' }));
    externalChange(key, '{not json');
    expect(useLibraryStore.getState().conflict).toBeNull();
  });

  it('a design deleted in another tab is not brought back by this tab’s saves; keeping it saves it again', () => {
    createLibrary(storage).remove(key.slice(DESIGN_KEY_PREFIX.length)); // what the other tab did
    externalChange(key, null);
    expect(useLibraryStore.getState().deletedElsewhere).toBe(true);
    useDesignStore.getState().rename('edited after the delete');
    saveNow();
    expect(storage.getItem(key)).toBeNull();
    resolveDeleted('keep', 'Untitled');
    expect(useLibraryStore.getState().deletedElsewhere).toBe(false);
    expect(JSON.parse(storage.getItem(key)!).name).toBe('edited after the delete');
    expect(JSON.parse(storage.getItem(INDEX_KEY)!).current).toBe(key.slice(DESIGN_KEY_PREFIX.length));
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).name).toBe('edited after the delete');
  });

  it('closing a design deleted in another tab opens the most recent other one, and saves nothing of it', () => {
    const first = useLibraryStore.getState().currentId!;
    openAsNew({ ...web, name: 'second' });
    const second = DESIGN_KEY_PREFIX + useLibraryStore.getState().currentId;
    createLibrary(storage).remove(second.slice(DESIGN_KEY_PREFIX.length));
    externalChange(second, null);
    resolveDeleted('close', 'Untitled');
    expect(useLibraryStore.getState().currentId).toBe(first);
    expect(useDesignStore.getState().design.name).toBe(web.name);
    expect(storage.getItem(second)).toBeNull();
  });
});
