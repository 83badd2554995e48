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

/** `value` as JSON.stringify(ordered(value), null, 2) would write it inside `depth` levels of nesting. */
function text(value: unknown, depth: number): string | undefined {
  const t = JSON.stringify(ordered(value), null, 2) as string | undefined;
  // JSON strings hold no raw line break, so every one is a line of the layout: indent it.
  return t === undefined || depth === 0 ? t : t.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * Each element of a design's lists (a resource, a flow, an intent) as it is written in the file,
 * per object: a snapshot keeps the objects an edit did not touch, so saving a 20,000-resource
 * design after an edit writes again only what changed (it took ~250 ms of the main thread on
 * every save, issue #17).
 */
const elementText = new WeakMap<object, string>();

// An element written inside a one-entry list of a one-key object is indented as in the file
// (two levels): cut out, it needs no re-indenting (a regular expression over every line cost
// more than the rest of the save).
const HEAD = '{\n  "a": [\n    '.length;
const TAIL = '\n  ]\n}'.length;
const written = (value: unknown) => {
  const t = JSON.stringify({ a: [ordered(value)] }, null, 2);
  return t.slice(HEAD, t.length - TAIL);
};

function element(value: unknown): string {
  if (typeof value !== 'object' || value === null) return written(value);
  let t = elementText.get(value);
  if (t === undefined) {
    t = written(value);
    elementText.set(value, t);
  }
  return t;
}

/** The same text as `JSON.stringify(ordered(design), null, 2)`, its lists' elements from elementText. */
export function serializeDesign(design: Design): string {
  const lines: string[] = [];
  for (const key of Object.keys(design).sort(compareKeys)) {
    const v = (design as unknown as Record<string, unknown>)[key];
    if (v === undefined) continue;
    let t: string | undefined;
    if (Array.isArray(v) && v.length > 0) t = `[\n    ${v.map(element).join(',\n    ')}\n  ]`;
    else t = text(v, 1);
    if (t !== undefined) lines.push(`  ${JSON.stringify(key)}: ${t}`);
  }
  return lines.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n';
}
