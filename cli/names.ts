/**
 * Resources by name, as the app shows them (src/ui/describe.ts names ids with the resource's name),
 * with the id added where the name alone would not say which resource: when two resources share the
 * name, or the name is blank. `sg-15` is shown as `web` or, beside a second `web`, `web (sg-15)`.
 */
import type { Design } from '../src/model/types.ts';

export interface Names {
  /** Display name of a resource id; anything that is not an id of the design comes back unchanged. */
  readonly of: (id: string) => string;
  /** The ids of the resources with this exact name. */
  readonly withName: (name: string) => readonly string[];
  /** `text` with each of `ids` (whole words only) replaced by its display name, in one pass. */
  readonly inText: (text: string, ids: Iterable<string>) => string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function namesOf(design: Design): Names {
  const byName = new Map<string, string[]>();
  const nameById = new Map<string, string>();
  for (const r of design.resources) {
    const name = typeof r.name === 'string' ? r.name.trim() : '';
    nameById.set(r.id, name);
    if (name) byName.set(name, [...(byName.get(name) ?? []), r.id]);
  }
  const of = (id: string): string => {
    const name = nameById.get(id);
    if (name === undefined) return id;
    if (name === '' || name === id) return id;
    return (byName.get(name)?.length ?? 0) > 1 ? `${name} (${id})` : name;
  };
  return {
    of,
    withName: (name) => byName.get(name.trim()) ?? [],
    inText(text, ids) {
      const known = [...new Set(ids)].filter((id) => id !== '' && nameById.has(id) && of(id) !== id);
      if (known.length === 0) return text;
      // Longest first, so `sg-15` is not read as `sg-1` followed by `5`; ids are matched as whole words.
      known.sort((a, b) => b.length - a.length);
      const re = new RegExp(`(?<![\\w-])(?:${known.map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
      return text.replace(re, (id) => of(id));
    },
  };
}

/** The resource ids a finding's or hop's params may mention: every string value, lists split. */
export function idsIn(...values: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v === 'string') out.push(...v.split(', '));
    else if (Array.isArray(v)) out.push(...idsIn(...v));
    else if (v && typeof v === 'object') out.push(...idsIn(...Object.values(v)));
  }
  return out;
}
