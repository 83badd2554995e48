/**
 * A long list rendered a slice per task (issue #11): a 20,000-resource design brings hundreds of
 * findings at once, and rendering every row in the task that opens it made that task seconds
 * long. When a change brings more than `slice` rows not rendered before (by key), the list shows
 * the first `slice` and grows by `slice` after each painted frame; smaller changes (an edit)
 * render in place, so the list never shrinks under the reader.
 */
import { useEffect, useState } from 'react';

export const ROWS_SLICE = 40;

/** How many of `keys` are not in `before`. */
export function freshCount(before: ReadonlySet<string>, keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) if (!before.has(k)) n++;
  return n;
}

/** How many rows of `keys` to render now. */
export function useRowsInSlices(keys: readonly string[], slice = ROWS_SLICE): number {
  // `rendered`: the keys of the rows on screen, to tell how much of a new list is new.
  const [state, setState] = useState(() => {
    const rows = Math.min(keys.length, slice);
    return { keys, rows, rendered: new Set(keys.slice(0, rows)) as ReadonlySet<string> };
  });
  let rows = state.rows;
  if (state.keys !== keys) {
    // A new list: start over only when much of it is new. Otherwise every row, unless the list
    // was still growing: then it goes on growing.
    const growing = state.rows < state.keys.length;
    rows = freshCount(state.rendered, keys) > slice ? slice : growing ? state.rows : keys.length;
    setState({ keys, rows, rendered: new Set(keys.slice(0, rows)) });
  }
  useEffect(() => {
    if (rows >= keys.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(
        () => setState({ keys, rows: rows + slice, rendered: new Set(keys.slice(0, rows + slice)) }),
        0,
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [keys, rows, slice]);
  return Math.min(rows, keys.length);
}
