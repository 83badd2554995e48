/**
 * The design reader (io/json/read.ts: the schemas and zod, ~30 kB gzipped) loads when there is a
 * design to read, not with the first paint: a first visit with nothing saved paints without it.
 * main.tsx starts loading it at boot; autosave.ts waits for it before the saved designs are read.
 * The library's reads after that (another tab's save, a design opened from the list) find it loaded.
 */
import type { ParseResult } from '../io/json/read.ts';

let read: ((text: string) => ParseResult) | null = null;
let loading: Promise<void> | null = null;

/** Load the reader (once; a failed load is tried again on the next call). */
export function loadDesignReader(): Promise<void> {
  loading ??= import('../io/json/read.ts').then(
    (m) => {
      read = (text) => m.parseDesignJson(text);
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Whether the reader has loaded (readDesign may be called). */
export function designReaderLoaded(): boolean {
  return read !== null;
}

/** Read a saved design's text; the reader must have loaded (loadDesignReader). */
export function readDesign(text: string): ParseResult {
  if (!read) throw new Error('The design reader is not loaded yet: await loadDesignReader() first.');
  return read(text);
}
