import { beforeEach, describe, expect, it } from 'vitest';
import { COLLAPSED_PREFIX, loadCollapsed, saveCollapsed, toggleCollapsed } from './collapsed.ts';
import { useLibraryStore } from './library.ts';
import { useViewStore } from './viewStore.ts';

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

describe('collapsed containers: view state per design', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    useViewStore.getState().setCollapsed(new Set());
  });

  it('saves and reads the collapsed ids of one design entry, apart from another’s', () => {
    saveCollapsed('a', new Set(['vpc-1', 'subnet-2']), storage);
    expect([...loadCollapsed('a', storage)]).toEqual(['vpc-1', 'subnet-2']);
    expect(loadCollapsed('b', storage).size).toBe(0);
    saveCollapsed('a', new Set(), storage);
    expect(storage.getItem(`${COLLAPSED_PREFIX}a`)).toBeNull();
  });

  it('reads a damaged value as nothing collapsed, and a design without an entry as nothing', () => {
    storage.setItem(`${COLLAPSED_PREFIX}a`, '{not json');
    expect(loadCollapsed('a', storage).size).toBe(0);
    storage.setItem(`${COLLAPSED_PREFIX}a`, JSON.stringify({ vpc: true }));
    expect(loadCollapsed('a', storage).size).toBe(0);
    storage.setItem(`${COLLAPSED_PREFIX}a`, JSON.stringify(['vpc-1', 3, null]));
    expect([...loadCollapsed('a', storage)]).toEqual(['vpc-1']);
    expect(loadCollapsed(null, storage).size).toBe(0);
  });

  it('storage that throws only means nothing is remembered', () => {
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(() => saveCollapsed('a', new Set(['x']), broken)).not.toThrow();
    expect(loadCollapsed('a', broken).size).toBe(0);
  });

  it('toggling collapses, then expands, in view state', () => {
    useLibraryStore.setState({ currentId: null });
    toggleCollapsed('vpc-1');
    expect(useViewStore.getState().collapsed.has('vpc-1')).toBe(true);
    toggleCollapsed('vpc-1');
    expect(useViewStore.getState().collapsed.has('vpc-1')).toBe(false);
  });
});
