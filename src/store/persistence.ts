/**
 * Low-level persistence in localStorage: the keys, reading and writing whole designs, and what a
 * failed write means for the user. The list of designs is built on this in library.ts.
 *
 * Everything read back goes through the same validating importer as a file, so a corrupt or
 * tampered save can never crash the app: it is moved aside (not deleted) and the user is told.
 */
import type { Design } from '../model/index.ts';
import { readDesign } from './designReader.ts';

/**
 * The current design, whole. Kept as a mirror of the open design so saves made before the design
 * list existed still open, and so tools that read this key keep working (library.ts).
 */
export const AUTOSAVE_KEY = 'vpc-town:autosave';
export const CORRUPT_KEY_PREFIX = 'vpc-town:corrupt:';

export type LoadOutcome =
  | { status: 'empty' }
  | { status: 'restored'; design: Design; warnings: string[] }
  | { status: 'corrupt'; keptAs: string | null; reason: string };

/** Read the single-design autosave (the format before the design list). */
export function loadAutosave(storage: Storage): LoadOutcome {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { status: 'empty' };
  }
  if (text == null) return { status: 'empty' };
  const parsed = readDesign(text);
  if (parsed.ok) return { status: 'restored', design: parsed.design, warnings: parsed.warnings };
  const keptAs = keepAside(storage, AUTOSAVE_KEY, text, new Date().toISOString());
  if (keptAs) safeRemove(storage, AUTOSAVE_KEY);
  return { status: 'corrupt', keptAs, reason: parsed.errors[0]?.message ?? 'unreadable' };
}

export type SaveOutcome = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

/** Browsers name a full storage differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED, old WebKit: code 22). */
function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function writeText(storage: Storage, key: string, text: string): SaveOutcome {
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'quota' : 'unavailable' };
  }
}

export function readText(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function safeRemove(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing more we can do; the key stays */
  }
}

/** Copy unreadable text under `vpc-town:corrupt:<what>:<stamp>`; the key it is kept as, or null if storage refused. */
export function keepAside(storage: Storage, what: string, text: string, stamp: string): string | null {
  const key = `${CORRUPT_KEY_PREFIX}${what.replace(/^vpc-town:/, '')}:${stamp}`;
  return writeText(storage, key, text).ok ? key : null;
}

/** A Storage kept in memory: the fallback when localStorage is unavailable, and the fake of the tests. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  /** Bytes (UTF-16 code units) allowed in total; a write past it throws a QuotaExceededError. */
  constructor(public quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    const v = String(value);
    let used = 0;
    for (const [k, val] of this.map) if (k !== key) used += k.length + val.length;
    if (used + key.length + v.length > this.quota) {
      const err = new Error('The quota has been exceeded.');
      err.name = 'QuotaExceededError';
      throw err;
    }
    this.map.set(key, v);
  }
  [name: string]: unknown;
}
