/**
 * Save a design as JSON: 2-space indent, a stable key order (so saved files diff well in git) and
 * a trailing newline. `parseDesignJson(serializeDesign(d))` gives back `d` (write.test.ts checks it
 * for random designs).
 */
import type { Design } from '../../model/types.ts';

/** Keys that lead their object, in this order; every other key follows alphabetically. */
const LEADING_KEYS = [
  'format',
  'version',
  'id',
  'kind',
  'name',
  'parent',
  'position',
  'size',
  'x',
  'y',
  'width',
  'height',
  'resources',
  'flows',
  'intents',
];
const rank = new Map(LEADING_KEYS.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? LEADING_KEYS.length;
  const rb = rank.get(b) ?? LEADING_KEYS.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy with keys in canonical order. Null-prototype objects, so no key is special. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort(compareKeys)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = ordered(v);
  }
  return out;
}

export function serializeDesign(design: Design): string {
  return `${JSON.stringify(ordered(design), null, 2)}\n`;
}
