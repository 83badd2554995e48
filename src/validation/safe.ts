/**
 * Defensive readers. A design can hold garbage (a hand-edited file, a half-migrated document, a
 * property-based test): rules read fields through these so a wrong type means "nothing to check"
 * rather than an exception. Another rule (or the importer) reports the malformed value.
 */
import { isResourceKind, KINDS, type KindRole, type KindsWith, type ResourceOfKind } from '../model/kinds/index.ts';

/**
 * Whether `r` is of a kind with `role` (src/model/kinds): `hasRole` for a resource whose `kind` may
 * be garbage (an unknown kind has no role).
 */
export function isKindWith<R extends KindRole>(
  r: { readonly kind: unknown } | null | undefined,
  role: R,
): r is ResourceOfKind<KindsWith<R>> {
  return !!r && isResourceKind(r.kind) && !!(KINDS[r.kind].roles as Partial<Record<KindRole, true>>)[role];
}

export function list<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Non-null objects of a list (garbage entries such as `null` or `3` are skipped). */
export function objects<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value.filter((v) => v !== null && typeof v === 'object') as T[]) : [];
}

export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** A short, printable form of any value for messages (garbage can be long or not a string). */
export function printable(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      try {
        s = String(value);
      } catch {
        s = '(unprintable)';
      }
    }
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
