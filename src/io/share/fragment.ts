/**
 * Where a share link keeps its design: `#d=<payload>`. Split from link.ts so that telling whether a
 * URL holds a shared design needs no decompressor: lz-string (link.ts) loads only when it does, or
 * when the user copies a link (first-load budget, BENCHMARKS.md).
 */
export const SHARE_PARAM = 'd';
/** Longer fragments are refused before decompressing (browsers cap URLs at a few MB anyway). */
export const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

/** The payload of `#d=…` in a fragment (`#d=…`, `d=…`) or in a whole URL; null if there is none. */
export function extractPayload(input: string): string | null {
  const hash = input.indexOf('#');
  const fragment = hash >= 0 ? input.slice(hash + 1) : input;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return null;
}
