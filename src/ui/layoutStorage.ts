import type { LayoutStorage } from 'react-resizable-panels';

/** react-resizable-panels names its keys `react-resizable-panels:<group id>`; ours live beside the app's own. */
const LIBRARY_PREFIX = 'react-resizable-panels:';
export const LAYOUT_PREFIX = 'vpc-town:layout:';

/** A saved layout is an object of panel id → size in percent; anything else is ignored, never thrown. */
function isLayout(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    return Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100);
  } catch {
    return false;
  }
}

/**
 * Where the sizes of the side pane and the findings panel are remembered (localStorage, under
 * `vpc-town:layout:<group>`). The library parses what it reads without a guard, so a damaged or
 * hand-edited value would stop the app from starting: such a value reads as "nothing saved" and
 * the default layout is used. Storage that is unavailable or full only means the sizes are not
 * remembered.
 */
export function layoutStorage(backing: () => Storage | undefined = () => globalThis.localStorage): LayoutStorage {
  const key = (k: string) => LAYOUT_PREFIX + (k.startsWith(LIBRARY_PREFIX) ? k.slice(LIBRARY_PREFIX.length) : k);
  return {
    getItem(k) {
      try {
        const text = backing()?.getItem(key(k)) ?? null;
        return text !== null && isLayout(text) ? text : null;
      } catch {
        return null;
      }
    },
    setItem(k, value) {
      try {
        backing()?.setItem(key(k), value);
      } catch {
        /* not remembering a pane's size is acceptable */
      }
    },
  };
}
