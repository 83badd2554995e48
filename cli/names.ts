/**
 * Resources by name, as the app shows them (src/i18n/findings/named.ts names ids with the resource's name),
 * with the id added where the name alone would not say which resource: when two resources share the
 * name, or the name is blank. `sg-15` is shown as `web` or, beside a second `web`, `web (sg-15)`.
 */
import type { Design } from '../src/model/types.ts';

export interface Names {
  /** Display name of a resource id; anything that is not an id of the design comes back unchanged. */
  readonly of: (id: string) => string;
  /** The ids of the resources with this exact name. */
  readonly withName: (name: string) => readonly string[];
  /**
   * `text` with the design's ids (whole words only) replaced by display names, in one pass; `ids` are
   * the ones the finding or hop names, which are replaced even when they look like plain words.
   */
  readonly inText: (text: string, ids: Iterable<string>) => string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function namesOf(design: Design): Names {
  const byName = new Map<string, string[]>();
  const nameById = new Map<string, string>();
  for (const r of design.resources) {
    const name = typeof r.name === 'string' ? r.name.trim() : '';
    nameById.set(r.id, name);
    const same = byName.get(name);
    if (!name) continue;
    if (same) same.push(r.id);
    else byName.set(name, [r.id]);
  }
  const of = (id: string): string => {
    const name = nameById.get(id);
    if (name === undefined) return id;
    if (name === '' || name === id) return id;
    return (byName.get(name)?.length ?? 0) > 1 ? `${name} (${id})` : name;
  };
  // Messages and hop details are the validator's English, with ids interpolated (not every one of
  // them is also in params). Every id of the design is looked for, as a whole word; an id that is a
  // plain word (`web`, `internet`) only where the finding or hop names it, so prose is never renamed.
  const plainWord = (id: string) => /^[A-Za-z]+$/.test(id);
  const renamed = [...nameById.keys()].filter((id) => of(id) !== id);
  const general = renamed.filter((id) => !plainWord(id));
  const pattern = (ids: readonly string[]) => {
    // Longest first, so `sg-15` is not read as `sg-1` followed by `5`.
    const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return new RegExp(`(?<![\\w-])(?:${sorted.join('|')})(?![\\w-])`, 'g');
  };
  let generalRe: RegExp | null | undefined;
  return {
    of,
    withName: (name) => byName.get(name.trim()) ?? [],
    inText(text, ids) {
      const extra = [...new Set(ids)].filter((id) => plainWord(id) && nameById.has(id) && of(id) !== id);
      let re: RegExp | null;
      if (extra.length > 0) re = pattern([...general, ...extra]);
      else {
        if (generalRe === undefined) generalRe = general.length > 0 ? pattern(general) : null;
        re = generalRe;
      }
      return re ? text.replace(re, (id) => of(id)) : text;
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
