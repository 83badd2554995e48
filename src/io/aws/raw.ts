/**
 * Safe readers over untrusted describe JSON: every field may be missing or of the wrong type, and
 * a reader then gives its empty value (never throws, never trusts a prototype key).
 */
export type Raw = Readonly<Record<string, unknown>>;

export const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function own(o: unknown, k: string): unknown {
  return isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined;
}

export function str(o: unknown, k: string): string | null {
  const v = own(o, k);
  return typeof v === 'string' && v !== '' ? v : null;
}

export function num(o: unknown, k: string): number | null {
  const v = own(o, k);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return null;
}

export function bool(o: unknown, k: string): boolean | null {
  const v = own(o, k);
  return typeof v === 'boolean' ? v : null;
}

export function obj(o: unknown, k: string): Raw | null {
  const v = own(o, k);
  return isObj(v) ? v : null;
}

export function arr(o: unknown, k: string): readonly unknown[] {
  const v = own(o, k);
  return Array.isArray(v) ? v : [];
}

/** Objects of an array field (other entries skipped). */
export function objs(o: unknown, k: string): readonly Raw[] {
  return arr(o, k).filter(isObj);
}

/** Strings of an array field. */
export function strs(o: unknown, k: string): string[] {
  return arr(o, k).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The `Name` tag (`Tags` in EC2, `TagList` in RDS), or null. */
export function nameTag(o: unknown): string | null {
  for (const t of [...objs(o, 'Tags'), ...objs(o, 'TagList')]) {
    if (str(t, 'Key') === 'Name') {
      const v = str(t, 'Value');
      if (v) return v;
    }
  }
  return null;
}
