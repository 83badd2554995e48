import { describe, expect, it } from 'vitest';
import { LAYOUT_PREFIX, layoutStorage } from './layoutStorage.ts';

function memory(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('layoutStorage', () => {
  it('keeps pane sizes under vpc-town:layout:<group> and reads them back', () => {
    const m = memory();
    const s = layoutStorage(() => m);
    s.setItem('react-resizable-panels:side', '{"inspector":68,"findings":32}');
    expect([...m.map.keys()]).toEqual([`${LAYOUT_PREFIX}side`]);
    expect(s.getItem('react-resizable-panels:side')).toBe('{"inspector":68,"findings":32}');
  });

  it('reads a damaged or foreign value as nothing saved, so the default layout is used', () => {
    const m = memory();
    const s = layoutStorage(() => m);
    for (const bad of ['{', 'null', '[1,2]', '{"a":"x"}', '{"a":-1}', '{"a":1e400}']) {
      m.map.set(`${LAYOUT_PREFIX}side`, bad);
      expect(s.getItem('react-resizable-panels:side'), bad).toBeNull();
    }
  });

  it('never throws when storage is unavailable or full', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const s = layoutStorage(() => broken);
    expect(s.getItem('react-resizable-panels:side')).toBeNull();
    expect(() => s.setItem('react-resizable-panels:side', '{}')).not.toThrow();
    expect(layoutStorage(() => undefined).getItem('x')).toBeNull();
  });
});
